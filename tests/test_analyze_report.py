"""Report: all sections together, as tables, JSON and a self-contained HTML page."""
from __future__ import annotations

import doctest
import importlib
import json

import pytest

from analyze_graph import make_graph
from kg.analyze.report import SECTIONS, build_report, render_html, report_tables

D = "2026-02-01"
EVIL = "<script>alert(1)</script>"


def graph():
    return make_graph(
        {"sequoia": ("Organization", "红杉资本", "Sequoia"), "evil": ("Organization", EVIL, None),
         "zhipu": ("Organization", "智谱", "Zhipu AI"), "huawei": ("Organization", "华为", "Huawei"),
         "glm5": ("AIModel", None, "GLM-5 <b>"), "ascend": ("Chip", "昇腾 & co", "Ascend")},
        [("sequoia", "investsIn", "zhipu", [D]), ("evil", "investsIn", "zhipu", ["2026-01-10"]),
         ("zhipu", "releases", "glm5", [D]), ("glm5", "runsOn", "ascend", [D, "2026-02-03"]),
         ("huawei", "manufactures", "ascend", [D])])


def test_report_has_every_section_and_is_json_ready():
    report = build_report(graph(), top=3, weeks=2)
    assert set(SECTIONS) <= set(report)
    assert report["summary"]["entities"] == 6 and report["summary"]["statements"] == 6
    assert json.loads(json.dumps(report, ensure_ascii=False))["chips"]["matrix"]["counts"] == [[2]]
    assert report["investors"]["pairs"][0]["shared"] == 1
    assert [s for s in build_report(graph(), sections=["timeline"]) if s in SECTIONS] == ["timeline"]
    with pytest.raises(ValueError):
        build_report(graph(), sections=["astrology"])


def test_tables_name_entities_by_label_never_by_iri():
    tables = report_tables(build_report(graph()))
    cells = [str(c) for t in tables for row in t.rows for c in row]
    assert not [c for c in cells if "w3id.org" in c]
    assert "红杉资本" in cells and "智谱" in cells
    english = make_graph({"s": ("Organization", "红杉资本", "Sequoia"), "z": ("Organization", "智谱", "Zhipu AI")},
                         [("s", "investsIn", "z", [D])], lang="en")
    en = [str(c) for t in report_tables(build_report(english)) for row in t.rows for c in row]
    assert "Sequoia" in en and "红杉资本" not in en


def test_html_escapes_news_text_and_needs_nothing_from_the_network():
    page = render_html(build_report(graph()))
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "GLM-5 &lt;b&gt;" in page and "<b>" not in page
    assert "昇腾 &amp; co" in page
    # inline charts, no external resource of any kind
    assert page.count("<svg") >= 3
    for ref in ("src=", "<link", "@import", "url("):
        assert ref not in page
    assert "w3id.org" not in page


@pytest.mark.parametrize("module", ["centrality", "investors", "communities", "chips", "paths",
                                    "neighborhood", "timeline", "charts", "report"])
def test_docstring_examples_hold(module):
    result = doctest.testmod(importlib.import_module(f"kg.analyze.{module}"))
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.corpus
def test_report_on_the_real_corpus(corpus_store):
    from kg.analyze.projection import load_graph
    g = load_graph(corpus_store)
    report = build_report(g, top=5, betweenness_sample=100)  # a smaller sample keeps the suite fast
    summary = report["summary"]
    # every story of a digest carries the digest's date, so every statement falls in some month
    assert sum(m["statements"] for m in report["timeline"]["months"]) == summary["statements"]
    assert report["timeline"]["months"][-1]["month"] == summary["last_date"][:7]
    assert report["timeline"]["risers"]["until"] == summary["last_date"]
    assert report["central"]["by_class"]["Organization"] and report["investors"]["top"]
    assert report["communities"]["groups"][0]["size"] >= report["communities"]["groups"][-1]["size"]
    cells = [str(c) for t in report_tables(report) for row in t.rows for c in row]
    assert cells and not [c for c in cells if "w3id.org" in c]
