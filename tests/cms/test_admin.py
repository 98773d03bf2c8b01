"""An editor's day in the admin, through Django's test client: the library, publishing, translating."""

from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html, rich_text

from cms.models import BrandSettings, Location, Myth, Risk
from tests import factories
from tests.cms.review_steps import act
from tests.conftest import page_text, shown_to_readers

ENGLISH_ARTICLE = "/en/common-myths-about-ketamine-infusion-therapy/"


def admin_url(model, view, *args):
    return reverse(f"wagtailsnippets_cms_{model}:{view}", args=args)


def edit_form(client, url, streams=("sources",)):
    """The form as the browser shows it, ready to change and submit.

    StreamFields are drawn by JavaScript, so their (empty) inputs are added as the browser would send them.
    """
    response = client.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="w-editor-form")
    for name in streams:
        data.setdefault(f"{name}-count", "0")
    return data


def test_the_content_library_menu_lists_the_four_kinds_of_item(editor_client, demo):
    admin_client = editor_client  # What a marketing editor sees, not only a superuser.
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Content library" in html
    examples = {
        "myth": "Ketamine Infusion Therapy is Addictive",
        "benefit": "Rapid improvement in depression",
        "risk": "Hallucinations",
        "location": "Fairbanks, AK",
    }
    for model, item in examples.items():
        response = admin_client.get(admin_url(model, "list"))
        assert response.status_code == 200
        assert item in response.content.decode()


def test_search_finds_a_myth_by_its_words(admin_client, demo):
    response = admin_client.get(admin_url("myth", "list"), {"q": "addictive"})
    html = response.content.decode()
    assert "Ketamine Infusion Therapy is Addictive" in html
    assert "Ketamine is Only a Recreational Drug" not in html


def test_an_editor_creates_a_myth_and_a_medical_reviewer_publishes_it(editor_client, reviewer_client, locales):
    url = admin_url("myth", "add") + "?locale=en"
    data = edit_form(editor_client, url)
    data["myth"] = "Ketamine infusions make you lose control"
    data["facts"] = rich_text("<p>You stay monitored by a clinician throughout.</p>")
    data["action-submit"] = "submit"
    response = editor_client.post(url, data)
    assert response.status_code == 302

    myth = Myth.objects.get(myth="Ketamine infusions make you lose control")
    assert not myth.live  # Submitted, not published: health claims wait for the medical reviewer.
    assert act(reviewer_client, myth, "approve").status_code == 302
    myth.refresh_from_db()
    assert myth.live
    assert myth.locale == locales["en"]
    assert "You stay monitored by a clinician throughout." in myth.facts
    assert myth.revisions.count() == 2  # What the editor submitted, and the same stamped with the review.


def test_saving_a_draft_does_not_publish(admin_client, locales):
    myth = factories.myth(locales["en"], text="Published wording")
    url = admin_url("myth", "edit", myth.pk)
    data = edit_form(admin_client, url)
    data["myth"] = "Draft wording"
    assert admin_client.post(url, data).status_code == 302
    myth.refresh_from_db()
    assert myth.myth == "Published wording"
    assert myth.has_unpublished_changes
    assert myth.latest_revision.as_object().myth == "Draft wording"


def test_an_editor_translates_a_myth_into_spanish(editor_client, reviewer_client, locales):
    english = factories.myth(locales["en"], text="Ketamine is only a party drug")
    english.locked = True  # Another editor is working on the English original.
    english.locked_by = editor_client.user
    english.save()
    url = reverse("simple_translation:submit_snippet_translation", args=["cms", "myth", english.pk])
    response = editor_client.post(url, {"locales": [locales["es"].pk]})
    assert response.status_code == 302

    spanish = english.get_translation(locales["es"])
    # A fresh translation is an unlocked draft with no publishing history until the translator publishes it.
    assert not spanish.live
    assert (spanish.first_published_at, spanish.live_revision, spanish.locked) == (None, None, False)
    assert shown_to_readers(english, locales["es"]) == english

    edit_url = admin_url("myth", "edit", spanish.pk)
    data = edit_form(editor_client, edit_url)
    data["myth"] = "La ketamina es solo una droga de fiesta"
    data["facts"] = rich_text("<p>Es un anestésico aprobado por la FDA.</p>")
    data["action-submit"] = "submit"
    assert editor_client.post(edit_url, data).status_code == 302
    assert not Myth.objects.get(pk=spanish.pk).live
    assert act(reviewer_client, spanish, "approve").status_code == 302

    spanish.refresh_from_db()
    assert spanish.live and spanish.myth == "La ketamina es solo una droga de fiesta"
    assert shown_to_readers(english, locales["es"]) == spanish


def test_editing_a_myth_once_changes_every_page_that_places_it(admin_client, demo, client):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    url = admin_url("myth", "edit", myth.pk)
    data = edit_form(admin_client, url)
    data["myth"] = "Ketamine infusions are dangerous"
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302

    text = page_text(client.get(ENGLISH_ARTICLE))
    assert "Myth: Ketamine infusions are dangerous" in text
    assert "Ketamine Infusion Therapy is Unsafe" not in text


def test_a_bad_zip_is_shown_on_its_field_and_nothing_is_saved(admin_client, demo):
    location = Location.objects.get(name="Anchorage, AK", locale__language_code="en")
    url = admin_url("location", "edit", location.pk)
    data = edit_form(admin_client, url, streams=["opening_hours"])
    data["postal_code"] = "9950"
    data["action-publish"] = "publish"
    response = admin_client.post(url, data)

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["postal_code"]
    assert "Enter a US ZIP code of 5 digits (99503) or 9 digits" in form.errors["postal_code"][0]
    assert "“9950” is not one." in response.content.decode()
    location.refresh_from_db()
    assert location.postal_code == "99503"
    assert location.revisions.count() == 1


def test_the_usage_report_names_the_article(admin_client, demo):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive")
    html = admin_client.get(admin_url("myth", "usage", myth.pk)).content.decode()
    assert "Common Myths about Ketamine Infusion Therapy" in html


def test_history_and_preview_of_a_library_item(admin_client, demo):
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Addictive")
    assert admin_client.get(admin_url("myth", "history", myth.pk)).status_code == 200

    preview_url = admin_url("myth", "preview_on_edit", myth.pk)
    data = edit_form(admin_client, admin_url("myth", "edit", myth.pk))
    data["myth"] = "Previewed wording"
    assert admin_client.post(preview_url, data).json()["is_valid"]
    html = admin_client.get(preview_url).content.decode()
    assert "Previewed wording" in html
    myth.refresh_from_db()
    assert myth.myth == "Ketamine Infusion Therapy is Addictive"


def test_brand_settings_are_editable_with_errors_on_the_field(admin_client, demo):
    response = admin_client.get(reverse("wagtailsettings:edit", args=["cms", "brandsettings"]), follow=True)
    assert response.status_code == 200
    url = response.redirect_chain[-1][0] if response.redirect_chain else response.request["PATH_INFO"]
    html = response.content.decode()
    assert 'value="Ketwell Alaska"' in html
    data = querydict_from_html(html, form_id="w-editor-form")
    data["primary_colour"] = "teal"
    refused = admin_client.post(url, data)
    assert refused.status_code == 200
    assert list(refused.context["form"].errors) == ["primary_colour"]
    data["primary_colour"] = "#123456"
    assert admin_client.post(url, data).status_code == 302
    assert BrandSettings.objects.get().primary_colour == "#123456"


def test_an_editor_compares_two_revisions_and_restores_the_older_one(admin_client, locales):
    myth = factories.myth(locales["en"], text="First wording")
    first = myth.latest_revision
    myth.myth = "Second wording"
    myth.save_revision().publish()

    compare = admin_client.get(admin_url("myth", "revisions_compare", myth.pk, "earliest", "latest"))
    assert compare.status_code == 200
    assert '<span class="deletion">First</span><span class="addition">Second</span> wording' in compare.content.decode()

    revert_url = admin_url("myth", "revisions_revert", myth.pk, first.pk)
    data = edit_form(admin_client, revert_url)
    assert data["myth"] == "First wording"
    data["action-publish"] = "publish"
    assert admin_client.post(revert_url, data).status_code == 302
    myth.refresh_from_db()
    assert myth.myth == "First wording"
    assert myth.revisions.count() == 3


def test_a_spanish_item_previews_in_spanish(admin_client, demo):
    risk = Risk.objects.get(locale__language_code="es", frequency="rare", name="Alucinaciones")
    preview_url = admin_url("risk", "preview_on_edit", risk.pk)
    data = edit_form(admin_client, admin_url("risk", "edit", risk.pk), streams=[])
    assert admin_client.post(preview_url, data).json()["is_valid"]
    html = admin_client.get(preview_url).content.decode()
    assert '<html lang="es" dir="ltr">' in html  # The web page channel's markup, in the item's language.
    assert '<span class="frequency frequency-rare">Raros</span>' in html and "Cómo lo reducimos:" in html
