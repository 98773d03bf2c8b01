"""The renditions a published page, brochure or library item shows, built right after it is published.

When a publish commits, a task (django-tasks: inline by default, on a worker when TASKS names a queue
backend) makes every rendition the channels will ask for: each image the object holds (in any StreamField
or image field), in every width of the web (exporters.context) and of print (exporters.brochure.options).
The brand's logo, on every page and brochure, is built when the brand settings are saved. The first reader
then finds them built instead of building them.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.signals import published

from django_tasks import task

from cms.channels import channels
from cms.models import BrandSettings

from .context import IMAGE_WIDTHS as WEB_WIDTHS
from .context import iter_instances
from .renditions import renditions_of, width_specs

logger = logging.getLogger(__name__)


def rendition_specs() -> list[str]:
    """Every width any channel asks for: the Document's, and those a channel declares (print's).

    A brochure has no web page and a home page is never printed: the few small renditions they do not
    need cost less than telling the channels apart here."""
    widths = {*WEB_WIDTHS, *(width for channel in channels() for width in channel.image_widths)}
    return width_specs(sorted(widths))


def images_in(obj) -> list:
    """The images `obj` shows: those placed in its StreamFields and those its fields choose."""
    found = {}
    for field in obj._meta.concrete_fields:
        if isinstance(field, StreamField):
            values = iter_instances(getattr(obj, field.name))
        elif field.is_relation and issubclass(field.related_model, AbstractImage):
            values = [getattr(obj, field.name)]
        else:
            continue
        found.update({value.pk: value for value in values if isinstance(value, AbstractImage)})
    return list(found.values())


@task()
def build_renditions(model_label: str, pk: int) -> int:
    """Build the renditions of what the object shows; returns how many images were looked at."""
    obj = apps.get_model(model_label)._default_manager.filter(pk=pk).first()
    if obj is None:
        return 0  # Deleted before the task ran.
    images = images_in(obj)
    for image in images:
        try:
            renditions_of(image, rendition_specs())  # Over the pixel limit: logged and left out, as for readers.
        except OSError:  # Wagtail's SourceImageIOError: the file is gone; readers leave the image out.
            logger.warning("Image %s (%s) has no readable file; no renditions made.", image.pk, image.title)
    return len(images)


def content_published(sender, instance, **kwargs) -> None:
    if not images_in(instance):
        return  # Most library items: nothing to build.
    label, pk = instance._meta.label, instance.pk
    # After the commit: a worker must find the published row, and a rollback builds nothing.
    transaction.on_commit(lambda: build_renditions.enqueue(label, pk))


# Wagtail sends `published` for pages too (after page_published), with the specific page.
published.connect(content_published, dispatch_uid="cms-renditions-on-published")
post_save.connect(content_published, sender=BrandSettings, dispatch_uid="cms-renditions-on-brand-saved")
