"""The examples in the extraction modules' docstrings hold (they are documentation a reader trusts)."""
from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("module", ["negation", "recognize", "relations", "pipeline", "lexicon", "segment",
                                    "coref", "resolve", "funding", "gazetteer"])
def test_extraction_docstring_examples_hold(module):
    result = doctest.testmod(importlib.import_module(f"kg.extract.{module}"))
    assert result.attempted > 0 and result.failed == 0
