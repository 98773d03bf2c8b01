"""What does not fit a tri-fold or a flyer is never cut: the export, the URL and the preview name the items."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.test import RequestFactory

import pytest

from cms.channels import preview_menu, serve_preview
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.service import pdfs_for
from tests.exporters.brochure.conftest import read
from tests.exporters.brochure.formats_helpers import compact_brochure, without_compact_content

SEED = "common-myths-about-ketamine-infusion-therapy"


def error_of(brochure, format):
    options = PrintOptions(format=format)
    (result,) = pdfs_for([("test", printable_brochure(brochure, RequestFactory().get("/"), options))], options)
    return result


def test_the_whole_article_as_a_trifold_is_refused_with_the_items_that_overflow(seed_brochure):
    result = error_of(without_compact_content(seed_brochure("en")), "trifold")
    assert result.pdf is None
    assert result.error.startswith("Overflow: Does not fit the trifold: ")
    assert "Risks “Potential Side Effects and Risks” overflows the inside panels" in result.error
    assert "Choose fewer items under “Tri-fold and flyer content”, or give long myths a short answer." in result.error


def test_a_flyer_of_too_many_myths_names_them(seed_brochure):
    seed = seed_brochure("en")
    # Every myth eight times: far more than one sheet holds, even as short answers.
    brochure = compact_brochure(seed, "flyer")
    brochure.body = [(block.block_type, block.value) for block in brochure.body if block.block_type == "myth"] * 8
    brochure.save_revision().publish()
    result = error_of(brochure, "flyer")
    assert "Myth “Ketamine Infusion Therapy is Addictive” overflows the front of the flyer" in result.error


def export(out, *arguments, stderr=None):
    stdout = StringIO()
    call_command("export", "brochure", *arguments, "--out", str(out), "--quiet", stdout=stdout, stderr=stderr)
    return stdout.getvalue()


def test_export_writes_each_brochure_in_its_format_and_refuses_one_that_overflows(seed_brochure, tmp_path):
    compact_brochure(without_compact_content(seed_brochure("en")), "trifold")
    assert "1 written" in export(tmp_path, f"{SEED}-trifold", "--locale", "en")
    trifold = tmp_path / f"{SEED}-trifold.en.letter.trifold.pdf"
    assert len(read(trifold.read_bytes()).pages) == 2
    good = trifold.read_bytes()

    stderr = StringIO()
    with pytest.raises(CommandError, match="1 failed"):
        export(tmp_path, SEED, "--locale", "en", "--format", "trifold", stderr=stderr)
    assert f"failed {SEED}.en.letter.trifold.pdf: Overflow: Does not fit the trifold: " in stderr.getvalue()
    assert "Risks “Potential Side Effects and Risks” overflows the inside panels" in stderr.getvalue()
    assert not (tmp_path / f"{SEED}.en.letter.trifold.pdf").exists()  # Nothing cut short is written.
    assert trifold.read_bytes() == good


def test_the_pdf_address_takes_a_format(client, seed_brochure):
    compact_brochure(without_compact_content(seed_brochure("en")), "flyer")
    response = client.get(f"/brochures/{SEED}-flyer.pdf")  # The brochure's own format.
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.en.letter.flyer.pdf"')
    assert len(read(response.content).pages) == 2
    bad = client.get(f"/brochures/{SEED}.pdf", {"format": "poster"})
    assert bad.status_code == 400
    assert bad.json() == {"detail": "Unknown format “poster”. Known: booklet, trifold, flyer.", "parameter": "format"}
    refused = client.get(f"/brochures/{SEED}.pdf", {"format": "trifold"})
    # A conflict between the brochure and the format, for its editor to fix: not a server error to retry.
    assert refused.status_code == 409 and "overflows the inside panels" in refused.json()["detail"]
    assert refused.json()["detail"].startswith("Does not fit the trifold: ")


def test_a_refusal_is_remembered_so_asking_again_lays_nothing_out(client, seed_brochure, settings, monkeypatch):
    without_compact_content(seed_brochure("en"))
    first = client.get(f"/brochures/{SEED}.pdf", {"format": "trifold"})
    assert first.status_code == 409
    assert [path.suffix for path in settings.CMS_BROCHURE_CACHE_DIR.iterdir()] == [".refused"]

    def no_render(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr("exporters.brochure.service.render_many", no_render)
    again = client.get(f"/brochures/{SEED}.pdf", {"format": "trifold"})
    assert again.status_code == 409 and again.json() == first.json()


def test_the_preview_offers_each_format_and_lists_what_overflows(seed_brochure, rf):
    brochure = without_compact_content(seed_brochure("en"))
    modes = dict(preview_menu(brochure))
    assert {"pdf", "pdf-booklet", "pdf-trifold", "pdf-flyer"} <= set(modes)
    report = serve_preview(brochure, rf.get("/"), "pdf-trifold")
    text = report.content.decode()
    assert report["Content-Type"].startswith("text/html")
    assert "Not everything fits the Tri-fold" in text
    assert "<li>Risks “Potential Side Effects and Risks” overflows the inside panels</li>" in text
    fitting = serve_preview(compact_brochure(brochure, "trifold"), rf.get("/"), "pdf")  # Its own format.
    assert fitting["Content-Type"] == "application/pdf" and len(read(fitting.content).pages) == 2


def test_the_editor_sees_what_overflows_in_the_preview_before_publishing(admin_client, seed_brochure):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from tests.cms.test_admin import admin_url, edit_form
    from tests.cms.test_previews import previewed
    from tests.conftest import page_text

    brochure = seed_brochure("en")
    data = edit_form(admin_client, admin_url("brochure", "edit", brochure.pk))
    assert data["print_format"] == "booklet"
    myths = [block.value["myth"].pk for block in brochure.body if block.block_type == "myth"]
    # The unsaved draft: a flyer of every myth eight times, more than one sheet holds.
    data.update(
        nested_form_data(
            {
                "body": streamfield([("myth", {"myth": pk}) for pk in myths]),
                "compact_body": streamfield([("myth", {"myth": pk}) for pk in myths * 8]),
            }
        )
    )
    data["print_format"] = "flyer"
    report = previewed(admin_client, "brochure", brochure.pk, data, "pdf")
    assert report["Content-Type"].startswith("text/html")
    text = page_text(report)
    assert "Not everything fits the Flyer" in text
    assert "Myth “Ketamine Infusion Therapy is Addictive” overflows the front of the flyer" in text
    brochure.refresh_from_db()
    assert brochure.print_format == "booklet"  # Only previewed: nothing saved.
