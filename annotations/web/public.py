"""The published fact checks: one public, read-only page per verified claim (no login), an index and an Atom feed.
Only verified claims with a verdict are reachable here (selectors.published_claims); each page embeds the claim's
ClaimReview JSON-LD, the very record the claimreview export writes, whose `url` is the page itself."""
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.feedgenerator import Atom1Feed
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from annotations import selectors
from annotations.exports.claimreview import claim_review, script_safe_json
from annotations.exports.records import final_approval

PER_PAGE = 50
FEED_ITEMS = 50


def _entry(span) -> dict:
    review = claim_review(span)
    return {"span": span, "review": review, "approval": final_approval(span)}


@require_safe
def claim_page(request, uid):
    span = selectors.published_claim(uid)
    if span is None:
        raise Http404("No published fact check here.")
    entry = _entry(span)
    # script_safe_json escapes <, > and &: no field can close the script element or open a comment in it.
    json_ld = mark_safe(script_safe_json({"@context": "https://schema.org", **entry["review"]}))
    return render(request, "annotations/public/claim.html", {**entry, "json_ld": json_ld,
                                                               "evidence": list(span.evidence.all())})


@require_safe
def claim_index(request):
    page = Paginator(selectors.published_claims(), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "annotations/public/claims.html", {
        "page_obj": page, "entries": [_entry(span) for span in page.object_list]})


class ClaimFeed(Feed):
    """Atom: the newest published fact checks."""

    feed_type = Atom1Feed
    title = "Fact checks"
    link = "/claims/"
    subtitle = "Claims verified by the desk, newest first."

    def items(self):
        return list(selectors.published_claims()[:FEED_ITEMS])

    def item_title(self, span):
        return claim_review(span)["claimReviewed"]

    def item_description(self, span):
        rating = claim_review(span)["reviewRating"]
        return f"{rating['alternateName']}: {rating['ratingExplanation']}"

    def item_link(self, span):
        return claim_review(span)["url"]

    def item_pubdate(self, span):
        return span.published_at

    def item_guid(self, span):
        return f"urn:uuid:{span.uid}"

    item_guid_is_permalink = False
