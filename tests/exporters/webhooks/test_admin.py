"""Settings → Webhooks in the admin: who may see and change endpoints, the form's checks, the delivery log
and “Send again”."""

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest

from exporters.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from tests.conftest import page_text

from .conftest import change


@pytest.fixture
def moderator_client(django_user_model, locales):
    user = django_user_model.objects.create_user("mo", "mo@example.org", "correct horse battery")
    user.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


DENIED = "Sorry, you do not have permission to access this area."


def refused(client, method, path, data=None):
    """The admin refuses: Wagtail sends a browser back to the dashboard with its message (its way with a
    PermissionDenied), and answers 403 to a script (X-Requested-With), which is the denial itself."""
    response = getattr(client, method)(path, data or {})
    followed = client.get(response.url) if response.status_code == 302 else None
    as_script = getattr(client, method)(path, data or {}, headers={"x-requested-with": "XMLHttpRequest"})
    return (
        response.status_code == 302
        and response.url == reverse("wagtailadmin_home")
        and DENIED in page_text(followed)
        and as_script.status_code == 403
    )


def test_an_editor_without_the_permission_is_refused_everywhere(editor_client, endpoint, receiver, commit):
    commit(change())
    delivery = WebhookDelivery.objects.get()
    for url in [
        reverse("webhooks:index"),
        reverse("webhooks:add"),
        reverse("webhooks:edit", args=[endpoint.pk]),
        reverse("webhooks:delete", args=[endpoint.pk]),
        reverse("webhooks:deliveries", args=[endpoint.pk]),
    ]:
        assert refused(editor_client, "get", url), url
    assert refused(editor_client, "post", reverse("webhooks:send_again", args=[endpoint.pk, delivery.pk]))
    assert refused(
        editor_client, "post", reverse("webhooks:add"), {"name": "x", "url": receiver.url, "events": ["publish"]}
    )
    assert refused(editor_client, "post", reverse("webhooks:delete", args=[endpoint.pk]))
    assert len(receiver.requests) == 1 and WebhookEndpoint.objects.count() == 1
    assert endpoint.secret not in editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("webhooks:index") not in editor_client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_viewer_sees_the_log_but_cannot_send_again(editor_client, endpoint, receiver, commit):
    from django.contrib.auth.models import Permission

    editor_client.user.user_permissions.add(Permission.objects.get(codename="view_webhookendpoint"))
    commit(change())
    delivery = WebhookDelivery.objects.get()
    response = editor_client.get(reverse("webhooks:deliveries", args=[endpoint.pk]))
    assert response.status_code == 200 and "Send again" not in page_text(response)
    assert refused(editor_client, "post", reverse("webhooks:send_again", args=[endpoint.pk, delivery.pk]))
    assert len(receiver.requests) == 1


def test_a_moderator_adds_an_endpoint_and_sees_its_secret(moderator_client, receiver):
    response = moderator_client.post(
        reverse("webhooks:add"),
        {"name": "Astro site", "url": receiver.url, "events": ["publish", "delete"], "kinds": ["myths"],
         "locales": [], "enabled": "on", "owner": moderator_client.user.pk},
    )  # fmt: skip
    assert response.status_code == 302, page_text(response)
    endpoint = WebhookEndpoint.objects.get()
    assert (endpoint.events, endpoint.kinds, endpoint.locales) == (["publish", "delete"], ["myths"], [])
    assert endpoint.owner == moderator_client.user
    edit = moderator_client.get(reverse("webhooks:edit", args=[endpoint.pk]))
    assert endpoint.secret in page_text(edit)
    assert "Delivery log" in page_text(edit)
    listing = page_text(moderator_client.get(reverse("webhooks:index")))
    assert "Astro site" in listing and "publish, delete" in listing and "Enabled" in listing


def test_the_add_form_names_the_url_field_when_it_is_refused(moderator_client, settings):
    settings.CMS_WEBHOOKS = {**settings.CMS_WEBHOOKS, "ALLOWED_NETWORKS": []}
    response = moderator_client.post(
        reverse("webhooks:add"), {"name": "Metadata", "url": "http://169.254.169.254/latest/", "events": ["publish"]}
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["url"]
    assert "169.254.169.254 is a link-local address" in errors["url"][0]
    assert "169.254.169.254 is a link-local address" in page_text(response)
    assert not WebhookEndpoint.objects.exists()


def test_the_log_shows_each_attempt_and_send_again_sends_the_same_message(moderator_client, endpoint, receiver, commit):
    receiver.statuses = [404]
    receiver.reply = b"<script>alert(1)</script> no such hook"
    commit(change(id=77))
    delivery = WebhookDelivery.objects.get()
    log = moderator_client.get(reverse("webhooks:deliveries", args=[endpoint.pk]))
    text = page_text(log)
    assert "publish · page 77 (en) · Failed" in text
    assert "404" in text and " ms" in text and "<script>alert(1)</script> no such hook" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in log.content.decode()  # Shown, never run.

    response = moderator_client.post(reverse("webhooks:send_again", args=[endpoint.pk, delivery.pk]))
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == ("succeeded", 2)
    assert [request["headers"]["webhook-id"] for request in receiver.requests] == [delivery.message_id] * 2
    assert list(WebhookAttempt.objects.values_list("number", "status_code")) == [(1, 404), (2, 200)]


def test_send_again_needs_the_csrf_token(moderator_client, endpoint, receiver, commit):
    commit(change())
    delivery = WebhookDelivery.objects.get()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(moderator_client.user)
    assert strict.post(reverse("webhooks:send_again", args=[endpoint.pk, delivery.pk])).status_code == 403
    assert len(receiver.requests) == 1


def test_a_disabled_endpoint_is_shown_on_the_dashboard_and_its_edit_view(moderator_client, endpoint, receiver, commit):
    receiver.statuses = [410] * 5
    for number in range(5):
        commit(change(id=number))
    home = page_text(moderator_client.get(reverse("wagtailadmin_home")))
    assert "Webhook endpoints disabled" in home and "5 messages in a row could not be delivered." in home
    edit = page_text(moderator_client.get(reverse("webhooks:edit", args=[endpoint.pk])))
    assert "This endpoint is disabled" in edit

    response = moderator_client.post(
        reverse("webhooks:edit", args=[endpoint.pk]),
        {"name": endpoint.name, "url": endpoint.url, "events": ["publish"], "enabled": "on"},
    )
    assert response.status_code == 302
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.consecutive_failures == 0 and endpoint.disabled_at is None
    assert "Webhook endpoints disabled" not in page_text(moderator_client.get(reverse("wagtailadmin_home")))


def test_the_owner_without_the_permission_sees_the_dashboard_notice(client, endpoint, receiver, commit):
    owner = endpoint.owner
    owner.groups.add(Group.objects.get(name="Editors"))
    client.force_login(owner)
    receiver.statuses = [410] * 5
    for number in range(5):
        commit(change(id=number))
    home = client.get(reverse("wagtailadmin_home"))
    assert "Webhook endpoints disabled" in page_text(home)
    assert "Ask a moderator to look at its delivery log" in page_text(home)
    assert reverse("webhooks:deliveries", args=[endpoint.pk]) not in home.content.decode()  # Not theirs to open.
