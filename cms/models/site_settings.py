"""Brand settings per site: what every channel (web, API, brochure) prints about the clinic."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from cms.validators import format_phone_e164, validate_hex_colour, validate_http_url, validate_phone

# What CSS gets when a stored colour is not a valid one (cms/safe_output.py): the defaults of a new site.
DEFAULT_PRIMARY_COLOUR = "#0B5F7A"
DEFAULT_ACCENT_COLOUR = "#E07A2F"


@register_setting(icon="pick")
class BrandSettings(BaseSiteSetting, ClusterableModel):
    """The clinic's name, logo, colours, phone and disclaimer for one site.

    The disclaimer is written in the site's default language and may be translated per locale below.
    """

    clinic_name = models.CharField(_("clinic name"), max_length=255)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("primary colour"), max_length=7, default=DEFAULT_PRIMARY_COLOUR, validators=[validate_hex_colour]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default=DEFAULT_ACCENT_COLOUR, validators=[validate_hex_colour]
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[validate_phone])
    website = models.URLField(_("website"), blank=True, validators=[validate_http_url])
    default_disclaimer = models.TextField(
        _("default disclaimer"),
        blank=True,
        help_text=_("Printed under every page and brochure unless one sets its own."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("clinic_name"), FieldPanel("logo"), FieldPanel("phone"), FieldPanel("website")], _("Clinic")
        ),
        MultiFieldPanel([FieldPanel("primary_colour"), FieldPanel("accent_colour")], _("Colours")),
        MultiFieldPanel(
            [
                FieldPanel("default_disclaimer"),
                InlinePanel("disclaimer_translations", label=_("Translated disclaimers")),
            ],
            _("Disclaimer"),
        ),
    ]

    class Meta:
        verbose_name = _("brand")

    def __str__(self):
        return self.clinic_name or str(_("Brand"))

    def disclaimer_for(self, locale) -> str:
        """The default disclaimer in `locale`, or in the default language when it has no translation."""
        for translation in self.disclaimer_translations.all():
            if locale is not None and translation.locale_id == locale.pk:
                return translation.text
        return self.default_disclaimer

    @property
    def phone_e164(self):
        return format_phone_e164(self.phone) if self.phone else ""


class BrandDisclaimerTranslation(Orderable):
    """The default disclaimer in one more locale."""

    settings = ParentalKey(BrandSettings, on_delete=models.CASCADE, related_name="disclaimer_translations")
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    text = models.TextField(_("disclaimer"))

    panels = [FieldPanel("locale"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["settings", "locale"], name="one_disclaimer_per_locale")]
