"""Create the annotator, reviewer and exporter groups with their permissions."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

# A frozen copy of annotations.roles.ROLE_PERMISSIONS as it was when this migration was written:
# later changes to the roles get a migration of their own.
ROLE_PERMISSIONS = {
    "annotator": [
        "view_article", "add_span", "change_span", "delete_span", "view_span",
        "add_evidence", "delete_evidence", "view_evidence", "add_source", "view_source", "view_review",
    ],
    "reviewer": [
        "view_article", "view_span", "review_span", "add_evidence", "view_evidence",
        "add_source", "view_source", "view_review", "add_review",
    ],
    "exporter": [
        "view_article", "view_span", "view_evidence", "view_source", "view_review",
        "view_claimset", "add_claimset", "export_claimset",
    ],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations run; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = Permission.objects.filter(content_type__app_label="annotations", codename__in=codenames)
        missing = set(codenames) - set(perms.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"permissions missing for role {role}: {sorted(missing)}")
        group.permissions.set(perms)


def delete_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(ROLE_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_roles, delete_roles)]
