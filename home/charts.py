"""Line charts drawn on the server as SVG: no JavaScript, nothing fetched, readable by screen readers.

The SVG has a <title> and <desc> (its text alternative) and is labelled by them; the page shows
the same numbers as a table beside it. Every text that reaches the SVG is escaped.
"""

import math
from dataclasses import dataclass

from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

WIDTH, HEIGHT = 640, 320
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 24, 24, 56
LINE_COLOUR = "#005eb8"  # NHS blue
TARGET_COLOUR = "#d5281b"  # NHS red: the standard a wait should stay under
TEXT_COLOUR = "#212b32"
GRID_COLOUR = "#d8dde0"
RTL_CHARACTER_WIDTH = 9  # roughly, for Noto Nastaliq Urdu at 13 px


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


def line_chart_svg(
    points, *, chart_id, title, description, target=None, target_label="", unit="weeks", right_to_left=None
):
    """An accessible SVG line chart of `points` (ChartPoint), with an optional dashed target line.

    Gaps (value None) break the line rather than drawing a zero: no figure is not "0 weeks".

    In a right-to-left language (Urdu; `right_to_left` defaults to the active language's direction) the chart
    is drawn mirrored: time runs from right to left (the earliest point on the right) and the value axis sits
    on the right. The mirroring is in the coordinates, not a CSS flip, which would mirror the text too; the
    SVG says `direction="ltr"` so each anchor means the side it names and digits keep their order.
    """
    if right_to_left is None:
        right_to_left = translation.get_language_bidi()
    # The value axis's side gets the wide margin: its numbers and its rotated name sit there.
    left, right = (MARGIN_RIGHT, MARGIN_LEFT) if right_to_left else (MARGIN_LEFT, MARGIN_RIGHT)
    bottom = MARGIN_BOTTOM
    if right_to_left:
        # Urdu is drawn in a Nastaliq font (static/css/languages.css), wider and taller than Arial: the earliest
        # date hangs right of the plot and every date below it, so both margins grow to fit the longest label.
        hanging = max([len(str(point.label)) for point in points] or [0]) * RTL_CHARACTER_WIDTH * 0.71 + 10
        right = max(right, round(hanging) + 4)
        bottom = max(bottom, round(hanging) + 20)
    plot_width = WIDTH - left - right
    plot_height = HEIGHT - MARGIN_TOP - bottom
    top, step = _axis_top([point.value for point in points], target or 0)

    def x(index):
        share = index / max(len(points) - 1, 1)
        return _number(left + plot_width * (1 - share if right_to_left else share))

    # Numbers are placed as the SVG's direction="ltr" reads anchors. Words (dates like "3 جون 2026", the unit,
    # the target) are set right to left in Urdu, or their parts come out in the wrong order; there an anchor of
    # "end" is the text's left edge: the dates hang down and to the right of their ticks, mirroring English.
    words = mark_safe(' direction="rtl"') if right_to_left else ""  # noqa: S308 (a constant)
    if right_to_left:
        tick_x, tick_anchor, unit_x, label_turn, target_x = WIDTH - right + 8, "start", WIDTH - 14, 45, left
    else:
        tick_x, tick_anchor, unit_x, label_turn, target_x = left - 8, "end", 14, -45, WIDTH - right

    def y(value):
        return _number(MARGIN_TOP + plot_height * (1 - value / top))

    parts = [
        format_html(
            '<svg class="portal-chart" id="{}" role="img" aria-labelledby="{}-title {}-desc" width="100%" '
            'viewBox="0 0 {} {}" xmlns="http://www.w3.org/2000/svg" direction="ltr" '
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
                '<text x="{}" y="{}" text-anchor="{}" fill="{}">{}</text>',
                left,
                WIDTH - right,
                y(tick),
                y(tick),
                GRID_COLOUR,
                tick_x,
                _number(float(y(tick)) + 4),
                tick_anchor,
                TEXT_COLOUR,
                tick,
            )
        )
    parts.append(
        format_html(
            '<text x="{}" y="{}" transform="rotate(-90 {} {})" text-anchor="middle" fill="{}"{}>{}</text>',
            unit_x,
            _number(MARGIN_TOP + plot_height / 2),
            unit_x,
            _number(MARGIN_TOP + plot_height / 2),
            TEXT_COLOUR,
            words,
            unit.capitalize(),
        )
    )
    for index, point in enumerate(points):
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" transform="rotate({} {} {})" fill="{}"{}>{}</text>',
                x(index),
                HEIGHT - bottom + 16,
                label_turn,
                x(index),
                HEIGHT - bottom + 16,
                TEXT_COLOUR,
                words,
                point.label,
            )
        )
    if target is not None:
        parts.append(
            format_html(
                '<g class="portal-chart__target"><line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" '
                'stroke-width="2" stroke-dasharray="8 6"/>'
                '<text x="{}" y="{}" text-anchor="end" fill="{}" font-weight="bold"{}>{}</text></g>',
                left,
                WIDTH - right,
                y(target),
                y(target),
                TARGET_COLOUR,
                target_x,
                _number(float(y(target)) - 6),
                TARGET_COLOUR,
                words,
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
