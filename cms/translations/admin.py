"""The translation workflow in the admin: a warning on translations that fell behind their original, a
listing column saying so, and PO download and upload on every translatable page and library item."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail.admin.ui.tables import Column
from wagtail.models import Locale, Page

from .po import TranslationFileError, export_po, import_po
from .po_reader import read_po
from .segments import is_translatable
from .status import out_of_date_since


def out_of_date_message(obj) -> str | None:
    since = out_of_date_since(obj)
    if since is None:
        return None
    return _(
        "The original (%(language)s) was changed on %(date)s, after this translation was last updated: "
        "check it, or download its text as a PO file for the translator."
    ) % {"language": Locale.get_default().get_display_name(), "date": formats.date_format(since, "DATETIME_FORMAT")}


def warn_if_out_of_date(request, obj) -> None:
    if request.method == "GET" and (message := out_of_date_message(obj)):
        messages.warning(request, message)


def translation_state(obj) -> str:
    if obj.locale_id == Locale.get_default().pk:
        return _("Original")
    since = out_of_date_since(obj)
    return _("Out of date since %(date)s") % {"date": formats.date_format(since)} if since else _("Up to date")


translation_column = Column("translation_state", label=gettext_lazy("Translation"), accessor=translation_state)


def translatable_object(content_type_id: int, pk: int):
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None or not is_translatable(model):
        raise Http404
    obj = get_object_or_404(model, pk=pk)
    return obj.specific if isinstance(obj, Page) else obj


def check_can_edit(user, obj) -> None:
    if isinstance(obj, Page):
        allowed = obj.permissions_for_user(user).can_edit()
    else:
        allowed = user.has_perm(f"{obj._meta.app_label}.change_{obj._meta.model_name}")
    if not allowed:
        raise PermissionDenied


def check_unlocked(user, obj) -> None:
    """An upload writes a draft: not into content someone else holds, or that is in review."""
    lock = obj.get_lock()
    if lock is not None and lock.for_user(user):  # Locked by someone else, or in review.
        raise TranslationFileError(_("This translation is locked (for example, it is in medical review). "
                                     "Upload again once it is unlocked."))  # fmt: skip


def authorizer(user):
    """What import_po asks before writing: may this user edit (or create) the translation it writes to?"""

    def authorize(original, locale, translation):
        if translation is not None:
            translation = translation.specific if isinstance(translation, Page) else translation
            check_can_edit(user, translation)
            check_unlocked(user, translation)
        elif isinstance(original, Page):
            parent = original.get_parent().get_translation_or_none(locale)
            if parent is None:
                raise TranslationFileError(_("Translate the parent page into this language first."))
            if not parent.permissions_for_user(user).can_add_subpage():
                raise PermissionDenied
        elif not user.has_perm(f"{original._meta.app_label}.add_{original._meta.model_name}"):
            raise PermissionDenied

    return authorize


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Translated PO file"))


@login_required
@require_http_methods(["GET"])
def download_po(request, content_type_id: int, pk: int):
    obj = translatable_object(content_type_id, pk)
    check_can_edit(request.user, obj)
    language = request.GET.get("locale", "")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return HttpResponse(_("Choose a language with ?locale=, e.g. ?locale=es."), status=400)
    try:
        po = export_po(obj, locale)
    except TranslationFileError as error:
        return HttpResponse(str(error), status=400)
    response = HttpResponse(str(po), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{obj._meta.model_name}-{obj.pk}.{language}.po"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def upload_po(request, content_type_id: int, pk: int):
    obj = translatable_object(content_type_id, pk)
    check_can_edit(request.user, obj)
    form = UploadForm(request.POST or None, request.FILES or None)
    report = None
    if form.is_valid():
        try:  # Refused whole, with the line and the reason: then nothing is written.
            po = read_po(form.cleaned_data["file"])
            report = import_po(po, user=request.user, expected=obj, authorize=authorizer(request.user))
        except ValueError as error:  # TranslationFileError, or an item with no translatable text.
            form.add_error("file", str(error))
    return TemplateResponse(request, "cms/translations/upload.html", {"object": obj, "form": form, "report": report},
                            status=400 if form.errors else 200)  # fmt: skip
