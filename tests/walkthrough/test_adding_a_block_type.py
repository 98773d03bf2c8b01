"""Walk-through of docs/ARCHITECTURE.md, "How to add a block type": a quote block, added at run time.

The steps, as a real block type takes them in files:
1. the block (a StructBlock) with a `serializer_class`, a BlockValueSerializer: its data in the Document;
2. its place in a stream of cms/blocks/streams.py (here: BodyStreamBlock, for the test's duration);
3. a template in each channel that renders blocks with templates (here: tests/walkthrough/templates/).
The API serves it with no more work; the startup check (exporters/checks.py) names each step left out.
"""

from pathlib import Path

from django.apps import apps
from django.core.checks import run_checks
from django.test import RequestFactory

from wagtail import blocks
from wagtail.fields import StreamField

import pytest
from bs4 import BeautifulSoup
from rest_framework import serializers

from cms.blocks.serializers import BlockValueSerializer
from cms.blocks.streams import BodyStreamBlock, rendered_block_types
from cms.demo import generate
from cms.models import ArticlePage, Brochure, HomePage
from exporters.brochure.options import PrintOptions
from exporters.brochure.printable import printable_brochure
from exporters.brochure.render import brochure_html
from exporters.checks import every_block_type_reaches_every_channel

TEMPLATES = Path(__file__).resolve().parent / "templates"
QUOTE = {"text": "I slept through the night for the first time in years.", "attribution": "A patient"}


class QuoteBlockValueSerializer(BlockValueSerializer):
    """Example: {"text": "I slept through the night…", "attribution": "A patient"}"""

    text = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Quote")
    attribution = blocks.CharBlock(label="Attribution", required=False)

    serializer_class = QuoteBlockValueSerializer


class QuoteBlockWithoutSerializer(blocks.StructBlock):
    text = blocks.TextBlock(label="Quote")


@pytest.fixture
def add_block_type(monkeypatch):
    """add_block_type(name, block): `block` in BodyStreamBlock, as if declared there, until the test ends.

    The stream's class (what rendered_block_types() and new instances read) and the instance each model's
    StreamField built at import (what loads and validates the stored bodies) both get it.
    """

    def add(name, block):
        block.set_name(name)
        monkeypatch.setitem(BodyStreamBlock.base_blocks, name, block)
        streams = {
            id(field.stream_block): field.stream_block
            for model in apps.get_models()
            for field in model._meta.get_fields()
            if isinstance(field, StreamField) and isinstance(field.stream_block, BodyStreamBlock)
        }
        assert {type(stream) for stream in streams.values()} == {BodyStreamBlock} and len(streams) >= 3
        for stream in streams.values():
            monkeypatch.setitem(stream.child_blocks, name, block)

    return add


@pytest.fixture
def quote_templates(settings):
    """The quote's templates for the pages and brochure channels, found before the apps' own."""
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEMPLATES]}, *settings.TEMPLATES[1:]]


def quote_errors():
    return sorted((error.id, error.msg, error.hint) for error in run_checks() if "quote" in error.msg)


def test_a_new_block_type_reaches_the_api_the_web_page_and_the_brochure(
    add_block_type, quote_templates, client, demo, locales
):
    add_block_type("quote", QuoteBlock())
    assert "quote" in rendered_block_types() and quote_errors() == []
    body = [{"type": "quote", "value": QUOTE}]
    page = generate.make_article(HomePage.objects.get(locale=locales["en"]), "in-their-words", body)
    assert [block.block_type for block in ArticlePage.objects.get(pk=page.pk).body] == ["quote"]  # Stored, loaded.

    data = client.get(f"/api/v1/pages/{page.pk}/").json()
    assert [(block["type"], block["value"]) for block in data["body"]] == [("quote", QUOTE)]

    response = client.get(page.url)
    assert response.status_code == 200
    quote = BeautifulSoup(response.content, "html.parser").select_one("main blockquote.quote")
    assert quote.p.get_text() == QUOTE["text"] and quote.footer.get_text() == "— A patient"

    brochure = Brochure(locale=locales["en"], title="In their words", body=body)
    brochure.full_clean()
    brochure.save()
    brochure.save_revision().publish()
    options = PrintOptions()
    html = brochure_html(printable_brochure(brochure, RequestFactory().get("/"), options), options)
    quote = BeautifulSoup(html, "html.parser").select_one("blockquote.quote")
    assert quote.p.get_text() == QUOTE["text"] and quote.select_one(".note").get_text() == "— A patient"


def test_without_its_templates_the_check_names_each_channel(add_block_type):
    assert quote_errors() == []
    add_block_type("quote", QuoteBlock())
    assert quote_errors() == [
        ("exporters.E003", "The brochure channel has no template for the block type “quote”.",
         "Add brochure/blocks/quote.html to the channel's templates."),
        ("exporters.E003", "The pages channel has no template for the block type “quote”.",
         "Add pages/blocks/quote.html to the channel's templates."),
    ]  # fmt: skip


def test_without_a_serializer_the_check_says_so(add_block_type, quote_templates):
    add_block_type("quote", QuoteBlockWithoutSerializer())
    assert [error.id for error in every_block_type_reaches_every_channel() if "quote" in error.msg] == [
        "exporters.E002"
    ]
    assert quote_errors() == [
        ("exporters.E002", "The block type “quote” (QuoteBlockWithoutSerializer) has no serializer_class.",
         "Give it a BlockValueSerializer (cms/blocks/serializers.py): the Document is made from it."),
    ]  # fmt: skip


def test_the_block_type_is_gone_after_the_test():
    """The fixture restores the stream: no other test sees the quote block (run after the ones above)."""
    assert "quote" not in rendered_block_types() and "quote" not in BodyStreamBlock().child_blocks
    assert "quote" not in ArticlePage._meta.get_field("body").stream_block.child_blocks
