"""The views of "Import article": upload, review (with the editor's decisions), create the drafts.

Who may import: whoever may add a page under a home page (an article's parent). An import belongs to the
editor who uploaded it; another user's is not found. Every request makes the structure again from the stored
file and the decisions (state.py): the form posts decisions only, checked against what the server offers.
"""

from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages

from cms.importer import ImportRefused
from cms.importer.create import create_drafts
from cms.importer.forced import KINDS
from cms.importer.kinds import piece_kinds
from cms.importer.pipeline import propose
from cms.importer.review import submit_for_review
from cms.models import ArticleImport, HomePage

from .forms import UploadForm
from .state import review_of
from .summary import created_message


def may_import(user) -> bool:
    return any(home.permissions_for_user(user).can_add_subpage() for home in HomePage.objects.all())


def forbidden(request):
    """A 403 the editor can read (Wagtail would redirect to the dashboard instead)."""
    context = {"header_title": _("Import article"), "page_title": _("Import article"), "header_icon": "upload"}
    return TemplateResponse(request, "cms/importer/forbidden.html", context, status=403)


@require_http_methods(["GET", "POST"])
def upload(request):
    if not may_import(request.user):
        return forbidden(request)
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST" and form.is_valid():
        ArticleImport.prune()
        started = ArticleImport.objects.create(
            user=request.user, file_name=form.cleaned_data["file"].name[:255], data=form.file_bytes,
            locale=form.cleaned_data["locale"],
        )  # fmt: skip
        return redirect("article_import_review", started.pk)
    context = {"form": form, "header_title": _("Import article"), "page_title": _("Import article"),
               "header_icon": "upload"}  # fmt: skip
    return TemplateResponse(request, "cms/importer/upload.html", context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def review(request, pk: int):
    if not may_import(request.user):
        return forbidden(request)
    started = get_object_or_404(ArticleImport, pk=pk, user=request.user)
    try:
        state = review_of(started, request.user)
    except ImportRefused as refused:  # The library or the settings changed since the upload.
        messages.error(request, _("This import can no longer be read: %(reason)s") % {"reason": refused.reason})
        started.delete()
        return redirect("article_import")
    if request.method == "POST":
        record_decisions(started, state, request.POST)
        if "create" not in request.POST:
            return redirect("article_import_review", started.pk)
        try:
            return create(request, started)
        except ImportRefused as refused:
            messages.error(request, _("Not created: %(reason)s") % {"reason": refused.reason})
            return redirect("article_import_review", started.pk)
    context = {"import": started, "review": state, "kinds": list(KINDS.items()), "header_icon": "upload",
               "header_title": _("Review the import"), "page_title": _("Review the import"),
               "page_subtitle": started.file_name}  # fmt: skip
    return TemplateResponse(request, "cms/importer/review.html", context)


def record_decisions(started: ArticleImport, state, data) -> None:
    """The posted decisions that change something, kept; anything the screen did not offer is ignored."""
    kinds = dict(started.kinds)
    as_read = piece_kinds(state.source.pieces, propose(state.source, state.article.locale))
    for piece in state.pieces:
        chosen = data.get(f"kind-{piece.index}")
        if chosen not in KINDS or chosen == piece.kind:
            continue
        if chosen == as_read[piece.index]:  # Back to what the importer read: its own reading, with its context.
            kinds.pop(str(piece.index), None)
        else:
            kinds[str(piece.index)] = chosen
    choices = dict(started.choices)
    for item in state.items:
        chosen = data.get(f"item-{item.key}")
        if chosen in dict(item.choices()):
            choices[item.key] = chosen
    started.kinds, started.choices, started.brochure = kinds, choices, data.get("brochure") == "on"
    started.save(update_fields=["kinds", "choices", "brochure"])


def create(request, started: ArticleImport):
    state = review_of(started, request.user)  # With the decisions just recorded.
    home = HomePage.objects.filter(locale__language_code=state.article.locale).first()
    if home is not None and not home.permissions_for_user(request.user).can_add_subpage():
        return forbidden(request)  # No home at all: create_drafts refuses, with the reason.
    with transaction.atomic():
        created = create_drafts(state.article, user=request.user, brochure=started.brochure)
        review = submit_for_review(created.new_items, request.user)
        started.delete()
    messages.success(request, created_message(created, review))
    return redirect("wagtailadmin_pages:edit", created.page.pk)
