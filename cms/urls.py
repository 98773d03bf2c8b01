from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.channels import public_urlpatterns

urlpatterns = [
    *public_urlpatterns(),  # The channels' own: /api/v1/…, /brochures/<slug>.pdf.
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]


def public_media_urlpatterns() -> list:
    """The media files readers may fetch, served in development (DEBUG): images and their renditions.

    Documents are served by Wagtail's view under /documents/, which checks their collection's view
    restrictions; serving the whole media folder would hand out private documents by their file name. With media
    in a bucket (CMS_MEDIA_S3_BUCKET) MEDIA_URL is the bucket's address and `static` adds no pattern.
    """
    return [
        pattern
        for folder in ("original_images", "images")
        for pattern in static(f"{settings.MEDIA_URL}{folder}/", document_root=Path(settings.MEDIA_ROOT) / folder)
    ]


if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += public_media_urlpatterns()

# Pages are served per locale: /en/..., /es/...
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
