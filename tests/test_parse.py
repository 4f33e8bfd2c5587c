"""Parsing digests into articles and stories: hand-checked counts and the whole corpus."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from kg.parse import DigestError, iter_digest_paths, parse_digest, read_digest

# A digest of our own, in the corpus's format, exercising every segmentation rule.
OWN_DIGEST = """---
title: 测试日报
date: 2025-02-01
category: AI 日报
tags: ["AI"]
seo: ["OpenAI", "Nvidia"]
summary: "- 这一行是摘要里的一条\\n- **星河科技**发布 Nova-7"
---
# 测试日报

开头的导语不是一条新闻。

## 模型发布

### [DeepSeek 开源 R1 推理模型](https://example.org/r1)

深度求索开源了 DeepSeek-R1。

- **参数**：6710亿

**深度解读 & 洞察：**

这一条评论属于上面的新闻。

### 影响

- **对开发者**：评论里的列表也属于上面的新闻

## 芯片动态没有内容的小节标题

### 英伟达发布 H200

英伟达推出了 H200 GPU。

#### 深度解读

四级评论标题同样属于上面的新闻。

### 更多动态

- [微软向 OpenAI 追加投资](https://example.org/msft)：金额达百亿美元
- **谷歌收购 DeepMind**：2014 年的旧闻
- 没有链接也没有加粗的条目也是一条新闻

## 单独成篇的二级标题新闻

Anthropic 发布 Claude 3.5 Sonnet。

**更多动态**

- [苹果与 OpenAI 合作](https://example.org/apple)：Siri 接入 ChatGPT

---

<div class="card">订阅我们的群组 <a href="https://t.me/x">加入</a></div>
"""


def test_own_digest_segmentation():
    art = parse_digest(OWN_DIGEST, "2025-02-01-test.md")
    assert art.title == "测试日报"
    assert art.date == dt.date(2025, 2, 1)
    assert art.slug == "2025-02-01-test"
    got = [(s.n, s.kind, s.title, s.url) for s in art.stories if s.kind != "summary"]
    assert got == [
        (1, "heading", "DeepSeek 开源 R1 推理模型", "https://example.org/r1"),
        (2, "heading", "英伟达发布 H200", None),
        (3, "bullet", "微软向 OpenAI 追加投资", "https://example.org/msft"),
        (4, "bullet", "谷歌收购 DeepMind", None),
        (5, "bullet", "没有链接也没有加粗的条目也是一条新闻", None),
        (6, "heading", "单独成篇的二级标题新闻", None),
        (7, "bullet", "苹果与 OpenAI 合作", "https://example.org/apple"),
    ]
    first, second = art.stories[0], art.stories[1]
    assert "这一条评论属于上面的新闻" in first.text
    assert "评论里的列表也属于上面的新闻" in first.text
    assert "四级评论标题同样属于上面的新闻" in second.text
    assert second.section == "芯片动态没有内容的小节标题"
    assert first.section == "模型发布"
    body = " ".join(s.title + s.text for s in art.stories if s.kind != "summary")
    assert "导语" not in body and "摘要" not in body
    assert "订阅" not in body
    # each summary line is a story of its own after the body's, in section 摘要, Markdown stripped
    assert [(s.n, s.kind, s.section, s.title) for s in art.stories if s.kind == "summary"] == [
        (8, "summary", "摘要", "这一行是摘要里的一条"), (9, "summary", "摘要", "星河科技发布 Nova-7")]


@pytest.mark.parametrize("text, problem", [
    ("---\ntitle: [unclosed\n---\n# x\n", "front matter is not valid YAML"),
    ("---\ntitle: t\ndate: someday\n---\n# x\n", "is not a date"),
])
def test_bad_front_matter_is_one_clear_error(tmp_path, text, problem):
    path = tmp_path / "bad.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DigestError) as err:
        read_digest(path)
    message = str(err.value)
    assert message.startswith(str(path)) and problem in message
    assert "\n" not in message


def test_not_utf8_is_one_clear_error(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("---\ntitle: café\n---\n# é\n".encode("latin-1"))
    with pytest.raises(DigestError, match="not UTF-8"):
        read_digest(path)


# Counts verified by hand, reading each file heading by heading and bullet by bullet.
HAND_COUNTED = {
    # 11 linked ### stories + 12 bullets under four 更多动态 headings
    "2026-02-23-7860e435-3893-43e0-8f31-5a94e816c60e.md": (23, 11, 12),
    # 4 unlinked ## stories (深度解读/影响 are ### commentary) + 9 bullets under ## 更多
    "2025-12-12-7a1e55d7-d19e-4ed6-b093-76ee700b42b8.md": (13, 4, 9),
    # a truncated digest: one linked ### story, then the card
    "2026-04-16-3b06fc51-903e-4a00-a934-38c65b582525.md": (1, 1, 0),
    # only the # title, an intro paragraph and the card: the intro is the one story
    "2026-02-12-e7033f9a-2814-43b8-9d03-b1cabdd6a7ff.md": (1, 1, 0),
}


@pytest.mark.corpus
@pytest.mark.parametrize("name, counts", sorted(HAND_COUNTED.items()))
def test_hand_counted_digests(corpus_dir, name, counts):
    art = read_digest(corpus_dir / name)
    kinds = [s.kind for s in art.stories if s.kind != "summary"]
    assert (len(kinds), kinds.count("heading"), kinds.count("bullet")) == counts
    assert [s.n for s in art.stories] == list(range(1, len(art.stories) + 1))


CONTAINER_HEADING = re.compile(r"^#{2,4} (更多动态|其他动态|更多)\s*$")
STORY_BULLET = re.compile(r"^[-*+] \S")
LINKED_HEADING = re.compile(r"^#{2,4} \[(.+?)\]\((https?://\S+?)\)")


def _independent_counts(text: str) -> tuple[int, set[str]]:
    """Line-based oracle: bullets under container headings, and linked heading URLs."""
    bullets, urls, inside = 0, set(), False
    for line in text.splitlines():
        if line.startswith("#"):
            inside = bool(CONTAINER_HEADING.match(line))
            m = LINKED_HEADING.match(line)
            if m:
                urls.add(m.group(2))
        elif inside and STORY_BULLET.match(line):
            bullets += 1
    return bullets, urls


@pytest.mark.corpus
def test_whole_corpus_parses_with_no_lost_story(corpus_dir):
    paths = list(iter_digest_paths([corpus_dir]))
    assert len(paths) >= 150
    total = 0
    for path in paths:
        art = read_digest(path)  # raises on any error
        assert art.date is not None, path.name
        text = path.read_text(encoding="utf-8")
        bullets, urls = _independent_counts(text)
        in_containers = [s for s in art.stories if s.kind == "bullet"]
        assert len(in_containers) >= bullets, f"{path.name}: lost bullet stories"
        story_urls = {s.url for s in art.stories}
        assert urls <= story_urls, f"{path.name}: lost linked stories {urls - story_urls}"
        for s in art.stories:
            assert s.title.strip(), f"{path.name}: story {s.n} has no title"
            assert not re.match(r"^(深度解读|影响|更多动态)", s.title), f"{path.name}: {s.title}"
            assert "立即加入群组" not in s.text, f"{path.name}: the card became a story"
        total += len(art.stories)
    # every digest but the few intro-only ones has stories; thousands overall
    assert total > 20 * len(paths)


def test_a_table_row_is_one_paragraph_with_each_cell_labelled_by_its_column():
    art = parse_digest("---\ntitle: T\ndate: 2026-05-02\n---\n# T\n## 融资一览\n\n| 公司 | 轮次 | 投资方 |\n"
                       "|---|---|---|\n| 星河科技 | A轮 | 北辰资本、远山创投 |\n| Lumio |  | 南湖基金 |\n", "d.md")
    text = "\n".join(st.text for st in art.stories)
    assert "公司：星河科技，轮次：A轮，投资方：北辰资本、远山创投。" in text
    assert "公司：Lumio，投资方：南湖基金。" in text   # an empty cell is left out


def test_bold_paragraphs_that_title_the_text_after_them_are_stories_of_their_section():
    art = parse_digest("---\ntitle: T\ndate: 2026-07-02\n---\n# T\n## 具身智能：量产加速\n\n"
                       "**星河机器人发布 Nova H1**\n\n星河机器人发布人形机器人 Nova H1。\n\n"
                       "**性能数据：**\n\n续航 8 小时。\n\n"
                       "**北辰科技完成融资**\n\n北辰科技完成 5 亿元 A 轮融资。\n", "d.md")
    got = [(s.section, s.title, s.text) for s in art.stories if s.kind != "summary"]
    assert got == [
        ("具身智能：量产加速", "星河机器人发布 Nova H1", "星河机器人发布人形机器人 Nova H1。\n性能数据：\n续航 8 小时。"),
        ("具身智能：量产加速", "北辰科技完成融资", "北辰科技完成 5 亿元 A 轮融资。"),
    ]


def test_a_bold_label_or_quote_inside_a_story_stays_its_text():
    art = parse_digest("---\ntitle: T\ndate: 2026-07-02\n---\n# T\n## 星河发布 Nova-7\n\n星河发布了 Nova-7。\n\n"
                       "**“这是我们最好的模型。”**\n\n发布会上 CEO 如是说。\n", "d.md")
    assert [s.title for s in art.stories] == ["星河发布 Nova-7"]
    assert "这是我们最好的模型" in art.stories[0].text


def test_a_digest_with_only_an_intro_tells_its_news_there():
    text = ("---\ntitle: T\ndate: 2026-07-02\nsummary: \"星河科技发布 Nova-7\"\n---\n# 星河科技发布 Nova-7，北辰智能完成融资\n\n"
            "星河科技今天发布 Nova-7 大模型。北辰智能完成 5 亿元 A 轮融资。\n\n---\n\n<div>订阅</div>\n")
    art = parse_digest(text, "d.md")
    assert [(s.n, s.kind, s.title) for s in art.stories] == [
        (1, "heading", "星河科技发布 Nova-7，北辰智能完成融资"), (2, "summary", "星河科技发布 Nova-7")]
    assert art.stories[0].text == "星河科技今天发布 Nova-7 大模型。北辰智能完成 5 亿元 A 轮融资。"
    # with stories of its own, the intro is not one
    art = parse_digest(text.replace("<div>订阅</div>", "## 北辰智能完成融资\n\n北辰智能完成 5 亿元 A 轮融资。"), "d.md")
    assert [s.title for s in art.stories if s.kind != "summary"] == ["北辰智能完成融资"]
