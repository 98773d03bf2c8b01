from django.apps import AppConfig


class ExportersConfig(AppConfig):
    name = "exporters"
    verbose_name = "Exporters"

    def ready(self):
        from . import (  # noqa: F401
            checks,  # noqa: F401
            on_publish,
            renditions_on_publish,
            signals,
        )
