"""A call to action: what the reader should do next, with an optional button."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from rest_framework import serializers

from cms.safe_output import safe_url
from cms.validators import validate_http_url

from .serializers import BlockValueSerializer


class CallToActionBlockValueSerializer(BlockValueSerializer):
    """Example: {"text": "To learn if … schedule a consultation.", "button_label": "Book", "url": "/en/book/",
    "page_id": 14}. `url` is empty without a button, or when its address is not one readers may follow
    (cms/safe_output.py); `page_id` is set when the button goes to a live page here: the one readers get,
    in their locale. A button to a page readers cannot see (unpublished, private, expired) is left out:
    `button_label` and `url` empty."""

    text = serializers.CharField()
    button_label = serializers.CharField(allow_blank=True)
    url = serializers.SerializerMethodField()
    page_id = serializers.SerializerMethodField()

    def get_url(self, value) -> str:
        page = value.get("link_page")
        return safe_url(self.context["document"].page_url(page) if page else value.get("link_url"))

    def get_page_id(self, value) -> int | None:
        page = value.get("link_page")
        return self.context["document"].shown_page_id(page) if page else None

    def to_representation(self, value):
        data = super().to_representation(value)
        if not data["url"]:  # Nowhere readers can go: no button, rather than one that leads nowhere.
            data["button_label"] = ""
        return data


class CallToActionBlock(blocks.StructBlock):
    """A sentence that invites the reader to act, and a button to a page or a web address."""

    text = blocks.CharBlock(label=_("Text"), max_length=500)
    button_label = blocks.CharBlock(label=_("Button label"), required=False, max_length=80)
    link_page = blocks.PageChooserBlock(label=_("Button links to a page"), required=False)
    link_url = blocks.URLBlock(label=_("…or to a web address"), required=False, validators=[validate_http_url])

    serializer_class = CallToActionBlockValueSerializer

    def clean(self, value):
        value = super().clean(value)
        has_link = [bool(value.get("link_page")), bool(value.get("link_url"))]
        errors = {}
        if all(has_link):
            errors["link_url"] = ValidationError(_("Choose a page or a web address, not both."))
        elif value.get("button_label") and not any(has_link):
            errors["link_page"] = ValidationError(_("A button needs a page or a web address to go to."))
        elif any(has_link) and not value.get("button_label"):
            errors["button_label"] = ValidationError(_("Give the button a label, such as “Book a consultation”."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "link"
        label = _("Call to action")
        preview_value = {
            "text": "To learn if ketamine infusion therapy is right for you, contact us to schedule a consultation.",
            "button_label": "Schedule a consultation",
            "link_url": "https://example.org/book",
        }
        description = _("Invite the reader to act, with an optional button.")
