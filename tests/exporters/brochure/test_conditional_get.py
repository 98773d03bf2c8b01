"""GET /brochures/<slug>.pdf answers conditional requests as the API and the web pages do (RFC 9110)."""

import pytest

from tests.exporters.brochure.test_http import URL


@pytest.fixture
def pdf(client, demo):
    response = client.get(URL)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    "if_none_match",
    ['"other", {etag}', "W/{etag}", '"other", W/{etag}', "*"],
    ids=["in-a-list", "weak", "weak-in-a-list", "star"],
)
def test_the_client_that_has_the_pdf_gets_a_304(client, pdf, if_none_match):
    response = client.get(URL, HTTP_IF_NONE_MATCH=if_none_match.format(etag=pdf["ETag"]))
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == pdf["ETag"]
    assert response["Cache-Control"] == pdf["Cache-Control"] == "public, max-age=60"
    # Cached by what it prints, not by scope: its tags are purged by any content change (exporters/signals.py).
    assert response["Surrogate-Key"] == pdf["Surrogate-Key"] == "brochures site"


def test_an_etag_that_only_contains_the_pdfs_gets_the_pdf(client, pdf):
    # The old check matched substrings: a longer tag around the PDF's, or a list of others, is no match.
    etag = pdf["ETag"].strip('"')
    for if_none_match in [f'"x{etag}x"', '"one", "two"', f'"{etag[:-1]}"']:
        response = client.get(URL, HTTP_IF_NONE_MATCH=if_none_match)
        assert response.status_code == 200
        assert response.content == pdf.content


@pytest.mark.parametrize(
    "header", [{"HTTP_IF_MATCH": '"not-this-one"'}, {"HTTP_IF_UNMODIFIED_SINCE": "Thu, 01 Jan 2099 00:00:00 GMT"}]
)
def test_write_preconditions_on_a_read_get_the_content_not_a_412(client, pdf, header):
    """If-Match and If-Unmodified-Since guard writes; readers (and proxies that pass them on) get the PDF."""
    response = client.get(URL, **header)
    assert response.status_code == 200
    assert response.content == pdf.content


def test_write_preconditions_on_the_api_get_the_content_not_a_412(client, demo):
    response = client.get(
        "/api/v1/locales/", HTTP_IF_MATCH='"nope"', HTTP_IF_UNMODIFIED_SINCE="Thu, 01 Jan 1970 00:00:00 GMT"
    )
    assert response.status_code == 200
    assert response.json()["default"] == "en"
