"""Each export format, checked structurally and, for W3C, against the W3C's own MUST assertions."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from annotations import exports, selectors
from tests.exports import w3c_schema

W3C_CHECK = Path(__file__).resolve().parents[3] / "shared" / "w3c-web-annotation-tests" / "check.py"


def export(name: str) -> str:
    spans = selectors.export_queryset().filter(pk__in=selectors.verified_spans().values("pk"))
    return "".join(exports.export_chunks(exports.get_format(name), spans))


def test_jsonl_has_one_parseable_verified_span_per_line(claim_corpus):
    lines = export("jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    assert {r["status"] for r in records} == {"verified"}
    for record in records:
        assert list(record) == sorted(record)
        assert record["article"]["sha256"] and record["reviews"][-1]["decision"] == "approve"
    emoji_claim = next(r for r in records if r["evidence"] and r["evidence"][0]["source_article_id"])
    assert emoji_claim["text"].startswith("Trump")
    assert emoji_claim["evidence"][0]["excerpt"] == "40% of voters agree"


def test_csv_parses_and_escapes_every_formula_cell(claim_corpus):
    text = export("csv")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(rows) == 5
    assert "evidence_2_stance" in rows[0] and "evidence_3_stance" not in rows[0]
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=SUM(A1:A9)" in cells and "'@danger" in cells and "'-1 is a formula" in cells
    quote = next(r for r in rows if r["tag"] == "quote")
    assert (quote["speaker"], quote["evidence_count"], quote["reviewers"]) == ("Donald Trump", "0", "rev")


def test_claimreview_has_the_required_properties_for_each_verified_claim(claim_corpus, settings):
    document = json.loads(export("claimreview"))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) == 3  # claims only
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", **settings.FACTCHECK_ORGANIZATION}
        assert review["claimReviewed"] and review["url"].startswith("https://")
        assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["appearance"]
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == ["False", "Mostly accurate", "Unproven"]


def test_w3c_export_validates_against_the_model_schema(claim_corpus, tmp_path):
    document = json.loads(export("w3c"))
    jsonschema.validate(document, w3c_schema.collection)
    items = document["first"]["items"]
    assert document["total"] == len(items) == 5
    for item in items:
        selectors_ = item["target"]["selector"]
        article_span = next(s for s in claim_corpus if str(s.uid) in item["id"])
        assert selectors_[0]["exact"] == article_span.article.text[selectors_[1]["start"]:selectors_[1]["end"]]


def test_w3c_export_passes_the_w3c_must_assertions(claim_corpus, tmp_path):
    if not W3C_CHECK.exists():
        pytest.skip(f"the W3C test suite is not beside this clone ({W3C_CHECK})")
    out = tmp_path / "export.w3c.json"
    out.write_text(export("w3c"), encoding="utf-8")
    result = subprocess.run([sys.executable, str(W3C_CHECK), str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 annotations checked, 0 MUST failures" in result.stdout


@pytest.mark.parametrize("name", sorted(exports.FORMATS))
def test_every_format_re_exports_byte_identically(claim_corpus, name):
    assert export(name) == export(name)


def test_unknown_format_is_refused_by_name():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc_info:
        exports.get_format("xml")
    assert "format" in exc_info.value.message_dict


@pytest.mark.parametrize("cell", [
    "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1+1", "\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(A1)",
    "\ufe661+1",  # small equals sign: NFKC folds it to "=" like the fullwidth forms
])
def test_csv_escapes_every_cell_a_spreadsheet_would_run_as_a_formula(cell):
    from annotations.exports.csv_format import safe_cell

    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "40% agree", " =not a formula", "", "\uff21bc"])
def test_csv_leaves_ordinary_cells_alone(cell):
    from annotations.exports.csv_format import safe_cell

    assert safe_cell(cell) == cell
