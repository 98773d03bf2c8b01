from io import StringIO

from django.core.management import call_command


def test_every_model_change_has_its_migration(db):
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit as exit:
        raise AssertionError(f"Models changed without a migration:\n{out.getvalue()}") from exit


def test_every_content_locale_exists_after_migrate(db):
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "es"}
