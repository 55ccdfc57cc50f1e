"""Constraints that protect the record."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from tests.factories import (
    ActorFactory,
    CitationFactory,
    EventFactory,
    ParticipationFactory,
    PlaceFactory,
    ProcessFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_event_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(starts_on=dt.date(2026, 2, 5), ends_on=dt.date(2026, 2, 4))


def test_event_ending_on_its_first_day_or_later_is_accepted():
    event = EventFactory(starts_on=dt.date(2026, 2, 4), ends_on=dt.date(2026, 2, 5))
    assert event.last_day == dt.date(2026, 2, 5)


@pytest.mark.parametrize("factory", [ProcessFactory, ActorFactory, PlaceFactory])
def test_slugs_are_unique(factory):
    factory(slug="abu-dhabi")
    with pytest.raises(IntegrityError), transaction.atomic():
        factory._meta.model.objects.create(name="Other", slug="abu-dhabi")


def test_deleting_an_actor_with_events_is_refused():
    participation = ParticipationFactory()
    with pytest.raises(ProtectedError):
        participation.actor.delete()


def test_deleting_a_place_or_process_with_events_is_refused():
    event = EventFactory()
    with pytest.raises(ProtectedError):
        event.place.delete()
    with pytest.raises(ProtectedError):
        event.process.delete()


def test_the_same_quote_of_the_same_url_is_cited_once_per_event():
    citation = CitationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        CitationFactory(event=citation.event, url=citation.url, quote=citation.quote)


def test_slug_comes_from_the_title_and_search_text_is_folded():
    event = EventFactory(title="Talks in Zürich", slug="", summary="ÉNERGIE Перемирие")
    assert event.slug == "talks-in-zurich"
    assert "zurich" in event.search_text
    assert "energie" in event.search_text
    assert "перемирие" in event.search_text


def test_published_hides_unpublished_merged_and_withdrawn_events():
    shown = EventFactory()
    EventFactory(published=False)
    EventFactory(merged_into=shown)
    EventFactory(withdrawn_at=dt.datetime(2026, 2, 6, tzinfo=dt.UTC))
    assert list(Event.objects.published()) == [shown]
