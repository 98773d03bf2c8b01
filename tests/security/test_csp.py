"""Public pages run no script and take styles only from the site and their own hashed brand style;
API responses load nothing; the admin is left as Wagtail needs it. The static export carries the same
policy in a meta element. Checked in headless Chromium: no violation reported, and the brand colour applies.
"""

import mimetypes
import re
from pathlib import Path

from django.contrib.staticfiles import finders

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from cms.models import ArticlePage, BrandSettings
from exporters.security_headers import style_hash
from tests.exporters.pages.test_accessibility import chromium
from tests.exporters.pages.test_static_export import export

BRAND = "#123456"
BRAND_RGB = "rgb(18, 52, 86)"
SITE = "http://clinic.test"


@pytest.fixture
def article_en(demo):
    BrandSettings.objects.update(primary_colour=BRAND)
    return ArticlePage.objects.get(locale__language_code="en")


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def meta_policy(html) -> str:
    return BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]


def test_a_live_page_sends_a_strict_policy_that_allows_its_own_style(client, article_en):
    response = client.get(article_en.url)

    policy = directives(response["Content-Security-Policy"])
    styles = [style.string for style in BeautifulSoup(response.content, "html.parser").find_all("style")]
    assert policy["script-src"] == ["'none'"]
    assert len(styles) == 2  # The site's CSS with its fonts, and the brand colours.
    assert policy["style-src"] == ["'self'", *(style_hash(style) for style in styles)]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    # The page declares the same policy itself (what the static export relies on), frame-ancestors aside.
    assert response["Content-Security-Policy"] == f"{meta_policy(response.content)}; frame-ancestors 'none'"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


def test_a_cached_page_and_its_304_keep_the_policy(client, article_en):
    first = client.get(article_en.url)
    again = client.get(article_en.url)
    not_modified = client.get(article_en.url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    # A 304's headers replace the cached ones: it sends none rather than another policy.
    assert not_modified.status_code == 304 and "Content-Security-Policy" not in not_modified


def test_api_responses_may_load_nothing(client, article_en):
    response = client.get(f"/api/v1/pages/{article_en.pk}/")

    assert response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert "microphone=()" in response["Permissions-Policy"]


def test_the_api_docs_run_only_the_sites_own_scripts(client, db):
    response = client.get("/api/v1/docs/")

    html = response.content.decode()
    assert directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]
    assert not re.search(r"<script>\s*\S", html)  # Swagger UI's start-up script is a file, not inline.


def test_the_admin_gets_no_public_policy(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert "Content-Security-Policy" not in response and "Permissions-Policy" not in response


def test_every_exported_page_declares_the_policy(article_en, tmp_path):
    out = tmp_path / "site"
    export(out)

    pages = list(out.glob("*/**/index.html"))
    assert pages
    for path in pages:
        html = path.read_text()
        policy = directives(meta_policy(html))
        assert policy["script-src"] == ["'none'"], path
        styles = [style.string for style in BeautifulSoup(html, "html.parser").find_all("style")]
        assert policy["style-src"] == ["'self'", *(style_hash(style) for style in styles)]
        assert "frame-ancestors" not in policy  # Ignored in a meta element, with a console warning.


def static_file(path: str) -> tuple[bytes, dict]:
    found = finders.find(path.removeprefix("/static/"))
    assert found, path
    return Path(found).read_bytes(), {"Content-Type": mimetypes.guess_type(found)[0] or "application/octet-stream"}


def browse(pages: dict[str, tuple[bytes, dict]], path: str, files=static_file) -> tuple[list[str], str]:
    """Load `path` in Chromium from `pages` (path -> body, headers) and `files`; returns the console's
    messages and the computed colour of the h1 (styled with the brand colour by site.css)."""
    messages = []
    with chromium() as browser:
        page = browser.new_page()
        page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))

        def fulfil(route):
            url_path = route.request.url.removeprefix(SITE).split("?")[0]
            body, headers = pages[url_path] if url_path in pages else files(url_path)
            route.fulfill(status=200, body=body, headers=headers)

        page.route(f"{SITE}/**", fulfil)
        page.goto(SITE + path)
        page.wait_for_load_state("networkidle")
        colour = page.evaluate("getComputedStyle(document.querySelector('h1')).color")
    return messages, colour


def violations(messages: list[str]) -> list[str]:
    return [message for message in messages if "Content Security Policy" in message]


def test_a_live_page_in_chromium_reports_no_violation_and_keeps_its_colours(client, article_en):
    response = client.get(article_en.url)
    headers = dict(response.items())
    # First the same page with an injected inline style: proof that a violation would be seen.
    tampered = response.content.replace(b"</head>", b"<style>h1 { color: red; }</style></head>")

    tampered_messages, _colour = browse({"/tampered/": (tampered, headers)}, "/tampered/")
    messages, colour = browse({article_en.url: (response.content, headers)}, article_en.url)

    assert violations(tampered_messages)
    assert violations(messages) == [], messages
    assert colour == BRAND_RGB


def test_an_exported_page_in_chromium_reports_no_violation_and_keeps_its_colours(article_en, tmp_path):
    out = tmp_path / "site"
    export(out)
    path = article_en.url

    def exported(url_path: str) -> tuple[bytes, dict]:
        file = out / url_path.lstrip("/")
        file = file / "index.html" if file.is_dir() else file
        assert file.is_file(), url_path
        return file.read_bytes(), {"Content-Type": mimetypes.guess_type(file.name)[0] or "application/octet-stream"}

    # The meta element is in force: the same page with an injected inline style reports a violation.
    tampered = exported(path)[0].replace(b"</head>", b"<style>h1 { color: red; }</style></head>")
    tampered_messages, _colour = browse({"/tampered/": (tampered, {"Content-Type": "text/html"})}, "/tampered/",
                                        files=exported)  # fmt: skip
    messages, colour = browse({}, path, files=exported)

    assert violations(tampered_messages)
    assert violations(messages) == [], messages
    assert colour == BRAND_RGB


def test_the_password_form_of_a_restricted_page_may_post_to_the_site(client, article_en):
    PageViewRestriction.objects.create(page=article_en, restriction_type="password", password="s3cret")
    response = client.get(article_en.url)
    form = BeautifulSoup(response.content, "html.parser").find("form")
    assert "/_util/authenticate_with_password/" in form["action"] and form["action"].startswith("/")
    assert directives(response["Content-Security-Policy"])["form-action"] == ["'self'"]
    assert "script-src" in response["Content-Security-Policy"]  # Still strict in every other way.
    posted = client.post(form["action"], {"password": "s3cret", "return_url": article_en.url})
    assert posted.status_code == 302
    assert client.get(article_en.url).status_code == 200
