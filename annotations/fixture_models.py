"""What an exported fixture loads through `manage.py loaddata` with rules of its own (issue 12): the accounts it
names are created if missing and never changed; its reviews never stand in the name of a real local account.

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
from django.core.exceptions import ValidationError

from annotations.models import Review


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



class FixtureReview(Review):
    """A review a fixture carries: another database's decision. Loading it never changes a review that exists here
    (same uid), and never creates one in the name of an active local account, who did not make it: such a fixture
    is refused as a whole (bring another desk's work in with the jsonl import, which keeps its reviews as
    provenance). Reviews by the inactive placeholder accounts a fixture creates load as they are (training sets)."""

    class Meta:
        proxy = True
        default_permissions = ()
        verbose_name = "review carried by a fixture"

    def _save_table(self, raw=False, cls=None, force_insert=False, force_update=False, using=None,
                    update_fields=None):
        if raw:
            if self.pk is not None and cls._base_manager.using(using).filter(pk=self.pk).exists():
                return True
            reviewer = User._base_manager.using(using).filter(pk=self.reviewer_id).values("is_active", "username")
            reviewer = reviewer.first()
            if reviewer and reviewer["is_active"]:
                raise ValidationError(
                    f"This fixture would record a review in the name of the local account {reviewer['username']!r}, "
                    "who did not make it. Load it into a database where that name is not an active account, or "
                    "import the spans as jsonl (their reviews are then kept as provenance).",
                    code="review_by_local_account",
                )
        return super()._save_table(raw, cls, force_insert, force_update, using, update_fields)
