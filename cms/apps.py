from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_save

        from wagtail.signals import page_published, published

        from .control_characters import strip_controls
        from .review.workflow import clear_unreviewed_stamp

        pre_save.connect(strip_controls, dispatch_uid="cms-strip-control-characters")

        published.connect(clear_unreviewed_stamp, dispatch_uid="cms-review-stamp-snippet")
        page_published.connect(clear_unreviewed_stamp, dispatch_uid="cms-review-stamp-page")
