"""The press profile as a print shop takes it: PDF/X-4 with a CMYK output intent, bleed and crop marks.

WeasyPrint's "pdf/x-4" variant writes the identification (XMP pdfxid:GTS_PDFXVersion) and the output intent
(/S /GTS_PDFX) from the colour profile named "device-cmyk": the ICC file CMS_PRINT_ICC_PROFILE names.

Colour: the content keeps the RGB it was designed in (the brand's colours, photos). PDF/X-4 accepts RGB that
is device-independent, so every page's resources make DeviceRGB mean sRGB (a DefaultRGB colour space); the
print shop's RIP converts sRGB to the press's CMYK through the output intent. Nothing is converted here.

Page boxes: TrimBox is the paper size; BleedBox is 3 mm around it (backgrounds run into it, it is cut off);
MediaBox is 10 mm around it, and WeasyPrint draws its crop marks in the outer half of that margin: from 5 to
10 mm off the trim, clear of the bleed.
"""

import hashlib
import re
import uuid
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from django.conf import settings

import pydyf

from .options import PRESS_BLEED_MM

MM = 72 / 25.4  # PDF points per millimetre.


class PrintProfileMissing(RuntimeError):
    pass


def cmyk_profile_path() -> Path:
    """The output intent's ICC file, checked: it exists and describes CMYK."""
    path = Path(settings.CMS_PRINT_ICC_PROFILE)
    if not path.is_file():
        raise PrintProfileMissing(
            f"CMS_PRINT_ICC_PROFILE: no ICC profile at {path} for the press profile's output intent. "
            "Install Debian's libgs-common (deploy/system-packages) or name a CMYK .icc file."
        )
    if profile_colour_space(path) != "CMYK":
        raise PrintProfileMissing(f"CMS_PRINT_ICC_PROFILE: {path} is not a CMYK profile; a press prints CMYK.")
    return path


@lru_cache(maxsize=8)
def profile_colour_space(path: Path) -> str:
    from PIL import ImageCms

    try:
        return ImageCms.getOpenProfile(str(path)).profile.xcolor_space.strip()
    except (OSError, ImageCms.PyCMSError) as error:
        raise PrintProfileMissing(f"CMS_PRINT_ICC_PROFILE: {path} is not an ICC profile ({error}).") from None


def profile_fingerprint() -> str:
    """What a press PDF depends on besides its HTML: the profile file (part of the cache key; never raises)."""
    path = Path(settings.CMS_PRINT_ICC_PROFILE)
    size = path.stat().st_size if path.is_file() else "missing"
    return f"{path}:{size}"


def colour_profiles() -> dict:
    """WeasyPrint's colour profiles for a press render: the output intent's CMYK, and sRGB as DefaultRGB.

    Each key is written as a name in the pages' /ColorSpace resources, so "DefaultRGB" is the colour space
    PDF readers use for DeviceRGB (ISO 32000-1, 8.6.5.6); WeasyPrint takes the output intent from "device-cmyk".
    """
    from weasyprint.css import ColorProfile

    cmyk_path = cmyk_profile_path()
    with cmyk_path.open("rb") as cmyk, (files("weasyprint.pdf") / "sRGB2014.icc").open("rb") as srgb:
        return {
            "device-cmyk": ColorProfile(cmyk, str(cmyk_path), "relative-colorimetric", ("c", "m", "y", "k")),
            "DefaultRGB": ColorProfile(srgb, "sRGB2014.icc", "relative-colorimetric", ("r", "g", "b")),
        }


def press_finisher(html: str):
    """What WeasyPrint's PDF/X-4 leaves to do, as a finisher (called with the pydyf PDF before it is written)."""

    def finish(document, pdf: pydyf.PDF) -> None:
        pdf.info["GTS_PDFXVersion"] = pydyf.String("PDF/X-4")  # As in the XMP: readers of either find it.
        for page in pdf.objects:
            if isinstance(page, pydyf.Dictionary) and page.get("Type") == "/Page":
                set_bleed_box(page)
                # PDF/X: no annotation over the printed area; a print shop's file needs no links.
                page.pop("Annots", None)
        same_document_id(pdf, html)

    return finish


def set_bleed_box(page: pydyf.Dictionary) -> None:
    """BleedBox = TrimBox + 3 mm each side (WeasyPrint's reaches 10 pt, into the crop marks' margin)."""
    left, top, right, bottom = page["TrimBox"]
    bleed = PRESS_BLEED_MM * MM
    page["BleedBox"] = pydyf.Array([left - bleed, top - bleed, right + bleed, bottom + bleed])


def same_document_id(pdf: pydyf.PDF, html: str) -> None:
    """The XMP's DocumentID from the print HTML, not random: the same brochure gives the same bytes."""
    metadata = pdf.objects[int(pdf.catalog["Metadata"].split()[0])]
    document_id = uuid.UUID(hashlib.sha256(html.encode()).hexdigest()[:32])
    metadata.stream = [
        re.sub(rb"xmp\.did:[0-9a-f-]{36}", f"xmp.did:{document_id}".encode(), bytes(part)) for part in metadata.stream
    ]
