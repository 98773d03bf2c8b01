"""/api/v1/changes/: the change feed (exporters/changes/), for frontends that stay current without re-reading.

Never cached, here or in the HTTP cache in front (Cache-Control: no-store; Varnish and CDNs do not store
it): a feed page served stale would hide a publish for as long as it was kept, and a read is a few indexed
queries, cheaper than the purges a cached feed would need on every change.
"""

from django.conf import settings
from django.http import HttpResponse

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers

from exporters.changes import feed
from exporters.changes.cursor import Cursor, MalformedCursor
from exporters.changes.kinds import KIND_NAMES
from exporters.changes.models import ACTIONS
from exporters.http.caching import render_json
from exporters.http.errors import ErrorSerializer, HttpError
from exporters.http.query import LocaleField, WholeNumberField, read_query

from .base import ReadOnlyJSONView, page_url_with
from .responses import ERRORS

RESYNC = (
    "This cursor is older than the change history kept. Resync from scratch: call /api/v1/changes/ without a cursor."
)


@extend_schema_field(OpenApiTypes.STR)
class CursorField(serializers.Field):
    """A cursor this feed gave, as it gave it."""

    def to_internal_value(self, data):
        try:
            return Cursor.decode(data)
        except MalformedCursor:
            raise serializers.ValidationError(
                "cursor is not one this feed gave: pass the cursor or next of a response unchanged."
            ) from None


class ChangesQuery(serializers.Serializer):
    """Example: ?cursor=Yy4xMg&limit=50&locale=es"""

    cursor = CursorField(required=False, help_text="Where to continue: the `cursor` of the last response. "
                                                   "Without it, the feed starts with the current state.")  # fmt: skip
    limit = WholeNumberField(min_value=1, required=False)
    locale = LocaleField(required=False, help_text="Only objects in this locale, e.g. es (keep it while following).")

    def get_fields(self):
        fields = super().get_fields()
        maximum = settings.CMS_API["MAX_LIMIT"]
        fields["limit"].default = fields["limit"].max_value = maximum
        fields["limit"].help_text = f"Entries per response, at most {maximum} (the default)."
        return fields


class ChangeSerializer(serializers.Serializer):
    """Example: {"action": "published", "kind": "myths", "id": 12, "locale": "es",
    "url": "https://cms.example/api/v1/library/myths/12/", "at": "2026-12-03T07:00:00.123Z"}"""

    action = serializers.ChoiceField(choices=ACTIONS, help_text="published and changed: read `url` again; moved: "
                                     "its address changed; unpublished, expired, deleted: drop it.")  # fmt: skip
    kind = serializers.ChoiceField(
        choices=KIND_NAMES, help_text="page, or the library kind of /api/v1/library/<kind>/."
    )
    id = serializers.IntegerField(help_text="The object's id, as in its API URL; each translation has its own.")
    locale = serializers.CharField(help_text="The object's language code.")
    url = serializers.URLField(allow_null=True, help_text="Its API detail; null when it is no longer readable.")
    at = serializers.DateTimeField(help_text="When the change was committed; in the initial state, when it was read.")


class ChangeFeedSerializer(serializers.Serializer):
    changes = ChangeSerializer(many=True)
    cursor = serializers.CharField(help_text="Resumes after the last entry of this response (also when it has none).")
    has_more = serializers.BooleanField(help_text="More entries are available now: call `next`.")
    next = serializers.URLField(allow_null=True, help_text="This address with `cursor`; null when has_more is false.")


@extend_schema_view(
    get=extend_schema(
        operation_id="changes",
        summary="What changed: the current state, then every change in commit order",
        parameters=[ChangesQuery],
        responses={
            200: ChangeFeedSerializer,
            **ERRORS,
            410: OpenApiResponse(ErrorSerializer, description="The cursor is older than the history kept: resync."),
        },
        tags=["changes"],
    )
)
class ChangeFeedView(ReadOnlyJSONView):
    query_class = ChangesQuery

    def get(self, request):
        query = read_query(request, ChangesQuery)
        locale = query.get("locale")
        try:
            page = feed.read(query.get("cursor"), query["limit"], locale and locale.language_code,
                             request.build_absolute_uri)  # fmt: skip
        except feed.CursorGone:
            raise HttpError(410, RESYNC, parameter="cursor") from None
        cursor = page.cursor.encode()
        data = {
            "changes": page.entries,
            "cursor": cursor,
            "has_more": page.has_more,
            "next": request.build_absolute_uri(page_url_with(request, cursor=cursor)) if page.has_more else None,
        }
        response = HttpResponse(render_json(data), content_type="application/json")
        response["Cache-Control"] = "no-store"
        return response
