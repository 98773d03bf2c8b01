"""Brochures: printed handouts made of the same blocks and library items as pages."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.fields import StreamField
from wagtail.search import index

from slugify import slugify

from cms.blocks.streams import BodyStreamBlock

from .snippets import PublishableSnippet


class Brochure(PublishableSnippet):
    """A print brochure: cover, body blocks, the page its QR code opens, and its medical review.

    Translatable, with drafts, revisions, workflow and preview like library items (PublishableSnippet);
    not a library item itself: nothing places a brochure.
    """

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        blank=True,
        help_text=_("Names the PDF file and its web address; made from the title when left empty."),
    )
    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("cover image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    qr_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("QR code opens"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("The web page readers reach by scanning; in the brochure's language."),
    )  # fmt: skip
    # One sheet holds a few items: the editor picks them here, from the same library, so one brochure prints
    # as a booklet and as a tri-fold or flyer without a second brochure to translate and review.
    compact_body = StreamField(
        BodyStreamBlock(), verbose_name=_("tri-fold and flyer content"), blank=True,
        help_text=_("The items a tri-fold or a flyer shows, in order. Left empty, they show the body. Myths print "
                    "their short answer where they have one."),
    )  # fmt: skip
    # The layout it prints in unless an export asks for another (exporters/brochure/formats.py).
    print_format = models.CharField(
        _("print format"), max_length=16, default="booklet",
        choices=[("booklet", _("Booklet")), ("trifold", _("Tri-fold")), ("flyer", _("Flyer"))],
        help_text=_("Booklet: every block, as many pages as it takes. Tri-fold and flyer: one sheet; the preview "
                    "lists the items that do not fit."),
    )  # fmt: skip
    last_reviewed = models.DateField(_("last medically reviewed"), null=True, blank=True)
    reviewed_by = models.CharField(_("reviewed by"), max_length=255, blank=True)

    # What translators translate (cms/translations/); the review record is the reviewer's, not theirs.
    translatable_fields = ["title", "subtitle", "body", "compact_body"]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("subtitle"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(PublishableSnippet.Meta):
        verbose_name = _("brochure")
        verbose_name_plural = _("brochures")
        ordering = ["title"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_brochure_slug_per_locale")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        self.slug = slugify(self.slug or self.title)
        if not self.slug:
            raise ValidationError({"title": _("Give the brochure a title with at least one letter or digit.")})
        clash = Brochure.objects.filter(slug=self.slug, locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and clash.exists():
            raise ValidationError({"slug": _("Another brochure in this language has the slug “%(slug)s”.") % {
                "slug": self.slug}})  # fmt: skip
