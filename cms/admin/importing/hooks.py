"""The "Import article" menu item and URLs, shown to whoever may add an article page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import may_import, review, upload


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_import(request.user)


@hooks.register("register_admin_urls")
def import_urls():
    return [
        path("import/article/", upload, name="article_import"),
        path("import/article/<int:pk>/", review, name="article_import_review"),
    ]


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(_("Import article"), reverse("article_import"), name="import-article", icon_name="upload",
                          order=170)  # fmt: skip
