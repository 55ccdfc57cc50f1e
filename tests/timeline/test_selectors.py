"""timeline/selectors.py: filtered lists, keyset pages, date headings, search."""

import datetime as dt

import pytest
from django.db import connection
from django.http import QueryDict

from tests.factories import (
    ActorFactory,
    CitationFactory,
    EventFactory,
    ParticipationFactory,
    ProcessFactory,
)
from timeline import selectors
from timeline.filters import parse_timeline_filters
from timeline.models import Event

D = dt.date
pytestmark = pytest.mark.django_db


def page(query: str = "", **kwargs):
    return selectors.timeline_page(parse_timeline_filters(QueryDict(query)), **kwargs)


def titles(result) -> list[str]:
    return [event.title for event in result.events]


def test_only_published_events():
    EventFactory(title="Shown")
    EventFactory(title="Draft", published=False)
    EventFactory(title="Withdrawn", withdrawn_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
    target = EventFactory(title="Target")
    EventFactory(title="Merged", merged_into=target)
    assert sorted(titles(page())) == ["Shown", "Target"]


def test_newest_first_then_oldest_first():
    EventFactory(title="a", starts_on=D(2026, 1, 5))
    EventFactory(title="b", starts_on=D(2026, 2, 5))
    EventFactory(title="c", starts_on=D(2026, 2, 5))
    assert titles(page()) == ["c", "b", "a"]
    assert titles(page("order=oldest")) == ["a", "b", "c"]


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_keyset_pages_cover_every_event_once(order):
    for index in range(7):
        EventFactory(title=f"e{index}", starts_on=D(2026, 1, 1 + index // 2))
    seen, query = [], f"order={order}"
    while True:
        result = page(query, page_size=3)
        seen.extend(titles(result))
        if not result.next_cursor:
            break
        query = f"order={order}&cursor={result.next_cursor.sign()}"
    assert sorted(seen) == [f"e{i}" for i in range(7)]
    assert len(seen) == 7
    expected = [
        e.title
        for e in Event.objects.order_by(
            *(("-starts_on", "-id") if order == "newest" else ("starts_on", "id"))
        )
    ]
    assert seen == expected


def test_last_page_has_no_cursor():
    EventFactory.create_batch(3)
    assert page(page_size=3).next_cursor is None
    assert page(page_size=2).next_cursor is not None


def test_filter_by_process_kind_actor_place():
    process = ProcessFactory()
    talks = EventFactory(process=process, kind="talks", title="talks")
    EventFactory(process=process, kind="strike", title="strike")
    EventFactory(kind="talks", title="elsewhere")
    assert titles(page(f"process={process.slug}&kind=talks")) == ["talks"]
    actor = ActorFactory()
    ParticipationFactory(event=talks, actor=actor, role="delegate")
    ParticipationFactory(event=talks, actor=actor, role="speaker")  # two roles, one row
    assert titles(page(f"actor={actor.slug}")) == ["talks"]
    assert titles(page(f"place={talks.place.slug}")) == ["talks"]


def test_date_range_matches_overlapping_events():
    EventFactory(title="inside", starts_on=D(2026, 2, 10))
    EventFactory(title="spans in", starts_on=D(2026, 1, 30), ends_on=D(2026, 2, 2))
    EventFactory(title="spans out", starts_on=D(2026, 2, 27), ends_on=D(2026, 3, 3))
    EventFactory(title="before", starts_on=D(2026, 1, 20), ends_on=D(2026, 1, 31))
    EventFactory(title="after", starts_on=D(2026, 3, 1))
    assert sorted(titles(page("from=2026-02&to=Feb+2026"))) == ["inside", "spans in", "spans out"]


def test_search_words_casefolded_and_accent_free():
    EventFactory(title="Talks in Genève", summary="Umerov met Witkoff")
    EventFactory(title="Переговоры в Стамбуле", summary="")
    EventFactory(title="Strike on Kharkiv", summary="")
    assert titles(page("q=geneve+UMEROV")) == ["Talks in Genève"]
    assert titles(page("q=ПЕРЕГОВОРЫ")) == ["Переговоры в Стамбуле"]
    assert titles(page("q=geneve+kharkiv")) == []


def test_at_opens_the_list_at_that_event():
    events = [EventFactory(starts_on=D(2026, 1, 1 + i)) for i in range(5)]
    result = page(f"at={events[2].pk}")
    assert [e.pk for e in result.events] == [events[2].pk, events[1].pk, events[0].pk]
    assert result.at == events[2].pk


def test_at_outside_the_list_is_refused():
    from timeline.filters import BadFilter

    other = EventFactory(kind="strike")
    with pytest.raises(BadFilter):
        page(f"kind=talks&at={other.pk}")


def test_group_headings():
    EventFactory(starts_on=D(2026, 2, 4), title="d1")
    EventFactory(starts_on=D(2026, 2, 4), title="d2")
    EventFactory(starts_on=D(2026, 2, 1), precision="month", title="m")
    EventFactory(starts_on=D(2025, 12, 28), title="old")
    groups = page().groups
    assert [(g.year, g.month, g.day) for g in groups] == [
        ("2026", "February 2026", "Wednesday, February 4, 2026"),
        (None, None, None),
        ("2025", "December 2025", "Sunday, December 28, 2025"),
    ]
    assert [e.title for e in groups[0].events] == ["d2", "d1"]
    assert [e.title for e in groups[1].events] == ["m"]


def test_next_page_does_not_repeat_headings():
    EventFactory(starts_on=D(2026, 2, 4))
    EventFactory(starts_on=D(2026, 2, 4))
    first = page(page_size=1)
    second = page(f"cursor={first.next_cursor.sign()}", page_size=1)
    assert (second.groups[0].year, second.groups[0].month, second.groups[0].day) == (
        None,
        None,
        None,
    )


def test_neighbours_in_process():
    process = ProcessFactory()
    before = EventFactory(process=process, starts_on=D(2026, 1, 1))
    event = EventFactory(process=process, starts_on=D(2026, 1, 2))
    after = EventFactory(process=process, starts_on=D(2026, 1, 3))
    EventFactory(starts_on=D(2026, 1, 2))  # another process
    assert selectors.neighbours(event) == ([before], [after])


def test_overview_events_are_the_drawn_kinds_of_the_filtered_list_oldest_first():
    process = ProcessFactory(slug="gaza")
    talks = EventFactory(process=process, starts_on=D(2026, 1, 5), kind="talks")
    truce = EventFactory(process=process, starts_on=D(2026, 1, 2), kind="truce")
    EventFactory(process=process, starts_on=D(2026, 1, 6), kind="statement")
    EventFactory(starts_on=D(2026, 1, 6), kind="strike")  # another process
    rows = selectors.overview_events(parse_timeline_filters(QueryDict("process=gaza")))
    assert rows == [truce, talks]


@pytest.mark.parametrize(
    ("ends_on", "end_known", "day", "covered"),
    [
        (D(2026, 1, 12), True, D(2026, 1, 12), True),
        (D(2026, 1, 12), True, D(2026, 1, 13), False),
        (None, True, D(2026, 1, 10), True),  # a one-day truce
        (None, True, D(2026, 1, 11), False),
        (None, False, D(2026, 6, 1), True),  # end disputed: still open
        (None, False, D(2026, 1, 9), False),
    ],
)
def test_truce_covers(ends_on, end_known, day, covered):
    truce = Event(kind="truce", starts_on=D(2026, 1, 10), ends_on=ends_on, end_known=end_known)
    assert selectors.truce_covers(truce, day) is covered


@pytest.mark.parametrize("order", ["newest", "oldest"])
@pytest.mark.parametrize("where", ["before", "on-the-cursor-day", "after"])
def test_keyset_pages_survive_events_added_between_pages(order, where):
    """Events published between page 1 and page 2 cause no duplicate and no gap."""
    originals = [EventFactory(title=f"e{i}", starts_on=D(2026, 1, 1 + i // 2)) for i in range(8)]
    first = page(f"order={order}", page_size=4)
    cursor_day = first.events[-1].starts_on
    new_day = {
        "before": cursor_day - dt.timedelta(days=1),
        "on-the-cursor-day": cursor_day,
        "after": cursor_day + dt.timedelta(days=1),
    }[where]
    # New rows on both sides of the cursor, and on its day (with higher ids).
    for index in range(3):
        EventFactory(title=f"new{index}", starts_on=new_day)
    EventFactory(title="new-early", starts_on=D(2025, 12, 1))
    EventFactory(title="new-late", starts_on=D(2026, 3, 1))
    seen = titles(first)
    query = f"order={order}&cursor={first.next_cursor.sign()}"
    while True:
        result = page(query, page_size=4)
        seen.extend(titles(result))
        if not result.next_cursor:
            break
        query = f"order={order}&cursor={result.next_cursor.sign()}"
    assert len(seen) == len(set(seen)), "a row was shown twice"
    original_titles = [event.title for event in originals]
    shown_originals = [title for title in seen if title in original_titles]

    expected = sorted(originals, key=lambda e: (e.starts_on, e.pk), reverse=order == "newest")
    assert shown_originals == [event.title for event in expected]


def test_a_word_only_in_a_citation_quote_finds_the_event():
    """Both databases: SQLite's folded column and PostgreSQL's GIN-indexed tsvector."""
    from timeline.services import citation_add

    event = EventFactory(title="Round in Abu Dhabi", summary="Delegations met.")
    EventFactory(title="Other round", summary="Delegations met.")
    citation_add(
        event=event,
        url="https://news.example/a",
        title="Story",
        publisher="Example News",
        published_on=D(2026, 2, 4),
        quote="The talks were “KONSTRUKTIVNYE”, said Umérov.",
    )
    assert titles(page("q=konstruktivnye")) == ["Round in Abu Dhabi"]
    assert titles(page("q=umerov+abu")) == ["Round in Abu Dhabi"]
    assert titles(page("q=konstrukt")) == ["Round in Abu Dhabi"]  # prefix on both


def test_related_events_of_a_truce_are_the_strikes_inside_it():
    process = ProcessFactory()
    truce = EventFactory(
        process=process, kind="truce", starts_on=D(2026, 1, 10), ends_on=D(2026, 1, 20)
    )
    inside = EventFactory(process=process, kind="strike", starts_on=D(2026, 1, 12))
    EventFactory(process=process, kind="strike", starts_on=D(2026, 1, 25))  # after it
    EventFactory(kind="strike", starts_on=D(2026, 1, 12))  # another process
    related = selectors.related_events(truce)
    assert related.during_truce == [inside]
    assert inside not in related.nearby


def test_an_open_truce_takes_every_later_strike():
    process = ProcessFactory()
    truce = EventFactory(process=process, kind="truce", starts_on=D(2026, 1, 10), end_known=False)
    late = EventFactory(process=process, kind="strike", starts_on=D(2026, 5, 1))
    assert selectors.related_events(truce).during_truce == [late]


def test_related_events_of_a_strike_are_the_truces_it_fell_in():
    process = ProcessFactory()
    truce = EventFactory(
        process=process, kind="truce", starts_on=D(2026, 1, 10), ends_on=D(2026, 1, 20)
    )
    EventFactory(process=process, kind="truce", starts_on=D(2026, 2, 10))  # one day, later
    strike = EventFactory(process=process, kind="strike", starts_on=D(2026, 1, 15))
    assert selectors.related_events(strike).during_truce == [truce]


def test_related_rounds_and_nearby_events():
    process = ProcessFactory()
    round1 = EventFactory(process=process, kind="talks", starts_on=D(2026, 1, 1))
    round2 = EventFactory(process=process, kind="talks", starts_on=D(2026, 1, 3))
    statement = EventFactory(process=process, kind="statement", starts_on=D(2026, 1, 20))
    EventFactory(process=process, kind="statement", starts_on=D(2026, 2, 20))  # too far
    round3 = EventFactory(process=process, kind="talks", starts_on=D(2026, 1, 22))
    near = EventFactory(process=process, kind="proposal", starts_on=D(2026, 1, 18))
    related = selectors.related_events(statement)
    assert (related.previous_round, related.next_round) == (round2, round3)
    assert related.nearby == [near]  # round3 is shown as the next round, not twice
    assert selectors.related_events(round2).previous_round == round1
    assert selectors.related_events(round1).previous_round is None


def test_citations_do_not_duplicate_rows():
    event = EventFactory()
    CitationFactory.create_batch(3, event=event)
    assert len(page().events) == 1


def test_full_text_index_exists_only_on_postgres():
    """Migration 0002 adds a GIN index on PostgreSQL, and the search query uses it."""
    EventFactory.create_batch(3)
    qs = selectors.search(Event.objects.only("id"), ("delegations",))
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            indexes = connection.introspection.get_constraints(cursor, "timeline_event")
        assert "timeline_event_search_gin" not in indexes
        assert qs.count() == 3  # factory summaries say "Delegations met."
        return
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = qs.explain()
    assert "timeline_event_search_gin" in plan
