"""Sentence segmentation of a story: title, lines, sentences, and list headers.

A story's title is its first sentence. Its text is cut at line breaks and
at sentence-final punctuation (``lexicon.yaml: sentence_ends``). A line that
ends with a colon ("投资方阵容：") is a list *header*: the lines after it are
its items, and list rules read the header together with each item. A short
line that is only a colon-ended *label* ("腾讯：") names what the lines after
it, up to the next label, are about (``Sentence.label``).

>>> from kg.model import Story
>>> [(s.text, s.header) for s in split_story(Story(1, "标题", "甲。乙！\\n名单：\\nA：一"))]
[('标题', None), ('甲。', None), ('乙！', None), ('名单：', None), ('A：一', '名单：')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import load_lexicon
from kg.model import Story


@dataclass
class Sentence:
    """One sentence of a story, with the list header it sits under (if any)."""

    text: str
    line: int                 # 0 = the title, then the text's lines from 1
    header: str | None = None  # the header line of the list this line is an item of
    is_title: bool = False
    label: str | None = None   # the last short label line before it ("腾讯：")

    @property
    def is_item(self) -> bool:
        return self.header is not None


#: a label line: a few words and a colon, nothing after ("腾讯：", "核心功能：")
_LABEL = re.compile(r"[^：:，,。；;]{1,14}[：:]")
#: a list item: "name：…", or a line that only lists names ("A、B、C")
_ITEM = re.compile(r"^\s*[^：:，。]{1,24}[：:]|^\s*[^：:，,。；;]{1,60}、[^：:，,。；;]{1,80}[。；;]?$")


def split_story(story: Story) -> list[Sentence]:
    """Return the sentences of ``story``: its title first, then its text."""
    lex = load_lexicon()
    ends = re.escape(str(lex.data.get("sentence_ends") or "。！？；"))
    splitter = re.compile(rf"[^{ends}]+(?:[{ends}]+|$)")
    out: list[Sentence] = []
    if story.title.strip():
        out.append(Sentence(story.title.strip(), 0, None, True))
    header: str | None = None
    label: str | None = None
    for n, raw in enumerate(story.text.splitlines(), start=1):
        line = raw.strip()
        if not line or any(b in line for b in lex.boilerplate):
            continue
        item_header = header if header and _ITEM.match(line) else None
        if header and not item_header and not line.endswith(("：", ":")):
            header = None
        pieces = [p.strip() for p in splitter.findall(line) if p.strip()]
        is_label = len(pieces) == 1 and _LABEL.fullmatch(line) is not None
        for piece in pieces:   # a label line is not about itself
            out.append(Sentence(piece, n, item_header, label=None if is_label else label))
        if pieces and line.endswith(("：", ":")) and len(pieces[-1]) <= 60:
            header = pieces[-1]
        if is_label:
            label = pieces[0]
    return out
