"""How the explorer draws each class and predicate, read from ``style.yaml`` beside this module.

>>> class_style("Person")["shape"]
'diamond'
>>> predicate_style("partnersWith")["symmetric"]
True
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

STYLE_PATH = Path(__file__).with_name("style.yaml")


@lru_cache(maxsize=1)
def load_style() -> dict:
    """Return the parsed ``style.yaml``: ``classes``, ``predicates``, ``fallback`` and ``ui``."""
    return yaml.safe_load(STYLE_PATH.read_text(encoding="utf-8"))


def class_style(cls: str | None) -> dict:
    """Return ``{color, shape, en, zh}`` for a core class (a grey dot for an unknown one)."""
    style = load_style()
    known = style["classes"].get(cls or "")
    if known:
        return dict(known)
    return {**style["fallback"]["class"], "en": cls or "?", "zh": cls or "?"}


def predicate_style(predicate: str) -> dict:
    """Return ``{color, en, zh, symmetric}`` for a predicate local name."""
    style = load_style()
    known = style["predicates"].get(predicate)
    out = dict(known) if known else {**style["fallback"]["predicate"], "en": predicate, "zh": predicate}
    out.setdefault("symmetric", False)
    return out


def ui_text(lang: str) -> dict:
    """Return the page's text in ``lang`` ("zh" or "en"; anything else gets English)."""
    ui = load_style()["ui"]
    return dict(ui.get(lang, ui["en"]))
