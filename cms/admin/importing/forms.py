"""The upload form: the file is read and checked here, so that a refusal is an error on the file field."""

from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.importer import ImportRefused
from cms.importer.pipeline import source_from_bytes
from cms.importer.source import FORMATS, check_size, format_of

LANGUAGES = [("", _("Detect from the text")), ("en", _("English")), ("es", _("Spanish"))]


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Article file"),
        help_text=_("A Word (.docx), web page (.html), Markdown (.md) or plain text (.txt) file."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(FORMATS))}),
    )
    locale = forms.ChoiceField(label=_("Language"), choices=LANGUAGES, required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            format_of(Path(upload.name))
            check_size(upload.name, upload.size)  # Before reading: an oversized file is never read into memory.
            self.file_bytes = upload.read()
            source_from_bytes(upload.name, self.file_bytes)  # Empty, binary, corrupt: refused now, not later.
        except ImportRefused as refused:
            raise forms.ValidationError(refused.reason, code="refused") from refused
        return upload
