import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from annotations import roles

DEMO_ACCOUNTS = [
    # username, groups, is_staff/superuser
    ("annotator", [roles.ANNOTATOR], False),
    ("reviewer", [roles.REVIEWER, roles.ANNOTATOR], False),
    ("exporter", [roles.EXPORTER], False),
    ("admin", [], True),
]


class Command(BaseCommand):
    help = (
        "Create the demo accounts (annotator, reviewer, exporter, admin) with fresh random passwords and print them once. "
        "Development only: refuses to run when DEBUG is off."
    )

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Give existing demo accounts new passwords.")

    @transaction.atomic
    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for development only; set DEBUG=1 to create them.")
        User = get_user_model()
        lines = []
        for username, group_names, is_admin in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username, defaults={"is_staff": is_admin, "is_superuser": is_admin}
            )
            if created or options["reset"]:
                password = secrets.token_urlsafe(12)
                user.set_password(password)
                user.save(update_fields=["password"])
                user.groups.set(Group.objects.filter(name__in=group_names))
                role = "staff + superuser" if is_admin else ", ".join(group_names)
                lines.append(f"  {username:10} {password:20} ({role})")
        if lines:
            self.stdout.write(self.style.WARNING("Demo accounts (shown once; development only):"))
            for line in lines:
                self.stdout.write(line)
        else:
            self.stdout.write(
                "Demo accounts exist; their passwords were printed when they were created. "
                "New ones: python manage.py create_demo_users --reset"
            )
