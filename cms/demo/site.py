"""Which site serves the demo: the default site (else the one at the admin's address), pointed at the demo's
English home page, unless an editor gave it a home page of their own. Returns what it found and did, for
`load_demo` to print: editors may have deleted the demo's home pages, the site, or made their own."""

from urllib.parse import urlsplit

from django.conf import settings

from wagtail.models import Site

from cms.models import HomePage


def serve_demo_home(home) -> tuple[Site | None, str]:
    """(the site serving `home`, or None when an editor's home page holds it; what was found and done)."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    hostname, port = address.hostname, address.port or (443 if address.scheme == "https" else 80)
    site = (
        Site.objects.filter(is_default_site=True).first() or Site.objects.filter(hostname=hostname, port=port).first()
    )
    if site is None:
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, site_name=home.title, is_default_site=True
        )
        return site, f"Found no site: created the {describe(site)} for “{home}”."
    root, found = site.root_page.specific, describe(site)
    if root.pk == home.pk:
        return site, f"The {found} serves “{home}”."
    if isinstance(root, HomePage):
        return None, (
            f"The {found} serves “{root}”, a home page of the editors': left as it is. No site serves the "
            f"demo's “{home}”: point one at it in Settings → Sites to see the demo."
        )
    site.root_page, site.is_default_site, site.site_name = home, True, site.site_name or home.title
    if not Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk).exists():
        site.hostname, site.port = hostname, port  # Where `make run` serves it (unless another site is there).
    site.save()
    return site, f"Found the {found} serving “{root}”, not a home page: it now serves “{home}” at {hostname}:{port}."


def describe(site: Site) -> str:
    return f"{'default ' if site.is_default_site else ''}site {site.hostname}:{site.port}"
