import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the local admin account if it is missing and print how to log in. The password comes from "
        "CMS_ADMIN_PASSWORD, or is generated once and kept in var/admin-password (never in git)."
    )

    def handle(self, *args, **options):
        username = settings.CMS_ADMIN_USERNAME
        password_file = settings.CMS_ADMIN_PASSWORD_FILE
        password = os.environ.get("CMS_ADMIN_PASSWORD", "").strip()
        User = get_user_model()
        user = User.objects.filter(username=username).first()

        if password:
            source = "CMS_ADMIN_PASSWORD"
        elif password_file.exists():
            password, source = password_file.read_text().strip(), str(password_file)
        else:
            password, source = secrets.token_urlsafe(12), str(password_file)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)

        if user is None:
            User.objects.create_superuser(username, email="", password=password, first_name="Local", last_name="Admin")
            self.stdout.write(self.style.SUCCESS(f"Created the admin account “{username}”."))
        elif not user.check_password(password):
            if source == "CMS_ADMIN_PASSWORD":
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(self.style.WARNING(f"Set the password of “{username}” from CMS_ADMIN_PASSWORD."))
            else:
                # Someone changed it in the admin: keep theirs rather than overwrite it.
                self.stdout.write(
                    f"The admin account “{username}” has a password of its own; set CMS_ADMIN_PASSWORD to reset it."
                )
                return
        self.stdout.write(
            f"Log in at {settings.WAGTAILADMIN_BASE_URL}/admin/ as “{username}” with password: {password}"
        )
        self.stdout.write(f"(from {source})")
