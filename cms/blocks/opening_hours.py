"""Opening hours of a location, one block per run of days with the same hours (schema.org style)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from cms.models.choices import Weekday


class OpeningHoursValue(blocks.StructValue):
    def day_names(self):
        """The days in the reader's language, in week order: “Monday, Tuesday”."""
        labels = dict(Weekday.choices)
        return ", ".join(str(labels[day]) for day in Weekday.values if day in self["days"])


class OpeningHoursBlock(blocks.StructBlock):
    """The days a location is open and from when to when, e.g. Monday to Friday, 09:00 to 17:00."""

    days = blocks.MultipleChoiceBlock(label=_("Days"), choices=Weekday.choices)
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] >= value["closes"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError(_("Closing time must be after opening time."))}
            )
        return value

    class Meta:
        icon = "time"
        value_class = OpeningHoursValue
        label = _("Opening hours")
        preview_value = {"days": ["Mo", "Tu", "We", "Th", "Fr"], "opens": "09:00", "closes": "17:00"}
