"""The jsonl export reads light rows instead of model instances; both must give the very same records."""
from annotations import selectors
from annotations.exports import rows
from annotations.exports.records import span_record


def test_light_rows_give_the_same_records_as_model_instances(claim_corpus):
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
    from_models = [span_record(span) for span in spans]
    from_rows = [span_record(span) for span in rows.span_rows(spans, chunk_size=2)]
    assert len(from_models) == len(claim_corpus)
    assert from_rows == from_models
