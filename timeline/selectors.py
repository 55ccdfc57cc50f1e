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
from django.db.models.functions import TruncMonth

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


@dataclass
class MonthBar:
    month: dt.date
    total: int
    segments: list[tuple[str, int]]  # (kind, count), in Event.Kind order


def monthly_overview(filters: TimelineFilters, *, months: int = 24) -> list[MonthBar]:
    """Events per month and kind for the filtered list, in one aggregate query."""
    qs = filtered_events(filters)
    rows = (
        qs.annotate(month=TruncMonth("starts_on"))
        .values("month", "kind")
        .annotate(n=models.Count("id"))
        .order_by("month")
    )
    per_month: dict[dt.date, dict[str, int]] = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, dt.datetime):
            month = month.date()
        per_month.setdefault(month, {})[row["kind"]] = row["n"]
    bars = []
    for month in sorted(per_month)[-months:]:
        counts = per_month[month]
        segments = [(kind, counts[kind]) for kind in Event.Kind.values if counts.get(kind)]
        bars.append(MonthBar(month=month, total=sum(counts.values()), segments=segments))
    return bars
