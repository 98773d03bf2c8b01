"""Warm the cache, change something the response shows, and the next response shows the change."""

from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction, Site

from cms.demo import generate
from cms.models import BrandSettings, Myth
from exporters.models import ContentVersion


def warm(client, url):
    first = client.get(url)
    assert first.status_code == 200
    return first


def test_a_view_restriction_takes_a_cached_page_out_at_once(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    warm(client, url)
    warm(client, "/api/v1/pages/")
    PageViewRestriction.objects.create(page=article_en, restriction_type="password", password="secret")
    assert client.get(url).status_code == 404
    assert article_en.pk not in [page["id"] for page in client.get("/api/v1/pages/").json()["results"]]


def test_an_expiry_date_in_the_past_takes_a_cached_page_out_at_once(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    warm(client, url)
    article_en.expire_at = timezone.now() - timezone.timedelta(seconds=1)
    article_en.save()
    assert client.get(url).status_code == 404


def test_a_cached_response_lives_no_longer_than_the_next_expiry(article_en, client):
    from exporters.api_json.caching import seconds_until_next_expiry

    article_en.expire_at = timezone.now() + timezone.timedelta(seconds=90)
    article_en.save()
    assert 80 <= seconds_until_next_expiry(3600) <= 90


def test_an_image_edit_shows_at_once(client, demo, locales):
    home = generate.home_for(locales["en"])
    (image,) = generate.make_images(1)
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "A room", "caption": ""}}]
    page = generate.make_article(home, "with-image", body)
    url = f"/api/v1/pages/{page.pk}/"
    assert warm(client, url).json()["body"][0]["value"]["image"]["title"] == "generated image 0"
    image.title = "Infusion room"
    image.save()
    assert client.get(url).json()["body"][0]["value"]["image"]["title"] == "Infusion room"


def test_a_new_locale_shows_at_once(client, demo):
    warm(client, "/api/v1/locales/")
    Locale.objects.create(language_code="fr")
    assert "fr" in [locale["code"] for locale in client.get("/api/v1/locales/").json()["locales"]]


def test_brand_edits_show_at_once(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    warm(client, url)
    brand = BrandSettings.objects.get()
    brand.phone = "(907) 555-0123"
    brand.save()
    assert client.get(url).json()["brand"]["phone_e164"] == "+19075550123"


def test_a_publish_from_another_process_invalidates_this_ones_cache(client, article_en):
    """The content version is in the database: a publish by the scheduler or a shell is seen at once."""
    url = f"/api/v1/pages/{article_en.pk}/"
    before = warm(client, url)["ETag"]
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    # What another process does: change the rows, including the content version, without this one's cache.
    Myth.objects.filter(pk=myth.pk).update(myth="Changed elsewhere")
    ContentVersion.objects.filter(pk=1).update(token="00000000-0000-0000-0000-000000000001")
    after = client.get(url)
    assert after["ETag"] != before
    assert "Changed elsewhere" in after.content.decode()


def test_if_modified_since_never_answers_304_for_changed_content(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    first = warm(client, url)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe").unpublish()  # Moves no publication date.
    ContentVersion.objects.filter(pk=1).update(changed_at=timezone.now() + timezone.timedelta(seconds=2))
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 200


def test_each_site_gets_its_own_brand(client, article_en, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "otherclinic.example"]
    other_home = generate.home_for(Locale.objects.get(language_code="es"))
    other = Site.objects.create(hostname="otherclinic.example", port=80, root_page=other_home, site_name="Other")
    BrandSettings.objects.create(site=other, clinic_name="Other Clinic")
    assert warm(client, "/api/v1/pages/").status_code == 200
    ours = client.get(f"/api/v1/pages/{article_en.pk}/").json()["brand"]["name"]
    theirs = client.get(f"/api/v1/pages/{article_en.pk}/", HTTP_HOST="otherclinic.example").json()["brand"]["name"]
    assert (ours, theirs) == ("Ketwell Alaska", "Other Clinic")


def test_a_missing_image_file_drops_the_image_not_the_page(client, demo, locales):
    home = generate.home_for(locales["en"])
    (image,) = generate.make_images(1)
    body = [
        {"type": "image", "value": {"image": image.pk, "alt_text": "A room", "caption": ""}},
        {"type": "heading", "value": {"text": "Still here", "level": "h2"}},
    ]
    page = generate.make_article(home, "lost-image", body)
    image.file.storage.delete(image.file.name)
    get_image_model().get_rendition_model().objects.all().delete()
    response = client.get(f"/api/v1/pages/{page.pk}/")
    assert response.status_code == 200
    assert [block["type"] for block in response.json()["body"]] == ["heading"]
