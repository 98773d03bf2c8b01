"""A brochure with everything filled in: review date, phone, opening hours; and what must not print."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from cms.models import ArticlePage, Brochure, Location
from tests import factories
from tests.exporters.brochure.conftest import render_brochure, text_of

URL = "/brochures/common-myths-about-ketamine-infusion-therapy.pdf"


@pytest.fixture
def full_brochure(seed_brochure):
    anchorage = Location.objects.get(name="Anchorage, AK", locale__language_code="es")
    anchorage.phone = "(907) 555-0123"
    anchorage.opening_hours = [{"type": "hours", "value": {"days": ["Mo", "Tu"], "opens": "09:00", "closes": "17:00"}}]
    anchorage.save_revision().publish()
    return factories.reviewed(seed_brochure("es"), datetime.date(2026, 11, 2), "Jane Doe, MD")


def test_review_date_phone_and_hours_print_in_spanish(full_brochure):
    text = text_of(render_brochure(full_brochure).pdf)
    assert "Revisado médicamente el 2 de noviembre de 2026 por Jane Doe, MD" in text
    assert "Teléfono: (907) 555-0123" in text
    assert "lunes, martes: 09:00–17:00" in text


def test_the_api_serves_opening_hours_too(client, full_brochure):
    article = ArticlePage.objects.get(locale__language_code="es")
    location = client.get(f"/api/v1/pages/{article.pk}/").json()["locations"][0]["value"]["locations"][0]
    assert location["opening_hours"] == [{"days": ["Mo", "Tu"], "day_names": "lunes, martes", "opens": "09:00",
                                          "closes": "17:00"}]  # fmt: skip


def test_an_expired_brochure_is_neither_served_nor_exported(client, seed_brochure):
    brochure = seed_brochure("en")
    Brochure.objects.filter(pk=brochure.pk).update(expire_at=timezone.now() - timezone.timedelta(days=1))
    ArticlePage.objects.filter(locale__language_code="en").update(expire_at=timezone.now() - timezone.timedelta(days=1))
    assert client.get(URL).status_code == 404


def test_bad_print_options_in_the_admin_get_a_400(admin_client, seed_brochure):
    brochure = seed_brochure("en")
    response = admin_client.get(reverse("brochure_draft_pdf", args=[brochure.pk]), {"profile": "bogus"})
    assert response.status_code == 400 and "Unknown profile" in response.json()["detail"]
    assert response.json()["parameter"] == "profile"  # The same rules and shape as the public PDF's.
    unknown = admin_client.get(reverse("brochure_draft_pdf", args=[brochure.pk]), {"colour": "red"})
    assert unknown.json() == {
        "detail": "Unknown query parameter “colour”. Known: format, paper, profile.",
        "parameter": "colour",
    }
    home = ArticlePage.objects.get(locale__language_code="en").get_parent()
    assert admin_client.get(reverse("article_draft_pdf", args=[home.pk])).status_code == 404


def test_control_characters_get_a_400(client, seed_brochure):
    assert client.get(URL, {"locale": "es\x00"}).status_code == 400
