"""/api/v1/pages/: live pages, listed and whole."""

from django.http import Http404
from django.utils import translation

from wagtail.models import Locale, Page, Site

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from exporters.context import DocumentContext
from exporters.document import PAGE_TYPES, Document, PageSerializer, PageSummarySerializer, page_document
from exporters.http.query import KnownChoiceField, LocaleField
from exporters.live import live_pages
from exporters.models import PAGES, SITE, page_scope

from .base import ReadOnlyJSONView, paginated
from .params import FIELDS_MAX_LIMIT, SEARCH_MAX_LENGTH, FieldListField, PaginationQuery, SearchWordsField, text
from .responses import ERRORS, paginated_response

TYPE_MODELS = {name: model for model, name in PAGE_TYPES.items()}
SUMMARY_FIELDS = list(PageSummarySerializer().fields)
EXTRA_FIELDS = [name for name in PageSerializer().fields if name not in SUMMARY_FIELDS]
FIND_NEEDS_A_PATH = "Give the page's path, such as /en/common-myths/."


def with_locales(pages):
    """Specific pages with their locale in the same query. A plain select_related("locale") is lost when
    specific() fetches each type's rows again: then every page would fetch its locale on its own."""
    return pages.specific().select_related("locale", for_specific_subqueries=True)


class PageListItemSerializer(PageSerializer):
    """A listed page: the summary always, the other fields when `fields` asks for them (see schema.py)."""


class PageListQuery(PaginationQuery):
    """Example: ?locale=es&type=article&fields=body&limit=10"""

    locale = LocaleField(required=False, help_text="Only pages in this locale, e.g. es.")
    type = KnownChoiceField(choices=list(TYPE_MODELS), required=False, help_text="Only pages of this type.")
    slug = text(help_text="Only pages with this slug.")
    search = SearchWordsField(
        required=False, help_text=f"Full-text search (at most {SEARCH_MAX_LENGTH} characters); results by relevance."
    )
    fields = FieldListField(
        EXTRA_FIELDS, required=False, help_text=f"Comma-separated extra fields ({', '.join(EXTRA_FIELDS)}) or *."
    )

    def validate(self, query):
        if query.get("fields") and query["limit"] > FIELDS_MAX_LIMIT:
            raise serializers.ValidationError(
                {"limit": f"limit must be at most {FIELDS_MAX_LIMIT} when fields is given."}
            )
        return query


class PageFindQuery(serializers.Serializer):
    html_path = serializers.CharField(
        trim_whitespace=False,
        help_text="e.g. /es/mitos-comunes/",
        error_messages={"required": FIND_NEEDS_A_PATH, "blank": FIND_NEEDS_A_PATH},
    )


@extend_schema_view(
    get=extend_schema(
        operation_id="pages_list",
        summary="List live pages",
        parameters=[PageListQuery],
        responses={200: paginated_response(PageListItemSerializer, "PaginatedPageList"), **ERRORS},
        tags=["pages"],
    )
)
class PageListView(ReadOnlyJSONView):
    query_class = PageListQuery

    def scopes(self, request):
        # With `fields`, listed pages are whole: a library item published bumps "pages" too.
        return [SITE, PAGES]

    def build(self, request, query):
        limit, offset, fields = query["limit"], query["offset"], query.get("fields", [])
        locale, page_type, slug, search = (query.get(name) for name in ("locale", "type", "slug", "search"))
        pages = live_pages()
        if locale is not None:
            pages = pages.filter(locale=locale)
        if page_type is not None:
            pages = pages.type(TYPE_MODELS[page_type])
        if slug is not None:
            pages = pages.filter(slug=slug)
        if search is not None:
            # Search first, then keep what the public may read: the search index cannot filter on expiry.
            # The index can filter on few fields: search all live pages, then apply the filters below.
            found = [page.pk for page in Page.objects.live().search(search)] if search else []
            readable = set(pages.filter(pk__in=found).values_list("pk", flat=True))
            ids = [pk for pk in found if pk in readable]
            count, ids = len(ids), ids[offset : offset + limit]
            by_id = {page.pk: page for page in with_locales(pages.filter(pk__in=ids))}
            window = [by_id[pk] for pk in ids]
        else:
            # Tree order (a home page, then its articles) is the unique, indexed path: a deep offset walks the
            # index, it does not sort the site.
            pages = pages.order_by("path")
            count, window = pages.count(), list(with_locales(pages)[offset : offset + limit])

        results, dates = [], []
        for page in window:
            results.append(self.listed(request, page, fields))
            dates.append(page.last_published_at)
        data = paginated(request, count, limit, offset, results)
        return Document(data, max(dates, default=None))

    def listed(self, request, page, fields):
        context = DocumentContext(page.locale, request)
        with translation.override(page.locale.language_code):
            summary = PageSummarySerializer(page, context={"document": context}).data
        if not fields:
            return summary
        whole = page_document(page, request).data
        return {**summary, **{name: whole[name] for name in fields}}


@extend_schema_view(
    get=extend_schema(
        operation_id="pages_detail",
        summary="One live page, whole",
        responses={200: PageSerializer, **ERRORS},
        tags=["pages"],
    )
)
class PageDetailView(ReadOnlyJSONView):
    def scopes(self, request, pk):
        return [SITE, page_scope(pk)]

    def build(self, request, query, pk):
        page = with_locales(live_pages().filter(pk=pk)).first()
        if page is None:
            raise NotFound(f"No live page has the id {pk}.")
        return page_document(page, request)


@extend_schema_view(
    get=extend_schema(
        operation_id="pages_find",
        summary="The live page at a public path",
        parameters=[PageFindQuery],
        responses={200: PageSerializer, **ERRORS},
        tags=["pages"],
    )
)
class PageFindView(ReadOnlyJSONView):
    """The page at a public path such as /es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/."""

    query_class = PageFindQuery

    def scopes(self, request):
        # Which page a path leads to is not known before it is built: any page published may change it.
        return [SITE, PAGES]

    def build(self, request, query):
        html_path = query["html_path"]
        page = find_page(request, html_path)
        if page is None:
            raise NotFound(f"No live page at {html_path}.")
        return page_document(page, request)


def find_page(request, html_path):
    components = [part for part in html_path.split("/") if part]
    if not components:
        return None
    locale = Locale.objects.filter(language_code=components[0]).first()
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if locale is None or site is None:
        return None
    root = site.root_page.get_translation_or_none(locale)
    if root is None:
        return None
    try:
        page = root.specific.route(request, components[1:]).page
    except Http404:
        return None
    return with_locales(live_pages().filter(pk=page.pk)).first()
