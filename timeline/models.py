"""The public record: processes, actors, places and the dated events between them.

Dates are modelled the way a journalist means them: a first day, an optional
last day (inclusive), whether the end is known at all, a precision and a
time-of-day note. Nothing is stored as a midnight timestamp.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify


def fold(text: str) -> str:
    """Casefold and strip accents, so "Zelenskyy" and "ZELENSKYY" and "Zélensky" compare alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def find_by_name(candidates: Iterable, name: str):
    """The actor or place among ``candidates`` whose name, slug or an alias is ``name``
    (case and accents ignored), or None."""
    wanted = fold(name.strip())
    for candidate in candidates:
        if wanted in {fold(candidate.name), candidate.slug, *(fold(a) for a in candidate.aliases)}:
            return candidate
    return None


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class Process(TimeStamped):
    """A negotiation track, such as the Russia–Ukraine–US talks."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    summary = models.TextField(blank=True)
    parties = models.ManyToManyField("Actor", blank=True, related_name="processes")
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "processes"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:process", args=[self.slug])


class Actor(TimeStamped):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        STATE = "state", "State"
        ORGANISATION = "organisation", "Organisation"
        ARMED_GROUP = "armed_group", "Armed group"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PERSON)
    role = models.CharField(
        max_length=200, blank=True, help_text="Role or title, e.g. “US special envoy”."
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other spellings and transliterations, one per item "
        "(e.g. Zelenskyy, Зеленський, Зеленский).",
    )
    wikidata_id = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:actor", args=[self.slug])


class Place(TimeStamped):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    country = models.CharField(max_length=100, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    aliases = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:place", args=[self.slug])


class EventQuerySet(models.QuerySet):
    def published(self) -> EventQuerySet:
        return self.filter(published=True, withdrawn_at__isnull=True, merged_into__isnull=True)

    def visible_to(self, user) -> EventQuerySet:
        if user.is_authenticated and user.is_staff:
            return self.filter(merged_into__isnull=True, withdrawn_at__isnull=True)
        return self.published()

    def in_process(self, process: Process) -> EventQuerySet:
        return self.filter(process=process)

    def of_kinds(self, kinds: list[str]) -> EventQuerySet:
        return self.filter(kind__in=kinds) if kinds else self

    def overlapping(self, first: dt.date | None, last: dt.date | None) -> EventQuerySet:
        """Events whose days overlap [first, last]; either bound may be open."""
        qs = self
        if last is not None:
            qs = qs.filter(starts_on__lte=last)
        if first is not None:
            qs = qs.filter(Q(ends_on__gte=first) | Q(ends_on__isnull=True, starts_on__gte=first))
        return qs

    def for_listing(self) -> EventQuerySet:
        """Everything a timeline row shows, in a fixed number of queries."""
        return self.select_related("process", "place").prefetch_related(
            models.Prefetch(
                "participations",
                queryset=Participation.objects.select_related("actor").order_by("actor__name"),
            ),
        )


class Event(TimeStamped):
    class Kind(models.TextChoices):
        TALKS = "talks", "Talks"
        STRIKE = "strike", "Strike"
        TRUCE = "truce", "Truce"
        AGREEMENT = "agreement", "Agreement"
        PROPOSAL = "proposal", "Proposal"
        STATEMENT = "statement", "Statement"
        EXCHANGE = "exchange", "Exchange"

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        HELD = "held", "Held"
        POSTPONED = "postponed", "Postponed"
        CANCELLED = "cancelled", "Cancelled"

    class Precision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"

    process = models.ForeignKey(Process, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, blank=True)
    summary = models.TextField(blank=True)

    starts_on = models.DateField(help_text="First day (or the first day of the month/year).")
    ends_on = models.DateField(
        null=True, blank=True, help_text="Last day, inclusive. Empty for a single day."
    )
    end_known = models.BooleanField(
        default=True,
        help_text="Untick when the end is open or disputed (“until further notice”).",
    )
    precision = models.CharField(max_length=10, choices=Precision.choices, default=Precision.DAY)
    time_note = models.CharField(
        max_length=120, blank=True, help_text="E.g. “overnight”, “from 18:00 Moscow time”."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.HELD)
    previous_starts_on = models.DateField(
        null=True, blank=True, help_text="The date first set, for a postponed event."
    )

    place = models.ForeignKey(
        Place, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    actors = models.ManyToManyField(Actor, through="Participation", related_name="events")

    published = models.BooleanField(default=False)
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="absorbed",
        help_text="Set when this event was merged into another; its permalink redirects there.",
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_note = models.TextField(blank=True)
    search_text = models.TextField(
        blank=True, editable=False, help_text="Casefolded, accent-free words for search."
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="event_ends_on_not_before_starts_on",
                violation_error_message="The last day cannot be before the first day.",
            ),
        ]
        indexes = [
            models.Index(fields=["published", "starts_on", "id"], name="event_published_start"),
            models.Index(fields=["process", "starts_on", "id"], name="event_process_start"),
            models.Index(fields=["kind", "starts_on", "id"], name="event_kind_start"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_on:%Y-%m-%d})"

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title)[:200] or self.kind
        self.search_text = self.build_search_text()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("timeline:event", args=[self.pk, self.slug])

    def build_search_text(self) -> str:
        """Title, summary and the quotes of its citations, casefolded and accent-free."""
        quotes = list(self.citations.values_list("quote", flat=True)) if self.pk else []
        return fold(" ".join([self.title, self.summary, *quotes]))

    def refresh_search_text(self) -> None:
        """Call after citations change; also moves ``updated_at`` so caches see the change."""
        from django.utils import timezone

        self.search_text = self.build_search_text()
        self.updated_at = timezone.now()
        Event.objects.filter(pk=self.pk).update(
            search_text=self.search_text, updated_at=self.updated_at
        )

    @property
    def last_day(self) -> dt.date:
        return self.ends_on or self.starts_on

    @property
    def display_date(self) -> str:
        from timeline.dates import describe_event_dates

        return describe_event_dates(self)


class Participation(models.Model):
    class Role(models.TextChoices):
        DELEGATE = "delegate", "Delegate"
        MEDIATOR = "mediator", "Mediator"
        HOST = "host", "Host"
        ATTACKER = "attacker", "Attacker"
        TARGET = "target", "Target"
        SIGNATORY = "signatory", "Signatory"
        SPEAKER = "speaker", "Speaker"
        PARTICIPANT = "participant", "Participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations")
    actor = models.ForeignKey(Actor, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PARTICIPANT)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["event", "actor", "role"], name="participation_unique_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class Citation(models.Model):
    """A self-contained reference: an event page never needs the article row."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="citations")
    url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(null=True, blank=True)
    quote = models.TextField(blank=True)
    attributed_to = models.ForeignKey(
        Actor, on_delete=models.SET_NULL, null=True, blank=True, related_name="quotes"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["published_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "url", "quote"], name="citation_unique_per_event"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.publisher or self.title}: {self.quote[:60]}"
