"""Write paths of the public record: creating events and citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import transaction

from timeline.models import Actor, Citation, Event, Participation, Place, Process


@transaction.atomic
def event_create(
    *,
    process: Process,
    kind: str,
    title: str,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
    end_known: bool = True,
    precision: str = Event.Precision.DAY,
    time_note: str = "",
    status: str = Event.Status.HELD,
    previous_starts_on: dt.date | None = None,
    place: Place | None = None,
    summary: str = "",
    participants: Iterable[tuple[Actor, str]] = (),
    published: bool = True,
) -> Event:
    """Create an event with its participations; validates dates like the admin does."""
    event = Event(
        process=process,
        kind=kind,
        title=title,
        summary=summary,
        starts_on=starts_on,
        ends_on=ends_on if ends_on != starts_on else None,
        end_known=end_known,
        precision=precision,
        time_note=time_note,
        status=status,
        previous_starts_on=previous_starts_on,
        place=place,
        published=published,
    )
    event.full_clean()
    event.save()
    Participation.objects.bulk_create(
        [Participation(event=event, actor=actor, role=role) for actor, role in participants],
        ignore_conflicts=True,
    )
    return event


def citation_add(
    *,
    event: Event,
    url: str,
    title: str,
    publisher: str,
    published_on: dt.date | None,
    quote: str,
    attributed_to: Actor | None = None,
) -> Citation:
    """Add a citation to an event; citing the same quote of the same URL twice is a no-op."""
    citation, created = Citation.objects.get_or_create(
        event=event,
        url=url,
        quote=quote,
        defaults={
            "title": title,
            "publisher": publisher,
            "published_on": published_on,
            "attributed_to": attributed_to,
        },
    )
    if created:  # the quote becomes searchable, and the event's page changed
        event.refresh_search_text()
    return citation
