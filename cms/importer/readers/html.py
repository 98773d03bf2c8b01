"""HTML, a saved page or a fragment: the article's text in document order, the page's furniture left out.

Navigation, the site's header, footers, asides, scripts, styles and forms are not the article. Links keep their text
only (nothing is fetched). h1 is the title; h2 and h3 keep their level; h4 to h6 become h4.
"""

from bs4 import BeautifulSoup, NavigableString, Tag

from ..pieces import Piece, clean, text_piece

LEFT_OUT = {"nav", "footer", "aside", "script", "style", "noscript", "form", "template", "iframe", "svg", "button",
            "head"}  # fmt: skip
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
TEXT_BLOCKS = {"p", "address", "blockquote", "pre", "dt", "dd", "td", "th", "figcaption", "caption"}


def lines_of(tag: Tag) -> list[str]:
    for br in tag.find_all("br"):
        br.replace_with("\n")
    return tag.get_text().split("\n")


def read(html: str) -> list[Piece]:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(LEFT_OUT):
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

    walk(soup.body or soup)
    return pieces


def title_of(html: str) -> str:
    """The page's <title>, for a page without an h1."""
    soup = BeautifulSoup(html, "html.parser")
    return clean(soup.title.get_text()) if soup.title else ""
