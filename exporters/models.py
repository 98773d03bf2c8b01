"""Content versions per scope: rows every process reads, changed in the same transaction as the content.

A scope names a part of what the channels show; a cached response is keyed on the versions of the scopes it
depends on, so publishing one myth drops the responses that show it and nothing else:

- "site": what can change any response (brand settings, disclaimers, locales, sites, images, view
  restrictions, page moves and renames). Every response depends on it.
- "pages": the page list and find endpoints (any page or library item published, unpublished or deleted).
- "page:<pk>": the detail of one page. Keyed on the pk the URL carries, so a cached hit costs no lookup;
  a change bumps the scope of every translation of the page (they list each other).
- "library:<model>": the list of one kind of library item, e.g. "library:myth".
- "item:<model>:<pk>": the detail of one library item; bumped for every translation, like pages.

exporters/signals.py decides which scopes a change bumps.
"""

import uuid

from django.db import models
from django.utils import timezone

SITE = "site"
PAGES = "pages"


def page_scope(pk) -> str:
    return f"page:{pk}"


def library_scope(model) -> str:
    return f"library:{model._meta.model_name}"


def item_scope(model, pk) -> str:
    return f"item:{model._meta.model_name}:{pk}"


class ContentVersion(models.Model):
    """The version of one scope. Cached output is keyed on the tokens of the scopes it depends on.

    It lives in the database, not in the cache, so every process (web workers, the scheduler, a shell)
    sees a change at once, and it commits together with the change itself: no reader can cache old
    content under the new token. A scope with no row has its initial version; the "site" row always
    exists (created with a random token when missing), so a new or restored database never meets the
    cached output of another one.
    """

    scope = models.CharField(max_length=150, primary_key=True)
    token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.scope} version {self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"

    @classmethod
    def read(cls, scopes) -> dict[str, "ContentVersion"]:
        """{scope: version} of the scopes that have a row, in one query; always with "site"."""
        scopes = {SITE, *scopes}
        versions = {version.scope: version for version in cls.objects.filter(scope__in=scopes)}
        if SITE not in versions:
            versions[SITE] = cls.objects.get_or_create(scope=SITE)[0]
        return versions

    @classmethod
    def bump(cls, scopes=(SITE,)) -> None:
        """A new version of each scope, in the caller's transaction."""
        scopes = set(scopes)
        if not scopes:
            return
        token, now = uuid.uuid4(), timezone.now()
        if cls.objects.filter(scope__in=scopes).update(token=token, changed_at=now) < len(scopes):
            cls.objects.bulk_create(
                [cls(scope=scope, token=token, changed_at=now) for scope in scopes], ignore_conflicts=True
            )
            # A row another process created at the same moment keeps its token: write ours over it, so this
            # change commits with a token no reader has seen yet.
            cls.objects.filter(scope__in=scopes).update(token=token, changed_at=now)
