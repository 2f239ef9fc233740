"""Offset and tag rules of span_create / span_update: every bad input is refused by field, and nothing is written."""
import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.errors import NotPermitted, VersionConflict
from annotations.models import Span
from tests.factories import ArticleFactory


def error_code(exc_info, field):
    return exc_info.value.error_dict[field][0].code


def test_span_create_stores_exact_text_and_context(article, annotator):
    start = article.text.index("40% of voters")
    span = services.span_create(article=article, author=annotator, start=start, end=start + 13, tag="claim")
    assert span.text == "40% of voters" == article.text[span.start:span.end]
    assert article.text.endswith(span.suffix + article.text[span.end + len(span.suffix):])
    assert span.prefix == article.text[max(0, start - 32):start]
    assert (span.status, span.version, span.author) == ("draft", 1, annotator)


@pytest.mark.parametrize(
    "start, end, text, field, code",
    [
        (0, 5, "Wrong", "text", "text_mismatch"),
        (10, 10, None, "end", "empty_span"),
        (12, 3, None, "end", "empty_span"),
        (-1, 4, None, "start", "negative_offset"),
        (0, 10_000, None, "end", "out_of_range"),
        ("0", 4, None, "start", "invalid_type"),
    ],
)
def test_span_create_rejects_bad_offsets_and_writes_nothing(article, annotator, start, end, text, field, code):
    with pytest.raises(ValidationError) as exc_info:
        services.span_create(article=article, author=annotator, start=start, end=end, text=text, tag="claim")
    assert error_code(exc_info, field) == code
    assert field in str(exc_info.value.message_dict[field][0])
    assert Span.objects.count() == 0


def test_span_create_rejects_unknown_tag(article, annotator):
    with pytest.raises(ValidationError) as exc_info:
        services.span_create(article=article, author=annotator, start=0, end=7, tag="rumour")
    assert error_code(exc_info, "tag") == "invalid_choice"
    assert "claim, quote, opinion" in exc_info.value.message_dict["tag"][0]
    assert Span.objects.count() == 0


def test_span_offsets_after_non_bmp_emoji_are_code_points(emoji_article, annotator):
    text = emoji_article.text
    emoji_at = text.index("🔹")
    start = text.index("Trump", emoji_at)
    span = services.span_create(article=emoji_article, author=annotator, start=start, end=start + 5, tag="quote")
    assert span.text == "Trump"
    # A UTF-16 offset (what the browser DOM counts) lands elsewhere and is refused, not stored.
    utf16_start = start + text[:start].count("🔹")
    with pytest.raises(ValidationError):
        services.span_create(
            article=emoji_article, author=annotator, start=utf16_start, end=utf16_start + 5, text="Trump", tag="claim"
        )
    assert Span.objects.count() == 1


def test_span_may_not_split_a_combining_accent_or_zwj_sequence(annotator):
    article = ArticleFactory(text="Cafe\u0301 owners 👩\u200d👩\u200d👧 agree.")
    with pytest.raises(ValidationError) as exc_info:
        services.span_create(article=article, author=annotator, start=0, end=4, tag="claim")  # 'Cafe' without the accent
    assert error_code(exc_info, "end") == "splits_grapheme"
    family = article.text.index("👩")
    with pytest.raises(ValidationError):
        services.span_create(article=article, author=annotator, start=family, end=family + 1, tag="claim")
    span = services.span_create(article=article, author=annotator, start=family, end=family + 5, tag="claim")
    assert span.text == "👩\u200d👩\u200d👧"


def test_overlapping_spans_are_allowed_but_exact_duplicates_are_not(article, annotator, make_span):
    make_span(article, "The minister said 40% of voters agree.", tag="quote")
    make_span(article, "40% of voters agree", tag="claim")
    with pytest.raises(ValidationError) as exc_info:
        make_span(article, "40% of voters agree", tag="claim")
    assert error_code(exc_info, "start") == "duplicate_span"
    assert Span.objects.count() == 2


def test_user_without_annotator_role_cannot_create_spans(article, exporter):
    with pytest.raises(NotPermitted):
        services.span_create(article=article, author=exporter, start=0, end=7, tag="claim")
    assert Span.objects.count() == 0


def test_stale_version_is_refused_and_changes_nothing(article, make_span, annotator):
    span = make_span(article, "Critics disagree", tag="opinion")
    services.span_update(span=span, user=annotator, expected_version=1, note="first edit")
    with pytest.raises(VersionConflict) as exc_info:
        services.span_update(span=span, user=annotator, expected_version=1, note="stale edit")
    assert exc_info.value.current_version == 2
    assert "ann" in exc_info.value.message
    assert Span.objects.get().note == "first edit"


def test_another_annotator_cannot_edit_or_delete_my_span(article, make_span, other_annotator):
    span = make_span(article, "Critics disagree", tag="opinion")
    with pytest.raises(NotPermitted):
        services.span_update(span=span, user=other_annotator, note="hijack")
    with pytest.raises(NotPermitted):
        services.span_delete(span=span, user=other_annotator)
    span.refresh_from_db()
    assert (span.note, span.version) == ("", 1)


def test_author_can_move_a_draft_and_context_follows(article, make_span, annotator):
    span = make_span(article, "40% of voters", tag="claim")
    start = article.text.index("Critics")
    span = services.span_update(span=span, user=annotator, start=start, end=start + 7)
    span.refresh_from_db()
    assert (span.text, span.version, span.prefix[-5:]) == ("Critics", 2, "ree. ")


def test_submitted_span_is_locked_for_edits_and_only_drafts_are_deleted(article, make_span, annotator):
    span = make_span(article, "Critics disagree", tag="opinion")
    span = services.span_submit(span=span, user=annotator)
    with pytest.raises(ValidationError) as exc_info:
        services.span_update(span=span, user=annotator, tag="claim")
    assert error_code(exc_info, "status") == "not_editable"
    with pytest.raises(ValidationError):
        services.span_delete(span=span, user=annotator)
    assert Span.objects.get().tag == "opinion"


def test_author_deletes_own_draft(article, make_span, annotator):
    span = make_span(article, "Critics disagree", tag="opinion")
    services.span_delete(span=span, user=annotator, expected_version=1)
    assert Span.objects.count() == 0


def test_an_unknown_field_is_refused_by_name(article, make_span, annotator):
    from django.core.exceptions import ValidationError

    span = make_span(article, "40% of voters agree")
    with pytest.raises(ValidationError) as exc_info:
        services.span_update(span=span, user=annotator, status="verified")
    assert exc_info.value.error_dict["status"][0].code == "read_only"


def test_an_author_without_the_annotator_role_cannot_submit(article, make_span, annotator):
    from annotations.errors import NotPermitted

    span = make_span(article, "40% of voters agree")
    annotator.groups.clear()
    annotator = type(annotator).objects.get(pk=annotator.pk)
    with pytest.raises(NotPermitted):
        services.span_submit(span=span, user=annotator)
