"""The channels that publish the content library: API JSON, print brochures, localized pages.

Each channel will be one package here reading the resolved Document (see docs/ARCHITECTURE.md).
None has landed yet; the web pages are rendered by the templates in cms/ until the pages channel does.
"""
