"""Public pages: home, the filterable timeline, permalinks, actor/place/process pages.

Every control is a link or a GET form first; htmx swaps only the event list
(with the overview above it), appends the next page, or fetches one row's
summary and sources into the row (``event_details``; a plain request to that
URL is sent to the permalink).
A view renders ``"page.html#partial"`` for htmx requests, the full page for
normal requests and for htmx's history restores, and says so with
``Vary: HX-Request, HX-Target, HX-History-Restore-Request``. Public pages carry no CSRF
token and no CSP nonce, so each response's ETag is a hash of its body and a
repeat visit gets a 304.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from timeline import selectors
from timeline.filters import BadFilter, TimelineFilters, parse_timeline_filters
from timeline.models import Actor, Event, Participation, Place, Process
from timeline.overview import overview_chart


class HtmxHttpRequest(HttpRequest):
    """A request that went through django-htmx's middleware (the type its docs recommend).

    django-htmx 1.29 does not export this class, so it is declared here for annotations.
    """

    htmx: HtmxDetails


HTMX_VARY = ("HX-Request", "HX-Target", "HX-History-Restore-Request")

_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data: dict) -> SafeString:
    """JSON for a ``<script type="application/ld+json">`` data block, safe to inline."""
    return mark_safe(  # noqa: S308 - <, > and & are escaped, so the block cannot end early
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    )


def is_partial(request: HtmxHttpRequest) -> bool:
    return bool(request.htmx) and not request.htmx.history_restore_request


def finish(request: HtmxHttpRequest, response: HttpResponse, *, public: bool = True):
    """Cache headers and a body ETag; answer 304 when the reader already has this body."""
    if public and not (request.user.is_authenticated and request.user.is_staff):
        patch_cache_control(response, no_cache=True, public=True)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    if response.status_code == 200 and not response.has_header("ETag"):
        set_response_etag(response)
    return get_conditional_response(request, etag=response.get("ETag"), response=response)


def bad_filter(request: HtmxHttpRequest, error: BadFilter) -> HttpResponse:
    template = "400.html#problem" if is_partial(request) else "400.html"
    response = render(request, template, {"error": error}, status=400)
    patch_vary_headers(response, HTMX_VARY)
    return response


def _list_context(request: HtmxHttpRequest, filters: TimelineFilters) -> dict:
    page = selectors.timeline_page(filters)
    return {
        "filters": filters,
        "page": page,
        "list_path": request.path,
        "next_query": filters.query(cursor=page.next_cursor.sign()) if page.next_cursor else "",
    }


def _render_list_page(
    request: HtmxHttpRequest, template: str, filters: TimelineFilters, context: dict
) -> HttpResponse:
    """The full page, the whole list (a filter change) or one more page (Load more)."""
    context.update(_list_context(request, filters))
    if is_partial(request):
        if request.htmx.target == "event-list":
            template = "timeline/timeline.html#event-list"
        else:
            template = "timeline/_event_list.html#event-page"
    response = render(request, template, context)
    patch_vary_headers(response, HTMX_VARY)
    return finish(request, response)


@require_GET
def home(request: HtmxHttpRequest) -> HttpResponse:
    context = {
        "processes": selectors.active_processes(),
        "latest": selectors.latest_events(limit=8),
    }
    return finish(request, render(request, "timeline/home.html", context))


@require_GET
def timeline(request: HtmxHttpRequest) -> HttpResponse:
    try:
        filters = parse_timeline_filters(request.GET)
        context = {
            "processes": list(Process.objects.order_by("name")),
            "kinds": Event.Kind.choices,
            "without_actor": filters.query(actor=None),
            "without_place": filters.query(place=None),
        }
        if not is_partial(request) or request.htmx.target == "event-list":
            context["overview"] = overview_chart(selectors.overview_events(filters), filters)
        return _render_list_page(request, "timeline/timeline.html", filters, context)
    except BadFilter as error:
        return bad_filter(request, error)


def _subject_page(request: HtmxHttpRequest, name: str, subject) -> HttpResponse:
    try:
        filters = parse_timeline_filters(request.GET, **{name: subject})
        context = {"subject": subject, "subject_kind": name}
        return _render_list_page(request, f"timeline/{name}.html", filters, context)
    except BadFilter as error:
        return bad_filter(request, error)


@require_GET
def actor_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    return _subject_page(request, "actor", get_object_or_404(Actor, slug=slug))


@require_GET
def place_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    return _subject_page(request, "place", get_object_or_404(Place, slug=slug))


@require_GET
def process_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    return _subject_page(request, "process", get_object_or_404(Process, slug=slug))


SCHEMA_STATUS = {
    Event.Status.SCHEDULED: "https://schema.org/EventScheduled",
    Event.Status.HELD: "https://schema.org/EventScheduled",
    Event.Status.POSTPONED: "https://schema.org/EventPostponed",
    Event.Status.CANCELLED: "https://schema.org/EventCancelled",
}


# Hosts and mediators organise a round; everyone else taking part performs in it.
ORGANIZER_ROLES = {Participation.Role.HOST, Participation.Role.MEDIATOR}


def event_json_ld(event: Event, url: str) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": event.starts_on,
        "eventStatus": SCHEMA_STATUS[event.status],
        "description": event.summary or event.display_date,
    }
    if event.ends_on:
        data["endDate"] = event.ends_on
    if event.status == Event.Status.POSTPONED and event.previous_starts_on:
        data["previousStartDate"] = event.previous_starts_on
    if event.place:
        place: dict = {"@type": "Place", "name": event.place.name}
        if event.place.country:
            place["address"] = {"@type": "PostalAddress", "addressCountry": event.place.country}
        if event.place.latitude is not None and event.place.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": event.place.latitude,
                "longitude": event.place.longitude,
            }
        data["location"] = place
    performers, organizers = [], []
    for part in event.participations.all():
        entry = {
            "@type": "Person" if part.actor.kind == Actor.Kind.PERSON else "Organization",
            "name": part.actor.name,
        }
        if part.role in ORGANIZER_ROLES:
            organizers.append(entry)
        elif entry not in performers:
            performers.append(entry)
    if performers:
        data["performer"] = performers
    if organizers:
        data["organizer"] = organizers
    return data


@require_GET
def event_detail(request: HtmxHttpRequest, pk: int, slug: str = "") -> HttpResponse:
    event = selectors.event_for_permalink(pk)
    staff = request.user.is_authenticated and request.user.is_staff
    if event is None or not (event.published or staff):
        raise Http404(f"There is no event number {pk}.")
    if event.merged_into_id is not None:
        return HttpResponsePermanentRedirect(selectors.final_event(event).get_absolute_url())
    if event.withdrawn_at is not None:
        response = render(request, "410.html", {"event": event}, status=410)
        patch_cache_control(response, no_cache=True)
        return response
    if slug != event.slug:
        return HttpResponsePermanentRedirect(event.get_absolute_url())
    canonical = request.build_absolute_uri(event.get_absolute_url())
    context = {
        "event": event,
        "canonical": canonical,
        "json_ld": json_ld(event_json_ld(event, canonical)),
        "related": selectors.related_events(event),
        "site_name": getattr(settings, "SITE_NAME", "Peace talks timeline"),
    }
    return finish(request, render(request, "timeline/event.html", context), public=event.published)


@require_GET
def event_details(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """A timeline row's disclosure: the summary and sources, swapped in place by htmx.

    Without htmx (a shared or bookmarked URL) it sends the reader to the permalink.
    """
    event = selectors.event_details(pk)
    if event is None:
        raise Http404(f"There is no event number {pk}.")
    if not is_partial(request):
        response = HttpResponseRedirect(event.get_absolute_url() + "#sources")
        patch_vary_headers(response, HTMX_VARY)
        return response
    response = render(request, "timeline/_event_list.html#event-details", {"event": event})
    patch_vary_headers(response, HTMX_VARY)
    return finish(request, response)
