"""The cheap word test that runs before the long case-blind patterns: it may let through text the
pattern then rejects, never turn away text the pattern would match."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from geo.ingest.context import counted_by_land
from geo.ingest.text import case_forms, cased_class, clauses, contains_any, sentences

#: Words as the pre-checks hold them.
_WORDS = ("photo", "image", "response", "retaliat", "kill", "series", "/", ", and ", ";")
#: What case-blind matching reads as each letter: both cases, and the letters that are not Latin (İ, ı, ſ, the Kelvin sign).
_AS = {"i": "iI\u0130\u0131", "s": "sS\u017f", "k": "kK\u212a"}


@st.composite
def _written(draw, word: str) -> str:
    """``word`` as a case-blind pattern would still find it: each letter in one of its forms."""
    return "".join(draw(st.sampled_from(_AS.get(c, c + c.upper()))) for c in word)


@given(st.sampled_from(_WORDS).flatmap(_written), st.text(max_size=10), st.text(max_size=10))
def test_contains_any_never_turns_away_what_a_case_blind_pattern_finds(word: str, before: str, after: str) -> None:
    text = before + word + after
    assert re.search("|".join(re.escape(w) for w in _WORDS), text, re.I)
    assert contains_any(text, _WORDS)


def test_contains_any_turns_away_text_without_the_words() -> None:
    assert not contains_any("A drone struck Tower 22.", _WORDS)


def test_a_class_read_case_by_case_passes_what_case_blind_matching_reads_as_its_letters() -> None:
    # every code point (but the surrogates) that case-blind matching reads as some ASCII character; then, for each ASCII
    # character, those it reads as that one against case_forms, and the class cased_class writes (read in a case-blind pattern,
    # as the gated patterns read it): the same characters pass
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))
    read_as_ascii = set(re.findall("(?i:[\x01-\x7f])", every))
    for ch in map(chr, range(1, 128)):
        blind = {c for c in read_as_ascii if re.fullmatch(f"(?i:[{re.escape(ch)}])", c)}
        assert blind == set(case_forms(ch)), ch
        cased = re.compile(cased_class([ch.lower()] if ch.isalpha() else [re.escape(ch)]), re.I)
        assert set(cased.findall(every)) == blind, ch


def test_the_count_of_country_words_never_turns_away_a_breakdown() -> None:
    # (each country told once, one of them in a letter that lower() leaves, İ or ſ, which the case-blind pattern reads as i or s)
    for text in ("three in Syria and one in Iraq", "three in Syria and one in \u0130raq", "two in \u017fyria and one in Jordan",
                 "three in Syria and two in the latter"):
        assert counted_by_land(text).group() == text
    assert counted_by_land("four attacks on US forces in Syria") is None


def test_a_quoted_in_response_in_brackets_turns_the_sentence_too():
    s = sentences("U.S. military forces conducted a self-defence strike on a facility in eastern Syria [in] response to a series of "
                  "attacks against U.S. personnel.")[0]
    assert [c.text for c in clauses(s)] == ["U.S. military forces conducted a self-defence strike on a facility in eastern Syria",
                                            "[in] response to a series of attacks against U.S. personnel."]


def test_what_the_news_came_after_is_a_part_of_its_own():
    s = sentences("Less than 24 hours after the targeting of the American bases Ain al-Assad and al-Harir, a missile strike struck "
                  "the American base in the Conoco gas field.")[0]
    assert [c.text for c in clauses(s)] == ["Less than 24 hours after the targeting of the American bases Ain al-Assad and al-Harir,",
                                            "a missile strike struck the American base in the Conoco gas field."]
    s = sentences("These attacks took place only one day after the targeting of the Ain al-Assad and Harir bases in Iraq.")[0]
    assert [c.text for c in clauses(s)] == ["These attacks took place only one day",
                                            "after the targeting of the Ain al-Assad and Harir bases in Iraq."]
