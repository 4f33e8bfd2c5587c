"""The extractor's vocabularies (``ontology/lexicon.yaml``), loaded and compiled once.

>>> lex = load_lexicon()
>>> "CEO" in lex.roles["ceo"], lex.is_surname("王")
(True, True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.gazetteer import LEXICON_PATH, load_yaml
from kg.extract.text import fold


def alternation(words) -> str:
    """Return a regex alternation of literal ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_YEAR_AFTER = re.compile(r"(?:20)?\d\d$")   # WWDC26, CES 2026: an event and its year
_AS_A_SERVICE = re.compile(r"[A-Za-z]{1,4}aaS")   # SaaS, RaaS, AIaaS: a way of selling, no name (Haas is)


@dataclass
class Lexicon:
    """Compiled vocabularies; see the comments of ``lexicon.yaml`` for each list."""

    data: dict
    not_names: frozenset[str]
    not_han_names: frozenset[str]
    class_cues: list[tuple[str, str]]          # (cue word, class), longest first
    strong_suffix: re.Pattern
    weak_suffix: re.Pattern
    descriptors: re.Pattern
    product_descriptors: re.Pattern
    model_shape: re.Pattern
    chip_shape: re.Pattern
    continuations: frozenset[str]
    roles: dict[str, list[str]]
    role_re: re.Pattern
    surnames: frozenset[str]
    transliteration: frozenset[str]
    after_person: re.Pattern
    boundaries: tuple[str, ...]
    negation_near: re.Pattern
    negation_sentence: re.Pattern
    hypothetical: re.Pattern
    coref_org: re.Pattern
    dropped_subject: re.Pattern
    boilerplate: tuple[str, ...]
    suffix_continuations: re.Pattern
    not_given_names: frozenset[str]
    business_units: re.Pattern = re.compile("(?!)")
    not_name_starts: re.Pattern = re.compile("(?!)")
    company_parts: re.Pattern = re.compile("(?!)")
    product_word: re.Pattern = re.compile("(?!)")
    plan_edition_after: re.Pattern = re.compile("(?!)")    # ChatGPT 企业版 (group 1: the edition)
    plan_edition_before: re.Pattern = re.compile("(?!)")   # 企业版ChatGPT, searched up to the name
    model_fields: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()

    def is_company_part(self, name: str) -> bool:
        """True when ``name`` names a team or department of a company (星河 Nova 团队, 具身事业部)."""
        return self.company_parts.search(name) is not None

    def named_as_part(self, sentence: str, name: str) -> bool:
        """True when ``sentence`` says ``name`` with a team or department word right after it
        (成立 Robotics 团队): the name is that part of a company."""
        parts = tuple(self.data.get("company_parts") or ())
        return any(sentence[m.end():].lstrip(" ").startswith(parts) for m in re.finditer(re.escape(name), sentence))

    def unit_at(self, text: str, pos: int) -> str | None:
        """Return the business-unit word (数科, 智能云 …) starting exactly at ``pos``, or None."""
        m = self.business_units.match(text, pos)
        return m.group() if m else None

    def is_surname(self, ch: str) -> bool:
        """True when ``ch`` starts a common Chinese surname."""
        return ch in self.surnames

    def transliterated_run(self, text: str, pos: int, longest: int = 7) -> int:
        """Return how many characters from ``pos`` on (at most ``longest``) are ones foreign
        names are transliterated with: ``transliterated_run("沃兹尼亚克自曝", 0)`` is 5."""
        n = 0
        while n < longest and pos + n < len(text) and text[pos + n] in self.transliteration:
            n += 1
        return n

    def is_not_name(self, name: str) -> bool:
        """True for generic words that are never names (API, Agent, 公司 ...) and for Han
        phrases that open with a word no name opens with (新一代大, 私募股权基金)."""
        f = fold(name)
        return f in self.not_names or name in self.not_han_names or bool(self.not_name_starts.match(name)) \
            or _YEAR_AFTER.sub("", f) in self.events or bool(_AS_A_SERVICE.fullmatch(name))

    def __post_init__(self):
        by_len: dict[int, set[str]] = {}
        for b in self.boundaries:
            by_len.setdefault(len(b), set()).add(b)
        self._boundary_sets = sorted(by_len.items(), reverse=True)
        self._boundary_re = re.compile(alternation(self.boundaries) or "(?!)")
        cues = {}
        for w, c in self.class_cues:
            cues.setdefault(w, c)
        self._cue_map = cues
        self._cue_re = re.compile(alternation(cues) or "(?!)")
        self._cue_end_re = re.compile("(?:" + (alternation(cues) or "(?!)") + r")\s*$")

    def cue_at(self, text: str, pos: int) -> str | None:
        """Return the class-cue word starting exactly at ``pos`` (longest), or None."""
        m = self._cue_re.match(text, pos)
        return m.group() if m else None

    def cue_before(self, text: str) -> str | None:
        """Return the class named by a cue word ``text`` ends with, or None."""
        m = self._cue_end_re.search(text)
        before = text[m.start() - 1:m.start()] if m else ""
        if m is None or m.group()[0].isascii() and before.isascii() and before.isalpha():
            return None   # macOS, WhatsApp: the cue is the end of a longer Latin word
        return self._cue_map[m.group().rstrip()]

    def class_cue(self, text: str, pos: int, window: int = 6) -> str | None:
        """Return the class named by a cue word starting within ``window`` characters after ``pos``."""
        k = pos
        while k < len(text) and text[k] in " \u3000":
            k += 1
        stop = k + window
        while k < len(text) and k <= stop:
            m = self._cue_re.match(text, k)
            if m and text.startswith("级", m.end()):
                k = m.end() + 1   # 企业级智能体平台: a grade, not a company; read on
                continue
            if m and not (m.group()[0].isascii() and m.group() not in ("App", "APP", "app")
                          and m.end() < len(text) and text[m.end():m.end() + 2].strip()[:1].isascii()
                          and text[m.end():m.end() + 2].strip()[:1].isalnum()):
                return self._cue_map[m.group()]
            ch = text[k]
            if not ("\u4e00" <= ch <= "\u9fff") or self.boundary_starts_at(text, k):
                return None
            k += 1
        return None

    def boundary_ends_at(self, text: str, pos: int) -> bool:
        """True when a name-boundary word ends just before ``pos``."""
        for n, words in self._boundary_sets:
            if pos >= n and text[pos - n:pos] in words:
                return True
        return False

    def boundary_starts_at(self, text: str, pos: int) -> bool:
        """True when a name-boundary word (or an after-person word) starts at ``pos``."""
        return self._boundary_re.match(text, pos) is not None

    def boundary_inside(self, text: str, start: int, end: int) -> bool:
        """True when a name-boundary word starts anywhere in ``text[start:end]`` (a name can't hold one)."""
        return any(self._boundary_re.match(text, k) is not None for k in range(start, end))

    def boundary_at(self, text: str, pos: int) -> str | None:
        """Return the longest name-boundary word starting at ``pos``, or None."""
        m = self._boundary_re.match(text, pos)
        return m.group() if m else None


def _regex_list(items) -> re.Pattern:
    return re.compile("|".join(f"(?:{x})" for x in items))


def read_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read ``lexicon.yaml`` and compile its lists."""
    d = load_yaml(path) or {}
    cues = [(w, cls) for cls, words in (d.get("class_cues") or {}).items() for w in words]
    cues.sort(key=lambda c: -len(c[0]))
    roles = {k: list(v) for k, v in (d.get("roles") or {}).items()}
    all_roles = [w for v in roles.values() for w in v]
    sfx = d.get("org_suffixes") or {}
    neg_near = [re.escape(w) if w != "未" else "未(?!经|来|知|能)" for w in d.get("negation_near") or []]
    return Lexicon(
        data=d,
        not_names=frozenset(fold(str(x)) for x in d.get("not_names") or []),
        not_han_names=frozenset(d.get("not_han_names") or []),
        class_cues=cues,
        strong_suffix=re.compile(alternation(sfx.get("strong") or [])),
        weak_suffix=re.compile(alternation(sfx.get("weak") or [])),
        descriptors=re.compile(alternation(d.get("org_descriptors") or [])),
        product_descriptors=re.compile(alternation(d.get("product_descriptors") or [])),
        model_shape=re.compile("(?:" + "|".join(d.get("model_name_shapes") or []) + ")"),
        chip_shape=re.compile("(?:" + "|".join(d.get("chip_name_shapes") or []) + r")$"),
        continuations=frozenset(d.get("name_continuations") or []),
        roles=roles,
        role_re=re.compile(alternation(all_roles)),
        surnames=frozenset(str(d.get("surnames") or "")) | {c[0] for c in d.get("compound_surnames") or []},
        transliteration=frozenset(str(d.get("transliteration") or "")),
        after_person=re.compile(alternation(d.get("after_person") or [])),
        boundaries=tuple(sorted(set(str(b) for b in d.get("han_name_boundaries") or []), key=len, reverse=True)),
        negation_near=re.compile("|".join(neg_near) or "(?!)"),
        negation_sentence=re.compile(alternation(d.get("negation_sentence") or []) or "(?!)"),
        hypothetical=re.compile(alternation(d.get("hypothetical") or []) or "(?!)"),
        coref_org=re.compile(alternation(d.get("coref_org") or []) or "(?!)"),
        dropped_subject=re.compile(alternation(d.get("dropped_subject_verbs") or []) or "(?!)"),
        boilerplate=tuple(d.get("boilerplate_lines") or ()),
        not_given_names=frozenset(d.get("not_given_names") or []),
        suffix_continuations=re.compile(alternation(d.get("suffix_continuations") or []) or "(?!)"),
        business_units=re.compile(alternation(d.get("business_units") or []) or "(?!)"),
        model_fields=frozenset(d.get("model_fields") or []),
        events=frozenset(fold(str(x)) for x in d.get("events") or []),
        not_name_starts=re.compile(alternation(d.get("not_han_name_starts") or []) or "(?!)"),
        company_parts=re.compile("(?:" + (alternation(d.get("company_parts") or []) or "(?!)") + r")\s*$"),
        product_word=re.compile(r"\s?(?:" + (alternation(d.get("product_words") or []) or "(?!)")
                                + r")(?![A-Za-z0-9.\-])(?!\s[A-Za-z0-9])"),
        plan_edition_after=re.compile(r"\s?(" + (alternation(d.get("plan_editions") or []) or "(?!)") + ")"),
        plan_edition_before=re.compile("(" + (alternation(d.get("plan_editions") or []) or "(?!)") + r")\s?$"),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Return the project lexicon (read once per process)."""
    return read_lexicon()
