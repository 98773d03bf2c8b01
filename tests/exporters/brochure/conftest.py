import io

from django.test import RequestFactory

import pytest
from pypdf import PdfReader

from cms.models import Brochure
from exporters.brochure.batch import stop_workers
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.service import pdfs_for


@pytest.fixture(autouse=True)
def brochure_cache(settings, tmp_path):
    settings.CMS_BROCHURE_CACHE_DIR = tmp_path / "brochure-cache"


@pytest.fixture(autouse=True)
def fresh_workers():
    """Workers are forked when first needed: afresh in each test, so they see the test's patches."""
    stop_workers()
    yield
    stop_workers()


def render_brochure(brochure, **options):
    options = PrintOptions(**options)
    printable = printable_brochure(brochure, RequestFactory().get("/"), options)
    (result,) = pdfs_for([("test", printable)], options)
    assert result.error is None, result.error
    return result


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in read(pdf).pages)


@pytest.fixture
def seed_brochure(demo):
    return lambda language: Brochure.objects.get(locale__language_code=language)
