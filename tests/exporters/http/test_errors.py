"""Every channel answers an error in one shape: {"detail": "…"}, and "parameter" for a bad query parameter."""

import pytest

from tests.exporters.brochure.test_http import URL as BROCHURE
from tests.exporters.pages.conftest import EN_ARTICLE


def error_of(response, status: int) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_a_bad_query_parameter_is_answered_alike_by_the_api_and_the_brochure(client, demo):
    api = error_of(client.get("/api/v1/pages/", {"colour": "red"}), 400)
    brochure = error_of(client.get(BROCHURE, {"colour": "red"}), 400)
    assert set(api) == set(brochure) == {"detail", "parameter"}
    assert api["parameter"] == brochure["parameter"] == "colour"
    assert api["detail"].startswith("Unknown query parameter “colour”. Known: ")
    assert brochure["detail"] == "Unknown query parameter “colour”. Known: format, locale, paper, profile."


@pytest.mark.parametrize(
    ("path", "rate_setting"),
    [(EN_ARTICLE, "CMS_PAGES_THROTTLE_RATE"), (BROCHURE, "CMS_BROCHURE_THROTTLE_RATE"), ("/api/v1/locales/", None)],
    ids=["pages", "brochure", "api"],
)
def test_too_many_requests_is_answered_alike_by_every_channel(client, demo, settings, path, rate_setting):
    if rate_setting is None:
        settings.CMS_API = {**settings.CMS_API, "THROTTLE_RATE": "1/minute"}
    else:
        setattr(settings, rate_setting, "1/minute")
    client.get(path)
    refused = client.get(path)
    assert error_of(refused, 429) == {"detail": f"Too many requests. Try again in {refused['Retry-After']} seconds."}
    assert 0 < int(refused["Retry-After"]) <= 60


def test_not_found_is_answered_alike_by_the_api_and_the_brochure(client, demo):
    assert error_of(client.get("/api/v1/pages/999999/"), 404) == {"detail": "No live page has the id 999999."}
    assert error_of(client.get("/brochures/no-such-brochure.pdf"), 404) == {
        "detail": "No live brochure or article “no-such-brochure” in en."
    }


def test_an_address_that_takes_no_query_parameter_says_so(client, demo):
    response = client.get("/api/v1/locales/", {"x": "1"})
    assert response.status_code == 400
    assert response.json() == {"detail": "Unknown query parameter “x”. This address takes none.", "parameter": "x"}
