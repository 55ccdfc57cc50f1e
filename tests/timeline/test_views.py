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
    PlaceFactory,
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


def row_titles(page: str) -> list[str]:
    """Titles of the timeline rows (not of the overview or its text alternative)."""
    return re.findall(r'<p class="event__title"><a href="[^"]+">([^<]+)</a>', page)


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
    assert row_titles(page) == ["Day 5", "Day 4"]
    link = re.search(r'<a class="button" href="([^"]+)" data-hx-get="([^"]+)"', page)
    assert link and link.group(1) == link.group(2)
    assert 'hx-trigger="revealed, click"' in page
    assert 'hx-swap="outerHTML"' in page
    next_url = link.group(1).replace("&amp;", "&")
    second = html(client.get(next_url))
    assert row_titles(second) == ["Day 3", "Day 2"]
    assert "Back to the first page" in second
    more = client.get(next_url, headers={"HX-Request": "true", "HX-Target": "load-more"})
    fragment = html(more).strip()
    assert 'id="event-list"' not in fragment
    assert row_titles(fragment) == ["Day 3", "Day 2"]
    assert "<svg" not in fragment  # the overview comes with the list, not with each page
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


def overview_svg(page: str) -> str:
    return re.search(r'<svg class="overview__chart".*?</svg>', page, re.S).group(0)


def test_overview_is_a_time_axis_of_marks_ticks_and_truce_spans(client):
    process = ProcessFactory(slug="gaza")
    truce = EventFactory(
        process=process,
        kind="truce",
        title="Ceasefire",
        starts_on=D(2026, 1, 10),
        ends_on=D(2026, 1, 20),
    )
    inside = EventFactory(
        process=process, kind="strike", title="Strike A", starts_on=D(2026, 1, 12)
    )
    outside = EventFactory(
        process=process, kind="strike", title="Strike B", starts_on=D(2026, 1, 25)
    )
    talks = EventFactory(
        process=process,
        kind="talks",
        title="Round",
        starts_on=D(2026, 1, 23),
        ends_on=D(2026, 1, 24),
    )
    deal = EventFactory(process=process, kind="agreement", title="Deal", starts_on=D(2026, 1, 30))
    EventFactory(process=process, kind="statement", title="Words", starts_on=D(2026, 1, 15))
    page = html(client.get(TIMELINE))
    svg = overview_svg(page)
    assert "style=" not in svg and "bar--" not in svg  # the old per-month bars are gone
    assert svg.count('<a class="overview__truce"') == 1
    assert svg.count('<a class="overview__strike') == 2
    assert svg.count('<a class="overview__strike overview__strike--in-truce"') == 1
    assert '<a class="overview__mark overview__mark--talks"' in svg
    assert '<a class="overview__mark overview__mark--agreement"' in svg
    assert "Words" not in svg  # statements are not drawn
    # Every mark jumps to its event in the list; the truce filters the list to its days.
    for event in (inside, outside, talks, deal):
        assert f'href="{TIMELINE}?at={event.pk}#event-{event.pk}"' in svg
    assert f'href="{TIMELINE}?from=2026-01-10&amp;to=2026-01-20"' in svg
    assert f"Strike during a truce: {inside.title}" in svg
    assert f"Strike: {outside.title}" in svg
    # Time runs left to right.
    positions = [
        float(
            re.search(
                rf'at={event.pk}#[^>]*>\s*<title>.*?</title>\s*<\w+ (?:x1|x|points)="([\d.]+)',
                svg,
                re.S,
            ).group(1)
        )
        for event in (inside, talks, outside, deal)
    ]
    assert positions == sorted(positions)
    # The text alternative says which strikes fell inside the truce.
    caption = re.search(r"<figcaption.*?</figcaption>", page, re.S).group(0)
    assert "1 round of talks, 1 agreement, 2 strikes, 1 truce." in caption
    assert "1 strike fell during a truce" in caption
    text = re.search(r'<details class="overview__text">.*?</details>', page, re.S).group(0)
    assert re.search(
        rf"{truce.title}</a>, Jan 10–20, 2026. Strikes during it: <a[^>]*>Strike A</a>", text
    )
    assert "Strike B" not in text


def test_overview_spans_the_filtered_period_and_keeps_the_filters(client):
    process = ProcessFactory(slug="gaza")
    strike = EventFactory(process=process, kind="strike", starts_on=D(2026, 2, 3))
    page = html(client.get(TIMELINE, {"process": "gaza", "from": "2026-01", "to": "2026-03"}))
    svg = overview_svg(page)
    assert "Jan 1, 2026 to Mar 31, 2026" in svg
    assert (
        f"?process=gaza&amp;from=2026-01&amp;to=2026-03&amp;at={strike.pk}#event-{strike.pk}" in svg
    )
    assert ">Jan 2026</text>" in svg and ">Feb</text>" in svg and ">Mar</text>" in svg
    assert "Jan 1, 2026</text>" not in svg  # the period starts on a month: no extra label


def test_open_truce_runs_to_the_edge_and_takes_later_strikes(client):
    EventFactory(kind="truce", title="Open truce", starts_on=D(2026, 1, 10), end_known=False)
    EventFactory(kind="strike", starts_on=D(2026, 3, 1))
    svg = overview_svg(html(client.get(TIMELINE)))
    assert 'class="overview__truce overview__truce--open"' in svg
    assert "overview__strike--in-truce" in svg


def test_filter_swap_redraws_the_overview(client):
    EventFactory(kind="strike", starts_on=D(2026, 2, 3))
    fragment = html(client.get(TIMELINE, {"kind": "strike"}, headers=HTMX))
    assert fragment.strip().startswith('<div id="event-list"')
    assert "overview__strike" in fragment
    empty = html(client.get(TIMELINE, {"kind": "talks"}, headers=HTMX))
    assert "<svg" not in empty


# --- row disclosure ---------------------------------------------------------


def test_each_row_links_to_its_sources_and_names_its_details_panel(client):
    event = full_event(title="Talks in Geneva")
    for page in (html(client.get(TIMELINE)), html(client.get("/"))):
        link = re.search(r'<a class="disclosure"[^>]*>', page).group(0)
        assert f'href="{event.get_absolute_url()}#sources"' in link  # works without JavaScript
        assert f'data-details="/events/{event.pk}/details/"' in link
        assert f'data-controls="details-{event.pk}"' in link
        assert f'<div class="event__details" id="details-{event.pk}" hidden></div>' in page


def test_row_details_partial_has_summary_and_citations(client):
    event = full_event(title="Talks in Geneva", summary="Delegations met for five hours.")
    quotes = list(event.citations.values_list("quote", flat=True))
    url = reverse("timeline:event-details", args=[event.pk])
    response = client.get(url, headers={"HX-Request": "true", "HX-Target": f"details-{event.pk}"})
    body = html(response).strip()
    assert response.status_code == 200
    assert "<html" not in body and "<article" not in body
    assert "Delegations met for five hours." in body
    for quote in quotes:
        assert quote in body
    assert f'href="{event.get_absolute_url()}"' in body
    assert "HX-Request" in response["Vary"]
    assert response["ETag"]


def test_row_details_without_htmx_go_to_the_permalink(client):
    event = full_event()
    response = client.get(reverse("timeline:event-details", args=[event.pk]))
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url() + "#sources"


def test_row_details_of_an_unpublished_event_are_404(client):
    event = EventFactory(published=False)
    url = reverse("timeline:event-details", args=[event.pk])
    assert client.get(url, headers={"HX-Request": "true"}).status_code == 404


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


def test_json_ld_status_postponement_location_performers_and_organizers(client):
    from timeline.models import Participation

    event = EventFactory(
        title="Postponed round",
        status="postponed",
        starts_on=D(2026, 2, 8),
        previous_starts_on=D(2026, 2, 1),
    )
    ParticipationFactory(event=event, actor=ActorFactory(name="Umerov"), role="delegate")
    host = ActorFactory(name="UAE", kind="state")
    ParticipationFactory(event=event, actor=host, role=Participation.Role.HOST)
    page = html(client.get(event.get_absolute_url()))
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    data = json.loads(block)
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["previousStartDate"] == "2026-02-01"
    assert data["location"] == {
        "@type": "Place",
        "name": event.place.name,
        "address": {"@type": "PostalAddress", "addressCountry": event.place.country},
    }
    assert data["performer"] == [{"@type": "Person", "name": "Umerov"}]
    assert data["organizer"] == [{"@type": "Organization", "name": "UAE"}]
    assert '<meta name="twitter:card" content="summary">' in page
    assert '<meta name="twitter:title" content="Postponed round">' in page
    assert '<meta name="twitter:description" content="postponed (was Feb 1): Feb 8, 2026' in page


@pytest.mark.parametrize(
    ("status", "schema"),
    [
        ("held", "EventScheduled"),
        ("scheduled", "EventScheduled"),
        ("cancelled", "EventCancelled"),
    ],
)
def test_json_ld_event_status(client, status, schema):
    event = EventFactory(status=status)
    page = html(client.get(event.get_absolute_url()))
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["eventStatus"] == f"https://schema.org/{schema}"
    assert "previousStartDate" not in data


def test_truce_page_lists_the_strikes_inside_it_and_a_strike_its_truce(client):
    process = ProcessFactory()
    truce = EventFactory(
        process=process,
        kind="truce",
        title="Ceasefire",
        starts_on=D(2026, 1, 10),
        ends_on=D(2026, 1, 20),
    )
    strike = EventFactory(
        process=process, kind="strike", title="Drone strike", starts_on=D(2026, 1, 14)
    )
    page = html(client.get(truce.get_absolute_url()))
    section = re.search(r"<h3>Strikes during this truce</h3>\s*<ul.*?</ul>", page, re.S).group(0)
    assert strike.get_absolute_url() in section
    page = html(client.get(strike.get_absolute_url()))
    section = re.search(
        r"<h3>This strike fell during a truce</h3>\s*<ul.*?</ul>", page, re.S
    ).group(0)
    assert truce.get_absolute_url() in section


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


def add_events(n: int, *, process, actor, place) -> list:
    """Events with a shared actor and place, one more actor and two citations each."""
    kinds = ["talks", "strike", "truce", "agreement", "statement"]
    events = []
    for index in range(n):
        event = full_event(
            process=process,
            place=place,
            kind=kinds[index % len(kinds)],
            starts_on=D(2026, 1, 1) + dt.timedelta(days=index % 60),
            ends_on=D(2026, 1, 3) + dt.timedelta(days=index % 60) if index % 7 == 0 else None,
        )
        ParticipationFactory(event=event, actor=actor)
        events.append(event)
    return events


PAGES = {
    "home": lambda ev: ("/", {}),
    "timeline": lambda ev: (TIMELINE, {}),
    "timeline list swap": lambda ev: (TIMELINE, HTMX),
    "timeline filtered": lambda ev: (
        f"{TIMELINE}?process=track&kind=talks&kind=strike&kind=truce&from=2026&q=delegations",
        {},
    ),
    "timeline load more": lambda ev: (TIMELINE, {"HX-Request": "true", "HX-Target": "load-more"}),
    "event": lambda ev: (ev.get_absolute_url(), {}),
    "row details": lambda ev: (
        reverse("timeline:event-details", args=[ev.pk]),
        {"HX-Request": "true", "HX-Target": f"details-{ev.pk}"},
    ),
    "actor": lambda ev: (reverse("timeline:actor", args=["shared-actor"]), {}),
    "place": lambda ev: (reverse("timeline:place", args=["shared-place"]), {}),
    "process": lambda ev: (reverse("timeline:process", args=["track"]), {}),
}


@pytest.mark.parametrize("name", PAGES)
def test_queries_are_fixed_at_5_and_at_100_events(client, monkeypatch, name):
    """Every page and partial: the same number of queries for 5 events as for 100."""
    monkeypatch.setattr(selectors, "PAGE_SIZE", 200)  # every event on one page
    process = ProcessFactory(slug="track")
    actor = ActorFactory(slug="shared-actor")
    place = PlaceFactory(slug="shared-place")
    events = add_events(5, process=process, actor=actor, place=place)
    target = events[2]  # a truce: its page lists strikes inside it as well
    url, headers = PAGES[name](target)
    few = count_queries(client, url, headers=headers)
    events += add_events(95, process=process, actor=actor, place=place)
    for _ in range(3):  # the event itself grows too
        CitationFactory(event=target)
        ParticipationFactory(event=target)
    many = count_queries(client, url, headers=headers)
    assert many == few
    if name in {"timeline", "actor", "place", "process"}:
        assert html(client.get(url)).count('<article class="event event--') == 100


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
