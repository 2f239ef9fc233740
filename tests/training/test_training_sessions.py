from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from annotations import gold
from annotations.errors import NotPermitted
from annotations.models import Span
from annotations.services.training import (
    training_session_finish, training_session_start, training_span_add, training_span_remove,
)


def gold_of(article):
    return gold.gold_spans()[article.text_sha256]


def test_trainee_spans_stay_out_of_production_and_are_scored_on_finish(seed_article, trainee):
    session = training_session_start(trainee=trainee, article=seed_article)
    gold_spans = gold_of(seed_article)
    for g in gold_spans[:10]:
        training_span_add(session=session, trainee=trainee, start=g["start"], end=g["end"], tag=g["tag"], text=g["text"])
    first = gold_spans[10]
    training_span_add(session=session, trainee=trainee, start=first["start"], end=first["end"] - 1, tag=first["tag"])
    assert Span.objects.count() == 0
    session = training_session_finish(session=session, trainee=trainee)
    overall_exact = session.score["exact"]["tags"]["all"]
    assert overall_exact["precision"] == round(10 / 11, 4)
    assert overall_exact["recall"] == round(10 / len(gold_spans), 4)
    assert session.score["overlap"]["tags"]["all"]["matched_gold"] == 11
    assert len(session.score["overlap"]["missed"]) == len(gold_spans) - 11
    with pytest.raises(ValidationError):
        training_span_add(session=session, trainee=trainee, start=0, end=9, tag="claim")


def test_training_span_offsets_are_checked_like_production(seed_article, trainee):
    session = training_session_start(trainee=trainee, article=seed_article)
    emoji = seed_article.text.index("🔹")
    with pytest.raises(ValidationError):
        training_span_add(session=session, trainee=trainee, start=emoji, end=emoji + 1, tag="claim", text="x")
    with pytest.raises(ValidationError):
        training_span_add(session=session, trainee=trainee, start=0, end=9, tag="rumour")


def test_only_the_trainee_may_change_their_session(seed_article, trainee, annotator):
    session = training_session_start(trainee=trainee, article=seed_article)
    span = training_span_add(session=session, trainee=trainee, start=0, end=9, tag="claim")
    with pytest.raises(NotPermitted):
        training_span_remove(span=span, trainee=annotator)
    with pytest.raises(NotPermitted):
        training_session_finish(session=session, trainee=annotator)


def test_training_needs_an_article_in_the_gold_set(trainee, article):
    with pytest.raises(ValidationError) as exc_info:
        training_session_start(trainee=trainee, article=article)
    assert exc_info.value.error_dict["article"][0].code == "no_gold"


def test_score_annotations_command_prints_per_tag_figures(seed_article, trainee):
    session = training_session_start(trainee=trainee, article=seed_article)
    for g in gold_of(seed_article)[:5]:
        training_span_add(session=session, trainee=trainee, start=g["start"], end=g["end"], tag=g["tag"])
    out = StringIO()
    call_command("score_annotations", "--gold", str(gold.default_fixture_path()), "--user", "trainee", stdout=out)
    text = out.getvalue()
    assert "exact    all       1.000" in text
    assert f"missed (overlap): {len(gold_of(seed_article)) - 5}" in text
