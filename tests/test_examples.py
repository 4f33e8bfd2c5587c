"""The bundled examples/ digests parse into exactly the stories they were written with.

The expected titles and links below were counted by hand from the Markdown
files, so a change in story segmentation (or in the examples) shows up here.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.namespaces import PREDICATES
from kg.parse import read_digest

EXPECTED = {
    "2023-12-28-nyt-sues-openai.md": (dt.date(2023, 12, 28), [
        ("纽约时报起诉 OpenAI 和微软，指控其未经许可使用数百万篇报道训练模型",
         "https://www.nytimes.com/2023/12/27/business/media/new-york-times-open-ai-microsoft-lawsuit.html"),
        ("谷歌发布 Gemini 1.0：Ultra、Pro、Nano 三种尺寸覆盖云端到手机",
         "https://blog.google/technology/ai/google-gemini-ai/"),
        ("AMD 推出 Instinct MI300X 加速器，Meta 与微软宣布采用",
         "https://www.amd.com/en/newsroom/press-releases/2023-12-6-amd-delivers-leadership-portfolio-of-data-center-ai-solutions.html"),
        ("Mistral AI 开源 Mixtral 8x7B，并完成 3.85 亿欧元 A 轮融资",
         "https://mistral.ai/news/mixtral-of-experts/"),
        ("微软发布 27 亿参数小模型 Phi-2",
         "https://www.microsoft.com/en-us/research/blog/phi-2-the-surprising-power-of-small-language-models/"),
        ("Meta 与 IBM 牵头成立 AI 联盟", "https://about.fb.com/news/2023/12/ai-alliance/"),
    ]),
    "2024-06-21-claude-3-5-sonnet.md": (dt.date(2024, 6, 21), [
        ("Anthropic 发布 Claude 3.5 Sonnet：更快、更便宜，还比 Opus 更强",
         "https://www.anthropic.com/news/claude-3-5-sonnet"),
        ("苹果发布 Apple Intelligence，与 OpenAI 合作把 ChatGPT 接入 Siri",
         "https://www.apple.com/newsroom/2024/06/introducing-apple-intelligence-for-iphone-ipad-and-mac/"),
        ("Ilya Sutskever 创办 Safe Superintelligence，只做一件事：安全的超级智能", "https://ssi.inc/"),
        ("英伟达市值超越微软，成为全球市值最高的公司",
         "https://www.reuters.com/technology/nvidia-becomes-worlds-most-valuable-company-2024-06-18/"),
        ("Mistral AI 完成 6 亿欧元融资，估值 58 亿欧元",
         "https://www.reuters.com/technology/french-ai-startup-mistral-raises-600-mln-euros-2024-06-11/"),
        ("xAI 完成 60 亿美元 B 轮融资，投后估值 240 亿美元", "https://x.ai/news/series-b"),
        ("OpenAI 任命前美国国家安全局局长 Paul Nakasone 加入董事会",
         "https://openai.com/index/openai-appoints-retired-us-army-general/"),
        ("快手推出视频生成模型可灵", "https://kling.kuaishou.com/"),
    ]),
    "2024-11-26-amazon-anthropic.md": (dt.date(2024, 11, 26), [
        ("亚马逊向 Anthropic 追加 40 亿美元投资，AWS 成为其主要训练伙伴",
         "https://www.aboutamazon.com/news/aws/amazon-invests-additional-4-billion-anthropic-ai"),
        ("英伟达第三财季营收 351 亿美元，Blackwell 已全面量产",
         "https://nvidianews.nvidia.com/news/nvidia-announces-financial-results-for-third-quarter-fiscal-2025"),
        ("Anthropic 开源模型上下文协议 MCP", "https://www.anthropic.com/news/model-context-protocol"),
        ("阿里通义千问开源 Qwen2.5-Coder 全系列，32B 版本代码能力对标 GPT-4o",
         "https://qwenlm.github.io/blog/qwen2.5-coder-family/"),
        ("马斯克修改起诉书，把微软列为 OpenAI 案被告",
         "https://www.reuters.com/technology/elon-musk-adds-microsoft-lawsuit-against-openai-2024-11-15/"),
        ("月之暗面发布数学推理模型 k0-math", "https://www.kimi.com/"),
        ("DeepSeek 上线 R1-Lite 预览版", "https://api-docs.deepseek.com/news/news1120"),
    ]),
    "2025-02-02-deepseek-r1.md": (dt.date(2025, 2, 2), [
        ("DeepSeek 开源推理模型 DeepSeek-R1，性能对标 OpenAI o1",
         "https://api-docs.deepseek.com/news/news250120"),
        ("DeepSeek-V3 技术报告：2048 块 H800 训练出 6710 亿参数模型",
         "https://github.com/deepseek-ai/DeepSeek-V3"),
        ("DeepSeek 登顶美国 App Store，英伟达单日市值蒸发约 5890 亿美元",
         "https://www.reuters.com/technology/chinas-deepseek-sets-off-ai-market-rout-2025-01-27/"),
        ("微软 Azure AI Foundry 与 GitHub 上线 DeepSeek-R1",
         "https://azure.microsoft.com/en-us/blog/deepseek-r1-is-now-available-on-azure-ai-foundry-and-github/"),
        ("硅基流动与华为云联合推出基于昇腾云的 DeepSeek-R1/V3 推理服务",
         "https://www.huaweicloud.com/news/2025/20250201.html"),
        ("OpenAI 发布 o3-mini", "https://openai.com/index/openai-o3-mini/"),
        ("OpenAI、软银与甲骨文宣布星际之门计划",
         "https://openai.com/index/announcing-the-stargate-project/"),
    ]),
}


def test_examples_folder_holds_exactly_the_expected_digests(examples_dir):
    assert sorted(p.name for p in examples_dir.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_parses_into_its_stories(examples_dir, name):
    date, stories = EXPECTED[name]
    art = read_digest(examples_dir / name)
    assert art.date == date
    assert art.title and art.summary
    body = [s for s in art.stories if s.kind != "summary"]
    assert [(s.title, s.url) for s in body] == stories
    assert [s.n for s in art.stories] == list(range(1, len(art.stories) + 1))
    # each summary line is a story too, after the body's, in section 摘要
    summary = [s for s in art.stories if s.kind == "summary"]
    assert art.stories[len(body):] == summary
    assert len(summary) == len([line for line in art.summary.splitlines() if line.strip()])
    assert all(s.section == "摘要" and s.title and "**" not in s.title for s in summary)
    # every body story has text to extract from, and the subscription card is not a story
    assert all(s.text.strip() for s in body)
    assert not any("订阅" in s.title for s in art.stories)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_story_count_is_in_range(examples_dir, name):
    assert 5 <= len([s for s in read_digest(examples_dir / name).stories if s.kind != "summary"]) <= 8


# Chinese cue words from the contract (../shared/spec/data-model.md): each of the
# 13 predicates is exercised by at least one story of the examples.
CUES = {
    "investsIn": ("投资", "领投", "参投"),
    "releases": ("发布", "推出", "开源"),
    "runsOn": ("运行在", "训练", "上训练"),
    "manufactures": ("自研", "芯片"),
    "partnersWith": ("合作",),
    "acquires": ("收购",),
    "subsidiaryOf": ("旗下",),
    "basedOn": ("基于",),
    "ceoOf": ("CEO",),
    "founderOf": ("创办", "创始人"),
    "worksFor": ("加入", "首席科学家", "首席财务官"),
    "sues": ("起诉", "被告"),
    "uses": ("采用", "接入", "调用"),
}


def test_examples_carry_a_cue_for_every_predicate(examples_dir):
    assert set(CUES) == set(PREDICATES)
    text = "\n".join(s.title + "\n" + s.text
                     for p in sorted(examples_dir.glob("*.md")) for s in read_digest(p).stories)
    missing = [p for p, cues in CUES.items() if not any(c in text for c in cues)]
    assert not missing
