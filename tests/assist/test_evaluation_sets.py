"""evaluate_suggestions --set: any labelled set of articles is scored like the seeds, per split, with speakers."""
import json

import pytest
from django.core.management import CommandError, call_command

from annotations.assist import evalsets

ARTICLE = ("Council approves new bus lanes\n\n"
           "The council voted 7-2 on Tuesday to build bus lanes on Harbour Road. "
           "“This will cut journeys by ten minutes,” said Grace Okafor, the transport chair.\n")


def write_set(base, split="dev", spans=None):
    (base / "001_bus.txt").write_text(ARTICLE, encoding="utf-8")
    (base / "001_bus.json").write_text(json.dumps({
        "article": "001_bus.txt", "split": split, "source": "test", "licence": "CC0-1.0",
        "spans": spans if spans is not None else [
            {"tag": "claim", "text": "The council voted 7-2 on Tuesday to build bus lanes on Harbour Road"},
            {"tag": "quote", "text": "This will cut journeys by ten minutes", "speaker": "Grace Okafor"}],
    }), encoding="utf-8")


def test_a_set_is_scored_per_tag_with_speaker_accuracy(tmp_path, capsys):
    write_set(tmp_path)
    call_command("evaluate_suggestions", "--set", str(tmp_path), "--split", "dev")
    out = capsys.readouterr().out
    overlap_quote = next(line.split() for line in out.splitlines() if line.startswith("overlap  quote"))
    assert overlap_quote[2:5] == ["1.000", "1.000", "1.000"]
    assert "quote speakers: 1 of 1 matched quotes" in out


def test_the_other_split_is_left_out(tmp_path):
    write_set(tmp_path, split="test")
    assert [a.name for a in evalsets.load(str(tmp_path), "test")] == ["001_bus"]
    with pytest.raises(CommandError, match="no dev articles"):
        call_command("evaluate_suggestions", "--set", str(tmp_path), "--split", "dev")


def test_a_span_not_in_the_text_is_an_error_naming_the_file(tmp_path):
    write_set(tmp_path, spans=[{"tag": "claim", "text": "voted 9-0"}])
    with pytest.raises(CommandError, match=r"001_bus.json span 0: 'voted 9-0'"):
        call_command("evaluate_suggestions", "--set", str(tmp_path))


def test_speaker_comparison_ignores_unnamed_marker_and_first_names():
    assert evalsets.same_person("Okafor", "Grace Okafor")
    assert evalsets.same_person("a baker", "baker (unnamed)")
    # The guidelines name a quoted document by its author with what it is in brackets: "X (statement)".
    assert evalsets.same_person("Vänsterpartiet Malmö", "Vänsterpartiet Malmö (statement)")
    assert not evalsets.same_person("Malmö", "Malmö City Council (resolution)")
    assert not evalsets.same_person("", "Grace Okafor")
    assert not evalsets.same_person("Grace", "Grace Okafor")
    # An unnamed speaker is named by the role before its "of": "relative of Mohamed Kohail (unnamed)" is a relative.
    assert evalsets.same_person("relative", "relative of Mohamed Kohail (unnamed)")
    assert evalsets.same_person("a younger brother", "younger brother of Wyclef Jean (unnamed)")
    assert not evalsets.same_person("Mohamed Kohail", "relative of Mohamed Kohail (unnamed)")
