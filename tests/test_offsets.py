from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations import offsets

SEED_004 = next((Path(__file__).resolve().parent.parent / "seeds").glob("004_*.txt")).read_bytes().decode("utf-8")


def test_utf16_offsets_after_the_seed_emoji_shift_by_one_per_emoji():
    first = SEED_004.index("🔹")
    assert offsets.cp_to_utf16(SEED_004, first) == first
    assert offsets.cp_to_utf16(SEED_004, first + 1) == first + 2
    assert offsets.cp_to_utf16(SEED_004, len(SEED_004)) == len(SEED_004) + 2 == offsets.utf16_length(SEED_004)
    assert offsets.utf16_to_cp(SEED_004, first + 2) == first + 1


def test_utf16_offset_inside_a_surrogate_pair_is_refused():
    first = SEED_004.index("🔹")
    with pytest.raises(ValueError, match="surrogate pair"):
        offsets.utf16_to_cp(SEED_004, first + 1)


text_with_astral = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from("🔹👩\u200d\u0301\r\n")),
    max_size=60,
)


@settings(deadline=None)  # a property, not a timing
@given(text_with_astral, st.data())
def test_code_point_utf16_round_trip_is_identity(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    u_start, u_end = offsets.cp_to_utf16(text, start), offsets.cp_to_utf16(text, end)
    assert text.encode("utf-16-le")[2 * u_start:2 * u_end].decode("utf-16-le") == text[start:end]
    assert (offsets.utf16_to_cp(text, u_start), offsets.utf16_to_cp(text, u_end)) == (start, end)


def test_grapheme_boundaries_keep_zwj_families_and_accents_whole():
    text = "e\u0301 👩\u200d👩\u200d👧!"
    assert offsets.grapheme_boundaries(text) == {0, 2, 3, 8, 9}


@settings(deadline=None)  # a property, not a timing: the shared machine stalls now and then
@given(text_with_astral, st.data())
def test_the_grapheme_boundary_shortcut_agrees_with_full_segmentation(text, data):
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert offsets.is_grapheme_boundary(text, offset) == (offset in offsets.grapheme_boundaries(text))


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("ab “”‘’—é\u00ad\u0301\u200d👩🇫🇷\r\n\t."), max_size=40), st.data())
def test_the_shortcut_agrees_next_to_joiners_marks_flags_and_soft_hyphens(text, data):
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert offsets.is_grapheme_boundary(text, offset) == (offset in offsets.grapheme_boundaries(text))
