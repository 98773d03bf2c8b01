import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the local admin account if it is missing and print how to log in. The password comes from "
        "CMS_ADMIN_PASSWORD, or is generated when the account is created and kept in var/admin-password "
        "(never in git)."
    )

    def handle(self, *args, **options):
        username = settings.CMS_ADMIN_USERNAME
        password_file = settings.CMS_ADMIN_PASSWORD_FILE
        from_environment = os.environ.get("CMS_ADMIN_PASSWORD", "").strip()
        User = get_user_model()
        user = User.objects.filter(username=username).first()

        if user is None:
            password = from_environment or secrets.token_urlsafe(12)
            if not from_environment:
                password_file.write_text(password + "\n")
                password_file.chmod(0o600)
            User.objects.create_superuser(username, email="", password=password, first_name="Local", last_name="Admin")
            self.stdout.write(self.style.SUCCESS(f"Created the admin account “{username}”."))
        elif from_environment:
            password = from_environment
            if not user.check_password(password):
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(self.style.WARNING(f"Set the password of “{username}” from CMS_ADMIN_PASSWORD."))
        else:
            password = password_file.read_text().strip() if password_file.exists() else ""
            if not password or not user.check_password(password):
                # Changed in the admin (or set from the environment before): keep it, never overwrite it.
                self.stdout.write(
                    f"The admin account “{username}” has a password of its own. To set a new one, run "
                    f"`CMS_ADMIN_PASSWORD=... make run` or `.venv/bin/python manage.py changepassword {username}`."
                )
                return
        self.stdout.write(
            f"Log in at {settings.WAGTAILADMIN_BASE_URL}/admin/ as “{username}” with password: {password}"
        )
