"""The API's URLs: these paths are the contract documented in docs/API.md."""

from django.urls import path, re_path

from . import schema  # noqa: F401  (registers the StreamField schema extension)
from .changes import ChangeFeedView
from .docs import DocsView, SchemaView
from .library import LIBRARY, library_views
from .meta import LocaleListView, NoEndpointView
from .pages import PageDetailView, PageFindView, PageListView
from .preview import PreviewView

app_name = "api-v1"

urlpatterns = [
    path("pages/", PageListView.as_view(), name="page-list"),
    path("pages/find/", PageFindView.as_view(), name="page-find"),
    path("pages/<int:pk>/", PageDetailView.as_view(), name="page-detail"),
    path("locales/", LocaleListView.as_view(), name="locale-list"),
    path("changes/", ChangeFeedView.as_view(), name="changes"),
    path("preview/", PreviewView.as_view(), name="preview"),
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", DocsView.as_view(url_name="api-v1:schema"), name="docs"),
]
for kind in LIBRARY:
    list_view, detail_view = library_views(kind)
    urlpatterns += [
        path(f"library/{kind}/", list_view.as_view(), name=f"{kind}-list"),
        path(f"library/{kind}/<int:pk>/", detail_view.as_view(), name=f"{kind}-detail"),
    ]

# Anything else under /api/v1/ (e.g. /pages/abc/) is a JSON 404, not Django's HTML page.
urlpatterns.append(re_path(r"^.*$", NoEndpointView.as_view(), name="no-endpoint"))
