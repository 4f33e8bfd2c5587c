"""Word boundaries from the jieba segmenter, and the recogniser decisions that rest on them."""
from __future__ import annotations

import pytest

from kg.extract.recognize import Recognizer
from kg.extract.segment import Segmentation


@pytest.fixture(scope="module")
def rec():
    return Recognizer()


def names(rec, text):
    return {m.text: m.classes for m in rec.find(text)}


def test_word_at_gives_the_word_starting_there():
    seg = Segmentation("英特尔 CEO 陈立武同日指出")
    assert seg.word_at(8) == "陈立武"
    assert seg.word_at(9) is None   # inside a word


def test_a_span_cutting_two_words_is_seen():
    seg = Segmentation("投资方包括蓝思科技和其他机构")
    assert seg.cuts_word(6, 8)          # 思科 inside 蓝思|科技
    assert not seg.cuts_word(5, 9)      # 蓝思科技 itself


def test_verbs_adverbs_and_lone_common_words_are_not_names():
    seg = Segmentation("指控这些公司绕过防护措施")
    assert not seg.could_be_name(6, 8)                          # 绕过: a verb
    assert not Segmentation("帮助公司快速缩小差距").could_be_name(4, 8)   # 快速: an adverb
    seg = Segmentation("集体宣布接入新模型")
    assert seg.could_be_name(0, 2) and not seg.could_be_name(0, 2, common_ok=False)


def test_a_known_name_cut_out_of_other_words_is_dropped(rec):
    found = names(rec, "本轮投资方包括蓝思科技、远山资本等机构")
    assert "思科" not in found
    assert found.get("蓝思科技") == ("Organization",)


@pytest.mark.parametrize("text, person", [
    ("北辰半导体 CEO 陈立武同日指出需求强劲", "陈立武"),   # no speech verb right after the name
    ("资深研究员王秉轩转投星河科技", "王秉轩"),
])
def test_people_after_titles_end_where_the_segmenter_says(rec, text, person):
    assert names(rec, text).get(person) == ("Person",)


def test_the_organisation_before_a_title_is_found(rec):
    assert names(rec, "卓驭 CEO 沈劭劼认为可以直接做 L4").get("卓驭") == ("Organization",)
    assert names(rec, "模块化笔电厂商 Framework CEO Nirav Patel 发文").get("Framework") == ("Organization",)
    assert "联席" not in names(rec, "前星河科技联席CEO周明加入北辰")


def test_verbs_and_adverbs_at_a_clause_start_are_not_organisations(rec):
    found = names(rec, "创作者指控这些公司绕过平台的防护措施，下载了大量视频")
    assert "绕过" not in found
    assert "快速缩小" not in names(rec, "新芯片帮助公司快速缩小与对手的差距")


def test_numbers_rounds_and_events_are_not_names(rec):
    found = names(rec, "星河机器人完成A++轮融资，出货指引从2000-3000台上调，单卡吞吐4700TPS")
    assert not {"A++", "2000-3000", "4700TPS"} & set(found)
    assert not {"HDC2026", "Build 2026"} & set(names(rec, "星河在HDC2026和Build 2026开发者大会上亮相"))


def test_a_product_made_for_another_is_one_name(rec):
    assert names(rec, "OpenAI 发布 ChatGPT for Excel 测试版").get("ChatGPT for Excel") == ("Product",)


def test_a_new_name_after_an_app_is_the_apps_makers_product(rec):
    found = {m.text: m for m in rec.find("腾讯推出微信ClawBot插件")}
    assert "微信" not in found and found["ClawBot"].owner == "tencent"


def test_lists_named_by_an_organisation_noun_are_organisations(rec):
    found = names(rec, "接入的车企：长安、东风、北汽、比亚迪等宣布接入")
    assert all(found.get(n) == ("Organization",) for n in ("长安", "东风", "北汽"))
    found = names(rec, "北辰云、PPIO 等云平台首批上线 Nova-7")
    assert found.get("PPIO") == ("Organization",)


def test_partners_in_a_list_are_organisations(rec):
    found = names(rec, "星河科技正与联发科、高通和立讯精密合作开发手机")
    assert found.get("联发科") == ("Organization",) and found.get("立讯精密") == ("Organization",)
    assert names(rec, "谷歌则与Marvell合作开发定制芯片").get("Marvell") == ("Organization",)


def test_han_products_between_a_release_verb_and_a_product_noun(rec):
    assert names(rec, "360推出虾书APP").get("虾书") == ("Product",)
    assert "办公" not in names(rec, "星河科技推出办公平台")
    assert "数据分析" not in names(rec, "星河科技发布数据分析平台")


def test_names_found_by_form_do_not_open_with_a_conjunction_or_end_with_an_adverb():
    seg = Segmentation("尽管与星河达成合作")
    assert not seg.could_be_name(0, 2, by_form=True)
    seg = Segmentation("国防部迅速与星河达成协议")
    assert not seg.could_be_name(0, 5, by_form=True)
    assert seg.could_be_name(0, 3, by_form=True)


def test_a_clause_subject_releasing_a_named_model_is_an_organisation_even_if_a_common_word(rec):
    found = {m.text: m.classes for m in rec.find("星火发布 Nova-7 模型")}
    assert found.get("星火") == ("Organization",)
    assert "用户" not in {m.text for m in rec.find("用户发布 Skill 文件")}
