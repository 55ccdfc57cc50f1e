"""Every model of the record is curated in admin: lists, search and autocomplete work."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory, full_event

pytestmark = pytest.mark.django_db

MODELS = ["process", "actor", "place", "event", "participation", "citation"]


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(is_superuser=True))
    return client


@pytest.mark.parametrize("model", MODELS)
def test_changelist_and_search_answer(editor_client, model):
    full_event(title="Round in Geneva")
    url = reverse(f"admin:timeline_{model}_changelist")
    assert editor_client.get(url).status_code == 200
    assert editor_client.get(url, {"q": "Geneva"}).status_code == 200


def test_actor_autocomplete_finds_by_alias(editor_client):
    event = full_event()
    actor = event.actors.first()
    actor.aliases = ["Зеленський"]
    actor.save()
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "Зеленськ",
            "app_label": "timeline",
            "model_name": "participation",
            "field_name": "actor",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == [actor.name]


def test_editing_an_event_keeps_its_permalink_working(editor_client, client):
    event = full_event(title="Talks open")
    old_url = event.get_absolute_url()
    event.title, event.slug = "Talks open in Geneva", "talks-open-in-geneva"
    event.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == event.get_absolute_url()
