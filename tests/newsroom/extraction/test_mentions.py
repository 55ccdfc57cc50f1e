"""Highlighted mentions cover exactly the words they name (the review screen marks them)."""

import datetime as dt

from newsroom.extraction import find_mentions, load_gazetteer

TEXT = (
    "Ceasefire talks end in Geneva\n\n"
    "2 min read\n\n"
    "Negotiators from Ukraine, Russia and the United States wrapped up two days of "
    "talks in Abu Dhabi on Feb. 5, Ukrainian delegation head Rustem Umerov said.\n\n"
    "Russia launched drones against Ukraine overnight on Feb. 3.\n\n"
    "Special envoy Steve Witkoff said a further round could take place later in February.\n\n"
    "Our staff write about diplomacy; the desk was founded in 2019."
)


def mentions_of(kind: str) -> list[str]:
    found = find_mentions(
        TEXT, published=dt.date(2026, 2, 6), language="en", gazetteer=load_gazetteer()
    )
    return [TEXT[m.start : m.end] for m in found if m.kind == kind]


def test_date_mentions_cover_the_date_words():
    dates = mentions_of("date")
    assert any(d.endswith("Feb. 5") for d in dates), dates
    assert any(d.endswith("Feb. 3") for d in dates), dates
    assert any("February" in d for d in dates), dates
    assert all("Ukraine" not in d and "talk" not in d for d in dates), dates


def test_reading_time_is_not_a_date_mention():
    assert all("min" not in d for d in mentions_of("date"))


def test_actor_and_place_mentions_are_exact():
    assert "Rustem Umerov" in mentions_of("actor")
    assert "Abu Dhabi" in mentions_of("place")


def test_a_week_is_highlighted_as_an_iso_week(gazetteer) -> None:
    from newsroom.extraction import find_mentions

    text = "The envoys met last week in Doha."
    dates = [
        m for m in find_mentions(text, dt.date(2031, 6, 20), "en", gazetteer) if m.kind == "date"
    ]
    assert [(text[m.start : m.end], m.label) for m in dates] == [("last week", "2031-W24")]


def test_a_day_after_until_is_highlighted_with_its_number(gazetteer) -> None:
    text = "The truce held until Feb. 1, officials said. It lasts until 1 February."
    dates = [
        m for m in find_mentions(text, dt.date(2031, 2, 5), "en", gazetteer) if m.kind == "date"
    ]
    assert [text[m.start : m.end] for m in dates] == ["Feb. 1", "1 February"]
