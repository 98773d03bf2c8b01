"""`manage.py check` says when the system libraries the brochure channel needs are missing (registered
when the channel's app is ready: apps.py imports this module)."""

from django.core import checks


@checks.register(checks.Tags.compatibility)
def print_libraries(app_configs, **kwargs):
    try:
        from weasyprint.text import ffi
    except OSError as error:  # Pango is not installed: WeasyPrint cannot load.
        return [
            checks.Warning(
                f"Brochure PDFs cannot be rendered: {error}",
                hint="Install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0).",
                id="exporters.W001",
            )
        ]
    if ffi.harfbuzz_subset is None:
        # Without it WeasyPrint subsets fonts with fontTools, whose output varies from run to run.
        return [
            checks.Warning(
                "Brochure PDFs will not be byte-identical from one render to the next (HarfBuzz-Subset missing).",
                hint="Install it (Debian: apt-get install libharfbuzz-subset0).",
                id="exporters.W002",
            )
        ]
    return []


@checks.register(checks.Tags.compatibility)
def press_colour_profile(app_configs, **kwargs):
    """The press profile's output intent (press.py): without it press PDFs fail with the same reason."""
    from .press import PrintProfileMissing, cmyk_profile_path

    try:
        cmyk_profile_path()
    except PrintProfileMissing as error:
        return [
            checks.Warning(
                f"Press brochure PDFs (PDF/X-4) cannot be made: {error}",
                hint="Debian: apt-get install libgs-common, or set CMS_PRINT_ICC_PROFILE to a CMYK ICC profile.",
                id="exporters.W004",
            )
        ]
    return []
