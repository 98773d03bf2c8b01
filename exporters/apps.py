from django.apps import AppConfig


class ExportersConfig(AppConfig):
    name = "exporters"
    verbose_name = "Exporters"

    def ready(self):
        from . import on_publish, renditions_on_publish, signals  # noqa: F401
        from . import checks  # noqa: F401
