"""Writing an imported article: its new library items and the article itself, all as drafts.

Nothing is published here. A new myth, benefit, risk or location is saved with live=False and a first
revision, as an editor's "Save draft" leaves it: it is in the admin's listing, where an editor submits it to
medical review (cms/review/) like any other draft, and no reader, API client or change feed sees it until
that review publishes it. An item the library already holds (matching.py) is placed, not copied. The article
becomes a draft ArticlePage under the home page of its locale, its body placing the items by id as
cms/demo/loader.py does; a call to action and a list of locations go to the page's own fields, and a last
heading followed only by paragraphs before them is the conclusion.

Required fields the text does not give (a risk's mitigation, how common it is) are left empty on the draft,
as Wagtail lets a draft be saved: the editor fills them before the review.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from .brochure import brochure_of
from .decisions import REJECTED
from .errors import ImportRefused
from .matching import library_model
from .structure import Block, ProposedArticle

MODEL_FIELDS = {
    "myth": ("myth", "facts"),
    "benefits": ("title", "description", "evidence_level"),
    "risks": ("name", "frequency"),
    "locations": ("name", "street", "unit", "city", "state", "postal_code", "country", "phone"),
}
ITEMS_FIELD = {"benefits": "benefits", "risks": "risks", "locations": "locations"}


@dataclass
class Created:
    """What an import wrote: the draft page, the new draft items and the ids of the items it placed."""

    page: object
    new_items: list = field(default_factory=list)
    placed: list = field(default_factory=list)  # (block type, id) of the library items it matched.
    rejected: list = field(default_factory=list)  # (block type, source text) of the items the editor rejected.
    brochure: object = None  # The draft brochure with the page's text, when asked for.

    def summary(self) -> dict:
        return {
            "page": {"id": self.page.pk, "title": self.page.title, "live": self.page.live},
            "new_items": [{"kind": item._meta.model_name, "id": item.pk, "live": item.live} for item in self.new_items],
            "placed": [
                {"kind": library_model(block_type)._meta.model_name, "id": pk} for block_type, pk in self.placed
            ],
            "rejected": [
                {"kind": library_model(block_type)._meta.model_name, "source": source}
                for block_type, source in self.rejected
            ],  # fmt: skip
            "brochure": self.brochure
            and {"id": self.brochure.pk, "title": self.brochure.title, "live": self.brochure.live},  # fmt: skip
        }


@transaction.atomic
def create_drafts(article: ProposedArticle, user=None, brochure: bool = False) -> Created:
    """Writes `article` (already matched: matching.match_library) as drafts; ImportRefused if it cannot.

    `user` is the author of the drafts' revisions; `brochure` also writes a draft brochure of the same text.
    """
    from cms.models import ArticlePage, HomePage

    home = HomePage.objects.filter(locale__language_code=article.locale).first()
    if home is None:
        raise ImportRefused(f"no home page in the language {article.locale!r} to put the article under.")
    writer = Writer(home.locale, user)
    body = [block for block in map(writer.stream_block, article.body) if block is not None]
    call_to_action = take_first(body, "call_to_action")
    locations = take_first(body, "locations")
    conclusion_heading, conclusion = take_conclusion(body) if call_to_action or locations else ("", "")
    page = ArticlePage(
        title=article.title,
        slug=free_slug(home, article.title),
        seo_title=article.seo_title,
        intro=article.intro,
        body=body,
        conclusion_heading=conclusion_heading,
        conclusion=conclusion,
        call_to_action=call_to_action,
        locations=locations,
        live=False,
        locale=home.locale,
    )
    home.add_child(instance=page)
    page.save_revision(user=user)  # A draft revision, not published.
    writer.created.page = page
    if brochure:
        writer.created.brochure = brochure_of(page, user)
    return writer.created


class Writer:
    def __init__(self, locale, user=None):
        self.locale = locale
        self.user = user
        self.created = Created(page=None)

    def stream_block(self, block: Block) -> dict | None:
        """The raw StreamField value of one proposed block, library items replaced by their ids; None for a
        block left with no item (all rejected)."""
        value = dict(block.value)
        if block.type == "paragraph":
            return {"type": "paragraph", "value": value["html"]}
        if block.type == "myth":
            value["myth"] = self.item_id("myth", value["myth"])
            if value["myth"] is None:
                return None
        elif block.type in ITEMS_FIELD:
            name = ITEMS_FIELD[block.type]
            value[name] = [pk for pk in (self.item_id(block.type, item) for item in value[name]) if pk is not None]
            if not value[name]:
                return None
        return {"type": block.type, "value": value}

    def item_id(self, block_type: str, proposed) -> int | None:
        if proposed.library == REJECTED:
            self.created.rejected.append((block_type, proposed.source))
            return None
        if isinstance(proposed.library, dict):
            pk = proposed.library["match"]["id"]
            self.created.placed.append((block_type, pk))
            return pk
        model = library_model(block_type)
        item = model(locale=self.locale, live=False)
        for name in MODEL_FIELDS[block_type]:
            value = getattr(proposed, name)
            if value is not None:
                setattr(item, name, value)
        # Validate what is there (a ZIP code, a state); leave what the text did not give for the editor.
        empty = [f.name for f in model._meta.fields if not f.blank and getattr(item, f.attname) in ("", None)]
        try:
            item.full_clean(exclude=empty)
        except ValidationError as error:
            problems = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
            source = " ".join(proposed.source.split())
            raise ImportRefused(f"the {model._meta.verbose_name} “{source}” is not valid: {problems}") from error
        item.save()
        # A draft revision: the item waits for its medical review. Cleaned above, with the gaps left for the editor.
        item.save_revision(user=self.user, clean=False)
        self.created.new_items.append(item)
        return item.pk


def take_first(body: list[dict], block_type: str) -> list[dict]:
    """The first block of `block_type`, moved out of `body` into the page's own field of that name."""
    for index, block in enumerate(body):
        if block["type"] == block_type:
            return [body.pop(index)]
    return []


def take_conclusion(body: list[dict]) -> tuple[str, str]:
    """A last heading followed only by paragraphs: moved out of `body` as the conclusion's heading and text."""
    start = len(body)
    while start > 0 and body[start - 1]["type"] == "paragraph":
        start -= 1
    if start == len(body) or start == 0 or body[start - 1]["type"] != "heading":
        return "", ""
    heading = body[start - 1]["value"]["text"]
    text = "".join(block["value"] for block in body[start:])
    del body[start - 1 :]
    return heading, text


def free_slug(parent, title: str) -> str:
    base = slugify(title)[:240] or "imported-article"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
