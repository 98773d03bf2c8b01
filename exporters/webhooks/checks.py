"""Start-up checks of the webhook settings: a typo in a network must not silently stop every delivery."""

import ipaddress

from django.conf import settings
from django.core.checks import Error, register


@register()
def allowed_networks_are_networks(app_configs=None, **kwargs):
    errors = []
    for network in settings.CMS_WEBHOOKS["ALLOWED_NETWORKS"]:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError as error:
            errors.append(
                Error(
                    f"CMS_WEBHOOKS_ALLOWED_NETWORKS: {network!r} is not a network ({error}).",
                    hint="Comma-separated CIDR networks, e.g. 10.1.2.0/24,127.0.0.1/32.",
                    id="webhooks.E001",
                )
            )
    if not settings.CMS_WEBHOOKS["RETRY_SCHEDULE"] or min(settings.CMS_WEBHOOKS["RETRY_SCHEDULE"]) < 0:
        errors.append(
            Error("CMS_WEBHOOKS_RETRY_SCHEDULE: give one or more waits in seconds, none negative.", id="webhooks.E002")
        )
    return errors
