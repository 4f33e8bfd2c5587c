"""Character-level helpers shared by the extraction components: folding and scripts.

>>> fold("Zhipu AI")
'zhipuai'
>>> is_han("智"), is_latin_char("G"), is_latin_char("智")
(True, True, False)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = str.maketrans("", "", " \t\n\u3000-_.·・•‧")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Return ``name`` folded for comparison: NFKC, case-folded, spaces and ``-_.·`` dropped."""
    return unicodedata.normalize("NFKC", name).casefold().translate(_DROP)


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def is_latin_char(ch: str) -> bool:
    """True for an ASCII letter or digit (the characters of Latin names)."""
    return ch.isascii() and ch.isalnum()


_HAN_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[·・•‧](?=[\u4e00-\u9fff])")


def slugify(name: str) -> str:
    """Return a slug for an entity IRI: lower-case words and numbers joined by ``-``, Han kept.

    Spelling variants of one name give one slug ("Claude Opus4.6" and
    "Claude Opus 4.6"; "GPT-5.2" and "GPT 5.2"; "唐·坦" and "唐坦").

    >>> slugify("Qwen3.5-Plus"), slugify("Claude Opus 4.6"), slugify("Claude Opus4.6"), slugify("智平方")
    ('qwen-3.5-plus', 'claude-opus-4.6', 'claude-opus-4.6', '智平方')
    >>> slugify("唐·坦") == slugify("唐坦")
    True
    """
    text = unicodedata.normalize("NFKC", name).lower().replace("²", "2").replace("+", " plus")
    text = _HAN_DOT.sub("", text)   # a transliterated name is written with or without its middle dot
    parts = re.findall(r"[^\W\d_]+|\d+(?:\.\d+)*", text)
    slug = "-".join(parts)
    return slug.strip(".-") or "entity"


_SEPARATORS = re.compile(r"[\s_\-]+")
_HAN_EDGE = re.compile(r"(?<=[\u4e00-\u9fff])-?(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])-?(?=[\u4e00-\u9fff])")
_WORD_DIGIT = re.compile(r"(?<=[A-Za-z]{2})(?=\d)")
_DIGIT_WORD = re.compile(r"(?<=\d)(?=[A-Za-z]{2,})")
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")


def display_name(name: str) -> str:
    """Return one spelling for all spellings of a discovered name (used as its label).

    Separators become ``-``, a word of two or more letters is cut from the
    version after it, and Han text is written tight against Latin text, so
    every spelling that gives one :func:`slugify` slug gives one label.

    >>> display_name("Claude Opus4.6"), display_name("Claude Opus 4.6"), display_name("GPT 5.2")
    ('Claude-Opus-4.6', 'Claude-Opus-4.6', 'GPT-5.2')
    >>> display_name("Qwen3.5-397B-A17B"), display_name("DeepSeek V4"), display_name("飞鱼 1.0")
    ('Qwen-3.5-397B-A17B', 'DeepSeek-V4', '飞鱼1.0')
    """
    text = unicodedata.normalize("NFKC", name).strip()
    text = _SEPARATORS.sub("-", text)
    text = _WORD_DIGIT.sub("-", text)
    text = _DIGIT_WORD.sub("-", text)
    text = _HAN_EDGE.sub("", text)
    text = re.sub(r"-{2,}", "-", text).strip("-") or name
    return canonical_case(text)


def canonical_case(text: str) -> str:
    """Return ``text`` with one casing for its spelling variants: "Cosmos reason" and
    "Cosmos Reason" give "Cosmos Reason", "ISING" and "Ising" give "Ising".

    >>> canonical_case("Cosmos reason"), canonical_case("ISING"), canonical_case("o3-mini")
    ('Cosmos Reason', 'Ising', 'o3-mini')
    """
    if not text[:1].isupper():
        return text
    return _WORD.sub(lambda m: m.group().capitalize() if m.group().islower() or
                     (m.group().isupper() and len(m.group()) > 4) else m.group(), text)
