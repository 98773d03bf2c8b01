"""The database every settings module uses: DATABASE_URL when set, else an SQLite file in the project."""

import os
from pathlib import Path

import dj_database_url


def database_from_environment(default_sqlite_path: Path) -> dict:
    """Return Django's DATABASES["default"].

    Example: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test -> the PostgreSQL database "test".
    """
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{default_sqlite_path}"
    # Long-lived connections help PostgreSQL; SQLite files gain nothing from them.
    conn_max_age = 0 if url.startswith("sqlite") else 60
    return dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=conn_max_age > 0)
