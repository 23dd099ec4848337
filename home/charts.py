"""Line charts drawn on the server as SVG: no JavaScript, nothing fetched, readable by screen readers.

The SVG has a <title> and <desc> (its text alternative) and is labelled by them; the page shows
the same numbers as a table beside it. Every text that reaches the SVG is escaped.
"""

import math
from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import mark_safe

WIDTH, HEIGHT = 640, 320
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 24, 24, 56
LINE_COLOUR = "#005eb8"  # NHS blue
TARGET_COLOUR = "#d5281b"  # NHS red: the standard a wait should stay under
TEXT_COLOUR = "#212b32"
GRID_COLOUR = "#d8dde0"


@dataclass(frozen=True)
class ChartPoint:
    label: str
    value: int | None
    # Where a bar chart has no value to draw: why (for example "fewer than 5"), instead of its hidden_label.
    note: str = ""


def _axis_top(values, target):
    """A round number above the highest value and the target line, so neither touches the top."""
    highest = max([target, *[value for value in values if value is not None]])
    step = 10 if highest > 30 else 5
    return max(step, math.ceil((highest + 1) / step) * step), step


def line_chart_svg(points, *, chart_id, title, description, target=None, target_label="", unit="weeks"):
    """An accessible SVG line chart of `points` (ChartPoint), with an optional dashed target line.

    Gaps (value None) break the line rather than drawing a zero: no figure is not "0 weeks".
    """
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    top, step = _axis_top([point.value for point in points], target or 0)

    def x(index):
        return _number(MARGIN_LEFT + (plot_width * index / max(len(points) - 1, 1)))

    def y(value):
        return _number(MARGIN_TOP + plot_height * (1 - value / top))

    parts = [
        format_html(
            '<svg class="portal-chart" id="{}" role="img" aria-labelledby="{}-title {}-desc" width="100%" '
            'viewBox="0 0 {} {}" xmlns="http://www.w3.org/2000/svg" '
            'font-family="Frutiger W01, Arial, sans-serif" font-size="13">',
            chart_id,
            chart_id,
            chart_id,
            WIDTH,
            HEIGHT,
        ),
        format_html('<title id="{}-title">{}</title>', chart_id, title),
        format_html('<desc id="{}-desc">{}</desc>', chart_id, description),
    ]
    for tick in range(0, top + 1, step):
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>',
                MARGIN_LEFT,
                WIDTH - MARGIN_RIGHT,
                y(tick),
                y(tick),
                GRID_COLOUR,
                MARGIN_LEFT - 8,
                _number(float(y(tick)) + 4),
                TEXT_COLOUR,
                tick,
            )
        )
    parts.append(
        format_html(
            '<text x="14" y="{}" transform="rotate(-90 14 {})" text-anchor="middle" fill="{}">{}</text>',
            _number(MARGIN_TOP + plot_height / 2),
            _number(MARGIN_TOP + plot_height / 2),
            TEXT_COLOUR,
            unit.capitalize(),
        )
    )
    for index, point in enumerate(points):
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" transform="rotate(-45 {} {})" fill="{}">{}</text>',
                x(index),
                HEIGHT - MARGIN_BOTTOM + 16,
                x(index),
                HEIGHT - MARGIN_BOTTOM + 16,
                TEXT_COLOUR,
                point.label,
            )
        )
    if target is not None:
        parts.append(
            format_html(
                '<g class="portal-chart__target"><line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" '
                'stroke-width="2" stroke-dasharray="8 6"/>'
                '<text x="{}" y="{}" text-anchor="end" fill="{}" font-weight="bold">{}</text></g>',
                MARGIN_LEFT,
                WIDTH - MARGIN_RIGHT,
                y(target),
                y(target),
                TARGET_COLOUR,
                WIDTH - MARGIN_RIGHT,
                _number(float(y(target)) - 6),
                TARGET_COLOUR,
                target_label,
            )
        )
    segments, current = [], []
    for index, point in enumerate(points):
        if point.value is None:
            if current:
                segments.append(current)
            current = []
            continue
        current.append(f"{x(index)},{y(point.value)}")
    if current:
        segments.append(current)
    for segment in segments:
        parts.append(
            format_html(
                '<polyline points="{}" fill="none" stroke="{}" stroke-width="3" stroke-linejoin="round"/>',
                " ".join(segment),
                LINE_COLOUR,
            )
        )
    for index, point in enumerate(points):
        if point.value is not None:
            parts.append(
                format_html(
                    '<circle cx="{}" cy="{}" r="4" fill="{}" data-label="{}" data-value="{}"/>',
                    x(index),
                    y(point.value),
                    LINE_COLOUR,
                    point.label,
                    point.value,
                )
            )
    parts.append(mark_safe("</svg>"))  # noqa: S308 (a constant closing tag)
    # Every part came from format_html, which escaped what it was given.
    return mark_safe("".join(parts))  # noqa: S308


def _number(value):
    """SVG coordinates to one decimal place: exact enough, and stable for tests."""
    return f"{value:.1f}"


BAR_WIDTH = 720
BAR_LONGEST_LABEL = 380  # "Speak to your GP or health visitor within days" fits
BAR_FONT_SIZE = 14
BAR_CHARACTER_WIDTH = 7.4  # roughly, for Arial at 14 px: enough to leave room for the longest label
BAR_VALUE_WIDTH = 100  # room for the value, or "fewer than 5", after the longest bar
BAR_ROW_HEIGHT = 30
BAR_TOP, BAR_BOTTOM = 8, 40


def _bar_scale(values):
    """A round top above the highest value, with a step of 1, 2 or 5 times a power of ten: at most 5 steps."""
    highest = max([0, *values])
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            top = (highest // step + 1) * step
            if top // step <= 5:
                return top, step
        magnitude *= 10


def bar_chart_svg(points, *, chart_id, title, description, unit="", top=None, hidden_label="fewer than 5"):
    """An accessible horizontal bar chart of `points` (ChartPoint), one row each, with the value at each bar's end.

    A value of None is a hidden figure (a small number): no bar, and `hidden_label` where its value would be,
    never a zero. `top` fixes the scale (100 for percentages); otherwise a round number above the highest value.
    """
    values = [point.value for point in points if point.value is not None]
    if top is None:
        top, step = _bar_scale(values)
    else:
        step = max(top // 5, 1)
    longest = max([len(str(point.label)) for point in points] or [0])
    plot_left = round(min(max(60, longest * BAR_CHARACTER_WIDTH + 12), BAR_LONGEST_LABEL))
    plot_width = BAR_WIDTH - plot_left - BAR_VALUE_WIDTH
    plot_height = BAR_ROW_HEIGHT * max(len(points), 1)
    height = BAR_TOP + plot_height + BAR_BOTTOM
    suffix = "%" if unit == "%" else ""

    def x(value):
        return _number(plot_left + plot_width * min(value, top) / top)

    parts = [
        format_html(
            '<svg class="portal-chart portal-chart--bars" id="{}" role="img" aria-labelledby="{}-title {}-desc" '
            'width="100%" viewBox="0 0 {} {}" xmlns="http://www.w3.org/2000/svg" '
            'font-family="Frutiger W01, Arial, sans-serif" font-size="{}">',
            chart_id,
            chart_id,
            chart_id,
            BAR_WIDTH,
            height,
            BAR_FONT_SIZE,
        ),
        format_html('<title id="{}-title">{}</title>', chart_id, title),
        format_html('<desc id="{}-desc">{}</desc>', chart_id, description),
    ]
    for tick in range(0, top + 1, step):
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>'
                '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}{}</text>',
                x(tick),
                x(tick),
                BAR_TOP,
                BAR_TOP + plot_height,
                GRID_COLOUR,
                x(tick),
                BAR_TOP + plot_height + 18,
                TEXT_COLOUR,
                f"{tick:,}",
                suffix,
            )
        )
    if unit and unit != "%":
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>',
                _number(plot_left + plot_width / 2),
                height - 2,
                TEXT_COLOUR,
                unit.capitalize(),
            )
        )
    for index, point in enumerate(points):
        middle = BAR_TOP + BAR_ROW_HEIGHT * index + BAR_ROW_HEIGHT / 2
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>',
                plot_left - 8,
                _number(middle + 4),
                TEXT_COLOUR,
                point.label,
            )
        )
        if point.value is None:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" fill="{}" font-style="italic">{}</text>',
                    plot_left + 6,
                    _number(middle + 4),
                    TEXT_COLOUR,
                    point.note or hidden_label,
                )
            )
            continue
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" data-label="{}" data-value="{}"/>'
                '<text x="{}" y="{}" fill="{}">{}{}</text>',
                plot_left,
                _number(middle - BAR_ROW_HEIGHT * 0.35),
                _number(float(x(point.value)) - plot_left),
                _number(BAR_ROW_HEIGHT * 0.7),
                LINE_COLOUR,
                point.label,
                point.value,
                _number(float(x(point.value)) + 6),
                _number(middle + 4),
                TEXT_COLOUR,
                f"{point.value:,}",
                suffix,
            )
        )
    parts.append(mark_safe("</svg>"))  # noqa: S308 (a constant closing tag)
    # Every part came from format_html, which escaped what it was given.
    return mark_safe("".join(parts))  # noqa: S308
