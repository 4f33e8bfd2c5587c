"""Coreference within a story: who the story is about, and what 该公司 / 该模型 point to.

A story's *main organisation* is the first organisation named in its title
(else in its first sentence that names one), or a name that is also a
product acting there as a company (钉钉推出…); its *main model* the first
model or product in its title (else the first one named), or a new name of
no known class that the title releases (北辰发布 Lumo-Sim：…). Rules use them
for sentences that leave the subject out ("CEO 奥尔特曼宣布 …", "模型全面适配
昇腾 …"), and :func:`add_coreference` turns 该公司 / 这家公司 / 该模型 into
mentions of them.

>>> from kg.extract.recognize import Recognizer
>>> from kg.extract.resolve import Resolver
>>> from kg.extract.sentences import Sentence
>>> r = Recognizer()
>>> sents = [Sentence("星河科技发布 Nova-7", 0, None, True), Sentence("该公司表示", 1)]
>>> ctx = StoryContext.of([(s, r.find(s.text)) for s in sents], Resolver())
>>> ctx.org, ctx.model
('星河科技', 'nova-7')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon import load_lexicon
from kg.extract.recognize import Mention

ORG, PER, MOD, PRD, CHP = "Organization", "Person", "AIModel", "Product", "Chip"

_COREF_ORG = re.compile(r"该公司|这家公司|此公司|该企业|这家企业|该机构|该初创公司|这家初创公司")
#: (not 最新模型 Lumo-8 / 新模型 Lumo-8: a noun describing the name right after it; not 两款新模型: new
#: models counted, not the story's)
_COREF_MODEL = re.compile(r"(?:该模型|这款模型|此模型|(?<![最款个])新模型|该产品|这款产品|该系统|该平台|该工具|该应用)"
                          r"(?!\s*[A-Za-z0-9“\"「])")
_CLAUSE_COMPANY = re.compile(r"(?:^|(?<=[，,；;。]))公司(?=[^司])")
#: the company or group whose role follows (集团CEO, 公司首席科学家): the story's organisation
_ROLE_OWNER = re.compile(r"(?:^|(?<=[，,。；;：:\s由任的为与和及前、]))(?:该|本)?(?:集团|公司)")
_COORDINATED = re.compile(r"[，,]\s*(?:并且|并|还|同时|也|随后|此后|之后|此外还|另外还)\s*")
#: 参与本轮投资的还有 …: the verb names who else took part, it has no subject left out
_WHO_ELSE = re.compile(r"[^，。；]{0,12}?的(?:机构)?(?:还有|包括|有|为|是)")
#: a company's act right after a name that also names a product (钉钉推出…: 钉钉 the company acts)
_ACTS_AFTER = re.compile(r"\s*(?:正式|今日|宣布|再次|首次)?(?:发布|推出|上线|开源|完成|获得|联合|携手)")
_PART_ENDS = re.compile(r"\s*(?:[：:，,]|$)")   # the name ends the title or its first part
#: a release verb shortly before a name in the same clause (the title's released thing)
_RELEASED_IN_CLAUSE = re.compile(r"(?:发布|推出|上线|开源)[^，,。；;：:\ue000]{0,10}$")
#: (官方 stands for the organisation itself: 官方同时开源了…)
_OPENING_ADVERB = re.compile(r"\s*(?:官方)?\s*(?:今日|近日|日前|正式|已|已经|将|还|同时|再次|首次|率先|也|又)?\s*")
_FORMER_BEFORE = re.compile(r"(?<![此之目提以先日])[前原]\s?$")
_CLAUSE_MODEL = re.compile(r"(?:^|(?<=[，,；;。]))(?:该|新)?模型(?=[^，。])")


def former_employer(text: str, m: Mention) -> bool:
    """True when the organisation ``m`` is only named as someone's former employer in ``text``
    (前OpenAI研究员…, 美团外卖前技术负责人创办…): the sentence is not about it."""
    return bool(_FORMER_BEFORE.search(text[max(0, m.start - 3):m.start])
                or _former_role_after().match(text, m.end))


@lru_cache(maxsize=1)
def _former_role_after() -> re.Pattern:
    """美团外卖前技术负责人, OpenAI 原研究员: a former role (lexicon ``roles``) right after a company's name."""
    return re.compile(r"[^，,。；;：:]{0,5}?(?<![此之目提以先日])[前原][^，,。；;：:]{0,6}?(?:"
                      + load_lexicon().role_re.pattern + ")")


@dataclass
class StoryContext:
    """Who and what a story is about (entity keys), updated as sentences go by."""

    org: str | None = None
    model: str | None = None
    #: the first model, product or chip named in the sentence before the current one (a mention,
    #: resolved only by a rule that uses it), None if that sentence names none
    recent: Mention | None = None
    _next_recent: Mention | None = None
    investee: str | None = None

    @classmethod
    def of(cls, sentences, resolver) -> "StoryContext":
        """Return the context of a story from its (sentence, mentions) pairs, title first."""
        ctx = cls()
        ordered = list(sentences)
        title = [x for x in ordered if x[0].is_title]
        body = [x for x in ordered if not x[0].is_title]
        for group in (title, body[:2]):
            for sentence, mentions in group:
                # an organisation first (寒武纪 in a list of chips to adapt to is a chip, not the subject),
                # not one only named as someone's former employer (美团外卖前技术负责人创办元节智能)
                m = next((m for m in mentions if (m.classes[:1] == (ORG,) or ORG in m.classes
                                                  and _ACTS_AFTER.match(sentence.text, m.end))
                          and m.ref is None and not former_employer(sentence.text, m)), None)
                if m is not None:
                    ctx.org = resolver.resolve(m, ORG)
                    break
            if ctx.org:
                break
        for group in (title, body[:3]):
            for sentence, mentions in group:
                named = [m for m in mentions if m.classes and m.classes[0] in (MOD, PRD)]
                # 星河支付完成 3 亿笔交易，发布 Lumo Pay 服务: the thing the title releases, if it names one
                released = [m for m in named if sentence.is_title
                            and _RELEASED_IN_CLAUSE.search(sentence.text, 0, m.start)]
                m = (released or named or [None])[0]
                if m is not None:
                    ctx.model = resolver.resolve(m, m.classes[0])
                    break
                # 北辰发布 Lumo-Sim：…: a new Latin name the title releases, of no known class, that ends
                # the title or its first part, is a product
                new = next((m for m in mentions if sentence.is_title and not m.classes and m.source == "latin"
                            and _RELEASED_IN_CLAUSE.search(sentence.text, 0, m.start)
                            and _PART_ENDS.match(sentence.text, m.end)), None)
                if new is not None:
                    ctx.model = resolver.resolve(new, PRD)
                    break
            if ctx.model:
                break
        return ctx

    def advance(self, sentence, mentions, resolver) -> None:
        """Called before each sentence's rules run: what the sentence before introduced becomes
        ``recent`` (同步推出的 Vera CPU …。首批客户包括 A、B: the customers are Vera CPU's)."""
        if sentence.is_title:
            return
        self.recent = self._next_recent
        self._next_recent = next((m for m in mentions if m.classes and m.classes[0] in (MOD, PRD, CHP)
                                  and m.ref is None), None)


def add_coreference(text: str, mentions: list[Mention], ctx: StoryContext, resolver) -> None:
    """Insert mentions for 该公司 / 该模型 (pointing to the story's subject) into ``mentions``;
    after a topic the sentence puts up (对星河科技而言，公司…), 公司 points to the topic (its key
    from ``resolver``)."""
    taken = [(m.start, m.end) for m in mentions]

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    new = []
    if ctx.org:
        roles = load_lexicon().role_re
        owners = [m for m in _ROLE_OWNER.finditer(text) if roles.match(text, m.end())]   # 集团CEO吴泳铭
        found = list(_COREF_ORG.finditer(text)) + list(_CLAUSE_COMPANY.finditer(text)) + owners
        topic = _topic(text, mentions) if found else None
        for m in found:
            if free(*m.span()):
                ref = resolver.resolve(topic[1], ORG) if topic and topic[0] <= m.start() else ctx.org
                new.append(Mention(m.start(), m.end(), m.group(), (ORG,), {}, "coref", ref=ref))
                taken.append(m.span())
    if ctx.model:
        for m in list(_COREF_MODEL.finditer(text)) + list(_CLAUSE_MODEL.finditer(text)):
            if m.group() == "新模型" and _other_org_before(mentions, m.start(), ctx.org):
                continue   # 北辰也计划发布新模型: a new model of that other organisation, not the story's
            if free(*m.span()):
                new.append(Mention(m.start(), m.end(), m.group(), (MOD,), {}, "coref", ref=ctx.model))
    if new:
        mentions.extend(new)
        mentions.sort(key=lambda m: m.start)


_TOPIC_CLOSE = re.compile(r"\s*(?:而言|来说)")


def _topic(text: str, mentions: list[Mention]) -> tuple[int, Mention] | None:
    """The organisation a sentence puts up as its topic (对星河科技而言，公司已…), with where the
    topic ends: 公司 after it is that organisation, not the story's.

    >>> from kg.extract.recognize import Recognizer
    >>> text = "对OpenAI而言，公司已与软银合作"
    >>> end, m = _topic(text, Recognizer().find(text))
    >>> end, m.text
    (9, 'OpenAI')"""
    for m in mentions:
        close = _TOPIC_CLOSE.match(text, m.end)
        if close and ORG in m.classes[:1] and m.ref is None and text[:m.start].rstrip().endswith("对"):
            return close.end(), m
    return None


def _other_org_before(mentions: list[Mention], pos: int, org: str | None) -> bool:
    """True when an organisation other than the story's ``org`` is named before ``pos``."""
    return any(m.end <= pos and m.source != "coref" and m.classes[:1] == (ORG,) and m.text != org
               for m in mentions)


def add_dropped_subject(text: str, mentions: list[Mention], ctx: StoryContext, resolver) -> None:
    """Insert an empty mention where a clause left its subject out, so rules read it as the
    subject. Three cases, each a clause that opens with a verb of ``dropped_subject_verbs``:

    - after the colon of a headline about the story's organisation ("星河科技发布新协议：
      联合北辰大学、南山银行等发起 …"): that organisation;
    - at the start of a sentence with no colon: the story's organisation;
    - after "，并 / ，同时 …" in a sentence that opens with an organisation ("星河科技与北辰合作，
      并参与北辰的融资"): that organisation.

    >>> from kg.extract.recognize import Recognizer
    >>> from kg.extract.resolve import Resolver
    >>> text = "星河科技押注游戏：收购远山工作室少数股权"
    >>> ms = Recognizer().find(text)
    >>> add_dropped_subject(text, ms, StoryContext(org="星河科技"), Resolver())
    >>> [(m.start, m.ref) for m in ms if m.ref]
    [(9, '星河科技')]
    """
    lex = load_lexicon()
    verbs = lex.dropped_subject
    new = []
    colon = text.find("：")
    if ctx.org and (colon < 0 or _headline_subject(mentions, colon, resolver) == ctx.org):
        pos = _OPENING_ADVERB.match(text, colon + 1).end()
        if verbs.match(text, pos) and not _WHO_ELSE.match(text, pos) \
                and not lex.role_re.match(text, pos):   # 联合创始人周明 opens with a title
            new.append(Mention(pos, pos, "", (ORG,), {}, "coref", ref=ctx.org))
    first = mentions[0] if mentions else None
    if first is not None and ORG in first.classes[:1] and not text[:first.start].strip():
        subject = first.ref or resolver.resolve(first, ORG)
        for c in _COORDINATED.finditer(text):   # 星河科技与北辰合作，并参与北辰的融资
            if verbs.match(text, c.end()):
                new.append(Mention(c.end(), c.end(), "", (ORG,), {}, "coref", ref=subject))
    new = [n for n in new if not any(m.start <= n.start < m.end for m in mentions)]
    if new:
        mentions.extend(new)
        mentions.sort(key=lambda m: (m.start, m.end))


def _headline_subject(mentions: list[Mention], colon: int, resolver) -> str | None:
    """Return the key of the first organisation before ``colon`` (the headline's subject), or None
    when a person is named there too (前星河负责人周明创业：成立 … is about the person)."""
    if any(PER in m.classes[:1] for m in mentions if m.end <= colon):
        return None
    head = next((m for m in mentions if m.end <= colon and ORG in m.classes[:1] and m.ref is None), None)
    return resolver.resolve(head, ORG) if head is not None else None
