"""The review screen: an editor pastes an article, then accepts or rejects its suggestions."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.urls import reverse

from newsroom.models import Article, Suggestion
from tests.factories import ProcessFactory, SourceFactory, SuggestionFactory, UserFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db

TEXT = (
    "Delegations from both sides met in Geneva on March 2 for two days of talks, "
    "the mediator said.\n\n"
    "Hours earlier, drones struck the port of Odesa overnight on March 1."
)


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(username="olena"))
    return client


def paste_article(client, django_capture_on_commit_callbacks, **overrides):
    data = {
        "title": "Geneva talks open",
        "source": SourceFactory().pk,
        "process": ProcessFactory().pk,
        "url": "",
        "byline": "",
        "published_on": "2031-03-02",
        "language": "en",
        "text": TEXT,
        "_save": "Save",
    } | overrides
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:newsroom_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Article.objects.get(title=data["title"])


def test_saving_a_pasted_article_runs_extraction(editor_client, django_capture_on_commit_callbacks):
    article = paste_article(editor_client, django_capture_on_commit_callbacks)
    article.refresh_from_db()
    assert article.extraction_status == Article.Extraction.DONE
    assert article.created_by.username == "olena"
    kinds = set(article.suggestions.values_list("kind", "starts_on"))
    assert ("talks", dt.date(2031, 3, 2)) in kinds


def test_text_pasted_with_browser_line_endings_is_read_by_paragraph(
    editor_client, django_capture_on_commit_callbacks
):
    article = paste_article(
        editor_client, django_capture_on_commit_callbacks, text=TEXT.replace("\n", "\r\n")
    )
    article.refresh_from_db()
    assert "\r" not in article.text
    assert article.content_hash
    found = set(article.suggestions.values_list("kind", "starts_on"))
    assert {("talks", dt.date(2031, 3, 2)), ("strike", dt.date(2031, 3, 1))} <= found


def test_an_article_without_a_date_is_saved_and_flagged(
    editor_client, django_capture_on_commit_callbacks
):
    article = paste_article(editor_client, django_capture_on_commit_callbacks, published_on="")
    article.refresh_from_db()
    assert article.extraction_status == Article.Extraction.NEEDS_DATE
    assert not article.suggestions.exists()
    page = editor_client.get(reverse("admin:newsroom_article_change", args=[article.pk]))
    assert "Set the publication date" in page.content.decode()


def test_review_page_shows_each_suggestion_beside_its_sentence(editor_client):
    suggestion = SuggestionFactory(quote="Delegations met in Geneva on Feb. 2 for talks.")
    page = editor_client.get(
        reverse("admin:newsroom_article_change", args=[suggestion.article.pk])
    ).content.decode()
    assert f'id="suggestion-{suggestion.pk}"' in page
    assert "Delegations met in Geneva on Feb. 2 for talks." in page
    assert 'value="accept"' in page and 'value="reject"' in page


def decide(client, suggestion, **data):
    url = reverse("admin:newsroom_article_decide", args=[suggestion.article_id, suggestion.pk])
    prefix = f"s{suggestion.pk}-"
    fields = {prefix + k: v for k, v in data.items() if k not in {"action", "event"}}
    fields["action"] = data["action"]
    if "event" in data:
        fields["event"] = data["event"]
    return client.post(url, fields, follow=True)


def test_accept_with_an_edited_title_publishes_the_event(editor_client):
    suggestion = SuggestionFactory()
    response = decide(
        editor_client,
        suggestion,
        action="accept",
        title="Geneva round opens",
        starts_on="2026-02-02",
        ends_on="",
        publish="on",
    )
    assert "Accepted" in response.content.decode()
    event = Event.objects.get()
    assert (event.title, event.published) == ("Geneva round opens", True)
    assert event.citations.count() == 1


def test_unticking_publish_keeps_the_event_unpublished(editor_client):
    suggestion = SuggestionFactory()
    decide(editor_client, suggestion, action="accept", title="Talks", starts_on="2026-02-02")
    assert not Event.objects.get().published


def test_reject_from_the_review_page(editor_client):
    suggestion = SuggestionFactory()
    decide(editor_client, suggestion, action="reject")
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.REJECTED
    assert suggestion.decided_by.username == "olena"


def test_a_second_editor_sees_what_happened(editor_client, client):
    suggestion = SuggestionFactory()
    decide(editor_client, suggestion, action="reject")
    client.force_login(UserFactory(username="taras"))
    response = decide(client, suggestion, action="accept", title="T", starts_on="2026-02-02")
    assert "already rejected by olena" in response.content.decode()
    assert not Event.objects.exists()


def test_a_malformed_date_is_refused_with_a_message(editor_client):
    suggestion = SuggestionFactory()
    response = decide(editor_client, suggestion, action="accept", title="T", starts_on="Feb 31")
    assert "Not accepted" in response.content.decode()
    assert not Event.objects.exists()


def test_staff_without_editor_permissions_cannot_decide(client):
    user = UserFactory(username="intern")
    user.groups.clear()
    client.force_login(user)
    suggestion = SuggestionFactory()
    response = decide(client, suggestion, action="reject")
    assert response.status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.PENDING


def test_rerunning_extraction_keeps_decisions_and_adds_no_duplicates(
    editor_client, django_capture_on_commit_callbacks
):
    article = paste_article(editor_client, django_capture_on_commit_callbacks)
    first = article.suggestions.order_by("span_start").first()
    decide(editor_client, first, action="reject")
    count = article.suggestions.count()

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("admin:newsroom_article_changelist"),
            {"action": "rerun_extraction", "_selected_action": [article.pk]},
        )
    assert article.suggestions.count() == count
    first.refresh_from_db()
    assert first.status == Suggestion.Status.REJECTED


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def test_the_seed_article_yields_its_events_in_the_review_screen(
    editor_client, django_capture_on_commit_callbacks
):
    from tests.conftest import require

    seed = CORPUS / "seed-abu-dhabi-round-two.json"
    require(seed.exists(), f"corpus not found at {CORPUS}")
    doc = json.loads(seed.read_text(encoding="utf-8"))
    article = paste_article(
        editor_client,
        django_capture_on_commit_callbacks,
        title=doc["title"],
        published_on=doc["published"],
        text=doc["text"],
    )
    found = set(article.suggestions.values_list("kind", "starts_on"))
    assert {
        ("talks", dt.date(2026, 2, 4)),
        ("strike", dt.date(2026, 2, 3)),
        ("truce", dt.date(2026, 1, 30)),
        ("talks", dt.date(2026, 1, 23)),
    } <= found


def test_accept_with_corrected_place_and_actors_by_any_alias(editor_client):
    from tests.factories import ActorFactory, PlaceFactory

    PlaceFactory(name="Geneva", slug="geneva", aliases=["Женева"])
    ActorFactory(name="Ada Envoy", slug="ada-envoy", aliases=["Ада Посланниця"])
    suggestion = SuggestionFactory()
    decide(
        editor_client,
        suggestion,
        action="accept",
        title="Talks",
        starts_on="2026-02-02",
        place="ЖЕНЕВА",
        actors="ADA ENVOY, Ада Посланниця",
        publish="on",
    )
    event = Event.objects.get()
    assert event.place.slug == "geneva"
    assert list(event.actors.values_list("slug", flat=True)) == ["ada-envoy"]


def test_accept_with_an_unknown_actor_says_so_and_creates_nothing(editor_client):
    suggestion = SuggestionFactory()
    response = decide(
        editor_client,
        suggestion,
        action="accept",
        title="T",
        starts_on="2026-02-02",
        actors="Nobody Known",
    )
    assert "Unknown actor(s): Nobody Known" in response.content.decode()
    assert not Event.objects.exists()


def test_a_person_found_by_title_is_created_in_one_click(editor_client):
    suggestion = SuggestionFactory(unmatched_names=["Hakan Fidan"])
    page = editor_client.get(
        reverse("admin:newsroom_article_change", args=[suggestion.article.pk])
    ).content.decode()
    assert 'name="name" value="Hakan Fidan"' in page

    url = reverse("admin:newsroom_article_decide", args=[suggestion.article_id, suggestion.pk])
    response = editor_client.post(
        url, {"action": "create_actor", "name": "Hakan Fidan"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "Created Hakan Fidan" in response.content.decode()
    suggestion.refresh_from_db()
    assert [a.name for a in suggestion.actors.all()] == ["Hakan Fidan"]
    assert suggestion.unmatched_names == []


def test_htmx_decision_returns_only_the_swapped_suggestion(editor_client):
    suggestion = SuggestionFactory()
    url = reverse("admin:newsroom_article_decide", args=[suggestion.article_id, suggestion.pk])
    response = editor_client.post(url, {"action": "reject"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith(f'<li id="suggestion-{suggestion.pk}"')
    assert "review-rejected" in body and "<html" not in body


def test_queue_lists_pending_suggestions_oldest_first(editor_client):
    older = SuggestionFactory(title="Older proposal")
    newer = SuggestionFactory(title="Newer proposal")
    decided = SuggestionFactory(title="Decided proposal", status="rejected")
    Suggestion.objects.filter(pk=older.pk).update(created_at=newer.created_at.replace(year=2025))
    page = editor_client.get(reverse("admin:newsroom_suggestion_changelist")).content.decode()
    assert page.index("Older proposal") < page.index("Newer proposal")
    assert decided.title not in page


def test_bulk_accept_from_the_queue(editor_client):
    first, second = SuggestionFactory(), SuggestionFactory()
    editor_client.post(
        reverse("admin:newsroom_suggestion_changelist"),
        {"action": "accept_selected", "_selected_action": [first.pk, second.pk]},
    )
    assert Event.objects.published().count() == 2
    assert set(Suggestion.objects.values_list("status", flat=True)) == {"accepted"}


def test_review_section_and_swapped_fragment_are_valid_html(
    editor_client, django_capture_on_commit_callbacks, tmp_path
):
    """Our part of the admin page (Django's own widgets are not ours to fix)."""
    from tests.timeline.test_html_validity import fragment_document, validate

    article = paste_article(editor_client, django_capture_on_commit_callbacks)
    page = editor_client.get(
        reverse("admin:newsroom_article_change", args=[article.pk])
    ).content.decode()
    section = page[page.index('<section class="review"') : page.index("</section>") + 10]
    assert "mention-date" in section and "review-item" in section
    suggestion = article.suggestions.first()
    url = reverse("admin:newsroom_article_decide", args=[article.pk, suggestion.pk])
    swapped = editor_client.post(
        url, {"action": "reject"}, headers={"HX-Request": "true"}
    ).content.decode()
    errors = validate(
        {
            "review section": fragment_document(section),
            "swapped suggestion": fragment_document(f"<ol>{swapped}</ol>"),
        },
        tmp_path,
    )
    assert not any(errors.values()), errors
