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


def test_monthly_overview_counts_kinds():
    EventFactory(starts_on=D(2026, 1, 5), kind="talks")
    EventFactory(starts_on=D(2026, 1, 6), kind="strike")
    EventFactory(starts_on=D(2026, 3, 6), kind="talks")
    bars = selectors.monthly_overview(parse_timeline_filters(QueryDict("")))
    assert [(bar.month, bar.total, bar.segments) for bar in bars] == [
        (D(2026, 1, 1), 2, [("talks", 1), ("strike", 1)]),
        (D(2026, 3, 1), 1, [("talks", 1)]),
    ]


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
