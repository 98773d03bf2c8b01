"""`export pages --workers N`: pages rendered in worker processes are the same bytes as rendered in one."""

import signal
from io import StringIO

from django.core.management import call_command

import pytest

from cms.models import ArticlePage, HomePage
from exporters.pages.workers import worker_count
from tests import factories


def export(out, workers):
    stdout = StringIO()
    call_command("export", "pages", "--out", str(out), "--quiet", "--workers", str(workers), stdout=stdout)
    return stdout.getvalue()


# Committed rows: the workers are other processes (with their own connections on PostgreSQL). Serialized
# rollback, as every transactional test here: the flush after one removes what migrations made.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.timeout(300)  # Workers that outlive the pool's terminate() hang the export: fail instead.
def test_workers_write_the_same_files_as_one_process(demo, locales, tmp_path):
    home = HomePage.objects.get(locale=locales["en"])
    for number in range(2):  # English only: Spanish readers get them as fallbacks, rendered from other rows.
        myth = factories.myth(locales["en"], text=f"Infusions are only for depression {number}")
        other = ArticlePage(title=f"Ketamine and chronic pain {number}", intro="<p>Pain.</p>",
                            body=[{"type": "myth", "value": {"myth": myth.pk}}])  # fmt: skip
        home.add_child(instance=other)
        other.save_revision().publish()
    assert worker_count(3, 8) == 3  # Outside a transaction the workers really run.
    assert "8 written" in export(tmp_path / "one", 1)  # 2 homes, 4 articles, 2 fallbacks.
    # A SIGTERM handler that only notes the signal, as db_worker's (the task worker runs exports on publish):
    # workers forked with it would survive the pool's terminate(), and the export would wait for them forever.
    noting = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    try:
        assert "8 written" in export(tmp_path / "three", 3)
    finally:
        signal.signal(signal.SIGTERM, noting)
    one = sorted(path.relative_to(tmp_path / "one") for path in (tmp_path / "one").rglob("*") if path.is_file())
    three = sorted(path.relative_to(tmp_path / "three") for path in (tmp_path / "three").rglob("*") if path.is_file())
    assert one == three and len(one) > 8
    for relative in one:
        assert (tmp_path / "one" / relative).read_bytes() == (tmp_path / "three" / relative).read_bytes(), relative


def test_inside_a_transaction_one_process_renders(db):
    assert worker_count(4, 1000) == 1  # The test's transaction: forked workers would not see its rows.
