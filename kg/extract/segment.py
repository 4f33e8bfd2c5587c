"""Chinese word boundaries, from the jieba segmenter (the ``rjieba`` Rust port and its dictionary).

Names in Chinese text are not separated by spaces, so a rule that reads "a
surnamed name after a title" or "a known name inside a sentence" needs to
know where words end. The segmenter answers two questions for the
recogniser:

* where does the word starting at a position end (楼天城 in "CTO 楼天城专访",
  陈立武 in "CEO 陈立武同日指出")?
* does a span cut a word in two (思科 in 蓝思科技 does: 蓝思|科技)?

>>> seg = Segmentation("英特尔 CEO 陈立武同日指出")
>>> seg.word_at(8)
'陈立武'
>>> Segmentation("蓝思科技等产业资本").cuts_word(1, 3)
True
"""
from __future__ import annotations

import re
from functools import lru_cache


#: words the project's lexicon teaches the segmenter (verbs its dictionary lacks: 领投), with their tag
_TAUGHT: dict[str, str] = {}


@lru_cache(maxsize=1)
def _jieba():
    import rjieba   # loads its dictionary (~0.4 s): only when a sentence needs it
    for word, tag in _TAUGHT.items():
        rjieba.add_word(word, None, tag)
    return rjieba


def teach(words: dict[str, str]) -> None:
    """Add ``words`` (word -> part-of-speech tag) to the segmenter's dictionary, so that a verb
    it does not know is not glued to the name after it (领投大晓|机器人 becomes 领投|大晓|机器人).

    >>> teach({"领投": "v"})
    >>> segment("北辰资本领投大晓机器人").word_at(4)
    '领投'
    """
    new = {w: t for w, t in words.items() if _TAUGHT.get(w) != t}
    if not new:
        return
    _TAUGHT.update(new)
    if _jieba.cache_info().currsize:   # already loaded: teach it now, forget what was read before
        for word, tag in new.items():
            _jieba().add_word(word, None, tag)
        segment.cache_clear()


#: part-of-speech tags of words that do not start a name: verbs, adverbs, prepositions,
#: conjunctions, pronouns, numerals, measure words, particles, time and place words
NOT_NAME_START = frozenset({"v", "vd", "d", "p", "c", "r", "m", "q", "u", "uj", "ul", "uz", "ud", "ug", "uv",
                            "f", "t", "tg", "y", "e", "o", "ad", "an", "b", "z", "zg", "mq", "rr", "rz"})


#: tags of common words: a discovered name that is exactly one such word is not a name
COMMON_WORD = frozenset({"n", "vn", "v", "a", "an", "ad", "d", "l", "i", "ng", "s"})

#: one-character function words the segmenter sometimes glues to the name after them
_GLUE = frozenset("由与和及向被对给从在系")   # 宁德时代系|晨道资本: a group's fund


class Segmentation:
    """The words of one sentence, with their character offsets."""

    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self.tokens: list[tuple[int, int]] = []
        self._tag: dict[int, str] = {}
        pos = 0
        jieba = _jieba()
        for word, tag in jieba.tag(sentence):
            self.tokens.append((pos, pos + len(word)))
            if jieba.has_word(word):   # the tag of an unknown word is only a guess
                self._tag[pos] = tag
            pos += len(word)
        self.starts = {a for a, _ in self.tokens}
        self.ends = {b for _, b in self.tokens}
        self._at = {a: b for a, b in self.tokens}

    def word_at(self, pos: int) -> str | None:
        """Return the word starting at ``pos``, or None when ``pos`` is inside a word."""
        end = self._at.get(pos)
        return self.text[pos:end] if end is not None else None

    def word_start(self, pos: int) -> int:
        """Return where the word containing ``pos`` starts (自变量机器人: 1 -> 0)."""
        for a, b in self.tokens:
            if a <= pos < b:
                return a
        return pos

    def tag_at(self, pos: int) -> str | None:
        """Return the part-of-speech tag of the dictionary word starting at ``pos`` (jieba's tag set)."""
        return self._tag.get(pos)

    def could_be_name(self, start: int, end: int, by_form: bool = False, common_ok: bool = True) -> bool:
        """True when ``text[start:end]`` starts at a word edge and does not open with a
        dictionary verb, adverb, pronoun, number … (绕过, 快速缩小 and 会演员委员会 are not names).

        ``by_form``: the name was found by its form (觅蜂科技 ends with 科技) or in a list of
        names (长安、东风、比亚迪等车企), so its words may be anything; only the word edge
        is checked. ``common_ok=False`` (a name read only from its place as a subject)
        also refuses a name that is one common word (集体, 联席). The end is not checked: the
        segmenter often glues a name's last character to the next word (顺丰领|投).

        >>> seg = Segmentation("指控这些公司绕过防护措施")
        >>> seg.could_be_name(6, 8)
        False
        """
        glued = start > 0 and self.text[start - 1] in _GLUE   # jieba reads 由道得投资 as 由道|得|投资
        if not (start in self.starts or glued):
            return False
        if by_form:   # still not when it opens with a two-character verb, conjunction or adverb
            # (共建人工智能学院, 尽管, 明确未), nor when it ends with an adverb (国防部迅速)
            opens = self._tag.get(start) in ("v", "vd", "c", "ad", "d", "p", "r") and len(self.word_at(start) or "") >= 2
            second = start + len(self.word_at(start) or "")   # 刚接任实验室: a one-character adverb, then a verb
            opens = opens or self._tag.get(start) == "d" and second - start == 1 and second < end \
                and self._tag.get(second) == "v" and len(self.word_at(second) or "") >= 2
            last = max((a for a in self.starts if start < a < end), default=None)
            closes = last is not None and self._at.get(last) == end and self._tag.get(last) in ("ad", "d") \
                and end - last >= 2
            return not (opens or closes)
        if not common_ok and self._at.get(start) == end and self._tag.get(start) in COMMON_WORD:
            return False   # one common dictionary word standing alone (集体, 联席) names nothing
        return self._tag.get(start) not in NOT_NAME_START

    def cuts_word(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` begins and ends inside words (蓝[思科]技)."""
        return start not in self.starts and end not in self.ends


def is_common_phrase(text: str) -> bool:
    """True when ``text`` is Chinese made of two or more dictionary words of two characters or
    more, none of them a name: a description (深度研究, 插件中心, 任务提醒) rather than a coined
    name (智狼, 紫弦, 灵犀).

    A generic "AI" after them counts as one more word (主动式AI).

    >>> is_common_phrase("插件中心"), is_common_phrase("紫弦"), is_common_phrase("主动式AI")
    (True, False, True)
    """
    han = re.sub(r"\s?AI$", "", text)
    with_ai = han != text
    if not re.fullmatch(r"[\u4e00-\u9fff]{3,}" if with_ai else r"[\u4e00-\u9fff]{4,}", han):
        return False
    jieba = _jieba()
    words = jieba.tag(han)
    return len(words) + with_ai >= 2 and all(len(w) >= 2 and jieba.has_word(w) and not t.startswith("nr") and t != "nz"
                                             for w, t in words)


@lru_cache(maxsize=64)
def segment(sentence: str) -> Segmentation:
    """Return the :class:`Segmentation` of ``sentence`` (each sentence is segmented once).

    >>> segment("资深研究员王秉轩转投腾讯") is segment("资深研究员王秉轩转投腾讯")
    True
    """
    return Segmentation(sentence)
