"""What an export's files are made from, known without building them: incremental exports compare these.

An output's inputs are the code that makes it (files and package versions), the settings that decide what
readers of a language get, the versions of the content scopes it depends on (exporters/models.py: the same
scopes the live API and pages key their cache on, bumped by exporters/signals.py when a change commits),
and the clock: an expiry date changes what readers get with no save, so the latest expiry that has passed
(exporters/live.py) is an input of every output. Reading all of it is two queries, however big the site.
"""

import hashlib
from importlib.metadata import version
from pathlib import Path

from django.conf import settings

from .live import expiry_dates
from .models import SITE, ContentVersion


def digest(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def files_fingerprint(roots, packages=()) -> list:
    """(name, sha256) of every file under `roots` (compiled catalogs, not .po; no bytecode), and versions."""
    files = []
    for root in roots:
        paths = [Path(root)] if Path(root).is_file() else sorted(Path(root).rglob("*"))
        for path in paths:
            if path.is_file() and path.suffix not in (".po", ".pyc"):  # The compiled .mo is what readers get.
                files.append((path.name, hashlib.sha256(path.read_bytes()).hexdigest()))
    files.append([(package, version(package)) for package in packages])
    return files


def languages() -> list:
    return [[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES], sorted(settings.CMS_LOCALE_FALLBACK.items())]


class ScopeTokens:
    """The current version of every scope, read once (one query), and the clock's input."""

    def __init__(self):
        ContentVersion.read([SITE])  # The "site" row always exists (see the model).
        self.tokens = dict(ContentVersion.objects.values_list("scope", "token"))
        passed_expiry, _coming = expiry_dates()
        self.clock = passed_expiry.isoformat() if passed_expiry else None

    def of(self, scopes) -> list:
        """[(scope, token hex or "-" for a scope never bumped)] of `scopes` and "site", and the clock."""
        found = [(scope, self.tokens[scope].hex if scope in self.tokens else "-") for scope in sorted({SITE, *scopes})]
        return [found, self.clock]
