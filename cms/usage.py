"""Where a library item is used: the pages and brochures that place it, and which version their readers get.

Pages and brochures place one item of a translation group (usually the original); each channel shows
readers of a locale that locale's live version (cms.models.library.shown_version). So an edit of the
Spanish myth changes every Spanish page that places the myth, whichever translation was placed.
"""

from dataclasses import dataclass
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import Panel
from wagtail.models import Locale, ReferenceIndex, TranslatableMixin

from cms.models.library import fallback_locale_of, shown_version
from cms.schedule import is_readable


@dataclass
class Place:
    title: str
    kind: str
    locale: Locale
    live: bool
    edit_url: str | None
    shows: object  # The version of the item its readers get, or None.


def places_using(item, user=None) -> list[Place]:
    """Every page and brochure whose live content places any translation of `item`, by language then title."""
    model = type(item)
    group = list(model.objects.filter(translation_key=item.translation_key))
    live_versions = {version.locale_id: version for version in group if is_readable(version)}
    rows = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        to_object_id__in=[str(version.pk) for version in group],
    ).values_list("content_type_id", "object_id", "to_object_id")
    by_pk = {str(version.pk): version for version in group}
    sources = {}  # content type id -> {source pk: the item it places}
    for content_type_id, object_id, to_object_id in rows:
        sources.setdefault(content_type_id, {})[object_id] = by_pk[to_object_id]
    finder = AdminURLFinder(user)
    fallbacks = {}  # locale id -> its fallback locale: a query per language, not per place
    places = []
    for content_type_id, placed_by_source in sources.items():
        source_model = ContentType.objects.get_for_id(content_type_id).model_class()
        if source_model is None or not issubclass(source_model, TranslatableMixin):
            continue  # A model since removed, or one without languages: nothing readers see per locale.
        for source in source_model.objects.filter(pk__in=placed_by_source).select_related("locale"):
            placed = placed_by_source[str(source.pk)]
            if source.locale_id not in fallbacks:
                fallbacks[source.locale_id] = fallback_locale_of(source.locale)
            shows = shown_version(placed, live_versions, source.locale, fallbacks[source.locale_id])
            places.append(Place(str(source), str(source_model._meta.verbose_name), source.locale, source.live,
                                finder.get_edit_url(source), shows))  # fmt: skip
    places.sort(key=lambda place: (place.locale.language_code, place.title))
    return places


class UsagePanel(Panel):
    """On a library item's edit view: where it is used, per language, before the editor publishes."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/usage/usage_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            places = places_using(self.instance, self.request.user) if self.instance.pk else []
            context["places_by_language"] = [
                (locale, list(group)) for locale, group in groupby(places, key=lambda place: place.locale)
            ]
            context["item"] = self.instance
            return context


def usage_panel():
    return UsagePanel(heading=_("Where this is used"))
