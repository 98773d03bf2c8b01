"""The web pages' fonts: the checked-in WOFF2 files are what `manage.py build_web_fonts` makes, each covers its
script (and nothing else) as far as the brochure's font does, and a page asks for each script's file only
through `unicode-range`."""

import io
import re

from fontTools.ttLib import TTFont

from exporters.pages.font_subsets import covered, subset_face
from exporters.pages.styles import page_css
from exporters.pages.web_fonts import FACES, FONTS_DIR, SOURCE_DIR, faces_for_text, in_ranges


def test_the_checked_in_files_are_the_faces_with_their_licence():
    assert sorted(path.name for path in FONTS_DIR.glob("*.woff2")) == sorted(face.file_name for face in FACES)
    assert "SIL OPEN FONT LICENSE" in (FONTS_DIR / "OFL.txt").read_text()


def test_each_file_has_exactly_its_scripts_characters_of_the_brochure_font():
    for face in FACES:
        font = TTFont(FONTS_DIR / face.file_name)
        assert font.flavor == "woff2", face
        characters = set(font["cmap"].getBestCmap())
        assert characters == set(covered(face)), face.file_name
        assert all(in_ranges(cp, face.ranges) for cp in characters)
        # The copyright and licence records travel inside the file too, as the brochure's font has them (OFL).
        source = TTFont(SOURCE_DIR / face.source, lazy=True)["name"]
        for name_id in (0, 13):
            assert font["name"].getDebugName(name_id) == source.getDebugName(name_id), (face.file_name, name_id)


def test_the_latin_files_are_what_the_command_makes():
    """Byte for byte (the other scripts take longer to cut; their coverage is checked above)."""
    for face in FACES:
        if face.script == "latin":
            assert subset_face(face) == (FONTS_DIR / face.file_name).read_bytes(), face.file_name


def test_english_and_spanish_text_needs_latin_files_of_tens_of_kb():
    faces = faces_for_text("¿Es la ketamina segura? — Sí: «los mitos» y los hechos. Ketamine is safe.")
    assert {face.script for face in faces} == {"latin"}
    assert 20_000 < sum((FONTS_DIR / face.file_name).stat().st_size for face in faces) < 80_000
    scripts = {face.script for face in faces_for_text("Кетамин и خرافة, 케타민")}
    assert scripts == {"latin", "cyrillic", "arabic", "hangul"}  # Latin: the comma and spaces.


def test_the_page_css_declares_every_face_with_its_unicode_range():
    css = page_css()
    rules = re.findall(r"@font-face \{[^}]*\}", css)
    assert len(rules) == len(FACES)
    for face in FACES:
        rule = next(rule for rule in rules if f"/{face.file_name}" in rule)
        assert "font-display: swap" in rule and f"font-weight: {face.weight}" in rule
        assert "unicode-range: U+" in rule
    latin = next(rule for rule in rules if "/noto-sans-latin-400.woff2" in rule)
    assert "unicode-range: U+0-FF," in latin and "U+100" not in latin
    assert "brochure/fonts" not in css  # The print channel's full TTFs are never a web page's.


def test_a_cut_file_loads_as_a_font():
    face = next(face for face in FACES if face.script == "latin")
    font = TTFont(io.BytesIO((FONTS_DIR / face.file_name).read_bytes()))
    assert font["cmap"].getBestCmap()[ord("ñ")]
