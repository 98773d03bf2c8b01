"""The CMS in the admin: the content library and brochure menus, the dashboard's review panel, and the
translation workflow (cms/translations/hooks.py). The channels add their own (exporters/*/wagtail_hooks.py)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.admin.brochures import BrochureViewSet
from cms.admin.importing import hooks as import_hooks  # noqa: F401  (registers its hooks)
from cms.admin.library import ContentLibraryGroup
from cms.review.panels import DueForReviewPanel
from cms.translations import hooks as translation_hooks  # noqa: F401  (registers its hooks)

register_snippet(ContentLibraryGroup)
register_snippet(BrochureViewSet)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    panels.append(DueForReviewPanel(request.user))
