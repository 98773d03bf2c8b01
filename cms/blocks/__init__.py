"""Reusable StreamField blocks, one module per block; streams.py combines them for pages and brochures."""
