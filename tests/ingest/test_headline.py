from annotations.ingest.headline import HEADLINE_MAX, headline_from_text


def test_tags_captions_and_repeated_captions_are_skipped():
    text = ("Tags: #a #b\nPhoto / AP\nPhoto / AP\nThe real headline\nBody.")
    assert headline_from_text(text) == "The real headline"


def test_a_paragraph_becomes_its_first_words_and_an_ellipsis():
    title = headline_from_text("word " * 100)
    assert title.endswith("…") and len(title) <= HEADLINE_MAX + 1


def test_a_megabyte_single_line_is_cut_without_reading_it_all():
    title = headline_from_text("x" * 2_000_000)
    assert len(title) == HEADLINE_MAX + 1


def test_blank_text_has_no_title():
    assert headline_from_text("\n \n") == ""
