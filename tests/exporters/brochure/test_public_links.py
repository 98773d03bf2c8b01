"""The QR code, its alt text and every link of a PDF open the public address, not the one the CMS runs at;
production refuses a PDF whose links readers could not open, and says what to set."""

import subprocess
from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

import pytest

from cms.models import ArticlePage, Myth
from exporters.on_publish import run_exports
from tests.exporters.brochure.conftest import read
from tests.exporters.brochure.test_cover_artwork import alt_texts

PUBLIC = "https://www.ketwell-clinic.com"
SPANISH_PATH = "/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"
URL = "/brochures/common-myths-about-ketamine-infusion-therapy.pdf"
PDF_NAME = "common-myths-about-ketamine-infusion-therapy.es.letter.pdf"


@pytest.fixture
def linking_brochure(seed_brochure):
    """The Spanish brochure, one of whose myths links to the Spanish article and to an outside study."""
    article = ArticlePage.objects.get(locale__language_code="es")
    myth = Myth.objects.filter(locale__language_code="es").first()
    myth.facts = (
        f'<p>Lea <a linktype="page" id="{article.pk}">el artículo</a> y '
        '<a href="https://pubmed.ncbi.nlm.nih.gov/123/">el estudio</a>.</p>'
    )
    myth.save_revision().publish()
    return seed_brochure("es")


def export_brochure(out, *arguments):
    call_command("export", "brochure", "--locale", "es", "--out", str(out), "--quiet", *arguments, stdout=StringIO())
    return (out / PDF_NAME).read_bytes()


def link_addresses(pdf: bytes) -> list[str]:
    """The address of every link annotation (/URI), page by page."""
    return [
        str(annotation.get_object()["/A"]["/URI"])
        for page in read(pdf).pages
        for annotation in page.get("/Annots", []) or []
        if annotation.get_object().get("/Subtype") == "/Link" and "/URI" in annotation.get_object().get("/A", {})
    ]


def qr_codes(pdf: bytes, folder) -> list[str]:
    """What a phone reads from the printed pages: each page at 150 dpi, decoded by zbarimg."""
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-", str(folder / "page")], input=pdf, check=True)
    pages = sorted(str(path) for path in folder.glob("page*.png"))
    found = subprocess.run(["zbarimg", "--quiet", "--raw", *pages], capture_output=True, text=True)
    return found.stdout.split()


def test_export_brochure_base_url_is_in_the_qr_code_its_alt_text_and_every_link(linking_brochure, tmp_path):
    pdf = export_brochure(tmp_path / "out", "--base-url", f"{PUBLIC}/")

    assert qr_codes(pdf, tmp_path) == [PUBLIC + SPANISH_PATH]  # Decoded from the pixels, as a phone would.
    assert f"Código QR: {PUBLIC}{SPANISH_PATH}" in alt_texts(pdf)
    links = link_addresses(pdf)
    assert links == [PUBLIC + SPANISH_PATH, "https://pubmed.ncbi.nlm.nih.gov/123/"]  # The site's, and the study.
    assert all(link.startswith((PUBLIC + "/", "https://pubmed.")) for link in links)


def test_without_base_url_the_setting_is_used_then_the_sites_address(linking_brochure, settings, tmp_path):
    assert qr_codes(export_brochure(tmp_path / "site"), tmp_path / "site") == ["http://testserver" + SPANISH_PATH]
    settings.CMS_PUBLIC_BASE_URL = "https://brochures.ketwell-clinic.com"
    pdf = export_brochure(tmp_path / "setting")
    assert link_addresses(pdf)[0] == "https://brochures.ketwell-clinic.com" + SPANISH_PATH
    assert "brochure.internal" not in str(link_addresses(pdf))  # The renderer's own address never leaks out.


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        (None, "http://testserver (a development or example host name, from the site's address in Settings → Sites)"),
        ("http://cms:8000", "a host name without a domain, known only on its own network"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000 (a loopback address, from --base-url)"),
        ("http://[::1]:8000", "a loopback address"),
        ("http://192.168.1.20", "a private or reserved address"),
        ("http://clinic.local", "a development or example host name"),
        ("https://www.example.com", "a development or example host name"),
    ],
)
def test_production_refuses_an_export_readers_could_not_open(seed_brochure, settings, tmp_path, base_url, reason):
    settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = True  # What cms.settings.production sets.
    arguments = ["--base-url", base_url] if base_url else []
    with pytest.raises(CommandError) as refused:
        export_brochure(tmp_path, *arguments)
    assert reason in str(refused.value)
    assert "Set CMS_PUBLIC_BASE_URL to the site's public address" in str(refused.value)
    assert not list(tmp_path.glob("*.pdf"))  # Refused before anything was written.


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        ("ftp://www.ketwell-clinic.com", "must be an http or https address with a host"),
        ("https://", "must be an http or https address with a host"),
        ("https://admin:secret@www.ketwell-clinic.com", "must not hold a user name or password"),
        ("https://www.ketwell-clinic.com/es/", "no path, query or fragment"),
        ("https://www.ketwell-clinic.com?next=/evil", "no path, query or fragment"),
        ("https://www.ketwell-clinic.com:99999", "is not a URL"),
    ],
)
def test_a_bad_base_url_is_refused_with_the_reason(seed_brochure, tmp_path, base_url, reason):
    with pytest.raises(CommandError) as refused:
        export_brochure(tmp_path, "--base-url", base_url)
    assert f"--base-url “{base_url}” " in str(refused.value) and reason in str(refused.value)


def test_a_pdf_on_request_uses_the_public_address_not_the_requests_host(client, linking_brochure, settings, tmp_path):
    settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = True
    refused = client.get(URL, {"locale": "es"})
    assert refused.status_code == 503
    assert "Set CMS_PUBLIC_BASE_URL" in refused.json()["detail"] and "http://testserver" in refused.json()["detail"]

    settings.CMS_PUBLIC_BASE_URL = PUBLIC
    response = client.get(URL, {"locale": "es"}, HTTP_HOST="127.0.0.1:8000", SERVER_NAME="127.0.0.1")
    assert response.status_code == 200
    assert qr_codes(response.content, tmp_path) == [PUBLIC + SPANISH_PATH]
    assert link_addresses(response.content)[0] == PUBLIC + SPANISH_PATH


def test_the_admins_draft_pdf_is_refused_with_the_reason_too(admin_client, seed_brochure, settings):
    settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = True
    response = admin_client.get(reverse("brochure_draft_pdf", args=[seed_brochure("en").pk]))
    assert response.status_code == 503 and "CMS_PUBLIC_BASE_URL" in response.json()["detail"]


def test_an_export_on_publish_logs_the_refusal_and_the_other_channels_still_run(seed_brochure, settings, tmp_path):
    settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = True
    settings.CMS_EXPORT_ON_PUBLISH = {"brochure": str(tmp_path / "pdf"), "json": str(tmp_path / "json")}
    summaries = run_exports()
    assert summaries["brochure"].startswith("refused: Refusing to make a PDF whose QR code and links point at")
    assert "written" in summaries["json"] and (tmp_path / "json" / "json-manifest.json").exists()
    assert not list((tmp_path / "pdf").glob("*.pdf"))
