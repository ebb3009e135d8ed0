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
from dataclasses import dataclass

__all__ = ["Figure", "KINDS", "WORD_NUMBERS", "VAGUE", "parse_quantity", "find_figures"]

KINDS = ("killed", "wounded")

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: Number words -> value; compounds ("twenty-one", "a hundred", "two dozen") are summed from these and :data:`MULTIPLIERS`.
WORD_NUMBERS: dict[str, int] = {"zero": 0, **{w: i for i, w in enumerate(_UNITS + _TEENS, 1)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)}}
MULTIPLIERS: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1000}

#: Vague quantities -> the figure coded (all approximate). DOMAIN.md's convention: "dozens" 12, "several" 3,
#: "hundreds" 100. By the same rule (one unit of the plural): "tens" 10, "scores" 20 (a score), "thousands" 1000.
#: "a dozen" 12; "a few" and "a handful" 3, like "several"; "a couple" 2.
VAGUE: dict[str, int] = {"a couple": 2, "a few": 3, "a handful": 3, "several": 3, "a dozen": 12, "dozens": 12,
                         "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1000}
_ZERO = ("no", "none", "zero", "no one", "nobody")

_LOWER = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than", "a minimum of")
_ABOUT = ("about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to", "an estimated", "estimated",
          "just under", "just over")
_UPPER = ("up to", "as many as", "no more than")


def _alt(words) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


_SMALL = rf"(?:(?:{_alt(_TENS)})(?:[- ](?:{_alt(_UNITS)}))?|{_alt(_TEENS)}|{_alt(_UNITS)})"
_WORDNUM = rf"(?:(?:an?|{_SMALL})\s+(?:hundred|thousand|dozen)(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL})"
_BASE = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_alt(k for k in VAGUE if k != 'a dozen')})|{_WORDNUM})"
_QUANTITY = (rf"(?:(?P<qual>{_alt(_LOWER + _ABOUT + _UPPER)})\s+)?"
             rf"(?:between\s+(?P<lo>{_BASE})\s+and\s+(?P<hi>{_BASE})|(?P<lo2>{_BASE})(?:\s*(?:-|–|to\b)\s*(?P<hi2>{_BASE}))?)"
             r"(?P<plus>\s*-?\s*plus\b|\+)?")
_PARSE = re.compile(_QUANTITY, re.I)
_Q = re.compile(rf"(?<![\w$£€#.,:/-]){_QUANTITY}(?![\w-]|[.,:]\d|%)", re.I)

_PERSON = _alt(("people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "service members",
                "servicemembers", "service member", "servicemen", "serviceman", "personnel", "fighters", "fighter", "militants",
                "militant", "militiamen", "members", "member", "commandos", "commando", "guards", "officers", "officer", "police",
                "policemen", "children", "child", "women", "woman", "men", "man", "residents", "workers", "contractors",
                "insurgents", "combatants", "operatives", "marines", "marine", "sailors", "airmen", "recruits", "trainees",
                "volunteers", "victims", "others", "individuals", "americans", "american", "iraqis", "syrians", "kurds",
                "gunmen", "attackers", "bystanders", "passengers", "pilgrims", "journalists", "medics", "staff"))
_STOP = _alt(("and", "or", "but", "the", "a", "an", "were", "was", "is", "are", "been", "being", "have", "has", "had", "in", "on",
              "at", "to", "by", "with", "from", "for", "of", "as", "that", "which", "who", "while", "when", "after", "killed",
              "wounded", "injured", "dead", "died", "martyred", "hurt", "than", "about", "more") + _UNITS + _TEENS + _TENS)
_NP = (rf"(?:of\s+(?:(?:our|their|its|his|her|the|these|those)\s+)?)?(?P<who>(?:(?!(?:{_STOP})\b)[a-z][\w'’-]*\s+){{0,3}}(?:{_PERSON}))\b"
       r"|of\s+(?:them|whom)\b")
_WHO = re.compile(rf"\s+(?:{_NP})", re.I)
_AFTER = re.compile(
    rf"(?:\s+(?:{_NP}))?(?:\s+(?P<aux>were|was|are|is|have\s+been|has\s+been|had\s+been|being|got))?"
    r"(?:\s+(?:reportedly|also|all|later|allegedly|subsequently))?"
    r"\s+(?P<term>killed|dead|died|martyred|slain|lost\s+their\s+lives|wounded|injured|hurt)\b"
    r"|\s+(?:(?:confirmed|reported|civilian|military)\s+)?(?P<noun>deaths|fatalities|injuries|lives(?=\s+(?:(?:were|have\s+been)\s+)?lost\b))\b",
    re.I)
_VERB_BEFORE = re.compile(r"\b(?:(?P<k>kill(?:s|ed|ing)?|martyr(?:s|ed|ing)?|claim(?:s|ed|ing)?\s+the\s+lives\s+of)"
                          r"|(?P<w>wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)))(?:\s+of)?\s+$", re.I)
_TOLL_BEFORE = re.compile(r"\bdeath\s+toll(?:\s+(?:has|had|now|rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|was|is|"
                          r"jumped|hit|to|at|of)){0,4}\s+$", re.I)
_CLAIM_BEFORE = re.compile(r"\bclaim(?:s|ed|ing)?\s+$", re.I)
_LIVES_AFTER = re.compile(r"\s+lives\b", re.I)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NAMED_BEFORE = re.compile(rf"\b(?!(?:In|On|At|And|But|By|Of|With|Since|After|Including|Only|{_WEEKDAYS})\s)"
                           r"[A-Z][\w.'’-]*\s$")
_OBJECT_AFTER = re.compile(rf"\s+(?:\d|(?:{_alt(_UNITS + _TEENS + _TENS)}|the|an?|his|her|their|its)\b"
                           rf"|(?!(?:{_WEEKDAYS})\b)[A-Z])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|during|by|of|until|from|before|after)\s+$", re.I)
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_FREE_AFTER = frozenset(("in", "on", "at", "and", "or", "but", "as", "when", "while", "including", "more", "during", "near", "across",
                         "inside", "after", "before", "with", "from", "mostly", "among", "overnight", "yesterday", "today", "last",
                         "according", "said", "says", "that", "who", "whom", "which", "since", "outside", "around", "within",
                         "earlier", "late", "early", "this", "instantly", "immediately", "altogether", "so", "there"))
_NONE = re.compile(
    r"\b(?:(?:no|without(?:\s+any)?|zero)\s+(?:(?:immediate|reported|known|further|serious|major|other|physical|human)\s+"
    r"|(?:reports?|word|signs?)\s+of\s+(?:any\s+)?|(?:material\s+)?damage\s+(?:or|and|nor)\s+)*"
    r"(?P<n>casualties|injuries|deaths|fatalities|dead|wounded|injured)(?:\s+(?:or|and|nor)\s+(?P<n2>casualties|injuries|deaths|fatalities))?"
    r"|(?:no\s+one|nobody|none)(?:\s+of\s+(?:them|the\s+\w+))?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<v>killed|hurt|injured|wounded|harmed)(?:\s+or\s+(?P<v2>killed|hurt|injured|wounded|harmed))?)\b", re.I)
_KIND_OF = {"killed": "killed", "dead": "killed", "died": "killed", "martyred": "killed", "slain": "killed", "deaths": "killed",
            "fatalities": "killed", "lives": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
            "injuries": "wounded", "harmed": "wounded", "lost": "killed"}


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

    >>> parse_quantity("more than 40"), parse_quantity("twenty-one"), parse_quantity("1,200")
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
    m = _PARSE.fullmatch(said)
    if m is None:
        return None
    (lo, lo_approx), hi = _base(m["lo"] or m["lo2"]), m["hi"] or m["hi2"]
    if hi is not None:
        return min(lo, _base(hi)[0]), max(lo, _base(hi)[0]), True
    qual = " ".join((m["qual"] or "").split())
    if qual in _UPPER:
        return min(lo, 1), lo, True
    return lo, None, lo_approx or bool(qual or m["plus"])


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
    >>> [(f.text, f.value) for f in find_figures("Six of our fighters were martyred, the group said.")]
    [('Six of our fighters were martyred', 6)]
    >>> [(f.kind, f.value) for f in find_figures("The attack caused no casualties.")]
    [('killed', 0), ('wounded', 0)]
    >>> find_figures("B-1 bombers struck 85 targets at Tower 22 in 30 minutes.")
    []
    >>> find_figures("", offset=-1)
    Traceback (most recent call last):
    ValueError: offset was -1 but is expected to be an int >= 0
    """
    if not isinstance(text, str):
        raise TypeError(f"text was {type(text).__name__} {text!r:.60} but is expected to be a str")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset was {offset!r} but is expected to be an int >= 0")
    found = [c for q in _Q.finditer(text) for c in _around(text, q)] + [_none(m) for m in _NONE.finditer(text)]
    figures = []
    for s, e, kinds, qty, who in _longest_first(found):
        figures += [Figure(s + offset, e + offset, text[s:e], k, *qty, who) for k in kinds]
    return figures


def _base(said: str) -> tuple[int, bool]:
    said = " ".join(said.lower().split())
    if said in VAGUE:
        return VAGUE[said], True
    if said[0].isdigit():
        return int(said.replace(",", "")), False
    total = current = 0
    for word in re.split(r"[\s-]+", said):
        if word in ("a", "an"):
            current += 1
        elif word in WORD_NUMBERS:
            current += WORD_NUMBERS[word]
        elif word in MULTIPLIERS:
            total, current = (total + max(current, 1) * 1000, 0) if word == "thousand" else (total, max(current, 1) * MULTIPLIERS[word])
    return total + current, "dozen" in said


_Candidate = tuple[int, int, tuple[str, ...], tuple[int, int | None, bool], str]


def _around(text: str, q: re.Match[str]):
    """Candidates for one quantity: a casualty verb before it, a casualty word after it, or a death toll."""
    qty = parse_quantity(q[0])
    if qty is None:
        return
    s, e = q.span()
    before = _VERB_BEFORE.search(text, max(0, s - 40), s)
    if before and (who := _WHO.match(text, e)):
        yield before.start(), who.end(), (("killed",) if before["k"] else ("wounded",)), qty, who["who"] or ""
    elif before and _free_after(text, e):
        yield before.start(), e, (("killed",) if before["k"] else ("wounded",)), qty, ""
    if q[0][0].isdigit() and (_NAMED_BEFORE.search(text, max(0, s - 30), s) or _YEAR.fullmatch(q[0]) and _YEAR_BEFORE.search(text, max(0, s - 9), s)):
        return  # "Tower 22", "Jan. 28", "in 2020": a name or a date, not a count
    after = _AFTER.match(text, e)
    if after and (after["aux"] or after["noun"] or not _OBJECT_AFTER.match(text, after.end())):
        yield s, after.end(), (_KIND_OF[(after["term"] or after["noun"]).split()[0].lower()],), qty, after["who"] or ""
    if (claim := _CLAIM_BEFORE.search(text, max(0, s - 20), s)) and (lives := _LIVES_AFTER.match(text, e)):
        yield claim.start(), lives.end(), ("killed",), qty, ""
    if toll := _TOLL_BEFORE.search(text, max(0, s - 60), s):
        yield toll.start(), e, ("killed",), qty, ""


def _free_after(text: str, end: int) -> bool:
    """No noun straight after the quantity: "killed 40 in Syria", not "killed 3 days later"."""
    word = _NEXT_WORD.match(text, end)
    return word is None or word[1] in _FREE_AFTER


def _none(m: re.Match[str]) -> _Candidate:
    said = [w.lower() for w in (m["n"], m["n2"], m["v"], m["v2"]) if w]
    kinds = set(KINDS) if "casualties" in said else {_KIND_OF[w] for w in said}
    return m.start(), m.end(), tuple(k for k in KINDS if k in kinds), (0, None, False), ""


def _longest_first(found: list[_Candidate]) -> list[_Candidate]:
    taken: list[_Candidate] = []
    for c in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c[0])
