"""What a web page is made from, as a fingerprint computed without rendering it.

The static export renders a page again only when its fingerprint changed. A page's output depends on:
its own live row and its translations (hreflang, the language switcher); every object it references, as
Wagtail's reference index records them (library items in every locale, for the fallback rule; linked pages
and their translations, for link addresses; images); a home page's article list; and what every page
shares: the brand, the templates, CSS and catalogs, the languages and their fallbacks, the site address.
The clock is an input too: a row past its expiry date is no longer shown, though the row is unchanged.
A few queries for the whole site: one per referenced model, not one per page.
"""

import hashlib
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import Page, ReferenceIndex, TranslatableMixin

from cms.models import BrandDisclaimerTranslation, BrandSettings, HomePage
from exporters.live import live_pages

EXPORTERS_DIR = Path(__file__).resolve().parent.parent
# Files whose change changes every page.
# The code that makes a page is an input too: a deployed fix reaches every page.
SHARED_FILES = [
    EXPORTERS_DIR / "pages",  # The channel: its code, templates and static files.
    *(EXPORTERS_DIR / name for name in ("document.py", "context.py", "rich_text.py", "live.py", "text_direction.py")),
    EXPORTERS_DIR / "media.py",  # Where pages point at images.
    EXPORTERS_DIR / "security_headers.py",  # The policy each page carries in its <meta>.
    *(EXPORTERS_DIR.parent / "cms" / name for name in ("blocks", "fallback.py", "sanitize.py", "safe_output.py")),
    *settings.LOCALE_PATHS,
]
PACKAGES = ("django", "wagtail", "nh3", "djangorestframework", "python-slugify", "phonenumbers")


def digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def rows(queryset) -> list:
    """Every stored value of the rows, in a stable order."""
    return sorted((row_values(row) for row in queryset.values()), key=repr)


def row_values(row: dict) -> list:
    """A row's stored values in a stable order, and whether it is past its expiry date (cms.schedule):
    that changes what readers get of it with no save."""
    values = sorted(row.items())
    if row.get("expire_at") is not None:
        values.append(("expired", row["expire_at"] <= timezone.now()))
    return values


def shared_fingerprint(base_url: str) -> str:
    files = []
    for root in SHARED_FILES:
        paths = [Path(root)] if Path(root).is_file() else sorted(Path(root).rglob("*"))
        for path in paths:
            if path.is_file() and path.suffix not in (".po", ".pyc"):  # The compiled .mo is what pages read.
                files.append((path.name, hashlib.sha256(path.read_bytes()).hexdigest()))
    files.append([(package, version(package)) for package in PACKAGES])
    brand = rows(BrandSettings.objects.all()) + rows(BrandDisclaimerTranslation.objects.all())
    logos = [row.logo_id for row in BrandSettings.objects.all() if row.logo_id]
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    # MEDIA_URL: the media host is in each page's Content-Security-Policy.
    return digest(files, brand, referenced_rows({ContentType.objects.get_for_model(image_model()): logos}),
                  languages, sorted(settings.CMS_LOCALE_FALLBACK.items(), key=repr), base_url,
                  settings.MEDIA_URL)  # fmt: skip


def image_model():
    from wagtail.images import get_image_model

    return get_image_model()


def referenced_rows(ids_by_content_type: dict) -> dict:
    """{(content type id, object id): rows it stands for}: a translatable object with all its translations."""
    found = {}
    for content_type, ids in ids_by_content_type.items():
        model = content_type.model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            model = Page  # Links and choosers need the address and title: the base row holds them.
        objects = model._default_manager.filter(pk__in=set(ids))
        if issubclass(model, TranslatableMixin):
            keys = dict(objects.values_list("pk", "translation_key"))
            versions = defaultdict(list)
            for row in model._default_manager.filter(translation_key__in=set(keys.values())).values():
                versions[row["translation_key"]].append(row_values(row))
            for pk, key in keys.items():
                found[(content_type.pk, str(pk))] = sorted(versions[key], key=repr)
        else:
            for row in objects.values():
                found[(content_type.pk, str(row["id"]))] = row_values(row)
    return found


def references_from(sources: dict) -> tuple[dict, dict]:
    """({(content type id, object id): [(to type, to id)]}, {to type: {to ids}}) from the reference index,
    for `sources` = {base content type: [object ids]}."""
    references, targets = defaultdict(list), defaultdict(set)
    for base_type, ids in sources.items():
        for source, to_type, to_id in ReferenceIndex.objects.filter(
            base_content_type=base_type, object_id__in=[str(pk) for pk in ids]
        ).values_list("object_id", "to_content_type_id", "to_object_id"):
            references[(base_type.pk, source)].append((to_type, to_id))
            targets[to_type].add(to_id)
    return references, targets


def page_fingerprints(pages, fallback_homes: dict) -> dict[int, str]:
    """{page id: fingerprint} for specific live pages. `fallback_homes`: home id -> the home it falls back to."""
    page_type = ContentType.objects.get_for_model(Page)
    references, targets = references_from({page_type: [page.pk for page in pages]})
    content_types = ContentType.objects.in_bulk(list(targets))
    referenced = referenced_rows({content_types[pk]: ids for pk, ids in targets.items()})
    # One level further: what the placed library items link to (rich-text links, images), in every version.
    item_ids = defaultdict(set)
    for (type_id, _object_id), versions in referenced.items():
        if type_id != page_type.pk and versions and isinstance(versions[0], list):
            item_ids[content_types[type_id]].update(dict(version)["id"] for version in versions)
    item_references, item_targets = references_from(item_ids)
    item_types = ContentType.objects.in_bulk(list(item_targets))
    item_referenced = referenced_rows({item_types[pk]: ids for pk, ids in item_targets.items()})
    # Which pages readers can get now: expiry dates pass and view restrictions change no page row.
    visible = set(live_pages().values_list("pk", flat=True))
    # The pages themselves with their translations, and the article lists of home pages.
    own = referenced_rows({page_type: [page.pk for page in pages]})
    children = defaultdict(list)
    home_ids = {page.pk for page in pages if isinstance(page, HomePage)} | set(fallback_homes.values())
    for home in Page.objects.filter(pk__in=home_ids):
        children[home.pk] = rows(Page.objects.child_of(home))
    fingerprints = {}
    for page in pages:
        used = []
        for to_type, to_id in sorted(set(references[(page_type.pk, str(page.pk))])):
            rows_of_target = referenced.get((int(to_type), to_id))
            further = sorted(
                (target, item_referenced.get((int(target[0]), target[1])))
                for version in (rows_of_target if isinstance(rows_of_target, list) else [])
                if isinstance(version, list)
                for target in item_references.get((int(to_type), str(dict(version)["id"])), [])
            )
            used.append(((to_type, to_id), rows_of_target, further))
        lists = (
            (children.get(page.pk), children.get(fallback_homes.get(page.pk))) if isinstance(page, HomePage) else None
        )
        mentioned = page_ids_in([own[(page_type.pk, str(page.pk))], used, lists])
        fingerprints[page.pk] = digest(own[(page_type.pk, str(page.pk))], used, lists, sorted(mentioned & visible))
    return fingerprints


def page_ids_in(data) -> set[int]:
    """Ids of the Page rows inside fingerprint material (each row a sorted list of (field, value) pairs)."""
    found = set()
    if isinstance(data, list | tuple):
        pairs = dict(data) if data and all(isinstance(item, tuple) and len(item) == 2 for item in data) else None
        if pairs is not None and "url_path" in pairs and "id" in pairs:
            found.add(pairs["id"])
        for item in data:
            found |= page_ids_in(item)
    return found
