"""Whether a translation fell behind its original: the original was published after the translation was
last worked on (saved or published)."""

from wagtail.models import Locale, Page


def last_worked_on(obj):
    revision = obj.latest_revision
    moments = [moment for moment in (obj.last_published_at, revision.created_at if revision else None) if moment]
    return max(moments, default=None)


def out_of_date_since(obj):
    """When the original changed after this translation was last worked on; None when up to date or original."""
    default = Locale.get_default()
    if obj.locale_id == default.pk:
        return None
    original = obj.get_translation_or_none(default)
    if original is None or not original.last_published_at:
        return None
    worked_on = last_worked_on(obj.specific if isinstance(obj, Page) else obj)
    if worked_on is not None and original.last_published_at > worked_on:  # A fresh copy is not behind.
        return original.last_published_at
    return None
