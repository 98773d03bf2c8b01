from django.apps import AppConfig


class ExportersConfig(AppConfig):
    name = "exporters"
    verbose_name = "Exporters"

    def ready(self):
        from . import signals  # noqa: F401
        from .brochure import checks  # noqa: F401
