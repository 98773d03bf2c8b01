import ast
import re

from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

import polib


def test_every_string_in_the_spanish_catalog_is_translated():
    catalog = polib.pofile(str(settings.BASE_DIR / "locales/es/LC_MESSAGES/django.po"))
    assert [entry.msgid for entry in catalog.untranslated_entries()] == []
    assert [entry.msgid for entry in catalog.fuzzy_entries()] == []


def test_the_labels_channels_print_come_out_in_spanish():
    with translation.override("es"):
        assert [translation.gettext(label) for label in ["Myth", "Fact", "Disclaimer"]] == [
            "Mito",
            "Realidad",
            "Descargo de responsabilidad",
        ]


GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy", "ngettext", "ngettext_lazy"}
TEMPLATE_GETTEXT = re.compile(r"\b(?:n|p|np)?gettext\((u'(?:[^'\\]|\\.)*')")


def strings_in_templates() -> dict[str, str]:
    """{msgid: where} for every {% trans %}, {% blocktrans %} and _("…") in the project's templates."""
    found = {}
    # The CMS's templates and each channel's own (exporters/<channel>/templates/).
    folders = [settings.BASE_DIR / "cms" / "templates", *sorted((settings.BASE_DIR / "exporters").glob("*/templates"))]
    assert {folder.parent.name for folder in folders} >= {"cms", "pages", "brochure"}
    for folder in folders:
        for path in sorted(folder.rglob("*.html")):
            for literal in TEMPLATE_GETTEXT.findall(templatize(path.read_text(), origin=str(path))):
                found[ast.literal_eval(literal)] = str(path.relative_to(settings.BASE_DIR))
    return found


def strings_in_python() -> dict[str, str]:
    """{msgid: where} for every gettext call with a literal in the project's Python code (not migrations)."""
    found = {}
    for folder in ("cms", "exporters"):
        for path in sorted((settings.BASE_DIR / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name not in GETTEXT_NAMES:
                    continue
                message = node.args[1] if name.startswith("pgettext") and len(node.args) > 1 else node.args[0]
                if isinstance(message, ast.Constant) and isinstance(message.value, str):
                    found[message.value] = f"{path.relative_to(settings.BASE_DIR)}:{node.lineno}"
    return found


def test_every_string_the_templates_and_code_print_has_a_spanish_translation():
    catalog = polib.pofile(str(settings.BASE_DIR / "locales/es/LC_MESSAGES/django.po"))
    translated = {
        entry.msgid
        for entry in catalog
        if (entry.msgstr or all(entry.msgstr_plural.values() or [""])) and "fuzzy" not in entry.flags
    }
    used = {**strings_in_python(), **strings_in_templates()}
    # The extraction finds strings of each kind (a broken one would find none, and pass).
    assert {"Skip to content", "Last medically reviewed on %(date)s", "Brochure: PDF", "QR code: %(url)s"} <= set(used)
    missing = {msgid: where for msgid, where in used.items() if msgid not in translated}
    assert missing == {}, "Run makemessages and translate these (locales/es/LC_MESSAGES/django.po)"
