"""What a change invalidates: the content version scopes (exporters/models.py) it bumps.

- A page or library item row saved: publishing and unpublishing (both save the whole row), an expiry date,
  any direct save. It bumps the scopes of the object in every translation, the page list ("pages"), and,
  by Wagtail's reference index, the pages and items that place or link to any of its translations (pages
  place the original item and show any translation of it), and the pages that place those items.
  Brochures place items too but have no API endpoint.
- A draft save (save_revision), a lock or a new draft (a row created not live) writes only bookkeeping
  fields nobody reads from the API: nothing is bumped. Wagtail's published/page_published signals are not
  needed: every publish and unpublish saves the row, so they would only bump a second time.
- A library item deleted: the same scopes, found before the row goes (the reference index forgets
  references to a deleted object on post_delete).
- A page deleted (with its subtree), moved or renamed; view restrictions, locales, sites, images, brand
  settings and disclaimers: "site", which every response depends on.

Each bump also purges the same scopes, as cache tags, from the HTTP caches in front once the transaction
commits (exporters/purge/), and the brochure PDFs with them: a PDF is cached by what it prints, not by scope,
so any change to content, and a brochure published, unpublished or deleted, purges them all (few, and the
PDF cache keeps their rendering).
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.images import get_image_model
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_slug_changed, post_page_move

from cms.models import BrandDisclaimerTranslation, BrandSettings, Brochure, LibraryItem

from .http.cache_tags import BROCHURES
from .models import PAGES, SITE, ContentVersion, item_scope, library_scope, page_scope
from .purge.after_commit import purge_after_commit

SITE_WIDE = (PageViewRestriction, Locale, Site, BrandSettings, BrandDisclaimerTranslation)
# What Wagtail writes to the row when an editor saves a draft, locks, comments or adds a child page
# (Page.save_revision, DraftStateMixin._update_from_revision, LockView, treebeard): never what readers see.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        COMMENTS_RELATION_NAME,
    }
)
# Wagtail fills these in on an image row the first time it needs them; the image itself is unchanged.
IMAGE_BOOKKEEPING = frozenset({"file_hash", "file_size"})


def bump(scopes) -> None:
    """New versions of `scopes` now, in the transaction; their tags purged from the HTTP caches after it."""
    scopes = set(scopes)
    ContentVersion.bump(scopes)
    purge_after_commit({*scopes, BROCHURES})


def shown_whole(model) -> bool:
    """Models whose API responses are keyed per object. A library item is shown whole where it is placed."""
    return model is Page or issubclass(model, LibraryItem)


def with_translations(model, pks) -> set:
    """These objects and every translation of them: one query."""
    keys = model._default_manager.filter(pk__in=pks).values("translation_key")
    return set(model._default_manager.filter(translation_key__in=keys).values_list("pk", flat=True)) | set(pks)


def own_scopes(model, pks) -> set[str]:
    if model is Page:
        return {page_scope(pk) for pk in pks}
    return {library_scope(model), *(item_scope(model, pk) for pk in pks)}


def referencing(objects: dict) -> dict:
    """{model: pks} of the pages and library items that place or link to any of `objects` ({model: pks})."""
    condition = Q(pk__in=[])
    for model, pks in objects.items():
        # The index records the base content type of the target (Page for every page type).
        target_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        condition |= Q(to_content_type=target_type, to_object_id__in=[str(pk) for pk in pks])
    found = defaultdict(set)
    for type_id, object_id in ReferenceIndex.objects.filter(condition).values_list("base_content_type", "object_id"):
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is not None and shown_whole(model):
            found[model].add(int(object_id))
    return found


def scopes_showing(instance) -> set[str]:
    """The scopes of every response that shows `instance` (a page or library item) in any translation.

    The object; what places or links to it; and, through library items only (shown whole where they are
    placed), the pages that place those. A page that links to a page shows its address, not its content,
    so that goes no further. A few queries, however many pages there are.
    """
    model = Page if isinstance(instance, Page) else type(instance)
    changed = {model: with_translations(model, [instance.pk])}
    scopes = {PAGES, *own_scopes(model, changed[model])}
    placing = {model: with_translations(model, pks) for model, pks in referencing(changed).items()}
    for model, pks in placing.items():
        scopes |= own_scopes(model, pks)
    items = {model: pks for model, pks in placing.items() if model is not Page}
    if items:
        for model, pks in referencing(items).items():
            scopes |= own_scopes(model, with_translations(model, pks))
    return scopes


def site_changed(sender=None, **kwargs) -> None:
    bump([SITE])


def model_saved(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    if issubclass(sender, Page) or issubclass(sender, LibraryItem):
        if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
            return  # A draft saved, a lock, a comment: readers see the live row, which did not change.
        if created and not instance.live:
            return  # A new draft or untranslated copy: nobody reads it until it is published.
        bump(scopes_showing(instance))
    elif issubclass(sender, SITE_WIDE) or (
        issubclass(sender, get_image_model()) and (update_fields is None or not set(update_fields) <= IMAGE_BOOKKEEPING)
    ):
        bump([SITE])
    elif issubclass(sender, Brochure):
        if (update_fields is not None and set(update_fields) <= DRAFT_FIELDS) or (created and not instance.live):
            return
        purge_after_commit([BROCHURES])  # Only PDFs show a brochure; it has no content version.


def model_deleting(sender, instance, **kwargs) -> None:
    if issubclass(sender, LibraryItem):
        bump(scopes_showing(instance))
    elif issubclass(sender, Brochure):
        purge_after_commit([BROCHURES])


def model_deleted(sender, instance, **kwargs) -> None:
    # Deleting a page deletes the Page row of it and of every page below it: one signal per page.
    if sender is Page or issubclass(sender, (*SITE_WIDE, get_image_model())):
        bump([SITE])


post_save.connect(model_saved, dispatch_uid="cms-content-saved")
pre_delete.connect(model_deleting, dispatch_uid="cms-content-deleting")
post_delete.connect(model_deleted, dispatch_uid="cms-content-deleted")
# Moving a page rewrites the URL paths of its subtree with a queryset update, which sends no post_save.
post_page_move.connect(site_changed, dispatch_uid="cms-page-moved")
page_slug_changed.connect(site_changed, dispatch_uid="cms-page-renamed")
