"""A home page's list of articles, a page at a time: /en/ is the first page, /en/page/2/ the second…

The list is the home's live articles and, when its language falls back to another
(settings.CMS_LOCALE_FALLBACK), the original language's articles not translated into it (linked under the
reader's prefix), newest first. Each listing page is one sliced, ordered query (plus a count), whatever the
size of the site: no article is loaded whole, and none beyond the page shown. The live site and the static
export use the same URLs (/<lang>/page/<n>/), so the export's files link to each other as the live pages do.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.http import Http404

from wagtail.models import Locale, Page

from cms.fallback import fallback_language
from cms.models import HomePage
from exporters.live import live_pages


def articles_per_page() -> int:
    return settings.CMS_PAGES_ARTICLES_PER_PAGE


def page_count(articles: int) -> int:
    """How many listing pages `articles` articles fill; an empty list is one page."""
    return max(1, -(-articles // articles_per_page()))


def listing_url(home_url: str, number: int) -> str:
    """The address of listing page `number` of the home at `home_url` ("/en/"): the home itself for 1."""
    # cms.models.pages.HomePage.route hands the number to the channel.
    return home_url if number == 1 else f"{home_url}{HomePage.LISTING_SEGMENT}/{number}/"


def fallback_path(url: str, from_language: str, to_language: str) -> str:
    """ "/en/myths/" read in Spanish -> "/es/myths/" (the original's path under the reader's prefix)."""
    prefix = f"/{from_language}/"
    return f"/{to_language}/{url.removeprefix(prefix)}" if url.startswith(prefix) else url


def original_home(home):
    """The home of the language `home`'s language falls back to, if there is one."""
    language = fallback_language(home.locale.language_code)
    locale = Locale.objects.filter(language_code=language).first() if language else None
    return home.get_translation_or_none(locale) if locale is not None else None


def listed_articles(home, original=None):
    """The live pages `home` lists, newest first, as one queryset: its children and, given the home of the
    language it falls back to, that home's children with no live translation under `home`."""
    own = Q(path__startswith=home.path, depth=home.depth + 1)
    listed = own
    if original is not None:
        translated = live_pages().filter(own).values("translation_key")
        listed |= Q(path__startswith=original.path, depth=original.depth + 1) & ~Q(translation_key__in=translated)
    # The page id breaks ties: articles published in the same bulk import keep one order across pages.
    return live_pages().filter(listed).order_by("-first_published_at", "-pk")


@dataclass
class Listing:
    number: int  # This page's number, from 1.
    page_count: int
    articles: list[dict] = field(default_factory=list)
    previous_url: str | None = None
    next_url: str | None = None
    url: str = ""


def home_url_for(home, reader_language: str) -> str:
    return fallback_path(home.url, home.locale.language_code, reader_language)


def article_listing(home, reader_language: str, number: int = 1) -> Listing:
    """Listing page `number` of `home` for readers of `reader_language`; Http404 past the last page."""
    size = articles_per_page()
    original = original_home(home)
    articles = listed_articles(home, original)
    pages = page_count(articles.count())
    if not 1 <= number <= pages:
        raise Http404(f"The list of articles has {pages} pages.")
    homes = {home.path: home, **({original.path: original} if original is not None else {})}
    base = {path: (each.url, each.url_path, each.locale.language_code) for path, each in homes.items()}
    rows = articles.values_list("title", "search_description", "url_path", "path", "locale__language_code")
    listed = []
    for title, summary, url_path, path, language in rows[(number - 1) * size : number * size]:
        parent_url, parent_url_path, parent_language = base[path[: -Page.steplen]]
        # Wagtail's url of a child: its parent's, plus the slug part of its url_path.
        url = parent_url + url_path.removeprefix(parent_url_path)
        listed.append({"title": title, "summary": summary, "lang": language,
                       "url": fallback_path(url, parent_language, reader_language)})  # fmt: skip
    home_url = home_url_for(home, reader_language)
    return Listing(
        number=number,
        page_count=pages,
        articles=listed,
        previous_url=listing_url(home_url, number - 1) if number > 1 else None,
        next_url=listing_url(home_url, number + 1) if number < pages else None,
        url=listing_url(home_url, number),
    )


def listing_urls(home, reader_language: str) -> list[tuple[int, str]]:
    """[(number, url)] of the listing pages after the first (the home itself): what a static export writes."""
    home_url = home_url_for(home, reader_language)
    count = page_count(listed_articles(home, original_home(home)).count())
    return [(number, listing_url(home_url, number)) for number in range(2, count + 1)]
