"""Warm the cache, change something the response shows, and the next response shows the change."""

from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, PageViewRestriction, Site

import pytest

from cms.demo import generate
from cms.models import Benefit, BrandSettings, Myth
from exporters.models import ContentVersion
from exporters.signals import scopes_showing


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
    from exporters.http.caching import seconds_until
    from exporters.live import expiry_dates

    article_en.expire_at = timezone.now() + timezone.timedelta(seconds=90)
    article_en.save()
    assert 80 <= seconds_until(expiry_dates()[1], 3600) <= 90


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
    # What another process does: change the rows, including the content versions, without this one's cache.
    Myth.objects.filter(pk=myth.pk).update(myth="Changed elsewhere")
    ContentVersion.bump(scopes_showing(myth))
    after = client.get(url)
    assert after["ETag"] != before
    assert "Changed elsewhere" in after.content.decode()


def test_if_modified_since_never_answers_304_for_changed_content(client, article_en):
    url = f"/api/v1/pages/{article_en.pk}/"
    first = warm(client, url)
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe").unpublish()  # Moves no publication date.
    ContentVersion.objects.update(changed_at=timezone.now() + timezone.timedelta(seconds=2))
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


# Scoped invalidation: a change rebuilds the responses that show it, and every other one is served from the
# cache as it was.


@pytest.fixture
def builds(monkeypatch):
    """The paths of the responses built since the fixture was set up (a cached hit builds nothing)."""
    from exporters.http import caching

    real_build_entry, built = caching.build_entry, []

    def counting_build_entry(document, *args, **kwargs):
        built.append(document)
        return real_build_entry(document, *args, **kwargs)

    monkeypatch.setattr(caching, "build_entry", counting_build_entry)
    return built


def fetch(client, builds, url):
    """(response, whether it was built rather than served from the cache)"""
    before = len(builds)
    response = client.get(url)
    assert response.status_code == 200, url
    return response, len(builds) > before


@pytest.fixture
def endpoints(client, article_en, article_es, locales):
    """{name: URL}, warmed: the article in both languages, a second article that places no myth, the myth
    the articles place, an unrelated benefit, and the lists."""
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe", locale=locales["en"])
    heading = [{"type": "heading", "value": {"text": "No myths here", "level": "h2"}}]
    other = generate.make_article(generate.home_for(locales["en"]), "without-the-myth", heading)
    benefit = Benefit.objects.filter(live=True).first()
    urls = {
        "article en": f"/api/v1/pages/{article_en.pk}/",
        "article es": f"/api/v1/pages/{article_es.pk}/",
        "other article": f"/api/v1/pages/{other.pk}/",
        "myth": f"/api/v1/library/myths/{myth.pk}/",
        "myth es": f"/api/v1/library/myths/{myth.pk}/?locale=es",
        "benefit": f"/api/v1/library/benefits/{benefit.pk}/",
        "page list": "/api/v1/pages/?fields=body",
        "myth list": "/api/v1/library/myths/",
        "benefit list": "/api/v1/library/benefits/",
        "locales": "/api/v1/locales/",
    }
    for url in urls.values():
        warm(client, url)
    return urls


def fetch_all(client, builds, endpoints):
    """({name: ETag}, {names of the responses that were built})"""
    etags, built = {}, set()
    for name, url in endpoints.items():
        response, was_built = fetch(client, builds, url)
        etags[name] = response["ETag"]
        if was_built:
            built.add(name)
    return etags, built


def test_publishing_a_myth_rebuilds_what_shows_it_and_nothing_else(
    client, endpoints, builds, locales, django_assert_num_queries
):
    before, built = fetch_all(client, builds, endpoints)
    assert built == set()
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe", locale=locales["en"])
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()

    with django_assert_num_queries(1):  # The versions it depends on, unchanged: served from the cache.
        other = client.get(endpoints["other article"])
    assert other["ETag"] == before["other article"]
    after, built = fetch_all(client, builds, endpoints)
    # Both translations of the article place the myth; both lists may show it whole.
    assert built == {"article en", "article es", "myth", "myth es", "page list", "myth list"}
    changed = {name for name in endpoints if after[name] != before[name]}
    # The Spanish article and myth show the Spanish translation, which did not change: rebuilt, same bytes.
    assert changed == {"article en", "myth", "page list", "myth list"}
    assert "Ketamine infusions are dangerous" in client.get(endpoints["article en"]).content.decode()

    # Publishing the Spanish translation changes the Spanish responses.
    spanish = myth.get_translation(locales["es"])
    spanish.myth = "Las infusiones de ketamina son peligrosas"
    spanish.save_revision().publish()
    again, built = fetch_all(client, builds, endpoints)
    assert built == {"article en", "article es", "myth", "myth es", "page list", "myth list"}
    assert {name for name in endpoints if again[name] != after[name]} == {"article es", "myth es", "page list"}
    assert "Las infusiones de ketamina son peligrosas" in client.get(endpoints["article es"]).content.decode()


def test_publishing_a_page_leaves_the_other_pages_cached(client, endpoints, builds, article_en):
    before, _built = fetch_all(client, builds, endpoints)
    article_en.title = "Ketamine myths, answered"
    article_en.save_revision().publish()
    after, built = fetch_all(client, builds, endpoints)
    # The Spanish article lists its English translation by title.
    assert built == {"article en", "article es", "page list"}
    assert {name for name in endpoints if after[name] != before[name]} == {"article en", "article es", "page list"}


def test_saving_drafts_and_locking_rebuild_nothing(client, endpoints, builds, locales, article_en, admin_user):
    before, _built = fetch_all(client, builds, endpoints)
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe", locale=locales["en"])
    myth.myth = "Not published yet"
    myth.save_revision(user=admin_user)
    article_en.title = "Not published either"
    article_en.save_revision(user=admin_user)
    myth.locked, myth.locked_by, myth.locked_at = True, admin_user, timezone.now()
    myth.save(update_fields=["locked", "locked_by", "locked_at"])
    # A new translation starts as a draft row: nobody reads it until it is published.
    untranslated = generate.make_library(1, locales["en"])["benefits"][0]
    untranslated.copy_for_translation(locales["es"]).save()
    after, built = fetch_all(client, builds, endpoints)
    assert built == set()
    assert after == before
    assert "Not published" not in client.get(endpoints["article en"]).content.decode()


def test_brand_settings_rebuild_everything(client, endpoints, builds):
    before, _built = fetch_all(client, builds, endpoints)
    brand = BrandSettings.objects.get()
    brand.phone = "(907) 555-0123"
    brand.save()
    after, built = fetch_all(client, builds, endpoints)
    assert built == set(endpoints)
    pages = {"article en", "article es", "other article"}
    assert {name for name in pages if after[name] != before[name]} == pages


def test_deleting_a_translation_of_a_placed_myth_rebuilds_the_pages_that_place_it(client, endpoints, builds, locales):
    before, _built = fetch_all(client, builds, endpoints)
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe", locale=locales["en"])
    spanish = myth.get_translation(locales["es"])
    assert spanish.myth in client.get(endpoints["article es"]).content.decode()
    spanish.delete()  # The pages place the English original, not this row: the reference index says so.
    after, built = fetch_all(client, builds, endpoints)
    assert built == {"article en", "article es", "myth", "myth es", "page list", "myth list"}
    assert {name for name in endpoints if after[name] != before[name]} == {"article es", "myth es", "page list"}
    assert spanish.myth not in client.get(endpoints["article es"]).content.decode()


def test_the_cache_key_does_not_depend_on_the_active_language(client, article_en, monkeypatch):
    from django.utils import translation

    from exporters.http import caching

    url = f"/api/v1/pages/{article_en.pk}/"
    warm(client, url)
    built = []
    real = caching.build_entry
    monkeypatch.setattr(caching, "build_entry", lambda *args, **kwargs: built.append(1) or real(*args, **kwargs))
    with translation.override("es"):  # As after serving a Spanish web page in the same thread.
        assert client.get(url).status_code == 200
    assert built == []
