"""Two editors acting on the same suggestion at once produce one event, never two."""

import threading

import pytest
from django.db import connections

from newsroom import services
from newsroom.models import Suggestion
from tests.factories import SuggestionFactory, UserFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db(transaction=True)


def race(*actions):
    """Run each action in its own thread and connection, released together at a barrier."""
    barrier = threading.Barrier(len(actions))
    outcomes: list = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait(timeout=10)
            outcomes[index] = action()
        except Exception as error:  # noqa: BLE001 - the outcome is what we assert on
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def test_two_editors_accepting_at_once_create_one_event():
    suggestion = SuggestionFactory()
    olena, taras = UserFactory(username="olena"), UserFactory(username="taras")

    outcomes = race(
        lambda: services.suggestion_accept(suggestion=suggestion, user=olena),
        lambda: services.suggestion_accept(suggestion=suggestion, user=taras),
    )

    assert Event.objects.count() == 1
    events = [o for o in outcomes if isinstance(o, Event)]
    errors = [o for o in outcomes if isinstance(o, services.DecisionError)]
    assert len(events) == 1 and len(errors) == 1, outcomes
    winner = Suggestion.objects.get().decided_by.username
    assert f"already accepted by {winner}" in str(errors[0])


def test_accept_racing_reject_leaves_one_consistent_decision():
    suggestion = SuggestionFactory()
    olena, taras = UserFactory(username="olena"), UserFactory(username="taras")

    outcomes = race(
        lambda: services.suggestion_accept(suggestion=suggestion, user=olena),
        lambda: services.suggestion_reject(suggestion=suggestion, user=taras),
    )

    suggestion.refresh_from_db()
    assert sum(isinstance(o, services.DecisionError) for o in outcomes) == 1, outcomes
    if suggestion.status == Suggestion.Status.ACCEPTED:
        assert Event.objects.count() == 1
    else:
        assert suggestion.status == Suggestion.Status.REJECTED
        assert not Event.objects.exists()


def test_two_editors_importing_the_same_new_url_at_once_make_one_article():
    from newsroom import ingest
    from newsroom.models import Article

    parsed = ingest.parse_text(
        "Envoys met in Geneva on Tuesday.\n\nThey will meet again next week."
    )
    url = "https://news.example.org/geneva-talks"

    outcomes = race(
        lambda: services.article_import(parsed=parsed, url=url),
        lambda: services.article_import(parsed=parsed, url=url),
    )

    assert Article.objects.filter(url=url).count() == 1
    assert all(isinstance(o, services.ImportResult) for o in outcomes), outcomes
    assert sorted(o.created for o in outcomes) == [False, True]
