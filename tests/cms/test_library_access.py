"""A new kind of library item gets, from its migration, the access the first kinds got from 0003 and 0004."""

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.models import WorkflowContentType

import pytest

from cms.review.access import grant_library_access

pytestmark = pytest.mark.django_db


def codenames(group_name, model_name):
    group = Group.objects.get(name=group_name)
    return set(group.permissions.filter(content_type__model=model_name).values_list("codename", flat=True))


def strip_access(model_name):
    for group in Group.objects.filter(name__in=["Editors", "Moderators", "Medical reviewers"]):
        group.permissions.remove(*group.permissions.filter(content_type__model=model_name))
    WorkflowContentType.objects.filter(content_type__model=model_name).delete()


@pytest.mark.parametrize("model_name", ["myth", "risk", "location"])
def test_the_grant_gives_a_kind_the_access_the_first_migrations_gave_it(model_name):
    """Applied to the first kinds, the operation reproduces exactly what migrations 0003 and 0004 left."""
    groups = ["Editors", "Moderators", "Medical reviewers"]
    before = {group: codenames(group, model_name) for group in groups}
    in_workflow = WorkflowContentType.objects.filter(content_type__model=model_name).exists()
    strip_access(model_name)

    grant_library_access(model_name, reviewed=model_name != "location").code(apps, None)

    assert {group: codenames(group, model_name) for group in groups} == before
    assert WorkflowContentType.objects.filter(content_type__model=model_name).exists() == in_workflow


def test_a_reviewed_kind_is_published_only_through_the_medical_review():
    strip_access("benefit")
    grant_library_access("benefit", reviewed=True).code(apps, None)

    assert "publish_benefit" not in codenames("Editors", "benefit")
    assert codenames("Medical reviewers", "benefit") == {"view_benefit", "change_benefit"}
    assert WorkflowContentType.objects.get(content_type__model="benefit").workflow.name == "Medical review"
