"""Forms of the editors' desk."""

from django import forms

from newsroom.models import Suggestion
from timeline.models import Event


class AcceptForm(forms.Form):
    """An editor's corrections before a suggestion becomes an event."""

    title = forms.CharField(max_length=300)
    starts_on = forms.DateField(label="First day")
    ends_on = forms.DateField(label="Last day", required=False)
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
                "publish": True,
            },
        )

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
