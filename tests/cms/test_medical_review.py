"""Health claims go live only through the "Medical review" workflow, and approval records who and when."""

import datetime
import json

from django.utils import timezone

from wagtail.models import Locale, Workflow

import pytest
from bs4 import BeautifulSoup

from cms.models import ArticlePage, Myth
from cms.review.due import due_for_review
from tests import factories
from tests.cms.review_steps import act
from tests.cms.test_admin import admin_url, edit_form
from tests.conftest import page_text


def submit(obj, user):
    """What "Submit to Medical review" does (the admin form itself is tested in test_admin.py)."""
    obj.save_revision(user=user)
    Workflow.objects.get(name="Medical review").start(obj, user)


def test_editors_cannot_publish_health_claims_but_can_submit_them(editor_client, locales):
    editor = editor_client.user
    assert not any(editor.has_perm(f"cms.publish_{model}") for model in ("myth", "benefit", "risk", "brochure"))
    assert editor.has_perm("cms.publish_location")  # An address is not a health claim: no review.
    html = editor_client.get(admin_url("myth", "add") + "?locale=en").content.decode()
    assert "Submit to Medical review" in html
    assert 'name="action-publish"' not in html


def test_approval_publishes_the_article_and_every_channel_shows_the_review(
    editor_client, reviewer_client, article, client
):
    page = article("en")
    page.intro = "<p>Reviewed wording.</p>"
    submit(page, editor_client.user)
    assert "Reviewed wording" not in page_text(client.get(page.url))  # Waiting for the reviewer.

    assert act(reviewer_client, page, "approve").status_code == 302

    page = ArticlePage.objects.get(pk=page.pk)
    today = timezone.localdate()
    assert (page.live, page.last_reviewed, page.reviewed_by) == (True, today, "Rita Reyes, MD")
    assert page.get_latest_revision().as_object().reviewed_by == "Rita Reyes, MD"  # The next draft keeps it.
    api = client.get(f"/api/v1/pages/{page.pk}/").json()
    assert api["review"] == {"last_reviewed": today.isoformat(), "reviewed_by": "Rita Reyes, MD"}
    html = client.get(page.url).content.decode()
    assert "Reviewed wording" in html
    graph = json.loads(BeautifulSoup(html, "html.parser").find("script", type="application/ld+json").string)
    web_page = next(node for node in graph["@graph"] if node["@type"] == "MedicalWebPage")
    assert web_page["lastReviewed"] == today.isoformat()
    assert web_page["reviewedBy"]["name"] == "Rita Reyes, MD"


def test_a_reviewer_requests_changes_with_a_comment_and_nothing_goes_live(editor_client, reviewer_client, locales):
    myth = factories.myth(locales["en"], text="Original wording")
    myth.myth = "Ketamine cures everything"
    submit(myth, editor_client.user)

    response = act(reviewer_client, myth, "reject", comment="Cite the 2023 trial, and do not say “cures”.")
    assert response.status_code == 302
    myth = Myth.objects.get(pk=myth.pk)
    assert myth.myth == "Original wording" and myth.last_reviewed is None
    assert myth.workflow_states.get().status == "needs_changes"
    assert myth.workflow_states.get().current_task_state.comment == "Cite the 2023 trial, and do not say “cures”."
    history = editor_client.get(admin_url("myth", "workflow_history_detail", myth.pk,
                                          myth.workflow_states.get().pk))  # fmt: skip
    assert "Cite the 2023 trial" in history.content.decode()


def test_a_reviewer_opens_what_awaits_review_from_the_dashboard(editor_client, reviewer_client, article, locales):
    in_review = factories.myth(locales["en"], text="In review")
    submit(in_review, editor_client.user)
    page = article("en")
    dashboard = BeautifulSoup(reviewer_client.get("/admin/").content, "html.parser")
    link = dashboard.find("a", string=lambda text: text and "In review" in text)  # "Awaiting your review".
    assert link is not None and link["href"] == admin_url("myth", "edit", in_review.pk)
    assert reviewer_client.get(link["href"]).status_code == 200
    assert not reviewer_client.user.has_perm("cms.publish_myth")  # Approval is the only way to publish.
    assert reviewer_client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)  # Not in review.
    submit(page, editor_client.user)
    assert reviewer_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_the_dashboard_lists_what_is_due_for_review(admin_client, locales, settings):
    today = timezone.localdate()
    factories.myth(locales["en"], text="Reviewed long ago", last_reviewed=today - datetime.timedelta(days=400))
    factories.myth(locales["en"], text="Reviewed this week", last_reviewed=today - datetime.timedelta(days=3))
    factories.myth(locales["es"], text="Nunca revisado")
    draft = factories.myth(locales["en"], text="Never published")
    Myth.objects.filter(pk=draft.pk).update(live=False)

    items, total = due_for_review()
    assert [item.title for item in items] == ["Nunca revisado", "Reviewed long ago"]  # Never reviewed first.
    assert total == 2
    html = admin_client.get("/admin/").content.decode()
    panel = page_text_of(html, "due-for-review-section")
    assert "Due for medical review (2)" in panel and "Reviewed long ago" in panel and "Never" in panel
    assert "Reviewed this week" not in panel

    settings.CMS_REVIEW_INTERVAL_DAYS = 2
    assert [item.title for item in due_for_review()[0]] == ["Nunca revisado", "Reviewed long ago",
                                                            "Reviewed this week"]  # fmt: skip


def page_text_of(html: str, element_id: str) -> str:
    element = BeautifulSoup(html, "html.parser").find(id=element_id)
    assert element is not None, f"no #{element_id}"
    return " ".join(element.get_text(" ").split())


def test_the_review_record_is_read_only_for_editors(editor_client, reviewer_client, locales):
    myth = factories.myth(locales["en"], text="Stamped", last_reviewed=datetime.date(2026, 1, 5), reviewed_by="Dr A")
    url = admin_url("myth", "edit", myth.pk)
    data = edit_form(editor_client, url)
    assert "last_reviewed" not in data and "reviewed_by" not in data
    data["last_reviewed"], data["reviewed_by"] = "2030-01-01", "Nobody"  # A forged form changes nothing.
    assert editor_client.post(url, data).status_code == 302
    draft = Myth.objects.get(pk=myth.pk).get_latest_revision_as_object()
    assert (draft.last_reviewed, draft.reviewed_by) == (datetime.date(2026, 1, 5), "Dr A")


def test_a_workflow_that_finishes_without_a_medical_approval_publishes_nothing_for_an_editor(editor_client, locales):
    from django.core.exceptions import PermissionDenied

    from wagtail.models import Task

    Task.objects.filter(name="Medical review").update(active=False)  # An admin switched the review off.
    myth = Myth(locale=locales["en"], myth="Unreviewed claim", facts="<p>Never reviewed.</p>", live=False)
    myth.save()
    with pytest.raises(PermissionDenied):  # Wagtail's own rule then: editors have no right to publish claims.
        submit(myth, editor_client.user)
    myth = Myth.objects.get(pk=myth.pk)
    assert not myth.live and myth.reviewed_by == ""


def test_a_superuser_outside_the_reviewers_publishes_but_is_not_stamped_as_reviewer(
    editor_client, admin_client, locales
):
    myth = factories.myth(locales["en"], text="Original wording")
    myth.myth = "Approved by an administrator"
    submit(myth, editor_client.user)
    assert act(admin_client, myth, "approve").status_code == 302
    myth = Myth.objects.get(pk=myth.pk)
    assert myth.live and myth.myth == "Approved by an administrator"
    assert (myth.last_reviewed, myth.reviewed_by) == (None, "")


def test_a_publish_without_review_clears_the_record_and_a_scheduled_approval_keeps_it(
    editor_client, reviewer_client, locales
):
    myth = factories.myth(locales["en"], text="Reviewed")
    myth.facts = "<p>Reviewed facts.</p>"
    submit(myth, editor_client.user)
    act(reviewer_client, myth, "approve")
    stamped = Myth.objects.get(pk=myth.pk)
    assert stamped.reviewed_by == "Rita Reyes, MD"
    stamped.live_revision.publish()  # Published again at its scheduled time, say: still the reviewed text.
    assert Myth.objects.get(pk=myth.pk).reviewed_by == "Rita Reyes, MD"

    stamped.facts = "<p>Changed by an administrator, never reviewed.</p>"
    stamped.save_revision().publish()  # A superuser's direct publish.
    assert (Myth.objects.get(pk=myth.pk).last_reviewed, Myth.objects.get(pk=myth.pk).reviewed_by) == (None, "")


def test_a_new_translation_starts_without_the_originals_review(article, locales):
    import datetime

    risk = factories.risk(locales["en"], name="Nausea", last_reviewed=datetime.date(2026, 3, 1), reviewed_by="Dr A")
    assert risk.reviewed_by == "Dr A"
    assert risk.copy_for_translation(locales["es"]).reviewed_by == ""
    page = article("en")
    ArticlePage.objects.filter(pk=page.pk).update(last_reviewed=datetime.date(2026, 3, 1), reviewed_by="Dr A")
    page.refresh_from_db()
    french = page.copy_for_translation(Locale.objects.create(language_code="fr"), copy_parents=True)
    assert (french.last_reviewed, french.reviewed_by) == (None, "")
