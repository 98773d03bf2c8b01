from django.conf import settings
from django.utils import translation

import polib


def test_every_string_in_the_spanish_catalog_is_translated():
    catalog = polib.pofile(str(settings.BASE_DIR / "locales/es/LC_MESSAGES/django.po"))
    assert [entry.msgid for entry in catalog.untranslated_entries()] == []
    assert [entry.msgid for entry in catalog.fuzzy_entries()] == []


def test_the_labels_channels_print_come_out_in_spanish():
    with translation.override("es"):
        assert [translation.gettext(label) for label in ["Myth", "Fact", "Sources", "Disclaimer"]] == [
            "Mito",
            "Realidad",
            "Fuentes",
            "Descargo de responsabilidad",
        ]
