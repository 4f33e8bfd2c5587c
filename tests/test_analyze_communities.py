"""Communities: Louvain on two stars joined by one relation, worked out by hand."""
from __future__ import annotations

from analyze_graph import make_graph
from kg.analyze.communities import detect_communities

D = "2026-01-15"


def graph():
    # Two stars (a company and three of its releases) joined by one relation (Coze uses Qwen3),
    # plus a separate pair and an entity without relations.
    # Modularity, m = 7 relations in the stars: the split into the two stars gives
    #   Q = 2 * (3/7 - (7/14)^2) = 0.357, against 0 for one community, so Louvain keeps the stars apart.
    return make_graph(
        {"alibaba": ("Organization", "阿里巴巴", "Alibaba"), "qwen3": ("AIModel", None, "Qwen3"),
         "qwenvl": ("AIModel", None, "Qwen-VL"), "tongyi": ("Product", "通义", "Tongyi"),
         "bytedance": ("Organization", "字节跳动", "ByteDance"), "doubao": ("AIModel", "豆包", "Doubao"),
         "seedance": ("AIModel", None, "Seedance 2.0"), "coze": ("Product", "扣子", "Coze"),
         "sam": ("Person", "萨姆·奥尔特曼", "Sam Altman"), "openai": ("Organization", None, "OpenAI"),
         "lonely": ("Organization", "孤岛", None)},
        [("alibaba", "releases", "qwen3", [D, D]), ("alibaba", "releases", "qwenvl", [D]),
         ("alibaba", "releases", "tongyi", [D]),
         ("bytedance", "releases", "doubao", [D]), ("bytedance", "releases", "seedance", [D]),
         ("bytedance", "releases", "coze", [D]),
         ("coze", "uses", "qwen3", [D]),
         ("sam", "ceoOf", "openai", [D])])


def test_louvain_separates_the_two_stars_and_ranks_members_by_inner_evidence():
    groups = detect_communities(graph())
    # two communities of 4 and the pair of 2; the lonely entity is in none.
    # Sizes tie at 4 with 3 inner relations each: the first member's label decides, 字 (U+5B57) < 阿 (U+963F).
    assert [(c["size"], c["relations"]) for c in groups] == [(4, 3), (4, 3), (2, 1)]
    bytedance, alibaba, pair = groups
    # inner strength: the hub has 3 relations (ByteDance) or 2 + 1 + 1 = 4 evidence (Alibaba:
    # Qwen3 is told twice); Qwen3 has 2 (its link to Coze leaves the community); the rest 1.
    assert [(m["label"], m["strength"]) for m in alibaba["members"]] == [
        ("阿里巴巴", 4), ("Qwen3", 2), ("Qwen-VL", 1), ("通义", 1)]
    assert [(m["label"], m["strength"]) for m in bytedance["members"]] == [
        ("字节跳动", 3), ("Seedance 2.0", 1), ("扣子", 1), ("豆包", 1)]
    assert alibaba["classes"] == {"AIModel": 2, "Organization": 1, "Product": 1}
    assert {m["label"] for m in pair["members"]} == {"萨姆·奥尔特曼", "OpenAI"}


def test_min_size_and_top_members():
    groups = detect_communities(graph(), min_size=3, top_members=1)
    assert [[m["label"] for m in c["members"]] for c in groups] == [["字节跳动"], ["阿里巴巴"]]


def test_the_seed_makes_the_result_reproducible():
    assert detect_communities(graph()) == detect_communities(graph())
