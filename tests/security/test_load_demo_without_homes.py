"""`load_demo` (run by every `make run`) after editors deleted the demo's home pages, its site, or made a home
of their own: no traceback; it says what it found and what it did, and the demo is served again when that
takes nothing from the editors."""

from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page, Site

import pytest

from cms.demo.loader import translation_key
from cms.models import HomePage

ENGLISH_URL = "/en/common-myths-about-ketamine-infusion-therapy/"
SPANISH_URL = "/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"


@pytest.fixture
def homes_deleted(demo, admin_client):
    """Both demo home pages deleted in the admin, as an editor does it (the site goes with the English one)."""
    for home in HomePage.objects.all():
        assert admin_client.post(reverse("wagtailadmin_pages:delete", args=[home.pk])).status_code == 302
    assert not Site.objects.exists()


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def demo_home():
    return HomePage.objects.get(translation_key=translation_key("home"), locale__language_code="en")


def test_with_no_site_left_it_makes_the_homes_and_a_site_again(homes_deleted, client):
    output = load_demo()
    assert "Found the demo loaded before, but not its home page" in output
    assert "Found no site: created the default site testserver:80 for “Ketwell Alaska”." in output
    assert "created home page: Ketwell Alaska [en]" in output
    assert client.get(ENGLISH_URL).status_code == 200 and client.get(SPANISH_URL).status_code == 200


@pytest.mark.parametrize("default", [True, False], ids=["default site", "site at the admin's address"])
def test_a_site_left_on_the_tree_root_is_pointed_at_the_new_home(homes_deleted, client, default):
    Site.objects.create(hostname="testserver", port=80, root_page=Page.get_first_root_node(), is_default_site=default)
    output = load_demo()
    kind = "default site" if default else "site"
    assert f"Found the {kind} testserver:80 serving “Root”, not a home page" in output
    assert "it now serves “Ketwell Alaska” at testserver:80." in output
    assert Site.objects.get().root_page_id == demo_home().pk
    assert client.get(ENGLISH_URL).status_code == 200


def test_an_editors_own_home_page_keeps_the_site(homes_deleted, locales):
    root = Page.get_first_root_node()
    ours = root.add_child(instance=HomePage(title="Our clinic", slug="our-clinic", locale=locales["en"]))
    site = Site.objects.create(hostname="testserver", port=80, root_page=ours, is_default_site=True)
    output = load_demo()
    assert "The default site testserver:80 serves “Our clinic”, a home page of the editors': left as it is." in output
    assert "No site serves the demo's “Ketwell Alaska”: point one at it in Settings → Sites" in output
    site.refresh_from_db()
    assert site.root_page_id == ours.pk and demo_home().live


def test_with_the_homes_there_but_no_site_it_says_so(demo):
    Site.objects.all().delete()
    output = load_demo()
    assert "Demo content is already loaded" in output
    assert "No site serves the demo's home page: point one at it in Settings → Sites." in output
