"""The accounts an exported fixture names, loaded so that `manage.py loaddata` creates the missing ones and never
changes an existing one (issue 12).

Plain `loaddata` finds a row by natural key and then saves the fixture's fields over it, so an `auth.user` entry of
`{"username": "alice", "password": "!"}` wiped alice's password, flags, email and names. The exporters write their
user entries as `annotations.fixtureuser`, a proxy of `auth.User` whose raw save (the one loaddata does) leaves an
account that already exists alone. Alternatives weighed:

- overriding `save()`/`save_base()`: loaddata calls `models.Model.save_base(obj, raw=True)` on the base class,
  past any override; `_save_table` is the first method it looks up on the instance, so that is the hook (private
  but unchanged since Django 1.6; tests/exports/test_fixture_accounts.py fails if it stops working);
- a `pre_save` receiver: the style guide keeps rules out of signals, and a receiver cannot cancel a save;
- no user entries, natural keys only: loaddata then fails on the first missing user, and auth.User's manager is
  not ours to change;
- a `load_fixture` command: the README and docs/operations.md tell people to run plain `loaddata`.
"""
from django.contrib.auth.models import User


class FixtureUser(User):
    """An account named by a fixture: created if missing, with the entry's fields (the exporters write inactive, an
    unusable password and no groups); if the username exists, the account is left exactly as it is."""

    class Meta:
        proxy = True
        default_permissions = ()  # loaded, never edited: no permissions to hand out
        verbose_name = "account named by a fixture"

    def _save_table(self, raw=False, cls=None, force_insert=False, force_update=False, using=None,
                    update_fields=None):
        # raw is loaddata; its natural-key lookup set the pk when the username exists (one SELECT per entry).
        if raw and self.pk is not None and cls._base_manager.using(using).filter(pk=self.pk).exists():
            return True
        return super()._save_table(raw, cls, force_insert, force_update, using, update_fields)
