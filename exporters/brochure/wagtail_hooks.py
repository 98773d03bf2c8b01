"""What the print channel adds to the admin: a brochure's or an article's PDF as it stands now, draft
included (admin_views.py), and the "Download PDF" buttons in their listings."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.widgets import Button

from cms.models import ArticlePage, Brochure

from .admin_views import article_draft_pdf, brochure_draft_pdf


@hooks.register("register_admin_urls")
def brochure_pdf_urls():
    return [
        path("print/brochure/<int:pk>.pdf", brochure_draft_pdf, name="brochure_draft_pdf"),
        path("print/article/<int:pk>.pdf", article_draft_pdf, name="article_draft_pdf"),
    ]


@hooks.register("register_snippet_listing_buttons")
def brochure_download_button(snippet, user, next_url=None):
    if isinstance(snippet, Brochure) and user.has_perm("cms.view_brochure"):
        url = reverse("brochure_draft_pdf", args=[snippet.pk])
        yield MenuItem(_("Download PDF"), url, icon_name="download", priority=90)


@hooks.register("register_page_listing_more_buttons")
def article_download_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, ArticlePage) and page.permissions_for_user(user).can_edit():
        url = reverse("article_draft_pdf", args=[page.pk])
        yield Button(_("Download PDF"), url, icon_name="download", priority=90)
