"""The article importer: an article file (plain text, Markdown, HTML, Word) becomes a proposed structure.

This phase only proposes: `import_file()` returns plain data (cms/importer/structure.py) that an editor or a
script reviews; nothing is written to the database. Matching against the library, the review screen and
creating draft pages come next (docs/ARCHITECTURE.md, "cms/importer/").
"""

from .errors import ImportRefused
from .pipeline import import_file, import_text

__all__ = ["ImportRefused", "import_file", "import_text"]
