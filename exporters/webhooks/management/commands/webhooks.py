"""`manage.py webhooks add|list|remove|enable|test|retry-due|prune`: webhook endpoints from the command line.

manage.py webhooks add https://www.clinic.example/api/revalidate --event publish --kind page --locale en
manage.py webhooks list
manage.py webhooks test 3        # a signed ping, now: prints the status and latency
manage.py webhooks remove 3
manage.py webhooks enable 3      # back in service after it was disabled for failing
manage.py webhooks retry-due     # send the retries that are due (cron, with the immediate tasks backend)
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from exporters.webhooks import events
from exporters.webhooks.destinations import RefusedDestination, validate_url
from exporters.webhooks.models import WebhookEndpoint
from exporters.webhooks.operations import ping, prune, send_due


class Command(BaseCommand):
    help = "Manage webhook endpoints: add, list, remove, enable, test (a signed ping), retry-due, prune."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        add = actions.add_parser("add", help="Add an endpoint; prints its id and signing secret.")
        add.add_argument("url")
        add.add_argument("--event", action="append", choices=events.EVENTS, help="Repeat for several; default all.")
        add.add_argument("--kind", action="append", choices=events.kinds(), help="Repeat; default every kind.")
        add.add_argument("--locale", action="append", choices=events.locales(), help="Repeat; default every locale.")
        add.add_argument("--name", help="Default: the URL's host.")
        add.add_argument("--owner", help="User name of the owner, emailed if the endpoint is disabled.")
        actions.add_parser("list", help="List the endpoints.")
        for name, text in [("remove", "Remove an endpoint and its log."), ("enable", "Enable an endpoint again."),
                           ("test", "Send a signed ping now; prints the status and latency.")]:  # fmt: skip
            actions.add_parser(name, help=text).add_argument("id", type=int)
        actions.add_parser("retry-due", help="Send the deliveries whose next attempt is due.")
        actions.add_parser("prune", help="Drop finished deliveries older than CMS_WEBHOOKS_LOG_DAYS days.")

    def handle(self, *args, action, **options):
        getattr(self, action.replace("-", "_"))(**options)

    def endpoint(self, endpoint_id: int) -> WebhookEndpoint:
        try:
            return WebhookEndpoint.objects.get(pk=endpoint_id)
        except WebhookEndpoint.DoesNotExist:
            raise CommandError(f"id: no webhook endpoint {endpoint_id} (manage.py webhooks list)") from None

    def add(self, url, event, kind, locale, name, owner, **options):
        try:
            validate_url(url)
        except RefusedDestination as refused:
            raise CommandError(f"url: {refused}") from None
        user = None
        if owner:
            user = get_user_model().objects.filter(username=owner).first()
            if user is None:
                raise CommandError(f"--owner: no user {owner!r}")
        endpoint = WebhookEndpoint.objects.create(
            name=name or urlsplit(url).hostname,
            url=url,
            events=sorted(set(event or events.EVENTS), key=events.EVENTS.index),
            kinds=sorted(set(kind or [])),
            locales=sorted(set(locale or [])),
            owner=user,
        )
        self.stdout.write(f"Added webhook endpoint {endpoint.pk}: {endpoint.name} <{endpoint.url}>")
        self.stdout.write(f"Signing secret (give it to the receiver): {endpoint.secret}")

    def list(self, **options):
        for endpoint in WebhookEndpoint.objects.all():
            state = "enabled" if endpoint.enabled else f"DISABLED ({endpoint.disabled_reason})"
            scope = " ".join(
                [
                    ",".join(endpoint.events),
                    ",".join(endpoint.kinds) or "all kinds",
                    ",".join(endpoint.locales) or "all locales",
                ]  # fmt: skip
            )
            self.stdout.write(f"{endpoint.pk}\t{endpoint.name}\t{endpoint.url}\t{scope}\t{state}")

    def remove(self, id, **options):
        endpoint = self.endpoint(id)
        endpoint.delete()
        self.stdout.write(f"Removed webhook endpoint {id}: {endpoint.name} <{endpoint.url}>")

    def enable(self, id, **options):
        endpoint = self.endpoint(id)
        endpoint.enable()
        endpoint.save()
        self.stdout.write(f"Enabled webhook endpoint {id}: {endpoint.name}")

    def test(self, id, **options):
        endpoint = self.endpoint(id)
        delivery, outcome = ping(endpoint)
        if outcome.state != "succeeded":
            answer = f"answered {outcome.status}" if outcome.status else outcome.error
            raise CommandError(f"Ping {delivery.message_id} to {endpoint.url} failed: {answer}")
        self.stdout.write(f"Ping {delivery.message_id} to {endpoint.url}: {outcome.status} in {outcome.latency_ms} ms")

    def retry_due(self, **options):
        outcome = send_due()
        summary = ", ".join(f"{count} {state}" for state, count in sorted(outcome.items())) or "nothing due"
        self.stdout.write(f"Webhook deliveries: {summary}")

    def prune(self, **options):
        self.stdout.write(f"Dropped {prune()} finished webhook deliveries from the log.")
