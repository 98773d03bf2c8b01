"""What every endpoint shares: read-only, public, JSON, cached with ETags, throttled, strict parameters."""

from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from exporters.http.caching import cached_entry, conditional_response
from exporters.models import SITE
from exporters.throttle import ApiThrottle

from . import params


class ReadOnlyJSONView(APIView):
    """GET (and HEAD) only; other methods get 405. Sessions are ignored: a logged-in editor sees what
    everybody sees, which is live content only."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ApiThrottle]
    allowed_params: tuple[str, ...] = ()

    def get(self, request, **kwargs):
        params.check_known(request, self.allowed_params)
        entry = cached_entry(request, lambda: self.build(request, **kwargs), self.scopes(request, **kwargs))
        return conditional_response(request, entry)

    def scopes(self, request, **kwargs) -> list[str]:
        """What the response depends on (exporters/models.py); known before it is built. "site" always."""
        return [SITE]

    def build(self, request, **kwargs):
        """Return the Document this URL serves."""
        raise NotImplementedError


def page_url_with(request, **changes) -> str:
    """This request's path and query with some parameters changed, for next/previous links."""
    query = request.GET.copy()
    for name, value in changes.items():
        query[name] = str(value)
    return f"{request.path}?{query.urlencode()}"


def paginated(request, count, limit, offset, results) -> dict:
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": page_url_with(request, offset=offset + limit) if offset + limit < count else None,
        "previous": page_url_with(request, offset=max(offset - limit, 0)) if offset > 0 else None,
        "results": results,
    }
