"""The admin's import review screen shows an imported file's text as text: its markup never runs there.

What an HTML file marks up (script, handlers, javascript: links) is dropped by the reader; what it writes as
text ("&lt;script&gt;", a Markdown line with a tag in it) is shown to the editor as those characters, escaped.
"""

import io

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from cms.models import ArticleImport

HOSTILE = b"""<html><head><title>Hostile</title><script>alert(1)</script></head><body>
<h1>Hostile article <img src=x onerror="alert(2)"></h1>
<p>Intro: &lt;script&gt;alert(3)&lt;/script&gt; and &lt;img src=x onerror=alert(4)&gt; typed as text.</p>
<h2 onmouseover="alert(5)">Benefits</h2><ul><li>Relief &lt;b onclick=alert(6)&gt;fast&lt;/b&gt;: it helps.</li>
<li><a href="javascript:alert(7)">Calm</a>: it soothes.</li></ul>
<p>Myth: &lt;svg onload=alert(8)&gt; is unsafe. Fact: It is <iframe src="file:///etc/passwd"></iframe>safe.</p>
</body></html>"""

HOSTILE_MARKDOWN = b"""# Hostile article

Intro <script>alert(9)</script> and <img src=x onerror=alert(10)> typed in Markdown.
"""


def review_page(client, name: str, data: bytes) -> BeautifulSoup:
    upload = io.BytesIO(data)
    upload.name = name
    assert client.post("/admin/import/article/", {"file": upload, "locale": "en"}).status_code == 302
    started = ArticleImport.objects.get(file_name=name)
    response = client.get(reverse("article_import_review", args=[started.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def alerts_in_markup(soup: BeautifulSoup) -> list[str]:
    """Every place a browser would run or follow the file's script: a script's code or any attribute."""
    found = [str(script) for script in soup.find_all("script") if "alert(" in (script.string or "")]
    for tag in soup.find_all(True):
        found += [f"{tag.name} {name}={value}" for name, value in tag.attrs.items() if "alert(" in str(value)]
        found += [f"{tag.name} {name}" for name in tag.attrs if name.startswith("on") and tag.name != "body"]
    return found


@pytest.mark.parametrize(("name", "data"), [("hostile.html", HOSTILE), ("hostile.md", HOSTILE_MARKDOWN)])
def test_the_review_screen_runs_none_of_the_imported_markup(editor_client, english_home, name, data):
    soup = review_page(editor_client, name, data)
    assert alerts_in_markup(soup) == []
    assert not soup.find("iframe") and not soup.select(".import-review img, .import-review svg")
    text = " ".join(soup.get_text(" ").split())
    if name.endswith(".html"):  # Typed as text: shown as the characters typed.
        assert "<script>alert(3)</script>" in text and "<img src=x onerror=alert(4)>" in text
        assert "Relief <b onclick=alert(6)>fast</b>" in text
    else:
        assert "<script>alert(9)</script>" in text and "<img src=x onerror=alert(10)>" in text
