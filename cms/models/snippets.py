"""What library items and brochures share: a translatable snippet with drafts, history and preview.

Every one has a locale, drafts and revisions, locking, workflow, scheduled publishing and search. The row
in the database always holds the live version; drafts live in revisions, as for pages. Its preview modes
are the channels' (cms/channels.py): each channel that shows this kind of content adds its own.
"""

from django.db import models
from django.utils import translation

from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from cms.channels import preview_menu, serve_preview

from .review import as_unreviewed

# Publishing and locking state a translation must not inherit from its original.
UNCOPIED_STATE = [
    "live_revision",
    "latest_revision",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "locked_at",
    "locked_by",
]


class PublishableSnippet(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    class Meta(TranslatableMixin.Meta):
        abstract = True

    @property
    def preview_modes(self):
        return preview_menu(self)

    def serve_preview(self, request, mode_name):
        # Translators review the content as its readers will see it: labels in its language. A draft
        # must not claim the last approved version's medical review as its own.
        with translation.override(self.locale.language_code):
            return serve_preview(as_unreviewed(self), request, mode_name)

    def copy_for_translation(self, locale, exclude_fields=None):
        """A new translation starts as an unpublished, unlocked draft with no history of its own:
        readers keep the original until a translator publishes it."""
        translation = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translation.live = False
        translation.has_unpublished_changes = True
        for name in UNCOPIED_STATE:
            setattr(translation, name, None)
        translation.locked = translation.expired = False
        return as_unreviewed(translation)  # Its text has not been reviewed in this language.
