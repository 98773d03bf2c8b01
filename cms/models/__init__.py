"""The CMS models: pages, the content library (snippets) and the brand settings."""

from .brochures import Brochure
from .imports import ArticleImport
from .library import Benefit, LibraryItem, Location, Myth, Risk
from .pages import ArticlePage, HomePage
from .site_settings import BrandDisclaimerTranslation, BrandSettings

__all__ = [
    "ArticleImport",
    "ArticlePage",
    "Benefit",
    "BrandDisclaimerTranslation",
    "BrandSettings",
    "Brochure",
    "HomePage",
    "LibraryItem",
    "Location",
    "Myth",
    "Risk",
]
