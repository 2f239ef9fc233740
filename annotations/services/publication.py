"""How a claim is published: the checks of rules.publication plus one locked write."""
from django.db import transaction

from annotations.models import Span
from annotations.rules import publication as rules
from annotations.rules.actors import actor_of
from annotations.selectors.facts import span_facts

from .spans import lock_span, save_span

CLEAN = {
    "claim_summary": rules.clean_claim_summary,
    "claimant": rules.clean_claimant,
    "claim_date": rules.clean_claim_date,
    "appearance_url": rules.clean_appearance_url,
}


@transaction.atomic
def span_publication_update(*, span: Span, user, expected_version=None, **changes) -> Span:
    """Set a claim's short summary (claimReviewed), claimant, date and first appearance; blank means derived."""
    rules.check_publication_fields(changes)
    span = lock_span(span, expected_version)
    rules.check_can_edit_publication(actor_of(user), span_facts(span))
    fields = []
    for name, value in changes.items():
        value = CLEAN[name](value)
        if getattr(span, name) != value:
            setattr(span, name, value)
            fields.append(name)
    return save_span(span, fields, user) if fields else span
