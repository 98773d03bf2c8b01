"""A large site, built fast: N articles in English and Spanish and M library items of each kind per locale.

    DATABASE_URL=postgres://… .venv/bin/python -m bench.big_site --articles 10000 --items 1000

On top of the demo (loaded first if missing, as `manage.py load_demo` does), with rows written in bulk
instead of one save and publish per object (which takes hours at this size), but every row what Wagtail
itself would have written: each page a tree node with its path, depth and url_path under its locale's home,
live, with a published revision as its live and latest revision; each Spanish article the translation of an
English one (one translation_key); library items live with a revision each, their Spanish versions sharing
the English item's translation_key; Wagtail's reference index filled (the "Where this is used" panel and
the cache invalidation of exporters/signals.py read it) and the search index too. At the end the "site"
content version is bumped, so no cached response from before is served.

Article n places myth n % M, benefits and risks n % M and (n + 1) % M, and location n % M, in its locale.
Running it again adds another batch under new slugs. Settings: bench.settings (DATABASE_URL picks the
database); bench/scale.py calls build().
"""

import argparse
import os
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

BATCH = 1000  # Rows per INSERT: large enough to be fast, small enough for PostgreSQL's parameter limit.


def setup_django() -> None:
    import django

    django.setup()


def item_builders():
    """kind -> (model, build(n, language)) of a valid live item, numbered n."""
    import datetime

    from cms.models import Benefit, Location, Myth, Risk

    reviewed = {"last_reviewed": datetime.date(2026, 1, 15), "reviewed_by": "Generated Reviewer, MD"}
    words = {
        "en": ("Myth", "Facts", "Benefit", "Risk", "Clinic"),
        "es": ("Mito", "Hechos", "Beneficio", "Riesgo", "Clínica"),
    }

    def myth(n, lang):
        w = words[lang]
        return Myth(myth=f"{w[0]} {n}", facts=f"<p>{w[1]} {n}.</p>", **reviewed)

    def benefit(n, lang):
        return Benefit(title=f"{words[lang][2]} {n}", description=f"<p>{words[lang][2]} {n}.</p>", **reviewed)

    def risk(n, lang):
        frequency = ("common", "uncommon", "rare")[n % 3]
        return Risk(name=f"{words[lang][3]} {n}", frequency=frequency, mitigation=f"Monitoring {n}.", **reviewed)

    def location(n, lang):
        return Location(
            name=f"{words[lang][4]} {n}", street=f"{n} Main St", city="Anchorage", state="AK", postal_code="99503",
            phone="+19075550100", latitude="61.217400", longitude="-149.863100",
            booking_url="https://clinic.example/book",
        )  # fmt: skip

    return {
        "myths": (Myth, myth),
        "benefits": (Benefit, benefit),
        "risks": (Risk, risk),
        "locations": (Location, location),
    }


def with_revisions(model, objects, now, base_model=None) -> None:
    """A Revision per object (its content as Wagtail serializes it), set as its live and latest revision."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Revision

    content_type = ContentType.objects.get_for_model(model)
    base_content_type = ContentType.objects.get_for_model(base_model or model)
    revisions = [
        Revision(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=str(obj.pk),
            content=obj.serializable_data(),
            created_at=now,
            object_str=str(obj)[:255],
        )
        for obj in objects
    ]
    Revision.objects.bulk_create(revisions, batch_size=BATCH)
    for obj, revision in zip(objects, revisions, strict=True):
        obj.live_revision_id = obj.latest_revision_id = revision.pk
    target = base_model or model
    rows = [target(pk=obj.pk, live_revision_id=obj.live_revision_id, latest_revision_id=obj.latest_revision_id)
            for obj in objects]  # fmt: skip
    fields = ["live_revision_id", "latest_revision_id"]
    if base_model is not None:
        fields.append("latest_revision_created_at")
        for row in rows:
            row.latest_revision_created_at = now
    target.objects.bulk_update(rows, fields, batch_size=BATCH)


def index_references(objects) -> None:
    """Wagtail's reference index rows for these objects, as ReferenceIndex.create_or_update_for_object makes."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import ReferenceIndex

    rows = []
    for obj in objects:
        chain = [type(obj), *obj._meta.get_parent_list()]
        content_type = ContentType.objects.get_for_model(chain[0], for_concrete_model=False)
        base_content_type = ContentType.objects.get_for_model(chain[-1], for_concrete_model=False)
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        ):
            rows.append(
                ReferenceIndex(
                    content_type=content_type, base_content_type=base_content_type, object_id=str(obj.pk),
                    to_content_type_id=to_content_type_id, to_object_id=to_object_id, model_path=model_path,
                    content_path=content_path, content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )  # fmt: skip
    ReferenceIndex.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)


def index_for_search(model, objects) -> None:
    from wagtail.search.backends import get_search_backends

    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(objects), BATCH):
            backend.add_bulk(model, objects[start : start + BATCH])


def make_library(count: int, locales: dict, now) -> dict:
    """`count` live items of each kind in each locale; the Spanish ones translate the English ones."""
    from django.db.models import Max

    from cms.models import Location

    library = {}
    for kind, (model, build) in item_builders().items():
        start = (model.objects.aggregate(Max("pk"))["pk__max"] or 0) + 1  # Distinct names on a second run.
        keys = [uuid.uuid4() for _ in range(count)]
        for language, locale in locales.items():
            items = [build(start + n, language) for n in range(count)]
            for n, item in enumerate(items):
                item.locale, item.translation_key = locale, keys[n]
                item.live, item.has_unpublished_changes = True, False
                item.first_published_at = item.last_published_at = now - timedelta(seconds=n)
                if model is not Location:
                    item.full_clean(exclude=["translation_key", "locale"])  # What editors' forms check.
            items = model.objects.bulk_create(items, batch_size=BATCH)
            with_revisions(model, items, now)
            index_for_search(model, items)
            library[kind, language] = items
    return library


def article_body(n: int, library: dict, language: str, count: int, image_pk) -> list:
    def pk(kind, k):
        return library[kind, language][(n + k) % count].pk

    def block(type_, value):
        return {"type": type_, "value": value, "id": str(uuid.uuid4())}

    def items(kind):
        return [{"type": "item", "value": pk(kind, k), "id": str(uuid.uuid4())} for k in (0, 1)]

    body = [
        block("heading", {"text": f"Section {n}", "level": "h2"}),
        block("paragraph", f"<p>Paragraph {n} of a generated article.</p>"),
        block("myth", {"myth": pk("myths", 0)}),
        block("benefits", {"heading": "", "intro": "", "benefits": items("benefits")}),
        block("risks", {"heading": "", "intro": "", "risks": items("risks")}),
        block("locations", {"heading": "", "locations": [{"type": "item", "value": pk("locations", 0),
                                                          "id": str(uuid.uuid4())}]}),
        block("disclaimer", {"text": ""}),
    ]  # fmt: skip
    if image_pk is not None:
        body.insert(2, block("image", {"image": image_pk, "alt_text": f"Illustration {n}", "caption": ""}))
    return body


def insert_articles(home, articles: list) -> None:
    """Insert ArticlePages under `home` in bulk: the Page rows (tree nodes), then the ArticlePage rows."""
    from wagtail.models import Page

    from cms.models import ArticlePage

    home.refresh_from_db(fields=["numchild"])
    first_step = home.numchild + 1
    page_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    for i, article in enumerate(articles):
        article.depth = home.depth + 1
        article.path = Page._get_path(home.path, article.depth, first_step + i)
        article.numchild = 0
        article.url_path = f"{home.url_path}{article.slug}/"
    rows = [Page(**{name: getattr(article, name) for name in page_fields}) for article in articles]
    Page.objects.bulk_create(rows, batch_size=BATCH)
    for article, row in zip(articles, rows, strict=True):
        article.pk = article.id = article.page_ptr_id = row.pk
    local_fields = ArticlePage._meta.local_concrete_fields
    for start in range(0, len(articles), BATCH):
        ArticlePage._base_manager._insert(articles[start : start + BATCH], fields=local_fields, raw=True)
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + len(articles))


def make_articles(count: int, library: dict, homes: dict, items: int, now, image_pk) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction

    from wagtail.models import Page

    from cms.models import ArticlePage

    content_type = ContentType.objects.get_for_model(ArticlePage)
    tag = uuid.uuid4().hex[:6]  # A second run's slugs differ from the first's.
    titles = {"en": ("Generated article", "generated-article"), "es": ("Artículo generado", "articulo-generado")}
    for start in range(0, count, BATCH):
        numbers = range(start, min(start + BATCH, count))
        keys = {n: uuid.uuid4() for n in numbers}
        with transaction.atomic():
            for language, home in homes.items():
                title, slug = titles[language]
                articles = []
                for n in numbers:
                    published = now - timedelta(minutes=n)  # Newest first on the home page: article 0.
                    articles.append(
                        ArticlePage(
                            title=f"{title} {n}", draft_title=f"{title} {n}", slug=f"{slug}-{tag}-{n}",
                            content_type=content_type, locale=home.locale, translation_key=keys[n],
                            live=True, has_unpublished_changes=False, first_published_at=published,
                            last_published_at=published, search_description=f"{title} {n}, for the scale benchmark.",
                            seo_title="", intro=f"<p>{title} {n}.</p>",
                            body=article_body(n, library, language, items, image_pk),
                            conclusion_heading="", conclusion="", call_to_action=[], locations=[],
                            last_reviewed=None, reviewed_by="",
                        )
                    )  # fmt: skip
                insert_articles(home, articles)
                with_revisions(ArticlePage, articles, now, base_model=Page)
                index_references(articles)
                index_for_search(ArticlePage, articles)
        if count > BATCH:
            print(f"  {numbers[-1] + 1} of {count} articles in {len(homes)} locales", file=sys.stderr)


def build_content(articles: int, items: int, with_image: bool = True) -> dict:
    """Add the library items and articles to a database that has the demo. Returns timings in seconds."""
    from django.db import transaction
    from django.utils import timezone

    from wagtail.models import Locale

    from cms.demo import generate
    from cms.models import HomePage
    from exporters.models import ContentVersion

    locales = {language: Locale.objects.get(language_code=language) for language in ("en", "es")}
    homes = {language: HomePage.objects.get(locale=locale) for language, locale in locales.items()}
    now = timezone.now()
    timings = {}
    started = time.perf_counter()
    with transaction.atomic():
        library = make_library(items, locales, now)
    timings["library"] = time.perf_counter() - started

    started = time.perf_counter()
    image = generate.make_images(1, prefix="big-site")[0] if articles and with_image else None
    make_articles(articles, library, homes, items, now, image.pk if image else None)
    timings["articles"] = time.perf_counter() - started
    ContentVersion.bump()  # Rows written behind the signals' back: nothing cached before is current.
    return timings


def build(articles: int, items: int) -> dict:
    """Build the site on the configured database (migrated, demo loaded if missing). Returns timings."""
    from django.core.management import call_command

    from cms.demo.loader import DemoLoader

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    DemoLoader().load()
    demo = time.perf_counter() - started
    return {"demo": demo, **build_content(articles, items)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="Articles per locale (en and es).")
    parser.add_argument("--items", type=int, default=100, help="Library items of each kind per locale.")
    args = parser.parse_args()
    if args.items < 2:
        parser.error("--items must be at least 2 (an article places two of each list).")
    setup_django()
    started = time.perf_counter()
    timings = build(args.articles, args.items)
    total = time.perf_counter() - started
    print(
        f"Built {args.articles} articles x 2 locales and {args.items} items of each kind per locale in {total:.0f} s "
        f"(demo {timings['demo']:.1f} s, library {timings['library']:.1f} s, articles {timings['articles']:.1f} s)."
    )


if __name__ == "__main__":
    main()
