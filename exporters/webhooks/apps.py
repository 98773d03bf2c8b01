from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Webhooks: endpoints, their delivery log, and the receiver of the change feed's signal."""

    name = "exporters.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from exporters.changes.signals import changes_committed

        from . import checks  # noqa: F401
        from .receivers import enqueue_deliveries

        changes_committed.connect(enqueue_deliveries, dispatch_uid="webhooks.enqueue_deliveries")
