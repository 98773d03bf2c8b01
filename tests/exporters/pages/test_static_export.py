"""`export pages`: a static site any web server serves, rebuilt incrementally."""

import filecmp
import urllib.request
from io import StringIO
from xml.etree import ElementTree

from django.core.management import CommandError, call_command

import pytest
from bs4 import BeautifulSoup

from cms.demo import generate
from cms.models import ArticlePage, BrandSettings, HomePage, Myth
from exporters.pages import workers
from tests import factories
from tests.exporters.pages.conftest import EN_ARTICLE, ES_ARTICLE

BASE = "https://www.clinic.example"


def export(out, *arguments):
    stdout = StringIO()
    call_command("export", "pages", "--out", str(out), "--base-url", BASE, "--quiet", *arguments, stdout=stdout)
    return stdout.getvalue()


@pytest.fixture
def out(tmp_path):
    return tmp_path / "site"


@pytest.fixture
def served(out, served_from):
    return served_from(out)


def fetch(url):
    with urllib.request.urlopen(url) as response:
        return response.status, response.headers.get_content_type(), response.read()


def test_the_static_site_works_with_links_images_and_the_language_switcher(article, out, served, locales):
    image = generate.make_images(1, prefix="static")[0]
    english = article("en")
    english.body = [{"type": "image", "value": {"image": image.pk, "alt_text": "An infusion room", "caption": ""}},
                    *english.body.raw_data]  # fmt: skip
    english.save_revision().publish()
    export(out)

    status, kind, body = fetch(served + EN_ARTICLE)
    assert (status, kind) == (200, "text/html")
    soup = BeautifulSoup(body, "html.parser")
    assert soup.h1.get_text() == "Common Myths about Ketamine Infusion Therapy"
    local = {tag.get("href") or tag.get("src") for tag in soup.find_all(["a", "link", "img"])}
    local = sorted(url for url in local if url and url.startswith("/"))
    assert "/static/pages/favicon.svg" in local and ES_ARTICLE in local and "/en/" in local
    assert any(url.startswith("/media/images/") for url in local)
    for url in local:
        assert fetch(served + url)[0] == 200, url
    srcset = soup.find("img", alt="An infusion room")["srcset"]
    for candidate in srcset.split(","):
        assert fetch(served + candidate.split()[0])[0] == 200
    # The page's inline CSS declares every script's web fonts; the export ships those of its pages' scripts:
    # Latin only for an English and Spanish site, and none of the brochure's full fonts.
    assert 'url("/static/pages/fonts/noto-sans-latin-400.woff2")' in soup.style.get_text()
    shipped = sorted(path.name for path in (out / "static").rglob("*") if path.is_file())
    fonts = [f"noto-sans-latin-{face}.woff2" for face in ("400-italic", "400", "700")]
    assert shipped == ["OFL.txt", "favicon.svg", *fonts]  # With the fonts' licence.
    for name in fonts:
        status, _kind, font = fetch(f"{served}/static/pages/fonts/{name}")
        assert status == 200 and font.startswith(b"wOF2")

    spanish = BeautifulSoup(fetch(served + ES_ARTICLE)[2], "html.parser")
    assert spanish.html["lang"] == "es" and "Mito:" in spanish.get_text()
    assert spanish.select_one('nav.languages a[lang="en"]')["href"] == EN_ARTICLE
    assert b"url=/en/" in fetch(served + "/")[2]


def test_the_sitemap_lists_every_page_with_its_alternates(demo, out):
    export(out)
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ElementTree.fromstring((out / "sitemap.xml").read_bytes()).findall("s:url", namespaces)
    locations = sorted(url.find("s:loc", namespaces).text for url in urls)
    assert locations == sorted(BASE + path for path in ["/en/", "/es/", EN_ARTICLE, ES_ARTICLE])
    entry = next(url for url in urls if url.find("s:loc", namespaces).text == BASE + ES_ARTICLE)
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", namespaces)}
    assert alternates == {"en": BASE + EN_ARTICLE, "es": BASE + ES_ARTICLE, "x-default": BASE + EN_ARTICLE}
    assert (out / "robots.txt").read_text().endswith(f"Sitemap: {BASE}/sitemap.xml\n")
    page = BeautifulSoup((out / "es/index.html").read_bytes(), "html.parser")
    assert page.find("link", rel="canonical")["href"] == BASE + "/es/"


def test_after_one_library_item_is_edited_only_the_pages_showing_it_are_rendered(article, out, locales):
    other_myth = factories.myth(locales["en"], text="Infusions are only for depression")
    home = HomePage.objects.get(locale=locales["en"])
    other = ArticlePage(title="Ketamine and chronic pain", intro="<p>Pain.</p>",
                        body=[{"type": "myth", "value": {"myth": other_myth.pk}}])  # fmt: skip
    home.add_child(instance=other)
    other.save_revision().publish()
    assert "6 written" in export(out)  # 2 homes, 2 seed articles, the new one and its Spanish fallback.
    before = {path: path.read_bytes() for path in out.rglob("*.html")}

    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    report = export(out)

    # The English and Spanish seed articles show the myth (the Spanish one its translation, which may now be
    # out of date); the homes and the other article do not.
    assert "2 rendered, 4 skipped (inputs unchanged); 1 written, 1 unchanged" in report
    changed = sorted(str(path.relative_to(out)) for path in out.rglob("*.html") if path.read_bytes() != before[path])
    assert changed == [EN_ARTICLE.strip("/") + "/index.html"]
    assert "Ketamine infusions are dangerous" in (out / EN_ARTICLE.strip("/") / "index.html").read_text()


def test_an_incremental_export_equals_a_full_one(article, out, tmp_path, locales):
    export(out)
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    brand = BrandSettings.objects.get()
    brand.default_disclaimer = "General information, not medical advice."
    brand.save()
    article("es").unpublish()  # Spanish readers now get the English article, with a notice.
    report = export(out)
    fresh = tmp_path / "fresh"
    export(fresh)

    assert "removed" in report
    comparison = filecmp.dircmp(out, fresh)
    assert comparison.left_only == comparison.right_only == []
    for path in fresh.rglob("*"):
        if path.is_file() and path.name != "pages-manifest.json":
            assert path.read_bytes() == (out / path.relative_to(fresh)).read_bytes(), path
    fallback = (out / "es/common-myths-about-ketamine-infusion-therapy/index.html").read_text()
    assert 'lang="en"' in fallback and "General information, not medical advice." in fallback
    assert not (out / ES_ARTICLE.strip("/")).exists()


def test_a_page_that_fails_keeps_its_last_good_file(article, out, monkeypatch):
    export(out)
    good = (out / "es/index.html").read_bytes()
    brand = BrandSettings.objects.get()
    brand.clinic_name = "Ketwell Alaska Clinics"
    brand.save()
    real = workers.page_html

    def fail_in_spanish(page, request, reader, *listing_page):
        if reader.language_code == "es":
            raise ValueError("the template broke")
        return real(page, request, reader, *listing_page)

    monkeypatch.setattr(workers, "page_html", fail_in_spanish)
    with pytest.raises(CommandError, match="2 failed"):
        export(out)
    assert (out / "es/index.html").read_bytes() == good
    assert "Ketwell Alaska Clinics" in (out / "en/index.html").read_text()


def test_a_page_made_private_disappears_from_the_lists_that_linked_to_it(article, out):
    from wagtail.models import PageViewRestriction

    export(out)
    assert ES_ARTICLE in (out / "es/index.html").read_text()
    PageViewRestriction.objects.create(page=article("es"), restriction_type="password", password="secret")
    export(out)
    assert ES_ARTICLE not in (out / "es/index.html").read_text()  # The home was rendered again.
    assert f'hreflang="es" href="{BASE}{ES_ARTICLE}"' not in (out / EN_ARTICLE.strip("/") / "index.html").read_text()
    assert not (out / ES_ARTICLE.strip("/")).exists()
