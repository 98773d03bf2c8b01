"""Web pages: canonical, hreflang, Open Graph and sitemap addresses on the public address, live and exported."""

from io import StringIO

from django.core.cache import cache
from django.core.management import CommandError, call_command

import pytest

from tests.exporters.pages.conftest import EN_ARTICLE, ES_ARTICLE, soup_of

PUBLIC = "https://www.ketwell-clinic.com"


def test_a_live_page_declares_the_public_address_not_the_cms_host(client, article, settings):
    settings.CMS_PUBLIC_BASE_URL = PUBLIC
    cache.clear()  # Set with the deployment: no page built before it is in the cache.
    soup = soup_of(client.get(ES_ARTICLE, HTTP_HOST="127.0.0.1"))
    assert soup.find("link", rel="canonical")["href"] == PUBLIC + ES_ARTICLE
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
    assert alternates["en"] == PUBLIC + EN_ARTICLE


def test_export_pages_uses_the_setting_without_base_url(demo, settings, tmp_path):
    settings.CMS_PUBLIC_BASE_URL = PUBLIC
    call_command("export", "pages", "--out", str(tmp_path), "--quiet", "--workers", "1", stdout=StringIO())
    assert (tmp_path / "robots.txt").read_text().endswith(f"Sitemap: {PUBLIC}/sitemap.xml\n")
    assert f"<loc>{PUBLIC}{ES_ARTICLE}</loc>" in (tmp_path / "sitemap.xml").read_text()


def test_export_pages_refuses_a_bad_base_url(demo, tmp_path):
    with pytest.raises(CommandError, match="--base-url “https://user:pw@www.ketwell-clinic.com” must not hold"):
        call_command("export", "pages", "--out", str(tmp_path), "--base-url", "https://user:pw@www.ketwell-clinic.com")
    assert not list(tmp_path.iterdir())
