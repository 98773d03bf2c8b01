"""Writes testosterone-therapy.docx, the held-out Word article, the way fixtures/make_docx.py writes the Word
fixture (the standard library only, Word's built-in heading styles, fixed timestamps), with Word's Heading 3 too
and the clinic's address typed a line per paragraph, as people type addresses in Word.

Run once from the repository's root: python tests/cms/importer/held_out/make_docx.py. The output is committed.
"""

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent.parent / "fixtures"))
import make_docx as fixture  # noqa: E402

OUTPUT = Path(__file__).with_name("testosterone-therapy.docx")
PARAGRAPHS = [
    ("Heading1", "Testosterone Replacement Therapy: Facts for Men Over 40"),
    ("Normal", "Low testosterone becomes more common with age. At Summit Men's Health we test, treat and follow up "
               "every patient ourselves, and we say no when the numbers do not support treatment."),
    ("Heading2", "Common misconceptions"),
    ("Heading3", "TRT causes prostate cancer"),
    ("Normal", "Large studies have not found that testosterone therapy raises the risk of prostate cancer in men who "
               "are screened first. We check your PSA before and during treatment."),
    ("Heading3", "Once you start, you can never stop"),
    ("Normal", "You can stop at any time. Your own production may take a few months to recover, and we plan that "
               "with you."),
    ("Heading3", "TRT is the same as steroid abuse"),
    ("Normal", "We prescribe doses that bring your level back into the normal range, not far above it, and we "
               "monitor your blood work."),
    ("Heading2", "Benefits of TRT"),
    ("Normal", "Most men notice more energy within four to six weeks. Studies have shown improvements in libido, "
               "mood and bone density. Emerging research suggests TRT may help men with type 2 diabetes control "
               "their blood sugar."),
    ("Heading2", "Side effects and risks"),
    ("Normal", "Testosterone can raise your red blood cell count (polycythemia), which is common with injections "
               "and is why we check your blood every three months. Acne, breast tenderness and fluid retention are "
               "less common. Testosterone also lowers sperm production, so men who want children should tell us "
               "before starting."),
    ("Heading2", "Our clinic"),
    ("Normal", "Summit Men's Health"),
    ("Normal", "7400 E Orchard Rd, Suite 250"),
    ("Normal", "Greenwood Village, CO 80111"),
    ("Normal", "(303) 555-0147"),
    ("Normal", "Schedule your free testosterone check today."),
    ("Normal", "Disclaimer: This article does not replace a consultation with your doctor."),
]  # fmt: skip
STYLES = fixture.STYLES.replace(
    "</w:styles>",
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>\n</w:styles>',
)


def document() -> str:
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'  # noqa: E501
        for style, text in PARAGRAPHS
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {fixture.W}><w:body>{body}</w:body></w:document>'  # noqa: E501


def main() -> None:
    parts = {
        "[Content_Types].xml": fixture.CONTENT_TYPES,
        "_rels/.rels": fixture.PACKAGE_RELS,
        "word/_rels/document.xml.rels": fixture.DOCUMENT_RELS,
        "word/document.xml": document(),
        "word/styles.xml": STYLES,
    }
    with zipfile.ZipFile(OUTPUT, "w", zipfile.ZIP_DEFLATED) as docx:
        for name, content in parts.items():
            docx.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), content)


if __name__ == "__main__":
    main()
