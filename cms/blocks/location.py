"""Clinic locations from the library, with addresses, phones and hours."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from rest_framework import serializers

from cms.models.choices import Weekday

from .library import LibraryListBlock
from .serializers import BlockValueSerializer, ConstantField, LibraryItemSerializer, SafeURLField, StreamListField


class OpeningHoursSerializer(serializers.Serializer):
    """Example: {"days": ["Mo", "Tu"], "day_names": "Monday, Tuesday", "opens": "09:00", "closes": "17:00"}"""

    days = serializers.ListField(child=serializers.ChoiceField(choices=Weekday.choices))
    day_names = serializers.SerializerMethodField()
    opens = serializers.TimeField(format="%H:%M")
    closes = serializers.TimeField(format="%H:%M")

    def get_day_names(self, hours) -> str:
        return hours.day_names()


class PostalAddressSerializer(serializers.Serializer):
    """The address as schema.org's PostalAddress, ready for JSON-LD.

    Example: {"@type": "PostalAddress", "streetAddress": "3210 Denali St Unit 4", "addressLocality": "Anchorage",
    "addressRegion": "AK", "postalCode": "99503", "addressCountry": "US"}
    """

    def get_fields(self):
        # schema.org's names are not Python identifiers ("@type") or not PEP 8 ones, hence a dict.
        return {
            "@type": ConstantField("PostalAddress"),
            "streetAddress": serializers.CharField(source="street_address"),
            "addressLocality": serializers.CharField(source="city"),
            "addressRegion": serializers.CharField(source="state"),
            "postalCode": serializers.CharField(source="postal_code"),
            "addressCountry": serializers.CharField(source="country"),
        }


class LocationSerializer(LibraryItemSerializer):
    """A clinic location: address fields, the same as a schema.org PostalAddress, phone, hours, map, booking.

    Example: {"id": 20, …, "name": "Anchorage, AK", "street": "3210 Denali St", "unit": "Unit 4",
    "city": "Anchorage", "state": "AK", "postal_code": "99503", "country": "US", "phone": "",
    "phone_e164": "", "opening_hours": [], "latitude": null, "longitude": null, "booking_url": "",
    "postal_address": {"@type": "PostalAddress", …}}
    """

    name = serializers.CharField()
    street = serializers.CharField()
    unit = serializers.CharField(allow_blank=True)
    city = serializers.CharField()
    state = serializers.CharField()
    postal_code = serializers.CharField()
    country = serializers.CharField()
    phone = serializers.CharField(allow_blank=True)
    phone_e164 = serializers.CharField(allow_blank=True)
    opening_hours = StreamListField(child=OpeningHoursSerializer())
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    booking_url = SafeURLField()
    postal_address = PostalAddressSerializer(source="*")


class LocationsBlockValueSerializer(BlockValueSerializer):
    """Example: {"heading": "Ketwell Alaska Locations", "locations": [{…a Location…}]}"""

    heading = serializers.CharField(allow_blank=True)
    locations = LocationSerializer(many=True)


class LocationsBlock(LibraryListBlock):
    """A heading and the clinic locations placed from the library."""

    items_field = "locations"
    serializer_class = LocationsBlockValueSerializer

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    locations = blocks.ListBlock(SnippetChooserBlock("cms.Location"), label=_("Locations"), min_num=1)

    class Meta:
        icon = "site"
        label = _("Locations")
        description = _("Clinic locations from the content library.")
