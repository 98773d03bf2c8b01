"""Query parameters, declared once per endpoint as a DRF serializer that both checks them and documents them.

Example: `read_query(request, BrochureQuery)` -> {"paper": "a4", "profile": "office", "locale": <Locale: es>}, or
BadQuery (a 400) naming the parameter at fault and why; `extend_schema(parameters=[BrochureQuery])` puts the
same fields, types, limits and defaults in the OpenAPI document, so the two cannot drift apart.
"""

from wagtail.models import Locale

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .errors import BadQuery


class NoQuery(serializers.Serializer):
    """An endpoint that reads no query parameter: any one given is refused."""


def read_query(request, query_class, **context) -> dict:
    """The values of the query parameters `query_class` declares; BadQuery for an unknown one, one given
    twice, one with control characters (PostgreSQL refuses NUL in text, and no parameter has a use for any of
    them) or a bad value, checked in that order and, among the declared, in the order they are declared."""
    query = request.GET
    known = list(query_class(context=context).fields)
    unknown = sorted(set(query) - set(known))
    if unknown:
        accepted = f"Known: {', '.join(sorted(known))}." if known else "This address takes none."
        raise BadQuery(unknown[0], f"Unknown query parameter “{unknown[0]}”. {accepted}")
    for name in (name for name in known if name in query):
        values = query.getlist(name)
        if len(values) > 1:
            raise BadQuery(name, f"Give {name} once.")
        if any(ord(character) < 32 for character in values[0]):
            raise BadQuery(name, f"{name} must not contain control characters.")
    serializer = query_class(data=query.dict(), context=context)
    if not serializer.is_valid():
        name, messages = next(iter(serializer.errors.items()))
        raise BadQuery(name, str(messages[0]))
    return serializer.validated_data


class WholeNumberField(serializers.IntegerField):
    """0 or more, in ASCII digits (not "²", "１０", " 5" or "1e3"), at most 9 of them."""

    def __init__(self, *, min_value=0, max_value=None, **kwargs):
        super().__init__(**kwargs)
        # Set after DRF's __init__, which would make validators of them worded its own way; the schema reads
        # them from here, and a serializer may set max_value from a setting (see api_json/params.py).
        self.min_value, self.max_value = min_value, max_value

    def to_internal_value(self, data):
        name = self.field_name
        if not (isinstance(data, str) and data.isascii() and data.isdigit()) or len(data) > 9:
            raise serializers.ValidationError(f"{name} must be a whole number of 0 or more, not “{str(data)[:20]}”.")
        value = int(data)
        if self.max_value is not None and value > self.max_value:
            raise serializers.ValidationError(f"{name} must be at most {self.max_value}.")
        if value < self.min_value:
            raise serializers.ValidationError(f"{name} must be at least {self.min_value}.")
        return value


class KnownChoiceField(serializers.ChoiceField):
    """One of a fixed list, documented as an enum. Example: paper=a4."""

    def to_internal_value(self, data):
        if data not in self.choices:
            known = ", ".join(str(choice) for choice in self.choices)
            raise serializers.ValidationError(f"Unknown {self.field_name} “{data}”. Known: {known}.")
        return data


@extend_schema_field(OpenApiTypes.STR)
class LocaleField(serializers.Field):
    """A locale's language code (e.g. es), read as the Locale it names."""

    def to_internal_value(self, data):
        found = Locale.objects.filter(language_code=data).first()
        if found is None:
            known = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
            raise serializers.ValidationError(f"Unknown locale “{data}”. Known: {known}.")
        return found

    def to_representation(self, value):
        return value.language_code
