from wagtail.models import Locale

import pytest

from cms.demo.loader import DemoLoader


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "alone: measures how fast something is (Lighthouse), so `make test` runs it after the others, with the "
        "machine to itself",
    )


def is_transactional(item) -> bool:
    """As pytest-django sorts tests: a django_db(transaction=True) marker, or a transactional fixture."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying the database; the next such test puts migrations' rows back
    first (serialized_rollback), but a plain database test would find no root page, locales or content types.
    pytest-django avoids that by running transactional tests last; `pytest -n 2 --dist loadfile` runs a
    module's tests together, in any order of modules. So the rows are put back here, after the flush."""
    result = yield
    if is_transactional(item):
        from django.db import connections

        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all():
                contents = getattr(connection, "_test_serialized_contents", None)
                if contents:
                    connection.creation.deserialize_db_from_string(contents)
    return result


@pytest.fixture
def locales(db):
    """The two content locales, as the demo and a fresh install have them."""
    return {
        "en": Locale.objects.get_or_create(language_code="en")[0],
        "es": Locale.objects.get_or_create(language_code="es")[0],
    }


@pytest.fixture
def demo(db):
    """The demo content, loaded as `make run` loads it."""
    return DemoLoader().load()


@pytest.fixture
def english_home(locales):
    """An English home page and an empty library, as on a fresh install with its site set up."""
    from wagtail.models import Page

    from cms.models import HomePage

    home = HomePage(title="Clinic", slug="clinic", intro="<p>Welcome.</p>", locale=locales["en"])
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    return home


@pytest.fixture
def article(demo):
    """The seed article in a language: article("es")."""
    from cms.models import ArticlePage

    return lambda language: ArticlePage.objects.get(locale__language_code=language)


@pytest.fixture
def editor_client(client, django_user_model, locales):
    """A marketing editor: in Wagtail's "Editors" group, not a superuser."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("marketing", "marketing@example.org", "correct horse battery")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def admin_client(client, django_user_model, locales):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "correct horse battery")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs():
    """The gettext catalogs compiled as `make run` compiles them, so Spanish labels render in Spanish."""
    from django.core.management import call_command

    call_command("compile_catalogs", verbosity=0)


def shown_to_readers(item, locale):
    """The version of a library item readers of `locale` get, as every channel's Document resolves it
    (cms.models.library.shown_version), or None if it is live nowhere."""
    from django.test import RequestFactory

    from exporters.context import DocumentContext

    return DocumentContext(locale, RequestFactory().get("/")).localize(item)


def page_text(response) -> str:
    """The text a reader sees in an HTML response, with white space folded."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.get_text(" ").split())


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: API responses and throttle counters do not leak between tests."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_messages():
    """Each test starts in English: a Spanish page request activates Spanish for the rest of the thread."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def reviewer_client(django_user_model, locales):
    """A medical reviewer: in the "Medical reviewers" group only, with a client of their own."""
    from django.contrib.auth.models import Group
    from django.test import Client

    user = django_user_model.objects.create_user("rita", "rita@example.org", "correct horse battery",
                                                 first_name="Rita", last_name="Reyes, MD")  # fmt: skip
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def pytest_collection_modifyitems(items):
    """Every transactional test restores what migrations made (serialized_rollback): the flush after one
    without it leaves content types but no root page, and the next such test fails at set-up, by order."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            raise pytest.UsageError(f"{item.nodeid}: transaction=True needs serialized_rollback=True")
