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

from functools import lru_cache


@lru_cache(maxsize=1)
def _tokenizer():
    import rjieba   # loads its dictionary (~0.4 s): only when a sentence needs it
    return rjieba.tokenize


class Segmentation:
    """The words of one sentence, with their character offsets."""

    def __init__(self, sentence: str) -> None:
        self.text = sentence
        self.tokens = [(a, b) for _, a, b in _tokenizer()(sentence)]
        self.starts = {a for a, _ in self.tokens}
        self.ends = {b for _, b in self.tokens}
        self._at = {a: b for a, b in self.tokens}

    def word_at(self, pos: int) -> str | None:
        """Return the word starting at ``pos``, or None when ``pos`` is inside a word."""
        end = self._at.get(pos)
        return self.text[pos:end] if end is not None else None

    def cuts_word(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` begins and ends inside words (蓝[思科]技)."""
        return start not in self.starts and end not in self.ends
