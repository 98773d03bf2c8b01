"""End to end: an editor's publish, recorded by the change feed, reaches the receiver signed, with the cursor
the feed gives for it; an unpublish and a delete follow as their events."""

from standardwebhooks import Webhook

from cms.models import Myth
from exporters.webhooks.models import WebhookDelivery


def bodies(receiver, endpoint):
    return [Webhook(endpoint.secret).verify(request["body"], request["headers"]) for request in receiver.requests]


def test_a_myth_published_unpublished_and_deleted_reaches_the_receiver_as_three_events(
    endpoint, receiver, locales, client, django_capture_on_commit_callbacks
):
    # A draft, as the admin's "Save draft" makes it (placed on no page, so the myth is all that changes).
    myth = Myth(locale=locales["en"], myth="Ketamine infusions are addictive", facts="<p>Not as given.</p>", live=False)
    myth.save()
    with django_capture_on_commit_callbacks(execute=True):
        myth.save_revision().publish()
    (sent,) = bodies(receiver, endpoint)
    assert (sent["type"], sent["action"], sent["kind"], sent["id"], sent["locale"]) == (
        "publish", "published", "myths", myth.pk, "en",
    )  # fmt: skip
    assert sent["url"] == f"http://testserver/api/v1/library/myths/{myth.pk}/"
    # The delivery's cursor resumes the feed right after this change: nothing newer yet.
    feed = client.get("/api/v1/changes/", {"cursor": sent["cursor"]}).json()
    assert feed["changes"] == [] and feed["has_more"] is False

    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.get(pk=myth.pk).unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.get(pk=myth.pk).delete()
    # An unpublished item was already gone for readers: its deletion tells them nothing new.
    events = [(body["type"], body["action"], body["id"], body["url"]) for body in bodies(receiver, endpoint)]
    assert events == [
        ("publish", "published", myth.pk, sent["url"]),
        ("unpublish", "unpublished", myth.pk, None),
    ]
    assert WebhookDelivery.objects.filter(state="succeeded").count() == 2
    feed = client.get("/api/v1/changes/", {"cursor": sent["cursor"]}).json()
    assert [(change["action"], change["id"]) for change in feed["changes"]] == [("unpublished", myth.pk)]
