"""What the content's signals record in the change log (recording.settle compares what the public may read
now with what the feed told readers, so each receiver only says which objects to look at and what to call
a change):

- A page or library item saved (publish, unpublish, a scheduled go-live or expiry, any direct save):
  published if it became readable, changed if it was and is, unpublished (expired, past its expiry date)
  if it was and is not. Draft saves, locks and new drafts write only fields readers never see: nothing.
- A page whose URL changes (a move, or a slug changed by a publish): moved, for it and every page below
  it, since all their addresses changed; a move under a view restriction unpublishes them.
- A view restriction added: the pages under it are no longer public, so unpublished; removed: published
  again (readers were told they went away). Restricted content never appears in the feed.
- A page (with its subtree: one signal per page) or library item deleted: deleted, with its id.
- A library item's change told (any of the above): changed, for the readable pages that place it or any
  of its translations (Wagtail's reference index), since the API serves pages with their items inline: a
  frontend refetches exactly the pages whose response changed.

Each translation is its own object, with its own id and locale, as in the API.
"""

from django.db import connections, transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from exporters.signals import DRAFT_FIELDS, referencing, with_translations

from .kinds import PAGE, kind_name, model_of, readable_objects
from .models import CHANGED, DELETED, EXPIRED, MOVED, UNPUBLISHED
from .recording import committing_block, settle


def readable_now(kind: str, pks, using="default") -> dict:
    """{pk: language code} of those of `pks` the public may read now."""
    found = readable_objects(kind).using(using).filter(pk__in=pks)
    return dict(found.values_list("pk", "locale__language_code"))


def subtree(page, using="default") -> list[int]:
    return list(Page.objects.using(using).filter(path__startswith=page.path).values_list("pk", flat=True))


def past_expiry(obj) -> bool:
    return bool(getattr(obj, "expired", False)) or (obj.expire_at is not None and obj.expire_at <= timezone.now())


def only_drafts(update_fields) -> bool:
    return update_fields is not None and set(update_fields) <= DRAFT_FIELDS


def content_saving(sender, instance, raw=False, using="default", update_fields=None, **kwargs) -> None:
    """Before a page's row is written: its URL path as stored, to tell a move or a new slug after."""
    if raw or not issubclass(sender, Page) or instance.pk is None or only_drafts(update_fields):
        return
    stored = Page.objects.using(using).filter(pk=instance.pk).values_list("url_path", flat=True).first()
    instance._changes_url_path_before = stored


def pages_placing(kind: str, pks, using="default") -> list:
    """The changes told for the readable pages that place these items (or their translations)."""
    model = model_of(kind)
    placing = referencing({model: with_translations(model, pks)}).get(Page, set())
    if not placing:
        return []
    return settle(PAGE, placing, readable_now(PAGE, placing, using), touched=CHANGED, hidden=UNPUBLISHED, using=using)


def told(kind: str, pks, readable: dict, using="default", **how) -> list:
    """settle(), and for library items whose change was told, the pages that place them: one transaction."""
    with transaction.atomic(using=using):
        changes = settle(kind, pks, readable, using=using, **how)
        if changes and kind != PAGE:
            changes += pages_placing(kind, [change.object_id for change in changes], using)
    return changes


def content_saved(sender, instance, created=False, raw=False, using="default", update_fields=None, **kwargs):
    kind = kind_name(sender)
    if raw or kind is None or only_drafts(update_fields) or (created and not instance.live):
        return
    hidden = EXPIRED if past_expiry(instance) else UNPUBLISHED
    before = getattr(instance, "_changes_url_path_before", None)
    if kind == PAGE and before is not None and before != instance.url_path:
        pks, touched = subtree(instance, using), MOVED
    else:
        pks, touched = [instance.pk], CHANGED
    told(kind, pks, readable_now(kind, pks, using), touched=touched, hidden=hidden, using=using)


def pages_deleting(using) -> set:
    """The pages this transaction is deleting: a restriction deleted with its page must not publish it."""
    connection = connections[using]
    block = committing_block(connection)
    found = getattr(connection, "cms_pages_deleting", None)
    if found is None or found[0] is not block:
        found = connection.cms_pages_deleting = (block, set())
    return found[1]


def content_deleting(sender, instance, using="default", **kwargs) -> None:
    # Deleting a page deletes the Page row of it and of every page below it: one signal per page, sent for
    # the Page row (its specific row sends its own, not needed).
    kind = PAGE if sender is Page else (None if issubclass(sender, Page) else kind_name(sender))
    if kind is None:
        return
    if kind == PAGE:
        pages_deleting(using).add(instance.pk)
    told(kind, [instance.pk], {}, hidden=DELETED, using=using)


def restriction_changed(sender, instance, using="default", **kwargs) -> None:
    page = Page.objects.using(using).filter(pk=instance.page_id).first()
    if page is None:
        return
    pks = [pk for pk in subtree(page, using) if pk not in pages_deleting(using)]
    settle(PAGE, pks, readable_now(PAGE, pks, using), hidden=UNPUBLISHED, using=using)


pre_save.connect(content_saving, dispatch_uid="changes-content-saving")
post_save.connect(content_saved, dispatch_uid="changes-content-saved")
pre_delete.connect(content_deleting, dispatch_uid="changes-content-deleting")
post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="changes-restriction-saved")
post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="changes-restriction-deleted")
