"""Previews show the library items an editor is working on: each placed item's latest revision, draft or live.

Readers get the live version of a placed item (cms.models.library.shown_version). An editor previewing a
draft page needs more: the items the importer created as drafts waiting for medical review, and the newer
draft of a live item, which readers do not get yet. `latest_versions` fetches those in one query, and marks
every version that is not the live one (`is_draft`), so that each channel's preview can say so.

Only previews call this (exporters/context.py decides, from Wagtail's `request.is_preview`): nothing that
readers get (live pages, the API, exports, brochures, feeds, caches) ever holds a draft.
"""

from functools import partial

from django.db.models import Q

from cms.models.review import as_unreviewed
from cms.schedule import is_readable, readable

DRAFT_ATTRIBUTE = "previewed_draft"


def mark_draft(item):
    """`item` is shown from an unpublished version (a saved draft, or the edit form's): not reviewed yet."""
    setattr(item, DRAFT_ATTRIBUTE, True)
    return as_unreviewed(item)  # A draft must not claim the last approved version's medical review.


def is_draft(item) -> bool:
    return getattr(item, DRAFT_ATTRIBUTE, False)


def latest_versions(model, translation_keys, locale_ids) -> dict[tuple, dict[int, object]]:
    """{(model, translation key): {locale id: version}}: each item's latest revision if it has unpublished
    changes (a draft never published, or a live item's newer draft), else its live row if readers may read it.

    One query: the revisions come with the rows (`latest_revision`), and the locale too, which Wagtail copies
    onto the object it builds from a revision.
    """
    rows = (
        model.objects.filter(translation_key__in=translation_keys, locale_id__in=locale_ids)
        .filter(readable() | Q(has_unpublished_changes=True))
        .select_related("latest_revision", "locale")
    )
    versions: dict[tuple, dict[int, object]] = {}
    for row in rows:
        version = row
        if row.has_unpublished_changes and row.latest_revision is not None:
            version = mark_draft(revision_as_object(row))
        elif not is_readable(row):  # A draft saved without a revision (by code): the row holds it.
            mark_draft(row)
        versions.setdefault((model, row.translation_key), {})[row.locale_id] = version
    return versions


def revision_as_object(row):
    """`row`'s latest revision as an object, as Wagtail's `with_content_json` builds it (keeping the row's
    identity, locale and publishing state), without its check that each foreign key of the revision still
    exists: a query per key and per item. Those keys are the locale and latest revision, which the row's
    replace, and the live revision and locker, which no channel reads."""
    row.from_serializable_data = partial(type(row).from_serializable_data, check_fks=False)  # Read by the next line.
    return row.with_content_json(row.latest_revision.content)
