"""Terminal output shared by the commands: aligned tables and stderr messages.

Widths count East Asian wide characters as two columns, so Chinese labels
line up.

>>> print(format_table(["a", "名字"], [["1", "英伟达"]]))
a  名字
-  ------
1  英伟达
"""
from __future__ import annotations

import unicodedata
from typing import Sequence

import click


def display_width(text: str) -> int:
    """Return the number of terminal columns ``text`` takes."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Return ``rows`` under ``headers`` as an aligned plain-text table."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    cells = [[c.replace("\n", " ") for c in r] for r in cells]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells[:1]]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells[1:]]
    return "\n".join(lines)


def error(message: str) -> None:
    """Print one error line to stderr."""
    click.echo(f"error: {message}", err=True)


def info(message: str) -> None:
    """Print one progress or summary line to stderr (data goes to stdout)."""
    click.echo(message, err=True)
