"""Photo captions and credits are not annotated (fixtures/README.md), so nothing is suggested in them: not the
caption's facts as claims, not a pull quote it repeats."""
from annotations.assist.suggest import suggest

ARTICLE = """Harbour reopens after storm

The port of Kessel reopened on Monday after 12 days, the harbour master Ella Brandt said.

Brandt (left) with the mayor at the reopened quay on Monday, 4 May 2026.

"So far, the quay has held. But it is a long season." Image: Tom Reyes.

"We lost 40 days of trade," said Brandt. The council will pay for repairs from a reserve of 2 million euros.
"""


def test_nothing_is_suggested_in_a_photo_caption_or_its_pull_quote():
    found = suggest(ARTICLE)
    caption_start = ARTICLE.index("Brandt (left)")
    caption_end = ARTICLE.index("Image: Tom Reyes.") + len("Image: Tom Reyes.")
    assert [s for s in found if caption_start <= s.start < caption_end] == []
    assert [s.text for s in found if s.tag == "quote"] == ["We lost 40 days of trade"]
    assert any(s.tag == "claim" and s.text.startswith("The port of Kessel reopened") for s in found)


DIGEST = """Wikinews Shorts: March 3, 2026

Ferry service resumes in Kessel

The ferry to Ostra ran again on Tuesday, its operator said. "We are back on schedule," said captain Ella Brandt.

Sources

Tom Reyes. "Ferry to Ostra back on the water after a long strike" — Kessel Courier, March 3, 2026

"Ostra link restored as crews return to work" — Harbour News Online, Tuesday, 3 March 2026
"""


def test_the_titles_in_a_list_of_sources_are_not_quotes():
    found = suggest(DIGEST)
    assert [(s.text, s.speaker) for s in found if s.tag == "quote"] == [("We are back on schedule", "Ella Brandt")]
    sources = DIGEST.index("Sources")
    assert [s for s in found if s.start > sources] == []


def test_a_paragraph_that_opens_with_a_quotation_and_a_dash_is_still_prose():
    text = '"We will rebuild this harbour together" — the words Ella Brandt chose for her first speech on Monday.\n'
    assert [s.text for s in suggest(text) if s.tag == "quote"] == ["We will rebuild this harbour together"]


def test_a_headline_quotation_with_a_dash_is_no_source_line():
    text = '"We will not give up" – Kessel mayor vows to rebuild after flood\n\nThe town flooded on Monday.\n'
    assert [s.text for s in suggest(text) if s.tag == "quote"] == ["We will not give up"]
