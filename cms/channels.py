"""The registry of channels: what each one adds to the CMS, declared in its own package.

The CMS holds the content; the channels (exporters/<name>/) read it and publish it. The CMS never imports
a channel: a channel registers itself here from its AppConfig.ready(), and the CMS asks this registry
for what the channels provide — preview modes for the edit views, the server of live pages, the headless
preview link, the public URLs, the exporters of `manage.py export`. Example (exporters/pages/apps.py):

    register(Channel(
        name="pages",
        exporter="exporters.pages.export.PagesExporter",
        block_templates="pages/blocks/{type}.html",
        preview_modes=[PreviewMode("", _("Web page"), order=10, models=(WebPage,), serve=serve_page_draft)],
        serve_page=serve_live_page,
    ))
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.http import Http404, HttpResponse


@dataclass(frozen=True)
class PreviewMode:
    """One entry of Wagtail's preview menu: `serve(obj, request)` answers for the unsaved draft `obj`."""

    name: str  # Wagtail's mode_name; "" is a page's own (default) mode.
    label: str
    order: int  # Position in the menu; the lowest is the default mode.
    models: tuple[type, ...]  # The models (and their subclasses) this mode previews.
    serve: Callable[..., HttpResponse]


@dataclass(frozen=True)
class Channel:
    name: str  # `manage.py export <name>`, CMS_EXPORT_ON_PUBLISH_<NAME>.
    exporter: str = ""  # Dotted path of its exporters.base.Exporter subclass, if it exports to files.
    preview_modes: Sequence[PreviewMode] = ()
    block_templates: str = ""  # "pages/blocks/{type}.html": a template per block type (checked at startup).
    urls: str = ""  # Dotted path of its public URLconf, included at `url_prefix`.
    url_prefix: str = ""
    # (page, request, reader_language, listing_page=1) -> the live web page; listing_page: a home's page of articles.
    serve_page: Callable | None = None
    preview_link: Callable | None = None  # (request, obj) -> a frontend's link to the draft, for the panel.
    image_widths: Sequence[int] = ()  # Rendition widths it asks for beyond the Document's (built on publish).


_channels: dict[str, Channel] = {}


def register(channel: Channel) -> None:
    _channels[channel.name] = channel


def channels() -> list[Channel]:
    """The registered channels, in the order their apps are installed."""
    return list(_channels.values())


def get_channel(name: str) -> Channel:
    return _channels[name]


def preview_modes_for(obj) -> list[PreviewMode]:
    modes = [mode for channel in channels() for mode in channel.preview_modes if isinstance(obj, mode.models)]
    return sorted(modes, key=lambda mode: mode.order)


def preview_menu(obj) -> list[tuple[str, str]]:
    """Wagtail's `preview_modes` for `obj`: [(mode_name, label)], the default first."""
    return [(mode.name, mode.label) for mode in preview_modes_for(obj)]


def serve_preview(obj, request, mode_name: str) -> HttpResponse:
    """`obj`'s preview in `mode_name`. It may show unpublished drafts (cms/library_drafts.py): stored nowhere."""
    for mode in preview_modes_for(obj):
        if mode.name == mode_name:
            response = mode.serve(obj, request)
            response["Cache-Control"] = "private, no-store"
            return response
    raise Http404(f"No preview mode “{mode_name}” for {type(obj).__name__}.")


def serve_page(page, request, reader_language: str | None = None, listing_page: int = 1) -> HttpResponse:
    """The live page, from the channel that serves web pages (for a home page, page `listing_page` of its list)."""
    for channel in channels():
        if channel.serve_page is not None:
            return channel.serve_page(page, request, reader_language, listing_page=listing_page)
    raise Http404("No channel serves web pages.")


def preview_link(request, obj) -> str:
    """A frontend's address for the draft of `obj` (the "Headless preview link"), or "" if none serves it."""
    for channel in channels():
        if channel.preview_link is not None:
            return channel.preview_link(request, obj)
    return ""


def public_urlpatterns() -> list:
    """The channels' public URLs (the API, the brochure PDFs), for the project's URLconf."""
    from django.urls import include, path

    return [path(channel.url_prefix, include(channel.urls)) for channel in channels() if channel.urls]
