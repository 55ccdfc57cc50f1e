"""Constraints of the editors' desk."""

import pytest
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from tests.factories import ArticleFactory, SuggestionFactory

pytestmark = pytest.mark.django_db


def test_an_article_url_is_imported_once():
    ArticleFactory(url="https://news.example/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(url="https://news.example/a")


def test_articles_without_url_do_not_collide():
    ArticleFactory(url="")
    ArticleFactory(url="")


def test_a_suggestion_key_is_unique_per_article():
    suggestion = SuggestionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        SuggestionFactory(article=suggestion.article, key=suggestion.key)


def test_editors_group_has_exactly_the_curation_permissions():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )
    assert {
        "add_article",
        "change_suggestion",
        "add_event",
        "change_event",
        "add_citation",
        "add_actor",
        "add_place",
    } <= codenames
    # Editors curate; they do not delete the record or manage people.
    assert (
        not {
            "delete_event",
            "delete_article",
            "delete_actor",
            "delete_place",
            "add_user",
            "change_user",
            "delete_process",
        }
        & codenames
    )
