import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from annotations import services


def test_export_claims_writes_every_verified_span_to_a_file(claim_corpus, tmp_path):
    out, err = tmp_path / "all.jsonl", StringIO()
    call_command("export_claims", format="jsonl", out=str(out), stderr=err)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "Wrote 5 verified spans as jsonl" in err.getvalue()


def test_export_claims_to_stdout_for_a_named_claim_set(claim_corpus, exporter):
    services.claim_set_create(name="quotes", user=exporter, filters={"tags": ["quote"]})
    out = StringIO()
    call_command("export_claims", format="fever", out="-", claim_set="quotes", stdout=out)
    assert out.getvalue() == ""  # FEVER holds claims only; the set has one quote
    call_command("export_claims", format="jsonl", out="-", claim_set="quotes", stdout=out)
    assert json.loads(out.getvalue())["speaker"] == "Donald Trump"


def test_export_claims_names_a_missing_claim_set(db, tmp_path):
    with pytest.raises(CommandError, match="No claim set named 'nope'"):
        call_command("export_claims", format="csv", out=str(tmp_path / "x.csv"), claim_set="nope")


def test_a_fixture_export_is_named_so_that_loaddata_reads_it(claim_corpus, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    out = tmp_path / "week.fixture"
    err = StringIO()
    call_command("export_claims", format="fixture", out=str(out), stderr=err)
    written = tmp_path / "week.fixture.json"
    assert written.exists() and not out.exists()
    assert str(written) in err.getvalue()
