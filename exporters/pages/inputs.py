"""What a web page is made from, as a fingerprint computed without rendering it.

The static export renders a page again only when its fingerprint changed. A page's output depends on:
its own live row and its translations (hreflang, the language switcher); every object it references, as
Wagtail's reference index records them (library items in every locale, for the fallback rule; linked pages
and their translations, for link addresses; images); a home page's article list; and what every page
shares: the brand, the templates, CSS and catalogs, the languages and their fallbacks, the site address.
A few queries for the whole site: one per referenced model, not one per page.
"""

import hashlib
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, ReferenceIndex, TranslatableMixin

from cms.models import BrandDisclaimerTranslation, BrandSettings, HomePage

EXPORTERS_DIR = Path(__file__).resolve().parent.parent
# Files whose change changes every page.
SHARED_FILES = [EXPORTERS_DIR / "templates" / "pages", EXPORTERS_DIR / "static" / "pages", *settings.LOCALE_PATHS]


def digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def rows(queryset) -> list:
    """Every stored value of the rows, in a stable order."""
    return sorted((sorted(row.items()) for row in queryset.values()), key=repr)


def shared_fingerprint(base_url: str) -> str:
    files = []
    for root in SHARED_FILES:
        for path in sorted(Path(root).rglob("*")):
            if path.is_file() and path.suffix != ".po":  # The compiled .mo is what pages read.
                files.append((str(path.relative_to(root)), hashlib.sha256(path.read_bytes()).hexdigest()))
    brand = rows(BrandSettings.objects.all()) + rows(BrandDisclaimerTranslation.objects.all())
    logos = [row.logo_id for row in BrandSettings.objects.all() if row.logo_id]
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return digest(files, brand, referenced_rows({ContentType.objects.get_for_model(image_model()): logos}),
                  languages, sorted(settings.CMS_LOCALE_FALLBACK.items(), key=repr), base_url)  # fmt: skip


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
                versions[row["translation_key"]].append(sorted(row.items()))
            for pk, key in keys.items():
                found[(content_type.pk, str(pk))] = sorted(versions[key], key=repr)
        else:
            for row in objects.values():
                found[(content_type.pk, str(row["id"]))] = sorted(row.items())
    return found


def page_fingerprints(pages, fallback_homes: dict) -> dict[int, str]:
    """{page id: fingerprint} for specific live pages. `fallback_homes`: home id -> the home it falls back to."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = [str(page.pk) for page in pages]
    references = defaultdict(list)
    targets = defaultdict(set)
    for source, to_type, to_id in ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=page_ids
    ).values_list("object_id", "to_content_type_id", "to_object_id"):
        references[source].append((to_type, to_id))
        targets[to_type].add(to_id)
    content_types = ContentType.objects.in_bulk(list(targets))
    referenced = referenced_rows({content_types[pk]: ids for pk, ids in targets.items()})
    # The pages themselves with their translations, and the article lists of home pages.
    own = referenced_rows({page_type: [page.pk for page in pages]})
    children = defaultdict(list)
    home_ids = {page.pk for page in pages if isinstance(page, HomePage)} | set(fallback_homes.values())
    for home in Page.objects.filter(pk__in=home_ids):
        children[home.pk] = rows(Page.objects.child_of(home))
    fingerprints = {}
    for page in pages:
        used = sorted((key, referenced.get((int(key[0]), key[1]))) for key in set(references[str(page.pk)]))
        lists = (
            (children.get(page.pk), children.get(fallback_homes.get(page.pk))) if isinstance(page, HomePage) else None
        )
        fingerprints[page.pk] = digest(own[(page_type.pk, str(page.pk))], used, lists)
    return fingerprints
