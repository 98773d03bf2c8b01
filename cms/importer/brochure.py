"""The draft brochure an import may also write: the article's whole text as one printed handout.

A brochure has only a body (cms/models/brochures.py), so the article's introduction opens it as a paragraph
and its conclusion, call to action and locations close it, in the order a reader meets them on the page;
the library items are the page's own (placed by id, not copied). Its QR code opens the article.
"""

from slugify import slugify


def brochure_body(page) -> list[dict]:
    body = [{"type": "paragraph", "value": page.intro}] if page.intro else []
    body += list(page.body.raw_data)
    if page.conclusion_heading:
        body.append({"type": "heading", "value": {"text": page.conclusion_heading, "level": "h2"}})
    if page.conclusion:
        body.append({"type": "paragraph", "value": page.conclusion})
    body += list(page.call_to_action.raw_data) + list(page.locations.raw_data)
    return [{"type": block["type"], "value": block["value"]} for block in body]


def free_slug(title: str, locale) -> str:
    from cms.models import Brochure

    base = slugify(title)[:240] or "imported-article"
    taken = set(Brochure.objects.filter(locale=locale).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def brochure_of(page, user=None):
    """A draft Brochure with the text of the draft `page`, unpublished, its QR code opening the page."""
    from cms.models import Brochure

    brochure = Brochure(
        title=page.title, slug=free_slug(page.title, page.locale), body=brochure_body(page), qr_page=page,
        locale=page.locale, live=False,
    )  # fmt: skip
    brochure.save()
    brochure.save_revision(user=user, clean=False)
    return brochure
