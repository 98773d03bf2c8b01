from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from wagtail.signals import page_published, published

        from PIL import Image

        # Pillow warns over this many pixels and refuses twice as many, wherever it decodes (admin thumbnails
        # of an image stored before the limit included): the same limit as uploads, not Pillow's 89 MP.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        from .review.workflow import clear_unreviewed_stamp

        published.connect(clear_unreviewed_stamp, dispatch_uid="cms-review-stamp-snippet")
        page_published.connect(clear_unreviewed_stamp, dispatch_uid="cms-review-stamp-page")
