"""GET /healthz, for load balancers and process supervisors: 200 when all is well, else 503 naming the check.

A middleware first in the stack rather than a URL: a load balancer asks by the server's address, which is no
allowed host, and over plain HTTP, which production would redirect; neither applies to this one path.
Never cached (Cache-Control: no-store), no authentication, JSON.
"""

from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

from .health import health

PATH = "/healthz"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = JsonResponse({"detail": f"{request.method} is not allowed here: use GET or HEAD."}, status=405)
            response["Allow"] = "GET, HEAD"
            return response
        healthy, body = health()
        response = JsonResponse(body, status=200 if healthy else 503)
        add_never_cache_headers(response)
        response["X-Content-Type-Options"] = "nosniff"
        return response
