"""A response built while a change committed is already out of date: the reader gets it, no cache keeps it
(the change's purge may have run before it reaches the cache in front)."""

from exporters.api_json.pages import PageDetailView
from exporters.models import ContentVersion, page_scope


def test_a_response_built_across_a_publish_is_not_stored(client, article, monkeypatch):
    page = article("en")
    url = f"/api/v1/pages/{page.pk}/"
    real_build = PageDetailView.build

    def build_while_publishing(self, request, query, pk):
        document = real_build(self, request, query, pk)
        ContentVersion.bump([page_scope(pk)])  # An editor's publish commits meanwhile.
        return document

    monkeypatch.setattr(PageDetailView, "build", build_while_publishing)
    assert client.get(url)["Cache-Control"] == "no-store"
    monkeypatch.setattr(PageDetailView, "build", real_build)
    assert client.get(url)["Cache-Control"].startswith("public")
