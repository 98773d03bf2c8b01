"""Django's LocaleMiddleware for the pages, kept away from the API."""

from django.middleware.locale import LocaleMiddleware


class PageLocaleMiddleware(LocaleMiddleware):
    """Pages are per locale (/en/, /es/); the API is not: its 404s stay 404s (Django would redirect them
    to /en/api/…), and its responses do not vary on Accept-Language (the locale is a query parameter)."""

    def process_request(self, request):
        if not request.path.startswith("/api/"):
            super().process_request(request)

    def process_response(self, request, response):
        if request.path.startswith("/api/"):
            return response
        return super().process_response(request, response)
