"""Adding a locale is a settings line, a catalog and content: Russian (Cyrillic) and Arabic (right to left)."""

from wagtail.models import Locale

import polib
import pytest
from slugify import slugify

from cms.models import HomePage, Myth
from tests import factories
from tests.exporters.pages.conftest import EN_ARTICLE, soup_of
from tests.exporters.pages.test_static_export import export

# The catalogs a translator would deliver (a few labels are enough to prove the mechanism).
CATALOGS = {
    "ru": {"Myth": "Миф", "Fact": "Факт", "Skip to content": "Перейти к содержанию", "Language": "Язык"},
    "ar": {"Myth": "خرافة", "Fact": "حقيقة", "Skip to content": "انتقل إلى المحتوى", "Language": "اللغة"},
}
TITLES = {"ru": "Мифы о кетаминовой терапии", "ar": "خرافات حول العلاج بالكيتامين"}
MYTHS = {"ru": "Кетамин — это только наркотик", "ar": "الكيتامين مجرد مخدر ترفيهي"}


@pytest.fixture
def more_languages(settings, tmp_path, article, locales):
    for code, labels in CATALOGS.items():
        catalog = polib.POFile()
        catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": code}
        for msgid, msgstr in labels.items():
            catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
        folder = tmp_path / "locales" / code / "LC_MESSAGES"
        folder.mkdir(parents=True)
        catalog.save_as_mofile(str(folder / "django.mo"))
    # The settings line, and the catalogs' folder.
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = [*settings.LANGUAGES, ("ru", "Russian"), ("ar", "Arabic")]
    settings.LOCALE_PATHS = [*settings.LOCALE_PATHS, tmp_path / "locales"]
    # The content: the home page, the article and one myth translated; everything else falls back.
    english_home = HomePage.objects.get(locale=locales["en"])
    seed_myth = Myth.objects.get(myth="Ketamine is Only a Recreational Drug")
    pages = {}
    for code in CATALOGS:
        locale = Locale.objects.create(language_code=code)
        home = english_home.copy_for_translation(locale)
        home.save_revision().publish()
        page = article("en").copy_for_translation(locale)
        page.title, page.slug = TITLES[code], ""
        page.save_revision().publish()
        factories.translate(seed_myth, locale, myth=MYTHS[code])
        pages[code] = page.specific_class.objects.get(pk=page.pk)
    return pages


def test_titles_in_other_scripts_give_readable_ascii_addresses(more_languages):
    assert more_languages["ru"].url == f"/ru/{slugify(TITLES['ru'])}/" == "/ru/mify-o-ketaminovoi-terapii/"
    assert more_languages["ar"].url.isascii() and more_languages["ar"].slug == slugify(TITLES["ar"])


def test_the_arabic_page_reads_right_to_left_in_arabic(client, more_languages):
    soup = soup_of(client.get(more_languages["ar"].url))
    assert soup.html["lang"] == "ar" and soup.html["dir"] == "rtl"
    assert soup.h1.get_text() == TITLES["ar"]
    first_myth = soup.find("section", class_="myth")
    assert "lang" not in first_myth.attrs  # Translated: in the page's language.
    assert first_myth.find(class_="tag-myth").get_text() == "خرافة:" and MYTHS["ar"] in first_myth.get_text()
    untranslated = soup.find_all("section", class_="myth")[1]
    assert untranslated["lang"] == "en"  # Not translated yet: the English myth, declared as English.
    assert soup.find(class_="skip-link").get_text() == "انتقل إلى المحتوى"


def test_the_russian_page_is_in_russian(client, more_languages):
    soup = soup_of(client.get(more_languages["ru"].url))
    assert soup.html["lang"] == "ru" and soup.html["dir"] == "ltr"
    assert soup.find(class_="tag-myth").get_text() == "Миф:" and MYTHS["ru"] in soup.get_text()


def test_every_language_links_to_the_others(client, more_languages):
    soup = soup_of(client.get(EN_ARTICLE))
    alternates = {link["hreflang"] for link in soup.find_all("link", rel="alternate")}
    assert alternates == {"en", "es", "ru", "ar", "x-default"}
    switcher = {a["lang"]: a.get_text() for a in soup.select("nav.languages a")}
    assert switcher == {"en": "English", "es": "español", "ru": "Русский", "ar": "العربيّة"}


def test_the_static_export_has_every_language(more_languages, tmp_path):
    out = tmp_path / "site"
    export(out)
    for code in CATALOGS:
        assert (out / more_languages[code].url.strip("/") / "index.html").is_file()
        assert (out / code / "index.html").is_file()
    # Their scripts' web fonts go along (the language switcher shows every language in its own script).
    fonts = {path.name for path in (out / "static" / "pages" / "fonts").iterdir()}
    assert {"noto-sans-cyrillic-400.woff2", "noto-sans-arabic-arabic-700.woff2"} <= fonts
    assert not any(name.startswith(("nanumgothic", "noto-sans-greek")) for name in fonts)
