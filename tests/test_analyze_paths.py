"""Paths: shortest relation paths, each hop with predicate, direction and story."""
from __future__ import annotations

from analyze_graph import iri, make_graph
from kg.analyze.paths import hop_relations, relation_paths


def graph():
    return make_graph(
        {"nvidia": ("Organization", "英伟达", "Nvidia"), "openai": ("Organization", None, "OpenAI"),
         "microsoft": ("Organization", "微软", "Microsoft"), "gpt5": ("AIModel", None, "GPT-5"),
         "h100": ("Chip", None, "H100"), "lonely": ("Organization", "孤岛", None)},
        [("nvidia", "investsIn", "openai", ["2026-02-10", "2026-01-05"]),
         ("nvidia", "partnersWith", "openai", ["2026-01-20"]),
         ("openai", "releases", "gpt5", ["2026-01-08"]),
         ("microsoft", "investsIn", "openai", ["2026-01-09"]),
         ("microsoft", "uses", "gpt5", ["2026-01-10", "2026-01-11", "2026-01-12"]),
         ("nvidia", "manufactures", "h100", ["2026-01-02"]),
         ("gpt5", "runsOn", "h100", ["2026-01-03"])])


def test_hop_relations_both_directions_best_evidenced_first():
    hops = hop_relations(graph(), iri("openai"), iri("nvidia"))
    # Nvidia investsIn OpenAI (2 stories) and partnersWith (1), both walked backwards from OpenAI
    assert [(h["predicate"], h["direction"], h["count"]) for h in hops] == [
        ("investsIn", "backward", 2), ("partnersWith", "backward", 1)]
    assert (hops[0]["subject_label"], hops[0]["object_label"]) == ("英伟达", "OpenAI")
    # stories earliest first, with title, date and url
    assert [s["date"] for s in hops[0]["stories"]] == ["2026-01-05", "2026-02-10"]
    assert hops[0]["stories"][0]["url"].startswith("https://news.example/")


def test_relation_paths_ranked_strongest_first():
    # Nvidia and GPT-5 are two hops apart, through OpenAI or through H100:
    #   A: investsIn (2) + releases (1): weakest 1, evidence 3
    #   B: partnersWith (1) + releases (1): weakest 1, evidence 2
    #   C: manufactures (1) + runsOn, walked backwards (1): weakest 1, evidence 2
    # A first (more evidence); B and C tie, the first hop's label decides: "H100" < "OpenAI" -> C, B
    paths = relation_paths(graph(), iri("nvidia"), iri("gpt5", "AIModel"))
    summary = [[(h["from_label"], h["predicate"], h["direction"], h["to_label"]) for h in p["hops"]] for p in paths]
    assert summary == [
        [("英伟达", "investsIn", "forward", "OpenAI"), ("OpenAI", "releases", "forward", "GPT-5")],
        [("英伟达", "manufactures", "forward", "H100"), ("H100", "runsOn", "backward", "GPT-5")],
        [("英伟达", "partnersWith", "forward", "OpenAI"), ("OpenAI", "releases", "forward", "GPT-5")]]
    assert [(p["length"], p["weakest"], p["evidence"]) for p in paths] == [(2, 1, 3), (2, 1, 2), (2, 1, 2)]
    assert len(relation_paths(graph(), iri("nvidia"), iri("gpt5", "AIModel"), limit=2)) == 2


def test_relation_paths_walk_backwards_from_the_other_end():
    paths = relation_paths(graph(), iri("microsoft"), iri("nvidia"))
    # Microsoft -investsIn-> OpenAI <-investsIn- Nvidia (2) or <-partnersWith- Nvidia (1); the
    # direct Microsoft-GPT-5 relation leads nowhere shorter
    assert [[(h["predicate"], h["direction"]) for h in p["hops"]] for p in paths] == [
        [("investsIn", "forward"), ("investsIn", "backward")],
        [("investsIn", "forward"), ("partnersWith", "backward")]]


def test_no_path():
    g = graph()
    assert relation_paths(g, iri("nvidia"), iri("lonely")) == []
    assert relation_paths(g, iri("nvidia"), iri("nvidia")) == []
    assert relation_paths(g, iri("nvidia"), iri("gpt5", "AIModel"), max_hops=1) == []
    assert relation_paths(g, iri("nvidia"), iri("gpt5", "AIModel"), max_hops=2) != []


def test_a_symmetric_relation_stated_both_ways_is_one_hop():
    g = make_graph({"a": ("Organization", "甲", None), "b": ("Organization", "乙", None)},
                   [("a", "partnersWith", "b", ["2026-01-01"]), ("b", "partnersWith", "a", ["2026-01-02"]),
                    ("b", "investsIn", "a", ["2026-01-03"])])
    hops = hop_relations(g, iri("a"), iri("b"))
    assert [(h["predicate"], h["direction"]) for h in hops] == [("investsIn", "backward"), ("partnersWith", "forward")]
