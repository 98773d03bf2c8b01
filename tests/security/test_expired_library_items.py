"""A library item past its expiry date is not live, in every channel, before `publish_scheduled` runs.

Wagtail unpublishes expired content only when `publish_scheduled` runs. Until then the row is still live,
so each test moves the expiry date into the past with a queryset update (no signal, no version bump), as
the clock would.
"""

import time
from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from cms.models import Brochure, Myth
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.render import brochure_html
from tests.cms.test_admin import admin_url, edit_form
from tests.conftest import page_text
from tests.exporters.brochure.conftest import render_brochure, text_of

MYTH = "Ketamine is Only a Recreational Drug"
ARTICLE = "/en/common-myths-about-ketamine-infusion-therapy/"


@pytest.fixture
def myth(demo):
    return Myth.objects.get(myth=MYTH)


def expire(item):
    """The item and its translations are past their expiry date, as far as the database knows: still live.

    Responses cached before live no longer than until the expiry date (see the cache test below), so the
    cache is as empty as it would be by then.
    """
    moment = timezone.now() - timezone.timedelta(minutes=1)
    type(item).objects.filter(translation_key=item.translation_key).update(expire_at=moment)
    cache.clear()


def test_the_library_endpoints_do_not_serve_an_expired_myth(client, myth):
    url = reverse("api-v1:myths-detail", args=[myth.pk])
    assert client.get(url).status_code == 200
    expire(myth)
    response = client.get(url)
    assert response.status_code == 404
    assert "not published" in response.json()["detail"]
    assert client.get(url, {"locale": "es"}).status_code == 404
    listed = client.get(reverse("api-v1:myths-list")).json()["results"]
    assert MYTH not in [item["myth"] for item in listed] and listed


def test_a_page_detail_leaves_out_an_expired_myth(client, article):
    url = reverse("api-v1:page-detail", args=[article("en").pk])
    assert MYTH in client.get(url).content.decode()
    expire(Myth.objects.get(myth=MYTH))
    response = client.get(url)
    assert response.status_code == 200
    assert MYTH not in response.content.decode()
    assert "Ketamine Infusion Therapy is Addictive" in response.content.decode()  # Other myths stay.


def test_the_live_web_page_leaves_out_an_expired_myth(client, myth):
    assert MYTH in page_text(client.get(ARTICLE))
    expire(myth)
    text = page_text(client.get(ARTICLE))
    assert MYTH not in text
    assert "Myth: Ketamine Infusion Therapy is Addictive" in text


def test_the_brochure_leaves_out_an_expired_myth(myth):
    brochure = Brochure.objects.get(locale__language_code="en")
    options = PrintOptions()

    def print_text():
        html = brochure_html(printable_brochure(brochure, RequestFactory().get("/"), options), options)
        return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())

    assert MYTH in print_text()
    expire(myth)
    assert MYTH not in print_text()
    assert "Ketamine Infusion Therapy is Addictive" in print_text()
    assert MYTH not in text_of(render_brochure(brochure).pdf)


def test_the_json_export_leaves_out_an_expired_myth(myth, tmp_path):
    expire(myth)
    call_command("export", "json", "--out", str(tmp_path), "--quiet", stdout=StringIO())
    written = {path.relative_to(tmp_path).as_posix(): path.read_text() for path in tmp_path.rglob("*.json")}
    assert not [path for path in written if str(myth.translation_key) in path]
    assert [path for path, text in written.items() if "Ketamine Infusion Therapy is Addictive" in text]
    assert not [path for path, text in written.items() if MYTH in text]


def test_the_pages_export_renders_again_a_page_whose_myth_expired(myth, tmp_path):
    def export():
        arguments = ["--out", str(tmp_path), "--base-url", "https://www.clinic.example", "--quiet"]
        call_command("export", "pages", *arguments, stdout=StringIO())
        return (tmp_path / ARTICLE.strip("/") / "index.html").read_text()

    assert MYTH in export()
    expire(myth)  # Nothing about the page or its myth was saved: only the clock moved.
    assert MYTH not in export()


def test_a_cached_response_stops_showing_a_myth_when_it_expires(client, myth, article):
    api_url = reverse("api-v1:page-detail", args=[article("en").pk])
    # Due to expire in a moment; the change was saved before the responses were cached.
    myth.expire_at = timezone.now() + timezone.timedelta(seconds=1)
    myth.save()
    first = client.get(api_url)
    assert MYTH in first.content.decode()
    assert MYTH in page_text(client.get(ARTICLE))
    time.sleep(max(0, (myth.expire_at - timezone.now()).total_seconds()) + 0.1)
    assert MYTH not in client.get(api_url).content.decode()
    assert MYTH not in page_text(client.get(ARTICLE))
    # A client revalidating by date gets the change too: the expiry changed the response.
    again = client.get(api_url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 200 and MYTH not in again.content.decode()


def test_an_editor_schedules_a_myth_in_the_admin(admin_client, myth, client):
    url = admin_url("myth", "edit", myth.pk)
    data = edit_form(admin_client, url)
    assert "expire_at" in data and "go_live_at" in data  # The form shows the schedule.
    expire_at = (timezone.localtime() + timezone.timedelta(days=30)).replace(second=0, microsecond=0)
    data["expire_at"] = expire_at.strftime("%Y-%m-%d %H:%M")
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302
    myth.refresh_from_db()
    assert myth.live and myth.expire_at == expire_at
    assert MYTH in page_text(client.get(ARTICLE))  # Not expired yet.

    data = edit_form(admin_client, url)
    go_live_at = expire_at - timezone.timedelta(days=1)
    data["go_live_at"] = go_live_at.strftime("%Y-%m-%d %H:%M")
    data["myth"] = "A rewording for next month"
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302
    myth.refresh_from_db()
    assert myth.myth == MYTH  # Scheduled: readers keep the live version until it goes live.
    assert myth.latest_revision.approved_go_live_at == go_live_at


def test_a_brochure_edit_form_has_the_schedule(admin_client, demo):
    brochure = Brochure.objects.filter(locale__language_code="en").first()
    response = admin_client.get(admin_url("brochure", "edit", brochure.pk))
    assert response.status_code == 200
    assert b'name="expire_at"' in response.content and b'name="go_live_at"' in response.content


def test_caches_after_the_server_are_told_to_drop_a_response_when_something_in_it_expires(client, myth, article):
    def seconds(response) -> dict[str, int]:
        parts = (part.strip().partition("=") for part in response["Cache-Control"].split(","))
        return {name: int(value) for name, _, value in parts if value}

    api_url = reverse("api-v1:page-detail", args=[article("en").pk])
    assert seconds(client.get(api_url)) == {"max-age": 60, "stale-while-revalidate": 300}  # Nothing expiring.
    myth.expire_at = timezone.now() + timezone.timedelta(seconds=100)
    myth.save()
    for response in (client.get(api_url), client.get(ARTICLE)):
        lifetime = seconds(response)
        assert 0 < lifetime["max-age"] <= 60
        assert lifetime["max-age"] + lifetime["stale-while-revalidate"] <= 100
