"""A tri-fold against the booklet, end to end, and against plain WeasyPrint on the same HTML, in one run.

The tri-fold is the seed brochure's library items (myths, benefits, risks, locations, call to action) as a
brochure of its own, printed as a tri-fold; the booklet is the seed brochure. For each: plain WeasyPrint on
the very same final HTML (no overflow check), our render step (safe fetcher, overflow check for the
tri-fold) and our pipeline end to end (Document, HTML, cache miss, worker process). Run:

    .venv/bin/python bench/brochure_formats.py [--repeat 5]
"""

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CMS_VAR_DIR", tempfile.mkdtemp(prefix="cms-bench-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import RequestFactory  # noqa: E402

import weasyprint  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from bench.brochure_vs_weasyprint import fresh_cache, staging_for_plain_weasyprint, timed_together  # noqa: E402
from cms.demo.loader import DemoLoader  # noqa: E402
from cms.models import Brochure  # noqa: E402
from exporters.brochure.options import PrintOptions  # noqa: E402
from exporters.brochure.printable import printable_brochure  # noqa: E402
from exporters.brochure.render import brochure_html, render_pdf  # noqa: E402
from exporters.brochure.service import pdfs_for  # noqa: E402

TRIFOLD_BLOCKS = ("myth", "benefits", "risks", "locations", "call_to_action")


def trifold_of(seed: Brochure) -> Brochure:
    brochure = Brochure(
        locale=seed.locale, title=seed.title, slug=f"{seed.slug}-trifold", qr_page=seed.qr_page,
        body=[(block.block_type, block.value) for block in seed.body if block.block_type in TRIFOLD_BLOCKS],
        print_format="trifold",
    )  # fmt: skip
    brochure.save()
    brochure.save_revision().publish()
    return brochure


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="Runs per measure; the fastest counts.")
    repeat = parser.parse_args().repeat

    call_command("migrate", verbosity=0)
    DemoLoader().load()
    request = RequestFactory().get("/")
    seed = Brochure.objects.get(locale__language_code="en", slug="common-myths-about-ketamine-infusion-therapy")
    cases = {"booklet": (seed, PrintOptions()), "trifold": (trifold_of(seed), PrintOptions(format="trifold"))}
    base = f"file://{staging_for_plain_weasyprint()}/"

    functions, pages = {}, {}
    for name, (brochure, options) in cases.items():
        html = brochure_html(printable_brochure(brochure, request, options), options)
        relative = html.replace('="/static/', '="static/').replace('="/media/', '="media/')

        def plain(relative=relative):
            return weasyprint.HTML(string=relative, base_url=base).write_pdf(pdf_variant="pdf/ua-1")

        def end_to_end(brochure=brochure, options=options):
            fresh_cache()
            (result,) = pdfs_for([(brochure.slug, printable_brochure(brochure, request, options))], options)
            assert result.error is None, result.error
            return result.pdf

        functions[f"{name} plain"] = plain
        functions[f"{name} render"] = lambda html=relative, options=options: render_pdf(html, options)
        functions[f"{name} end to end"] = end_to_end
    measured = timed_together(functions, repeat)
    for name in cases:
        pages[name] = len(PdfReader(io.BytesIO(measured[f"{name} end to end"][1])).pages)

    print(f"seed items, letter, office profile, PDF/UA-1; fastest of {repeat}\n")
    print("| format | pages | plain WeasyPrint ms | our render step ms | ours end to end ms | end to end vs plain |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in cases:
        plain_ms, render_ms, pipeline_ms = (measured[f"{name} {step}"][0] for step in ("plain", "render", "end to end"))
        print(f"| {name} | {pages[name]} | {plain_ms:.0f} | {render_ms:.0f} | {pipeline_ms:.0f} | "
              f"{pipeline_ms / plain_ms:.2f}x |")  # fmt: skip
    booklet, trifold = measured["booklet end to end"][0], measured["trifold end to end"][0]
    print(f"\ntri-fold end to end / booklet end to end: {trifold / booklet:.2f}")


if __name__ == "__main__":
    main()
