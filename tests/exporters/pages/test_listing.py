"""A home page lists its articles a page at a time (/en/, /en/page/2/…), live and in the static export."""

import urllib.request
from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from bench import big_site
from exporters.live import live_pages
from tests.exporters.pages.conftest import soup_of

PER_PAGE = 5


@pytest.fixture
def per_page(settings):
    settings.CMS_PAGES_ARTICLES_PER_PAGE = PER_PAGE


def add_articles(count):
    """`count` more articles in English and Spanish (bench/big_site.py, as the scale benchmark builds them)."""
    big_site.build_content(count, items=2, with_image=False)


def listed(soup) -> list[str]:
    return [a["href"] for a in soup.select(".articles li a")]


def head_link(soup, rel) -> str | None:
    tag = soup.find("link", rel=rel)
    return tag["href"] if tag else None


def test_the_home_page_lists_every_article_once_newest_first_a_page_at_a_time(demo, per_page, client):
    add_articles(11)  # With the demo's article: 12 in English, 3 pages.
    expected = [page.url for page in live_pages().filter(depth=3, locale__language_code="en")
                .order_by("-first_published_at", "-pk")]  # fmt: skip
    assert len(expected) == 12

    seen, url, pages = [], "/en/", []
    while url:
        soup = soup_of(client.get(url))
        pages.append(url)
        assert 1 <= len(listed(soup)) <= PER_PAGE
        seen += listed(soup)
        nav_next = soup.select_one(".pagination a[rel=next]")
        assert head_link(soup, "next") == (nav_next["href"] if nav_next else None)
        url = head_link(soup, "next")
    assert pages == ["/en/", "/en/page/2/", "/en/page/3/"]
    assert seen == expected

    third = soup_of(client.get("/en/page/3/"))
    assert head_link(third, "prev") == "/en/page/2/"
    assert third.select_one(".pagination a[rel=prev]")["href"] == "/en/page/2/"
    assert "Page 3 of 3" in third.select_one(".pagination").get_text()
    assert head_link(third, "canonical").endswith("/en/page/3/")  # Each page of the list is its own address.
    assert "(page 3 of 3)" in third.title.get_text()
    first = soup_of(client.get("/en/"))
    assert head_link(first, "prev") is None and head_link(first, "canonical").endswith("/en/")


@pytest.mark.parametrize("path", ["/en/page/4/", "/en/page/1/", "/en/page/0/", "/en/page/02/", "/en/page/x/"])
def test_a_listing_page_that_does_not_exist_is_a_404(demo, per_page, client, path):
    add_articles(11)
    assert client.get(path).status_code == 404


def test_the_spanish_list_is_paginated_in_spanish_with_the_untranslated_originals(demo, per_page, client, locales):
    add_articles(6)
    english_only = live_pages().filter(locale__language_code="en", depth=3).order_by("pk").first().specific
    english_only.get_translation(locales["es"]).specific.unpublish()
    soup = soup_of(client.get("/es/"))
    links = listed(soup)
    assert head_link(soup, "next") == "/es/page/2/"
    assert soup.select_one(".pagination").get_text(" ", strip=True).startswith("Página 1 de 2")
    every = links + listed(soup_of(client.get("/es/page/2/")))
    assert len(every) == 7 and all(link.startswith("/es/") for link in every)
    fallback = "/es/" + english_only.url.removeprefix("/en/")
    assert fallback in every  # The original, under the Spanish prefix, marked as English.
    assert client.get(fallback).status_code == 200


def home_queries(client, url) -> int:
    cache.clear()  # Build the page: do not serve it from the response cache.
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_home_page_costs_the_same_queries_with_6_and_with_36_articles(demo, per_page, client):
    add_articles(5)  # With the demo's: 6 articles, two pages of the list.
    small = {url: home_queries(client, url) for url in ("/en/", "/en/page/2/", "/es/", "/es/page/2/")}
    add_articles(30)
    large = {url: home_queries(client, url) for url in small}
    assert large == small


def test_the_static_export_writes_every_page_of_the_list(demo, per_page, tmp_path, served_from):
    add_articles(11)
    out = tmp_path / "site"
    call_command("export", "pages", "--out", str(out), "--quiet", stdout=StringIO())
    for language in ("en", "es"):
        assert (out / language / "page" / "3" / "index.html").is_file()
        assert not (out / language / "page" / "4").exists()
    served = served_from(out)
    with urllib.request.urlopen(served + "/en/page/2/") as response:
        soup = BeautifulSoup(response.read(), "html.parser")
    assert head_link(soup, "next") == "/en/page/3/" and head_link(soup, "prev") == "/en/"
    for link in listed(soup):
        with urllib.request.urlopen(served + link) as article:
            assert article.status == 200
