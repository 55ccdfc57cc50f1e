from django.contrib import admin
from django.utils import timezone

from timeline.models import Actor, Citation, Event, Participation, Place, Process, fold


@admin.register(Process)
class ProcessAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "active", "updated_at"]
    list_filter = ["active"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parties"]


class AliasSearchMixin:
    """Search names and aliases alike, ignoring case and accents.

    Aliases live in a JSON list, which SQLite stores with escaped non-ASCII
    characters, so "Зеленськ" must be matched in Python rather than by SQL.
    """

    def get_search_results(self, request, queryset, search_term):
        base = queryset
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        wanted = fold(search_term.strip())
        if wanted:
            matching = [
                pk
                for pk, aliases in base.values_list("pk", "aliases")
                if any(wanted in fold(alias) for alias in aliases)
            ]
            queryset |= base.filter(pk__in=matching)
        return queryset, may_have_duplicates


@admin.register(Actor)
class ActorAdmin(AliasSearchMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "role", "slug", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "role", "aliases", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Place)
class PlaceAdmin(AliasSearchMixin, admin.ModelAdmin):
    list_display = ["name", "country", "slug", "latitude", "longitude"]
    list_filter = ["country"]
    search_fields = ["name", "country", "aliases", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class ParticipationInline(admin.TabularInline):
    model = Participation
    autocomplete_fields = ["actor"]
    extra = 1


class CitationInline(admin.StackedInline):
    model = Citation
    autocomplete_fields = ["attributed_to"]
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "display_date", "place", "process", "status", "published"]
    list_filter = ["published", "kind", "status", "process", "precision"]
    list_select_related = ["place", "process"]
    search_fields = ["title", "summary", "slug"]
    date_hierarchy = "starts_on"
    autocomplete_fields = ["place", "merged_into"]
    inlines = [ParticipationInline, CitationInline]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["process", "kind", "title", "slug", "summary", "place"]}),
        (
            "When",
            {
                "fields": [
                    ("starts_on", "ends_on", "end_known"),
                    ("precision", "time_note"),
                    ("status", "previous_starts_on"),
                ]
            },
        ),
        (
            "Publication",
            {
                "fields": [
                    "published",
                    "merged_into",
                    "withdrawn_at",
                    "withdrawal_note",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    actions = ["publish", "unpublish"]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_search_text()  # citations may have changed

    @admin.display(description="Date", ordering="starts_on")
    def display_date(self, obj: Event) -> str:
        return obj.display_date

    @admin.action(description="Publish selected events", permissions=["change"])
    def publish(self, request, queryset):
        updated = queryset.update(published=True, updated_at=timezone.now())
        self.message_user(request, f"{updated} event(s) published.")

    @admin.action(description="Unpublish selected events", permissions=["change"])
    def unpublish(self, request, queryset):
        updated = queryset.update(published=False, updated_at=timezone.now())
        self.message_user(request, f"{updated} event(s) unpublished.")


@admin.register(Participation)
class ParticipationAdmin(admin.ModelAdmin):
    list_display = ["actor", "role", "event"]
    list_filter = ["role", "event__kind"]
    list_select_related = ["actor", "event"]
    search_fields = ["actor__name", "event__title"]
    autocomplete_fields = ["actor", "event"]


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ["publisher", "title", "published_on", "event", "attributed_to"]
    list_filter = ["publisher"]
    list_select_related = ["event", "attributed_to"]
    search_fields = ["title", "quote", "publisher", "url"]
    autocomplete_fields = ["event", "attributed_to"]
