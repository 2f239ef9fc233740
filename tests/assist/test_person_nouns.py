"""names.is_person_noun: which nouns may name a speaker who is described, not named ("The barista said");
names.is_personal for surnames that are other words too ("Theresa May")."""
import pytest

from annotations.assist.names import is_person_noun, is_personal, pronoun_of


@pytest.mark.parametrize("noun", ["singer", "barista", "landlady", "representative", "pal", "grandmother",
                                  "clubber", "spokesperson", "resident", "employee", "actress", "pensioner"])
def test_nouns_for_people_by_their_ending_or_the_lists(noun):
    assert is_person_noun(noun)


@pytest.mark.parametrize("noun", ["sticker", "statement", "agreement", "order", "website", "survey", "decree",
                                  "incident", "computer", "business", "band", "store"])
def test_things_are_no_people_even_when_they_end_like_them(noun):
    assert not is_person_noun(noun)


@pytest.mark.parametrize("name", ["Theresa May", "Dawn French", "William Hague", "Brian May"])
def test_surnames_that_are_also_other_words_end_a_persons_name(name):
    assert is_personal(name)


@pytest.mark.parametrize("name", ["Last May", "Old French", "Canadian French", "The Hague", "Early May"])
def test_those_words_after_an_opener_a_place_or_a_demonym_are_no_name(name):
    assert not is_personal(name)


@pytest.mark.parametrize("name, pronoun", [("Denise Blake", "she"), ("Bill Hogarth", "he"), ("Mr Tom Reid", "he"),
                                           ("Jordan Smith", ""), ("Kim Jong-un", ""), ("Andrea Pirlo", ""),
                                           ("Lin Wei", ""), ("Smith", "")])
def test_a_first_name_says_he_or_she_only_when_nearly_all_its_bearers_are_one_sex(name, pronoun):
    assert pronoun_of(name) == pronoun


def test_a_noun_for_what_someone_is_before_their_given_name_is_no_part_of_their_name():
    from annotations.assist.names import people
    assert [m[2] for m in people("Angler Dave Tunney said so.")] == ["Dave Tunney"]
    # Given names that end like nouns for people stay, and so does a word before a name the census does not know.
    assert [m[2] for m in people("Hunter Biden said so.")] == ["Hunter Biden"]
    assert [m[2] for m in people("Yasser Arafat said so.")] == ["Yasser Arafat"]
