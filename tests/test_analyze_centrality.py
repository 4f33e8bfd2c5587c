"""Centrality: PageRank and betweenness on hand-built graphs whose scores were worked out by hand."""
from __future__ import annotations

import pytest

from analyze_graph import iri, make_graph
from kg.analyze.centrality import betweenness, betweenness_sample_size, central_entities, pagerank


def test_pagerank_of_a_three_node_path():
    # a - b - c, alpha 0.85, N = 3. By symmetry pa = pc; a and c send all their
    # rank to b, b sends half to each:
    #   pb = 0.15/3 + 0.85 (pa + pc),  pa = 0.05 + 0.85 pb / 2,  2 pa + pb = 1
    #   => 2 (0.05 + 0.425 pb) + pb = 1 => pb = 0.9 / 1.85 = 0.486486..., pa = 0.256757...
    g = make_graph({k: ("Organization", k, None) for k in "abc"},
                   [("a", "partnersWith", "b", ["2026-01-01"]), ("c", "partnersWith", "b", ["2026-01-01"])])
    pr = pagerank(g)
    assert pr[iri("b")] == pytest.approx(0.9 / 1.85, abs=1e-6)
    assert pr[iri("a")] == pytest.approx(0.256757, abs=1e-6)
    assert pr[iri("c")] == pytest.approx(0.256757, abs=1e-6)


def test_pagerank_weights_edges_by_evidence():
    # star h-x (told by 2 stories), h-y (1 story). x and y send everything to h;
    # h sends 2/3 to x and 1/3 to y. ph = 0.05 + 0.85 (1 - ph) => ph = 0.9/1.85 = 0.486486
    #   px = 0.05 + 0.85 * 0.486486 * 2/3 = 0.325676,  py = 0.05 + 0.85 * 0.486486 / 3 = 0.187838
    g = make_graph({"h": ("Organization", "H", None), "x": ("Organization", "X", None),
                    "y": ("Organization", "Y", None)},
                   [("h", "investsIn", "x", ["2026-01-01", "2026-01-02"]),
                    ("y", "investsIn", "h", ["2026-01-03"])])
    pr = pagerank(g)
    assert pr[iri("h")] == pytest.approx(0.486486, abs=1e-6)
    assert pr[iri("x")] == pytest.approx(0.325676, abs=1e-6)
    assert pr[iri("y")] == pytest.approx(0.187838, abs=1e-6)


def chain():
    # glm4 - zhipu - glm5 - ascend - huawei: a path of five nodes, whatever the directions
    return make_graph(
        {"zhipu": ("Organization", "智谱", "Zhipu AI"), "huawei": ("Organization", "华为", "Huawei"),
         "glm5": ("AIModel", None, "GLM-5"), "glm4": ("AIModel", None, "GLM-4"),
         "ascend": ("Chip", "昇腾", "Ascend")},
        [("zhipu", "releases", "glm4", ["2026-01-01"]), ("zhipu", "releases", "glm5", ["2026-02-01"]),
         ("glm5", "runsOn", "ascend", ["2026-02-01"]), ("huawei", "manufactures", "ascend", ["2026-02-01"])])


def test_central_entities_ranks_within_each_class():
    # Path v1..v5 = glm4, zhipu, glm5, ascend, huawei; (1 - 0.85)/5 = 0.03. Symmetry: p1 = p5, p2 = p4.
    #   p1 = 0.03 + 0.425 p2;  p3 = 0.03 + 0.85 (p2/2 + p4/2) = 0.03 + 0.85 p2
    #   p2 = 0.03 + 0.85 (p1 + p3/2) = 0.03 + 0.85 (0.045 + 0.85 p2) => p2 = 0.06825 / 0.2775 = 0.245946
    #   p1 = 0.134527, p3 = 0.239054
    # Betweenness (normalized by 2/((n-1)(n-2)) = 1/6): v2 lies on 3 pairs' paths -> 0.5,
    # v3 on 4 -> 0.6667, v4 on 3 -> 0.5, the ends on none.
    result = central_entities(chain(), top=5)
    assert result["betweenness_sample"] is None
    by_class = result["by_class"]
    orgs = [(r["label"], round(r["pagerank"], 6), round(r["betweenness"], 4)) for r in by_class["Organization"]]
    assert orgs == [("智谱", 0.245946, 0.5), ("华为", 0.134527, 0.0)]
    models = [(r["label"], round(r["pagerank"], 6), round(r["betweenness"], 4)) for r in by_class["AIModel"]]
    assert models == [("GLM-5", 0.239054, 0.6667), ("GLM-4", 0.134527, 0.0)]
    assert [(r["label"], r["neighbors"], r["evidence"]) for r in by_class["Chip"]] == [("昇腾", 2, 2)]
    assert by_class["Person"] == [] and by_class["Product"] == []


def test_central_entities_skips_entities_without_relations_and_cuts_at_top():
    g = chain()
    g.add_node(iri("lonely"), label="孤岛", label_zh="孤岛", label_en="", cls="Organization", aliases=[])
    by_class = central_entities(g, top=1)["by_class"]
    assert [r["label"] for r in by_class["Organization"]] == ["智谱"]
    assert "孤岛" not in [r["label"] for rows in central_entities(g)["by_class"].values() for r in rows]


def test_betweenness_is_sampled_on_large_graphs_and_says_so():
    assert betweenness_sample_size(10) is None
    assert betweenness_sample_size(100_000) == 300
    assert betweenness_sample_size(100_000, sample=50) == 50
    scores, k = betweenness(chain(), sample=2)
    assert k == 2 and set(scores) == set(chain())
    # the seed makes the estimate reproducible
    assert betweenness(chain(), sample=2)[0] == scores
    assert central_entities(chain(), betweenness_sample=2)["betweenness_sample"] == 2
