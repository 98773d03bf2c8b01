"""Rich text made inert before any channel sees it: an allow-list of tags, attributes and URL schemes.

Editors' rich text comes through Draftail, which already keeps to its features; but content also arrives by
import, by the API of another tool, or straight from the database. Whatever got in, the Document carries no
script, no event handler and no `javascript:` link, so neither a web page, a static export, a frontend that
inserts the API's HTML, nor a PDF can run it.
"""

import nh3

from cms.safe_output import URL_SCHEMES, safe_url

TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "u", "s", "sub", "sup", "code",
    "blockquote", "ul", "ol", "li", "hr", "a", "img", "div", "span", "figure", "figcaption",
    "iframe",  # Embedded videos: another origin's page in its own frame, with an https address (see below).
}  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "width", "height", "class"},
    "div": {"class"},
    "iframe": {"src", "width", "height", "title", "allowfullscreen", "frameborder"},  # No `allow`: no camera.
    "span": {"class", "lang", "dir"},
    "p": {"lang", "dir"},
}
# Frames only from the video players Wagtail's embeds produce.
FRAME_SOURCES = ("https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/",
                 "https://player.vimeo.com/video/")  # fmt: skip


def only_safe_addresses(tag: str, attribute: str, value: str) -> str | None:
    """Frames only from known players; every other address by the one output rule (no "//other.host")."""
    if tag == "iframe" and attribute == "src":
        return value if value.startswith(FRAME_SOURCES) else None
    if attribute in ("href", "src"):
        return safe_url(value) or None
    return value


def inert_html(html: str) -> str:
    """Example: inert_html('<p onclick="x()">Hi<script>x()</script></p>') -> '<p>Hi</p>'."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=set(URL_SCHEMES),  # The schemes of the one output rule for addresses.
        link_rel=None,  # Our own links need no rel; nh3 would add noopener noreferrer to every one.
        strip_comments=True,
        attribute_filter=only_safe_addresses,
    )
