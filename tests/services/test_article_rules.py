import pytest
from django.core.exceptions import ValidationError

from annotations import services
from annotations.errors import NotPermitted
from annotations.models import Article


def test_text_of_an_annotated_article_cannot_change(article, make_span):
    make_span(article, "Critics disagree", tag="opinion")
    original = article.text
    with pytest.raises(ValidationError) as exc_info:
        services.article_update(article=article, text=original + " Edited.")
    assert exc_info.value.error_dict["text"][0].code == "text_locked"
    article.refresh_from_db()
    assert article.text == original
    assert article.text_sha256 == services.text_sha256(original)


def test_unannotated_article_text_can_be_corrected_and_hash_follows(article):
    services.article_update(article=article, text="Corrected text.", title="Fixed")
    article.refresh_from_db()
    assert (article.text, article.title) == ("Corrected text.", "Fixed")
    assert article.text_sha256 == services.text_sha256("Corrected text.")


def test_metadata_of_an_annotated_article_can_still_change(article, make_span):
    make_span(article, "Critics disagree", tag="opinion")
    services.article_update(article=article, outlet="The Daily")
    assert Article.objects.get().outlet == "The Daily"


def test_same_text_twice_is_one_article(db):
    first, created = services.article_get_or_create(text="Same words.")
    again, created_again = services.article_get_or_create(text="Same words.", title="Other title")
    assert (created, created_again, first.pk) == (True, False, again.pk)
    with pytest.raises(ValidationError):
        services.article_create(text="Same words.")
    assert Article.objects.count() == 1


def test_article_text_with_nul_is_refused(db):
    with pytest.raises(ValidationError) as exc_info:
        services.article_create(text="bad\x00text")
    assert exc_info.value.error_dict["text"][0].code == "nul_character"
    assert Article.objects.count() == 0


def test_annotator_cannot_create_articles(annotator):
    with pytest.raises(NotPermitted):
        services.article_create(text="New text.", user=annotator)
    assert Article.objects.count() == 0


def test_text_of_an_article_cited_as_evidence_cannot_change(article, annotator, staff):
    """A passage cited as evidence points into the source article's text as much as a span does."""
    span = services.span_create(article=article, author=annotator, start=0, end=7, tag="claim")
    source = services.article_create(title="Poll", text="Elsewhere: 40% of voters agree, a poll says.")
    start = source.text.index("40%")
    services.evidence_add(span=span, user=annotator, stance="supports", source_article=source,
                          source_start=start, source_end=start + 19)
    with pytest.raises(ValidationError) as exc_info:
        services.article_update(article=source, user=staff, text="Elsewhere: nobody agrees, a poll says.")
    assert exc_info.value.error_dict["text"][0].code == "text_locked"
    source.refresh_from_db()
    assert "40% of voters agree" in source.text
