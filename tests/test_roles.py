from django.contrib.auth.models import Group

from annotations import roles


def test_role_groups_exist_with_their_permissions(db):
    for role, codenames in roles.ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        assert set(group.permissions.values_list("codename", flat=True)) == set(codenames)


def test_roles_grant_what_their_names_say(annotator, reviewer, exporter):
    assert (roles.can_annotate(annotator), roles.can_review(annotator), roles.can_export(annotator)) == (
        True, False, False)
    assert roles.can_review(reviewer) and not roles.can_export(reviewer)
    assert roles.can_export(exporter) and not roles.can_annotate(exporter)
