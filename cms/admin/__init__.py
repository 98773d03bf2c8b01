"""The admin's views of the content: the library menu and the brochures (wagtail_hooks.py loads them)."""
