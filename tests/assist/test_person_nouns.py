"""names.is_person_noun: which nouns may name a speaker who is described, not named ("The barista said")."""
import pytest

from annotations.assist.names import is_person_noun


@pytest.mark.parametrize("noun", ["singer", "barista", "landlady", "representative", "pal", "grandmother",
                                  "clubber", "spokesperson", "resident", "employee", "actress", "pensioner"])
def test_nouns_for_people_by_their_ending_or_the_lists(noun):
    assert is_person_noun(noun)


@pytest.mark.parametrize("noun", ["sticker", "statement", "agreement", "order", "website", "survey", "decree",
                                  "incident", "computer", "business", "band", "store"])
def test_things_are_no_people_even_when_they_end_like_them(noun):
    assert not is_person_noun(noun)
