"""Load the demo newsroom: starter gazetteer, the process, its events and one article."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from newsroom.demo import data
from newsroom.models import Article, Source
from newsroom.services import article_create
from timeline.models import (
    Actor,
    Citation,
    Event,
    Participation,
    Place,
    Process,
    find_by_name,
)

GAZETTEER_FILE = Path(settings.BASE_DIR) / "timeline" / "data" / "gazetteer.json"


@dataclass
class DemoCounts:
    actors: int = 0
    places: int = 0
    events: int = 0
    articles: int = 0


def load_gazetteer_file(path: Path = GAZETTEER_FILE) -> tuple[int, int]:
    """Create the starter actors and places that are missing; never overwrite edits."""
    records = json.loads(path.read_text(encoding="utf-8"))
    existing_actors = set(Actor.objects.values_list("slug", flat=True))
    existing_places = set(Place.objects.values_list("slug", flat=True))
    new_actors = [
        Actor(
            slug=a["slug"],
            name=a["name"],
            kind=a.get("kind", "person"),
            role=a.get("role", ""),
            aliases=a.get("aliases", []),
            wikidata_id=a.get("wikidata_id", ""),
        )
        for a in records.get("actors", [])
        if a["slug"] not in existing_actors
    ]
    new_places = [
        Place(
            slug=p["slug"],
            name=p["name"],
            country=p.get("country", ""),
            latitude=p.get("latitude"),
            longitude=p.get("longitude"),
            aliases=p.get("aliases", []),
        )
        for p in records.get("places", [])
        if p["slug"] not in existing_places
    ]
    Actor.objects.bulk_create(new_actors)
    Place.objects.bulk_create(new_places)
    return len(new_actors), len(new_places)


def _find_or_create(model, slug: str, name: str, **defaults):
    """By slug, else by name or alias (the gazetteer may spell a slug differently)."""
    found = model.objects.filter(slug=slug).first() or find_by_name(model.objects.all(), name)
    if found:
        return found, False
    return model.objects.create(slug=slug, name=name, **defaults), True


@transaction.atomic
def load_demo() -> DemoCounts:
    counts = DemoCounts()
    if GAZETTEER_FILE.exists():
        counts.actors, counts.places = load_gazetteer_file()

    actors: dict[str, Actor] = {}
    for slug, name, kind, role in data.ACTORS:
        actors[slug], created = _find_or_create(Actor, slug, name, kind=kind, role=role)
        counts.actors += created
    places: dict[str, Place] = {}
    for slug, name, country, lat, lon in data.PLACES:
        places[slug], created = _find_or_create(
            Place, slug, name, country=country, latitude=lat, longitude=lon
        )
        counts.places += created

    process, _ = Process.objects.get_or_create(
        slug=data.PROCESS["slug"],
        defaults={"name": data.PROCESS["name"], "summary": data.PROCESS["summary"]},
    )
    process.parties.add(*(actors[s] for s in data.PROCESS["parties"]))

    for spec in data.EVENTS:
        if Event.objects.filter(process=process, slug=spec["slug"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in {"actors", "citations", "place"}}
        event = Event.objects.create(
            process=process, place=places.get(spec.get("place")), published=True, **fields
        )
        Participation.objects.bulk_create(
            [Participation(event=event, actor=actors[s], role=r) for s, r in spec["actors"]]
        )
        Citation.objects.bulk_create([Citation(event=event, **c) for c in spec["citations"]])
        event.refresh_search_text()
        counts.events += 1

    source, _ = Source.objects.get_or_create(
        name=data.SOURCE["name"], defaults={"homepage": data.SOURCE["homepage"]}
    )
    if not Article.objects.filter(url=data.ARTICLE["url"]).exists():
        article_create(source=source, process=process, **data.ARTICLE)
        counts.articles += 1
    return counts
