"""Accept, link and reject: the decisions editors take on suggestions."""

import datetime as dt

import pytest

from newsroom import services
from newsroom.models import Suggestion
from tests.factories import (
    ActorFactory,
    EventFactory,
    PlaceFactory,
    SuggestionFactory,
    UserFactory,
)
from timeline.models import Citation, Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return UserFactory(username="olena")


@pytest.fixture
def suggestion():
    place = PlaceFactory(name="Geneva", slug="geneva")
    envoy, minister = ActorFactory(slug="envoy"), ActorFactory(slug="minister")
    suggestion = SuggestionFactory(
        place=place,
        starts_on=dt.date(2026, 2, 2),
        ends_on=dt.date(2026, 2, 3),
        actor_roles={"envoy": "mediator"},
        article__url="https://news.example/geneva",
        article__title="Talks open in Geneva",
    )
    suggestion.actors.set([envoy, minister])
    return suggestion


def test_accept_creates_a_published_event_with_participations_and_a_citation(suggestion, editor):
    event = services.suggestion_accept(suggestion=suggestion, user=editor)

    assert event.published
    assert (event.kind, event.starts_on, event.ends_on) == (
        "talks",
        dt.date(2026, 2, 2),
        dt.date(2026, 2, 3),
    )
    assert event.place.slug == "geneva"
    assert event.process == suggestion.article.process
    roles = dict(event.participations.values_list("actor__slug", "role"))
    assert roles == {"envoy": "mediator", "minister": "participant"}
    citation = event.citations.get()
    assert citation.url == "https://news.example/geneva"
    assert citation.quote == suggestion.quote
    assert citation.publisher == suggestion.article.source.name

    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.ACCEPTED
    assert suggestion.event == event
    assert suggestion.decided_by == editor
    assert suggestion.decided_at is not None


def test_accept_without_publish_keeps_the_event_from_readers(suggestion, editor):
    event = services.suggestion_accept(suggestion=suggestion, user=editor, publish=False)
    assert not event.published
    assert not Event.objects.published().filter(pk=event.pk).exists()


def test_accept_applies_the_editors_corrections(suggestion, editor):
    event = services.suggestion_accept(
        suggestion=suggestion,
        user=editor,
        title="Geneva round opens",
        starts_on=dt.date(2026, 2, 3),
        ends_on=None,
    )
    assert event.title == "Geneva round opens"
    assert (event.starts_on, event.ends_on) == (dt.date(2026, 2, 3), None)


def test_accept_refuses_a_last_day_before_the_first(suggestion, editor):
    with pytest.raises(services.DecisionError, match="last day"):
        services.suggestion_accept(
            suggestion=suggestion,
            user=editor,
            starts_on=dt.date(2026, 2, 3),
            ends_on=dt.date(2026, 2, 1),
        )
    assert not Event.objects.exists()
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING


def test_a_decided_suggestion_cannot_be_accepted_twice(suggestion, editor):
    services.suggestion_accept(suggestion=suggestion, user=editor)
    other = UserFactory(username="taras")
    with pytest.raises(services.DecisionError, match="already accepted by olena"):
        services.suggestion_accept(suggestion=suggestion, user=other)
    assert Event.objects.count() == 1


def test_reject_records_who_and_when_and_creates_nothing(suggestion, editor):
    services.suggestion_reject(suggestion=suggestion, user=editor)
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.REJECTED
    assert suggestion.decided_by == editor
    assert suggestion.decided_at is not None
    assert not Event.objects.exists()


def test_link_adds_a_citation_to_an_existing_event(suggestion, editor):
    event = EventFactory()
    services.suggestion_link(suggestion=suggestion, event=event, user=editor)
    assert Citation.objects.get().event == event
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.event) == (Suggestion.Status.LINKED, event)
