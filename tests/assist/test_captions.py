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
