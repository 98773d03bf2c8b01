"""The translation workflow in the admin: PO download and upload, and the out-of-date warning."""

from django.contrib.contenttypes.models import ContentType
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale

from .admin import download_po, upload_po, warn_if_out_of_date
from .segments import is_translatable


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/<int:content_type_id>/<int:pk>/po/", download_po, name="translation_po"),
        path("translations/<int:content_type_id>/<int:pk>/upload/", upload_po, name="translation_upload"),
    ]


@hooks.register("before_edit_snippet")
def warn_on_out_of_date_snippet(request, instance):
    if is_translatable(instance):
        warn_if_out_of_date(request, instance)


@hooks.register("before_edit_page")
def warn_on_out_of_date_page(request, page):
    if is_translatable(page.specific_deferred):
        warn_if_out_of_date(request, page)


def translation_buttons(obj, button_class):
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False).pk
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"):
        url = reverse("translation_po", args=[content_type, obj.pk]) + f"?locale={locale.language_code}"
        label = _("Download text for translation (%(language)s)") % {"language": locale.language_code}
        yield button_class(label, url, icon_name="download", priority=95)
    upload = reverse("translation_upload", args=[content_type, obj.pk])
    yield button_class(_("Upload a translation"), upload, icon_name="upload", priority=96)


@hooks.register("register_snippet_listing_buttons")
def snippet_translation_buttons(snippet, user, next_url=None):
    if is_translatable(snippet) and user.has_perm(f"cms.change_{snippet._meta.model_name}"):
        yield from translation_buttons(snippet, MenuItem)


@hooks.register("register_page_listing_more_buttons")
def page_translation_buttons(page, user, next_url=None):
    specific = page.specific_deferred
    if is_translatable(specific) and page.permissions_for_user(user).can_edit():
        yield from translation_buttons(specific, Button)
