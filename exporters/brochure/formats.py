"""The print formats: the booklet (the whole brochure, as many pages as it takes), the tri-fold and the flyer.

A compact format has a fixed number of pages (sides of the sheet) and panels; what does not fit is never cut:
overflow.py finds the items that overflow their panel after layout, and the PDF is refused with their names.
Which items a compact format shows is the editor's choice: the brochure's "tri-fold and flyer content"
(compact_body) when it has any, else its body; and a myth prints its short answer (summary) when it has one.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Format:
    label: str
    template: str
    pages: int | None  # The sides of the sheet; None: as many as the content takes (the booklet).
    landscape: bool = False

    @property
    def compact(self) -> bool:
        """One sheet: it shows the brochure's compact content and the myths' short answers."""
        return self.pages is not None


FORMATS = {
    "booklet": Format(_("Booklet"), "brochure/brochure.html", None),
    "trifold": Format(_("Tri-fold"), "brochure/trifold.html", 2, landscape=True),
    "flyer": Format(_("Flyer"), "brochure/flyer.html", 2),
}
FORMAT_CHOICES = [(name, format.label) for name, format in FORMATS.items()]

# Blocks the compact formats place in fixed panels rather than in the flow of myths, benefits and risks.
BACK_PANEL_BLOCKS = ("locations", "call_to_action")
LEFT_OUT_OF_COMPACT = ("image", "disclaimer")  # A photo takes a panel; the disclaimer prints on the flap/back.


def landscape(size: str) -> str:
    """ "8.5in 11in" -> "11in 8.5in"."""
    width, height = size.split()
    return f"{height} {width}"


def item_label(block: dict) -> str:
    """What an overflow report calls a block, e.g. "Myth “Ketamine is Only a Recreational Drug”"."""
    value = block["value"]
    kind = block["type"]
    if kind == "myth":
        return f"Myth “{value['myth']['myth']}”"
    if kind in ("benefits", "risks"):
        heading = value.get("heading") or ", ".join(item.get("title") or item.get("name", "") for item in value[kind])
        return f"{kind.capitalize()} “{heading}”"
    if kind == "heading":
        return f"Heading “{value['text']}”"
    if kind == "paragraph":
        text = " ".join(str(value).replace("<", " <").split())
        return f"Paragraph “{shorten(strip_tags(text))}”"
    if kind == "locations":
        return f"Locations “{value.get('heading') or ', '.join(place['name'] for place in value['locations'])}”"
    return kind.replace("_", " ").capitalize()


def strip_tags(html: str) -> str:
    from django.utils.html import strip_tags as strip

    return " ".join(strip(html).split())


def shorten(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def compact_context(printable: dict, page_size: str) -> dict:
    """The tri-fold's and the flyer's parts: the flap's benefits, the flowing items, the back panel's blocks."""
    body = [block for block in printable["body"] if block["type"] not in LEFT_OUT_OF_COMPACT]
    labelled = [{**block, "label": item_label(block)} for block in body]
    return {
        "compact": True,  # The myth block prints its short answer (brochure/blocks/myth.html).
        "sheet_height": page_size.split()[1],  # The trim's height: a tri-fold's sides and panels fill it.
        "flap_items": [block for block in labelled if block["type"] == "benefits"],
        "flow_items": [block for block in labelled if block["type"] not in (*BACK_PANEL_BLOCKS, "benefits")],
        "myth_items": [block for block in labelled if block["type"] == "myth"],
        "locations_items": [block for block in labelled if block["type"] == "locations"],
        "cta_items": [block for block in labelled if block["type"] == "call_to_action"],
    }
