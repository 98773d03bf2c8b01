"""What the API's query parameters share: pagination, search words, field lists.

Each endpoint declares its parameters once, as a serializer next to its view (e.g. pages.PageListQuery):
read_query checks a request against it and extend_schema(parameters=[…]) documents it (exporters/http/query.py).
"""

import re

from django.conf import settings

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from exporters.http.query import WholeNumberField

SEARCH_MAX_LENGTH = 200
FIELDS_MAX_LIMIT = 20  # Page lists with whole pages: each is resolved whole, so one request's work stays bounded.


class PaginationQuery(serializers.Serializer):
    limit = WholeNumberField(min_value=1, required=False)
    offset = WholeNumberField(required=False, default=0, help_text="How many results to skip.")

    def get_fields(self):
        # The page sizes are settings (CMS_API_MAX_LIMIT): read when a request is checked or the schema built.
        fields = super().get_fields()
        default, maximum = settings.CMS_API["DEFAULT_LIMIT"], settings.CMS_API["MAX_LIMIT"]
        fields["limit"].default, fields["limit"].max_value = default, maximum
        fields["limit"].help_text = f"Page size, at most {maximum} (default {default})."
        return fields


class SearchWordsField(serializers.CharField):
    """The words to search for. Operators and quotes are dropped: the search index would read them as its
    own syntax (SQLite's full-text search fails on a lone quote), and readers mean words."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, trim_whitespace=False, **kwargs)

    def to_internal_value(self, data):
        if len(data) > SEARCH_MAX_LENGTH:
            raise serializers.ValidationError(f"{self.field_name} must be at most {SEARCH_MAX_LENGTH} characters.")
        return " ".join(re.findall(r"\w+", data))


@extend_schema_field(OpenApiTypes.STR)
class FieldListField(serializers.Field):
    """Comma-separated names of `allowed` fields, or * for all of them."""

    def __init__(self, allowed, **kwargs):
        self.allowed = list(allowed)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        fields = [field.strip() for field in data.split(",") if field.strip()]
        if fields == ["*"]:
            return self.allowed
        unknown = [field for field in fields if field not in self.allowed]
        if unknown:
            raise serializers.ValidationError(f"Unknown field “{unknown[0]}”. Known: {', '.join(self.allowed)}, or *.")
        return fields


def text(**kwargs) -> serializers.CharField:
    """A parameter taken as given: not trimmed, and empty allowed (it then matches nothing)."""
    return serializers.CharField(required=False, allow_blank=True, trim_whitespace=False, **kwargs)
