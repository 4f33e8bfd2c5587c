"""Chips: the model-to-chip matrix and platform adoption on a hand-built graph."""
from __future__ import annotations

from analyze_graph import iri, make_graph
from kg.analyze.chips import chip_adoption, chip_makers, model_chip_matrix, platform_adoption

D = "2026-02-01"


def graph():
    return make_graph(
        {"nvidia": ("Organization", "英伟达", "Nvidia"), "huawei": ("Organization", "华为", "Huawei"),
         "meta": ("Organization", None, "Meta"),
         "h100": ("Chip", None, "H100"), "h20": ("Chip", None, "H20"), "ascend": ("Chip", "昇腾910B", "Ascend 910B"),
         "tpu": ("Chip", None, "TPU v7"),
         "glm5": ("AIModel", None, "GLM-5"), "qwen3": ("AIModel", None, "Qwen3"),
         "deepseek": ("AIModel", None, "DeepSeek-V3"), "gemini": ("AIModel", None, "Gemini 3"),
         "llama": ("AIModel", None, "Llama 4")},
        [("nvidia", "manufactures", "h100", [D]), ("nvidia", "manufactures", "h20", [D]),
         ("huawei", "manufactures", "ascend", [D]),
         ("glm5", "runsOn", "ascend", [D, "2026-02-02"]), ("glm5", "runsOn", "h100", [D]),
         ("qwen3", "runsOn", "h20", [D]),
         ("deepseek", "runsOn", "h100", [D]), ("deepseek", "runsOn", "h20", [D, "2026-02-03", "2026-02-04"]),
         ("gemini", "runsOn", "tpu", [D]),
         ("meta", "uses", "h100", [D]),
         ("meta", "uses", "llama", [D])])  # a model, not a chip: no adoption


def test_chip_makers():
    assert chip_makers(graph()) == {iri("h100", "Chip"): [iri("nvidia")], iri("h20", "Chip"): [iri("nvidia")],
                                    iri("ascend", "Chip"): [iri("huawei")]}


def test_model_chip_matrix():
    # models per chip: H20 {Qwen3, DeepSeek} evidence 1+3 = 4; H100 {GLM-5, DeepSeek} 1+1 = 2;
    # Ascend {GLM-5} 2; TPU {Gemini} 1  -> H20, H100 (2 models, evidence breaks the tie), Ascend, TPU
    # chips per model: DeepSeek 2 (evidence 4), GLM-5 2 (3), Gemini 1 (1), Qwen3 1 (1) -> label breaks the tie
    m = model_chip_matrix(graph())
    assert [c["label"] for c in m["chips"]] == ["H20", "H100", "昇腾910B", "TPU v7"]
    assert [c["makers"] for c in m["chips"]] == [["英伟达"], ["英伟达"], ["华为"], []]
    assert [(r["label"], r["chips"]) for r in m["models"]] == [
        ("DeepSeek-V3", 2), ("GLM-5", 2), ("Gemini 3", 1), ("Qwen3", 1)]
    assert m["counts"] == [[3, 1, 0, 0],
                           [0, 1, 2, 0],
                           [0, 0, 0, 1],
                           [1, 0, 0, 0]]


def test_model_chip_matrix_cut_to_top_chips():
    # keep H20 only; the models on it: DeepSeek (evidence 3), Qwen3 (1)
    m = model_chip_matrix(graph(), top_chips=1)
    assert [c["label"] for c in m["chips"]] == ["H20"]
    assert [r["label"] for r in m["models"]] == ["DeepSeek-V3", "Qwen3"]
    assert m["counts"] == [[3], [1]]


def test_chip_and_platform_adoption():
    # adopters: H100 {GLM-5, DeepSeek, Meta (uses)} = 3, H20 {Qwen3, DeepSeek} = 2, Ascend {GLM-5}, TPU {Gemini};
    # the tie at 1 goes by label: "TPU v7" < "昇腾910B"
    chips = chip_adoption(graph())
    assert [(r["label"], r["adopters"]) for r in chips] == [("H100", 3), ("H20", 2), ("TPU v7", 1), ("昇腾910B", 1)]
    assert chips[0]["adopter_labels"] == ["DeepSeek-V3", "GLM-5", "Meta"]
    # Nvidia: H100 ∪ H20 = {GLM-5, DeepSeek, Meta, Qwen3} = 4 (DeepSeek once); Huawei: 1;
    # TPU has no known maker, so nobody gets its adoption
    platforms = platform_adoption(graph())
    assert [(r["label"], r["adopters"], r["chips"]) for r in platforms] == [
        ("英伟达", 4, ["H100", "H20"]), ("华为", 1, ["昇腾910B"])]
    assert len(platform_adoption(graph(), top=1)) == 1
