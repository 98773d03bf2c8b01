"""The History row, and `Shown` seeded with what the public may read when the feed is installed: without it,
unpublishing what was published before would not be told (the feed tells only what it showed).

Historical models, so the rule is spelled out here as exporters/live.py and cms/schedule.py have it: live,
not past its expiry date, and for pages one of our types with no view restriction on it or above it.
"""

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

LIBRARY = {"myth": "myths", "benefit": "benefits", "risk": "risks", "location": "locations"}
PAGE_TYPES = ["homepage", "articlepage"]


def seed(apps, schema_editor):
    db = schema_editor.connection.alias
    History, Shown = apps.get_model("changes", "History"), apps.get_model("changes", "Shown")
    History.objects.using(db).get_or_create(pk=1)
    readable = Q(live=True) & (Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_types = ContentType.objects.using(db).filter(app_label="cms", model__in=PAGE_TYPES)
    restrictions = apps.get_model("wagtailcore", "PageViewRestriction").objects.using(db)
    restricted = list(restrictions.values_list("page__path", flat=True))
    rows = [
        Shown(kind="page", object_id=pk, locale=code)
        for pk, path, code in apps.get_model("wagtailcore", "Page").objects.using(db)
        .filter(readable, content_type__in=page_types).values_list("pk", "path", "locale__language_code")
        if not any(path.startswith(prefix) for prefix in restricted)
    ]  # fmt: skip
    for model_name, kind in LIBRARY.items():
        items = apps.get_model("cms", model_name).objects.using(db).filter(readable)
        found = items.values_list("pk", "locale__language_code")
        rows += [Shown(kind=kind, object_id=pk, locale=code) for pk, code in found]
    Shown.objects.using(db).bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [("changes", "0001_initial"), ("cms", "0005_strip_control_characters"),
                    ("wagtailcore", "__latest__"), ("contenttypes", "__latest__")]  # fmt: skip

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
