from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command


def run(settings, tmp_path, monkeypatch, password=""):
    settings.CMS_ADMIN_PASSWORD_FILE = tmp_path / "admin-password"
    monkeypatch.setenv("CMS_ADMIN_PASSWORD", password)
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_generates_a_password_once_prints_it_and_keeps_it(db, settings, tmp_path, monkeypatch):
    first = run(settings, tmp_path, monkeypatch)
    password = (tmp_path / "admin-password").read_text().strip()
    assert len(password) >= 16
    assert f"as “admin” with password: {password}" in first
    assert (tmp_path / "admin-password").stat().st_mode & 0o077 == 0  # Readable by its owner only.

    second = run(settings, tmp_path, monkeypatch)
    assert f"with password: {password}" in second
    assert get_user_model().objects.filter(username="admin").count() == 1
    assert get_user_model().objects.get(username="admin").check_password(password)


def test_the_password_can_come_from_the_environment(db, settings, tmp_path, monkeypatch):
    run(settings, tmp_path, monkeypatch, password="from-the-environment-42")
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("from-the-environment-42")
    assert not (tmp_path / "admin-password").exists()


def test_a_password_changed_in_the_admin_is_not_overwritten(db, settings, tmp_path, monkeypatch):
    run(settings, tmp_path, monkeypatch)
    user = get_user_model().objects.get(username="admin")
    user.set_password("chosen-by-the-editor")
    user.save()
    output = run(settings, tmp_path, monkeypatch)
    assert "has a password of its own" in output
    user.refresh_from_db()
    assert user.check_password("chosen-by-the-editor")


def test_after_an_environment_password_is_dropped_no_stale_password_is_printed(db, settings, tmp_path, monkeypatch):
    run(settings, tmp_path, monkeypatch, password="from-the-environment-42")
    output = run(settings, tmp_path, monkeypatch)
    assert "has a password of its own" in output
    assert "with password:" not in output
    assert not (tmp_path / "admin-password").exists()
    assert get_user_model().objects.get(username="admin").check_password("from-the-environment-42")
