"""timeline/dates.py: the honest date line of an event."""

import datetime as dt
from types import SimpleNamespace

import pytest

from timeline.dates import describe_event_dates, describe_range

D = dt.date


def dated(**overrides):
    values = {
        "starts_on": D(2026, 2, 3),
        "ends_on": None,
        "end_known": True,
        "precision": "day",
        "time_note": "",
        "status": "held",
        "previous_starts_on": None,
    }
    values.update(overrides)
    return SimpleNamespace(**values)


@pytest.mark.parametrize(
    ("first", "last", "precision", "expected"),
    [
        (D(2026, 2, 3), None, "day", "Feb 3, 2026"),
        (D(2026, 2, 3), D(2026, 2, 3), "day", "Feb 3, 2026"),
        (D(2026, 1, 23), D(2026, 1, 24), "day", "Jan 23–24, 2026"),
        (D(2025, 11, 24), D(2025, 12, 1), "day", "Nov 24 – Dec 1, 2025"),
        (D(2025, 12, 30), D(2026, 1, 2), "day", "Dec 30, 2025 – Jan 2, 2026"),
        (D(2026, 2, 1), None, "month", "February 2026"),
        (D(2026, 1, 1), None, "year", "2026"),
    ],
)
def test_describe_range(first, last, precision, expected):
    assert describe_range(first, last, precision) == expected


def test_time_note_comes_first():
    assert describe_event_dates(dated(time_note="overnight")) == "overnight, Feb 3, 2026"


def test_postponed_names_the_earlier_date():
    event = dated(status="postponed", previous_starts_on=D(2026, 2, 1))
    assert describe_event_dates(event) == "postponed (was Feb 1): Feb 3, 2026"


def test_postponed_without_earlier_date():
    assert describe_event_dates(dated(status="postponed")) == "postponed: Feb 3, 2026"


@pytest.mark.parametrize(
    ("status", "prefix"), [("cancelled", "cancelled: "), ("scheduled", "scheduled: ")]
)
def test_status_prefix(status, prefix):
    assert describe_event_dates(dated(status=status)) == f"{prefix}Feb 3, 2026"


def test_open_or_disputed_end():
    event = dated(end_known=False)
    assert describe_event_dates(event) == "from Feb 3, 2026, end disputed"


def test_month_precision_event():
    event = dated(starts_on=D(2026, 2, 1), precision="month")
    assert describe_event_dates(event) == "February 2026"
