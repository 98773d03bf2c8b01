"""Prepares the end-to-end server's throw-away database, as `make run` does, plus the two test users.

Run by tests/e2e/server.py in its own process, with the server's environment (cms.settings.dev, CMS_VAR_DIR,
DATABASE_URL): `python -m tests.e2e.prepare_server`. One process instead of four `manage.py` calls saves
Django's start-up three times. Prints the commands' output, then one line of JSON: facts about the review
set-up that make a failing step say why.
"""

import json
import os

INFO_PREFIX = "E2E-INFO "  # Marks the line of JSON among the commands' own output.


def main() -> None:
    import django

    django.setup()

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("migrate", interactive=False)
    call_command("compile_catalogs")
    call_command("load_demo")

    from cms.models import Myth

    users = json.loads(os.environ["E2E_USERS"])
    reviewers_existed = Group.objects.filter(name=users["reviewer"]["group"]).exists()
    User = get_user_model()
    for user in users.values():
        account = User.objects.create_user(
            user["username"],
            f"{user['username']}@example.org",
            user["password"],
            first_name=user["first_name"],
            last_name=user["last_name"],
        )
        # The reviewers' group should come from the migrations; made here only so the user exists at all.
        account.groups.add(Group.objects.get_or_create(name=user["group"])[0])

    workflow = Myth.get_default_workflow()
    print(
        INFO_PREFIX
        + json.dumps(
            {
                "reviewers_group_existed": reviewers_existed,
                "myth_workflow": workflow.name if workflow else None,
                "groups": sorted(Group.objects.values_list("name", flat=True)),
            }
        )
    )


if __name__ == "__main__":
    main()
