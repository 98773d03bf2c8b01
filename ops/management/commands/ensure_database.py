from django.core.management.base import BaseCommand, CommandError
from django.db import connection

import psycopg
from psycopg import sql


class Command(BaseCommand):
    help = "Create the PostgreSQL database DATABASE_URL names if it does not exist (SQLite makes its own file)."

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            return
        database = connection.settings_dict
        name = database["NAME"]
        server = {
            "host": database["HOST"] or None,
            "port": database["PORT"] or None,
            "user": database["USER"] or None,
            "password": database["PASSWORD"] or None,
        }
        try:  # Through the server's maintenance database, since the one named may not exist yet.
            with psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=10, **server) as maintenance:
                if maintenance.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                    return
                maintenance.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as error:
            raise CommandError(f"Could not create the database {name!r}: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Created the database {name!r}."))
