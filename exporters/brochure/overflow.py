"""After layout, before the PDF is written: does every item of a tri-fold or a flyer sit inside its panel?

The templates mark each panel `data-panel="…"` and each item `data-item="Myth “…”"`. WeasyPrint lays an item
that does not fit beyond its panel: below it, in an extra column to the side of the sheet, or on a page the
format does not have. Any such piece of an item is an overflow, and the PDF is refused with the list, e.g.
"Myth “Ketamine is unsafe” overflows the inside panels" — never a tri-fold cut short or a third side.
"""

from .formats import FORMATS
from .options import PrintOptions

PANEL_NAMES = {
    "inside-flap": "the inside flap",
    "back": "the back cover",
    "cover": "the front cover",
    "inside": "the inside panels",
    "flyer-front": "the front of the flyer",
    "flyer-back": "the back of the flyer",
    "the sheet": "the two sides of the sheet",
}
# What an editor can do about it, at the end of every overflow message (preview.py shows it apart).
ADVICE = "Choose fewer items under “Tri-fold and flyer content”, or give long myths a short answer."
# How a render that did not fit comes back from the workers: "<exception class>: <message>" (batch.py).
REFUSED = "Overflow: "
TOLERANCE = 0.5  # CSS pixels: rounding in the layout, not overflow.


class Overflow(Exception):
    """The items that do not fit, by panel: [(item, panel)]."""

    def __init__(self, overflows: list[tuple[str, str]], pages: int, format_name: str):
        self.overflows = overflows
        sides = FORMATS[format_name].pages
        lines = [f"{item} overflows {PANEL_NAMES.get(panel, panel)}" for item, panel in overflows]
        if not lines:
            lines = [f"the layout takes {pages} pages, the {format_name} has {sides}"]
        super().__init__(f"Does not fit the {format_name}: " + "; ".join(lines) + ". " + ADVICE)


def is_overflow(error: str | None) -> bool:
    """A render refused because items do not fit: the content's to fix, and the same for the same content."""
    return error is not None and error.startswith(REFUSED)


def overflow_check(options: PrintOptions):
    """A WeasyPrint finisher that raises Overflow, or None for a format that grows as needed (the booklet)."""
    if not FORMATS[options.format].compact:
        return None
    sides = FORMATS[options.format].pages

    def check(document, pdf):
        overflows = find_overflows(document, sides)
        if overflows or len(document.pages) > sides:
            raise Overflow(overflows, len(document.pages), options.format)

    return check


def find_overflows(document, sides: int) -> list[tuple[str, str]]:
    """[(item label, panel name)] of every item with a piece outside its panel, in document order."""
    panels: dict[int, tuple[int, tuple[float, float, float, float]]] = {}  # id(element) -> (page, its box)
    found: list[tuple[str, str]] = []

    def walk(box, page_number, panel, item):
        element = getattr(box, "element", None)
        if element is not None and box.element_tag:
            if element.get("data-panel") and (panel is None or panel[0] is not element):
                panels.setdefault(id(element), (page_number, rectangle(box)))
                panel = (element, *panels[id(element)])
            if element.get("data-item") and (item is None or item is not element):
                item = element
                if not fits(rectangle(box), page_number, panel, sides):
                    entry = (element.get("data-item"), panel[0].get("data-panel") if panel else "the sheet")
                    if entry not in found:
                        found.append(entry)
                return  # An item's inner boxes are inside its own box.
        for child in getattr(box, "children", None) or ():
            walk(child, page_number, panel, item)

    for page_number, page in enumerate(document.pages):
        walk(page._page_box, page_number, None, None)
    return found


def rectangle(box) -> tuple[float, float, float, float]:
    x, y = box.border_box_x(), box.border_box_y()
    return x, y, x + box.border_width(), y + box.border_height()


def fits(piece, page_number, panel, sides) -> bool:
    """Inside its panel's box, on its panel's page; outside any panel (the flyer's flow): on a side it has."""
    if panel is None:
        return page_number < sides
    _, panel_page, (left, top, right, bottom) = panel
    x1, y1, x2, y2 = piece
    return (
        page_number == panel_page
        and page_number < sides
        and x1 >= left - TOLERANCE
        and y1 >= top - TOLERANCE
        and x2 <= right + TOLERANCE
        and y2 <= bottom + TOLERANCE
    )
