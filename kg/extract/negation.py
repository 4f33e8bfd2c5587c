"""Negation and denial: facts a sentence denies, calls false or only supposes.

A rule match is vetoed when its sentence carries a denial cue anywhere
(否认, 不属实, 辟谣 ... — ``lexicon.yaml: negation_sentence``), a
hypothetical before its end (如果, 假如 ... — ``hypothetical``: what comes
before the 如果 still stands), or a negating word stands in its clause
shortly before or inside the match (未, 并未, 没有, 不会, 放弃 ... —
``negation_near``).

>>> is_negated("星河资本否认投资北辰科技", 0, 12)
True
>>> is_negated("星河资本投资北辰科技", 0, 10)
False
>>> is_negated("周明任星河科技 CTO，曾警告：如果北辰投资星河，后果严重", 0, 12)
False
"""
from __future__ import annotations

import re

from kg.extract.lexicon import load_lexicon

_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
_NOT_FIRST = re.compile(r"(?:已|并)?(?:不是|并非|不再是)(?=[^，。]{0,16}?(?:第一次|首次|唯一|个例))")


def is_negated(sentence: str, start: int, end: int, window: int = 8) -> bool:
    """True when the fact matched at ``sentence[start:end]`` is denied, negated or hypothetical."""
    lex = load_lexicon()
    # "这已不是 X 第一次被起诉" affirms; blank such phrases out (keeping offsets)
    sentence = _NOT_FIRST.sub(lambda m: " " * len(m.group()), sentence)
    if lex.negation_sentence.search(sentence) or lex.hypothetical.search(sentence, 0, end):
        return True   # a hypothetical reaches what follows it (…CTO 周明警告：如果不资助 X，… stands)
    a = max(0, start - window)
    # the clause the match ends in: 星河科技不再独立运营，并入北辰集团 negates only the first clause
    cut = [m.end() for m in _CLAUSE_END.finditer(sentence, a, end)]
    if cut:
        a = cut[-1]
    return bool(lex.negation_near.search(sentence, a, end))
