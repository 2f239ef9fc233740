"""Evidence per span is capped (rules.limits.EVIDENCE_PER_SPAN_MAX), so a span's API response and a CSV export's
columns stay bounded: a span with 2,000 sources gave a 10.5 MB response and a CSV of 10,017 columns."""
import csv
import io

from annotations import exports, selectors
from annotations.exports.csv_format import BASE_COLUMNS, EVIDENCE_COLUMNS
from annotations.models import Evidence, Source
from annotations.rules.limits import EVIDENCE_PER_SPAN_MAX


def _overloaded_verified_claim(claim_corpus, n: int):
    """A verified claim carrying `n` evidence rows, written past the rules as data from before the cap would be."""
    span = claim_corpus[0]
    sources = Source.objects.bulk_create([Source(url=f"https://example.org/flood/{i}") for i in range(n)])
    Evidence.objects.bulk_create([Evidence(span=span, source=source, stance="context", added_by=span.author)
                                  for source in sources])
    return span


def test_csv_columns_are_bounded_by_the_evidence_cap_even_for_older_overloaded_spans(claim_corpus):
    _overloaded_verified_claim(claim_corpus, 2_000)
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
    text = "".join(exports.export_chunks(exports.get_format("csv"), spans))
    header = next(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(header) <= len(BASE_COLUMNS) + len(EVIDENCE_COLUMNS) * EVIDENCE_PER_SPAN_MAX


def test_a_span_full_of_evidence_refuses_one_more_and_its_response_stays_small(client_for, annotator, make_span,
                                                                               article):
    span = make_span(article, article.text.split()[0])
    sources = Source.objects.bulk_create([Source(url=f"https://example.org/s/{i}")
                                          for i in range(EVIDENCE_PER_SPAN_MAX)])
    Evidence.objects.bulk_create([Evidence(span=span, source=s, stance="supports", added_by=annotator)
                                  for s in sources])
    client = client_for(annotator)
    version = client.get(f"/api/spans/{span.pk}/").headers["ETag"]
    response = client.post(f"/api/spans/{span.pk}/evidence/", {"stance": "supports", "url": "https://example.org/x"},
                           format="json", HTTP_IF_MATCH=version)
    assert response.status_code == 400
    assert response.data["evidence"][0].code == "too_much_evidence"
    assert Evidence.objects.filter(span=span).count() == EVIDENCE_PER_SPAN_MAX
    assert len(client.get(f"/api/spans/{span.pk}/").content) < 200_000
