"""Charts as inline SVG text: bar chart, line chart, heat map.

Hand-written SVG, so the report page needs no plotting library, no font
files and no network: the browser draws the text with its own fonts
(Chinese labels included). Every label is HTML-escaped, so text from the
news cannot inject markup.

>>> "&lt;b&gt;" in bar_chart([("<b>", 3)])
True
"""
from __future__ import annotations

import unicodedata
from html import escape

_FONT = 12
_BAR = "#4878a8"
_LINE = "#c8553d"


def _text_px(text: str) -> int:
    """Return a rough pixel width of ``text`` at the chart font size (wide characters count double)."""
    columns = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return int(columns * _FONT * 0.6) + 4


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
            f'font-family="sans-serif" font-size="{_FONT}">'
            f"<title>{escape(title)}</title>" + "".join(body) + "</svg>")


def bar_chart(items: list[tuple[str, float]], title: str = "", width: int = 640) -> str:
    """Return a horizontal bar chart of ``(label, value)`` pairs as SVG text, one bar per pair, in order.

    >>> bar_chart([]).startswith("<svg")
    True
    """
    row, pad = 22, 6
    label_w = min(260, max([_text_px(lbl) for lbl, _ in items] + [40]))
    top = max((v for _, v in items), default=0) or 1
    bar_w = width - label_w - 60
    body = []
    for i, (lbl, v) in enumerate(items):
        y = pad + i * row
        w = max(1, round(bar_w * v / top)) if v else 0
        body.append(f'<text x="{label_w - 4}" y="{y + 15}" text-anchor="end">{escape(str(lbl))}</text>'
                    f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}" fill="{_BAR}">'
                    f"<title>{escape(str(lbl))}: {escape(_num(v))}</title></rect>"
                    f'<text x="{label_w + w + 4}" y="{y + 15}">{escape(_num(v))}</text>')
    return _svg(width, pad * 2 + row * max(1, len(items)), body, title)


def line_chart(points: list[tuple[str, float]], title: str = "", width: int = 640,
               height: int = 240) -> str:
    """Return a line chart of ``(x label, value)`` points as SVG text, x labels evenly spaced.

    At most about eight x labels are written; every point has a tooltip.

    >>> "<polyline" in line_chart([("2026-01", 1), ("2026-02", 3)])
    True
    """
    left, right, top_pad, bottom = 44, 16, 12, 40
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = max((v for _, v in points), default=0) or 1
    n = len(points)
    xs = [left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2) for i in range(n)]
    ys = [top_pad + plot_h - plot_h * v / top for _, v in points]
    body = [f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" y2="{top_pad + plot_h}" stroke="#888"/>',
            f'<line x1="{left}" y1="{top_pad}" x2="{left}" y2="{top_pad + plot_h}" stroke="#888"/>',
            f'<text x="{left - 4}" y="{top_pad + 4}" text-anchor="end">{escape(_num(top))}</text>',
            f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end">0</text>']
    if n:
        coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys))
        body.append(f'<polyline points="{coords}" fill="none" stroke="{_LINE}" stroke-width="2"/>')
    step = max(1, -(-n // 8))
    for i, ((lbl, v), x, y) in enumerate(zip(points, xs, ys)):
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{_LINE}">'
                    f"<title>{escape(str(lbl))}: {escape(_num(v))}</title></circle>")
        if (n - 1 - i) % step == 0:  # evenly spaced, counted back from the last month
            anchor = "end" if i == n - 1 and n > 1 else "start" if i == 0 and n > 1 else "middle"
            body.append(f'<text x="{x:.1f}" y="{top_pad + plot_h + 16}" text-anchor="{anchor}">'
                        f"{escape(str(lbl))}</text>")
    return _svg(width, height, body, title)


def heat_map(rows: list[str], columns: list[str], counts: list[list[float]], title: str = "") -> str:
    """Return a heat map as SVG text: one cell per (row, column), darker for larger ``counts[i][j]``.

    Column labels are written at an angle above the cells; empty cells are
    pale grey, and every cell has a tooltip.

    >>> heat_map(["GLM-5"], ["H100"], [[2]]).count("<rect")
    1
    """
    cell = 22
    label_w = min(240, max([_text_px(r) for r in rows] + [40]))
    head_h = min(160, max([int(_text_px(c) * 0.72) for c in columns] + [30])) + 8
    top = max((v for r in counts for v in r), default=0) or 1
    width = label_w + cell * len(columns) + 120
    height = head_h + cell * len(rows) + 8
    body = []
    for j, col in enumerate(columns):
        x = label_w + j * cell + cell / 2
        body.append(f'<text transform="translate({x:.1f},{head_h - 4}) rotate(-45)">{escape(col)}</text>')
    for i, row_label in enumerate(rows):
        y = head_h + i * cell
        body.append(f'<text x="{label_w - 4}" y="{y + 15}" text-anchor="end">{escape(row_label)}</text>')
        for j, col in enumerate(columns):
            v = counts[i][j]
            shade = f"rgba(72,120,168,{0.2 + 0.8 * v / top:.2f})" if v else "#f0f0f0"
            body.append(f'<rect x="{label_w + j * cell}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                        f'fill="{shade}"><title>{escape(row_label)} → {escape(col)}: {escape(_num(v))}'
                        "</title></rect>")
            if v:
                ink = "#fff" if v / top > 0.5 else "#123"
                body.append(f'<text x="{label_w + j * cell + (cell - 2) / 2:.1f}" y="{y + 15}" '
                            f'text-anchor="middle" font-size="10" fill="{ink}">{escape(_num(v))}</text>')
    return _svg(width, height, body, title)


def _num(v: float) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)
