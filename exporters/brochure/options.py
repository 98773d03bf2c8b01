"""What a print run asks for: paper, print profile, format and accessibility."""

from dataclasses import dataclass

from rest_framework import serializers

from exporters.http.query import KnownChoiceField

from .formats import FORMATS, landscape

PAPERS = {"letter": "8.5in 11in", "a4": "210mm 297mm"}
PROFILES = ("office", "press")
# Image widths in pixels: about 150 dpi across a page for the office, 300 dpi for the press.
IMAGE_WIDTHS = {"office": (1200,), "press": (2400,)}
# The press sheet around the trim: 3 mm of bleed, then crop marks up to 10 mm off the trim (press.py).
PRESS_BLEED_MM, PRESS_SHEET_MARGIN_MM = 3, 10


@dataclass(frozen=True)
class PrintOptions:
    """Example: PrintOptions(paper="a4", profile="press") — A4 as PDF/X-4, 3 mm bleed, crop marks."""

    paper: str = "letter"
    profile: str = "office"
    # Office: tagged PDF/UA-1 (structure, language, title, alt text for screen readers). Press: PDF/X-4 alone.
    accessible: bool = True
    format: str = "booklet"  # formats.py: booklet, trifold (landscape, two sides of three panels), flyer.

    def __post_init__(self):
        if self.paper not in PAPERS:
            raise ValueError(f"Unknown paper “{self.paper}”. Known: {', '.join(PAPERS)}.")
        if self.profile not in PROFILES:
            raise ValueError(f"Unknown profile “{self.profile}”. Known: {', '.join(PROFILES)}.")
        if self.format not in FORMATS:
            raise ValueError(f"Unknown format “{self.format}”. Known: {', '.join(FORMATS)}.")

    @property
    def page_size(self) -> str:
        return landscape(PAPERS[self.paper]) if FORMATS[self.format].landscape else PAPERS[self.paper]

    @property
    def bleed(self) -> str:
        """Printed past the trim and cut off: backgrounds that reach the edge run into it (the BleedBox)."""
        return f"{PRESS_BLEED_MM}mm" if self.profile == "press" else "0"

    @property
    def sheet_margin(self) -> str:
        """The CSS page bleed, the sheet around the trim (the MediaBox): the bleed, then the crop marks,
        which WeasyPrint draws on the outer half of it (press.py)."""
        return f"{PRESS_SHEET_MARGIN_MM}mm" if self.profile == "press" else "0"

    @property
    def image_widths(self) -> tuple[int, ...]:
        return IMAGE_WIDTHS[self.profile]

    def file_suffix(self, language_code: str) -> str:
        """e.g. ".es.letter.pdf", ".es.a4.press.pdf", ".es.letter.trifold.pdf" (the booklet's names unchanged)."""
        profile = ".press" if self.profile == "press" else ""
        format = f".{self.format}" if self.format != "booklet" else ""
        return f".{language_code}.{self.paper}{format}{profile}.pdf"


class PrintQuery(serializers.Serializer):
    """The print options a PDF's address takes. Example: ?paper=a4&profile=press&format=trifold"""

    paper = KnownChoiceField(choices=list(PAPERS), default="letter")
    profile = KnownChoiceField(choices=PROFILES, default="office")
    format = KnownChoiceField(
        choices=list(FORMATS), required=False, help_text="Default: the brochure's own format (a booklet for articles)."
    )
