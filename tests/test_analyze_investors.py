"""Investors: portfolio sizes and co-investment pairs on a hand-built graph."""
from __future__ import annotations

from analyze_graph import iri, make_graph
from kg.analyze.investors import coinvestment_graph, portfolios, strongest_pairs, top_investors

D = "2026-01-15"


def graph():
    return make_graph(
        {"sequoia": ("Organization", "红杉资本", "Sequoia"), "hillhouse": ("Organization", "高瓴资本", "Hillhouse"),
         "tencent": ("Organization", "腾讯", "Tencent"), "zhipu": ("Organization", "智谱", "Zhipu AI"),
         "moonshot": ("Organization", "月之暗面", "Moonshot AI"), "minimax": ("Organization", None, "MiniMax"),
         "baichuan": ("Organization", "百川智能", "Baichuan"), "glm5": ("AIModel", None, "GLM-5")},
        [("sequoia", "investsIn", "zhipu", [D, "2026-02-01"]), ("sequoia", "investsIn", "moonshot", [D]),
         ("sequoia", "investsIn", "minimax", [D]),
         ("hillhouse", "investsIn", "zhipu", [D]), ("hillhouse", "investsIn", "moonshot", [D]),
         ("tencent", "investsIn", "minimax", [D]), ("tencent", "investsIn", "baichuan", [D, "2026-02-02"]),
         # other predicates are not investments
         ("sequoia", "partnersWith", "hillhouse", [D]), ("zhipu", "releases", "glm5", [D])])


def test_portfolios_sum_evidence_per_investee():
    p = portfolios(graph())
    assert p[iri("sequoia")] == {iri("zhipu"): 2, iri("moonshot"): 1, iri("minimax"): 1}
    assert set(p) == {iri("sequoia"), iri("hillhouse"), iri("tencent")}


def test_top_investors_rank_by_portfolio_size_then_evidence():
    # sequoia backs 3 companies (evidence 2+1+1 = 4); tencent 2 (1+2 = 3); hillhouse 2 (1+1 = 2)
    rows = top_investors(graph())
    assert [(r["label"], r["companies"], r["evidence"]) for r in rows] == [
        ("红杉资本", 3, 4), ("腾讯", 2, 3), ("高瓴资本", 2, 2)]
    # portfolio: best-evidenced first (智谱, 2 stories), then by label ("MiniMax" < "月之暗面")
    assert rows[0]["portfolio"] == ["智谱", "MiniMax", "月之暗面"]
    assert [r["label"] for r in top_investors(graph(), top=1)] == ["红杉资本"]


def test_top_investors_use_the_graph_language():
    rows = top_investors(make_graph({"s": ("Organization", "红杉资本", "Sequoia"), "z": ("Organization", "智谱", "Zhipu AI")},
                                    [("s", "investsIn", "z", [D])], lang="en"))
    assert (rows[0]["label"], rows[0]["portfolio"]) == ("Sequoia", ["Zhipu AI"])


def test_coinvestment_pairs():
    # backers: 智谱 {红杉, 高瓴}, 月之暗面 {红杉, 高瓴}, MiniMax {红杉, 腾讯}, 百川 {腾讯}
    # => 红杉-高瓴 share 2 companies, 红杉-腾讯 share 1, 高瓴-腾讯 none
    co = coinvestment_graph(graph())
    assert co[iri("sequoia")][iri("hillhouse")]["weight"] == 2
    assert co[iri("sequoia")][iri("tencent")]["companies"] == [iri("minimax")]
    assert not co.has_edge(iri("hillhouse"), iri("tencent"))
    pairs = strongest_pairs(graph())
    # within a pair the labels are in code-point order: 红 (U+7EA2) < 腾 (U+817E) < 高 (U+9AD8);
    # companies too: 智 (U+667A) < 月 (U+6708)
    assert [(p["a_label"], p["b_label"], p["shared"], p["companies"]) for p in pairs] == [
        ("红杉资本", "高瓴资本", 2, ["智谱", "月之暗面"]), ("红杉资本", "腾讯", 1, ["MiniMax"])]
    assert len(strongest_pairs(graph(), top=1)) == 1
