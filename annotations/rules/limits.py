"""Field limits, read off the model columns so the services, the importer and the API's schema cannot drift apart.
TextFields carry a max_length in models.py for exactly this reason (the database does not enforce it)."""
from django.contrib.auth import get_user_model

from annotations.models import Article, ClaimSet, Evidence, Review, Source, Span


def _max(model, name: str) -> int:
    return model._meta.get_field(name).max_length


SPEAKER_MAX = _max(Span, "speaker")
NOTE_MAX = _max(Span, "note")
CLAIM_SUMMARY_MAX = _max(Span, "claim_summary")
CLAIMANT_MAX = _max(Span, "claimant")
EXCERPT_MAX = _max(Evidence, "excerpt")
COMMENT_MAX = _max(Review, "comment")
EXPLANATION_MAX = _max(Review, "explanation")
SOURCE_TITLE_MAX = _max(Source, "title")
PUBLISHER_MAX = _max(Source, "publisher")
TITLE_MAX = _max(Article, "title")
OUTLET_MAX = _max(Article, "outlet")
ARTICLE_AUTHOR_MAX = _max(Article, "author")
LANGUAGE_MAX = _max(Article, "language")
URL_MAX = _max(Source, "url")
USERNAME_MAX = get_user_model()._meta.get_field(get_user_model().USERNAME_FIELD).max_length
CLAIM_SET_NAME_MAX = _max(ClaimSet, "name")
CLAIM_SET_DESCRIPTION_MAX = 5000  # a TextField without a column limit; the rule's own

# Bodies. A JSON or form body over DATA_UPLOAD_MAX_MEMORY_SIZE (settings, 5 MB) is refused by Django; this caps every
# body, file uploads included, before anything reads it (annotations.middleware).
UPLOAD_MAX_BYTES = 50 * 1024 * 1024
# JSON nesting: arrays and objects inside each other. Our own formats nest 8 deep at most (a W3C collection's
# selector refinements); Python's parser would recurse past its stack long before a body limit bites.
JSON_DEPTH_MAX = 64

# Collections. An article's text: a long report is ~100,000 characters; the page of a 52 MB article was 110 MB.
ARTICLE_TEXT_MAX = 2_000_000
# Spans on one article (the benchmark's busiest has 1,000): every page, export and agreement table grows with them.
SPANS_PER_ARTICLE_MAX = 10_000
# Sources per span: beyond this a span's panel, API response and CSV row only grow (a span with 2,000 sources made
# a 10.5 MB response and a CSV of 10,017 columns). A rule's own limit, not a column's.
EVIDENCE_PER_SPAN_MAX = 50
