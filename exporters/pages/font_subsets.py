"""Cuts one web font face (exporters/pages/web_fonts.py) out of the brochure's full font, as WOFF2.

The same inputs give the same bytes (fontTools and brotli are pinned; the files keep the source's
timestamp), so a test can tell that the checked-in files are what `manage.py build_web_fonts` makes.
"""

import io

from fontTools import subset
from fontTools.ttLib import TTFont

from .web_fonts import SOURCE_DIR, Face, in_ranges


def options() -> subset.Options:
    chosen = subset.Options()
    chosen.flavor = "woff2"
    chosen.hinting = False  # Screens of today render unhinted outlines well; hinting is a third of a file.
    chosen.desubroutinize = True  # Compresses better under WOFF2's brotli.
    chosen.layout_features = ["*"]  # Kerning, ligatures, Arabic joining forms, Hangul jamo composition.
    chosen.name_IDs = ["*"]  # The licence and copyright names stay with the glyphs (OFL).
    chosen.notdef_outline = True
    chosen.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]  # Hinting tools' sources, of no use to a browser.
    return chosen


def covered(face: Face) -> list[int]:
    """The code points of the face's script that its source font has glyphs for."""
    cmap = TTFont(SOURCE_DIR / face.source, lazy=True)["cmap"].getBestCmap()
    return sorted(cp for cp in cmap if in_ranges(cp, face.ranges))


def subset_face(face: Face) -> bytes:
    font = TTFont(SOURCE_DIR / face.source, recalcTimestamp=False)  # The same bytes from the same source.
    subsetter = subset.Subsetter(options())
    subsetter.populate(unicodes=covered(face))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out, reorderTables=False)
    return out.getvalue()
