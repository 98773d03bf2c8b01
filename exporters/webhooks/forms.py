"""The admin's endpoint form: events, kinds and locales as tick boxes, the URL checked against SSRF."""

from django import forms
from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminModelForm

from .destinations import RefusedDestination, validate_url
from .events import EVENTS, kinds, locales


def choices(values):
    return lambda: [(value, value) for value in values()]


class WebhookEndpointForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        choices=choices(lambda: EVENTS), widget=forms.CheckboxSelectMultiple,
        help_text="publish: published, changed or moved; unpublish: unpublished or expired; delete: deleted.",
    )  # fmt: skip
    kinds = forms.MultipleChoiceField(
        choices=choices(kinds), widget=forms.CheckboxSelectMultiple, required=False,
        help_text="None ticked: every kind.",
    )  # fmt: skip
    locales = forms.MultipleChoiceField(
        choices=choices(locales), widget=forms.CheckboxSelectMultiple, required=False,
        help_text="None ticked: every locale.",
    )  # fmt: skip

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            validate_url(url)
        except RefusedDestination as refused:
            raise ValidationError(str(refused), code="refused_destination") from None
        return url

    def save(self, commit=True):
        if self.instance.enabled and "enabled" in self.changed_data:
            self.instance.enable()  # Ticked again after it was disabled: its failures are forgotten.
        return super().save(commit)
