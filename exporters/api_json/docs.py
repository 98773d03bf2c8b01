"""/api/v1/docs/: the interactive API docs (Swagger UI over /api/v1/schema/).

The split view serves Swagger UI's start-up script as a file: the docs need no inline script (CSP).
"""

from django.http import HttpResponse

from drf_spectacular.views import SpectacularSwaggerSplitView


class DocsView(SpectacularSwaggerSplitView):
    def options(self, request, *args, **kwargs):
        """The methods this URL answers, as Django's own views say them. DRF would describe the view by
        rendering its metadata through the docs' HTML renderer, which has no template for it: a 500."""
        response = HttpResponse()
        response["Allow"] = ", ".join(self.allowed_methods)
        return response
