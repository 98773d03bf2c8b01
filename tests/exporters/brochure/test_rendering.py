"""Same content and options give the same bytes, from the cache; a failure keeps the last good file."""

import hashlib
import json
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command

import pytest

from cms.models import Myth
from exporters.brochure import render as render_module
from exporters.brochure.batch import stop_workers
from tests.exporters.brochure.conftest import render_brochure, text_of

SEED = "common-myths-about-ketamine-infusion-therapy"


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out"


def export(out, *arguments):
    stdout, stderr = StringIO(), StringIO()
    call_command("export", "brochure", *arguments, "--out", str(out), "--quiet", stdout=stdout, stderr=stderr)
    return stdout.getvalue()


@pytest.mark.parametrize("profile", ["office", "press"])
def test_the_same_content_and_options_give_the_same_bytes(seed_brochure, settings, tmp_path, profile):
    first = render_brochure(seed_brochure("en"), profile=profile)
    settings.CMS_BROCHURE_CACHE_DIR = tmp_path / "another-cache"  # Render again, not from the cache.
    second = render_brochure(seed_brochure("en"), profile=profile)
    assert not first.from_cache and not second.from_cache
    assert first.pdf == second.pdf


def test_an_unchanged_brochure_is_not_rendered_again(seed_brochure, monkeypatch):
    first = render_brochure(seed_brochure("en"))

    def must_not_render(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(render_module, "render_pdf", must_not_render)
    again = render_brochure(seed_brochure("en"))
    assert again.from_cache and again.pdf == first.pdf


def test_an_edit_renders_anew(seed_brochure):
    first = render_brochure(seed_brochure("en"))
    myth = Myth.objects.get(myth="Ketamine Infusion Therapy is Unsafe")
    myth.myth = "Ketamine infusions are dangerous"
    myth.save_revision().publish()
    second = render_brochure(seed_brochure("en"))
    assert not second.from_cache and second.key != first.key
    assert "Ketamine infusions are dangerous" in text_of(second.pdf)


def test_export_names_files_by_slug_locale_and_paper(seed_brochure, out):
    assert "2 written" in export(out)
    assert sorted(path.name for path in out.glob("*.pdf")) == [f"{SEED}.en.letter.pdf", f"{SEED}.es.letter.pdf"]
    export(out, SEED, "--locale", "es", "--paper", "a4", "--profile", "press")
    assert (out / f"{SEED}.es.a4.press.pdf").read_bytes().startswith(b"%PDF-")
    assert "0 written, 2 unchanged" in export(out)


def test_a_full_export_removes_the_pdfs_of_brochures_no_longer_live(seed_brochure, out):
    export(out)
    export(out, "--paper", "a4")
    (out / "price-list.pdf").write_bytes(b"%PDF- not ours")
    seed_brochure("es").unpublish()
    export(out, "--locale", "en")  # Only part of them: nothing is removed.
    assert (out / f"{SEED}.es.letter.pdf").exists()
    assert "0 written, 1 unchanged, 1 removed" in export(out)
    assert sorted(path.name for path in out.glob("*.pdf")) == [
        f"{SEED}.en.a4.pdf", f"{SEED}.en.letter.pdf", f"{SEED}.es.a4.pdf", "price-list.pdf",
    ]  # fmt: skip
    manifest = json.loads((out / "brochure-manifest.json").read_text())["files"]
    assert sorted(manifest) == [f"{SEED}.en.a4.pdf", f"{SEED}.en.letter.pdf", f"{SEED}.es.a4.pdf"]
    a4_pdf = (out / f"{SEED}.en.a4.pdf").read_bytes()
    assert manifest[f"{SEED}.en.a4.pdf"]["sha256"] == hashlib.sha256(a4_pdf).hexdigest()


def test_export_refuses_unknown_slugs_and_locales(seed_brochure, out):
    with pytest.raises(CommandError, match="No brochure with the slug nope"):
        export(out, "nope")
    with pytest.raises(CommandError, match="Unknown locale"):
        export(out, "--locale", "xx")


def test_a_failing_brochure_keeps_its_last_good_file_and_the_others_still_render(seed_brochure, out, monkeypatch):
    export(out)
    good = (out / f"{SEED}.es.letter.pdf").read_bytes()
    for brochure in (seed_brochure("en"), seed_brochure("es")):
        brochure.subtitle = "Edición 2" if brochure.locale.language_code == "es" else "Edition 2"
        brochure.save_revision().publish()
    real_render = render_module.render_pdf

    def fail_for_spanish(html, options, fetcher=None):
        if "Edición 2" in html:
            raise ValueError("the layout broke")
        return real_render(html, options, fetcher)

    monkeypatch.setattr(render_module, "render_pdf", fail_for_spanish)
    stop_workers()  # The workers of the first export were forked before the patch.
    with pytest.raises(CommandError, match="1 written, 0 unchanged, 0 removed, 1 failed"):
        export(out)
    assert (out / f"{SEED}.es.letter.pdf").read_bytes() == good
    assert "Edition 2" in text_of((out / f"{SEED}.en.letter.pdf").read_bytes())


def test_a_render_that_takes_too_long_is_stopped_and_reported(seed_brochure, out, settings, monkeypatch):
    import time

    settings.CMS_BROCHURE_LIMITS = {**settings.CMS_BROCHURE_LIMITS, "SECONDS": 1}
    monkeypatch.setattr(render_module, "render_pdf", lambda *args, **kwargs: time.sleep(5))
    with pytest.raises(CommandError) as error:
        export(out, "--locale", "en")
    assert "1 failed" in str(error.value)
    assert not any(Path(out).glob("*.pdf"))
