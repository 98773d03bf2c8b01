"""The content version: one row every process reads, changed in the same transaction as the content."""

import uuid

from django.db import models


class ContentVersion(models.Model):
    """Changes whenever anything the channels show changes. Cached output is keyed on its token.

    It lives in the database, not in the cache, so every process (web workers, the scheduler, a shell)
    sees a change at once, and it commits together with the change itself: no reader can cache old
    content under the new token.
    """

    token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"content version {self.token} ({self.changed_at:%Y-%m-%d %H:%M:%S})"

    @classmethod
    def current(cls) -> "ContentVersion":
        version = cls.objects.filter(pk=1).first()
        return version if version is not None else cls.objects.get_or_create(pk=1)[0]

    @classmethod
    def bump(cls) -> None:
        from django.utils import timezone

        if not cls.objects.filter(pk=1).update(token=uuid.uuid4(), changed_at=timezone.now()):
            cls.objects.get_or_create(pk=1)
