"""HTML, a saved page or a fragment: the article's text in document order, the page's furniture left out.

A saved page is read from its article (the <article> holding the h1, else <main>), as a reader's eye finds it;
navigation, the site's header, footers, asides, scripts, styles and forms are not the article, nor what themes
and plugins mark as furniture by class, id or role (cookie banners, share buttons, related posts, breadcrumbs,
widgets, comments). Links keep their text only (nothing is fetched). h1 is the title; h2 and h3 keep their level;
h4 to h6 become h4.
"""

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from ..pieces import Piece, clean, text_piece
from .tables import labelled_rows

LEFT_OUT = {"nav", "footer", "aside", "script", "style", "noscript", "form", "template", "iframe", "svg", "button",
            "head"}  # fmt: skip
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
TEXT_BLOCKS = {"p", "address", "blockquote", "pre", "dt", "dd", "td", "th", "figcaption", "caption"}
# How WordPress, its themes and plugins (and most site builders) name furniture: a class or id that begins with
# one of these words ("cookie-law-info-bar", "sharedaddy", "breadcrumbs", "widget-area", "comments-area",
# Squarespace's "socialaccountlinks-v2-block"), or
# Jetpack's related posts. Only the beginning: page builders wrap the article itself in "elementor-widget…".
FURNITURE_NAME = re.compile(
    r"^(?:(?:cookies?|consent|gdpr|sharedaddy|share|sharing|social\w*|related|relatedposts|breadcrumbs?|widgets?|"
    r"sidebar|comments?|newsletter|subscribe|skip|popup|modal|navigation|menu)(?:$|[-_])|jp-relatedposts$)",
    re.IGNORECASE,
)
FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}


def is_furniture(tag: Tag) -> bool:
    if tag.get("role") in FURNITURE_ROLES:
        return True
    return any(FURNITURE_NAME.match(name) for name in [*tag.get("class", []), tag.get("id") or ""])


def rows_of(table: Tag) -> list[Piece]:
    """A table with a header row, read as its rows, each cell labelled by its column's header (tables.py)."""
    rows = table.find_all("tr")
    if not rows or not rows[0].find("th") or rows[0].find("td"):
        return []
    headers = [cell.get_text(" ") for cell in rows[0].find_all(["th", "td"])]
    return labelled_rows(headers, [[cell.get_text(" ") for cell in row.find_all(["th", "td"])] for row in rows[1:]])


def article_of(soup: BeautifulSoup) -> Tag:
    """Where the article is: the <article> with the page's h1, else <main>, else the whole body or fragment."""
    titled = next((tag for tag in soup.find_all("article") if tag.find("h1")), None)
    return titled or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup


def lines_of(tag: Tag) -> list[str]:
    for br in tag.find_all("br"):
        br.replace_with("\n")
    return tag.get_text().split("\n")


def read(html: str) -> list[Piece]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(LEFT_OUT):
        tag.decompose()
    root = article_of(soup)
    # Furniture inside the article too (share buttons, related posts); never what holds the title.
    for tag in root.find_all(is_furniture):
        if not tag.decomposed and not tag.find("h1") and tag.name not in {"article", "main", "body"}:
            tag.decompose()
    # The site's header goes; an article's own <header> (its title, in <article> or <main>) stays.
    for tag in soup.find_all("header"):
        if not tag.find_parent(["article", "main"]):
            tag.decompose()
    pieces: list[Piece] = []
    loose: list[str] = []  # Text directly inside a <div> or <section>, not in any paragraph.

    def flush():
        if clean(" ".join(loose)):
            pieces.append(text_piece(loose[:]))
        loose.clear()

    def walk(node: Tag):
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # Not a comment, doctype or CDATA.
                    loose.append(str(child))
            elif child.name in HEADINGS:
                flush()
                if text := clean(child.get_text(" ")):
                    pieces.append(Piece("heading", text, level=HEADINGS[child.name]))
            elif child.name == "li":
                flush()
                nested = child.find_all(["ul", "ol"])
                for sub in nested:
                    sub.extract()
                if text := clean(child.get_text(" ")):
                    pieces.append(Piece("item", text))
                for sub in nested:
                    walk(sub)
            elif child.name == "table" and (rows := rows_of(child)):
                flush()
                pieces.extend(rows)
            elif child.name in TEXT_BLOCKS:
                flush()
                piece = text_piece(lines_of(child))
                if piece.text:
                    pieces.append(piece)
            elif child.name == "br":
                loose.append("\n")
            elif child.name in {"a", "span", "strong", "b", "em", "i", "u", "small", "sup", "sub", "abbr", "mark"}:
                loose.append(child.get_text(" "))
            else:
                flush()
                walk(child)
        flush()

    walk(root)
    return pieces


def title_of(html: str) -> str:
    """The page's <title>, for a page without an h1."""
    soup = BeautifulSoup(html, "html.parser")
    return clean(soup.title.get_text()) if soup.title else ""
