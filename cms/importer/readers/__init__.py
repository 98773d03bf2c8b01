"""One reader per file format, each turning the file's content into pieces (cms/importer/pieces.py)."""
