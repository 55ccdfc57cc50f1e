"""The editors' desk: where articles come in and suggestions wait for a decision."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from newsroom.ingest import content_hash
from timeline.models import Actor, Citation, Event, Place, Process


class Source(models.Model):
    """A publisher: Kyiv Independent, Reuters, a ministry's press office."""

    name = models.CharField(max_length=200, unique=True)
    homepage = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    class Language(models.TextChoices):
        EN = "en", "English"
        UK = "uk", "Ukrainian"
        RU = "ru", "Russian"

    class Extraction(models.TextChoices):
        PENDING = "pending", "Waiting"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        NEEDS_DATE = "needs_date", "Needs a publication date"
        FAILED = "failed", "Failed"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="articles")
    process = models.ForeignKey(
        Process,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        help_text="The negotiation track accepted events go to.",
    )
    url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=300)
    byline = models.CharField(max_length=200, blank=True)
    published_on = models.DateField(
        null=True,
        blank=True,
        help_text="Needed for extraction: year-less dates are read relative to it.",
    )
    language = models.CharField(max_length=2, choices=Language.choices, default=Language.EN)
    text = models.TextField(help_text="Plain text, paragraphs separated by blank lines.")
    clean_html = models.TextField(blank=True, editable=False)
    content_hash = models.CharField(max_length=64, blank=True, editable=False)

    extraction_status = models.CharField(
        max_length=20, choices=Extraction.choices, default=Extraction.PENDING
    )
    extraction_error = models.TextField(blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="article_url_unique_when_present",
                violation_error_message="An article with this URL has already been imported.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Browsers post textareas with CRLF; extraction reads paragraphs split by "\n\n".
        self.text = self.text.replace("\r\n", "\n").replace("\r", "\n")
        self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)

    def get_admin_url(self) -> str:
        return reverse("admin:newsroom_article_change", args=[self.pk])


class SuggestionQuerySet(models.QuerySet):
    def pending(self) -> SuggestionQuerySet:
        return self.filter(status=Suggestion.Status.PENDING)


class Suggestion(models.Model):
    """An event the extractor proposes from one article, waiting for an editor."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        LINKED = "linked", "Linked"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="suggestions")
    key = models.CharField(
        max_length=200, help_text="Identifies the proposal across extraction runs."
    )
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=Event.Kind.choices)
    event_status = models.CharField(
        max_length=20, choices=Event.Status.choices, default=Event.Status.HELD
    )
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    end_known = models.BooleanField(default=True)
    precision = models.CharField(
        max_length=10, choices=Event.Precision.choices, default=Event.Precision.DAY
    )
    time_note = models.CharField(max_length=120, blank=True)
    previous_starts_on = models.DateField(null=True, blank=True)
    year_inferred = models.BooleanField(default=False)
    place = models.ForeignKey(
        Place, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actors = models.ManyToManyField(Actor, blank=True, related_name="+")
    actor_roles = models.JSONField(
        default=dict, blank=True, help_text="Actor slug → role, where the sentence says."
    )
    unmatched_names = models.JSONField(default=list, blank=True)
    quote = models.TextField()
    span_start = models.PositiveIntegerField()
    span_end = models.PositiveIntegerField()
    other_spans = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(default=0.5)
    weak = models.BooleanField(default=False, help_text="From a photo caption or similar.")

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    proposed_match = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    event = models.ForeignKey(
        Event, on_delete=models.PROTECT, null=True, blank=True, related_name="suggestions"
    )
    citation = models.ForeignKey(
        Citation, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["span_start", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="suggestion_unique_key"),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="suggestion_ends_on_not_before_starts_on",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="suggestion_queue")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.starts_on:%Y-%m-%d} · {self.title}"
