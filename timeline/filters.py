"""The timeline's query parameters: a public interface, parsed and validated here.

``parse_timeline_filters(request.GET)`` turns the query string into a
``TimelineFilters`` or raises ``BadFilter``, which names the parameter and the
valid choices; views answer that with a 400 page. Unknown parameters (``utm_*``
and the like) are ignored; empty values mean "no filter", because a plain GET
form sends its empty fields.

Parameters: ``process``, ``actor``, ``place`` (slugs), ``kind`` (repeatable),
``from``/``to`` (an ISO date ``2026-02-04``, a month ``2026-02``, a year
``2026`` or a typed form such as "Feb 2026" or "4 February 2026"), ``q``
(words), ``order`` (``newest`` or ``oldest``), ``cursor`` (opaque, signed) and
``at`` (an event id to open the list at).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.http import QueryDict

from timeline.models import Actor, Event, Place, Process, fold

ORDERS = ("newest", "oldest")
MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 10
MAX_LISTED_CHOICES = 30


class BadFilter(ValueError):
    """A query parameter with a value the timeline cannot use."""

    def __init__(self, param: str, message: str, choices: list[str] | None = None) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message
        self.choices = choices or []


@dataclass(frozen=True)
class Cursor:
    """A position in the list: the last row shown, as (starts_on, id), in one order."""

    order: str
    starts_on: dt.date
    pk: int
    precision: str = "day"  # of the last row shown, so the next page's headings follow on

    def sign(self) -> str:
        payload = [self.order, self.starts_on.isoformat(), self.pk, self.precision]
        return signing.dumps(payload, salt=settings.CURSOR_SALT)

    @classmethod
    def unsign(cls, token: str) -> Cursor:
        try:
            order, day, pk, precision = signing.loads(token, salt=settings.CURSOR_SALT)
            cursor = cls(
                order=str(order),
                starts_on=dt.date.fromisoformat(day),
                pk=int(pk),
                precision=str(precision),
            )
        except (signing.BadSignature, ValueError, TypeError):
            raise BadFilter(
                "cursor",
                "is not a valid position in the list (it may have been altered). "
                "Start again from the first page.",
            ) from None
        if cursor.order not in ORDERS:
            raise BadFilter("cursor", "is not a valid position in the list.")
        return cursor


@dataclass(frozen=True)
class TimelineFilters:
    process: Process | None = None
    actor: Actor | None = None
    place: Place | None = None
    kinds: tuple[str, ...] = ()
    first: dt.date | None = None
    last: dt.date | None = None
    words: tuple[str, ...] = ()
    order: str = "newest"
    cursor: Cursor | None = None
    at: int | None = None
    # What the reader typed, to show back in the form ("Feb 2026" stays "Feb 2026").
    typed: dict[str, str] = field(default_factory=dict)

    @property
    def is_filtered(self) -> bool:
        return bool(
            self.process
            or self.actor
            or self.place
            or self.kinds
            or self.first
            or self.last
            or self.words
        )

    def query(self, **changes: str | int | None) -> str:
        """The canonical query string of these filters, with some parameters changed.

        Passing ``None`` drops a parameter. The cursor and ``at`` are dropped
        unless passed, since they only make sense for one page.
        """
        params: list[tuple[str, str]] = []
        values: dict[str, str | int | None] = {
            "process": self.process.slug if self.process else None,
            "actor": self.actor.slug if self.actor else None,
            "place": self.place.slug if self.place else None,
            "from": self.typed.get("from"),
            "to": self.typed.get("to"),
            "q": self.typed.get("q"),
            "order": self.order if self.order != "newest" else None,
            "cursor": None,
            "at": None,
        }
        values.update(changes)
        for name in ("process", "actor", "place"):
            if values[name]:
                params.append((name, str(values[name])))
        if "kind" not in changes:
            params.extend(("kind", kind) for kind in self.kinds)
        for name in ("from", "to", "q", "order", "at", "cursor"):
            if values[name]:
                params.append((name, str(values[name])))
        return urlencode(params)


def _single(data: QueryDict, name: str) -> str:
    values = [value.strip() for value in data.getlist(name)]
    values = [value for value in values if value]
    if len(values) > 1:
        raise BadFilter(name, "may be given only once.")
    return values[0] if values else ""


def _choices(model, limit: int = MAX_LISTED_CHOICES) -> list[str]:
    return list(model.objects.order_by("slug").values_list("slug", flat=True)[:limit])


def _by_slug(model, name: str, slug: str):
    if not slug:
        return None
    found = model.objects.filter(slug=slug).first()
    if found is None:
        label = model._meta.verbose_name
        raise BadFilter(name, f"“{slug}” is not a known {label}.", _choices(model))
    return found


@cache
def _date_parser():
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={"PARSERS": ["absolute-time"], "PREFER_DAY_OF_MONTH": "first"},
    )
    parser.get_date_data("1 January 2026")  # warm up the language data once
    return parser


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_day_range(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a typed date means: a day, a whole month or a whole year.

    Raises ValueError for anything else.
    """
    text = text.strip()
    if _ISO_DAY.match(text):
        day = dt.date.fromisoformat(text)
        return day, day
    if match := _ISO_MONTH.match(text):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise ValueError(text)
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if match := _YEAR.match(text):
        year = int(match[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if len(text) > 40 or not re.search(r"\d{4}", text):
        # Without a year, "Feb 4" would silently mean this year: ask for one.
        raise ValueError(text)
    data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        raise ValueError(text)
    day = data.date_obj.date()
    if data.period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if data.period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def _date_bound(
    data: QueryDict, name: str, typed: dict[str, str]
) -> tuple[dt.date, dt.date] | None:
    text = _single(data, name)
    if not text:
        return None
    typed[name] = text
    try:
        return parse_day_range(text)
    except ValueError:
        raise BadFilter(
            name,
            f"“{text[:60]}” is not a date. Use a day (2026-02-04), a month "
            "(2026-02) or a year (2026); “Feb 2026” and “4 February 2026” work too.",
        ) from None


def _words(text: str) -> tuple[str, ...]:
    if len(text) > MAX_QUERY_LENGTH:
        raise BadFilter("q", f"is too long: at most {MAX_QUERY_LENGTH} characters.")
    words = tuple(dict.fromkeys(word for word in re.findall(r"\w+", fold(text))))
    if len(words) > MAX_QUERY_WORDS:
        raise BadFilter("q", f"has too many words: at most {MAX_QUERY_WORDS}.")
    return words


def parse_timeline_filters(data: QueryDict, **fixed) -> TimelineFilters:
    """Validate the public query parameters; ``fixed`` pins some (an actor page's actor)."""
    typed: dict[str, str] = {}

    kinds = tuple(dict.fromkeys(value.strip() for value in data.getlist("kind") if value.strip()))
    valid_kinds = [value for value, _label in Event.Kind.choices]
    for kind in kinds:
        if kind not in valid_kinds:
            raise BadFilter("kind", f"“{kind[:60]}” is not a kind of event.", valid_kinds)

    order = _single(data, "order") or "newest"
    if order not in ORDERS:
        raise BadFilter("order", f"“{order[:60]}” is not an order.", list(ORDERS))

    start = _date_bound(data, "from", typed)
    end = _date_bound(data, "to", typed)
    first = start[0] if start else None
    last = end[1] if end else None
    if first and last and first > last:
        raise BadFilter("to", f"is before “from”: {typed['to']} comes before {typed['from']}.")

    q = _single(data, "q")
    words = _words(q)
    if q:
        typed["q"] = q

    token = _single(data, "cursor")
    cursor = Cursor.unsign(token) if token else None
    if cursor and cursor.order != order:
        raise BadFilter("cursor", "belongs to the other order. Start again from the first page.")

    at_text = _single(data, "at")
    at = None
    if at_text:
        if not at_text.isdigit() or len(at_text) > 18:
            raise BadFilter("at", f"“{at_text[:60]}” is not an event number.")
        at = int(at_text)

    found = {
        "process": fixed.get("process") or _by_slug(Process, "process", _single(data, "process")),
        "actor": fixed.get("actor") or _by_slug(Actor, "actor", _single(data, "actor")),
        "place": fixed.get("place") or _by_slug(Place, "place", _single(data, "place")),
    }
    return TimelineFilters(
        **found,
        kinds=kinds,
        first=first,
        last=last,
        words=words,
        order=order,
        cursor=cursor,
        at=at,
        typed=typed,
    )
