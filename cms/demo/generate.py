"""Generated content for benchmarks and scale tests: pages with many blocks of every type.

Items are created in bulk as live, published rows (no revision history), which is all the channels read.
"""

import io
import uuid

from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from PIL import Image as PillowImage

from cms.models import ArticlePage, Benefit, HomePage, Location, Myth, Risk


def make_images(count: int, prefix="generated"):
    """Small real PNG images in the image library."""
    Image = get_image_model()
    images = []
    for index in range(count):
        buffer = io.BytesIO()
        PillowImage.new("RGB", (64, 48), (40 * index % 255, 120, 160)).save(buffer, "PNG")
        image = Image(title=f"{prefix} image {index}")
        image.file = ImageFile(buffer, name=f"{prefix}-{index}.png")
        image.save()
        images.append(image)
    return images


def make_library(count: int, locale: Locale, translated_into: Locale | None = None) -> dict:
    """`count` live items of each kind in `locale`, and, if asked, their translations into another locale."""
    now = timezone.now()
    live = {"live": True, "first_published_at": now, "last_published_at": now}
    kinds = {
        "myths": lambda n: Myth(myth=f"Generated myth {n}", facts=f"<p>Facts answering myth {n}.</p>", **live),
        "benefits": lambda n: Benefit(title=f"Generated benefit {n}", description=f"<p>Benefit {n}.</p>", **live),
        "risks": lambda n: Risk(
            name=f"Generated risk {n}",
            frequency=("common", "uncommon", "rare")[n % 3],
            mitigation="Monitoring.",
            **live,
        ),
        "locations": lambda n: Location(
            name=f"Clinic {n}", street=f"{n} Main St", city="Anchorage", state="AK", postal_code="99503", **live
        ),
    }
    library = {}
    for kind, build in kinds.items():
        items = [build(n) for n in range(count)]
        for item in items:
            item.locale, item.translation_key = locale, uuid.uuid4()
        library[kind] = items = type(items[0]).objects.bulk_create(items)
        if translated_into is not None:
            copies = [build(n) for n in range(count)]
            for original, copy in zip(items, copies, strict=True):
                copy.locale, copy.translation_key = translated_into, original.translation_key
            type(items[0]).objects.bulk_create(copies)
    return library


def body_with_every_block(blocks_per_type: int, library: dict, images: list, link_page: Page) -> list:
    """A body holding `blocks_per_type` blocks of every type, each referencing different library items."""
    body = []
    for n in range(blocks_per_type):
        image = images[n % len(images)]
        link = f'<a linktype="page" id="{link_page.pk}">a linked page</a>'
        body += [
            {"type": "heading", "value": {"text": f"Section {n}", "level": "h2"}},
            {"type": "paragraph", "value": f"<p>Paragraph {n} with {link}.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt_text": f"Image {n}", "caption": ""}},
            {"type": "myth", "value": {"myth": library["myths"][n].pk}},
            {"type": "benefits", "value": {"heading": "", "intro": "", "benefits": [library["benefits"][n].pk]}},
            {"type": "risks", "value": {"heading": "", "intro": "", "risks": [library["risks"][n].pk]}},
            {"type": "locations", "value": {"heading": "", "locations": [library["locations"][n].pk]}},
            {
                "type": "call_to_action",
                "value": {"text": "Book", "button_label": "Book", "link_page": link_page.pk, "link_url": ""},
            },  # fmt: skip
            {"type": "disclaimer", "value": {"text": ""}},
        ]
    return body


def make_article(parent: Page, slug: str, body: list) -> ArticlePage:
    article = ArticlePage(title=f"Generated article {slug}", slug=slug, intro="<p>Generated.</p>", body=body)
    parent.add_child(instance=article)
    article.save_revision().publish()
    return article


def home_for(locale: Locale) -> HomePage:
    return HomePage.objects.get(locale=locale)
