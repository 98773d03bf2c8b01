"""Image renditions for readers: each built once, and never from an original over the pixel limit.

Building a rendition decodes the whole original (about 4 bytes a pixel), so the first readers of a new
image used to decode it once each, at the same time. Here the first one builds while the others wait on
the image's lock, then find the renditions in the database.

The lock is a file lock (exporters/locks.py) under var/locks/: it holds between threads and between processes
whatever the cache (in-process by default) and the database (SQLite or PostgreSQL) are, and the kernel
releases it when its holder dies, so a builder killed mid-way leaves no stale lock. One lock per image,
not per size: the cost is decoding the original, which the sizes share, and one build at a time bounds
the memory an image can take. It serializes one host: with media on object storage (cms/settings/
media_storage.py) every app server finds the renditions any of them built, in the shared database and bucket;
two hosts building the same missing one at the same moment both decode the original, and Wagtail keeps one
(a unique constraint; the other's file stays in the bucket unused).

An image stored before the limit (settings.CMS_MAX_IMAGE_MEGAPIXELS) that exceeds it gets no renditions:
readers get the page without it, and the log names it so an editor can upload a smaller file.
"""

import logging

from django.conf import settings

from wagtail.images.models import Filter

from .locks import file_lock

logger = logging.getLogger(__name__)


def width_specs(widths) -> list[str]:
    """The filter specs of images `widths` pixels wide (Wagtail's width filter never enlarges an original)."""
    return [f"width-{width}" for width in widths]


def over_pixel_limit(image) -> bool:
    return image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def building(image):
    """Held while the image's renditions are built: one builder at a time, across threads and processes."""
    return file_lock(settings.VAR_DIR / "locks" / "renditions" / f"image-{image.pk}.lock")


def renditions_of(image, specs) -> dict | None:
    """{spec: rendition} of the image, built if missing; None for an image over the pixel limit.

    Renditions prefetched on the image (exporters.context) are used without a query.
    """
    if over_pixel_limit(image):
        logger.warning(
            "Image %s (%s) is %s×%s pixels, over the %s megapixel limit: left out; upload a smaller file.",
            image.pk, image.title, image.width, image.height, settings.CMS_MAX_IMAGE_MEGAPIXELS,
        )  # fmt: skip
        return None
    filters = [Filter(spec=spec) for spec in specs]
    found = image.find_existing_renditions(*filters)
    if len(found) < len(filters):
        with building(image):
            # Another reader may have built them while this one waited: look again, in the database this
            # time (a fresh instance has no prefetched renditions, which Wagtail would take as all there is).
            image = type(image).objects.get(pk=image.pk)
            found = image.find_existing_renditions(*filters)
            for filter in filters:
                if filter not in found:
                    # One size at a time (Wagtail's get_renditions decodes the original in three threads at
                    # once): one decoded original in memory per build.
                    found[filter] = image.create_rendition(filter)
    return {filter.spec: found[filter] for filter in filters}
