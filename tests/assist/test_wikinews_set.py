"""The Wikinews evaluation set is what issue 18 asks for: at least 12 openly licensed articles, every span located
in its text, at least 200 quotes with speakers, a development half and a test half, each article's source and
licence."""
from annotations.assist import evalsets


def test_the_wikinews_set_has_both_halves_and_every_label_is_found_in_its_article():
    articles = evalsets.load("wikinews")  # raises, naming file and span, on a label not in its text
    assert len(articles) >= 12
    assert {a.split for a in articles} == {"dev", "test"}
    quotes = [s for a in articles for s in a.spans if s["tag"] == "quote"]
    assert len(quotes) >= 200 and all(q["speaker"] for q in quotes)
    for tag in ("claim", "opinion"):
        assert {a.split for a in articles if any(s["tag"] == tag for s in a.spans)} == {"dev", "test"}


def test_every_article_records_its_source_licence_and_style():
    for article in evalsets.load("wikinews"):
        assert article.source.startswith("https://en.wikinews.org/wiki/"), article.name
        assert "CC BY 2.5" in article.licence, article.name
        assert article.style, article.name


def test_the_second_labelling_covers_dev_and_test_articles_and_every_span_is_found():
    articles = evalsets.load("wikinews")
    second = evalsets.load_second("wikinews", articles)  # raises, naming file and span, on a label not in its text
    splits = {a.name: a.split for a in articles}
    assert len(second) >= 12 and {splits[name] for name in second} == {"dev", "test"}
