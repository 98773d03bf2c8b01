"""A reference that backs a health claim: a study, a guideline, a label."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from cms.validators import validate_http_url


class SourceBlock(blocks.StructBlock):
    """One citation: what it is, who published it, when, and where to read it."""

    title = blocks.CharBlock(label=_("Title"), max_length=300)
    publisher = blocks.CharBlock(label=_("Publisher or journal"), required=False, max_length=200)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1800, max_value=2100)
    url = blocks.URLBlock(label=_("Link"), required=False, validators=[validate_http_url])

    class Meta:
        icon = "doc-full"
        label = _("Source")
        preview_value = {
            "title": "Ketamine for depression: a systematic review",
            "publisher": "Example Journal of Psychiatry",
            "year": 2023,
            "url": "https://example.org/study",
        }
