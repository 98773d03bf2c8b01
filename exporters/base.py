"""The Exporter interface. A channel names its exporter when it registers (cms/channels.py): then
`manage.py export <name>` and the exports on publish know it.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.module_loading import import_string

from wagtail.models import Site

from cms.channels import channels, get_channel


@dataclass
class ExportReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "what: why", for what could not be exported.
    skipped: list[str] = field(default_factory=list)  # Not even rendered: what they are made from is unchanged.
    refused: list[str] = field(default_factory=list)  # "page: URL (why)": a linked file that is not public.
    kept: list[str] = field(default_factory=list)  # "file: why": no longer wanted, but changed by someone since.

    @property
    def rendered(self) -> int:
        return len(self.written) + len(self.unchanged)

    def summary(self) -> str:
        summary = f"{len(self.written)} written, {len(self.unchanged)} unchanged, {len(self.removed)} removed"
        if self.skipped:
            summary = f"{self.rendered} rendered, {len(self.skipped)} skipped (inputs unchanged); {summary}"
        if self.kept:
            summary += f", {len(self.kept)} kept (changed since written)"
        if self.refused:
            summary += f", {len(self.refused)} links refused (not public)"
        return summary + (f", {len(self.failed)} failed" if self.failed else "")


class Exporter:
    """A channel that writes the live content to files in a folder."""

    name = "unknown"
    help = ""

    def add_arguments(self, parser) -> None:
        """Arguments of this channel for `manage.py export <name>`."""

    def export(self, out_dir: Path, progress=None, force=False, **arguments) -> ExportReport:
        """Write into out_dir through an exporters.files.ExportFolder (force: take over files not ours)."""
        raise NotImplementedError

    def host(self) -> str:
        """The host an export's requests are made for: the default site's, so addresses built from the request
        are the ones readers use ("localhost" before any site exists)."""
        site = Site.objects.filter(is_default_site=True).first()
        return site.hostname if site is not None else "localhost"


def exporter_names() -> list[str]:
    return [channel.name for channel in channels() if channel.exporter]


def get_exporter(name: str) -> Exporter:
    return import_string(get_channel(name).exporter)()
