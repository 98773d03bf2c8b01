"""Small builders for library items, published as editors publish them."""

import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PillowImage

from cms.models import Benefit, Location, Myth, Risk


def published(item):
    """Validate, save and publish a library item as the admin does; returns the live item.

    A review record given to the factory is kept as if a medical reviewer had approved this version (a
    plain publish clears it: cms/review/workflow.py).
    """
    record = {name: getattr(item, name) for name in ("last_reviewed", "reviewed_by") if hasattr(item, name)}
    item.full_clean()
    item.save()
    item.save_revision().publish()
    if any(record.values()):
        type(item).objects.filter(pk=item.pk).update(**record)
    item.refresh_from_db()
    return item


def reviewed(obj, on, by):
    """The record a medical reviewer's approval leaves (cms/review/workflow.py), on the live row."""
    type(obj).objects.filter(pk=obj.pk).update(last_reviewed=on, reviewed_by=by)
    obj.last_reviewed, obj.reviewed_by = on, by
    return obj


def myth(locale, text="Ketamine is only a party drug", facts="<p>It is an FDA-approved anesthetic.</p>", **fields):
    return published(Myth(locale=locale, myth=text, facts=facts, **fields))


def benefit(locale, title="Rapid relief", description="<p>Within hours.</p>", **fields):
    return published(Benefit(locale=locale, title=title, description=description, **fields))


def risk(locale, name="Nausea", frequency="common", mitigation="Monitoring.", **fields):
    return published(Risk(locale=locale, name=name, frequency=frequency, mitigation=mitigation, **fields))


def location(locale, **fields):
    address = {
        "name": "Anchorage, AK",
        "street": "3210 Denali St",
        "unit": "Unit 4",
        "city": "Anchorage",
        "state": "AK",
        "postal_code": "99503",
        "country": "US",
    }
    return published(Location(locale=locale, **{**address, **fields}))


def translate(item, locale, **fields):
    """The item's translation into `locale`, with the translated fields set, published."""
    translation = item.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    return published(translation)


def photo(title: str):
    """A saved 2000x1500 JPEG image, as an editor uploads a photo."""
    buffer = io.BytesIO()
    PillowImage.new("RGB", (2000, 1500), (40, 120, 160)).save(buffer, "JPEG")
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name=f"{title}.jpg")
    image.save()
    return image
