"""Brochures laid out for the compact formats, and the text of a region of a PDF page (a tri-fold's panel)."""

import subprocess
import tempfile

from cms.models import Brochure
from tests.exporters.brochure.conftest import read

# The library items each compact format shows of the seed brochure (its editor's choice, as the body).
COMPACT_BLOCKS = {
    "trifold": ("myth", "benefits", "risks", "locations", "call_to_action"),
    "flyer": ("myth", "locations", "call_to_action"),
}


def compact_brochure(seed: Brochure, format: str, blocks=None) -> Brochure:
    """A new live brochure in the seed's language, of the seed's items of `blocks` (default: the format's)."""
    kept = blocks or COMPACT_BLOCKS[format]
    brochure = Brochure(
        locale=seed.locale,
        title=seed.title,
        slug=f"{seed.slug}-{format}",
        subtitle={"en": "What the evidence says", "es": "Lo que dice la evidencia"}.get(
            seed.locale.language_code, seed.subtitle
        ),
        body=[(block.block_type, block.value) for block in seed.body if block.block_type in kept],
        qr_page=seed.qr_page,
        print_format=format,
    )
    brochure.full_clean()
    brochure.save()
    brochure.save_revision().publish()
    return Brochure.objects.get(pk=brochure.pk)


def without_compact_content(brochure: Brochure) -> Brochure:
    """The brochure published with no "tri-fold and flyer content": its compact formats show the whole body."""
    brochure.compact_body = []
    brochure.save_revision().publish()
    return Brochure.objects.get(pk=brochure.pk)


def panel_text(pdf: bytes, page: int, third: int) -> str:
    """The text of a third of a page (0: the left one), with white space folded (pdftotext's crop box)."""
    size = read(pdf).pages[page].mediabox
    width, height = float(size.width), float(size.height)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        crop = ["-x", str(int(width * third / 3) + 1), "-y", "0", "-W", str(int(width / 3) - 2), "-H", str(int(height))]
        pages = ["-f", str(page + 1), "-l", str(page + 1)]
        text = subprocess.run(["pdftotext", *pages, *crop, file.name, "-"], capture_output=True, check=True).stdout
    return " ".join(text.decode().split())
