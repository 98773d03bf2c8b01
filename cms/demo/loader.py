"""Loads the demo content (content.<lang>.json) as structured, published, translated content.

Idempotent: the demo is loaded as one unit, once. Once it is there, a run leaves everything as editors
made it (an item they deleted stays deleted); `reset` puts the seed back. Every item and page has a
stable translation key derived from its name in the JSON, which is how a reset finds them.
"""

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from wagtail.models import Locale, Page, Site

from cms.models import (
    ArticlePage,
    Benefit,
    BrandDisclaimerTranslation,
    BrandSettings,
    Brochure,
    HomePage,
    Location,
    Myth,
    Risk,
)

from .site import serve_demo_home

DEMO_DIR = Path(__file__).resolve().parent
DEMO_LANGUAGES = ["en", "es"]
KEY_NAMESPACE = uuid.UUID("5d1f3a52-8f0e-4c61-9a8e-6b2f7c4d9e10")

# JSON section -> (model, fields copied from the JSON).
LIBRARY = {
    "myths": (Myth, ["myth", "facts", "summary"]),
    "benefits": (Benefit, ["title", "description", "evidence_level"]),
    "risks": (Risk, ["name", "frequency", "description", "mitigation"]),
    "locations": (Location, ["name", "street", "unit", "city", "state", "postal_code", "country"]),
}
# Block type -> (the struct field holding references, the JSON section it refers to, a list or one item).
REFERENCES = {
    "myth": ("myth", "myths", False),
    "benefits": ("benefits", "benefits", True),
    "risks": ("risks", "risks", True),
    "locations": ("locations", "locations", True),
}

# The blocks of the article the demo brochure's tri-fold and flyer show.
COMPACT_BLOCKS = ("myth", "benefits", "risks")


def translation_key(name: str) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, name)


def with_block_ids(blocks: list[dict], scope: str) -> list[dict]:
    """The same block ids in every language, as if each translation had been copied from the original:
    a translator's PO file finds each block's text by its id."""
    return [{**block, "id": str(uuid.uuid5(KEY_NAMESPACE, f"{scope}:{index}"))} for index, block in enumerate(blocks)]


def read_content(language: str) -> dict:
    return json.loads((DEMO_DIR / f"content.{language}.json").read_text(encoding="utf-8"))


@dataclass
class LoadReport:
    already_loaded: bool = False
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    kept: list = field(default_factory=list)
    found: list = field(default_factory=list)  # What the run found and did outside the demo's own items.

    def record(self, outcome: str, obj) -> None:
        getattr(self, outcome).append(f"{obj._meta.verbose_name}: {obj} [{obj.locale.language_code}]")


class DemoLoader:
    def __init__(self, reset: bool = False):
        self.reset = reset
        self.report = LoadReport()
        self.ids = {}  # (section, key, language) -> primary key, to resolve references in bodies.
        self.site = None  # The site serving the demo, once its home page is there.

    @transaction.atomic
    def load(self) -> LoadReport:
        if not self.reset and HomePage.objects.filter(translation_key=translation_key("home")).exists():
            self.report.already_loaded = True
            if not Site.objects.filter(root_page__translation_key=translation_key("home")).exists():
                self.report.found.append("No site serves the demo's home page: point one at it in Settings → Sites.")
            return self.report
        locales = {language: Locale.objects.get_or_create(language_code=language)[0] for language in DEMO_LANGUAGES}
        contents = {language: read_content(language) for language in DEMO_LANGUAGES}
        if not self.reset and self.loaded_before(contents):
            self.report.found.append(
                "Found the demo loaded before, but not its home page (deleted by an editor?): making the home "
                "pages and articles again; library items already there are kept as they are."
            )
        for language, content in contents.items():
            for section, (model, fields) in LIBRARY.items():
                for data in content[section]:
                    item = self.save_translatable(model, data["key"], locales[language], {f: data[f] for f in fields})
                    self.ids[section, data["key"], language] = item.pk
        homes = {}
        for language, content in contents.items():
            homes[language] = self.load_home(content["home"], locales[language])
            article = self.load_article(content["article"], homes[language], locales[language], language)
            self.load_brochure(content["article"], article, locales[language], language)
        if self.site is not None:
            self.load_brand(self.site, contents, locales)
        return self.report

    def loaded_before(self, contents) -> bool:
        keys = [translation_key(myth["key"]) for myth in contents[DEMO_LANGUAGES[0]]["myths"]]
        return Myth.objects.filter(translation_key__in=keys).exists()

    def save_translatable(self, model, key, locale, values, parent=None):
        """Create, reset or keep one library item or page, and publish what was written."""
        obj = model.objects.filter(translation_key=translation_key(key), locale=locale).first()
        if obj is not None and not self.reset:
            self.report.record("kept", obj)
            return obj
        if obj is None:
            obj, outcome = model(translation_key=translation_key(key), locale=locale, **values), "created"
        else:
            for name, value in values.items():
                setattr(obj, name, value)
            outcome = "updated"
        if parent is None:
            obj.full_clean()  # Library items get the same validation editors get.
            obj.save()
        elif obj.pk is None:
            parent.add_child(instance=obj)
        else:
            obj.save()
        obj.save_revision().publish()
        self.report.record(outcome, obj)
        return obj

    def load_home(self, data, locale) -> HomePage:
        # Wagtail's own “Welcome to your new Wagtail site!” page holds the slug “home” and the site.
        welcome = Page.objects.filter(depth=2, slug=data["slug"], locale=locale, content_type__model="page").first()
        if welcome is not None:
            welcome.slug = "wagtail-welcome"
            welcome.save(update_fields=["slug"])
        values = {"title": data["title"], "slug": data["slug"], "intro": data["intro"]}
        home = self.save_translatable(HomePage, "home", locale, values, parent=Page.get_first_root_node())
        if locale.language_code == DEMO_LANGUAGES[0]:  # Before the welcome page goes: it may be a site's root.
            self.site, found = serve_demo_home(home)
            self.report.found.append(found)
        if welcome is not None and not welcome.get_children().exists():
            welcome.delete()
        return home

    def load_article(self, data, home, locale, language) -> ArticlePage:
        values = {
            "title": data["title"],
            "slug": data["slug"],
            "seo_title": data["seo_title"],
            "search_description": data["search_description"],
            "intro": data["intro"],
            "body": [self.resolve_block(block, language) for block in data["body"]],
            "conclusion_heading": data["conclusion_heading"],
            "conclusion": data["conclusion"],
            "call_to_action": [{"type": "call_to_action", "value": data["call_to_action"]}],
            "locations": [self.resolve_block({"type": "locations", "value": data["locations"]}, language)],
        }
        for name in ("body", "call_to_action", "locations"):
            values[name] = with_block_ids(values[name], f"article:{data['key']}:{name}")
        return self.save_translatable(ArticlePage, "article:" + data["key"], locale, values, parent=home)

    def load_brochure(self, data, article, locale, language) -> Brochure:
        """The article as a print brochure: the same library items, laid out for paper."""
        placed = [self.resolve_block(block, language) for block in data["body"]]
        where_to_find_us = [
            {"type": "call_to_action", "value": data["call_to_action"]},
            self.resolve_block({"type": "locations", "value": data["locations"]}, language),
        ]
        body = [
            {"type": "paragraph", "value": data["intro"]},
            *placed,
            {"type": "heading", "value": {"text": data["conclusion_heading"], "level": "h2"}},
            {"type": "paragraph", "value": data["conclusion"]},
            *where_to_find_us,
        ]
        body = with_block_ids(body, f"brochure:{data['key']}:body")
        # One sheet's worth of the same items, for the tri-fold and the flyer (their myths print short answers).
        compact = [block for block in placed if block["type"] in COMPACT_BLOCKS] + where_to_find_us
        compact_body = with_block_ids(compact, f"brochure:{data['key']}:compact_body")
        values = {
            "title": data["title"], "slug": data["slug"], "subtitle": data["subtitle"], "body": body,
            "compact_body": compact_body, "qr_page": article,
        }  # fmt: skip
        return self.save_translatable(Brochure, "brochure:" + data["key"], locale, values)

    def resolve_block(self, block, language) -> dict:
        """Turn the JSON's library keys into the primary keys of the items in that language."""
        if block["type"] not in REFERENCES:
            return block
        field_name, section, many = REFERENCES[block["type"]]
        value = dict(block["value"])
        keys = value[field_name]
        value[field_name] = (
            [self.ids[section, key, language] for key in keys] if many else self.ids[section, keys, language]
        )
        return {"type": block["type"], "value": value}

    def load_brand(self, site, contents, locales) -> None:
        brand = BrandSettings.for_site(site)
        if brand.clinic_name and not self.reset:
            return
        brand.clinic_name = contents["en"]["home"]["title"]
        brand.default_disclaimer = contents["en"]["brand"]["disclaimer"]
        brand.save()
        for language in DEMO_LANGUAGES[1:]:
            BrandDisclaimerTranslation.objects.update_or_create(
                settings=brand, locale=locales[language], defaults={"text": contents[language]["brand"]["disclaimer"]}
            )
