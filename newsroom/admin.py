"""The editors' desk in Django admin: articles, their suggestions, and the review screen."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse

from newsroom import ingest, services
from newsroom.extraction import find_mentions
from newsroom.forms import AcceptForm, ImportForm, LinkForm
from newsroom.models import Article, Source, Suggestion
from newsroom.review import highlight


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "homepage"]
    search_fields = ["name"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "source",
        "published_on",
        "language",
        "extraction_status",
        "pending_count",
    ]
    list_filter = ["extraction_status", "language", "source", "process"]
    list_select_related = ["source"]
    search_fields = ["title", "url", "byline"]
    date_hierarchy = "published_on"
    autocomplete_fields = ["source", "process"]
    readonly_fields = [
        "extraction_status",
        "extraction_error",
        "extracted_at",
        "content_hash",
        "created_by",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "source",
                    "process",
                    "url",
                    "byline",
                    ("published_on", "language"),
                    "text",
                ]
            },
        ),
        ("Extraction", {"fields": ["extraction_status", "extraction_error", "extracted_at"]}),
        (
            "Record",
            {
                "classes": ["collapse"],
                "fields": ["content_hash", "created_by", "created_at", "updated_at"],
            },
        ),
    ]
    actions = ["rerun_extraction"]
    change_form_template = "admin/newsroom/article/change_form.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(pending=Count("suggestions", filter=Q(suggestions__status="pending")))
        )

    @admin.display(description="Pending", ordering="pending")
    def pending_count(self, obj: Article) -> int:
        return obj.pending

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change or {"text", "published_on", "language"} & set(form.changed_data):
            services.request_extraction(article=obj)
            self.message_user(request, "Extraction runs now; its suggestions appear below.")

    @admin.action(description="Run extraction again", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        for article in queryset:
            services.request_extraction(article=article)
        self.message_user(
            request, f"Extraction requested for {len(queryset)} article(s); decisions are kept."
        )

    # The review screen -------------------------------------------------------------

    def get_urls(self):
        review = self.admin_site.admin_view(self.decide_view)
        return [
            path(
                "<int:article_id>/suggestions/<int:suggestion_id>/decide/",
                review,
                name="newsroom_article_decide",
            ),
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="newsroom_article_import",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if article is not None:
            suggestions = (
                article.suggestions.select_related("place", "proposed_match", "event", "decided_by")
                .prefetch_related("actors")
                .order_by("span_start", "id")
            )
            extra_context["review"] = [(s, AcceptForm.for_suggestion(s)) for s in suggestions]
            extra_context["can_decide"] = self._can_decide(request)
            extra_context["highlighted_text"] = _highlighted(article)
        return super().change_view(request, object_id, form_url, extra_context)

    def _can_decide(self, request: HttpRequest) -> bool:
        return request.user.has_perms(["newsroom.change_suggestion", "timeline.add_event"])

    def import_view(self, request: HttpRequest):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                result = _import(form.cleaned_data, request.user)
            except ingest.IngestError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, result.describe())
                return HttpResponseRedirect(result.article.get_admin_url())
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import an article",
            "form": form,
        }
        return render(request, "admin/newsroom/article/import.html", context)

    def decide_view(self, request: HttpRequest, article_id: int, suggestion_id: int):
        return _decide(self, request, article_id, suggestion_id)


def _highlighted(article: Article):
    if not article.text or article.published_on is None:
        return ""  # dates cannot be read without the publication date
    mentions = find_mentions(
        article.text,
        published=article.published_on,
        language=article.language,
        gazetteer=services.build_gazetteer(),
    )
    return highlight(article.text, mentions)


def _import(data: dict, user) -> services.ImportResult:
    if data["url"]:
        result = services.article_import_url(
            url=data["url"], process=data["process"], created_by=user
        )
    else:
        upload = data["file"]
        parsed = ingest.parse_file(upload.name, upload.read(ingest.MAX_UPLOAD_BYTES + 1))
        result = services.article_import(
            parsed=parsed,
            process=data["process"],
            created_by=user,
        )
    if data["published_on"] and result.article.published_on is None:
        result.article.published_on = data["published_on"]
        result.article.save(update_fields=["published_on", "updated_at"])
        services.request_extraction(article=result.article)
    return result


def _decide(model_admin: ArticleAdmin, request, article_id: int, suggestion_id: int):
    """Apply one decision; answer htmx with the re-rendered item, others with a redirect."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not model_admin._can_decide(request):
        raise PermissionDenied
    suggestion = get_object_or_404(Suggestion, pk=suggestion_id, article_id=article_id)
    level, text, form = _apply_decision(request, suggestion)
    if request.htmx:
        suggestion.refresh_from_db()
        context = {
            "suggestion": suggestion,
            "form": form if form is not None else AcceptForm.for_suggestion(suggestion),
            "can_decide": True,
            "decision_messages": [_Message(level, text)],
        }
        return render(request, "admin/newsroom/article/suggestion.html", context)
    messages.add_message(request, level, text)
    return HttpResponseRedirect(
        reverse("admin:newsroom_article_change", args=[article_id]) + f"#suggestion-{suggestion.pk}"
    )


@dataclass(frozen=True)
class _Message:
    level: int
    text: str

    @property
    def tags(self) -> str:
        return messages.DEFAULT_TAGS.get(self.level, "info")

    def __str__(self) -> str:
        return self.text


def _apply_decision(request, suggestion: Suggestion) -> tuple[int, str, AcceptForm | None]:
    action = request.POST.get("action")
    try:
        if action == "accept":
            form = AcceptForm.for_suggestion(suggestion, request.POST)
            if not form.is_valid():
                errors = "; ".join(e for errs in form.errors.values() for e in errs)
                return messages.ERROR, f"Not accepted: {errors}", form
            event = services.suggestion_accept(
                suggestion=suggestion,
                user=request.user,
                publish=form.cleaned_data["publish"],
                title=form.cleaned_data["title"],
                starts_on=form.cleaned_data["starts_on"],
                ends_on=form.cleaned_data["ends_on"],
                place=form.cleaned_data["place"],
                actors=form.cleaned_data["actors"],
            )
            state = "published" if event.published else "saved unpublished"
            return messages.SUCCESS, f"Accepted: “{event.title}” {state}.", None
        if action == "link":
            form = LinkForm(request.POST)
            if not form.is_valid():
                return messages.ERROR, "Not linked: give the id of an existing event.", None
            event = services.suggestion_link(
                suggestion=suggestion, event=form.cleaned_data["event"], user=request.user
            )
            return messages.SUCCESS, f"Linked to “{event.title}” with a new citation.", None
        if action == "create_actor":
            actor = services.suggestion_add_new_actor(
                suggestion=suggestion, name=request.POST.get("name", "")
            )
            return (
                messages.SUCCESS,
                f"Created {actor.name} and added them to this suggestion.",
                None,
            )
        if action == "reject":
            services.suggestion_reject(suggestion=suggestion, user=request.user)
            return messages.SUCCESS, "Rejected.", None
        return messages.ERROR, "Unknown action.", None
    except services.DecisionError as error:
        return messages.WARNING, str(error), None


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    """The queue: pending suggestions across articles, oldest first."""

    list_display = [
        "__str__",
        "article",
        "kind",
        "starts_on",
        "place",
        "status",
        "confidence",
        "created_at",
    ]
    list_filter = ["status", "kind", "weak"]
    list_select_related = ["article", "place"]
    search_fields = ["title", "quote", "article__title"]
    ordering = ["created_at", "id"]
    autocomplete_fields = ["place", "actors", "proposed_match"]
    readonly_fields = [
        "article",
        "key",
        "quote",
        "span_start",
        "span_end",
        "other_spans",
        "year_inferred",
        "unmatched_names",
        "confidence",
        "weak",
        "status",
        "event",
        "citation",
        "decided_by",
        "decided_at",
        "created_at",
        "updated_at",
    ]
    actions = ["accept_selected", "reject_selected"]

    def changelist_view(self, request, extra_context=None):
        if "status__exact" not in request.GET and not request.GET.get("q"):
            query = request.GET.copy()
            query["status__exact"] = Suggestion.Status.PENDING
            request.GET = query
            request.META["QUERY_STRING"] = query.urlencode()
        return super().changelist_view(request, extra_context)

    @admin.action(description="Accept selected suggestions and publish", permissions=["change"])
    def accept_selected(self, request, queryset):
        done, problems = 0, []
        for suggestion in queryset.select_related("article"):
            try:
                services.suggestion_accept(suggestion=suggestion, user=request.user)
                done += 1
            except services.DecisionError as error:
                problems.append(f"“{suggestion}”: {error}")
        self.message_user(request, f"{done} accepted.")
        for problem in problems:
            self.message_user(request, problem, level=messages.WARNING)

    @admin.action(description="Reject selected suggestions", permissions=["change"])
    def reject_selected(self, request, queryset):
        done = skipped = 0
        for suggestion in queryset:
            try:
                services.suggestion_reject(suggestion=suggestion, user=request.user)
                done += 1
            except services.DecisionError:
                skipped += 1
        self.message_user(request, f"{done} rejected, {skipped} already decided.")
