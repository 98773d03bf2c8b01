"""The change feed's app: its own tables and migrations, below the channels (exporters/changes/__init__.py)."""

from django.apps import AppConfig


class ChangesConfig(AppConfig):
    name = "exporters.changes"
    label = "changes"
    verbose_name = "Change feed"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import on_content  # noqa: F401  (connects the content's signals)
