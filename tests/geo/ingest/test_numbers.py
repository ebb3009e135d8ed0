"""Killed and wounded figures in wire-report sentences, coded the lowest-figure way; counts of things are not figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.ingest.numbers import KINDS, VAGUE, WORD_NUMBERS, Figure, find_figures, parse_quantity


def _found(text: str) -> list[tuple[str, int, int | None, bool, str]]:
    return [(f.kind, f.value, f.high, f.approximate, f.who) for f in find_figures(text)]


# --- quantities --------------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "expected"), [
    ("40", (40, None, False)),
    ("1,200", (1200, None, False)),
    ("three", (3, None, False)),
    ("Forty", (40, None, False)),
    ("twenty-one", (21, None, False)),
    ("forty five", (45, None, False)),
    ("a hundred", (100, None, False)),
    ("one hundred and five", (105, None, False)),
    ("two thousand", (2000, None, False)),
    ("two dozen", (24, None, True)),
    ("a dozen", (12, None, True)),
    ("dozens", (12, None, True)),
    ("several", (3, None, True)),
    ("hundreds", (100, None, True)),
    ("a few", (3, None, True)),
    ("scores", (20, None, True)),
    ("more than 40", (40, None, True)),
    ("over 40", (40, None, True)),
    ("at least 34", (34, None, True)),
    ("nearly 40", (40, None, True)),
    ("about 40", (40, None, True)),
    ("some 40", (40, None, True)),
    ("an estimated 40", (40, None, True)),
    ("up to 40", (1, 40, True)),
    ("as many as 40", (1, 40, True)),
    ("40-plus", (40, None, True)),
    ("40+", (40, None, True)),
    ("between 30 and 40", (30, 40, True)),
    ("30 to 40", (30, 40, True)),
    ("30-40", (30, 40, True)),
    ("40 to 30", (30, 40, True)),
    ("no", (0, None, False)),
    ("none", (0, None, False)),
    ("zero", (0, None, False)),
    ("  More   than\n40 ", (40, None, True)),
], ids=lambda v: v if isinstance(v, str) else None)
def test_parse_quantity(said: str, expected: tuple[int, int | None, bool]) -> None:
    assert parse_quantity(said) == expected


@pytest.mark.parametrize("said", ["", "targets", "85 targets", "B-1", "many", "numerous", "forty-forty-forty", "more than"],
                         ids=["empty", "noun", "counted-noun", "b-1", "many", "numerous", "nonsense", "qualifier-alone"])
def test_parse_quantity_none_for_what_is_not_a_quantity(said: str) -> None:
    assert parse_quantity(said) is None


def test_vague_words_follow_the_field_convention() -> None:
    assert (VAGUE["dozens"], VAGUE["several"], VAGUE["hundreds"], VAGUE["a dozen"]) == (12, 3, 100, 12)
    assert (WORD_NUMBERS["zero"], WORD_NUMBERS["nineteen"], WORD_NUMBERS["ninety"]) == (0, 19, 90)


def test_parse_quantity_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="text was int 40"):
        parse_quantity(40)


# --- killed and wounded figures ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A drone hit the outpost, killing three US soldiers.", [("killed", 3, None, False, "US soldiers")]),
    ("Three US service members were killed in the attack.", [("killed", 3, None, False, "US service members")]),
    ("The group said the strikes killed six of our fighters.", [("killed", 6, None, False, "fighters")]),
    ("Six of our fighters were martyred, the statement said.", [("killed", 6, None, False, "fighters")]),
    ("About 40 people were killed, most of them militants.", [("killed", 40, None, True, "people")]),
    ("State media said the raids killed about 40 people, mostly militants.", [("killed", 40, None, True, "people")]),
    ("More than 40 were wounded, the Pentagon said.", [("wounded", 40, None, True, "")]),
    ("The blast left 40 injured.", [("wounded", 40, None, False, "")]),
    ("The drone wounded more than 40 troops.", [("wounded", 40, None, True, "troops")]),
    ("Officials said the death toll rose to 40.", [("killed", 40, None, False, "")]),
    ("The death toll has risen to at least 34.", [("killed", 34, None, True, "")]),
    ("Medics counted three dead at the scene.", [("killed", 3, None, False, "")]),
    ("The hospital treated 40 injuries.", [("wounded", 40, None, False, "")]),
    ("The drone killed six SDF commandos at the academy.", [("killed", 6, None, False, "SDF commandos")]),
    ("6 Kurdish-led fighters killed in the drone strike.", [("killed", 6, None, False, "Kurdish-led fighters")]),
    ("Forty people died in the raids.", [("killed", 40, None, False, "people")]),
    ("Twenty-one soldiers lost their lives.", [("killed", 21, None, False, "soldiers")]),
    ("The bombing claimed 40 lives.", [("killed", 40, None, False, "")]),
    ("The strike claimed the lives of 12 civilians.", [("killed", 12, None, False, "civilians")]),
    ("Iraq said 16 people, including civilians, were killed.", [("killed", 16, None, False, "people")]),
    ("One soldier was killed and a second was hurt.", [("killed", 1, None, False, "soldier")]),
    ("Three of them were killed outright.", [("killed", 3, None, False, "")]),
    ("Dozens of US troops were injured.", [("wounded", 12, None, True, "US troops")]),
    ("Two dozen people were hurt.", [("wounded", 24, None, True, "people")]),
    ("Several were wounded by shrapnel.", [("wounded", 3, None, True, "")]),
    ("Hundreds were wounded across the province.", [("wounded", 100, None, True, "")]),
    ("The strike killed up to 40 people.", [("killed", 1, 40, True, "people")]),
    ("Between 30 and 40 were killed.", [("killed", 30, 40, True, "")]),
    ("The raid killed 40-plus fighters.", [("killed", 40, None, True, "fighters")]),
    ("An estimated 40 militants were killed.", [("killed", 40, None, True, "militants")]),
    ("Killing of three US soldiers prompted a response.", [("killed", 3, None, False, "US soldiers")]),
    ("On Sunday 40 people were wounded.", [("wounded", 40, None, False, "people")]),
], ids=["killing-three-us-soldiers", "service-members-were-killed", "six-of-our-fighters", "were-martyred", "about-40-were-killed",
        "killed-about-40-mostly-militants", "more-than-40-were-wounded", "left-40-injured", "wounded-more-than-40-troops",
        "death-toll-rose-to", "death-toll-at-least", "three-dead", "40-injuries", "six-sdf-commandos", "kurdish-led-fighters-killed",
        "died", "lost-their-lives", "claimed-lives", "claimed-the-lives-of", "aside-including-civilians", "one-soldier",
        "of-them", "dozens-of-troops", "two-dozen", "several", "hundreds", "up-to", "between", "plus", "estimated", "killing-of",
        "after-weekday"])
def test_figures(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack caused no injuries or damage.", [("wounded", 0)]),
    ("Officials reported no damage or injuries.", [("wounded", 0)]),
    ("The rocket attack caused no casualties.", [("killed", 0), ("wounded", 0)]),
    ("There were no immediate reports of casualties.", [("killed", 0), ("wounded", 0)]),
    ("No one was killed or injured.", [("killed", 0), ("wounded", 0)]),
    ("Nobody was hurt, a spokesman said.", [("wounded", 0)]),
    ("There were no deaths.", [("killed", 0)]),
], ids=["no-injuries-or-damage", "no-damage-or-injuries", "no-casualties", "no-reports-of-casualties", "no-one-killed-or-injured",
        "nobody-hurt", "no-deaths"])
def test_none_reported_is_zero(text: str, expected: list) -> None:
    assert [(f.kind, f.value) for f in find_figures(text)] == expected


def test_a_sentence_with_both_figures() -> None:
    text = "The drone killed three US soldiers and wounded more than 40 others at Tower 22 on Jan. 28."
    found = find_figures(text)
    assert [(f.text, f.kind, f.value, f.approximate) for f in found] == [
        ("killed three US soldiers", "killed", 3, False), ("wounded more than 40 others", "wounded", 40, True)]


@pytest.mark.parametrize("text", [
    "The US struck more than 85 targets.",
    "Bombers dropped more than 125 precision munitions on 7 facilities.",
    "Militias have carried out 169 attacks on US forces.",
    "B-1 bombers flew from Texas.",
    "The strikes lasted about 30 minutes.",
    "The drone hit Tower 22 near the border.",
    "Tower 22 housed about 350 troops.",
    "Casualties were high: 40 casualties were reported.",
    "Many were killed, witnesses said.",
    "The soldiers were killed 3 days later.",
    "He was killed in 2020.",
    "The strike at 10:30 destroyed the depot.",
    "Dozens of drones were launched.",
    "Three soldiers captured two militants.",
], ids=["85-targets", "munitions-facilities", "169-attacks", "b-1-bombers", "30-minutes", "tower-22", "tower-22-housed",
        "casualties-with-a-number", "many", "days-later", "year", "time", "dozens-of-drones", "not-a-casualty-verb"])
def test_counts_of_things_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_an_age_is_no_count_of_the_dead():
    # one man killed, not forty
    assert [(f.kind, f.value) for f in find_figures("A 40-year-old man was killed.")] == [("killed", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The drone that struck Tower 22 killed three soldiers.", [("killed", 3, None, False, "soldiers")]),
    ("B-1 bombers killed about 40 people, Syria said.", [("killed", 40, None, True, "people")]),
    ("On Jan. 28 three US soldiers were killed.", [("killed", 3, None, False, "US soldiers")]),
    ("In 2020, 40 people were killed.", [("killed", 40, None, False, "people")]),
    ("Three soldiers killed two militants.", [("killed", 2, None, False, "militants")]),
], ids=["name-before-verb", "bomber-designation", "date-before-count", "year-before-count", "subject-of-active-verb"])
def test_names_dates_and_subjects_are_not_counted_but_the_real_figure_is(text: str, expected: list) -> None:
    assert _found(text) == expected


# --- offsets, errors, value objects ------------------------------------------------------------

def test_offsets_are_exact_with_an_offset() -> None:
    text = "A drone killed three soldiers. Officials said more than 40 were wounded and there were no other casualties."
    found = find_figures(text, offset=500)
    assert [f.text for f in found] == ["killed three soldiers", "more than 40 were wounded", "no other casualties", "no other casualties"]
    assert all(text[f.start - 500:f.end - 500] == f.text for f in found)


@pytest.mark.parametrize(("kwargs", "error", "match"), [
    ({"text": None}, TypeError, "text was NoneType"),
    ({"text": "killed three", "offset": -1}, ValueError, "offset was -1"),
    ({"text": "killed three", "offset": True}, ValueError, "offset was True"),
], ids=["none-text", "negative-offset", "bool-offset"])
def test_find_figures_rejects_bad_arguments(kwargs: dict, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        find_figures(**kwargs)


@pytest.mark.parametrize(("fields", "match"), [
    ({"kind": "missing"}, "kind was 'missing'"),
    ({"value": -1}, "value, high were -1"),
    ({"high": 2}, "value, high were 3, 2"),
    ({"end": 2}, "do not span text"),
], ids=["kind", "negative", "high-below-value", "span"])
def test_figure_validates_on_construction(fields: dict, match: str) -> None:
    good = {"start": 0, "end": 12, "text": "killed three", "kind": "killed", "value": 3, "high": None, "approximate": False}
    with pytest.raises(ValueError, match=match):
        Figure(**(good | fields))


# --- invariants --------------------------------------------------------------------------------

_WORDS = ["killed", "killing", "wounded", "injuring", "were", "was", "three", "Three", "40", "1,200", "more", "than", "about", "up", "to",
          "dozens", "of", "our", "US", "soldiers", "people", "no", "one", "casualties", "injuries", "death", "toll", "rose", "claimed",
          "lives", "lost", "their", "dead", "Tower", "22", "B-1", "30", "minutes", ",", ".", "-", "+", "plus", "between", "and", "2020",
          "in", "Jan.", "28", "(", "'", "\u00a0"]


def _check(text: str, offset: int) -> None:
    found = find_figures(text, offset=offset)
    for f in found:
        assert text[f.start - offset:f.end - offset] == f.text
        assert f.kind in KINDS and f.value >= 0 and (f.high is None or f.high >= f.value)
    assert all(a.end <= b.start or (a.start, a.end) == (b.start, b.end) for a, b in zip(found, found[1:], strict=False))


@given(st.text(max_size=300), st.integers(min_value=0, max_value=10**9))
def test_find_figures_never_raises_and_offsets_are_exact(text: str, offset: int) -> None:
    _check(text, offset)


@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join), st.integers(min_value=0, max_value=10**6))
def test_find_figures_on_casualty_like_text_never_raises_and_offsets_are_exact(text: str, offset: int) -> None:
    _check(text, offset)


@given(st.text(max_size=40))
def test_parse_quantity_never_raises(text: str) -> None:
    result = parse_quantity(text)
    assert result is None or (result[0] >= 0 and (result[1] is None or result[1] >= result[0]))


def test_one_person_told_dead_in_the_passive_and_members_of_a_group_are_counted():
    got = [(f.kind, f.value) for f in find_figures("A Kata'ib Hezbollah commander was killed in a U.S. drone strike in Baghdad.")]
    assert got == [("killed", 1)]
    got = [(f.kind, f.value) for f in find_figures("The strike resulted in the death of a Kata'ib Hezbollah commander.")]
    assert got == [("killed", 1)]
    got = [(f.kind, f.value) for f in find_figures("At least five members of an Iranian-backed militia were killed in a drone strike.")]
    assert got == [("killed", 5)]
    assert find_figures("A drone was killed.") == [] and find_figures("A commander said two drones were shot down.") == []


def test_commanders_and_leaders_are_counted_and_a_death_of_counts_too():
    got = [(f.kind, f.value) for f in find_figures("A drone strike in Baghdad killed two commanders of a militia.")]
    assert got == [("killed", 2)]
    got = [(f.kind, f.value) for f in find_figures("The raid resulted in the deaths of 15 Islamic State (ISIS) operatives.")]
    assert got == [("killed", 15)]
    assert find_figures("He recalled the death of Soleimani in 2020.") == []
