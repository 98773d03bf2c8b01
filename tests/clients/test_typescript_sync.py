"""The TypeScript client's sync() against the live change feed (GET /api/v1/changes/): the first sync reads
the demo's whole state, a publish done here shows up in the next sync, exactly, and the cursor lives in a
file between runs (clients/typescript/test/sync/feed.test.ts, one step per run)."""

import json

import pytest

from cms.models import Myth

from .typescript import npm, output

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def sync_step(step: str, env: dict, cursor_file, **extra) -> None:
    result = npm("test:sync", **env, CMS_SYNC_STEP=step, CMS_SYNC_STORE=str(cursor_file), **extra)
    assert result.returncode == 0, output(result)
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout, output(result)


def test_sync_reads_the_state_then_exactly_what_was_published_since(cms_env, tmp_path):
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
