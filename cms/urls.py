from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from exporters.brochure.views import brochure_pdf

urlpatterns = [
    path("api/v1/", include("exporters.api_json.urls")),
    path("brochures/<slug:slug>.pdf", brochure_pdf, name="brochure-pdf"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages are served per locale: /en/..., /es/...
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
