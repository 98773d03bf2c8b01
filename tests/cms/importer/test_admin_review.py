"""The review screen of the admin: upload, correct, accept or reject, create drafts; nothing published."""

import html
import io

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import WorkflowState

import pytest
from bs4 import BeautifulSoup

from cms.importer.decisions import item_key
from cms.importer.structure import library_items
from cms.models import ArticleImport, ArticlePage, Benefit, Brochure, Location, Myth, Risk

from .conftest import FIXTURES, SEED

UPLOAD = "/admin/import/article/"
LIBRARY = (Myth, Benefit, Risk, Location)


def upload(client, name: str, data: bytes, locale: str = ""):
    return client.post(UPLOAD, {"file": file_of(name, data), "locale": locale})


def file_of(name: str, data: bytes):
    upload = io.BytesIO(data)
    upload.name = name
    return upload


def start(client, path, locale: str = "") -> ArticleImport:
    response = upload(client, path.name, path.read_bytes(), locale)
    assert response.status_code == 302, response.content.decode()[:2000]
    started = ArticleImport.objects.get(user=client.user, file_name=path.name)
    assert response["Location"] == reverse("article_import_review", args=[started.pk])
    return started


def review_url(started) -> str:
    return reverse("article_import_review", args=[started.pk])


def field_error(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(" ".join(error.get_text(" ").split()) for error in soup.select(".error-message"))


def state_of(client, started):
    return client.get(review_url(started)).context["review"]


def create(client, started, **decisions):
    return client.post(review_url(started), {"create": "", **decisions})


@pytest.mark.parametrize(
    ("path", "title", "myth"),
    [
        (SEED, "Common Myths about Ketamine Infusion Therapy", "Ketamine is Only a Recreational Drug"),
        (FIXTURES / "tms-myths.md", "5 Myths About TMS Therapy, Debunked", "TMS hurts"),
        (FIXTURES / "iv-hydration.html", "The Truth About IV Hydration Therapy", None),
        (FIXTURES / "botox-migraine.docx", "Botox for Chronic Migraine: Separating Myth from Fact",
         "Botox is only a cosmetic treatment"),
    ],
    ids=["txt", "md", "html", "docx"],
)  # fmt: skip
def test_each_format_uploads_and_shows_its_text_beside_the_proposed_structure(
    editor_client, english_home, path, title, myth
):
    started = start(editor_client, path)
    response = editor_client.get(review_url(started))
    assert response.status_code == 200
    state = response.context["review"]
    assert state.article.title == title
    soup = BeautifulSoup(response.content, "html.parser")
    source = " ".join(soup.select_one("section[aria-labelledby=source-heading]").get_text(" ").split())
    structure = " ".join(soup.select_one("section[aria-labelledby=structure-heading]").get_text(" ").split())
    # Every piece of the file, in order, each with a kind to correct; and a choice for every library item.
    assert [" ".join(piece.text.split()) in source for piece in state.pieces] == [True] * len(state.pieces)
    assert len(soup.select("select[name^=kind-]")) == len(state.pieces)
    assert len(state.items) > 0
    assert {tag["name"] for tag in soup.select("input[type=radio]")} == {f"item-{row.key}" for row in state.items}
    assert f"Proposed title: {title}" in " ".join(soup.get_text(" ").split())
    if myth:
        assert myth in structure and "New" in structure


def test_a_match_shows_the_library_item_and_its_score(editor_client, demo):
    started = start(editor_client, SEED)
    response = editor_client.get(review_url(started))
    state = response.context["review"]
    assert len(state.items) == 15 and all(row.match is not None and row.choice == "place" for row in state.items)
    html = response.content.decode()
    myth = Myth.objects.get(locale__language_code="en", myth__icontains="recreational")
    assert f">{myth}</a>" in html and "(score 100.0)" in html
    assert "Place the library item" in html and "Create a new item" in html


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"  \n", "empty.txt: the file is empty."),
        ("binary.txt", b"\x00\x01\x02binary" * 10, "binary.txt: the file is binary, not text."),
        ("article.pdf", b"%PDF-1.4", "article.pdf: unsupported file type '.pdf'"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.docx: this is an old Word .doc file"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "broken.docx: the Word file is corrupt"),
    ],
)
def test_a_refused_file_is_an_error_on_the_file_field_naming_the_reason(
    editor_client, english_home, name, data, reason
):
    response = upload(editor_client, name, data)
    assert response.status_code == 400
    assert reason in field_error(response)
    assert not ArticleImport.objects.exists()


def test_a_file_over_the_limit_is_refused_before_it_is_read(editor_client, english_home, settings):
    settings.CMS_IMPORT_MAX_BYTES = 1000
    response = upload(editor_client, "long.md", b"# Title\n\n" + b"Text. " * 400)
    assert response.status_code == 400
    assert "long.md: 2409 bytes, over the limit of 1000 (CMS_IMPORT_MAX_BYTES)." in field_error(response)


def test_no_file_and_an_unknown_language_are_errors_on_their_fields(editor_client, english_home):
    response = editor_client.post(UPLOAD, {"locale": "fr"})
    assert response.status_code == 400
    assert "This field is required." in field_error(response)
    assert "Select a valid choice. fr is not one of the available choices." in field_error(response)
    assert "This field is required." in field_error(editor_client.post(UPLOAD))  # An empty form, too.


def test_only_who_may_add_article_pages_imports(client, django_user_model, english_home, editor_client):
    nobody = django_user_model.objects.create_user("nobody", "n@example.org", "pw", is_staff=True)
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    started = start(editor_client, SEED)
    assert "Import article" in editor_client.get("/admin/").content.decode()
    client.force_login(nobody)
    assert "Import article" not in client.get("/admin/").content.decode()
    assert client.get(UPLOAD).status_code == 403
    assert upload(client, "a.txt", b"Title\n\nText.").status_code == 403
    assert client.get(review_url(started)).status_code == 403


def test_another_editors_import_is_not_found(editor_client, english_home, client, django_user_model):
    started = start(editor_client, SEED)
    other = django_user_model.objects.create_user("other", "o@example.org", "pw")
    other.groups.add(Group.objects.get(name="Editors"))
    client.force_login(other)
    assert client.get(review_url(started), follow=True).status_code == 404
    assert client.post(review_url(started), {"create": ""}, follow=True).status_code == 404
    assert not ArticlePage.objects.exists()


def test_correcting_a_piece_changes_the_article(editor_client, english_home):
    started = start(editor_client, SEED)
    state = state_of(editor_client, started)
    myth_2 = next(piece for piece in state.pieces if piece.text.startswith("Myth 2:"))
    assert myth_2.kind == "myth"
    response = editor_client.post(review_url(started), {f"kind-{myth_2.index}": "heading", "apply": ""})
    assert response.status_code == 302
    state = state_of(editor_client, started)
    assert state.pieces[myth_2.index].kind == "heading" and state.pieces[myth_2.index].chosen == "heading"
    assert sum(block.type == "myth" for block in state.blocks) == 2
    assert any(block.type == "heading" and block.value["text"].startswith("Myth 2:") for block in state.blocks)
    # Changed back: the importer's own reading again (the myth with its facts), not a myth made of the heading alone.
    editor_client.post(review_url(started), {f"kind-{myth_2.index}": "myth", "apply": ""})
    started.refresh_from_db()
    assert started.kinds == {}
    state = state_of(editor_client, started)
    assert sum(block.type == "myth" for block in state.blocks) == 3
    editor_client.post(review_url(started), {f"kind-{myth_2.index}": "heading", "apply": ""})
    # A paragraph the editor calls a benefit becomes one.
    paragraph = next(piece for piece in state.pieces if piece.text.startswith("Ketamine works by interacting"))
    editor_client.post(review_url(started), {f"kind-{paragraph.index}": "benefit", "apply": ""})
    state = state_of(editor_client, started)
    assert state.pieces[paragraph.index].kind == "benefit"
    create(editor_client, started)
    page = ArticlePage.objects.get()
    assert [block.block_type for block in page.body].count("myth") == 2
    assert Benefit.objects.filter(description__contains="Ketamine works by interacting").count() == 1


def test_rejecting_a_new_item_drops_it_and_says_so(editor_client, english_home):
    started = start(editor_client, FIXTURES / "tms-myths.md")
    state = state_of(editor_client, started)
    new = [row for row in state.items if row.choice == "new"]
    rejected = new[0]
    response = create(editor_client, started, **{f"item-{rejected.key}": "reject"})
    page = ArticlePage.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert sum(model.objects.count() for model in LIBRARY) == len(new) - 1
    message = " ".join(str(m) for m in response.wsgi_request._messages)
    assert "1 rejected item was not created and its text is not in the article" in message
    assert rejected.label[:30] in message
    body = str(page.body.raw_data)
    assert rejected.item.source.split("\n")[0][:30] not in body  # Its text is not in the draft.
    assert not ArticleImport.objects.exists()  # Done: the uploaded file is not kept.


def test_a_matched_item_can_be_made_new_instead(editor_client, demo):
    started = start(editor_client, SEED)
    row = state_of(editor_client, started).items[0]
    before = Myth.objects.count()
    create(editor_client, started, **{f"item-{row.key}": "new"})
    assert Myth.objects.count() == before + 1
    assert Myth.objects.filter(live=False).count() == 1


def test_created_drafts_are_not_published_and_new_items_go_to_medical_review(editor_client, english_home):
    started = start(editor_client, SEED)
    response = create(editor_client, started, brochure="on")
    page = ArticlePage.objects.get()
    assert (page.live, page.get_latest_revision().user) == (False, editor_client.user)
    items = [item for model in LIBRARY for item in model.objects.all()]
    assert len(items) == 15 and not any(item.live for item in items)
    in_review = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert {state.requested_by for state in in_review} == {editor_client.user}
    # The text gives no risk's mitigation, and locations are no medical claim: neither is sent.
    complete = [item for item in items if isinstance(item, Myth | Benefit)]
    assert in_review.count() == len(complete)
    message = " ".join(str(m) for m in response.wsgi_request._messages)
    assert "was created as a draft page; nothing is published." in message
    assert f"{len(items)} new draft library items: {len(complete)} submitted for medical review." in message
    assert "Fill in these fields, then submit for review: risk “Transient dissociative effects (common)” (how it " \
        "is mitigated); risk “Dizziness" in message  # fmt: skip
    assert "“Anchorage, AK”, “Fairbanks, AK” need no medical review: they stay drafts for you to publish." in message
    brochure = Brochure.objects.get()
    assert (brochure.live, brochure.title, brochure.qr_page_id) == (False, page.title, page.pk)
    body_types = [block.block_type for block in brochure.body]
    assert body_types[0] == "paragraph" and body_types[-1] == "locations" and "myth" in body_types
    brochure.full_clean()  # A valid brochure: its editor can save it as it is.
    assert brochure.body[0].value.source.startswith("<p>Ketamine infusion therapy has gained popularity")
    assert "brochure" in message


def test_without_the_option_no_brochure_is_made(editor_client, english_home):
    create(editor_client, start(editor_client, FIXTURES / "tms-myths.md"))
    assert ArticlePage.objects.count() == 1 and not Brochure.objects.exists()


def test_decisions_not_offered_are_ignored(editor_client, english_home):
    started = start(editor_client, FIXTURES / "tms-myths.md")
    state = state_of(editor_client, started)
    new = next(row for row in state.items if row.choice == "new")
    editor_client.post(review_url(started), {"kind-0": "<script>", "kind-9999": "myth", f"item-{new.key}": "place",
                                             "item-forged": "reject", "apply": ""})  # fmt: skip
    started.refresh_from_db()
    assert (started.kinds, started.choices) == ({}, {})


def test_old_unfinished_imports_are_pruned_at_the_next_upload(editor_client, english_home):
    from datetime import timedelta

    from django.utils import timezone

    old = start(editor_client, FIXTURES / "tms-myths.md")
    ArticleImport.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    start(editor_client, SEED)
    assert list(ArticleImport.objects.values_list("file_name", flat=True)) == [SEED.name]


def test_item_keys_follow_the_text_not_the_position():
    from cms.importer import import_file

    article = import_file(SEED)
    keys = [item_key(block_type, item) for block_type, item in library_items(article)]
    assert len(set(keys)) == len(keys) == 15


def test_an_article_with_no_home_page_in_its_language_is_not_created_and_says_why(editor_client, english_home):
    started = start(editor_client, FIXTURES / "ketamina-mitos.es.txt")
    response = create(editor_client, started)
    assert response.status_code == 302 and response["Location"] == review_url(started)
    message = html.unescape(" ".join(str(m) for m in response.wsgi_request._messages))
    assert "Not created: no home page in the language 'es' to put the article under." in message
    assert not ArticlePage.objects.exists() and sum(model.objects.count() for model in LIBRARY) == 0
    assert ArticleImport.objects.filter(pk=started.pk).exists()  # The editor can still fix and retry.


def test_a_kind_the_text_cannot_have_is_a_warning_and_the_text_stays(editor_client, english_home):
    started = start(editor_client, SEED)
    paragraph = next(piece for piece in state_of(editor_client, started).pieces
                     if piece.text.startswith("Ketamine works by interacting"))  # fmt: skip
    editor_client.post(review_url(started), {f"kind-{paragraph.index}": "location", "apply": ""})
    response = editor_client.get(review_url(started))
    assert response.context["review"].pieces[paragraph.index].kind == "paragraph"
    warning = " ".join(BeautifulSoup(response.content, "html.parser").select_one("[role=alert]").get_text(" ").split())
    assert warning.startswith("“Ketamine works by interacting") and "could not be read as Location" in warning
    assert response.context["review"].missing == []


def test_the_review_screen_queries_per_kind_of_item_not_per_item(editor_client, demo):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for path in (SEED, FIXTURES / "botox-migraine.docx"):  # 15 library items; fewer.
        started = start(editor_client, path)
        editor_client.get(review_url(started))  # Caches (the user's permissions, the site) warmed.
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(review_url(started)).status_code == 200
        counts[path.name] = len(queries)
    assert counts["seed_article.en.txt"] - counts["botox-migraine.docx"] <= 4, counts  # At most one more per kind.
