"""Claim suggestions on issue 18's patterns, in made-up text of the same shape: list items without full stops are
body text, and a quotation with only its attribution around it is a quote, not a claim."""
from annotations.assist.checkworthy import find_claims

TEXT = """Council votes to close two libraries

The council voted 7-2 on Tuesday to close two libraries.
• 40 jobs will go by March
• The savings total £1.2m a year
“We will fight this decision in every court in the land,” said Maria Lopez, who chairs the campaign.
"""


def claims(text):
    return [c.text for c in find_claims(text)]


def test_list_items_without_a_full_stop_are_claims_without_their_bullet():
    assert "40 jobs will go by March" in claims(TEXT)


def test_a_quotation_with_only_its_attribution_is_not_a_claim():
    assert not [c for c in claims(TEXT) if "fight this decision" in c]


def test_an_attribution_that_adds_a_number_or_date_is_still_a_claim():
    text = "“We will fight this,” Maria Lopez told 300 residents at the town hall on Tuesday."
    assert claims(text)


def test_the_headline_is_still_not_a_claim():
    assert not [c for c in claims(TEXT) if c.startswith("Council votes")]


def test_a_short_factual_comparison_without_a_named_actor_is_a_claim():
    # Wikinews dev half: short factual sentences were missed below the old threshold of 0.5 (now 0.4).
    found = find_claims("The shops stayed open longer than usual.")
    assert [(c.text, c.score) for c in found] == [("The shops stayed open longer than usual", 0.4)]
    assert find_claims("The home side had the better of the game.") == []  # an action alone stays below


def test_a_figure_with_its_unit_glued_on_is_a_number():
    text = "Budget 2026\n\nThe chancellor set out her budget on Wednesday.\n• Fuel duty cut by 5p a litre\n"
    assert "Fuel duty cut by 5p a litre" in claims(text)
