"""What every endpoint shares: read-only, public, JSON, cached with ETags, throttled, strict parameters."""

from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from exporters.http.caching import cached_entry, conditional_response
from exporters.http.query import NoQuery, read_query
from exporters.models import SITE
from exporters.throttle import ApiThrottle


class ReadOnlyJSONView(APIView):
    """GET (and HEAD) only; other methods get 405. Sessions are ignored: a logged-in editor sees what
    everybody sees, which is live content only."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ApiThrottle]
    query_class = NoQuery  # The query parameters, declared once (exporters/http/query.py).

    def get(self, request, **kwargs):
        entry = cached_entry(request, lambda: self.document(request, **kwargs), self.scopes(request, **kwargs))
        return conditional_response(request, entry)

    def document(self, request, **kwargs):
        """The Document for this request. Its query is checked here, on a cache miss: a bad query raises, so
        it is never cached, and a cache hit is a query that was checked when it was built."""
        return self.build(request, read_query(request, self.query_class), **kwargs)

    def scopes(self, request, **kwargs) -> list[str]:
        """What the response depends on (exporters/models.py); known before it is built. "site" always."""
        return [SITE]

    def build(self, request, query: dict, **kwargs):
        """Return the Document this URL serves; `query` holds the values of the checked query parameters."""
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
