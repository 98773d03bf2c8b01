import pytest

from cms.models import ArticlePage


@pytest.fixture
def article_en(demo):
    return ArticlePage.objects.get(locale__language_code="en")


@pytest.fixture
def article_es(demo):
    return ArticlePage.objects.get(locale__language_code="es")


def blocks_of(data, block_type):
    return [block["value"] for block in data["body"] if block["type"] == block_type]
