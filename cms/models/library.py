"""The content library: myths, benefits, risks and locations, written once and placed anywhere.

Every item is a translatable snippet with drafts, revisions, locking, workflow, preview and search
(cms/models/snippets.py). Each kind is a model here with its `@library_kind` registration.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale
from wagtail.search import index

from cms.blocks.opening_hours import OpeningHoursBlock
from cms.blocks.source import SourceBlock
from cms.fallback import fallback_language
from cms.library_kinds import library_kind
from cms.schedule import readable
from cms.validators import (
    format_phone_e164,
    parse_phone,
    validate_http_url,
    validate_latitude,
    validate_longitude,
    validate_us_state,
    validate_us_zip,
)

from .choices import EvidenceLevel, RiskFrequency
from .review import MedicallyReviewed
from .snippets import PublishableSnippet

SUMMARY_MAX_LENGTH = 300  # Characters: about two sentences, what a flyer's Myth/Fact pair has room for.


class LibraryItem(PublishableSnippet):
    """An item of the content library: placed in pages and brochures, shown whole where it is placed.

    Each kind is declared once, with `@library_kind` on its model (cms/library_kinds.py); its edit form
    is its `panels`, between the admin's where-used panel and its review, preview and publishing panels.
    """

    class Meta(PublishableSnippet.Meta):
        abstract = True


def fallback_locale_of(locale):
    """The locale whose version readers of `locale` get when it has none (see cms.fallback), or None."""
    default = Locale.get_default()
    if locale is None or locale.pk == default.pk:
        return default
    language = fallback_language(locale.language_code)
    return Locale.objects.filter(language_code=language).first() if language else None


def shown_version(item, live_versions: dict, locale, fallback_locale):
    """The one rule every channel follows for a placed library item.

    `live_versions` maps locale id -> the item's live translation (live and not expired: cms.schedule).
    Readers get the version in their
    locale; else, if their locale falls back (cms.fallback), the fallback locale's (marked as such by the
    channels), else the placed item itself if it is live; else nothing.
    """
    if fallback_locale is None and locale is not None:
        candidates = [locale.pk]
    else:
        candidates = [locale.pk if locale is not None else None, fallback_locale.pk, item.locale_id]
    for locale_id in candidates:
        if locale_id in live_versions:
            return live_versions[locale_id]
    return None


def shown_versions(model, locale, fallback_locale):
    """`shown_version` for every item of a kind at once, as a queryset: per translation key, the version readers
    of `locale` get. For lists, which must slice and count in the database whatever the size of the library.

    The version in `locale`; else, if the locale falls back, the fallback locale's; else (nothing is placed in a
    list) any live version stands in for the placed item: the first one saved.
    """
    live = model.objects.filter(readable())
    if fallback_locale is None:
        return live.filter(locale=locale)
    near = {locale.pk, fallback_locale.pk}
    in_locale = live.filter(locale=locale).values("translation_key")
    in_either = live.filter(locale_id__in=near).values("translation_key")
    elsewhere = (
        live.exclude(locale_id__in=near).exclude(translation_key__in=in_either).order_by()
        .values("translation_key").annotate(first=models.Min("pk")).values("first")
    )  # fmt: skip
    return live.filter(
        Q(locale=locale) | Q(locale=fallback_locale) & ~Q(translation_key__in=in_locale) | Q(pk__in=elsewhere)
    )


def sources_field():
    return StreamField(
        [("source", SourceBlock())],
        blank=True,
        verbose_name=_("sources"),
        help_text=_("Studies, guidelines or labels that back this content."),
    )


@library_kind(slug="myths", block="myth", icon="help", columns=("myth",))
class Myth(MedicallyReviewed, LibraryItem):
    """A misconception patients hold, and the facts that answer it."""

    myth = models.CharField(_("myth"), max_length=255, help_text=_("The myth as patients say it."))
    facts = RichTextField(_("facts"), help_text=_("The facts that answer the myth."))
    # The facts in a sentence or two, where a whole answer has no room: tri-folds, flyers, cards. Part of the
    # myth, so it is translated, reviewed and published with it.
    summary = models.TextField(
        _("short answer"), max_length=SUMMARY_MAX_LENGTH, blank=True,
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_("The facts in one or two sentences, printed instead of them on tri-folds and flyers."),
    )  # fmt: skip
    sources = sources_field()

    panels = [FieldPanel("myth"), FieldPanel("facts"), FieldPanel("summary"), FieldPanel("sources")]
    translatable_fields = ["myth", "facts", "summary", "sources"]  # What translators translate (cms/translations/).
    search_fields = [
        index.SearchField("myth", boost=2),
        index.SearchField("facts"),
        index.AutocompleteField("myth"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(LibraryItem.Meta):
        verbose_name = _("myth")
        verbose_name_plural = _("myths")
        ordering = ["myth"]

    def __str__(self):
        return self.myth


@library_kind(
    slug="benefits", block="benefits", icon="success", columns=("title", "evidence_level"), filters=("evidence_level",)
)
class Benefit(MedicallyReviewed, LibraryItem):
    """A benefit of a treatment and how firmly the evidence supports it."""

    title = models.CharField(_("title"), max_length=255)
    description = RichTextField(_("description"))
    evidence_level = models.CharField(
        _("evidence"), max_length=20, choices=EvidenceLevel.choices, default=EvidenceLevel.DEMONSTRATED
    )
    sources = sources_field()

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("evidence_level"), FieldPanel("sources")]
    translatable_fields = ["title", "description", "sources"]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("evidence_level"),
    ]

    class Meta(LibraryItem.Meta):
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")
        ordering = ["title"]

    def __str__(self):
        return self.title


@library_kind(slug="risks", block="risks", icon="warning", columns=("name", "frequency"), filters=("frequency",))
class Risk(MedicallyReviewed, LibraryItem):
    """A risk or side effect, how common it is, and how the clinic mitigates it."""

    name = models.CharField(_("name"), max_length=255)
    frequency = models.CharField(_("how common"), max_length=20, choices=RiskFrequency.choices)
    description = models.TextField(_("description"), blank=True)
    mitigation = models.TextField(_("how it is mitigated"))

    panels = [FieldPanel("name"), FieldPanel("frequency"), FieldPanel("description"), FieldPanel("mitigation")]
    translatable_fields = ["name", "description", "mitigation"]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.SearchField("mitigation"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("frequency"),
    ]

    class Meta(LibraryItem.Meta):
        verbose_name = _("risk")
        verbose_name_plural = _("risks")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.get_frequency_display().lower()})"


@library_kind(slug="locations", block="locations", icon="site", columns=("name", "city", "state"))
class Location(LibraryItem):
    """A clinic: its postal address, phone, hours, position on the map and where to book."""

    name = models.CharField(_("name"), max_length=255, help_text=_("As patients know it, e.g. “Anchorage, AK”."))
    street = models.CharField(_("street address"), max_length=255)
    unit = models.CharField(_("unit or suite"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100)
    state = models.CharField(
        _("state"), max_length=50, blank=True, help_text=_("For the US, the two-letter code, e.g. AK.")
    )
    postal_code = models.CharField(_("postal code"), max_length=20)
    country = models.CharField(_("country"), max_length=2, default="US", help_text=_("Two-letter ISO code, e.g. US."))
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("Numbers without a country code are read as in the country.")
    )
    opening_hours = StreamField([("hours", OpeningHoursBlock())], blank=True, verbose_name=_("opening hours"))
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True, validators=[validate_latitude]
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True, validators=[validate_longitude]
    )
    booking_url = models.URLField(_("booking link"), blank=True, validators=[validate_http_url])

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldPanel("unit"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("state"), FieldPanel("postal_code")]),
                FieldPanel("country"),
            ],
            _("Postal address"),
        ),
        FieldPanel("phone"),
        FieldPanel("booking_url"),
        FieldPanel("opening_hours"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], _("Position on the map")),
    ]
    translatable_fields = ["name"]  # The address, phone and hours are the same in every language.
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("city"),
        index.SearchField("street"),
        index.SearchField("postal_code"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(LibraryItem.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.country = (self.country or "").upper()
        errors = {}
        if not (len(self.country) == 2 and self.country.isalpha()):
            errors["country"] = ValidationError(_("Use the two-letter ISO country code, such as US."))
        else:
            checks = [("phone", lambda phone: parse_phone(phone, self.country) if phone else None)]
            if self.country == "US":
                checks += [("state", validate_us_state), ("postal_code", validate_us_zip)]
            for field, validate in checks:
                try:
                    validate(getattr(self, field))
                except ValidationError as error:
                    errors[field] = error
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            errors[missing] = ValidationError(_("Give both latitude and longitude, or neither."))
        if errors:
            raise ValidationError(errors)

    @property
    def street_address(self):
        """Street and unit on one line, as printed on an envelope: “3210 Denali St Unit 4”."""
        return " ".join(part for part in (self.street, self.unit) if part)

    @property
    def phone_e164(self):
        return format_phone_e164(self.phone, self.country) if self.phone else ""
