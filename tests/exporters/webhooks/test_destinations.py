"""SSRF: webhooks go to public addresses only, checked after DNS resolution and connected to as checked."""

import socket

from django.core.management import CommandError, call_command

import pytest

from exporters.webhooks import destinations
from exporters.webhooks.destinations import RefusedDestination, check
from exporters.webhooks.models import WebhookAttempt, WebhookDelivery

from .conftest import change

PUBLIC = "93.184.215.14"  # A public address (TEST-NET ranges are not global, so they would be refused).


@pytest.fixture
def nothing_allowed(settings):
    """The production default: no network allowed beyond the public internet."""
    settings.CMS_WEBHOOKS = {**settings.CMS_WEBHOOKS, "ALLOWED_NETWORKS": []}


class FakeDNS:
    """Answers for some host names at the socket.getaddrinfo level, what the sender really calls. A host given
    several answers gets the next one at each lookup (a rebinding attacker's DNS server does that)."""

    def __init__(self, real):
        self.real, self.answers, self.asked = real, {}, []

    def __setitem__(self, host, addresses):
        self.answers[host] = [addresses]

    def getaddrinfo(self, host, port, *args, **kwargs):
        self.asked.append(host)
        if host not in self.answers:
            return self.real(host, port, *args, **kwargs)
        answers = self.answers[host]
        addresses = answers.pop(0) if len(answers) > 1 else answers[0]
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port, 0, 0))
            if ":" in address
            else (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))
            for address in addresses
        ]


@pytest.fixture
def dns(monkeypatch):
    fake = FakeDNS(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", fake.getaddrinfo)
    return fake


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/hook", "10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://127.0.0.1:8000/", "127.0.0.1 is a loopback address"),
        ("http://[::1]/hook", "::1 is a loopback address"),
        ("http://[::ffff:127.0.0.1]/hook", "127.0.0.1 is a loopback address"),
        ("http://[::ffff:10.1.2.3]/hook", "10.1.2.3 is a private address"),
        ("http://[fe80::1]/hook", "fe80::1 is a link-local address"),
        ("http://[fd00::5]/hook", "fd00::5 is a private address"),
        ("http://0.0.0.0/hook", "0.0.0.0 is a unspecified address"),
        ("http://224.0.0.1/hook", "224.0.0.1 is a multicast address"),
        ("http://240.0.0.1/hook", "240.0.0.1 is a private address"),
        ("http://100.64.0.1/hook", "100.64.0.1 is not a public address"),
        ("http://192.168.1.1/hook", "192.168.1.1 is a private address"),
    ],
)
def test_non_public_addresses_are_refused(nothing_allowed, url, reason):
    with pytest.raises(RefusedDestination) as refused:
        check(url)
    assert reason in str(refused.value)


def test_a_host_name_resolving_to_a_private_address_is_refused(nothing_allowed, dns):
    dns["hooks.example.com"] = ["10.0.0.7"]
    with pytest.raises(RefusedDestination, match="hooks.example.com: 10.0.0.7 is a private address"):
        check("https://hooks.example.com/cms")


def test_a_host_with_one_private_address_among_public_ones_is_refused(nothing_allowed, dns):
    dns["mixed.example.com"] = [PUBLIC, "::ffff:169.254.169.254"]
    with pytest.raises(RefusedDestination, match="169.254.169.254 is a link-local address"):
        check("https://mixed.example.com/")


def test_a_public_address_passes_and_is_what_is_connected_to(nothing_allowed, dns):
    dns["hooks.example.com"] = [PUBLIC]
    destination = check("https://hooks.example.com:8443/cms?site=1")
    assert (destination.scheme, destination.host, destination.port) == ("https", "hooks.example.com", 8443)
    assert destination.target == "/cms?site=1"
    assert [sockaddr[0] for _family, sockaddr in destination.addresses] == [PUBLIC]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://hooks.example.com/", "Only http and https"),
        ("file:///etc/passwd", "Only http and https"),
        ("gopher://127.0.0.1:6379/_FLUSHALL", "Only http and https"),
        ("https://user:pass@hooks.example.com/", "user name or password"),
        ("https://:8080/", "names no host"),
        ("http://hooks.example.com:99999/", "not a valid URL"),
    ],
)
def test_urls_that_are_never_destinations(url, reason):
    with pytest.raises(RefusedDestination, match=reason):
        check(url)


def test_the_allowed_networks_let_exactly_those_addresses_through(settings):
    settings.CMS_WEBHOOKS = {**settings.CMS_WEBHOOKS, "ALLOWED_NETWORKS": ["127.0.0.1/32", "10.1.0.0/16"]}
    assert check("http://127.0.0.1:9/").host == "127.0.0.1"
    assert check("http://10.1.200.3/").host == "10.1.200.3"
    for refused in ("http://127.0.0.2/", "http://10.2.0.1/", "http://[::1]/"):
        with pytest.raises(RefusedDestination):
            check(refused)


def test_a_receiver_on_loopback_is_refused_without_the_setting(nothing_allowed, endpoint, receiver, commit):
    commit(change())
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "failed"  # Not retried: the address will not become public by waiting.
    assert "127.0.0.1 is a loopback address" in WebhookAttempt.objects.get().error


def test_dns_rebinding_gets_nowhere_the_sender_connects_to_the_checked_address(endpoint, receiver, commit, dns):
    """The name is resolved once per attempt, and the connection goes to the address that was checked: the
    second answer a rebinding DNS server has ready (the metadata service) is never asked for."""
    port = receiver.server_address[1]
    dns.answers["rebind.example.com"] = [["127.0.0.1"], ["169.254.169.254"]]
    endpoint.url = f"http://rebind.example.com:{port}/hooks/cms"
    endpoint.save()
    commit(change())
    (request,) = receiver.requests
    assert request["headers"]["Host"] == f"rebind.example.com:{port}"  # The URL's host, not the address.
    assert dns.asked.count("rebind.example.com") == 1
    assert WebhookDelivery.objects.get().state == "succeeded"


def test_a_redirect_to_a_private_address_is_not_followed(endpoint, receiver, commit):
    receiver.statuses = [307]
    receiver.headers_to_send = {"Location": "http://10.0.0.1/admin"}
    commit(change())
    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.get().state == "failed"
    assert WebhookAttempt.objects.get().status_code == 307


def test_the_command_line_refuses_a_private_url_naming_the_field(nothing_allowed):
    with pytest.raises(CommandError, match=r"^url: Webhooks may not be sent to 10\.0\.0\.1: 10\.0\.0\.1 is a private"):
        call_command("webhooks", "add", "http://10.0.0.1/hook")


def test_an_unresolvable_host_is_refused_when_the_endpoint_is_saved(dns):
    with pytest.raises(RefusedDestination, match="does not resolve"):
        destinations.validate_url("https://no-such-host.invalid/hook")


def test_a_network_that_is_not_one_stops_the_start(settings):
    from exporters.webhooks.checks import allowed_networks_are_networks

    settings.CMS_WEBHOOKS = {**settings.CMS_WEBHOOKS, "ALLOWED_NETWORKS": ["10.0.0.0/8", "10.0.0.0/33"]}
    (error,) = allowed_networks_are_networks()
    assert error.id == "webhooks.E001" and "'10.0.0.0/33' is not a network" in error.msg
