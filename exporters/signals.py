"""Anything published, unpublished or deleted makes cached channel output stale."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, published, unpublished

from cms.models import BrandDisclaimerTranslation, BrandSettings, LibraryItem

from .api_json.caching import content_changed

# A moved or renamed page changes the URLs other responses link to.
for signal in (page_published, page_unpublished, published, unpublished, page_slug_changed, post_page_move):
    signal.connect(content_changed, dispatch_uid=f"cms-api-{signal}")
post_delete.connect(content_changed, sender=Page, dispatch_uid="cms-api-page-deleted")
for model in (BrandSettings, BrandDisclaimerTranslation):
    post_save.connect(content_changed, sender=model, dispatch_uid=f"cms-api-{model.__name__}-saved")
    post_delete.connect(content_changed, sender=model, dispatch_uid=f"cms-api-{model.__name__}-deleted")


def library_item_deleted(sender, **kwargs):
    if issubclass(sender, LibraryItem):
        content_changed()


post_delete.connect(library_item_deleted, dispatch_uid="cms-api-library-deleted")
