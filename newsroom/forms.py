"""Forms of the editors' desk."""

from django import forms

from newsroom.models import Suggestion
from timeline.models import Actor, Event, Place, find_by_name


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class AcceptForm(forms.Form):
    """An editor's corrections before a suggestion becomes an event.

    Place and actors are typed as names (any alias works, accents and case
    ignored), so the review page needs no select list of every actor.
    """

    title = forms.CharField(max_length=300)
    starts_on = forms.DateField(label="First day")
    ends_on = forms.DateField(label="Last day", required=False)
    place = forms.CharField(label="Place", required=False, max_length=200)
    actors = forms.CharField(
        label="Actors", required=False, max_length=2000, help_text="Comma-separated names."
    )
    publish = forms.BooleanField(required=False, initial=True)

    @classmethod
    def for_suggestion(cls, suggestion: Suggestion, data=None) -> "AcceptForm":
        return cls(
            data,
            prefix=f"s{suggestion.pk}",
            initial={
                "title": suggestion.title,
                "starts_on": suggestion.starts_on,
                "ends_on": suggestion.ends_on,
                "place": suggestion.place.name if suggestion.place else "",
                "actors": ", ".join(a.name for a in suggestion.actors.all()),
                "publish": True,
            },
        )

    def clean_place(self) -> Place | None:
        name = self.cleaned_data["place"].strip()
        if not name:
            return None
        place = find_by_name(Place.objects.all(), name)
        if place is None:
            raise forms.ValidationError(f"No place called “{name}”: add it in Places first.")
        return place

    def clean_actors(self) -> list[Actor]:
        names = _names(self.cleaned_data["actors"])
        everyone = list(Actor.objects.all())
        found, unknown = [], []
        for name in names:
            actor = find_by_name(everyone, name)
            (found.append(actor) if actor else unknown.append(name))
        if unknown:
            raise forms.ValidationError(
                f"Unknown actor(s): {', '.join(unknown)}. Create them first (one click below)."
            )
        return list(dict.fromkeys(found))

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("starts_on"), cleaned.get("ends_on")
        if first and last and last < first:
            self.add_error("ends_on", "The last day cannot be before the first day.")
        return cleaned


class LinkForm(forms.Form):
    event = forms.ModelChoiceField(queryset=Event.objects.filter(merged_into__isnull=True))


class ImportForm(forms.Form):
    """Import by URL or by an uploaded .html/.txt file."""

    url = forms.URLField(label="Article URL", required=False, assume_scheme="https")
    file = forms.FileField(label="or an .html / .txt file", required=False)
    process = forms.ModelChoiceField(
        queryset=None, required=False, help_text="Where accepted events go."
    )
    published_on = forms.DateField(
        label="Publication date",
        required=False,
        help_text="Only needed when the page does not say (YYYY-MM-DD).",
    )

    def __init__(self, *args, **kwargs):
        from timeline.models import Process

        super().__init__(*args, **kwargs)
        self.fields["process"].queryset = Process.objects.filter(active=True)

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("url")) == bool(cleaned.get("file")):
            raise forms.ValidationError("Give either a URL or a file.")
        return cleaned
