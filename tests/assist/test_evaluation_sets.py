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
    # The same name with or without its accents (an article may spell it both ways: "Chavez" and "Chávez").
    assert evalsets.same_person("Hugo Chavez", "Hugo Chávez")
    assert evalsets.same_person("Lech WAŁĘSA", "Lech Wałęsa") and not evalsets.same_person("Chavez", "Chaves")
    # An unnamed speaker is named by the role before its "of": "relative of Mohamed Kohail (unnamed)" is a relative.
    assert evalsets.same_person("relative", "relative of Mohamed Kohail (unnamed)")
    assert evalsets.same_person("a younger brother", "younger brother of Wyclef Jean (unnamed)")
    assert not evalsets.same_person("Mohamed Kohail", "relative of Mohamed Kohail (unnamed)")
    # A role is its head noun before whatever places it: "in", "on", "with", "close to", "based in", "familiar
    # with", "briefed on", "who …" (the seventh round's keys wrote "diplomat based in Zorava", "source close to the
    # couple", "person familiar with the negotiations"); one or several of them is the same role.
    assert evalsets.same_person("diplomat", "foreign diplomat based in Zorava (unnamed)")
    assert evalsets.same_person("source", "source close to the couple (unnamed)")
    assert evalsets.same_person("person familiar with the talks", "person familiar with the negotiations (unnamed)")
    assert evalsets.same_person("man", "man in the crowd (unnamed)")
    assert evalsets.same_person("employees", "Quillsoft employee (unnamed)")
    assert not evalsets.same_person("Zorava", "foreign diplomat based in Zorava (unnamed)")
    assert not evalsets.same_person("employer", "Quillsoft employee (unnamed)")


def write_second(base, spans, name="001_bus"):
    (base / evalsets.SECOND).mkdir(exist_ok=True)
    (base / evalsets.SECOND / f"{name}.json").write_text(json.dumps({"article": f"{name}.txt", "spans": spans}),
                                                        encoding="utf-8")


def test_agreement_scores_the_second_labelling_against_the_first_then_the_suggestions(tmp_path, capsys):
    write_set(tmp_path)
    write_second(tmp_path, [{"tag": "quote", "text": "This will cut journeys", "speaker": "Okafor"}])  # no claim
    call_command("evaluate_suggestions", "--set", str(tmp_path), "--agreement")
    out = capsys.readouterr().out
    second, suggestions = out.split("Suggestions against")
    assert "Second labelling against" in second and "on 1 article(s): 001_bus" in second
    rows = {tuple(line.split()[:2]): line.split()[2:5] for line in second.splitlines() if line.startswith("overlap")}
    assert rows[("overlap", "quote")] == ["1.000", "1.000", "1.000"]
    assert rows[("overlap", "claim")] == ["0.000", "0.000", "0.000"]  # the second labeller found no claim
    assert "quote speakers: 1 of 1" in second
    assert "on the same 1 article(s)" in suggestions


def test_agreement_without_a_second_labelling_or_for_an_unknown_article_is_an_error(tmp_path):
    write_set(tmp_path)
    with pytest.raises(CommandError, match="no second labelling"):
        call_command("evaluate_suggestions", "--set", str(tmp_path), "--agreement")
    write_second(tmp_path, [], name="002_tram")
    with pytest.raises(CommandError, match="second/002_tram.json: the set has no article '002_tram'"):
        call_command("evaluate_suggestions", "--set", str(tmp_path), "--agreement")
    with pytest.raises(CommandError, match="needs --set"):
        call_command("evaluate_suggestions", "--agreement")


def test_a_second_labelling_span_not_in_the_text_is_an_error_naming_the_file(tmp_path):
    write_set(tmp_path)
    write_second(tmp_path, [{"tag": "claim", "text": "voted 9-0"}])
    with pytest.raises(CommandError, match=r"second/001_bus.json span 0: 'voted 9-0'"):
        call_command("evaluate_suggestions", "--set", str(tmp_path), "--agreement")
