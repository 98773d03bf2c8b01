"""/api/v1/pages/: live pages, listed and whole."""

from django.http import Http404
from django.utils import translation

from wagtail.models import Page, Site

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound

from exporters.context import DocumentContext
from exporters.document import PAGE_TYPES, Document, PageSerializer, PageSummarySerializer, page_document
from exporters.live import live_pages
from exporters.models import PAGES, SITE, page_scope

from . import params
from .base import ReadOnlyJSONView, paginated
from .responses import ERRORS, paginated_response

TYPE_MODELS = {name: model for model, name in PAGE_TYPES.items()}
FIELDS_MAX_LIMIT = 20
SUMMARY_FIELDS = list(PageSummarySerializer().fields)
EXTRA_FIELDS = [name for name in PageSerializer().fields if name not in SUMMARY_FIELDS]


class PageListItemSerializer(PageSerializer):
    """A listed page: the summary always, the other fields when `fields` asks for them (see schema.py)."""


@extend_schema_view(
    get=extend_schema(
        operation_id="pages_list",
        summary="List live pages",
        parameters=[
            OpenApiParameter("locale", str, description="Only pages in this locale, e.g. es."),
            OpenApiParameter("type", str, enum=list(TYPE_MODELS), description="Only pages of this type."),
            OpenApiParameter("slug", str, description="Only pages with this slug."),
            OpenApiParameter("search", str, description="Full-text search; results by relevance."),
            OpenApiParameter(
                "fields", str, description=f"Comma-separated extra fields ({', '.join(EXTRA_FIELDS)}) or *."
            ),
            OpenApiParameter("limit", int, description="Page size, at most 100 (default 20)."),
            OpenApiParameter("offset", int, description="How many results to skip."),
        ],
        responses={200: paginated_response(PageListItemSerializer, "PaginatedPageList"), **ERRORS},
        tags=["pages"],
    )
)
class PageListView(ReadOnlyJSONView):
    allowed_params = ("locale", "type", "slug", "search", "fields", "limit", "offset")

    def scopes(self, request):
        # With `fields`, listed pages are whole: a library item published bumps "pages" too.
        return [SITE, PAGES]

    def build(self, request):
        limit, offset = params.pagination(request)
        locale = params.locale(request)
        page_type = params.choice(request, "type", list(TYPE_MODELS))
        slug = params.single(request, "slug")
        search = params.search_words(request)
        fields = params.field_list(request, EXTRA_FIELDS)
        if fields and limit > FIELDS_MAX_LIMIT:
            # Each listed page is then resolved whole: keep one request's work bounded.
            raise params.BadQuery("limit", f"limit must be at most {FIELDS_MAX_LIMIT} when fields is given.")

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
            by_id = {page.pk: page for page in pages.filter(pk__in=ids).select_related("locale").specific()}
            window = [by_id[pk] for pk in ids]
        else:
            pages = pages.order_by("path")  # Tree order: a home page, then its articles.
            count, window = pages.count(), list(pages.select_related("locale").specific()[offset : offset + limit])

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

    def build(self, request, pk):
        page = live_pages().filter(pk=pk).select_related("locale").specific().first()
        if page is None:
            raise NotFound(f"No live page has the id {pk}.")
        return page_document(page, request)


@extend_schema_view(
    get=extend_schema(
        operation_id="pages_find",
        summary="The live page at a public path",
        parameters=[OpenApiParameter("html_path", str, required=True, description="e.g. /es/mitos-comunes/")],
        responses={200: PageSerializer, **ERRORS},
        tags=["pages"],
    )
)
class PageFindView(ReadOnlyJSONView):
    """The page at a public path such as /es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/."""

    allowed_params = ("html_path",)

    def scopes(self, request):
        # Which page a path leads to is not known before it is built: any page published may change it.
        return [SITE, PAGES]

    def build(self, request):
        html_path = params.single(request, "html_path")
        if not html_path:
            raise params.BadQuery("html_path", "Give the page's path, such as /en/common-myths/.")
        page = find_page(request, html_path)
        if page is None:
            raise NotFound(f"No live page at {html_path}.")
        return page_document(page, request)


def find_page(request, html_path):
    components = [part for part in html_path.split("/") if part]
    if not components:
        return None
    locale = params.locale_by_code(components[0])
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
    return live_pages().filter(pk=page.pk).specific().first()
