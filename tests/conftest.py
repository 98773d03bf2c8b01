import pytest
from wagtail.models import Locale

from cms.demo.loader import DemoLoader


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
def admin_client(client, django_user_model, locales):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "correct horse battery")
    client.force_login(user)
    client.user = user
    return client
