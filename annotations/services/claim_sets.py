"""Claim sets: a named, frozen selection of verified spans."""
import hashlib
import json

from django.db import IntegrityError, transaction

from annotations import roles, selectors
from annotations.errors import NotPermitted
from annotations.exports.frozen import snapshots
from annotations.models import ClaimSet, ClaimSetExport

from annotations.rules.fields import clean_text, invalid
from annotations.rules.limits import CLAIM_SET_DESCRIPTION_MAX, CLAIM_SET_NAME_MAX


def claim_set_content_sha256(spans) -> str:
    """A hash of what the set contains, independent of database ids: each span's identity, version and content,
    in export order."""
    digest = hashlib.sha256()
    for span in spans:
        record = [str(span.uid), span.version, span.article.text_sha256, span.start, span.end, span.tag, span.text]
        digest.update(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    return digest.hexdigest()


@transaction.atomic
def claim_set_create(*, name, user, filters=None, description="") -> ClaimSet:
    if not roles.can_export(user):
        raise NotPermitted("You need the exporter role to build claim sets.")
    name = clean_text("name", name, max_length=CLAIM_SET_NAME_MAX, required=True).strip()
    description = clean_text("description", description, max_length=CLAIM_SET_DESCRIPTION_MAX)
    filters = selectors.clean_claim_filters(filters or {})
    if ClaimSet.objects.filter(name=name).exists():
        raise invalid("name", f"A claim set named {name!r} already exists; claim sets are frozen, pick a new name.",
                      "duplicate")
    spans = list(
        selectors.verified_spans(filters).select_related("article").only(
            "id", "uid", "version", "start", "end", "tag", "text", "article__text_sha256"
        ).order_by(*selectors.EXPORT_ORDER)
    )
    try:
        with transaction.atomic():
            claim_set = ClaimSet(
                name=name, description=description, filters=filters, span_count=len(spans),
                content_sha256=claim_set_content_sha256(spans), created_by=user,
            )
            claim_set._history_user = user
            claim_set.save()
    except IntegrityError:
        raise invalid("name", f"A claim set named {name!r} already exists.", "duplicate")
    claim_set.spans.add(*spans)
    # Frozen means frozen: keep every format's bytes as of now (exports/frozen.py).
    ClaimSetExport.objects.bulk_create([ClaimSetExport(claim_set=claim_set, **fields)
                                        for fields in snapshots(claim_set)])
    return claim_set
