"""The overview above the timeline: a time axis drawn server-side as SVG geometry.

Truces are shaded spans, strikes ticks (tall when they fell inside a truce),
talks and agreements marks; every mark links into the list. The template
``timeline/_overview.html`` draws what ``overview_chart`` returns.
"""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from timeline import selectors
from timeline.filters import TimelineFilters
from timeline.models import Event


def _add_month(day: dt.date, months: int = 1) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


OVERVIEW_WIDTH = 640
OVERVIEW_MARGIN = 8
LANE_MARKS = 18  # talks and agreements
LANE_TICKS = (34, 54)  # strikes
BAND = (4, 58)  # truces, and strikes that fell in one
AXIS_Y = 62
OVERVIEW_NOUNS = {
    Event.Kind.TALKS: ("round of talks", "rounds of talks"),
    Event.Kind.AGREEMENT: ("agreement", "agreements"),
    Event.Kind.STRIKE: ("strike", "strikes"),
    Event.Kind.TRUCE: ("truce", "truces"),
}


def _timeline_link(filters: TimelineFilters, **changes) -> str:
    return f"{reverse('timeline:timeline')}?{filters.query(**changes)}"


def overview_chart(events: list[Event], filters: TimelineFilters) -> dict | None:
    """A time axis over the filtered period, as geometry for an inline SVG.

    Truces are shaded spans (an end that is not known runs to the edge), strikes
    are ticks (full height, and listed, when they fell inside a truce), talks
    and agreements are marks. Each mark links to the list opened at that event;
    a truce links to the list filtered to its days.
    """
    if not events:
        return None
    first = filters.first or min(event.starts_on for event in events)
    last = filters.last or max(event.last_day for event in events)
    if (last - first).days < 13:  # a couple of weeks at least, centred on the events
        pad = dt.timedelta(days=(13 - (last - first).days) // 2 + 1)
        first, last = first - pad, last + pad
    days = (last - first).days + 1
    inner = OVERVIEW_WIDTH - 2 * OVERVIEW_MARGIN
    scale = inner / days

    def x(day: dt.date) -> float:
        day = min(max(day, first), last + dt.timedelta(days=1))
        return round(OVERVIEW_MARGIN + (day - first).days * scale, 1)

    truces = [event for event in events if event.kind == Event.Kind.TRUCE]
    spans, ticks, marks = [], [], []
    for truce in truces:
        open_end = truce.ends_on is None and not truce.end_known
        end = last if open_end else truce.last_day
        left, right = x(truce.starts_on), x(end + dt.timedelta(days=1))
        spans.append(
            {
                "event": truce,
                "x": left,
                "width": max(round(right - left, 1), 2),
                "open_end": open_end,
                "strikes": [],
                "href": _timeline_link(
                    filters,
                    **{
                        "from": truce.starts_on.isoformat(),
                        "to": None if open_end else end.isoformat(),
                    },
                ),
            }
        )
    in_truce = 0
    for event in events:
        href = _timeline_link(filters, at=event.pk) + f"#event-{event.pk}"
        if event.kind == Event.Kind.STRIKE:
            covering = [
                span for span in spans if selectors.truce_covers(span["event"], event.starts_on)
            ]
            for span in covering:
                span["strikes"].append(event)
            in_truce += bool(covering)
            centre = round(x(event.starts_on) + scale / 2, 1)
            top, bottom = (BAND[0] + 2, BAND[1] - 2) if covering else LANE_TICKS
            ticks.append(
                {
                    "event": event,
                    "x": centre,
                    "y1": top,
                    "y2": bottom,
                    "in_truce": bool(covering),
                    "href": href,
                }
            )
        elif event.kind in (Event.Kind.TALKS, Event.Kind.AGREEMENT):
            left = x(event.starts_on)
            width = max(round(x(event.last_day + dt.timedelta(days=1)) - left, 1), 10)
            centre = round(left + scale / 2, 1)
            marks.append(
                {
                    "event": event,
                    "x": round(min(left, OVERVIEW_WIDTH - width), 1),
                    "width": width,
                    "cx": centre,
                    "diamond": (
                        f"{centre},{LANE_MARKS - 7} {centre + 7},{LANE_MARKS} "
                        f"{centre},{LANE_MARKS + 7} {centre - 7},{LANE_MARKS}"
                    ),
                    "href": href,
                }
            )
    months = []
    month = first.replace(day=1)
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    step = max(1, -(-count // 8))  # at most about eight labels
    index = 0
    while month <= last:
        if month >= first and index % step == 0:
            label = f"{month:%b %Y}" if (month.month == 1 or not months) else f"{month:%b}"
            months.append({"x": x(month), "label": label})
        month = _add_month(month)
        index += 1
    if not months or months[0]["x"] - OVERVIEW_MARGIN > 70:  # label where the axis starts
        months.insert(0, {"x": OVERVIEW_MARGIN, "label": f"{first:%b} {first.day}, {first.year}"})
    kinds = {kind: 0 for kind in selectors.OVERVIEW_KINDS}
    for event in events:
        kinds[event.kind] += 1
    counts = [f"{n} {OVERVIEW_NOUNS[kind][n != 1]}" for kind, n in kinds.items() if n]
    return {
        "width": OVERVIEW_WIDTH,
        "height": AXIS_Y + 16,
        "axis_y": AXIS_Y,
        "label_y": AXIS_Y + 13,
        "band_y": BAND[0],
        "band_height": BAND[1] - BAND[0],
        "lane_y": LANE_MARKS - 5,
        "lane_cy": LANE_MARKS,
        "first": first,
        "last": last,
        "truces": spans,
        "strikes": ticks,
        "marks": marks,
        "months": months,
        "counts": counts,
        "strikes_in_truce": in_truce,
        "capped": len(events) >= selectors.OVERVIEW_LIMIT,
        "limit": selectors.OVERVIEW_LIMIT,
    }
