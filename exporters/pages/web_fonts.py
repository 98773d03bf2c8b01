"""The web pages' fonts: the brochure's fonts cut into one WOFF2 file per script, weight and style.

A browser downloads a face only when the page has a character in its `unicode-range`, so an English or
Spanish page loads the Latin files alone (tens of KB) instead of the brochure's full TTFs (the print
channel keeps those: a PDF embeds what it uses). `manage.py build_web_fonts` makes the files from the
brochure's fonts with fontTools' subsetter; they are checked in beside their licence
(exporters/pages/static/pages/fonts/). This module is the one list of faces: the command cuts them, the
pages declare them (`font_face_css`) and the static export ships those a page's text needs (`faces_for_text`).
"""

from dataclasses import dataclass
from pathlib import Path

from django.templatetags.static import static

SOURCE_DIR = Path(__file__).resolve().parent.parent / "brochure" / "static" / "brochure" / "fonts"
FONTS_DIR = Path(__file__).resolve().parent / "static" / "pages" / "fonts"
STATIC_PREFIX = "pages/fonts/"
FONT_LICENCE = STATIC_PREFIX + "OFL.txt"

# Code point ranges per script, inclusive. Latin and latin-ext split as Google Fonts does: English and
# Spanish (and every western European language) need Latin-1 and the common punctuation only.
SCRIPTS = {
    "latin": [(0x0000, 0x00FF), (0x0131, 0x0131), (0x0152, 0x0153), (0x02BB, 0x02BC), (0x02C6, 0x02C6),
              (0x02DA, 0x02DA), (0x02DC, 0x02DC), (0x0304, 0x0304), (0x0308, 0x0308), (0x0329, 0x0329),
              (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2122, 0x2122), (0x2191, 0x2191), (0x2193, 0x2193),
              (0x2212, 0x2212), (0x2215, 0x2215), (0xFEFF, 0xFEFF), (0xFFFD, 0xFFFD)],
    "latin-ext": [(0x0100, 0x0130), (0x0132, 0x0151), (0x0154, 0x024F), (0x0250, 0x02BA), (0x1D00, 0x1DBF),
                  (0x1E00, 0x1EFF), (0x20A0, 0x20AB), (0x20AD, 0x20C0), (0x2113, 0x2113), (0x2C60, 0x2C7F),
                  (0xA720, 0xA7FF)],
    "cyrillic": [(0x0400, 0x052F), (0x1C80, 0x1C88), (0x2116, 0x2116), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)],
    "greek": [(0x0370, 0x03FF), (0x1F00, 0x1FFF)],
    "arabic": [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0x200C, 0x200E), (0xFB50, 0xFDFF),
               (0xFE70, 0xFEFC)],
    "hangul": [(0x1100, 0x11FF), (0x3000, 0x303F), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF),
               (0xD7B0, 0xD7FF), (0xFF00, 0xFFEF)],
    "hanja": [(0x4E00, 0x9FFF), (0xF900, 0xFAFF)],
}  # fmt: skip


@dataclass(frozen=True)
class Face:
    family: str  # The CSS font-family (site.css names it).
    source: str  # The brochure's font file it is cut from.
    script: str  # A key of SCRIPTS.
    weight: int = 400
    style: str = "normal"

    @property
    def file_name(self) -> str:
        """ "noto-sans-latin-700.woff2", "noto-sans-latin-400-italic.woff2"."""
        italic = "-italic" if self.style == "italic" else ""
        return f"{self.family.lower().replace(' ', '-')}-{self.script}-{self.weight}{italic}.woff2"

    @property
    def static_name(self) -> str:
        return STATIC_PREFIX + self.file_name

    @property
    def ranges(self) -> list[tuple[int, int]]:
        return SCRIPTS[self.script]


def _faces() -> list[Face]:
    """Each script in every weight and style its family has: Noto Sans regular, bold and italic; Noto Sans
    Arabic and NanumGothic regular and bold (browsers slant those themselves)."""
    styles = {
        "Noto Sans": [("NotoSans-Regular.ttf", 400, "normal"), ("NotoSans-Bold.ttf", 700, "normal"),
                      ("NotoSans-Italic.ttf", 400, "italic")],
        "Noto Sans Arabic": [("NotoSansArabic-Regular.ttf", 400, "normal"), ("NotoSansArabic-Bold.ttf", 700, "normal")],
        "NanumGothic": [("NanumGothic.ttf", 400, "normal"), ("NanumGothicBold.ttf", 700, "normal")],
    }  # fmt: skip
    scripts = {"Noto Sans": ["latin", "latin-ext", "cyrillic", "greek"], "Noto Sans Arabic": ["arabic"],
               "NanumGothic": ["hangul", "hanja"]}  # fmt: skip
    return [
        Face(family, source, script, weight, style)
        for family, files in styles.items()
        for script in scripts[family]
        for source, weight, style in files
    ]


FACES = _faces()


def unicode_range(ranges: list[tuple[int, int]]) -> str:
    """[(0x0, 0xFF), (0x131, 0x131)] -> "U+0-FF, U+131"."""
    return ", ".join(f"U+{start:X}" if start == end else f"U+{start:X}-{end:X}" for start, end in ranges)


def in_ranges(code_point: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= code_point <= end for start, end in ranges)


def font_face_css() -> str:
    """The @font-face rules of every face, with the files' public addresses (fingerprinted in production).

    `font-display: swap`: text shows at once in a system font and takes the web font when it arrives."""
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; src: url("{static(face.static_name)}") format("woff2"); '
        f"font-weight: {face.weight}; font-style: {face.style}; font-display: swap; "
        f"unicode-range: {unicode_range(face.ranges)}; }}"
        for face in FACES
    )


def faces_for_text(text: str) -> list[Face]:
    """The faces a browser may download for a page with this text: every weight and style of each script
    it has a character of (which of them its styles pick is the browser's business)."""
    code_points = {ord(character) for character in set(text)}
    scripts = {script for script, ranges in SCRIPTS.items() if any(in_ranges(cp, ranges) for cp in code_points)}
    return [face for face in FACES if face.script in scripts]
