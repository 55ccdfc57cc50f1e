"""Public pages: full page vs htmx partial, permalinks, error pages, query counts, caching."""

import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    ActorFactory,
    CitationFactory,
    EventFactory,
    ParticipationFactory,
    ProcessFactory,
    full_event,
)
from timeline import selectors
from timeline.filters import Cursor

D = dt.date
pytestmark = pytest.mark.django_db

TIMELINE = reverse("timeline:timeline")
HTMX = {"HX-Request": "true", "HX-Target": "event-list"}


def html(response) -> str:
    return response.content.decode()


# --- home -------------------------------------------------------------------


def test_home_shows_processes_and_latest_events(client):
    event = full_event(title="Talks in Abu Dhabi")
    EventFactory(title="Not yet public", published=False)
    ProcessFactory(name="Dormant track", active=False)
    page = html(client.get("/"))
    assert "Peace talks timeline" in page
    assert event.process.name in page
    assert "Talks in Abu Dhabi" in page
    assert "Not yet public" not in page
    assert "Dormant track" not in page


# --- timeline: full page and partial ----------------------------------------


def test_timeline_rows_show_kind_date_title_place_actors(client):
    event = full_event(
        title="Trilateral talks", starts_on=D(2026, 1, 23), ends_on=D(2026, 1, 24), kind="talks"
    )
    page = html(client.get(TIMELINE))
    assert page.startswith("<!doctype html>")
    assert '<span class="kind kind--talks">Talks</span>' in page
    assert "Jan 23–24, 2026" in page
    assert f'<a href="{event.get_absolute_url()}">Trilateral talks</a>' in page
    assert event.place.name in page
    for actor in event.actors.all():
        assert actor.name in page
    assert '<h2 class="tl-year">2026</h2>' in page
    assert '<h3 class="tl-month">January 2026</h3>' in page
    assert "Friday, January 23, 2026" in page


def test_htmx_request_gets_only_the_list(client):
    full_event(title="Only the list")
    response = client.get(TIMELINE, headers=HTMX)
    body = html(response).strip()
    assert response.status_code == 200
    assert body.startswith('<div id="event-list"')
    assert "<html" not in body
    assert "<form" not in body
    assert "Only the list" in body


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_responses_vary_on_htmx_headers(client, headers):
    response = client.get(TIMELINE, headers=headers)
    vary = {value.strip() for value in response["Vary"].split(",")}
    assert {"HX-Request", "HX-Target", "HX-History-Restore-Request"} <= vary


def test_history_restore_gets_the_full_page(client):
    response = client.get(TIMELINE, headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert "<html" in html(response)


def test_filters_apply_and_fill_the_form(client):
    process = ProcessFactory(slug="gaza", name="Gaza")
    EventFactory(process=process, kind="truce", title="Ceasefire begins")
    EventFactory(process=process, kind="strike", title="Strike on the camp")
    EventFactory(kind="truce", title="Truce elsewhere")
    page = html(client.get(TIMELINE, {"process": "gaza", "kind": "truce"}))
    assert "Ceasefire begins" in page
    assert "Strike on the camp" not in page
    assert "Truce elsewhere" not in page
    assert '<option value="gaza" selected>Gaza</option>' in page
    assert 'value="truce" checked' in page


def test_empty_form_fields_are_ignored(client):
    EventFactory(title="Visible")
    response = client.get(TIMELINE + "?process=&kind=&from=&to=&q=&order=newest")
    assert response.status_code == 200
    assert "Visible" in html(response)


def test_form_works_without_javascript(client):
    page = html(client.get(TIMELINE))
    form = re.search(r"<form[^>]*>", page).group(0)
    assert 'method="get"' in form
    assert f'action="{TIMELINE}"' in form
    assert 'hx-get="' in form
    assert 'hx-target="#event-list"' in form
    assert 'hx-push-url="true"' in form


def test_load_more_link_and_next_page(client, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 2)
    for day in range(1, 6):
        EventFactory(title=f"Day {day}", starts_on=D(2026, 1, day))
    page = html(client.get(TIMELINE))
    assert "Day 5" in page and "Day 4" in page and "Day 3" not in page
    link = re.search(r'<a class="button" href="([^"]+)" hx-get="([^"]+)"', page)
    assert link and link.group(1) == link.group(2)
    assert 'hx-trigger="revealed, click"' in page
    assert 'hx-swap="outerHTML"' in page
    next_url = link.group(1).replace("&amp;", "&")
    second = html(client.get(next_url))
    assert "Day 3" in second and "Day 2" in second and "Day 5" not in second
    assert "Back to the first page" in second
    more = client.get(next_url, headers={"HX-Request": "true", "HX-Target": "load-more"})
    fragment = html(more).strip()
    assert 'id="event-list"' not in fragment
    assert "Day 3" in fragment
    assert "<html" not in fragment


def test_oldest_order(client):
    EventFactory(title="First", starts_on=D(2026, 1, 1))
    EventFactory(title="Second", starts_on=D(2026, 1, 2))
    page = html(client.get(TIMELINE, {"order": "oldest"}))
    assert page.index("First") < page.index("Second")


def test_at_highlights_the_event(client):
    events = [EventFactory(starts_on=D(2026, 1, day)) for day in range(1, 4)]
    page = html(client.get(TIMELINE, {"at": events[1].pk}))
    assert f'id="event-{events[1].pk}" aria-current="true"' in page
    assert f'id="event-{events[2].pk}"' not in page
    assert "Show from the latest event" in page


def test_overview_svg(client):
    EventFactory(starts_on=D(2026, 1, 3), kind="talks")
    EventFactory(starts_on=D(2026, 3, 3), kind="strike")
    page = html(client.get(TIMELINE))
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert svg.count('class="bar bar--') == 2
    assert "January 2026: 1." in svg and "March 2026: 1." in svg
    assert "style=" not in svg


# --- bad input --------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "param", "choice"),
    [
        ("process=atlantis", "process", "gaza"),
        ("kind=picnic", "kind", "talks"),
        ("from=someday", "from", None),
        ("to=2026-13", "to", None),
        ("order=sideways", "order", "oldest"),
        ("cursor=not-a-cursor", "cursor", None),
        ("at=abc", "at", None),
        ("actor=nobody", "actor", None),
    ],
)
def test_bad_filter_gives_400_naming_the_parameter(client, query, param, choice):
    ProcessFactory(slug="gaza")
    response = client.get(f"{TIMELINE}?{query}")
    assert response.status_code == 400
    page = html(response)
    assert f"The parameter <code>{param}</code>" in page
    if choice:
        assert f"<code>{choice}</code>" in page


def test_tampered_cursor_gives_400(client):
    token = Cursor("newest", D(2026, 1, 1), 1).sign()
    response = client.get(TIMELINE, {"cursor": token[:-2] + ("xy" if token[-2:] != "xy" else "zz")})
    assert response.status_code == 400
    assert "<code>cursor</code>" in html(response)


def test_bad_filter_for_htmx_is_a_fragment(client):
    response = client.get(TIMELINE, {"kind": "picnic"}, headers=HTMX)
    assert response.status_code == 400
    body = html(response).strip()
    assert body.startswith('<div id="event-list"')
    assert "<html" not in body


@pytest.mark.parametrize("words", ["_", "it's", "a:*|b", "'); drop", "ü" * 3])
def test_odd_search_words_never_fail(client, words):
    EventFactory(title="Talks")
    assert client.get(TIMELINE, {"q": words}).status_code == 200


def test_search_from_the_form(client):
    EventFactory(title="Talks in Genève")
    EventFactory(title="Strike on Kharkiv")
    page = html(client.get(TIMELINE, {"q": "GENEVE"}))
    assert "Talks in Genève" in page
    assert "Strike on Kharkiv" not in page
    assert 'value="GENEVE"' in page


def test_post_is_not_allowed(client):
    assert client.post(TIMELINE).status_code == 405


# --- permalinks -------------------------------------------------------------


def test_event_page(client):
    event = full_event(title="Talks in Geneva", summary="Delegations met for five hours.")
    citation = event.citations.first()
    speaker = ActorFactory(name="Rustem Umerov")
    citation.attributed_to = speaker
    citation.quote = "The talks were constructive."
    citation.save()
    response = client.get(event.get_absolute_url())
    page = html(response)
    assert response.status_code == 200
    assert '<link rel="canonical" href="http://testserver' + event.get_absolute_url() + '">' in page
    assert '<meta property="og:title" content="Talks in Geneva">' in page
    assert '<meta property="og:url" content="http://testserver' in page
    assert '<meta name="twitter:card" content="summary">' in page
    assert "The talks were constructive." in page
    assert "Rustem Umerov" in page
    assert f'<a href="{citation.url}" rel="noopener">{citation.title}</a>' in page
    assert "Example News" in page
    assert "Feb 4, 2026" in page  # citation date
    assert 'class="copy-link"' in page
    assert "<summary>Cite this event</summary>" in page


def test_event_json_ld_is_escaped_data(client):
    event = full_event(title="</script><script>alert(1)</script> & more")
    page = html(client.get(event.get_absolute_url()))
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and "&" not in block.replace("\\u0026", "")
    data = json.loads(block)
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == event.starts_on.isoformat()
    assert data["location"]["name"] == event.place.name
    assert data["url"].endswith(event.get_absolute_url())


def test_stale_slug_redirects_permanently(client):
    event = EventFactory(title="New title")
    response = client.get(reverse("timeline:event", args=[event.pk, "old-title"]))
    assert response.status_code == 301
    assert response["Location"] == event.get_absolute_url()


def test_missing_slug_redirects_permanently(client):
    event = EventFactory()
    response = client.get(reverse("timeline:event-short", args=[event.pk]))
    assert response.status_code == 301
    assert response["Location"] == event.get_absolute_url()


def test_unknown_event_is_404(client):
    response = client.get(reverse("timeline:event-short", args=[987654]))
    assert response.status_code == 404
    assert "There is no event number 987654." in html(response)


def test_unpublished_event_is_404_for_readers(client):
    event = EventFactory(published=False)
    assert client.get(event.get_absolute_url()).status_code == 404


def test_staff_see_unpublished_event(client, django_user_model):
    event = EventFactory(published=False, title="Draft event")
    staff = django_user_model.objects.create_user("editor", is_staff=True)
    client.force_login(staff)
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    assert "Unpublished" in html(response)
    assert '<meta name="robots" content="noindex">' in html(response)
    assert "private" in response["Cache-Control"]


def test_merged_event_redirects_to_the_absorbing_event(client):
    final = EventFactory()
    middle = EventFactory(merged_into=final)
    first = EventFactory(merged_into=middle)
    response = client.get(first.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == final.get_absolute_url()


def test_withdrawn_event_is_gone(client):
    event = EventFactory(
        title="Claimed meeting",
        withdrawn_at=dt.datetime(2026, 2, 5, tzinfo=dt.UTC),
        withdrawal_note="The meeting did not take place; the report was wrong.",
    )
    response = client.get(event.get_absolute_url())
    assert response.status_code == 410
    assert "The meeting did not take place" in html(response)


def test_related_events(client):
    process = ProcessFactory()
    before = EventFactory(process=process, starts_on=D(2026, 1, 1), title="Earlier round")
    event = EventFactory(process=process, starts_on=D(2026, 1, 5))
    after = EventFactory(process=process, starts_on=D(2026, 1, 9), title="Later round")
    page = html(client.get(event.get_absolute_url()))
    assert before.get_absolute_url() in page and after.get_absolute_url() in page
    assert f"at={event.pk}" in page


# --- actor, place and process pages -----------------------------------------


def test_actor_page_lists_their_events(client):
    actor = ActorFactory(name="Steve Witkoff", role="US special envoy")
    event = EventFactory(title="With Witkoff")
    ParticipationFactory(event=event, actor=actor)
    EventFactory(title="Without him")
    page = html(client.get(actor.get_absolute_url()))
    assert "Steve Witkoff" in page and "US special envoy" in page
    assert "With Witkoff" in page
    assert "Without him" not in page


def test_place_and_process_pages(client):
    event = full_event(title="Round in Istanbul")
    assert "Round in Istanbul" in html(client.get(event.place.get_absolute_url()))
    assert "Round in Istanbul" in html(client.get(event.process.get_absolute_url()))
    assert client.get(reverse("timeline:actor", args=["nobody"])).status_code == 404


def test_subject_page_htmx_load_more(client, monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 1)
    process = ProcessFactory()
    EventFactory.create_batch(2, process=process)
    page = html(client.get(process.get_absolute_url()))
    assert "Load more events" in page
    response = client.get(
        process.get_absolute_url(), headers={"HX-Request": "true", "HX-Target": "load-more"}
    )
    assert "<html" not in html(response)
    assert "HX-Request" in response["Vary"]


# --- query counts -----------------------------------------------------------


def count_queries(client, url: str, **kwargs) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **kwargs)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_timeline_queries_do_not_grow_with_events(client, monkeypatch, headers):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 100)  # every event on one page
    process = ProcessFactory()
    for _ in range(5):
        full_event(process=process)
    few = count_queries(client, TIMELINE, headers=headers)
    for _ in range(45):
        full_event(process=process)
    many = count_queries(client, TIMELINE, headers=headers)
    assert many == few
    assert html(client.get(TIMELINE)).count('class="event event--') == 50


def test_filtered_timeline_queries_do_not_grow(client):
    process = ProcessFactory(slug="track")
    for _ in range(5):
        full_event(process=process)
    url = f"{TIMELINE}?process=track&kind=talks&from=2026&q=delegations"
    few = count_queries(client, url)
    for _ in range(45):
        full_event(process=process)
    assert count_queries(client, url) == few


def test_home_and_event_page_queries_are_fixed(client):
    event = full_event()
    home, detail = count_queries(client, "/"), count_queries(client, event.get_absolute_url())
    for _ in range(20):
        other = full_event(process=event.process)
        CitationFactory.create_batch(3, event=event)
        ParticipationFactory(event=event)
        ParticipationFactory(event=other)
    assert count_queries(client, "/") == home
    assert count_queries(client, event.get_absolute_url()) == detail


# --- caching and CSP hygiene ------------------------------------------------


def test_repeat_visit_gets_304(client):
    full_event()
    first = client.get(TIMELINE)
    etag = first["ETag"]
    assert etag
    assert client.get(TIMELINE)["ETag"] == etag  # no per-request token or nonce in the body
    again = client.get(TIMELINE, headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_page_and_fragment_validators_differ(client):
    full_event()
    assert client.get(TIMELINE)["ETag"] != client.get(TIMELINE, headers=HTMX)["ETag"]


def test_etag_changes_when_the_data_changes(client):
    event = full_event(title="Before")
    etag = client.get(TIMELINE)["ETag"]
    event.title = "After"
    event.save()
    response = client.get(TIMELINE, headers={"If-None-Match": etag})
    assert response.status_code == 200


def test_event_page_conditional_get(client):
    event = full_event()
    etag = client.get(event.get_absolute_url())["ETag"]
    response = client.get(event.get_absolute_url(), headers={"If-None-Match": etag})
    assert response.status_code == 304


@pytest.mark.parametrize("name", ["home", "timeline", "event", "actor", "error"])
def test_no_inline_script_style_csrf_or_nonce(client, name):
    event = full_event()
    url = {
        "home": "/",
        "timeline": TIMELINE,
        "event": event.get_absolute_url(),
        "actor": event.actors.first().get_absolute_url(),
        "error": TIMELINE + "?kind=picnic",
    }[name]
    page = html(client.get(url))
    assert "style=" not in page
    assert "<style" not in page
    assert "nonce" not in page
    assert "csrfmiddlewaretoken" not in page
    for tag in re.findall(r"<script[^>]*>", page):
        assert " src=" in tag or 'type="application/ld+json"' in tag, tag
    assert '"includeIndicatorStyles":false' in page and '"allowEval":false' in page
    assert "/static/django_htmx/htmx-2.min.js" in page


def test_csp_header_is_strict(client):
    header = client.get(TIMELINE)["Content-Security-Policy"]
    assert "script-src 'self'" in header
    assert "unsafe-inline" not in header
