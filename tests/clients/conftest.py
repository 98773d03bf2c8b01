"""The CMS the TypeScript client's tests read: the app in a thread of the test process, on 127.0.0.1 with the
demo loaded (a transactional test, so the thread sees what the test commits), and what the demo holds, read
from the database, for the JavaScript tests to compare the API's answers with (CMS_EXPECT)."""

import json
from urllib.parse import urlsplit

import pytest
from pytest_django.live_server_helper import LiveServer

from cms.models import ArticlePage, Benefit, HomePage, Location, Myth, Risk
from tests.conftest import shown_to_readers
from tests.local_ports import TYPESCRIPT_CLIENT, free_port

LIBRARY = {"myths": Myth, "benefits": Benefit, "risks": Risk, "locations": Location}


@pytest.fixture
def cms_server():
    server = LiveServer(f"127.0.0.1:{free_port(TYPESCRIPT_CLIENT)}")
    yield server
    server.stop()


def expected_article(page: ArticlePage) -> dict:
    locale = page.locale
    myths = [shown_to_readers(block.value["myth"], locale).myth for block in page.body if block.block_type == "myth"]
    return {"id": page.pk, "path": urlsplit(page.url).path, "title": page.title, "myths": myths}


def live_in_english(model) -> int:
    return model.objects.filter(live=True, locale__language_code="en").count()


@pytest.fixture
def cms_env(demo, cms_server) -> dict:
    """The environment the client's tests and example run with: the server's address and what it serves."""
    articles = {page.locale.language_code: expected_article(page) for page in ArticlePage.objects.live()}
    expected = {
        "articles": articles,
        "library": {kind: live_in_english(model) for kind, model in LIBRARY.items()},
        "pages": ArticlePage.objects.live().count() + HomePage.objects.live().count(),
    }
    assert set(articles) == {"en", "es"} and all(articles["es"]["myths"])
    return {"CMS_API_URL": cms_server.url, "CMS_EXPECT": json.dumps(expected)}
