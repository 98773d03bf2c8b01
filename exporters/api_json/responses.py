"""Response shapes for the OpenAPI document: pagination envelopes, errors, locales."""

from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import serializers

from exporters.http.errors import ErrorSerializer

ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="A query parameter is unknown or has a bad value."),
    404: OpenApiResponse(ErrorSerializer, description="No live content here."),
    429: OpenApiResponse(ErrorSerializer, description="Too many requests from this address; retry later."),
}


def paginated_response(item_serializer, name: str):
    return inline_serializer(
        name=name,
        fields={
            "count": serializers.IntegerField(),
            "limit": serializers.IntegerField(),
            "offset": serializers.IntegerField(),
            "next": serializers.CharField(allow_null=True),
            "previous": serializers.CharField(allow_null=True),
            "results": item_serializer(many=True),
        },
    )


class LocaleSerializer(serializers.Serializer):
    """Example: {"code": "es", "name": "Spanish", "default": false}"""

    code = serializers.CharField()
    name = serializers.CharField()
    default = serializers.BooleanField()


class LocaleListSerializer(serializers.Serializer):
    default = serializers.CharField(help_text="The default locale's code: what untranslated content falls back to.")
    locales = LocaleSerializer(many=True)
