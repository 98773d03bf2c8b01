"""Every block type reaches every channel, and every kind of library item is placed and served.

One article and one brochure hold a block of every type the channels render (cms/blocks/streams.py,
`rendered_block_types()`), the library blocks placing an item of every kind (cms/library_kinds.py). Each
block carries a marker text of its own, which must come out of the API, the live web page, the static
export, the print HTML and the PDF. The block types and kinds come from their registries: a new one is in
this test as soon as it exists, and the test fails until it has a sample below.
"""

import json
from io import StringIO
from types import SimpleNamespace

from django.core.management import call_command
from django.test import RequestFactory

import pytest
from bs4 import BeautifulSoup

from cms.blocks.streams import BodyStreamBlock, rendered_block_types
from cms.channels import channels
from cms.demo import generate
from cms.library_kinds import library_kinds
from cms.models import Brochure, HomePage
from exporters.brochure.batch import stop_workers
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.render import brochure_html
from tests import factories
from tests.exporters.brochure.conftest import render_brochure, text_of

# A value for each block type that is not a library kind's placing block, showing `text`.
SAMPLES = {
    "heading": lambda text: {"text": text, "level": "h2"},
    "paragraph": lambda text: f"<p>{text}</p>",
    "image": lambda text: {"image": generate.make_images(1, "every-block")[0], "alt_text": "A room", "caption": text},
    "call_to_action": lambda text: {"text": text, "button_label": "", "link_page": None, "link_url": ""},
    "disclaimer": lambda text: {"text": text},
}
# A published item of each library kind (by slug), in `locale`, showing `text`.
ITEMS = {
    "myths": lambda locale, text: factories.myth(locale, text=text),
    "benefits": lambda locale, text: factories.benefit(locale, title=text),
    "risks": lambda locale, text: factories.risk(locale, name=text),
    "locations": lambda locale, text: factories.location(locale, name=text),
}
SLUG = "every-block"


def marker(block_type: str) -> str:
    """One word per block type, no marker part of another: "SamplecalltoactionMarker"."""
    return f"Sample{block_type.replace('_', '')}Marker"


def squashed(text: str) -> str:
    """White space (line breaks in a PDF) and case (CSS may print capitals) do not count."""
    return "".join(text.split()).casefold()


def visible_text(html) -> str:
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def every_block(locale):
    """The article and the brochure whose bodies hold one block of every type; the items each kind placed."""
    stream, items, body = BodyStreamBlock(), {}, []
    placing = {kind.block: kind for kind in library_kinds()}
    for kind in library_kinds():
        assert kind.block in rendered_block_types(), f"{kind.slug} are placed by {kind.block}, not a rendered block"
        if kind.slug not in ITEMS:
            pytest.fail(f"add a sample item for library kind {kind.slug} here (ITEMS in {__name__})")
    for block_type in rendered_block_types():
        if block_type not in stream.child_blocks:
            pytest.fail(f"block type {block_type} is not in BodyStreamBlock: give it a stream here")
        text = marker(block_type)
        if block_type in placing:
            kind = placing[block_type]
            items[kind.slug] = ITEMS[kind.slug](locale, text)
            value = kind.place(items[kind.slug])
        elif block_type in SAMPLES:
            value = SAMPLES[block_type](text)
        else:
            pytest.fail(f"add a sample value for block type {block_type} here (SAMPLES in {__name__})")
        body.append((block_type, stream.child_blocks[block_type].normalize(value)))
    page = generate.make_article(HomePage.objects.get(locale=locale), SLUG, body)
    brochure = Brochure(locale=locale, title="Every block", body=body)
    brochure.full_clean()
    brochure.save()
    brochure.save_revision().publish()
    return SimpleNamespace(page=page, brochure=brochure, items=items)


def api_json(content, client, tmp_path):
    """{block type: its JSON}: each marker must be in its own block, not anywhere in the page."""
    response = client.get(f"/api/v1/pages/{content.page.pk}/")
    assert response.status_code == 200, response.content
    return {block["type"]: json.dumps(block["value"]) for block in response.json()["body"]}


def web_page(content, client, tmp_path):
    response = client.get(content.page.url)
    assert (content.page.url, response.status_code) == (f"/en/{SLUG}/", 200)
    return visible_text(response.content)


def static_export(content, client, tmp_path):
    call_command("export", "pages", "--out", str(tmp_path / "site"), "--quiet", stdout=StringIO())
    return visible_text((tmp_path / "site" / "en" / SLUG / "index.html").read_text())


def print_html(content, client, tmp_path):
    options = PrintOptions()
    printable = printable_brochure(content.brochure, RequestFactory().get("/"), options)
    return visible_text(brochure_html(printable, options))


def pdf(content, client, tmp_path):
    """The one PDF this module renders (WeasyPrint takes a second or two)."""
    return text_of(render_brochure(content.brochure).pdf)


CHANNELS = {"api_json": api_json, "web_page": web_page, "static_export": static_export,
            "brochure_html": print_html, "brochure_pdf": pdf}  # fmt: skip
# What is read here of each registered channel (cms/channels.py).
OUTPUTS = {"json": ["api_json"], "pages": ["web_page", "static_export"], "brochure": ["brochure_html", "brochure_pdf"]}


def test_every_registered_channel_is_read_here():
    assert sorted(channel.name for channel in channels()) == sorted(OUTPUTS), "read the new channel's output here"
    assert sorted(output for outputs in OUTPUTS.values() for output in outputs) == sorted(CHANNELS)


@pytest.fixture(autouse=True)
def brochure_workers(settings, tmp_path):
    """A cache of this test's own (so the PDF is rendered), and print workers forked afresh."""
    settings.CMS_BROCHURE_CACHE_DIR = tmp_path / "brochure-cache"
    stop_workers()
    yield
    stop_workers()


def not_shown(channel, content, client, tmp_path) -> list[str]:
    """The block types whose marker the channel's output lacks."""
    output = CHANNELS[channel](content, client, tmp_path)
    text_of_block = (lambda block_type: output.get(block_type, "")) if isinstance(output, dict) else lambda _: output
    return [
        block_type for block_type in rendered_block_types()
        if squashed(marker(block_type)) not in squashed(text_of_block(block_type))
    ]  # fmt: skip


@pytest.mark.parametrize("channel", CHANNELS)
def test_every_block_type_reaches_the_channel(channel, client, demo, locales, tmp_path):
    missing = not_shown(channel, every_block(locales["en"]), client, tmp_path)
    assert not missing, f"The {channel} channel does not show the block type(s) {', '.join(missing)}"


def test_every_library_kind_serves_its_item(client, demo, locales):
    content = every_block(locales["en"])
    assert set(content.items) == {kind.slug for kind in library_kinds()}
    missing = []
    for kind in library_kinds():
        item = content.items[kind.slug]
        response = client.get(f"/api/v1/library/{kind.slug}/{item.pk}/")
        if response.status_code != 200 or marker(kind.block) not in json.dumps(response.json()):
            missing.append(f"{kind.slug} ({response.status_code})")
    assert not missing, f"The API does not serve the item of the library kind(s) {', '.join(missing)}"


@pytest.mark.parametrize("channel", ["api_json", "web_page"])
def test_a_block_left_out_is_named(channel, client, demo, locales, tmp_path):
    """The check can fail: a page without its disclaimer block is missing that block type, and only it."""
    content = every_block(locales["en"])
    page = content.page
    page.body = [(block.block_type, block.value) for block in page.body if block.block_type != "disclaimer"]
    page.save_revision().publish()
    assert not_shown(channel, content, client, tmp_path) == ["disclaimer"]
