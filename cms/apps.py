from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core import checks
        from django.db.models.signals import pre_save

        from wagtail.signals import page_published, published

        from .control_characters import strip_controls
        from .library_kinds import every_library_model_is_a_kind
        from .review.workflow import clear_unreviewed_stamp

        checks.register(every_library_model_is_a_kind)
        pre_save.connect(strip_controls, dispatch_uid="cms-strip-control-characters")

        published.connect(clear_unreviewed_stamp, dispatch_uid="cms-review-stamp-snippet")
        page_published.connect(clear_unreviewed_stamp, dispatch_uid="cms-review-stamp-page")
