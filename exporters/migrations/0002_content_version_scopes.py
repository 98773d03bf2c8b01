"""One content version per scope instead of one for everything (see exporters/models.py).

The single row is dropped: the first request after the migration creates the "site" version anew, which
only means every cached response is built once more.
"""

import uuid

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("exporters", "0001_initial")]

    operations = [
        migrations.DeleteModel(name="ContentVersion"),
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("scope", models.CharField(max_length=150, primary_key=True, serialize=False)),
                ("token", models.UUIDField(default=uuid.uuid4)),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
        ),
    ]
