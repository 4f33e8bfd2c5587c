"""Neighbourhood: the ego graph around one entity, and how each neighbour is reached."""
from __future__ import annotations

from analyze_graph import iri, make_graph
from kg.analyze.neighborhood import ego_graph, neighbors_table

D = "2026-02-01"


def graph():
    # sequoia -investsIn-> zhipu -releases-> GLM-5/GLM-4 -runsOn-> ascend <-manufactures- huawei
    return make_graph(
        {"zhipu": ("Organization", "智谱", "Zhipu AI"), "sequoia": ("Organization", "红杉资本", "Sequoia"),
         "huawei": ("Organization", "华为", "Huawei"), "glm5": ("AIModel", None, "GLM-5"),
         "glm4": ("AIModel", None, "GLM-4"), "ascend": ("Chip", "昇腾", "Ascend")},
        [("zhipu", "releases", "glm5", [D]), ("zhipu", "releases", "glm4", [D]),
         ("glm5", "runsOn", "ascend", [D, "2026-02-02"]), ("glm4", "runsOn", "ascend", [D]),
         ("sequoia", "investsIn", "zhipu", [D, D, D]), ("huawei", "manufactures", "ascend", [D])])


def test_neighbors_table_depth_two():
    rows = neighbors_table(graph(), iri("zhipu"), depth=2)
    # distance 1: 红杉 (investsIn, 3 stories, walked backwards), then GLM-4, GLM-5 (1 each, by label);
    # distance 2: Ascend, reachable from GLM-5 (2 stories) and GLM-4 (1) -> via GLM-5.
    # Huawei is 3 hops away.
    assert [(r["label"], r["distance"], r["via_label"], r["predicate"], r["direction"], r["evidence"])
            for r in rows] == [
        ("红杉资本", 1, "智谱", "investsIn", "backward", 3),
        ("GLM-4", 1, "智谱", "releases", "forward", 1),
        ("GLM-5", 1, "智谱", "releases", "forward", 1),
        ("昇腾", 2, "GLM-5", "runsOn", "forward", 2)]


def test_ego_graph_keeps_relations_between_neighbours():
    ego = ego_graph(graph(), iri("zhipu"), depth=2)
    assert set(ego) == {iri("zhipu"), iri("sequoia"), iri("glm5", "AIModel"), iri("glm4", "AIModel"),
                        iri("ascend", "Chip")}
    # both runsOn relations, though only one is the way Ascend is reached
    assert ego.number_of_edges() == 5
    assert ego.nodes[iri("ascend", "Chip")]["label"] == "昇腾"
    assert set(ego_graph(graph(), iri("huawei"), depth=1)) == {iri("huawei"), iri("ascend", "Chip")}
