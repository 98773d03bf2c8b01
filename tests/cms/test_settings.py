import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.settings.database import database_from_environment

PROJECT = Path(__file__).resolve().parents[2]


def test_database_url_picks_postgresql(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    database = database_from_environment(tmp_path / "db.sqlite3")
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["HOST"], database["PORT"]) == ("test", "127.0.0.1", 5432)


def test_without_database_url_the_default_is_an_sqlite_file(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    database = database_from_environment(tmp_path / "db.sqlite3")
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(tmp_path / "db.sqlite3")


def run_production_check(**environment):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "WAGTAILADMIN_"))}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", CMS_VAR_DIR=environment.pop("var"), **environment)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


REQUIRED = {
    "DJANGO_SECRET_KEY": "s3cr3t-" * 10,
    "DJANGO_ALLOWED_HOSTS": "cms.example.org",
    "WAGTAILADMIN_BASE_URL": "https://cms.example.org",
}


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = run_production_check(var=str(tmp_path), **{**REQUIRED, "DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "Production needs the environment variable DJANGO_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("hosts", ["", ",", " , "])
def test_production_refuses_to_start_without_allowed_hosts(tmp_path, hosts):
    result = run_production_check(var=str(tmp_path), **{**REQUIRED, "DJANGO_ALLOWED_HOSTS": hosts})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_refuses_to_start_without_its_public_address(tmp_path):
    result = run_production_check(var=str(tmp_path), **{**REQUIRED, "WAGTAILADMIN_BASE_URL": ""})
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr


def test_production_starts_with_them_and_passes_the_deploy_checks(tmp_path):
    result = run_production_check(var=str(tmp_path), **REQUIRED)
    assert result.returncode == 0, result.stderr
    assert "security.W" not in result.stderr  # Django's deployment warnings, e.g. HSTS or SSL redirect.


def test_production_refuses_to_start_with_a_public_address_no_printed_link_could_open(tmp_path):
    result = run_production_check(var=str(tmp_path), **REQUIRED, CMS_PUBLIC_BASE_URL="http://127.0.0.1:8000")
    assert result.returncode != 0
    assert "exporters.E012" in result.stderr and "CMS_PUBLIC_BASE_URL is http://127.0.0.1:8000" in result.stderr
    public = run_production_check(var=str(tmp_path), **REQUIRED, CMS_PUBLIC_BASE_URL="https://www.ketwell-clinic.com")
    assert public.returncode == 0, public.stderr


def test_the_suite_runs_on_the_database_ci_asked_for():
    """CI runs the suite a second time with DATABASE_URL set to PostgreSQL: make sure it really does."""
    from django.db import connection

    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected
