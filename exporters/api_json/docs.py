"""/api/v1/schema/ (the OpenAPI document) and /api/v1/docs/ (Swagger UI over it), throttled like the API.

The split view serves Swagger UI's start-up script as a file: the docs need no inline script (CSP).
"""

from django.http import HttpResponse
from django.utils.translation import get_language, get_supported_language_variant

from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.response import Response

from exporters.throttle import ApiThrottle

# The schema is made from the code alone, so once per process, language and version is enough: building it
# takes a good part of a second, which a visitor could otherwise make the server spend at will.
SCHEMAS: dict[tuple[str, str | None], dict] = {}


class SchemaView(SpectacularAPIView):
    throttle_classes = [ApiThrottle]

    def _get_schema_response(self, request):
        try:
            language = get_supported_language_variant(get_language())
        except LookupError:  # ?lang= names a language the site does not have: its default texts.
            language = ""
        version = self.api_version or request.version or self._get_version_parameter(request)
        if (language, version) not in SCHEMAS:
            generator = self.generator_class(urlconf=self.urlconf, api_version=version, patterns=self.patterns)
            SCHEMAS[language, version] = generator.get_schema(request=request, public=self.serve_public)
        filename = self._get_filename(request, version)
        return Response(
            data=SCHEMAS[language, version], headers={"Content-Disposition": f'inline; filename="{filename}"'}
        )


class DocsView(SpectacularSwaggerSplitView):
    throttle_classes = [ApiThrottle]

    def options(self, request, *args, **kwargs):
        """The methods this URL answers, as Django's own views say them. DRF would describe the view by
        rendering its metadata through the docs' HTML renderer, which has no template for it: a 500."""
        response = HttpResponse()
        response["Allow"] = ", ".join(self.allowed_methods)
        return response
