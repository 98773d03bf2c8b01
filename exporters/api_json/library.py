"""/api/v1/library/<kind>/: the content library, per locale, each item resolved with its fallback."""

from django.utils import translation

from wagtail.models import Locale

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from cms.library_kinds import library_kinds
from cms.models.library import shown_versions
from exporters.context import DocumentContext
from exporters.document import Document, library_document
from exporters.http.query import LocaleField
from exporters.models import SITE, item_scope, library_scope

from .base import ReadOnlyJSONView, paginated
from .params import PaginationQuery
from .responses import ERRORS, paginated_response

# URL segment -> (model, serializer), for every kind of library item (cms/library_kinds.py). The serializer
# is the one pages use for a placed item.
LIBRARY = {kind.slug: (kind.model, kind.serializer_class) for kind in library_kinds()}
LOCALE_HELP = (
    "Locale to serve (default: the default locale); items without a translation there are served in the default "
    "locale with `translated: false`."
)


class LibraryDetailQuery(serializers.Serializer):
    """Example: ?locale=es"""

    locale = LocaleField(required=False, help_text=LOCALE_HELP)


class LibraryListQuery(PaginationQuery, LibraryDetailQuery):
    """Example: ?locale=es&limit=10&offset=10"""


class LibraryListView(ReadOnlyJSONView):
    """Every live item of one kind, once per item (not once per translation), in the requested locale."""

    query_class = LibraryListQuery
    model = None
    serializer_class = None

    def scopes(self, request):
        return [SITE, library_scope(self.model)]

    def build(self, request, query):
        limit, offset = query["limit"], query["offset"]
        locale = query.get("locale") or Locale.get_default()
        context = DocumentContext(locale, request)
        # The database picks, orders, counts and slices the shown versions: the work is one page of items,
        # whatever the size of the library. In the kind's order (its name), then by id.
        shown = shown_versions(self.model, locale, context.fallback_locale).order_by(*self.model._meta.ordering, "pk")
        window = list(shown[offset : offset + limit])
        context.take_shown(self.model, window)
        with translation.override(locale.language_code):
            results = context.finish(self.serializer_class(window, many=True, context={"document": context}).data)
        data = paginated(request, shown.count(), limit, offset, results)
        return Document(data, max((item.last_published_at for item in window), default=None))


class LibraryDetailView(ReadOnlyJSONView):
    """One item; with ?locale= its translation there, or the fallback marked `translated: false`."""

    query_class = LibraryDetailQuery
    model = None
    serializer_class = None

    def scopes(self, request, pk):
        return [SITE, item_scope(self.model, pk)]

    def build(self, request, query, pk):
        item = self.model.objects.filter(pk=pk).first()
        if item is None:
            raise NotFound(f"No {self.model._meta.verbose_name} has the id {pk}.")
        locale = query.get("locale") or item.locale
        document = library_document(item, self.serializer_class, locale, request)
        if document.data is None:
            raise NotFound(f"The {self.model._meta.verbose_name} {pk} is not published in any locale.")
        return document


def library_views(kind: str):
    """The list and detail views of one kind of item, each with its own typed schema."""
    model, serializer_class = LIBRARY[kind]
    name = model.__name__
    list_view = extend_schema_view(
        get=extend_schema(
            operation_id=f"library_{kind}_list",
            summary=f"List {model._meta.verbose_name_plural}",
            parameters=[LibraryListQuery],
            responses={200: paginated_response(serializer_class, f"Paginated{name}List"), **ERRORS},
            tags=["library"],
        )
    )(type(f"{name}ListView", (LibraryListView,), {"model": model, "serializer_class": serializer_class}))
    detail_view = extend_schema_view(
        get=extend_schema(
            operation_id=f"library_{kind}_detail",
            summary=f"One {model._meta.verbose_name}",
            parameters=[LibraryDetailQuery],
            responses={200: serializer_class, **ERRORS},
            tags=["library"],
        )
    )(type(f"{name}DetailView", (LibraryDetailView,), {"model": model, "serializer_class": serializer_class}))
    return list_view, detail_view
