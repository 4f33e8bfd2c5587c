"""Read one digest file into an :class:`~kg.model.Article` with its stories.

The front matter is read by python-frontmatter, the body by markdown-it-py
(CommonMark tokens, not line regexes). Stories are cut by the rules in
``segmentation.yaml`` beside this module:

* a ``##``/``###``/``####`` heading with content (or a link) is a story;
* a heading with no content followed by a deeper heading is a section title;
* a bold paragraph that titles the paragraph after it ("**星河发布 Nova-7**") is a
  story of its own (not a label such as "性能数据：", nor a quote); a heading whose
  content opens with one is the section title of those stories;
* commentary headings and bold paragraphs (深度解读 & 洞察, 影响 ...) belong to
  the story above them;
* under a container heading or bold paragraph (更多动态, 其他动态 ...), every
  top-level bullet is a story of its own, titled by its bold lead or link
  text (or its whole text when it has neither);
* each line of the front-matter ``summary`` is a story of section 摘要, after the
  body's stories (see :func:`summary_stories`);
* the ``#`` title, the intro before the first story and raw HTML (the
  subscription card) are not stories, except in a digest with no story at all:
  there the intro under the ``#`` title tells the news and is its one story.

>>> art = parse_digest("---\\ntitle: T\\ndate: 2026-01-02\\n---\\n# T\\n## [A 发布 B](https://x.test/1)\\nA 发布了 B。\\n", "d.md")
>>> [(s.n, s.title, s.url) for s in art.stories]
[(1, 'A 发布 B', 'https://x.test/1')]
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import frontmatter
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from kg.model import Article, Story

RULES_PATH = Path(__file__).with_name("segmentation.yaml")


class DigestError(ValueError):
    """A digest that cannot be read; the message names the file and the problem."""


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, re.Pattern, int]:
    data = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    return (re.compile(data["commentary"]), re.compile(data["container"]),
            int(data["container_max_chars"]))


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # CommonMark plus tables; raw HTML blocks are tokenised (and then ignored)
    return MarkdownIt("commonmark").enable("table")


# ------------------------------------------------------------------ inline

@dataclass
class Inline:
    """Plain text of an inline token plus what a story needs to know of it."""

    text: str
    url: str | None = None          # first link
    link_text: str = ""             # text of the first link
    lead_link: bool = False         # text starts with a link
    lead_bold: str | None = None    # text starts with **bold**: its text
    bold_only: bool = False         # the whole text is one bold run

    @classmethod
    def of(cls, tok: Token) -> "Inline":
        parts: list[str] = []
        url = None
        lead_link = False
        lead_bold = None
        bold_buf: list[str] | None = None
        seen_text = False
        bold_depth = 0
        bold_ends_at = -1
        link_buf: list[str] | None = None
        link_text = ""
        for child in tok.children or []:
            t = child.type
            if t == "link_open":
                href = child.attrGet("href")
                if url is None and href and str(href).startswith(("http://", "https://")):
                    url = str(href)  # "#" and relative links are not a story's source
                    link_buf = []
                if not seen_text:
                    lead_link = True
            elif t == "link_close":
                if link_buf is not None and not link_text:
                    link_text = "".join(link_buf).strip()
                link_buf = None
            elif t == "strong_open":
                bold_depth += 1
                if not seen_text and lead_bold is None and bold_buf is None:
                    bold_buf = []
            elif t == "strong_close":
                bold_depth -= 1
                if bold_buf is not None and bold_depth == 0 and lead_bold is None:
                    lead_bold = "".join(bold_buf).strip()
                    bold_ends_at = len("".join(parts))
            elif t in ("text", "code_inline"):
                if child.content.strip():
                    seen_text = True
                parts.append(child.content)
                if link_buf is not None:
                    link_buf.append(child.content)
                if bold_buf is not None and lead_bold is None:
                    bold_buf.append(child.content)
            elif t in ("softbreak", "hardbreak"):
                parts.append("\n")
            elif t == "image":
                continue
        text = "".join(parts).strip()
        rest = "".join(parts)[bold_ends_at:].strip() if lead_bold is not None else text
        bold_only = lead_bold is not None and rest.strip(" ：:") == ""
        return cls(text=text, url=url, link_text=link_text, lead_link=lead_link, lead_bold=lead_bold or None,
                   bold_only=bold_only)


# ------------------------------------------------------------------ blocks

@dataclass
class Block:
    kind: str                       # "para" | "item"
    inline: Inline
    lines: list[str] = field(default_factory=list)  # every text line of it


@dataclass
class Group:
    """A heading (or the text before the first heading) with its blocks."""

    level: int                      # 0 for text before any heading
    inline: Inline | None
    blocks: list[Block] = field(default_factory=list)


def _groups(tokens: list[Token]) -> list[Group]:
    groups = [Group(0, None)]
    i = 0
    list_depth = 0
    item: Block | None = None
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "heading_open":
            inline = Inline.of(tokens[i + 1])
            groups.append(Group(int(tok.tag[1]), inline))
            item = None
            i += 3
            continue
        if t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "list_item_open" and list_depth == 1:
            item = None  # the next inline opens it
            groups[-1].blocks.append(Block("item", Inline("")))
            item = groups[-1].blocks[-1]
        elif t == "list_item_close" and list_depth == 1:
            item = None
        elif t == "inline":
            inline = Inline.of(tok)
            if item is not None:
                if not item.lines:
                    item.inline = inline
                if inline.text:
                    item.lines.append(inline.text)
            elif inline.text:
                groups[-1].blocks.append(Block("para", inline, [inline.text]))
        elif t == "table_open":
            i = _table(tokens, i, groups[-1])
            continue
        elif t == "fence" or t == "code_block":
            if tok.content.strip():
                groups[-1].blocks.append(Block("para", Inline(tok.content.strip()), [tok.content.strip()]))
        # html_block, hr: nothing to keep
        i += 1
    return groups


def _table(tokens: list[Token], i: int, group: Group) -> int:
    """Read the table opening at ``tokens[i]`` into ``group``: one paragraph per body row, each
    cell labelled by its column's header ("公司：星河科技，轮次：A 轮，投资方：北辰资本"), so the cells
    of one row stay one record. Return the index after the table."""
    labels: list[str] = []
    row: list[str] = []
    while i < len(tokens) and tokens[i].type != "table_close":
        t = tokens[i].type
        if t == "tr_open":
            row = []
        elif t == "inline":
            row.append(Inline.of(tokens[i]).text.strip())
        elif t == "tr_close":
            if not labels:
                labels = row
            elif any(row):
                text = "，".join(f"{label}：{cell}" if label else cell
                                for label, cell in zip(labels + [""] * len(row), row) if cell) + "。"
                group.blocks.append(Block("para", Inline(text), [text]))
        i += 1
    return i + 1


# ------------------------------------------------------------------ stories

def _is_commentary(text: str) -> bool:
    return bool(_rules()[0].match(text))


def _is_container_title(text: str) -> bool:
    _, container, max_chars = _rules()
    return len(text) <= max_chars and bool(container.match(text))


def _is_bullet_story(block: Block) -> bool:
    return block.kind == "item" and (block.inline.lead_link or bool(block.inline.lead_bold))


def _bullet_title(block: Block) -> str:
    inl = block.inline
    if not (inl.lead_bold or inl.lead_link):
        return inl.text  # a plain one-sentence bullet
    if inl.lead_bold:
        return inl.lead_bold.rstrip("：: ")
    # a link lead: the link text is the title
    return inl.link_text or re.split(r"[：:]", inl.text, maxsplit=1)[0].strip()


class _Builder:
    def __init__(self) -> None:
        self.stories: list[Story] = []
        self.current: Story | None = None
        self.section: str | None = None

    def open(self, title: str, url: str | None, kind: str) -> Story:
        story = Story(n=len(self.stories) + 1, title=title.strip(), text="", url=url,
                      section=self.section, kind=kind)
        self.stories.append(story)
        self.current = story
        return story

    def add(self, lines: Iterable[str]) -> None:
        if self.current is None:
            return
        body = "\n".join(line for line in lines if line)
        if body:
            self.current.text = f"{self.current.text}\n{body}" if self.current.text else body

    def bullets(self, blocks: list[Block]) -> None:
        """Blocks under a container: every top-level bullet is a story."""
        for block in blocks:
            if block.kind == "item" and block.lines:
                self.open(_bullet_title(block), block.inline.url, "bullet")
                self.add(block.lines)
            elif self.current is not None and self.current.kind == "bullet":
                self.add(block.lines)


def _segment(groups: list[Group]) -> list[Story]:
    b = _Builder()
    for gi, g in enumerate(groups):
        if g.inline is None or g.level <= 1:
            continue  # text before the first heading; the article title and its intro
        title = g.inline.text
        if _is_commentary(title):
            b.add([title] + [line for blk in g.blocks for line in blk.lines])
            continue
        has_leads = any(blk.kind == "item" for blk in g.blocks)
        paras = [blk for blk in g.blocks if blk.kind == "para"]
        all_linked = len(g.blocks) >= 2 and all(blk.kind == "item" and blk.inline.lead_link
                                                for blk in g.blocks)
        if not g.inline.url and ((_is_container_title(title) and has_leads)
                                 or (not paras and all_linked)):
            b.current = None
            b.bullets(g.blocks)
            continue
        if not g.blocks and not g.inline.url:
            nxt = next((h for h in groups[gi + 1:]
                        if h.inline is not None and not _is_commentary(h.inline.text)), None)
            if nxt is not None and nxt.level > g.level:
                b.section = title
                b.current = None
                continue
        blocks = g.blocks
        subtitles = {k for k in range(len(blocks)) if _is_subtitle(blocks, k)}
        if 0 in subtitles and not g.inline.url:
            b.section, b.current = title, None   # a section whose stories are titled in bold
        else:
            b.open(title, g.inline.url, "heading")
        for k, blk in enumerate(blocks):
            if blk.kind == "para" and blk.inline.bold_only and \
                    _is_container_title(blk.inline.lead_bold or "") and \
                    any(x.kind == "item" for x in blocks[k + 1:]):
                b.bullets(blocks[k + 1:])
                break
            if k in subtitles:
                b.open(blk.inline.lead_bold, None, "heading")
                continue
            b.add(blk.lines)
    return b.stories


def _is_subtitle(blocks: list[Block], k: int) -> bool:
    """True when block ``k`` is a bold paragraph that titles the text after it, a story of its
    own ("**星河科技发布 Nova-7**" then its paragraph): not a label ("性能数据："), a quote,
    a commentary or a container title."""
    blk = blocks[k]
    if blk.kind != "para" or not blk.inline.bold_only or k + 1 >= len(blocks):
        return False
    text = (blk.inline.lead_bold or "").strip()
    after = blocks[k + 1]
    return bool(text) and not text.endswith(("：", ":")) and text[0] not in "\"“「『'‘" \
        and not _is_commentary(text) and not _is_container_title(text) \
        and after.kind == "para" and not after.inline.bold_only


def _intro_story(groups: list[Group], h1: str | None) -> list[Story]:
    """A digest whose body is only its ``#`` title ``h1`` and the paragraphs under it (no heading,
    no list of stories) tells its news there: that text is its one story, titled by ``h1``."""
    lines = [line for g in groups if g.level <= 1 for blk in g.blocks for line in blk.lines]
    if not (h1 or "").strip() or not lines:
        return []
    return [Story(n=1, title=h1.strip(), text="\n".join(lines), url=None, section=None, kind="heading")]


# ------------------------------------------------------------------ digest

def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise DigestError(f"front matter date {value!r} is not a date (YYYY-MM-DD)") from None


def parse_digest(text: str, source: str, path: Path | None = None) -> Article:
    """Parse digest ``text`` (named ``source``) into an Article with its stories.

    Raises :class:`DigestError` on a front matter that is not YAML or a date
    that is not a date; a digest with no stories is returned with none.
    """
    try:
        post = frontmatter.loads(text)
    except Exception as exc:  # yaml.YAMLError and friends
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DigestError(f"front matter is not valid YAML: {first}") from None
    meta = post.metadata or {}
    tokens = _markdown().parse(post.content)
    groups = _groups(tokens)
    h1 = next((g.inline.text for g in groups if g.level == 1 and g.inline), None)
    title = str(meta.get("title") or h1 or Path(source).stem)
    tags = meta.get("tags") or []
    stem = Path(source).stem
    summary = str(meta.get("summary") or "")
    stories = _segment(groups) or _intro_story(groups, h1)
    return Article(
        slug=_slug(stem),
        source=Path(source).name,
        title=title,
        date=_as_date(meta.get("date")),
        summary=summary,
        tags=[str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
        stories=stories + summary_stories(summary, after=len(stories)),
        path=path,
    )


SUMMARY_SECTION = "摘要"


def summary_stories(summary: str, after: int = 0) -> list[Story]:
    """Return one story per line of a front-matter ``summary`` (its bullets state the day's
    facts in headline form), numbered after the body's ``after`` stories, in section 摘要.

    >>> [(s.n, s.title, s.kind) for s in summary_stories("- 星河发布 Nova-7\\n- **北辰**完成融资", after=3)]
    [(4, '星河发布 Nova-7', 'summary'), (5, '北辰完成融资', 'summary')]
    """
    items = []
    for line in summary.splitlines():
        line = _MD_LINK.sub(r"\1", re.sub(r"^\s*(?:[-*•]|\d+[.、])\s*", "", line))
        line = line.replace("**", "").replace("__", "").strip()
        if line:
            items.append(line)
    return [Story(after + i, item, "", section=SUMMARY_SECTION, kind="summary")
            for i, item in enumerate(items, start=1)]


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _slug(stem: str) -> str:
    slug = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-")
    return slug or "digest"


def read_digest(path: str | Path) -> Article:
    """Read and parse the digest file at ``path``.

    Raises :class:`DigestError` whose message starts with the file name.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DigestError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise DigestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return parse_digest(text, path.name, path)
    except DigestError as exc:
        raise DigestError(f"{path}: {exc}") from None


def iter_digest_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the digest files named by ``inputs`` (files, or folders searched for *.md), sorted."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from sorted(x for x in p.rglob("*.md") if x.is_file())
        else:
            yield p
