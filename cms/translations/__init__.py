"""Translators' workflow: the strings of a page or library item as a PO file, and back; translations that
fell behind their original."""
