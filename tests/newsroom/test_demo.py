"""The demo newsroom loads, and loading it twice changes nothing."""

import pytest
from django.core.management import call_command

from newsroom.models import Article, Suggestion
from timeline.models import Actor, Citation, Event, Participation, Place

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        model.__name__: model.objects.count()
        for model in (Actor, Place, Event, Participation, Citation, Article, Suggestion)
    }


def test_load_demo_twice_changes_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    assert snapshot() == first


def test_demo_has_published_events_with_citations_and_an_article_to_review(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    round_two = Event.objects.published().get(slug="abu-dhabi-round-two")
    assert round_two.display_date == "Feb 4–5, 2026"
    assert round_two.citations.exists()
    assert round_two.participations.count() >= 3
    assert Event.objects.published().count() >= 10
    article = Article.objects.get()
    assert article.suggestions.filter(status="pending").exists()
    assert Actor.objects.filter(aliases__isnull=False).exclude(aliases=[]).exists()
