"""Entity recognition: gazetteer names and names discovered from their form and role."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_gazetteer, read_gazetteer, GazetteerError
from kg.extract.recognize import Recognizer


@pytest.fixture(scope="module")
def rec():
    return Recognizer()


def names(rec, text):
    return {m.text: m.classes for m in rec.find(text)}


@pytest.mark.parametrize("text, name", [
    ("智谱今日发布 GLM-5.3，性能大幅提升", "GLM-5.3"),
    ("阿里开源 Qwen3.8-27B 模型", "Qwen3.8-27B"),
    ("16 个 Claude Opus 4.6 智能体协作写代码", "Claude Opus 4.6"),
    ("谷歌推出 Gemini 3.5 Flash", "Gemini 3.5 Flash"),
])
def test_model_names_are_discovered_as_models(rec, text, name):
    assert names(rec, text).get(name) == ("AIModel",)


def test_an_organisation_before_a_model_is_split_off(rec):
    found = names(rec, "MiniMax M2.5-highspeed 的推理速度很快")
    assert found["MiniMax"] == ("Organization",)
    assert found["M2.5-highspeed"] == ("AIModel",)
    model = next(m for m in rec.find("DeepSeek V4 Pro 上线") if m.text == "V4 Pro")
    assert model.classes == ("AIModel",) and model.full == "DeepSeek V4 Pro"


def test_organisations_by_suffix_and_descriptor(rec):
    assert names(rec, "星河科技与北辰大学达成合作")["星河科技"] == ("Organization",)
    assert names(rec, "星河科技与北辰大学达成合作")["北辰大学"] == ("Organization",)
    assert names(rec, "机器人公司银杏完成融资")["银杏"] == ("Organization",)
    assert names(rec, "AI 检测公司 Veritas 发布报告")["Veritas"] == ("Organization",)


def test_generic_nouns_are_not_organisations(rec):
    found = names(rec, "具身智能赛道火热，人工智能公司纷纷入局")
    assert "具身智能" not in found and "人工智能" not in found


def test_people_with_roles(rec):
    assert names(rec, "宇树科技创始人王兴兴表示很看好")["王兴兴"] == ("Person",)
    assert names(rec, "OpenAI CEO 奥尔特曼宣布新计划")["奥尔特曼"] == ("Person",)
    assert names(rec, "星河科技研究员 Anna Berg 展示了成果")["Anna Berg"] == ("Person",)
    assert names(rec, "美国国家公共广播电台主持人戴维·格林起诉谷歌")["戴维·格林"] == ("Person",)


def test_english_names_inside_chinese_text(rec):
    found = names(rec, "a16z 领投，OpenAI 跟投")
    assert found["a16z"] == ("Organization",) and found["OpenAI"] == ("Organization",)


def test_latin_names_respect_word_edges(rec):
    found = names(rec, "Metaverse 概念降温，GLM-5.1 发布")
    assert "Meta" not in found and "GLM-5" not in found and "GLM-5.1" in found


def test_chip_platform_name_has_both_readings(rec):
    # 寒武纪 is read as the chip platform in an adaptation list, the company elsewhere
    assert set(names(rec, "适配寒武纪芯片")["寒武纪"]) == {"Chip", "Organization"}


def test_masked_phrases_are_not_names(rec):
    assert "高德" not in names(rec, "高德纳提出的算法")


def test_gazetteer_has_no_name_owned_twice():
    gaz = load_gazetteer()
    for folded, keys in gaz.by_name.items():
        primaries = [k for k in keys if not gaz.entries[k].key.endswith("-" + gaz.entries[k].cls.lower())]
        assert len(primaries) <= 1, (folded, keys)


def test_gazetteer_rejects_a_name_given_twice(tmp_path):
    bad = tmp_path / "g.yaml"
    bad.write_text("Organization:\n  a: {zh: 甲公司}\n  b: {zh: 乙公司, aka: [甲公司]}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="甲公司"):
        read_gazetteer(bad)
