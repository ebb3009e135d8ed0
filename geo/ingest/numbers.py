"""Killed and wounded figures in news sentences, coded the field's way.

A figure is found only where a quantity counts people and a casualty word ties it to killing or
wounding: "killing three US soldiers", "more than 40 were wounded", "the death toll rose to 40",
"six of our fighters were martyred", "no injuries". Counts of other things ("85 targets", "125
precision munitions", "Tower 22", "B-1 bombers", "30 minutes") give nothing. "Casualties" with a
number gives nothing either (it does not say killed or wounded); "no casualties" gives 0 of each.

Each figure records the lowest number the phrase supports (ACLED codes the lowest reported figure),
an upper bound when one is given, and whether the figure is approximate:

- "more than 40", "over 40", "at least 40", "40-plus", "40+" -> 40, approximate;
- "about 40", "some 40", "nearly 40", "almost 40" -> 40, approximate: the figure the source gives,
  hedged; 39 would invent precision the source does not have;
- "up to 40", "as many as 40", "no more than 40" -> 1 with high 40, approximate: the phrase says some
  died and sets only a ceiling;
- "between 30 and 40", "30 to 40", "30-40" -> 30 with high 40, approximate;
- multiples of a dozen ("two dozen" -> 24) are approximate; plain numbers, in digits or words, are not;
- the vague words of :data:`VAGUE`; "many" and "numerous" give no figure (no convention to code them).

>>> [(f.kind, f.value, f.who) for f in find_figures("The drone attack killed three US soldiers and wounded more than 40.")]
[('killed', 3, 'US soldiers'), ('wounded', 40, '')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .text import contains_any, ends_in_abbreviation, gated, longest_first

__all__ = ["Figure", "KINDS", "WORD_NUMBERS", "MULTIPLIERS", "VAGUE", "parse_quantity", "find_figures"]

KINDS = ("killed", "wounded")
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Number words -> value; compounds ("twenty-one", "a hundred", "two dozen") combine these with :data:`MULTIPLIERS`.
WORD_NUMBERS: dict[str, int] = {"zero": 0, **{w: i for i, w in enumerate(_UNITS + _TEENS, 1)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)}}
MULTIPLIERS: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1000}
#: Vague quantities -> the figure coded (always approximate). DOMAIN.md's convention: "dozens" 12, "several" 3,
#: "hundreds" 100; by the same rule (one unit of the plural) "tens" 10, "scores" 20 (a score), "thousands" 1000;
#: "a dozen" 12; "a few" and "a handful" 3, like "several"; "a couple" 2.
VAGUE: dict[str, int] = {"a couple": 2, "a few": 3, "a handful": 3, "several": 3, "a dozen": 12, "dozens": 12,
                         "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1000}
_ZERO = ("no", "none", "zero", "no one", "nobody")
_LOWER = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than", "a minimum of")
_ABOUT = ("about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to", "an estimated", "estimated", "just under",
          "just over")
_UPPER = ("up to", "as many as", "no more than")
_PEOPLE = ("people persons person civilians civilian soldiers soldier troops service_members service_member servicemembers servicemen "
           "serviceman personnel fighters fighter militants militant militiamen members member commandos commando guards officers officer "
           "police policemen children child women woman men man residents workers contractors insurgents combatants operatives marines "
           "marine sailors airmen recruits trainees volunteers victims others individuals americans american iraqis syrians kurds gunmen "
           "attackers bystanders passengers pilgrims journalists medics staff commanders commander leaders leader officials official"
           ).replace("_", " ").split()
_STOP = ("and or but the a an were was is are been being have has had in on at to by with from for of as that which who while when after "
         "killed wounded injured dead died martyred hurt than about more").split() + _UNITS + _TEENS + _TENS
_KILLED = ("killed", "dead", "died", "martyred", "slain", "lost", "deaths", "fatalities", "lives", "fatality", "death")


def _alt(words) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


def _both_cases(*words: str) -> str:
    """Lower- and title-case alternatives, each led by a literal: `re` then skips fast to candidates (IGNORECASE would not)."""
    return "|".join(v for w in words for v in (w, w[0].upper() + w[1:]))


_SMALL = rf"(?:(?:{_alt(_TENS)})(?:[- ](?:{_alt(_UNITS)}))?|{_alt(_TEENS)}|{_alt(_UNITS)})"
_BASE = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_alt(k for k in VAGUE if k != 'a dozen')}"
         rf"|(?:an?|{_SMALL})\s+(?:hundred|thousand|dozen)(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})")


def _quantity(named: bool) -> str:
    """The quantity pattern; with ``named`` its parts are named groups for :func:`parse_quantity`."""
    n = (lambda name: f"?P<{name}>") if named else (lambda name: "?:")
    return (rf"(?:({n('qual')}{_alt(_LOWER + _ABOUT + _UPPER)})\s+)?"
            rf"(?:between\s+({n('lo')}{_BASE})\s+and\s+({n('hi')}{_BASE})|({n('lo2')}{_BASE})(?:\s*(?:-|–|to\b)\s*({n('hi2')}{_BASE}))?)"
            rf"({n('plus')}\s*-?\s*plus\b|\+)?")


_PARSE = re.compile(_quantity(True), re.I)
# A quantity that starts and ends a word: not "B-1", "1,200" cut short, "10:30", "40%" or "one-way".
_Q = rf"(?<![\w$£€#.,:/-])(?i:{_quantity(False)})(?![\w-]|[.,:]\d|%)"
# The people counted: up to three modifiers and a noun for people ("US service members", "of our fighters").
_MODIFIER = r"(?:(?:[a-z]\.){2,3}|[a-z][\w'’-]*)"  # "US", "U.S.", "Iran-backed"
_NP = (rf"(?i:(?:of\s+(?:(?:our|their|its|his|her|the|these|those)\s+)?)?(?P<who>(?:(?!(?:{_alt(_STOP)})\b){_MODIFIER}\s+){{0,3}}"
       rf"(?:{_alt(_PEOPLE)}))\b|of\s+(?:them|whom)\b)")
_WHO = re.compile(rf"\s+{_NP}")
# Every scan starts with a literal casualty word, so that `re` skips fast to candidates; a quantity
# before the word ("40 were wounded") is then looked for backwards from it (see _search_back).
_VERBS = _both_cases(r"kill(?:s|ed|ing)?", r"martyr(?:s|ed|ing)?", r"claim(?:s|ed|ing)?\s+the\s+lives\s+of", r"wound(?:s|ed|ing)?",
                     r"injur(?:e|es|ed|ing)", r"deaths?(?=\s+of\s)",  # "resulting in the death of three members"
                     r"martyrdom(?=\s+of\s)")  # "resulting in the martyrdom of two people"
_VERB_Q = re.compile(rf"(?P<verb>{_VERBS})(?:\s+of)?(?:\s+all)?\s+(?P<q>{_Q})")  # "killing all five militants"
_TERM = re.compile(r"(?P<word>killed|dead|died|martyred|slain|lost\s+their\s+lives|wounded|injured|hurt)\b")
# After the people counted, the group they belong to: "five members of an Iranian-backed militia were killed".
# (with no article too, for a plural group: "four Syrian members of Iran-backed groups were killed")
_OF_GROUP = (r"(?i:\s+(?:of|from)\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?|(?:[\w'’-]+\s+){0,2}?(?=[\w'’-]+s\b))"
             r"(?:militias?|groups?|factions?|forces|movement|organi[sz]ation|units?|brigades?))")
_TERM_BEFORE = re.compile(rf"(?P<q>{_Q})(?:\s+{_NP}(?:{_OF_GROUP})?)?(?:,\s+(?:including|mostly|among\s+them|most\s+of\s+them)\s+[^,.;]{{1,40}},)?"
                          r"(?i:\s+(?P<aux>were|was|are|is|have\s+been|has\s+been|had\s+been|being|got))?"
                          r"(?i:\s+(?:reportedly|also|all|later|allegedly|subsequently))?\s+\Z")
_NOUN = re.compile(r"(?P<word>deaths|fatalities|injuries|lives|fatality|death)\b")  # "resulted in one fatality"
_NOUN_BEFORE = re.compile(rf"(?:(?P<claim>[Cc]laim(?:s|ed|ing)?)\s+)?(?P<q>{_Q})\s+(?:(?:confirmed|reported|civilian|military)\s+)?\Z")
_LOST_AFTER = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been)\s+)?lost\b")
_TOLL_Q = re.compile(rf"(?:death|Death)\s+toll(?:\s+(?:has|had|now|rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|was|is"
                     rf"|jumped|hit|to|at|of)){{0,4}}\s+(?P<q>{_Q})")
_NEGATIONS = _both_cases(r"no\s+one", "nobody", "none", "no", r"without(?:\s+any)?", "zero")
_NONE = re.compile(
    rf"(?:{_NEGATIONS})\s+"
    r"(?i:(?:(?:immediate|reported|known|further|serious|major|other|physical|human)\s+|(?:reports?|word|signs?)\s+of\s+(?:any\s+)?"
    r"|(?:material\s+)?damage\s+(?:or|and|nor)\s+)*"
    r"(?P<n>casualties|injuries|deaths|fatalities|dead|wounded|injured)(?:\s+(?:or|and|nor)\s+(?P<n2>casualties|injuries|deaths|fatalities))?"
    r"|(?:of\s+(?:them|the\s+\w+)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<v>killed|hurt|injured|wounded|harmed)(?:\s+or\s+(?P<v2>killed|hurt|injured|wounded|harmed))?)\b")
_OPENING = "([\"'“‘"
_Q_FIRST = frozenset(w.split()[0] for w in (*WORD_NUMBERS, *VAGUE, *_LOWER, *_ABOUT, *_UPPER, "a", "an", "between", "claim", "claims",
                                            "claimed", "claiming"))
# The word before a casualty word when a count ends there: an auxiliary, an adverb, a noun for people, a number.
_TAIL = frozenset(("were was are is been being got reportedly also all later allegedly subsequently them whom dozen hundred thousand plus "
                   "confirmed reported civilian military").split() + [p.split()[-1] for p in _PEOPLE] + [*WORD_NUMBERS]
                  + [v.split()[-1] for v in VAGUE])
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NAMED_BEFORE = re.compile(rf"\b(?!(?:In|On|At|And|But|By|Of|With|Since|After|Including|Only|{_WEEKDAYS})\s)[A-Z][\w.'’-]*\s\Z")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|during|by|of|until|from|before|after)\s+\Z", re.I)
_OBJECT_AFTER = re.compile(rf"\s+(?:\d|(?:{_alt(_UNITS + _TEENS + _TENS)}|the|an?|his|her|their|its)\b|(?!(?:{_WEEKDAYS})\b)[A-Z])")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_FREE_AFTER = frozenset(("in on at and or but as when while including more during near across inside after before with from mostly among "
                         "overnight yesterday today last according said says that who whom which since outside around within earlier late "
                         "early this instantly immediately altogether so there").split())
_Candidate = tuple[int, int, tuple[str, ...], tuple[int, int | None, bool], str]  # start, end, kinds, (value, high, approximate), who


#: One of these is in every phrase a figure is read from (the patterns above): a cheap test before them.
_FIGURE_WORDS = ("kill", "martyr", "lives", "wound", "injur", "dead", "died", "slain", "lost", "hurt", "death", "fatalit", "casualt",
                 "harm", "assassinat")


@dataclass(frozen=True, slots=True)
class Figure:
    """A killed or wounded figure and the phrase that supports it.

    ``start`` and ``end`` are offsets into the text given plus the ``offset`` argument, so that
    ``text[start - offset:end - offset] == self.text``; ``value`` is the lowest figure the phrase
    supports, ``high`` an upper bound when one is given; ``who`` the people counted, when named.
    """

    start: int
    end: int
    text: str
    kind: str
    value: int
    high: int | None
    approximate: bool
    who: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind was {self.kind!r} but is expected to be one of {KINDS}")
        if self.value < 0 or (self.high is not None and self.high < self.value):
            raise ValueError(f"value, high were {self.value!r}, {self.high!r} but are expected to be 0 <= value <= high")
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"start, end were {self.start!r}, {self.end!r} but do not span text {self.text!r}")


def parse_quantity(text: str) -> tuple[int, int | None, bool] | None:
    """``(value, high, approximate)`` for a whole quantity phrase, or ``None`` if it is not one.

    >>> parse_quantity("more than 40"), parse_quantity("Twenty-one"), parse_quantity("1,200")
    ((40, None, True), (21, None, False), (1200, None, False))
    >>> parse_quantity("between 30 and 40"), parse_quantity("up to 40"), parse_quantity("dozens"), parse_quantity("two dozen")
    ((30, 40, True), (1, 40, True), (12, None, True), (24, None, True))
    >>> parse_quantity("no"), parse_quantity("85 targets"), parse_quantity("")
    ((0, None, False), None, None)
    """
    if not isinstance(text, str):
        raise TypeError(f"text was {type(text).__name__} {text!r:.60} but is expected to be a str")
    said = " ".join(text.lower().split())
    if said in _ZERO:
        return 0, None, False
    if (m := _PARSE.fullmatch(said)) is None:
        return None
    (lo, approximate), hi = _base(m["lo"] or m["lo2"]), m["hi"] or m["hi2"]
    if hi is not None:
        return min(lo, _base(hi)[0]), max(lo, _base(hi)[0]), True
    if (qual := " ".join((m["qual"] or "").split())) in _UPPER:
        return min(lo, 1), lo, True
    return lo, None, approximate or bool(qual or m["plus"])


def find_figures(text: str, *, offset: int = 0) -> list[Figure]:
    """Killed and wounded figures in ``text``, sorted by start, non-overlapping (the longest phrase wins).

    Parameters
    ----------
    text : str
        A sentence or an article.
    offset : int, default 0
        Added to every ``start`` and ``end`` (the position of ``text`` in a larger document).

    Examples
    --------
    >>> [(f.text, f.value, f.who) for f in find_figures("Six of our fighters were martyred, the group said.")]
    [('Six of our fighters were martyred', 6, 'fighters')]
    >>> [(f.kind, f.value) for f in find_figures("The attack caused no casualties.")]
    [('killed', 0), ('wounded', 0)]
    >>> find_figures("B-1 bombers struck 85 targets at Tower 22 in 30 minutes. Dozens of drones.")
    []
    >>> [(f.kind, f.value) for f in find_figures("The strike in Baghdad killed a Kataib Hezbollah commander and his driver.")]
    [('killed', 2)]
    >>> [(f.kind, f.value) for f in find_figures("A U.S. airstrike killed Abu Taqwa, a commander of al-Nujaba, along with an unidentified person.")]
    [('killed', 2)]
    >>> [(f.kind, f.value) for f in find_figures("An American strike killed at least one senior commander of the group.")]
    [('killed', 1)]
    >>> find_figures("", offset=-1)
    Traceback (most recent call last):
    ValueError: offset was -1 but is expected to be an int >= 0
    """
    if not isinstance(text, str):
        raise TypeError(f"text was {type(text).__name__} {text!r:.60} but is expected to be a str")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset was {offset!r} but is expected to be an int >= 0")
    if not contains_any(text, _FIGURE_WORDS):
        return []  # every figure is told with one of these words: most sentences have none
    found = [*_verb_first(text), *_word_last(text, _TERM, _TERM_BEFORE, 100), *_word_last(text, _NOUN, _NOUN_BEFORE, 40),
             *_tolls(text), *_nones(text), *_listed_dead(text), *_one_person(text)]  # (a list before one person: the whole list)
    return [Figure(s + offset, e + offset, text[s:e], k, *qty, who) for s, e, kinds, qty, who in longest_first(found) for k in kinds]


def _base(said: str) -> tuple[int, bool]:
    """The value of one number ("40", "1,200", "twenty-one", "two dozen", "dozens") and whether it is approximate."""
    said = " ".join(said.lower().split())
    if said in VAGUE:
        return VAGUE[said], True
    if said[0].isdigit():
        return int(said.replace(",", "")), False
    total = current = 0
    for word in said.replace("-", " ").split():
        if word in ("a", "an") or word in WORD_NUMBERS:
            current += WORD_NUMBERS.get(word, 1)
        elif word == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif word in MULTIPLIERS:
            current = max(current, 1) * MULTIPLIERS[word]
    return total + current, "dozen" in said


def _kind(word: str) -> str:
    return "killed" if word.lower().startswith(_KILLED) else "wounded"


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def _counts_people(text: str, s: int, said: str) -> bool:
    """False for a number that names or dates something: "Tower 22", "Jan. 28", "in 2020"."""
    if not said[0].isdigit():
        return True
    year = len(said) == 4 and said[:2] in ("19", "20")
    return not (_NAMED_BEFORE.search(text, max(0, s - 30), s) or year and _YEAR_BEFORE.search(text, max(0, s - 9), s))


#: More of those one person killed can be: "a U.S. contractor", "a man", "a police officer" (both patterns below read them).
_ONE_MORE = r"contractor|service\s*member|sailor|airman|marine|worker|journalist|medic|child|woman|man|policeman|officer|guard"
#: "killing a Kataib Hezbollah commander", "killed the leader ... and his driver": one person (two with the companion).
_ONE_KILLED = gated(re.compile(r"\b(?:kill(?:s|ed|ing)?|assassinat(?:es|ed|ing))\s+(?:(?:a|an|the|at\s+least\s+one|one)\s+|"
                               # "killed Abu Taqwa, a commander of Harakat al-Nujaba": a named person, then what he was
                               r"(?P<named>(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|Al-|bin\s+|ibn\s+)?[A-Z][\w'’-]+){0,3}),\s+(?:a|an|the)\s+))"
                               r"(?:[\w'’.-]+\s+){0,5}?"
                               r"(?P<who>commander|leader|member|soldier|fighter|official|militant|civilian|operative|figure|chief|head|"
                               rf"{_ONE_MORE})\b"
                               r"(?:[^.;]{0,80}?\s+(?:and|along\s+with|together\s+with)\s+(?:his|her|a|an|one|another)\s+(?:[\w-]+\s+)?"
                               r"(?P<plus>driver|bodyguard|aide|companion|deputy|son|assistant|guard|person|individual|member|associate)\b)?",
                               re.I))


#: A person named by an Arabic name ("Abu Taqwa", "Abu Baqir al-Saadi", "Mushtaq Talib al-Saidi") killed, died or assassinated,
#: with no one else named with him: at least one dead, the lowest figure told.
_ARABIC_NAME = (r"(?-i:(?:Abu\s+[A-Z][\w'’-]+(?:\s+(?:al-|Al-)[\w'’-]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:al-|Al-)[\w'’-]+))")
#: After the name: others named with him ("killed Abu Taqwa, his driver and a bodyguard", "along with two guards"), a possessive
#: ("Abu Ali al-Askari's bodyguards") or a group's members ("Harakat al-Nujaba fighters"): not one named man.
_NOT_ALONE = (r"(?<!['’]s)(?![\w'’-]|\s+(?:al-|Al-)|\s*,\s*(?:his|her|their|and|along|together|two|three|four|five|several)\b|"
              r"\s+(?:and|along\s+with|with|together)\b|\s+(?:fighters|members|commanders|militants|operatives|men|leaders)\b)")
_NAMED_DEAD = gated(re.compile(rf"\b(?:killed|killing|assassinated|assassinating)\s+(?:the\s+)?{_ARABIC_NAME}{_NOT_ALONE}|"
                         rf"\b{_ARABIC_NAME}(?:,[^,.;]{{1,80}},)?\s+(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+)?"
                         r"(?:killed|assassinated|martyred)\b|"
                         rf"\b{_ARABIC_NAME}\s+(?:died|was\s+martyred)\b", re.I))
#: A word each of _NAMED_DEAD's branches holds (in any case): a cheap test before the pattern, which is tried at every position.
_DEAD_VERBS = ("kill", "assassinat", "martyr", "died")
#: A man named by an Arabic name killed with a count of others: "killed Wissam Mohammed al-Saadi and two other militiamen" (3).
_NAMED_AND_OTHERS = re.compile(rf"\b(?:killed|killing|assassinated)\s+(?:the\s+)?{_ARABIC_NAME}(?:,[^,.;]{{1,80}},)?\s+and\s+"
                               rf"(?P<n>{_alt(_UNITS)}|\d{{1,2}})\s+(?:other|more)\s+(?:[\w-]+\s+)?"
                               r"(?:militiamen|fighters|members|militants|commanders|people|men|persons|guards|bodyguards|companions)\b", re.I)


#: One person told dead in the passive or by a noun: "A Kata'ib Hezbollah commander was killed", "the death of a commander".
# (Each branch opens with its first letter, the word start told by a look-behind after it and the branch by one on that letter, so
# that re skips to those letters, where a leading \b made it try every position; "n?" as "A|An": a space or "n" follows: the same matches.)
_ONE_DIED = re.compile(r"[Aarcl](?<!\w[Aarcl])(?:"
                       r"(?<=[Aa])n?\s+(?:[\w'’.()-]+\s+){0,5}?(?P<who>commander|leader|member|militant|fighter|official|"
                       rf"operative|soldier|civilian|chief|{_ONE_MORE})\b(?:\s+(?:of|from|in)\s+[^.;,]{{1,60}}?)?\s+(?:was|has\s+been|had\s+been)\s+"
                       r"(?:reportedly\s+|also\s+)?killed\b|"
                       r"(?:(?<=r)esulted\s+in|(?<=c)aused|(?<=l)ed\s+to)\s+the\s+death\s+of\s+(?:an?|one)\s+(?:[\w'’.()-]+\s+){0,5}?"
                       r"(?P<who2>commander|leader|member|militant|fighter|official|operative|soldier|civilian|chief)\b)")


#: Two told dead as "both": "Abu Taqwa, along with another member of the group, were both killed", "Both men were killed".
_BOTH_DIED = re.compile(r"\b(?:were|have\s+been|had\s+been)\s+both\s+(?:reportedly\s+)?(?:killed|slain|martyred)\b|"
                        r"\b[Bb]oth\s+(?:men\s+|of\s+them\s+)?(?:were|have\s+been|had\s+been)\s+(?:reportedly\s+)?(?:killed|slain|martyred)\b")


def _one_person(text: str) -> Iterator[_Candidate]:
    """ "killing a Kataib Hezbollah commander" (1); "killed the leader ... and his driver" (2); "killed Abu Taqwa, a
    commander ..., along with another person" (2); "killed Abu Baqir al-Saadi", "Mushtaq Talib al-Saidi died" (1: a man named
    by an Arabic name, no one named beside him); "a commander was killed", "resulted in the death of a commander" (1); "were
    both killed" (2)."""
    for m in _ONE_KILLED.finditer(text) if contains_any(text, ("kill", "assassinat")) else ():  # (its verbs: most sentences have none)
        if m["named"] and not m["plus"]:
            continue  # (a man named alone: _NAMED_DEAD reads him when his name is an Arabic one)
        yield m.start(), m.end(), ("killed",), (2 if m["plus"] else 1, None, False), m["who"]
    if ("l-" in text or "Abu " in text) and contains_any(text, _DEAD_VERBS):  # every name it reads has "al-" or "Abu", and one of its verbs
        for m in _NAMED_DEAD.finditer(text):  # "US forces appear to have killed Abu Baqir al-Saadi", "Mushtaq Talib al-Saidi died in"
            yield m.start(), m.end(), ("killed",), (1, None, False), "person"
        # (the longer phrase wins over the named man alone; its verbs first, a cheap test: "died" or "martyred" is not one)
        for m in _NAMED_AND_OTHERS.finditer(text) if contains_any(text, ("kill", "assassinated")) else ():
            n = int(m["n"]) if m["n"].isdigit() else WORD_NUMBERS[m["n"].lower()]
            yield m.start(), m.end(), ("killed",), (1 + n, None, False), "people"
    if "oth " in text:  # "both" or "Both", the word each of _BOTH_DIED's branches holds
        for m in _BOTH_DIED.finditer(text):
            yield m.start(), m.end(), ("killed",), (2, None, False), "person"
    if "killed" in text or "death of" in text:
        for m in _ONE_DIED.finditer(text):
            yield m.start(), m.end(), ("killed",), (1, None, False), m["who"] or m["who2"]


#: One part of a list of the dead: a count and who ("two civilians", "a man", "his two sons", "her mother").
_KIN = ("sons", "son", "daughters", "daughter", "wife", "husband", "mother", "father", "brothers", "brother", "sisters", "sister",
        "relatives", "relative", "drivers", "driver", "bodyguards", "bodyguard", "companions", "companion", "businessman", "businessmen",
        "contractor", "journalist", "worker", "boys", "boy", "girls", "girl", "aides", "aide", "guard", "resident", "paramedic",
        "paramedics")
_DEAD_PART = (r"(?:(?:his|her|their)\s+)?(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
              # (the words between: what they were, not a verb or another count: not "wounding five others")
              r"(?:(?!(?:and|or|killing|wounding|injuring|killed|wounded|injured|were|was|had|have|an?|one|two|three|four|five|six|"
              r"seven|eight|nine|ten|\d+)\b)[\w-]+\s+){0,2}?"
              r"(?:" + "|".join(sorted({*_PEOPLE, *_KIN}, key=len, reverse=True)) + r")\b")
_DEAD_PART_RE = re.compile(_DEAD_PART, re.I)
#: A list of the dead, two parts or more, told after its verb ("killing two civilians and three fighters") or before its passive
#: ("A man and his two sons were killed"): each read only where its verb is (the lists are long patterns, their verbs rare).
_DEAD_LIST_AFTER = re.compile(rf"\s+(?P<a>{_DEAD_PART}(?:\s*,\s*{_DEAD_PART})*,?\s+and\s+{_DEAD_PART})", re.I)
_DEAD_LIST_BEFORE = re.compile(rf"(?<![\w-])(?P<a>{_DEAD_PART}(?:\s*,\s*{_DEAD_PART})*,?\s+and\s+{_DEAD_PART})\s*$", re.I)
#: A list that opens with a count of people and then says who they were ("two people, a man and a woman").
_NAMED_WHO = re.compile(r"(?:\w+\s+)(?:people|persons|individuals|civilians|others|men)\s*,", re.I)
_KILL_VERB = re.compile(r"\b(?:killing|killed|kills)\b", re.I)
_DIED_AFTER = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:reportedly\s+|all\s+)?(?:killed|slain|martyred)\b", re.I)


def _listed_dead(text: str) -> Iterator[_Candidate]:
    """ "killing two civilians and three fighters" (5), "A man and his two sons were killed" (3): each part's count, summed;
    a part with no count is one person ("his wife"), and a plural one with none ("his sons") leaves the list unread."""
    if " and " not in text or not contains_any(text, ("kill", "slain", "martyr")):
        return
    found = []
    for v in _KILL_VERB.finditer(text):  # (the figure from the verb: "killed a paramedic and a journalist", whole)
        if (m := _DEAD_LIST_AFTER.match(text, v.end())) is not None:
            found.append((v.start(), m.span("a"), m.end()))
    for d in _DIED_AFTER.finditer(text):
        if (m := _DEAD_LIST_BEFORE.search(text, max(0, d.start() - 160), d.start())) is not None:
            found.append((m.start("a"), m.span("a"), d.end()))
    for start, span, end in found:
        if _NAMED_WHO.match(text, span[0]):
            continue  # "killed two people, a man and a woman": who the two were, not two more
        total = 0
        for part in _DEAD_PART_RE.finditer(text, *span):
            words = part.group(0).lower().split()
            qty = next((w for w in words if w in ("a", "an", "one") or w in WORD_NUMBERS or w.isdigit()), None)
            if qty is None and words[-1].endswith("s"):
                break  # "his sons": how many not told
            total += 1 if qty in (None, "a", "an", "one") else int(qty) if qty.isdigit() else WORD_NUMBERS[qty]
        else:
            yield start, end, ("killed",), (total, None, False), "people"


def _verb_first(text: str) -> Iterator[_Candidate]:
    """ "killing three US soldiers", "injuring dozens", "killed 40 in Syria" (not "killed 3 days later")."""
    for m in _VERB_Q.finditer(text):
        if not _word_start(text, m.start()) or (qty := parse_quantity(m["q"])) is None:
            continue
        kind = "wounded" if m["verb"][0] in "wWiI" else "killed"
        if who := _WHO.match(text, m.end()):
            yield m.start(), who.end(), (kind,), qty, who["who"] or ""
        elif (word := _NEXT_WORD.match(text, m.end())) is None or word[1] in _FREE_AFTER:
            yield m.start(), m.end(), (kind,), qty, ""


def _word_last(text: str, word_rx: re.Pattern[str], before_rx: re.Pattern[str], width: int) -> Iterator[_Candidate]:
    """ "three US soldiers were killed", "40 injured", "40 injuries", "claimed 40 lives": the quantity comes first."""
    for w in word_rx.finditer(text):
        if not (_word_start(text, w.start()) and _count_ends_before(text, w.start())):
            continue
        if (b := _search_back(before_rx, text, w.start(), width)) is None:
            continue
        end, groups = w.end(), b.groupdict()
        if w["word"] == "lives" and not groups.get("claim"):
            if (lost := _LOST_AFTER.match(text, end)) is None:
                continue
            end = lost.end()
        if "aux" in groups and not groups["aux"] and _OBJECT_AFTER.match(text, end):
            continue  # "Tower 22 killed three": the number is the subject of an active verb
        if (qty := parse_quantity(b["q"])) is not None:
            yield b.start(), end, (_kind(w["word"]),), qty, groups.get("who") or ""


def _count_ends_before(text: str, s: int) -> bool:
    """Whether the word before ``s`` can end a count of people: a cheap test that spares most backward searches."""
    words = text[max(0, s - 30):s].split()
    last = words[-1].rstrip(",").lower() if words else ""
    return bool(last) and (last[0].isdigit() or last[-1] == "+" or last.split("-")[-1] in _TAIL)


def _search_back(rx: re.Pattern[str], text: str, s: int, width: int) -> re.Match[str] | None:
    """The longest match of ``rx`` that ends at ``s`` and starts at a quantity (or "claimed") in the same sentence.

    Tried only at words that can start one, walking back word by word: a regex search of the window
    would try every position, several times slower.
    """
    lo = max(0, s - width)
    window, end, later, starts = text[lo:s], s - lo, "", []
    for word in reversed(window.split()):
        end = window.rfind(word, 0, end)
        if word[-1] == ";" or word[-1] in ".!?" and later[:1].isupper() and not ends_in_abbreviation(word):
            break  # "... Iraq. More than 40": a count does not run across sentences ("U.S. troops", "U.S. Army" do not end one)
        skip = len(word) - len(word.lstrip(_OPENING))
        first, later = word[skip:].split("-")[0].lower(), word
        if first and (first[0].isdigit() or first in _Q_FIRST):
            starts.append(lo + end + skip)
    for pos in reversed(starts):
        if (b := rx.match(text, pos, s)) and _counts_people(text, b.start("q"), b["q"]):
            return b
    return None


def _tolls(text: str) -> Iterator[_Candidate]:
    for m in _TOLL_Q.finditer(text):
        if _word_start(text, m.start()) and (qty := parse_quantity(m["q"])) is not None:
            yield m.start(), m.end(), ("killed",), qty, ""


def _nones(text: str) -> Iterator[_Candidate]:
    """ "no injuries", "no casualties" (both kinds), "no one was killed or injured"."""
    for m in _NONE.finditer(text):
        if _word_start(text, m.start()):
            said = [w for w in (m["n"], m["n2"], m["v"], m["v2"]) if w]
            kinds = set(KINDS) if any(w.lower() == "casualties" for w in said) else {_kind(w) for w in said}
            yield m.start(), m.end(), tuple(k for k in KINDS if k in kinds), (0, None, False), ""
