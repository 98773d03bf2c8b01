import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bs4 import BeautifulSoup

EN_ARTICLE = "/en/common-myths-about-ketamine-infusion-therapy/"
ES_ARTICLE = "/es/mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina/"


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def json_ld_of(soup) -> list[dict]:
    (script,) = soup.find_all("script", type="application/ld+json")
    return json.loads(script.string)["@graph"]


@pytest.fixture
def served_from():
    """served_from(folder) -> "http://127.0.0.1:<port>": the folder behind `python -m http.server`'s handler."""
    servers = []

    def serve(folder) -> str:
        handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
        handler.log_message = lambda *args: None
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield serve
    for server in servers:
        server.shutdown()
