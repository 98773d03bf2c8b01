import json

from bs4 import BeautifulSoup

EN_ARTICLE = "/en/common-myths-about-ketamine-infusion-therapy/"
ES_ARTICLE = "/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def json_ld_of(soup) -> list[dict]:
    (script,) = soup.find_all("script", type="application/ld+json")
    return json.loads(script.string)["@graph"]
