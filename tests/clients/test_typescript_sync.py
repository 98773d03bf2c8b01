"""The TypeScript client's sync() against the live change feed (GET /api/v1/changes/): the first sync reads
the demo's whole state, a publish done here shows up in the next sync, exactly, and the cursor lives in a
file between runs (clients/typescript/test/sync/feed.test.ts, one step per run)."""

import json
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

import pytest

from cms.models import Myth
from exporters.changes.models import Change

from .typescript import npm, output

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sync_step(step: str, env: dict, cursor_file, **extra) -> None:
    result = npm("test:sync", **env, CMS_SYNC_STEP=step, CMS_SYNC_STORE=str(cursor_file), **extra)
    assert result.returncode == 0, output(result)
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout, output(result)


def test_sync_reads_the_state_then_what_was_published_since_then_starts_over_when_too_old(cms_env, tmp_path):
    built = npm("pretest", **cms_env)
    assert built.returncode == 0, output(built)
    cursor_file = tmp_path / "cursor.json"

    sync_step("initial", cms_env, cursor_file)
    assert json.loads(cursor_file.read_text())["cursor"]

    myth = Myth.objects.filter(locale__language_code="en", live=True).order_by("pk").first()
    myth.myth = "Ketamine infusions are never given in a clinic"
    myth.save_revision().publish()  # Commits: the feed records it, the server thread reads it.
    published = {"kind": "myths", "id": myth.pk, "locale": "en", "text": myth.myth}
    sync_step("after", cms_env, cursor_file, CMS_SYNC_EXPECT=json.dumps(published))

    # Another change after the stored cursor, then all of it older than the history kept: the feed prunes it
    # on the next read, and the stored cursor gets 410 Gone.
    other = Myth.objects.filter(locale__language_code="es", live=True).order_by("pk").first()
    other.myth = "La ketamina se usa en hospitales desde hace décadas"
    other.save_revision().publish()
    Change.objects.update(at=timezone.now() - timedelta(days=settings.CMS_CHANGES_RETENTION_DAYS + 1))
    sync_step("expired", cms_env, cursor_file)


def test_the_example_stays_current_by_the_feed(cms_env, tmp_path):
    """The example renders the article and keeps the feed's cursor; run again after a publish, it learns of
    the change from the feed (not by reading everything) and renders the page that shows it again."""
    built = npm("pretest", **cms_env)
    assert built.returncode == 0, output(built)
    out = tmp_path / "site"
    first = npm("example", "--", "--out", str(out), "--polls", "0", **cms_env)
    assert first.returncode == 0, output(first)
    assert "feed:" not in first.stdout  # The initial state is what was just rendered.
    assert json.loads((out / ".cms-cursor.json").read_text())["cursor"]

    myth = Myth.objects.get(locale__language_code="es", myth="La ketamina es solo una droga recreativa")
    myth.myth = "La ketamina no es solo una droga recreativa"
    myth.save_revision().publish()

    second = npm("example", "--", "--out", str(out), "--polls", "0", **cms_env)
    assert second.returncode == 0, output(second)
    assert f"feed: changed myths {myth.pk}" in second.stdout or f"feed: published myths {myth.pk}" in second.stdout
    spanish = (out / "es" / "mitos-comunes-sobre-la-terapia-de-infusion-de-ketamina.html").read_text(encoding="utf-8")
    assert "La ketamina no es solo una droga recreativa" in spanish
