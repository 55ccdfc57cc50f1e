"""Write paths of the editors' desk: import, extract, accept, link, reject.

Each function is keyword-only and runs in one transaction, so an editor's
decision either happens completely or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from newsroom import ingest
from newsroom.extraction import Gazetteer, Proposal, extract
from newsroom.models import Article, Source, Suggestion
from timeline.models import Actor, Event, Place, Process, find_by_name
from timeline.services import citation_add, event_create

KEEP = object()  # an accept argument the editor did not correct


class DecisionError(Exception):
    """An editor's decision cannot be applied; the message says why, for the editor."""


def build_gazetteer() -> Gazetteer:
    """The extraction gazetteer from the actors and places editors maintain in admin."""
    return Gazetteer.from_records(
        actors=list(Actor.objects.values("name", "slug", "kind", "aliases")),
        places=list(Place.objects.values("name", "slug", "aliases")),
    )


@transaction.atomic
def article_create(
    *,
    source: Source,
    title: str,
    text: str,
    published_on: dt.date | None,
    language: str = Article.Language.EN,
    process: Process | None = None,
    url: str = "",
    byline: str = "",
    clean_html: str = "",
    created_by=None,
) -> Article:
    article = Article(
        source=source,
        title=title,
        text=text,
        published_on=published_on,
        language=language,
        process=process,
        url=url,
        byline=byline,
        clean_html=clean_html,
        created_by=created_by,
    )
    article.full_clean()
    article.save()
    request_extraction(article=article)
    return article


@dataclass(frozen=True)
class ImportResult:
    article: Article
    created: bool
    text_changed: bool

    def describe(self) -> str:
        if self.created:
            state = "Imported"
        elif self.text_changed:
            state = "Updated (the text changed; extraction runs again, decisions are kept)"
        else:
            state = "Already imported, unchanged"
        flag = ""
        if self.article.published_on is None:
            flag = " It has no publication date: set one to extract events."
        return f"{state}: “{self.article.title}”.{flag}"


def _problems(error: Exception) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
    return "the database refused it"


def source_for_url(url: str) -> Source:
    host = (urlsplit(url).hostname or "").removeprefix("www.") or "Unknown source"
    source, _ = Source.objects.get_or_create(name=host, defaults={"homepage": f"https://{host}/"})
    return source


@transaction.atomic
def article_import(
    *,
    parsed: ingest.ParsedArticle,
    url: str = "",
    source: Source | None = None,
    process: Process | None = None,
    published_on: dt.date | None = None,
    language: str | None = None,
    created_by=None,
) -> ImportResult:
    """Store an imported article; the same URL again updates it and never duplicates it."""
    if not parsed.text.strip():
        raise ingest.IngestError("No article text was found to import.")
    digest = ingest.content_hash(parsed.text)
    fields = {
        "title": (parsed.title or parsed.text.strip().splitlines()[0])[:300],
        "byline": parsed.byline[:200],
        "text": parsed.text,
        "clean_html": parsed.clean_html,
    }
    published = published_on or parsed.published
    lang = language or parsed.language
    lang = lang if lang in Article.Language.values else None

    # The same URL, or for pasted and uploaded text the same text, is the same article.
    same = Q(url=url) if url else Q(url="", content_hash=digest)
    article = Article.objects.select_for_update().filter(same).first()
    if article is None:
        if source is None and url:
            source = source_for_url(url)
        elif source is None:
            source, _ = Source.objects.get_or_create(name="Pasted or uploaded")
        article = Article(
            url=url,
            source=source,
            process=process,
            published_on=published,
            language=lang or Article.Language.EN,
            created_by=created_by,
            **fields,
        )
        try:
            article.full_clean()
            with transaction.atomic():
                article.save()
        except (ValidationError, IntegrityError) as error:
            # Another editor may have imported the same article a moment ago: theirs is
            # committed now, and this import updates it like any repeat import.
            existing = Article.objects.select_for_update().filter(same).first()
            if existing is None:
                raise ingest.IngestError(
                    f"This article cannot be saved ({_problems(error)})."
                ) from error
            article = existing
        else:
            request_extraction(article=article)
            return ImportResult(article, created=True, text_changed=False)

    text_changed = article.content_hash != digest
    for name, value in fields.items():
        setattr(article, name, value)
    article.published_on = article.published_on or published
    if process is not None:
        article.process = process
    article.save()
    if text_changed:
        request_extraction(article=article)
    return ImportResult(article, created=False, text_changed=text_changed)


def article_import_url(
    *, url: str, process: Process | None = None, created_by=None
) -> ImportResult:
    """Fetch a URL safely and import it. Raises ingest.IngestError with an editor's message.

    Nothing is written when the fetch or the parse fails.
    """
    page = ingest.fetch(url, allowed_addresses=settings.NEWSROOM_FETCH_ALLOWED_ADDRESSES)
    parsed = ingest.parse_page(page)
    return article_import(parsed=parsed, url=page.url, process=process, created_by=created_by)


def request_extraction(*, article: Article) -> None:
    """Queue extraction for when the current transaction commits (a Django task)."""
    from newsroom.tasks import extract_article

    Article.objects.filter(pk=article.pk).update(
        extraction_status=Article.Extraction.PENDING, extraction_error=""
    )
    transaction.on_commit(partial(extract_article.enqueue, article_id=article.pk))


@dataclass(frozen=True)
class ExtractionOutcome:
    created: int
    updated: int
    kept_decided: int
    removed: int


def suggestion_title(proposal: Proposal, place: Place | None, actors: list[Actor]) -> str:
    """A plain first title an editor can improve: "Talks in Abu Dhabi", "Strike: Russia"."""
    label = Event.Kind(proposal.kind).label
    if place is not None:
        return f"{label} in {place.name}"
    if actors:
        return f"{label}: {', '.join(a.name for a in actors[:3])}"
    return label


def find_matching_event(
    *,
    kind: str,
    starts_on: dt.date,
    ends_on: dt.date | None,
    place: Place | None,
    actors: list[Actor],
    process: Process | None = None,
) -> Event | None:
    """An existing event this proposal most likely describes: same kind, overlapping or
    adjacent days, and a shared place or actor. A proposal that names neither matches
    an event of the same kind on overlapping days in the article's process."""
    last = ends_on or starts_on
    candidates = Event.objects.filter(kind=kind, merged_into__isnull=True)
    if place is None and not actors:
        if process is None:
            return None
        candidates = candidates.filter(process=process).overlapping(starts_on, last)
        return candidates.order_by("starts_on", "id").first()
    window = (starts_on - dt.timedelta(days=1), last + dt.timedelta(days=1))
    shared = Q(pk__in=[])
    if place is not None:
        shared |= Q(place=place)
    if actors:
        shared |= Q(participations__actor__in=actors)
    candidates = candidates.overlapping(*window).filter(shared).distinct()
    return candidates.order_by("starts_on", "id").first()


@transaction.atomic
def run_extraction(*, article: Article, gazetteer: Gazetteer | None = None) -> ExtractionOutcome:
    """Extract proposals and store them as suggestions, never undoing a decision.

    Pending suggestions are refreshed from the new proposals; suggestions an
    editor decided are kept as they are; pending ones the extractor no longer
    proposes are removed.
    """
    article = Article.objects.select_for_update().get(pk=article.pk)
    if article.published_on is None:
        article.extraction_status = Article.Extraction.NEEDS_DATE
        article.extraction_error = (
            "Set the publication date: year-less dates are read relative to it."
        )
        article.save(update_fields=["extraction_status", "extraction_error", "updated_at"])
        return ExtractionOutcome(0, 0, 0, 0)

    gazetteer = gazetteer or build_gazetteer()
    proposals = extract(
        article.text,
        published=article.published_on,
        language=article.language,
        gazetteer=gazetteer,
    )
    places = {p.slug: p for p in Place.objects.filter(slug__in={p.place for p in proposals})}
    actor_slugs = {ref.slug for p in proposals for ref in p.actors}
    actors_by_slug = {a.slug: a for a in Actor.objects.filter(slug__in=actor_slugs)}
    existing = {s.key: s for s in article.suggestions.all()}

    created = updated = kept = 0
    for proposal in proposals:
        suggestion = existing.pop(proposal.key, None)
        if suggestion is not None and suggestion.status != Suggestion.Status.PENDING:
            kept += 1
            continue
        place = places.get(proposal.place) if proposal.place else None
        actors = [actors_by_slug[r.slug] for r in proposal.actors if r.slug in actors_by_slug]
        fields = {
            "title": suggestion_title(proposal, place, actors),
            "kind": proposal.kind,
            "event_status": proposal.status,
            "starts_on": proposal.starts_on,
            "ends_on": proposal.ends_on,
            "end_known": proposal.end_known,
            "precision": proposal.precision,
            "time_note": proposal.time_note,
            "previous_starts_on": proposal.previous_starts_on,
            "year_inferred": proposal.year_inferred,
            "place": place,
            "actor_roles": {r.slug: r.role for r in proposal.actors if r.role},
            "unmatched_names": list(proposal.unknown_people),
            "quote": proposal.quote,
            "span_start": proposal.spans[0].start,
            "span_end": proposal.spans[0].end,
            "other_spans": [[s.start, s.end] for s in proposal.spans[1:]],
            "confidence": proposal.confidence,
            "weak": proposal.weak,
            "proposed_match": find_matching_event(
                kind=proposal.kind,
                starts_on=proposal.starts_on,
                ends_on=proposal.ends_on,
                place=place,
                actors=actors,
                process=article.process,
            ),
        }
        if suggestion is None:
            suggestion = Suggestion.objects.create(article=article, key=proposal.key, **fields)
            created += 1
        else:
            for name, value in fields.items():
                setattr(suggestion, name, value)
            suggestion.save()
            updated += 1
        suggestion.actors.set(actors)

    stale = [s.pk for s in existing.values() if s.status == Suggestion.Status.PENDING]
    Suggestion.objects.filter(pk__in=stale).delete()
    kept += len(existing) - len(stale)

    article.extraction_status = Article.Extraction.DONE
    article.extraction_error = ""
    article.extracted_at = timezone.now()
    article.save(
        update_fields=["extraction_status", "extraction_error", "extracted_at", "updated_at"]
    )
    return ExtractionOutcome(created, updated, kept, len(stale))


def _lock_pending(suggestion: Suggestion) -> Suggestion:
    """Lock the suggestion row; refuse when another editor already decided it."""
    locked = (
        Suggestion.objects.select_for_update(of=("self",))
        .select_related("article__source", "article__process")
        .get(pk=suggestion.pk)
    )
    if locked.status != Suggestion.Status.PENDING:
        who = locked.decided_by.get_username() if locked.decided_by_id else "someone"
        when = (
            timezone.localtime(locked.decided_at).strftime("%Y-%m-%d %H:%M")
            if locked.decided_at
            else "earlier"
        )
        raise DecisionError(
            f"This suggestion was already {locked.get_status_display().lower()} by {who} at {when}."
        )
    return locked


def _cite(suggestion: Suggestion, event: Event):
    article = suggestion.article
    return citation_add(
        event=event,
        url=article.url,
        title=article.title,
        publisher=article.source.name,
        published_on=article.published_on,
        quote=suggestion.quote,
    )


def _record(suggestion: Suggestion, *, status: str, user, event=None, citation=None) -> None:
    suggestion.status = status
    suggestion.event = event
    suggestion.citation = citation
    suggestion.decided_by = user
    suggestion.decided_at = timezone.now()
    suggestion.save()


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: Suggestion,
    user,
    publish: bool = True,
    process: Process | None = None,
    title: str | None = None,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    place: Place | None | object = KEEP,
    actors: list[Actor] | None = None,
) -> Event:
    """Create the event, its participations and a citation from a suggestion.

    Keyword overrides are the editor's corrections; omitted ones keep the proposal
    (``place=None`` removes the place, leaving it out keeps the proposed one).
    A corrected ``starts_on`` comes with its ``ends_on`` (None for a single day).
    """
    suggestion = _lock_pending(suggestion)
    process = process or suggestion.article.process
    if process is None:
        raise DecisionError("Choose the process this article belongs to before accepting.")
    if starts_on is None:  # dates are corrected together, or not at all
        starts_on, ends_on = suggestion.starts_on, suggestion.ends_on
    if ends_on is not None and ends_on < starts_on:
        raise DecisionError("The last day cannot be before the first day.")
    chosen_actors = actors if actors is not None else list(suggestion.actors.all())
    event = event_create(
        process=process,
        kind=suggestion.kind,
        title=title or suggestion.title,
        starts_on=starts_on,
        ends_on=ends_on,
        end_known=suggestion.end_known,
        precision=suggestion.precision,
        time_note=suggestion.time_note,
        status=suggestion.event_status,
        previous_starts_on=suggestion.previous_starts_on,
        place=suggestion.place if place is KEEP else place,
        participants=[
            (actor, suggestion.actor_roles.get(actor.slug) or "participant")
            for actor in chosen_actors
        ],
        published=publish,
    )
    citation = _cite(suggestion, event)
    _record(
        suggestion, status=Suggestion.Status.ACCEPTED, user=user, event=event, citation=citation
    )
    return event


@transaction.atomic
def suggestion_add_new_actor(*, suggestion: Suggestion, name: str) -> Actor:
    """Create a person the extractor found by their title, and add them to the suggestion.

    An existing actor of that name (or alias) is reused instead of duplicated.
    """
    name = " ".join(name.split())
    if name not in suggestion.unmatched_names:
        raise DecisionError(f"“{name}” is not a name proposed for this suggestion.")
    actor = find_by_name(Actor.objects.all(), name)
    if actor is None:
        base = slugify(name) or "actor"
        slug, n = base, 2
        while Actor.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        actor = Actor.objects.create(name=name, slug=slug, kind=Actor.Kind.PERSON)
    suggestion.actors.add(actor)
    suggestion.unmatched_names = [n for n in suggestion.unmatched_names if n != name]
    suggestion.save(update_fields=["unmatched_names", "updated_at"])
    return actor


@transaction.atomic
def suggestion_link(*, suggestion: Suggestion, event: Event, user) -> Event:
    """Cite the suggestion's sentence on an existing event instead of creating one."""
    suggestion = _lock_pending(suggestion)
    citation = _cite(suggestion, event)
    _record(suggestion, status=Suggestion.Status.LINKED, user=user, event=event, citation=citation)
    return event


@transaction.atomic
def suggestion_reject(*, suggestion: Suggestion, user) -> None:
    suggestion = _lock_pending(suggestion)
    _record(suggestion, status=Suggestion.Status.REJECTED, user=user)
