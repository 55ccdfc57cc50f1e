"""Honest, human dates: "Jan 23–24, 2026", "February 2026", "overnight, Feb 3, 2026"."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class DatedEvent(Protocol):
    starts_on: dt.date
    ends_on: dt.date | None
    end_known: bool
    precision: str
    time_note: str
    status: str
    previous_starts_on: dt.date | None


def _day(d: dt.date) -> str:
    return f"{d:%b} {d.day}"


def describe_range(first: dt.date, last: dt.date | None, precision: str = "day") -> str:
    """The span of days as a reader would write it."""
    if precision == "year":
        return f"{first.year}"
    if precision == "month":
        return f"{first:%B %Y}"
    if last is None or last == first:
        return f"{_day(first)}, {first.year}"
    if first.year != last.year:
        return f"{_day(first)}, {first.year} – {_day(last)}, {last.year}"
    if first.month != last.month:
        return f"{_day(first)} – {_day(last)}, {first.year}"
    return f"{first:%b} {first.day}–{last.day}, {first.year}"


def describe_event_dates(event: DatedEvent) -> str:
    """The date line of an event, with its status and what is not known."""
    if not event.end_known and event.ends_on is None:
        text = f"from {describe_range(event.starts_on, None, event.precision)}, end disputed"
    else:
        text = describe_range(event.starts_on, event.ends_on, event.precision)
    if event.time_note:
        text = f"{event.time_note}, {text}"
    if event.status == "postponed":
        was = f" (was {_day(event.previous_starts_on)})" if event.previous_starts_on else ""
        text = f"postponed{was}: {text}"
    elif event.status == "cancelled":
        text = f"cancelled: {text}"
    elif event.status == "scheduled":
        text = f"scheduled: {text}"
    return text
