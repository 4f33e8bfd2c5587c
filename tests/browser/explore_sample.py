"""Small hand-made stores for the explorer tests: real facts in our own words, and a hostile digest.

``sample_articles()`` gives two digests (five stories, nine relations over
ten entities, one entity with no relation: it only raised money);
``hostile_articles()`` adds a digest whose story title, entity name, link
and evidence sentence hold HTML and script.
"""
from __future__ import annotations

import datetime as dt

from kg.model import Article, Entity, FundingRound, Relation, Story, StoryFacts
from kg.store import open_store

ENTITIES = {
    "nvidia": Entity("nvidia", "Organization", "英伟达", "Nvidia", frozenset({"NVIDIA"})),
    "openai": Entity("openai", "Organization", None, "OpenAI"),
    "microsoft": Entity("microsoft", "Organization", "微软", "Microsoft"),
    "deepseek": Entity("deepseek", "Organization", "深度求索", "DeepSeek"),
    "deepseek-r1": Entity("deepseek-r1", "AIModel", None, "DeepSeek-R1"),
    "deepseek-v3": Entity("deepseek-v3", "AIModel", None, "DeepSeek-V3"),
    "h100": Entity("h100", "Chip", None, "H100"),
    "jensen-huang": Entity("jensen-huang", "Person", "黄仁勋", "Jensen Huang"),
    "chatgpt": Entity("chatgpt", "Product", None, "ChatGPT"),
    "mistral": Entity("mistral", "Organization", None, "Mistral AI"),
}

HOSTILE_NAME = "</script><script>window.pwned=1</script>"
HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(1)"
HOSTILE_SENTENCE = "<b onmouseover=alert(2)>bold</b> & <i>more</i>\u2028next line"
HOSTILE_DIGEST_TITLE = "<script>alert(3)</script>"


def _facts(story: Story, relations, fundings=(), entities=ENTITIES) -> StoryFacts:
    keys = {k for r in relations for k in (r.subject, r.object)} | {f.investee for f in fundings}
    return StoryFacts(story, {k: entities[k] for k in keys}, list(relations), list(fundings))


def sample_articles() -> list[tuple[Article, list[StoryFacts]]]:
    """Return two digests with their extracted facts."""
    s1 = Story(1, "DeepSeek 发布推理模型 R1", "", "https://example.org/deepseek-r1")
    s2 = Story(2, "微软继续加码 OpenAI", "", "https://example.org/msft-openai")
    a1 = Article("2025-01-20-sample", "2025-01-20-sample.md", "样例日报一", dt.date(2025, 1, 20),
                 stories=[s1, s2])
    f1 = [_facts(s1, [Relation("deepseek", "releases", "deepseek-r1", "深度求索发布了开源推理模型 DeepSeek-R1。"),
                      Relation("deepseek-r1", "basedOn", "deepseek-v3", "DeepSeek-R1 在 DeepSeek-V3 的基础上训练。")]),
          _facts(s2, [Relation("microsoft", "investsIn", "openai", "微软表示会继续投资 OpenAI。"),
                      Relation("openai", "releases", "chatgpt", "OpenAI 为 ChatGPT 推出了新功能。")])]
    s3 = Story(1, "英伟达 GTC：黄仁勋公布新一代芯片路线图", "", "https://example.org/gtc")
    s4 = Story(2, "OpenAI 扩大 H100 集群", "", None)
    s5 = Story(3, "Mistral AI 完成新一轮融资", "", "https://example.org/mistral")
    a2 = Article("2025-03-18-sample", "2025-03-18-sample.md", "样例日报二", dt.date(2025, 3, 18),
                 stories=[s3, s4, s5])
    f2 = [_facts(s3, [Relation("jensen-huang", "ceoOf", "nvidia", "英伟达首席执行官黄仁勋在 GTC 上做主题演讲。"),
                      Relation("nvidia", "manufactures", "h100", "英伟达的 H100 仍是数据中心的主力芯片。"),
                      Relation("microsoft", "partnersWith", "nvidia", "微软与英伟达宣布扩大合作。")]),
          _facts(s4, [Relation("openai", "uses", "h100", "OpenAI 用大量 H100 训练模型。"),
                      Relation("microsoft", "investsIn", "openai", "微软再次向 OpenAI 注资。")]),
          _facts(s5, [], [FundingRound("mistral", [], 6e8, "EUR", "B轮", sentence="Mistral AI 融资 6 亿欧元。")])]
    return [(a1, f1), (a2, f2)]


def hostile_articles() -> list[tuple[Article, list[StoryFacts]]]:
    """Return the sample digests plus one whose text is HTML and script."""
    entities = {**ENTITIES, "evil": Entity("evil", "Organization", HOSTILE_NAME, "Evil <b>Corp</b>")}
    story = Story(1, HOSTILE_TITLE, "", HOSTILE_URL)
    article = Article("2025-04-01-hostile", "2025-04-01-hostile.md", HOSTILE_DIGEST_TITLE,
                      dt.date(2025, 4, 1), stories=[story])
    facts = [_facts(story, [Relation("evil", "uses", "h100", HOSTILE_SENTENCE)], entities=entities)]
    return sample_articles() + [(article, facts)]


def build_store(folder, articles):
    """Return a store at ``folder`` holding ``articles`` (a list of (Article, facts))."""
    store = open_store(folder, create=True)
    for article, facts in articles:
        store.replace_article(article, facts)
    return store
