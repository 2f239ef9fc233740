"""Opinion suggestions on issue 18's patterns, in made-up sentences of the same shape: evaluative words beyond the
seeds' vocabulary are opinions; hedges inside reported speech are claims about what was said."""
from annotations.assist.checkworthy import find_opinions


def opinions(text):
    return [o.text for o in find_opinions(text)]


def test_evaluative_idioms_and_adverbs_are_opinions():
    text = ("The inquiry delivered a damning verdict on the council’s housing policy. "
            "The minister shamelessly took credit for the new hospital wing. "
            "The dispute goes to the heart of how the city is governed.")
    found = opinions(text)
    assert len(found) == 3, found


def test_reported_concern_and_what_officials_indicated_are_not_opinions():
    text = ("Health officials expressed concern about the rise in measles cases last month. "
            "The company indicated that the plant could reopen in May.")
    assert opinions(text) == []


def test_a_writers_own_hedge_is_still_an_opinion():
    assert opinions("The new rules could make the housing shortage far worse for young families.")


# Patterns of the Wikinews development half, in made-up sentences.
def test_a_named_persons_reported_belief_or_hedge_is_a_claim_not_an_opinion():
    assert opinions("According to the BBC, Okafor also believes the crew may have left the ship on purpose.") == []
    assert opinions("Police said the fire might have started in the kitchen of the hotel.") == []


def test_a_scheduled_event_in_the_future_tense_is_not_a_prediction():
    assert opinions("The probe, which will be launched on April 29, carries six instruments.") == []
    assert opinions("The last flight will be STS-135 from the Florida coast.") == []
    assert opinions("The dispute will likely come to a head at the summit.") != []


def test_a_named_persons_reported_reaction_is_a_claim_not_an_opinion():
    # The guidelines' hard case: a reaction whose author is named is a claim; unnamed, it is an opinion.
    assert opinions("Mayor Ann Roe said the decision was a disgraceful and reckless mistake.") == []
    assert opinions("Jim Swire, father of a victim, believes the verdict was an outrageous mistake.") == []
    assert opinions("The decision was a disgraceful and reckless mistake.")


def test_evaluative_words_inside_a_quotation_are_the_quote_not_an_opinion():
    from annotations.assist.suggest import suggest

    text = ('Senator Ann Roe issued a statement on Monday. "The announcement is an affront to the workers. '
            'It is a misguided and reckless decision, and I am deeply disappointed."')
    found = suggest(text)
    assert [s.tag for s in found.items if s.tag != "claim"] == ["quote"], found


def test_the_writers_degree_adverbs_framing_and_characterisations_are_opinions():
    text = ("The story has largely slipped from the front pages. "
            "The findings have further called into question the response of the government. "
            "Members of the order live a strict lifestyle with little income. "
            "The death of the pilot was a tragically avoidable loss for the crew.")
    assert len(opinions(text)) == 4, opinions(text)


def test_a_quotation_before_an_interview_transcript_is_still_not_an_opinion():
    from annotations.assist.suggest import suggest

    intro = ('Ann Roe opened the hearing on Monday. "It is a misguided, reckless and disgraceful plan, and the '
             'council should drop it," she said.\n\n')
    turns = "".join(f"Wikinews: Why {n}?\n\nAnn Roe: Because it is {n}, and we said so.\n\n" for n in range(6))
    found = suggest(intro + turns)
    assert "opinion" not in [s.tag for s in found.items], found


def test_the_writers_praise_and_blame_are_opinions_but_capitalised_names_are_not():
    text = ("Reina made a good save in the second half. "
            "The equaliser was the best possible response to going behind. "
            "Great Britain sent 40 athletes to the games in Beijing.")
    assert [o.split()[0] for o in opinions(text)] == ["Reina", "The"]


def test_a_cue_word_capitalised_inside_a_name_is_no_cue():
    text = ("Kessel is one of the recipients of the Millennium Challenge Account. "
            "With the goal, Hale became the seventh player in Major League Soccer to score 100.")
    assert opinions(text) == []


def test_the_writers_characterising_adjectives_and_unknowns_are_opinions():
    text = ("Police said a man attacked the school in a brutal attack on Tuesday. "
            "His motive for the attack is unknown. "
            "A devastating earthquake struck the coast in January. "
            "The bill would rescue the struggling financial sector.")
    assert [o.split()[0] for o in opinions(text)] == ["Police", "His", "A", "The"]


def test_what_named_groups_warn_or_fear_and_what_can_be_heard_are_claims():
    text = ("Police warn more bodies may remain to be found after the crash. "
            "The archaeologists fear they may have to postpone work for the summer. "
            "Sounds of machine guns could be heard throughout the island.")
    assert opinions(text) == []
    text = "The ruling may well be overturned on appeal."
    assert opinions(text) == ["The ruling may well be overturned on appeal"]
    text = "There are fears the family could contest the will."
    assert opinions(text) == ["There are fears the family could contest the will"]


def test_review_hedges_that_are_no_perception_and_fears_of_no_one_in_particular_stay_opinions():
    assert opinions("The decision could be seen as a rebuke to the president.") != []
    assert opinions("The effects of the drought could be felt for years to come.") != []
    assert opinions("Shares fell amid fears that the bank could collapse.") != []
    assert opinions("Many fear the talks could fail.") != []
