from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the product: the task worker and its heartbeat, /healthz, and the log of export runs."""

    name = "ops"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .inline_reference_index import keep_reference_index_inline

        keep_reference_index_inline()
