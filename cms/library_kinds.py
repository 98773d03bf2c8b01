"""The kinds of library item (myths, benefits, risks, locations), each declared once, on its model:

    @library_kind(slug="myths", block="myth", icon="help", columns=("myth",))
    class Myth(MedicallyReviewed, LibraryItem): …

Everything that lists the kinds takes them from here: the admin's "Content library" menu, the API's
/api/v1/library/<slug>/ endpoints, the previews of a single item, the translators' command, what is due
for medical review. The block named by `block` is the body block that places items of this kind; the
serializer the API uses for an item is the one that block uses for it.
"""

from dataclasses import dataclass
from functools import cached_property

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


@dataclass(frozen=True)
class LibraryKind:
    model: type
    slug: str  # Plural, for URLs: /api/v1/library/myths/.
    block: str  # The type of the body block (cms/blocks/streams.py) that places items of this kind.
    icon: str  # The admin icon of its menu item and listing.
    columns: tuple[str, ...]  # The admin listing's own columns (locale and status follow).
    filters: tuple[str, ...] = ()  # The admin listing's own filters (locale and status come first).

    @property
    def name(self) -> str:
        """The model's name, as the translators' command and messages use it: "myth"."""
        return self.model._meta.model_name

    @property
    def reviewed(self) -> bool:
        """Its items are health claims: published only through medical review (cms/review/)."""
        from cms.models.review import MedicallyReviewed

        return issubclass(self.model, MedicallyReviewed)

    @cached_property
    def placing_block(self) -> blocks.Block:
        from cms.blocks.streams import BodyStreamBlock

        return BodyStreamBlock().child_blocks[self.block]

    @cached_property
    def chooser_name(self) -> str:
        """The part of the placing block that holds the chosen item, or the list of them."""
        for name, child in self.placing_block.child_blocks.items():
            chooser = child.child_block if isinstance(child, blocks.ListBlock) else child
            if isinstance(chooser, SnippetChooserBlock) and chooser.target_model is self.model:
                return name
        raise LookupError(f"The block “{self.block}” does not place {self.model.__name__} items.")

    def place(self, item) -> dict:
        """The value of a placing block that shows `item` alone, with no heading or introduction."""
        places_a_list = isinstance(self.placing_block.child_blocks[self.chooser_name], blocks.ListBlock)
        return {
            name: ([item] if places_a_list else item) if name == self.chooser_name else ""
            for name in self.placing_block.child_blocks
        }

    @cached_property
    def serializer_class(self) -> type:
        """The serializer of one item: what the placing block's serializer uses for it."""
        field = self.placing_block.serializer_class._declared_fields[self.chooser_name]
        return type(getattr(field, "child", field))


_kinds: dict[type, LibraryKind] = {}


def library_kind(**declaration):
    """Class decorator: registers the model as a kind of library item (see LibraryKind for the fields)."""

    def register(model):
        _kinds[model] = LibraryKind(model=model, **declaration)
        return model

    return register


def library_kinds() -> list[LibraryKind]:
    """Every kind, in the order their models are declared."""
    return list(_kinds.values())


def kind_of(model_or_obj) -> LibraryKind | None:
    model = model_or_obj if isinstance(model_or_obj, type) else type(model_or_obj)
    return _kinds.get(model)


def every_library_model_is_a_kind(app_configs=None, **kwargs):
    """System check: a LibraryItem model without `@library_kind` would be previewed, cached and listed in
    some places and missing from the others (the admin menu, the API)."""
    from django.apps import apps
    from django.core import checks

    from cms.models import LibraryItem

    models = [model for model in apps.get_models() if issubclass(model, LibraryItem)]
    return [
        checks.Error(
            f"{model.__name__} is a LibraryItem but not a registered kind of library item.",
            hint="Declare it with @library_kind(slug=…, block=…, icon=…, columns=…) (cms/library_kinds.py).",
            obj=model,
            id="cms.E001",
        )
        for model in models
        if model not in _kinds
    ]
