"""The TypeScript client (clients/typescript/) against a live CMS with the demo: its own tests (`npm test`:
strict type-check of the package, its tests, the type-level test and the example, then node's test runner)
and the example frontend, which renders the demo article in English and Spanish."""

import pytest

from .typescript import npm, output

# The app server is a thread that must see what the test commits; the migrations' rows are restored after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
SPANISH_SLUG = "mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina"


def test_the_client_passes_its_tests_against_the_live_server(cms_env):
    result = npm("test", **cms_env)
    assert result.returncode == 0, output(result)
    summary = result.stdout + result.stderr
    assert "# fail 0" in summary and "# pass 0" not in summary, output(result)


def test_the_example_renders_the_demo_article_in_english_and_spanish(cms_env, tmp_path):
    built = npm("pretest", **cms_env)  # tsc: the example is compiled with the package.
    assert built.returncode == 0, output(built)
    result = npm("example", "--", "--out", str(tmp_path), "--once", **cms_env)
    assert result.returncode == 0, output(result)
    assert "Common Myths about Ketamine Infusion Therapy" in result.stdout
    assert "Mitos comunes sobre la terapia de infusión de ketamina" in result.stdout
    spanish = (tmp_path / "es" / f"{SPANISH_SLUG}.html").read_text(encoding="utf-8")
    assert '<html lang="es">' in spanish
    assert "<h1>Mitos comunes sobre la terapia de infusión de ketamina</h1>" in spanish
    assert "La ketamina es solo una droga recreativa" in spanish  # A myth block, rendered from its typed value.
