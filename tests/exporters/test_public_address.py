"""exporters/public_address.py: which address readers are sent to, and which ones are refused for print."""

import pytest

from exporters.checks import public_address_is_usable
from exporters.public_address import BadBaseURL, public_base_url, validated_base_url, why_not_public


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://www.ketwell-clinic.com/", "https://www.ketwell-clinic.com"),
        ("  HTTPS://WWW.Ketwell-Clinic.com ", "https://www.ketwell-clinic.com"),
        ("http://cms.ketwell-clinic.com:8080", "http://cms.ketwell-clinic.com:8080"),
        ("http://[2001:db8::1]:8000", "http://[2001:db8::1]:8000"),
    ],
)
def test_a_base_url_is_kept_as_scheme_host_and_port(given, expected):
    assert validated_base_url(given) == expected


@pytest.mark.parametrize(
    "given",
    ["www.ketwell-clinic.com", "file:///etc/passwd", "https://a@b.com", "https://b.com/x", "https://b.com#x",
     "https://b.com?", "https://b.com:0x50", 'https://b.com"onload=', "https://b .com", ""],
)  # fmt: skip
def test_anything_else_is_refused_naming_the_option(given):
    with pytest.raises(BadBaseURL, match="--base-url"):
        validated_base_url(given)


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8000", "http://127.9.9.9", "http://[::1]", "http://localhost:8000", "http://app.localhost",
     "http://10.0.0.5", "http://172.16.3.4", "http://192.168.1.2", "http://169.254.1.1", "http://[fd00::1]",
     "http://0.0.0.0", "http://clinic.local", "http://cms.internal", "http://site.test", "http://testserver",
     "https://example.com", "https://www.example.org", "http://cms"],
)  # fmt: skip
def test_addresses_a_printed_page_cannot_send_readers_to(base_url):
    assert why_not_public(base_url) is not None


@pytest.mark.parametrize(
    "base_url", ["https://www.ketwell-clinic.com", "http://93.184.215.14", "https://clinic.health"]
)
def test_public_addresses_are_fine(base_url):
    assert why_not_public(base_url) is None


def test_the_setting_is_the_default_sites_address_else_the_site_root_url(demo, settings):
    assert public_base_url() == "http://testserver"  # The default Site: testserver, port 80.
    settings.CMS_PUBLIC_BASE_URL = "https://www.ketwell-clinic.com/"
    assert public_base_url() == "https://www.ketwell-clinic.com"


def test_the_system_check_refuses_a_setting_no_pdf_could_be_made_with(settings):
    settings.CMS_PUBLIC_BASE_URL = "https://www.ketwell-clinic.com"
    settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = True
    assert public_address_is_usable() == []
    settings.CMS_PUBLIC_BASE_URL = "www.ketwell-clinic.com"
    (error,) = public_address_is_usable()
    assert error.id == "exporters.E011" and "CMS_PUBLIC_BASE_URL “www.ketwell-clinic.com” must be" in error.msg
    settings.CMS_PUBLIC_BASE_URL = "http://127.0.0.1:8000"
    (error,) = public_address_is_usable()
    assert error.id == "exporters.E012" and "a loopback address" in error.msg
    settings.CMS_PRINT_REQUIRES_PUBLIC_ADDRESS = False  # Development: `make run` at 127.0.0.1 is fine.
    assert public_address_is_usable() == []
