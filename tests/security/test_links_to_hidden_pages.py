"""A link to a page readers cannot see (unpublished, private, expired) is plain text in every channel.

Rich-text links and calls to action are resolved as a Document is built; a page readers cannot open is not
worth a link, and its address says what it is ("/en/private-offer/").
"""

from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from cms.demo import generate
from cms.models import ArticlePage, Brochure
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_article, printable_brochure
from exporters.brochure.render import brochure_html

TARGET_PATH = "/en/hidden-offer/"


def hide_unpublished(page):
    page.unpublish()


def hide_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="staff only")


def hide_expired(page):
    # Past its expiry date, though `publish_scheduled` has not run: still live in the database.
    ArticlePage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timezone.timedelta(minutes=1))


HIDE = {"unpublished": hide_unpublished, "private": hide_private, "expired": hide_expired}


@pytest.fixture
def linking(demo, locales):
    """(the page readers read, the page it links to): a rich-text link and a call to action to the target."""
    home = generate.home_for(locales["en"])
    target = generate.make_article(home, "hidden-offer", [{"type": "paragraph", "value": "<p>Offer.</p>"}])
    body = [{"type": "paragraph", "value": f'<p>Read <a linktype="page" id="{target.pk}">our offer</a> today.</p>'}]
    page = generate.make_article(home, "reader-page", body)
    page.call_to_action = [
        {"type": "call_to_action", "value": {"text": "Ask us.", "button_label": "See the offer",
                                             "link_page": target.pk, "link_url": ""}},
    ]  # fmt: skip
    page.save_revision().publish()
    return page, target


def page_json(client, page):
    response = client.get(reverse("api-v1:page-detail", args=[page.pk]))
    assert response.status_code == 200
    return response.json()


def test_links_to_a_visible_page_are_links(client, linking):
    page, target = linking
    data = page_json(client, page)
    assert f'<a href="{TARGET_PATH}">our offer</a>' in data["body"][0]["value"]
    assert data["call_to_action"][0]["value"] == {
        "text": "Ask us.", "button_label": "See the offer", "url": TARGET_PATH, "page_id": target.pk,
    }  # fmt: skip
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.find("a", href=TARGET_PATH, string="our offer")
    assert soup.find("a", href=TARGET_PATH, string="See the offer")


@pytest.mark.parametrize("hidden", HIDE)
def test_the_api_gives_a_link_to_a_hidden_page_as_plain_text(client, linking, hidden):
    page, target = linking
    HIDE[hidden](target)
    data = page_json(client, page)
    assert data["body"][0]["value"] == "<p>Read our offer today.</p>"
    assert data["call_to_action"][0]["value"] == {"text": "Ask us.", "button_label": "", "url": "", "page_id": None}
    assert "hidden-offer" not in str(data)


@pytest.mark.parametrize("hidden", HIDE)
def test_the_web_page_gives_a_link_to_a_hidden_page_as_plain_text(client, linking, hidden):
    page, target = linking
    HIDE[hidden](target)
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Read our offer today." in soup.get_text()
    assert not soup.find("a", string="our offer")
    assert "See the offer" not in soup.get_text() and "Ask us." in soup.get_text()
    assert "hidden-offer" not in response.content.decode()


@pytest.mark.parametrize("hidden", HIDE)
def test_the_print_version_gives_a_link_to_a_hidden_page_as_plain_text(linking, hidden):
    page, target = linking
    HIDE[hidden](target)
    options = PrintOptions()
    html = brochure_html(printable_article(page, RequestFactory().get("/"), options), options)
    soup = BeautifulSoup(html, "html.parser")
    assert "Read our offer today." in soup.get_text()
    assert not soup.find("a", string="our offer")
    assert "See the offer" not in soup.get_text() and "hidden-offer" not in html


@pytest.mark.parametrize("hidden", HIDE)
def test_a_brochure_prints_no_qr_code_to_a_hidden_page(linking, hidden):
    _page, target = linking
    brochure = Brochure.objects.get(locale__language_code="en")
    Brochure.objects.filter(pk=brochure.pk).update(qr_page=target)
    brochure.refresh_from_db()
    request, options = RequestFactory().get("/"), PrintOptions()
    assert printable_brochure(brochure, request, options)["qr_url"].endswith(TARGET_PATH)
    HIDE[hidden](target)
    brochure.refresh_from_db()  # As the next request reads it.
    printable = printable_brochure(brochure, request, options)
    assert printable["qr_url"] == ""
    assert "hidden-offer" not in brochure_html(printable, options)


@pytest.mark.parametrize("hidden", ["private", "expired"])
def test_the_fallback_address_does_not_send_readers_to_a_hidden_translation(client, article, hidden):
    """/es/<English address>/ redirects to the Spanish page only if readers can see it; else the original."""
    HIDE[hidden](article("es"))
    response = client.get("/es/common-myths-about-ketamine-infusion-therapy/")
    assert response.status_code == 200
    assert (
        BeautifulSoup(response.content, "html.parser").h1.get_text() == "Common Myths about Ketamine Infusion Therapy"
    )
