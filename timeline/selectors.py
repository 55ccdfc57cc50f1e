"""Read queries for the public pages: each runs a fixed number of SQL queries.

Lists use keyset pagination on ``(starts_on, id)`` in either order, never
OFFSET or COUNT(*): a page fetches one row more than it shows to learn whether
there is a next page, and the last row shown becomes the signed cursor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection, models
from django.db.models import Exists, Max, OuterRef, Q

from timeline.filters import BadFilter, Cursor, TimelineFilters
from timeline.models import Citation, Event, Participation, Process

PAGE_SIZE = 25


@dataclass
class DateGroup:
    """Events under one set of headings. A heading is None when the previous group had it."""

    year: str | None
    month: str | None
    day: str | None
    day_iso: str | None
    events: list[Event] = field(default_factory=list)


@dataclass
class TimelinePage:
    groups: list[DateGroup]
    events: list[Event]
    next_cursor: Cursor | None
    at: int | None = None


def search(qs: models.QuerySet, words: tuple[str, ...]) -> models.QuerySet:
    """Events whose casefolded, accent-free ``search_text`` has every word.

    On PostgreSQL a prefix full-text query served by the GIN expression index
    of migration 0002; elsewhere (SQLite) a substring match on the same column.
    """
    if not words:
        return qs
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        query = SearchQuery(
            " & ".join(f"{word}:*" for word in words), config="simple", search_type="raw"
        )
        return qs.alias(search_vector=SearchVector("search_text", config="simple")).filter(
            search_vector=query
        )
    for word in words:
        qs = qs.filter(search_text__contains=word)
    return qs


def filtered_events(filters: TimelineFilters) -> models.QuerySet:
    """Published events matching the filters, without order or position."""
    qs = Event.objects.published()
    if filters.process:
        qs = qs.in_process(filters.process)
    if filters.actor:
        qs = qs.filter(
            Exists(Participation.objects.filter(event=OuterRef("pk"), actor=filters.actor))
        )
    if filters.place:
        qs = qs.filter(place=filters.place)
    qs = qs.of_kinds(list(filters.kinds)).overlapping(filters.first, filters.last)
    return search(qs, filters.words)


def _after(order: str, starts_on: dt.date, pk: int, *, inclusive: bool = False) -> Q:
    if order == "newest":
        same_day = (
            Q(starts_on=starts_on, id__lte=pk) if inclusive else Q(starts_on=starts_on, id__lt=pk)
        )
        return Q(starts_on__lt=starts_on) | same_day
    same_day = (
        Q(starts_on=starts_on, id__gte=pk) if inclusive else Q(starts_on=starts_on, id__gt=pk)
    )
    return Q(starts_on__gt=starts_on) | same_day


def _ordered(qs: models.QuerySet, order: str) -> models.QuerySet:
    return qs.order_by("-starts_on", "-id") if order == "newest" else qs.order_by("starts_on", "id")


def timeline_page(filters: TimelineFilters, *, page_size: int | None = None) -> TimelinePage:
    """One page of the filtered timeline, grouped under year/month/day headings."""
    size = page_size or PAGE_SIZE
    qs = filtered_events(filters)
    previous: tuple[dt.date, str] | None = None
    if filters.cursor:
        cursor = filters.cursor
        qs = qs.filter(_after(filters.order, cursor.starts_on, cursor.pk))
        previous = (cursor.starts_on, cursor.precision)
    elif filters.at is not None:
        position = qs.filter(pk=filters.at).values_list("starts_on", "id").first()
        if position is None:
            raise BadFilter("at", f"event {filters.at} is not in this list.")
        qs = qs.filter(_after(filters.order, position[0], position[1], inclusive=True))
    rows = list(_ordered(qs, filters.order).for_listing()[: size + 1])
    events, more = rows[:size], len(rows) > size
    next_cursor = None
    if more:
        last = events[-1]
        next_cursor = Cursor(filters.order, last.starts_on, last.pk, last.precision)
    return TimelinePage(
        groups=group_by_date(events, previous=previous),
        events=events,
        next_cursor=next_cursor,
        at=filters.at if not filters.cursor else None,
    )


def _keys(day: dt.date, precision: str) -> tuple[tuple, tuple, tuple]:
    year = (day.year,)
    month = (day.year, day.month) if precision != Event.Precision.YEAR else (day.year, 0)
    day_key = (day,) if precision == Event.Precision.DAY else (*month, precision)
    return year, month, day_key


def group_by_date(
    events: list[Event], *, previous: tuple[dt.date, str] | None = None
) -> list[DateGroup]:
    """Split rows under headings; ``previous`` is the row before this page, if any."""
    groups: list[DateGroup] = []
    last_keys = _keys(*previous) if previous else (None, None, None)
    for event in events:
        keys = _keys(event.starts_on, event.precision)
        if keys[2] != last_keys[2] or not groups:
            day = event.starts_on
            groups.append(
                DateGroup(
                    year=str(day.year) if keys[0] != last_keys[0] else None,
                    month=(
                        (f"{day:%B %Y}" if keys[1][1] else f"{day.year}, month not known")
                        if keys[1] != last_keys[1]
                        else None
                    ),
                    day=(
                        f"{day:%A}, {day:%B} {day.day}, {day.year}"
                        if event.precision == Event.Precision.DAY and keys[2] != last_keys[2]
                        else None
                    ),
                    day_iso=day.isoformat() if event.precision == Event.Precision.DAY else None,
                )
            )
            last_keys = keys
        groups[-1].events.append(event)
    return groups


def active_processes() -> list[Process]:
    """Active processes with the date of their latest published event (one query)."""
    latest = Max("events__starts_on", filter=Q(events__in=Event.objects.published()))
    return list(Process.objects.filter(active=True).annotate(latest_on=latest).order_by("name"))


def latest_events(limit: int = 10) -> list[Event]:
    return list(Event.objects.published().order_by("-starts_on", "-id").for_listing()[:limit])


def event_for_permalink(pk: int) -> Event | None:
    """Any event by id (published or not, merged, withdrawn) with what its page shows."""
    return (
        Event.objects.filter(pk=pk)
        .select_related("process", "place", "merged_into")
        .prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("actor").order_by(
                    "actor__name", "role"
                ),
            ),
            models.Prefetch(
                "citations",
                queryset=Citation.objects.select_related("attributed_to").order_by(
                    "published_on", "id"
                ),
            ),
        )
        .first()
    )


def final_event(event: Event, *, limit: int = 10) -> Event:
    """Follow ``merged_into`` to the event that absorbed this one (and any later merge)."""
    seen = {event.pk}
    while event.merged_into_id is not None and len(seen) <= limit:
        event = Event.objects.select_related("merged_into").get(pk=event.merged_into_id)
        if event.pk in seen:
            break
        seen.add(event.pk)
    return event


def neighbours(event: Event, *, limit: int = 3) -> tuple[list[Event], list[Event]]:
    """Published events just before and just after this one in its process."""
    qs = Event.objects.published().in_process(event.process).exclude(pk=event.pk)
    earlier = list(
        _ordered(qs.filter(_after("newest", event.starts_on, event.pk)), "newest")[:limit]
    )
    later = list(_ordered(qs.filter(_after("oldest", event.starts_on, event.pk)), "oldest")[:limit])
    return earlier, later


OVERVIEW_KINDS = (
    Event.Kind.TALKS,
    Event.Kind.AGREEMENT,
    Event.Kind.STRIKE,
    Event.Kind.TRUCE,
)
OVERVIEW_LIMIT = 500


def overview_events(filters: TimelineFilters, *, limit: int = OVERVIEW_LIMIT) -> list[Event]:
    """Talks, agreements, strikes and truces of the filtered list, newest ``limit``, one query.

    Only the columns a mark and its date line need; no cursor or ``at`` (the
    overview shows the whole selection, not one page).
    """
    fields = (
        "pk",
        "kind",
        "title",
        "slug",
        "starts_on",
        "ends_on",
        "end_known",
        "precision",
        "time_note",
        "status",
        "previous_starts_on",
    )
    qs = filtered_events(filters).filter(kind__in=OVERVIEW_KINDS).only(*fields)
    rows = list(_ordered(qs, "newest")[:limit])
    rows.reverse()
    return rows


def truce_covers(truce: Event, day: dt.date) -> bool:
    """Whether ``day`` falls within a truce; an end that is not known stays open."""
    if day < truce.starts_on:
        return False
    if truce.ends_on is None and not truce.end_known:
        return True
    return day <= truce.last_day


def _during(first: dt.date, last: dt.date) -> Q:
    """Truces whose days (an unknown end stays open) overlap [first, last]."""
    return Q(starts_on__lte=last) & (
        Q(ends_on__gte=first)
        | Q(ends_on__isnull=True, end_known=False)
        | Q(ends_on__isnull=True, starts_on__gte=first)
    )


NEARBY_DAYS = 3


@dataclass
class RelatedEvents:
    """What an event page links to besides itself (four queries, whatever the data)."""

    nearby: list[Event]  # the same process within NEARBY_DAYS days
    during_truce: list[Event]  # a truce's strikes, or the truces a strike fell in
    previous_round: Event | None  # talks just before, in the same process
    next_round: Event | None  # talks just after

    def __bool__(self) -> bool:
        return bool(self.nearby or self.during_truce or self.previous_round or self.next_round)


def related_events(event: Event, *, limit: int = 8) -> RelatedEvents:
    qs = Event.objects.published().in_process(event.process).exclude(pk=event.pk)
    margin = dt.timedelta(days=NEARBY_DAYS)
    during: list[Event] = []
    if event.kind == Event.Kind.TRUCE:
        strikes = qs.filter(kind=Event.Kind.STRIKE, starts_on__gte=event.starts_on)
        if event.ends_on is not None or event.end_known:
            strikes = strikes.filter(starts_on__lte=event.last_day)
        during = list(_ordered(strikes, "oldest")[: limit * 2])
    elif event.kind == Event.Kind.STRIKE:
        truces = qs.filter(_during(event.starts_on, event.last_day), kind=Event.Kind.TRUCE)
        during = list(_ordered(truces, "oldest")[:limit])
    shown = {other.pk for other in during}
    talks = qs.filter(kind=Event.Kind.TALKS)
    previous_round = _ordered(talks.filter(_after("newest", event.starts_on, event.pk)), "newest")
    next_round = _ordered(talks.filter(_after("oldest", event.starts_on, event.pk)), "oldest")
    previous_round, next_round = previous_round.first(), next_round.first()
    shown |= {other.pk for other in (previous_round, next_round) if other}
    nearby = qs.overlapping(event.starts_on - margin, event.last_day + margin)
    nearby = [other for other in _ordered(nearby, "oldest")[: limit + len(shown)]]
    nearby = [other for other in nearby if other.pk not in shown][:limit]
    return RelatedEvents(
        nearby=nearby,
        during_truce=during,
        previous_round=previous_round,
        next_round=next_round,
    )


def event_details(pk: int) -> Event | None:
    """A published event with its citations, for a timeline row's disclosure (two queries)."""
    return (
        Event.objects.published()
        .filter(pk=pk)
        .prefetch_related(
            models.Prefetch(
                "citations",
                queryset=Citation.objects.select_related("attributed_to").order_by(
                    "published_on", "id"
                ),
            )
        )
        .first()
    )
