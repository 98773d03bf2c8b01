import re
from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve

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
    """The media files readers may fetch: images and their renditions, each folder by itself.

    Served by the app in development (DEBUG) and, with CMS_SERVE_MEDIA, on one machine with local files
    (`make prod`, behind Varnish, which caches them). Documents are served by Wagtail's view under
    /documents/, which checks their collection's view restrictions; serving the whole media folder would hand
    out private documents by their file name. Django's `serve` refuses paths that leave the folder. With media
    in a bucket (CMS_MEDIA_S3_BUCKET) MEDIA_URL is the bucket's address, which no request path matches.
    """
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [
        re_path(rf"^{prefix}{folder}/(?P<path>.+)$", serve, {"document_root": Path(settings.MEDIA_ROOT) / folder})
        for folder in ("original_images", "images")
    ]


if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.CMS_SERVE_MEDIA:
    urlpatterns += public_media_urlpatterns()

# Pages are served per locale: /en/..., /es/...
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
