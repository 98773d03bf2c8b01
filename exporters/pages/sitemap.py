"""sitemap.xml with hreflang alternates: every live page once, with the addresses of its translations."""

from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from wagtail.models import Locale


def sitemap_xml(pages, absolute) -> bytes:
    """`pages`: the export's PageRefs of live pages (translations only, no fallbacks); `absolute`: path ->
    full address."""
    groups = defaultdict(list)
    for page in pages:
        groups[page.translation_key].append(page)
    default = Locale.get_default().pk
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for page in sorted(pages, key=lambda page: page.url):
        versions = sorted(groups[page.translation_key], key=lambda version: version.language)
        lines.append(f"  <url><loc>{escape(absolute(page.url))}</loc>")
        if page.last_published_at:
            lines.append(f"    <lastmod>{page.last_published_at.date().isoformat()}</lastmod>")
        for version in versions:
            lines.append(f'    <xhtml:link rel="alternate" hreflang="{version.language}" '
                         f"href={quoteattr(absolute(version.url))}/>")  # fmt: skip
        x_default = next((version for version in versions if version.locale_id == default), page)
        lines.append(
            f'    <xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(absolute(x_default.url))}/>'
        )
        lines.append("  </url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode()
