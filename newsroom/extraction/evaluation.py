"""Scoring extraction against the annotated corpus, exactly as ../shared/corpus/README.md says.

- An event is found when a proposal has the gold event's kind and start. Each gold
  event and each proposal match at most once; required gold events are matched
  before optional ones and, among candidates with the same kind and start, the
  pair whose evidence spans overlap most goes first.
- Found optional events count neither as found nor as proposals; missed ones are
  not counted as missed. Figures are micro-averaged over articles.
- Range accuracy: of found events with a gold end, the share whose proposed last
  day equals it. Actor recall: of the gold actors on found events, the share
  named on the matching proposal (name, alias or surname; case and diacritics
  ignored; unknown people the proposal names count by name and surname).
- Date-only F1: distinct required gold starts against distinct proposed starts,
  leaving out proposed starts that are only optional gold starts.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsroom.extraction.gazetteer import Gazetteer
from newsroom.extraction.model import ActorRef, Proposal, Span
from newsroom.extraction.text import fold

Extractor = Callable[["Article"], list[Proposal]]

BAR_NAMES = ("events_f1", "dates_f1", "ranges", "actors")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    kind: str
    start: dt.date
    end: dt.date | None
    actors: tuple[str, ...]
    quote: str
    optional: bool
    span: tuple[int, int] | None  # where the quote is in the text


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: dt.date
    language: str
    events: tuple[GoldEvent, ...]


def load_article(path: Path) -> Article:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    events = []
    for event in data.get("events", []):
        quote = event.get("quote", "")
        at = text.find(quote) if quote else -1
        events.append(
            GoldEvent(
                kind=event["kind"],
                start=dt.date.fromisoformat(event["start"]),
                end=dt.date.fromisoformat(event["end"]) if event.get("end") else None,
                actors=tuple(event.get("actors") or ()),
                quote=quote,
                optional=bool(event.get("optional")),
                span=(at, at + len(quote)) if at >= 0 else None,
            )
        )
    return Article(
        data.get("id", path.stem),
        text,
        dt.date.fromisoformat(data["published"]),
        data.get("language", "en"),
        tuple(events),
    )


def load_corpus(directories: Iterable[str | Path]) -> list[Article]:
    """Every ``*.json`` article in the given directories, sorted by file name.

    Raises ValueError, with a message for the command line, for a missing
    directory or when no article is found.
    """
    articles: list[Article] = []
    for directory in directories:
        if not Path(directory).is_dir():
            raise ValueError(f"Not a directory: {directory}")
        for path in sorted(Path(directory).glob("*.json")):
            articles.append(load_article(path))
    if not articles:
        raise ValueError("No *.json articles found.")
    return articles


# ---------------------------------------------------------------- scoring


@dataclass
class Counts:
    """Raw counts; they add up over articles (micro-average)."""

    found: int = 0
    proposals: int = 0
    gold: int = 0
    ranged: int = 0
    ranged_right: int = 0
    actors: int = 0
    actors_named: int = 0
    dates_found: int = 0
    dates_proposed: int = 0
    dates_gold: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def __iadd__(self, other: Counts) -> Counts:
        for name in (
            "found",
            "proposals",
            "gold",
            "ranged",
            "ranged_right",
            "actors",
            "actors_named",
            "dates_found",
            "dates_proposed",
            "dates_gold",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.extras += other.extras
        return self


@dataclass(frozen=True, slots=True)
class Scores:
    events_f1: float
    precision: float
    recall: float
    dates_f1: float
    ranges: float
    actors: float
    articles: int

    def line(self) -> str:
        return (
            f"events F1 {self.events_f1:.3f} P {self.precision:.3f} R {self.recall:.3f}"
            f" | dates F1 {self.dates_f1:.3f} | ranges {self.ranges:.3f}"
            f" | actors {self.actors:.3f} | {self.articles} articles"
        )

    def below(self, bars: dict[str, float]) -> list[str]:
        """Names of the figures under their bar."""
        figures = {
            "events_f1": self.events_f1,
            "dates_f1": self.dates_f1,
            "ranges": self.ranges,
            "actors": self.actors,
        }
        return [name for name, bar in bars.items() if name in figures and figures[name] < bar]


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(counts: Counts, articles: int) -> Scores:
    precision = _ratio(counts.found, counts.proposals)
    recall = _ratio(counts.found, counts.gold)
    date_p = _ratio(counts.dates_found, counts.dates_proposed)
    date_r = _ratio(counts.dates_found, counts.dates_gold)
    return Scores(
        _f1(precision, recall),
        precision,
        recall,
        _f1(date_p, date_r),
        _ratio(counts.ranged_right, counts.ranged),
        _ratio(counts.actors_named, counts.actors),
        articles,
    )


def _overlap(span: tuple[int, int] | None, spans: Sequence[Span]) -> int:
    if span is None:
        return 0
    return max((max(0, min(span[1], s.end) - max(span[0], s.start)) for s in spans), default=0)


def match_events(
    gold: Sequence[GoldEvent], proposals: Sequence[Proposal]
) -> list[tuple[GoldEvent, Proposal]]:
    """Greedy one-to-one matching on kind and start, required first, most overlap first."""
    pairs = [
        (g.optional, -_overlap(g.span, p.spans), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(proposals)
        if g.kind == p.kind and g.start == p.starts_on
    ]
    pairs.sort()
    used_gold: set[int] = set()
    used_proposals: set[int] = set()
    matched: list[tuple[GoldEvent, Proposal]] = []
    for _, _, gi, pi in pairs:
        if gi in used_gold or pi in used_proposals:
            continue
        used_gold.add(gi)
        used_proposals.add(pi)
        matched.append((gold[gi], proposals[pi]))
    return matched


def _names_for(actor: ActorRef, gazetteer: Gazetteer | None) -> set[str]:
    names = {actor.name}
    entry = gazetteer.get(actor.slug) if gazetteer is not None else None
    if entry is not None:
        names |= {entry.name, *entry.aliases}
    surnames = {n.split()[-1] for n in names if len(n.split()) > 1}
    return {fold(n).strip() for n in names | surnames}


def actor_named(gold_actor: str, proposal: Proposal, gazetteer: Gazetteer | None) -> bool:
    wanted = fold(gold_actor).strip()
    for actor in proposal.actors:
        if wanted in _names_for(actor, gazetteer):
            return True
    for person in proposal.unknown_people:
        if wanted in {fold(person).strip(), fold(person.split()[-1]).strip()}:
            return True
    return False


def score_article(
    article: Article, proposals: Sequence[Proposal], gazetteer: Gazetteer | None = None
) -> Counts:
    counts = Counts()
    required = [g for g in article.events if not g.optional]
    matched = match_events(article.events, proposals)
    optional_hits = sum(1 for g, _ in matched if g.optional)
    counts.gold = len(required)
    counts.proposals = len(proposals) - optional_hits
    matched_required = [(g, p) for g, p in matched if not g.optional]
    counts.found = len(matched_required)
    for g, p in matched_required:
        if g.end is not None:
            counts.ranged += 1
            counts.ranged_right += int(p.last_day == g.end)
        for name in g.actors:
            counts.actors += 1
            counts.actors_named += int(actor_named(name, p, gazetteer))
    hit_gold = {id(g) for g, _ in matched}
    hit_proposals = {id(p) for _, p in matched}
    counts.misses = [
        f"{article.id}: missed {g.kind} {g.start}" for g in required if id(g) not in hit_gold
    ]
    counts.extras = [
        f"{article.id}: extra {p.kind} {p.starts_on} «{p.quote[:70]}»"
        for p in proposals
        if id(p) not in hit_proposals
    ]
    gold_dates = {g.start for g in required}
    optional_dates = {g.start for g in article.events if g.optional} - gold_dates
    proposed_dates = {p.starts_on for p in proposals} - optional_dates
    counts.dates_gold = len(gold_dates)
    counts.dates_proposed = len(proposed_dates)
    counts.dates_found = len(gold_dates & proposed_dates)
    return counts


def evaluate(
    articles: Sequence[Article], extractor: Extractor, gazetteer: Gazetteer | None = None
) -> tuple[Scores, list[tuple[Article, Counts]]]:
    total = Counts()
    per_article: list[tuple[Article, Counts]] = []
    for article in articles:
        counts = score_article(article, extractor(article), gazetteer)
        per_article.append((article, counts))
        total += counts
    return scores(total, len(articles)), per_article


def article_line(article: Article, counts: Counts) -> str:
    one = scores(counts, 1)
    return (
        f"{article.id} ({article.language}): found {counts.found}/{counts.gold}, "
        f"{counts.proposals} proposed | events F1 {one.events_f1:.3f} | dates F1 "
        f"{one.dates_f1:.3f} | ranges {counts.ranged_right}/{counts.ranged} | actors "
        f"{counts.actors_named}/{counts.actors}"
    )


# ---------------------------------------------------------------- extractors


def project_extractor(gazetteer: Gazetteer) -> Extractor:
    from newsroom.extraction.extract import extract

    def run(article: Article) -> list[Proposal]:
        return extract(article.text, article.published, article.language, gazetteer)

    return run


def dateparser_extractor() -> Extractor:
    """The baseline: plain `search_dates`, each hit a single-day proposal of no kind."""
    from dateparser.search import search_dates

    def run(article: Article) -> list[Proposal]:
        base = dt.datetime.combine(article.published, dt.time())
        hits = (
            search_dates(
                article.text, languages=[article.language], settings={"RELATIVE_BASE": base}
            )
            or []
        )
        proposals: list[Proposal] = []
        cursor = 0
        for found, moment in hits:
            at = article.text.find(found, cursor)
            at = at if at >= 0 else article.text.find(found)
            cursor = at + len(found) if at >= 0 else cursor
            span = Span(max(at, 0), max(at, 0) + len(found), found)
            proposals.append(
                Proposal(
                    kind="",
                    starts_on=moment.date(),
                    spans=(span,),
                    quote=found,
                    confidence=0.0,
                    key=f"date:{moment.date()}:{len(proposals)}",
                )
            )
        return proposals

    return run


# ---------------------------------------------------------------- bars


def read_bars(pyproject: str | Path) -> dict[str, float]:
    """``[tool.newsroom.extraction-bars]`` from pyproject.toml."""
    data = tomllib.loads(Path(pyproject).read_text(encoding="utf-8"))
    bars = data.get("tool", {}).get("newsroom", {}).get("extraction-bars", {})
    return {name: float(bars[name]) for name in BAR_NAMES if name in bars}
