"""Anything the channels show that is saved, deleted, moved or renamed changes the content version.

Saving covers publishing and unpublishing (both save the row), view restrictions, expiry dates, images,
locales, sites and brand settings. A draft save changes it too: cheaper to rebuild than to miss a case.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_slug_changed, post_page_move

from cms.models import BrandDisclaimerTranslation, BrandSettings, LibraryItem

from .models import ContentVersion

WATCHED = (Page, PageViewRestriction, Locale, Site, BrandSettings, BrandDisclaimerTranslation)


def content_changed(sender=None, **kwargs) -> None:
    ContentVersion.bump()


def model_changed(sender, **kwargs) -> None:
    if issubclass(sender, (*WATCHED, LibraryItem, get_image_model())):
        ContentVersion.bump()


post_save.connect(model_changed, dispatch_uid="cms-content-saved")
post_delete.connect(model_changed, dispatch_uid="cms-content-deleted")
# Moving a page rewrites the URL paths of its subtree with a queryset update, which sends no post_save.
post_page_move.connect(content_changed, dispatch_uid="cms-page-moved")
page_slug_changed.connect(content_changed, dispatch_uid="cms-page-renamed")
