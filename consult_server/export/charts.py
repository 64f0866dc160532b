"""Inline SVG bar charts for the self-contained report.

No JavaScript, fonts or images: the report must open from a USB stick, print to PDF
and pass a screen reader. Each chart is ``role="img"`` with a ``<title>`` and a
``<desc>`` that states every value in words, and the same numbers are always in a
table next to it, so the chart is never the only way to read them. Suppressed cells
("fewer than 5") are drawn with no bar and the words instead of a number.
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Sequence

_ids = itertools.count(1)

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 170
BAR_WIDTH = 360
VALUE_WIDTH = 110


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def bar_chart(
    title: str, items: Sequence[tuple[str, int | None]], *, unit: str = "", suppressed_text: str = "fewer than 5"
) -> str:
    """Horizontal bars; ``None`` values are suppressed cells and get no bar."""
    uid = f"chart{next(_ids)}"
    if not items:
        return ""
    biggest = max((v for _label, v in items if v), default=0) or 1
    height = len(items) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    words = "; ".join(
        f"{label}: {suppressed_text if value is None else value}{(' ' + unit) if unit and value is not None else ''}"
        for label, value in items
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{uid}-t {uid}-d" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px" class="chart">',
        f'<title id="{uid}-t">{_e(title)}</title><desc id="{uid}-d">{_e(words)}</desc>',
    ]
    for i, (label, value) in enumerate(items):
        y = GAP + i * (BAR_HEIGHT + GAP)
        text_y = y + BAR_HEIGHT * 0.7
        short = label if len(label) <= 26 else label[:25] + "…"
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{text_y:.1f}" text-anchor="end" class="lbl">{_e(short)}</text>')
        if value is None:
            parts.append(f'<text x="{LABEL_WIDTH + 4}" y="{text_y:.1f}" class="val sup">{_e(suppressed_text)}</text>')
            continue
        w = max(1.0, BAR_WIDTH * value / biggest) if value else 0.0
        parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" class="bar"/>')
        parts.append(f'<text x="{LABEL_WIDTH + w + 6:.1f}" y="{text_y:.1f}" class="val">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def column_chart(title: str, items: Sequence[tuple[str, int]], *, max_labels: int = 12) -> str:
    """Vertical columns for time series (messages per hour); labels thinned when many."""
    uid = f"chart{next(_ids)}"
    if not items:
        return ""
    n = len(items)
    col = max(6, min(40, 720 // n))
    width = max(320, n * col + 60)
    plot_h = 160
    top = 22  # room for the "max" label above the tallest column
    height = plot_h + top + 60
    biggest = max(v for _l, v in items) or 1
    step = max(1, math.ceil(n / max_labels))
    words = "; ".join(f"{label}: {value}" for label, value in items)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{uid}-t {uid}-d" '
        f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px" class="chart">',
        f'<title id="{uid}-t">{_e(title)}</title><desc id="{uid}-d">{_e(words)}</desc>',
        f'<text x="4" y="14" class="val">highest: {biggest} messages</text>',
        f'<line x1="40" y1="{top + plot_h}" x2="{width - 10}" y2="{top + plot_h}" class="axis"/>',
    ]
    for i, (label, value) in enumerate(items):
        x = 40 + i * col
        bar_h = plot_h * value / biggest
        parts.append(
            f'<rect x="{x + 1}" y="{top + plot_h - bar_h:.1f}" width="{col - 2}" height="{bar_h:.1f}" '
            f'class="bar"><title>{_e(label)}: {value}</title></rect>'
        )
        if i % step == 0:
            parts.append(
                f'<text x="{x + col / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" class="tick">'
                f"{_e(label[-5:])}</text>"
            )
    first, last = items[0][0], items[-1][0]
    parts.append(f'<text x="40" y="{top + plot_h + 36}" class="tick">{_e(first)} – {_e(last)}</text>')
    parts.append("</svg>")
    return "".join(parts)
