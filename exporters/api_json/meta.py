"""/api/v1/locales/: which locales exist and which is the default."""

from django.conf import settings

from wagtail.models import Locale

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound

from exporters.document import Document

from .base import ReadOnlyJSONView
from .responses import ERRORS, LocaleListSerializer


@extend_schema_view(
    get=extend_schema(
        operation_id="locales", summary="Locales", responses={200: LocaleListSerializer, **ERRORS}, tags=["meta"]
    )
)
class LocaleListView(ReadOnlyJSONView):
    def build(self, request, query):
        default = Locale.get_default()
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        locales = [
            {"code": locale.language_code, "name": str(names.get(locale.language_code, locale.language_code)),
             "default": locale.pk == default.pk}
            for locale in Locale.objects.order_by("language_code")
        ]  # fmt: skip
        return Document({"default": default.language_code, "locales": locales}, None)


@extend_schema(exclude=True)
class NoEndpointView(ReadOnlyJSONView):
    def build(self, request, query):
        raise NotFound(f"No API endpoint at {request.path}. See /api/v1/docs/.")
