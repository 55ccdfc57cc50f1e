"""The values extraction hands to the rest of the project (plain, frozen dataclasses)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the article text; `text` is ``article[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A gazetteer actor named in the evidence, with its role when the sentence says."""

    slug: str
    name: str
    role: str = ""  # host | mediator | delegate | attacker | target | signatory | speaker | ""


@dataclass(frozen=True, slots=True)
class Proposal:
    """One proposed event: what, when (as a journalist means it), where, who, and why.

    `ends_on` is the inclusive last day (None: a single day, or an unknown end when
    `end_known` is False). `key` is stable across reruns on the same text
    (kind, first day and place), so suggestions can be refreshed without losing
    an editor's decision.
    """

    kind: str  # talks | strike | truce | agreement | proposal | statement | exchange
    starts_on: dt.date
    status: str = "held"  # held | scheduled | postponed | cancelled
    ends_on: dt.date | None = None
    end_known: bool = True
    precision: str = "day"  # day | month | year
    time_note: str = ""
    year_inferred: bool = False
    previous_starts_on: dt.date | None = None
    place: str | None = None
    actors: tuple[ActorRef, ...] = ()
    unknown_people: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    quote: str = ""
    confidence: float = 0.5
    weak: bool = False
    key: str = ""

    @property
    def last_day(self) -> dt.date:
        return self.ends_on or self.starts_on


@dataclass(frozen=True, slots=True)
class Mention:
    """A highlighted piece of text: a date, an actor or a place."""

    start: int
    end: int
    kind: str  # date | actor | place
    label: str
