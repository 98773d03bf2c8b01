"""An article import in progress: the uploaded file, kept between the review screen's steps.

The server keeps the file and the editor's decisions; the review form sends only decisions (a kind per piece,
a choice per library item), never a structure, and the structure is made again from the file each time
(cms/admin/importing/). An import is deleted once its drafts are written; one left unfinished is deleted
after a day, at the next upload.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEPT_FOR = timedelta(days=1)


class ArticleImport(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE)
    file_name = models.CharField(_("file name"), max_length=255)
    data = models.BinaryField(_("file"))  # At most CMS_IMPORT_MAX_BYTES: checked before it is stored.
    locale = models.CharField(_("language"), max_length=8, blank=True)  # "" detects it.
    kinds = models.JSONField(_("kinds chosen per piece"), default=dict)  # {"piece index": kind}
    choices = models.JSONField(_("choices per library item"), default=dict)  # {item key: place|new|reject}
    brochure = models.BooleanField(_("also create a draft brochure"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("article import")
        verbose_name_plural = _("article imports")

    def __str__(self):
        return self.file_name

    @classmethod
    def prune(cls) -> None:
        """Imports nobody finished: their files are not kept forever."""
        cls.objects.filter(created_at__lt=timezone.now() - KEPT_FOR).delete()
