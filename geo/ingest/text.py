"""Article text: sentences and word tokens with their character offsets, so every field of a
candidate event can point at the words that support it."""

from __future__ import annotations

import bisect
import functools
import re
import re._constants
import re._parser
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, TypeVar

import ahocorasick

__all__ = ["claim_item", "clauses", "contains_any", "has_any", "evidence", "is_reference", "Sentence", "Token", "sentences", "tokens", "token_spans",
           "token_columns", "has_digit",
           "longest_first", "gated", "ends_in_abbreviation", "odd_case", "Words", "PerArticle", "line_matches", "one_of", "word_opens",
           "by_first_letter"]

_Span = TypeVar("_Span", bound=Sequence)

# A sentence ends at . ! ? (and an optional closing quote) before white space and a capital, digit
# or quote, or at a blank line. Abbreviations that end in a dot are not ends ("U.S.", "Jan.", "Gen.").
_ABBREV = re.compile(r"(?:\b[ap]\.m\.|\b(?:[A-Z]\.){1,3}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Maj|Capt|Sgt|Mr|Mrs|Ms|Dr|"
                     r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|"  # "OCT. 17 -": a chronology's line in capitals
                     r"St|No|Rep|Sen|Gov|Adm|Spc|Spec|Pfc|Pvt|Cpl|SSgt|Brig|Cmdr|Cdr|Sr|Jr|approx|vs|etc)\.)$")
#: How far before a full stop _ABBREV reads: its longest match ("approx.") starts 6 characters back, and ``\b`` looks one further.
_ABBREV_READ = 8
_END = re.compile(r"[.!?…][\"'”’)]*(?:\[\d{1,3}\])*(?=\s+(?:[-•*]\s+)?[\"'“‘(]?[A-Z0-9\u0600-\u06ff])|\n\s*\n|"
                  # "[5]": citations; "- ": bullets; "in Syria.It was", 'under attack before."A US base': a page that lost its spaces
                  r"(?<=[a-z]{2}[.!?])[\"”]?(?=[\"“]?[A-Z](?:[a-z]|\s[A-Za-z]))")
#: (The second branch's runs are possessive, ``++`` and ``*+``: nothing follows them that could fail, so the greedy run is the
#: match either way, and ``re`` keeps no states to backtrack into.)
_WORD = re.compile(r"[A-Z](?:\.[A-Z])+\.|[0-9A-Za-z\u00c0-\u024f\u0600-\u06ff]++(?:['’ʼ`][0-9A-Za-z\u00c0-\u024f]++)*+")

#: :data:`_WORD` as the one group of a pattern to split text at, for :func:`token_spans`.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its offsets in the article and its text (``article[start:end] == text``)."""

    index: int
    start: int
    end: int
    text: str
    outer: tuple[int, int] | None = None  # a clause: the offsets of the sentence it is part of


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


class Words:
    """A long list of words (written in lower case), one of which a case-blind pattern needs: tested in
    one pass of an automaton, where :func:`has_any`'s test per word is slow for many words.

    >>> w = Words(("response", "retaliat", "after"))
    >>> w.found("in retaliation for"), w.found("a drone hit"), w.found_in("In Response to"), w.found_in("reſponse")
    (True, False, True, True)
    """

    __slots__ = ("words", "_automaton")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._automaton = ahocorasick.Automaton()
        for w in words:
            self._automaton.add_word(w, w)
        self._automaton.make_automaton()

    def found(self, low: str) -> bool:
        """Whether the lower-cased ``low`` holds one of the words (as :func:`has_any`)."""
        for _ in self._automaton.iter(low):
            return True
        return False

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds one of the words in any case, or a letter that case-blind matching
        reads as a Latin one (as :func:`contains_any`)."""
        low = text.lower()
        return self.found(low) or (not low.isascii() and odd_case(low))  # (odd_case's first test, without the call)


class PerArticle:
    """Answers kept for the article being read (the last text given): the rules ask the same question
    of the same words once per report. Keyed by the text too, so that no answer is ever another text's.

    >>> kept = PerArticle()
    >>> kept.put("a text", ("a text", 0), "answer"), kept.answers[("a text", 0)]
    ('answer', 'answer')
    >>> _ = kept.put("another text", ("another text", 0), "other"); ("a text", 0) in kept.answers
    False
    """

    __slots__ = ("answers", "text")

    def __init__(self) -> None:
        self.answers: dict[tuple, Any] = {}
        self.text: str | None = None

    def put(self, text: str, key: tuple, answer: Any) -> Any:
        """Keeps ``answer`` under ``key`` (which holds ``text``), forgetting the answers of the article before; returns it."""
        if self.text is not text:
            self.answers.clear()
            self.text = text
        self.answers[key] = answer
        return answer


#: A further item of a counted claim, told without its verb: "two more on targets in ...", "a sixth one on a site in ...".
_ITEM = (r"(?:(?:two|three|four|five)\s+(?:more|others?)|(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh)(?:\s+one)?|"
         r"(?:the\s+)?(?:one|other|another))"  # "two multi-rocket attacks ...; one targeting Rumalyn and another targeting Shadaddi"
         r"(?=\s+(?:on|at|against|targeting|targeted)\b)")
_CLAIM_ITEM = re.compile(_ITEM, re.I)
#: Where a sentence turns to other events: "; ", "in response to ...", "came after ...", ", including the attack ...".
_CLAUSE = re.compile(
    r"(?=[\s,;])(?:"  # every turn starts with a comma, a semicolon or a space: one test of the position before the alternatives
    # "launched three drone attacks on sites in southern Israel, two more on targets in the Golan Heights, and a sixth one on a
    # site in central Israel": each item of a counted claim is a report of its own
    rf",\s+(?:and\s+)?(?={_ITEM})|\s+and\s+(?=(?:the\s+)?(?:another|other)\s+(?:on|at|against|targeting|targeted)\b)|"
    # "two drones targeted the al Assad airbase and one drone targeted a base in northern Iraq": a second report, its own subject
    r"\s+and\s+(?=(?:one|another|a\s+second|a\s+third)\s+(?:[\w-]+\s+)?(?:drones?|rockets?|missiles?)\s+(?:targeted|hit|struck)\b)|"
    r"\s*;\s*(?:and\s+)?|,\s+(?=while\s+(?:the|a|an|another|other|one|two|three|four)\s+(?:[\w’'-]+\s+){0,10}(?:was|were|is|are|had|has|targeted|hit|struck|attacked|crashed|fell|exploded|landed)\b)|,\s+and\s+(?=(?:on|late|early)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z]|[A-Z][a-z]{2,8}\.?\s+\d))|"
    # (the look-ahead's branches open with these characters, one tested before them all at each space: a cheap test first)
    r",?\s+(?=[iartwcfu\[“\"])(?=(?:(?:in|as\s+a|\[in\])\s+(?:response|retaliation)\s+(?:to|for|against)|retaliating\s+for|retaliation\s+(?:to|for|against)|"
    r"[“\"]?(?:is|was|were|are)\s+an?\s+(?:[\w-]+\s+)?(?:response|retaliation)\s+(?:to|for)\b|to\s+which\s+(?:the\s+)?[\w.]+\s+(?:[\w-]+\s+)?responded\b|"
    r"(?:which\s+)?(?:came|comes|come)\s+(?:\w+\s+){0,2}after|(?:came|comes|come)\s+when\s|(?:came|comes|come)\s+(?:about|some|nearly|roughly|just|only|almost)"
    r"(?:\s+(?:under|over|more\s+than|less\s+than))?\s+"
    r"(?:an?|one|two|three|four|five|six|\d+)\s+(?:hours?|days?|weeks?|months?)\s+after|following\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|killings?|assassinations?|deaths?)\b|"
    r"after\s+(?:[\w-]+\s+){0,8}(?:attacks?|strikes?)\b|after\s+the\s+targeting\s+of\b|"
    r"after\s+(?:[\w.’'-]+\s+){1,6}(?:was|were|had\s+been|has\s+been)\s+(?:[\w-]+\s+)?(?:targeted|attacked|hit|struck|wounded|injured|killed|launched|fired)\b|including\s+the\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?)\b|"
    # (and ", including a drone attack on Sunday in Jordan that killed three": an attack with its own place; not ", including a missile
    # attack on Wednesday that killed three sailors", a dated one of those the count's clause places)
    r"including\s+an?\s+(?=[^.;]*?\b(?:in|at|near)\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?-i:[A-Z]|al-))"
    r"(?:[\w-]+\s+){0,3}(?:attacks?|strikes?)\b|"
    r"until\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?)\b|including\s+one\s+(?:(?:on|at|against|targeting)\s|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)))|"
    # "..., with local media reporting on an attempted strike against a base at Erbil Airport, while in neighboring Syria, fighters
    # rained rockets down on a US base": each report of its own
    # "a drone fell near Kirkuk airport, which was struck on Monday by two rockets": the place's own earlier attack
    r",\s+(?=which\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:struck|hit|targeted|attacked|shelled)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:on|last|earlier)\s)|"
    # "launched attacks on Iran-aligned groups in Iraq on Tuesday, amidst chaos in the region and the assassination of a top
    # Iranian general in Syria": the setting it came amid, its own events
    r",\s+(?=amid(?:st)?\s+(?:[\w’'-]+\s+){0,10}?(?:assassinations?|killings?|attacks?|strikes?)\b)|"
    r",\s+(?=with\s+(?:local\s+|Iraqi\s+|Syrian\s+|Kurdish\s+|state\s+)?(?:media|outlets|reports|officials|sources)\s+(?:reporting|saying|citing)\b|"
    r"while\s+in\s+(?:neighbo(?:u)?ring\s+|nearby\s+)?[A-Z]))", re.I)
#: After ", ": the rest of a salvo told after those shot down ("destroyed two of the missiles, while one missile landed near the
#: base"): one attack, its type the harm the rest did, not a clause of its own.
_SALVO_REST = re.compile(r"while\s+(?:a\s+(?:second|third|fourth)|one(?:\s+of\s+(?:them|the\s+\w+))?|the\s+(?:other|second|third|"
                         r"remaining|rest)|another)\b", re.I)
#: Weapons shot down or destroyed in the air, told before that clause.
_DOWNED = re.compile(r"\b(?:intercept\w*|shot\s+down|downed|destroyed|thwarted|repelled)\b", re.I)
#: After a semicolon, a list's next item and nothing else: "shot down near Tall Baydar, Syria; al-Tanf Garrison, Syria; and
#: three times near Al-Asad Airbase, Iraq" lists places, not a new clause.
_NAMES_ONLY = re.compile(r"(?:and\s+)?(?:(?:once|twice|(?:two|three|four|five|six|\d+)\s+times)\s+)?(?:(?:near|at|in)\s+)?(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ash|an|ar|at|az)-[\w'’-]+)(?:(?:\s+|,\s*|-)(?:[A-Z][\w'’-]*|(?:al|el|ad|as|ash|an|ar|at|az)-[\w'’-]+|of))*"
                         r"\s*(?:[.;]|$)")
#: The words one of _CLAUSE's turns starts with: a cheap test before the long pattern.
_CUES = Words((";", ", and ", " and one ", " another", "response", "retaliat", "came", "come", "following", "after", "including", "until",
               "responded", ", while ", ", with ", ", which ", ", amid",
               " more ", " other", "second", "third", "fourth", "fifth", "sixth", "seventh"))
#: "In response to attacks by Kata'ib Hezbollah, including the attack on al-Asad, ": the reference a sentence opens with. (Its
#: dateline's run of non-dashes, as :data:`_REFERENCE`'s, is possessive, ``{0,40}+``: no shorter run ends at a dash, so the matches
#: are the same, and a sentence with no dash is not backtracked through its first 40 characters.)
_OPENING = re.compile(r"(?:[^–—]{0,40}+[–—]\s*|[^–—-]{0,40}+--\s*)?[“\"]?(?:In\s+(?:response|retaliation)\s+(?:to|for|against)|Following|After|"
                      r"(?:(?:Less|More)\s+than\s+|Only\s+|Just\s+)?(?:an?|one|two|three|\d{1,2})\s+(?:hours?|days?)\s+after|"
                      r"(?:Hours|Minutes|Days)\s+after)\b[^,]{3,160},\s*"
                      r"(?:including\s[^,]{3,120},\s*)?")


def clauses(s: Sentence) -> list[Sentence]:
    """The parts of a sentence that can each report an event: split at semicolons and where the
    sentence turns to other events ("in response to attacks on ...", ", including the attack on
    ..."); an opening "In response to ..., " is a part of its own. Each part keeps its sentence's
    offsets in ``outer``.

    >>> s = sentences("U.S. jets struck al-Qaim on Friday in response to attacks on Tower 22.")[0]
    >>> [c.text for c in clauses(s)]
    ['U.S. jets struck al-Qaim on Friday', 'in response to attacks on Tower 22.']
    >>> s = sentences("In response to the attack, U.S. forces struck al-Qaim; a drone hit al-Tanf.")[0]
    >>> [c.text for c in clauses(s)]
    ['In response to the attack,', 'U.S. forces struck al-Qaim', 'a drone hit al-Tanf.']
    >>> s = sentences("On Sunday, a drone hit al-Shaddadi, and on Thursday another drone targeted al-Asad.")[0]
    >>> [c.text for c in clauses(s)]
    ['On Sunday, a drone hit al-Shaddadi', 'on Thursday another drone targeted al-Asad.']
    """
    cuts = [(0, 0)]
    if (m := _OPENING.match(s.text)) is not None:
        cuts.append((m.end(), m.end()))
    if _CUES.found_in(s.text):  # most sentences have no word a clause turns on: skip the long pattern
        cuts += [(m.start(), m.end()) for m in _CLAUSE.finditer(s.text) if m.start() > cuts[-1][1]
                 and not (";" in m.group(0) and _NAMES_ONLY.match(s.text, m.end()))
                 and not (_SALVO_REST.match(s.text, m.end()) and _DOWNED.search(s.text, 0, m.start()))]
    cuts.append((len(s.text), len(s.text)))
    out = []
    for (_, a), (b, _) in zip(cuts, cuts[1:], strict=False):
        part = s.text[a:b]
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        if part:
            out.append(Sentence(s.index, s.start + a + lead, s.start + a + lead + len(part), part, (s.start, s.end)))
    return out or [s]


_REFERENCE = re.compile(r"(?:[^–—]{0,40}+[–—]\s*|[^–—-]{0,40}+--\s*)?[“\"]?"  # a dateline may come first: "TAMPA, Fla. – In response to ...",
                        # "Jan. 25 (UPI) -- Less than a day after ..."
                        r"(?:(?:in|as\s+a)\s+(?:response|retaliation)|retaliating|retaliation\s+(?:to|for|against)|"
                        r"(?:which\s+)?(?:came|comes|come)\s|following\s|after\s|(?-i:amid(?:st)?)\s|"  # (a clause split off; not "Amid ...")
                        r"(?:(?:this|the|that|it)\s+(?:[\w-]+\s+)?)?(?:follows|followed)\s+(?:an?|the)\s+(?:similar|previous|earlier)\s|"
                        r"(?:(?:less|fewer|more)\s+than\s+|only\s+|just\s+)?(?:an?|one|two|three|\d{1,2})\s+(?:hours?|days?)\s+after\s|"
                        r"(?:hours|minutes|days)\s+after\s)", re.I)


def ends_in_abbreviation(word: str) -> bool:
    """Whether ``word`` ends with an abbreviation's full stop ("U.S.", "Gen.", "Jan."), which ends no sentence.

    >>> ends_in_abbreviation("U.S."), ends_in_abbreviation("(Sgt."), ends_in_abbreviation("Iraq.")
    (True, True, False)
    """
    return _ABBREV.search(word[-_ABBREV_READ:]) is not None


def odd_case(text: str) -> bool:
    """Whether ``text`` (in lower case) holds a letter that case-blind matching reads as a Latin one but
    ``lower()`` does not turn into it (ı, ſ, a combining dot): a word test on the lower-cased text
    may miss what a case-blind pattern finds, so the pattern must be read.

    >>> odd_case("reſponse"), odd_case("response “quoted”")
    (True, False)
    """
    # what lower() leaves of them: ı and ſ as they are, İ as "i" and a combining dot (each tested inline: asked of most clauses)
    return not text.isascii() and ("\u0131" in text or "\u017f" in text or "\u0307" in text)


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds any of ``words`` (written in lower case) in any case: a cheap test
    before a case-blind pattern that cannot match without one of them. Text with a letter that
    case-blind matching reads as a Latin one but ``lower()`` does not always passes.

    >>> contains_any("In Response to the attack", ("response", "after")), contains_any("A drone hit.", ("response",))
    (True, False)
    >>> contains_any("reſponse", ("none",))
    True
    """
    low = text.lower()
    return has_any(low, words) or (not low.isascii() and odd_case(low))  # (odd_case's first test, without the call: most text is ASCII)


def has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether the lower-cased ``low`` holds any of ``words``: a substring test per word, in a plain
    loop (measured faster than ``any()`` over a generator and than one search of an alternation).

    >>> has_any("a drone hit the base", ("rocket", "drone")), has_any("a drone", ())
    (True, False)
    """
    for w in words:
        if w in low:
            return True
    return False


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit, as ``re.search(r"\\d", text)`` tells: in ASCII text (most) the digits are 0-9,
    each tested as a substring, a scan in C that stops at the first (measured five times faster than the pattern, which calls
    a Unicode table per character, on the clauses of the bench's articles, most of them with no digit).

    >>> has_digit("on 7 October"), has_digit("on Saturday"), has_digit("\u0663 \u0635\u0648\u0627\u0631\u064a\u062e")
    (True, False, True)
    """
    if not text.isascii():
        return _DIGIT.search(text) is not None
    return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text or "7" in text
            or "8" in text or "9" in text)


#: What case-blind matching reads as an ASCII letter besides the letter in either case: the dotted and the dotless I, the long s
#: and the Kelvin sign. No other character is read as one (tests/geo/ingest/test_text.py reads every code point).
_READ_AS_LETTER = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def case_forms(ch: str) -> str:
    """The characters case-blind matching reads as the ASCII character ``ch``: a letter in both cases and those of
    :data:`_READ_AS_LETTER`; any other character alone.

    >>> case_forms("s"), case_forms("T"), case_forms("-")
    ('Ssſ', 'Tt', '-')
    """
    if not ch.isalpha():
        return ch
    low = ch.lower()
    return f"{low.upper()}{low}{_READ_AS_LETTER.get(low, '')}"


def cased_class(items: Iterable[str]) -> str:
    """A class that passes, read case by case, what the class of ``items`` passes read case-blind: each item a lower-case ASCII
    letter (in both cases here, with what case-blind matching reads as it: see :func:`case_forms`) or a class item that case
    does not touch (``\\s``, ``\\d``, an escaped character). ``re`` reads a case-blind class by lower-casing each character it
    tests, a call at every position a look-ahead is tried; a class read case by case is one table lookup.

    >>> cased_class("as"), cased_class(["n", r"\\s"])
    ('(?-i:[AaSsſ])', '(?-i:[Nn\\\\s])')
    """
    return f"(?-i:[{''.join(case_forms(c) if len(c) == 1 else c for c in items)}])"


def _first_letters(branches: tuple[str, ...]) -> str:
    """A look-ahead for the first letters (in either case) of ``branches``, each of which opens with a letter or with a
    look-ahead for one ("(?=a)"): a test every match of the branches passes, made once as one class where ``re`` would try the
    branches one by one (the recognising rules' groups, measured: a quarter to a third faster). The matches are the same. The
    class is read case by case (see :func:`cased_class`), in a case-blind pattern as in another: it passes what case-blind
    matching reads as each letter, which a branch opening with a plain letter matches only where it is read case-blind."""
    letters = set()
    for b in branches:
        c = b[3] if b.startswith("(?=") else b[0]
        assert c.isascii() and c.isalpha(), b
        letters.add(c.lower())
    return f"(?={cased_class(sorted(letters))})"


def one_of(*branches: str) -> str:
    """A group of ``branches``, their first letters tested first (see :func:`_first_letters`).

    >>> one_of("drones?", r"UAVs?")
    '(?=(?-i:[DdUu]))(?:drones?|UAVs?)'
    """
    return f"{_first_letters(branches)}(?:{'|'.join(branches)})"


def word_opens(*words: str) -> str:
    """A look-ahead for a word's start that opens with one of ``words``, their first letters tested first (see
    :func:`_first_letters`)."""
    return rf"\b{_first_letters(words)}(?={'|'.join(words)})"


def claim_item(clause: str) -> re.Match | None:
    """The words that open a further item of a counted claim, a clause of its own (see :func:`clauses`),
    if the clause is one.

    >>> claim_item("two more on targets in the occupied Golan Heights").group(), claim_item("a drone hit al-Tanf")
    ('two more', None)
    """
    return _CLAIM_ITEM.match(clause)


def is_reference(clause: str) -> bool:
    """Whether a clause (from :func:`clauses`) refers back to other events ("in response to ...",
    "following the attacks ...") rather than carrying the report on.

    >>> is_reference("in response to attacks on Tower 22."), is_reference("U.S. jets struck al-Qaim")
    (True, False)
    """
    return bool(_REFERENCE.match(clause))


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact offsets; headings and datelines on lines of their own
    are sentences too.

    >>> [s.text for s in sentences("U.S. forces were hit on Jan. 28. Three died.\\n\\nWASHINGTON (AP) Update")]
    ['U.S. forces were hit on Jan. 28.', 'Three died.', 'WASHINGTON (AP) Update']
    >>> [s.text for s in sentences("Spc. Breonna Moffett was killed at Tower 22. Sgt. Rivers too.")]
    ['Spc. Breonna Moffett was killed at Tower 22.', 'Sgt. Rivers too.']
    >>> [s.text for s in sentences("- Three US troops were injured in Erbil\\n- The US launched airstrikes at 1:45pm GMT.")]
    ['- Three US troops were injured in Erbil', '- The US launched airstrikes at 1:45pm GMT.']
    >>> [s.text for s in sentences("- 2 February – American strikes in Iraq and Syria:\\n- 5 February – A drone hit a base.")]
    ['- 2 February – American strikes in Iraq and Syria:', '- 5 February – A drone hit a base.']
    >>> [s.text for s in sentences('It had been attacked before."A US base was hit," it said.')]
    ['It had been attacked before."', 'A US base was hit," it said.']
    >>> sentences("")
    []
    """
    out: list[Sentence] = []
    start = 0
    lines = _paragraph_lines(text)
    for m in _ends(text):
        stop = m.group(0).strip()  # the marks that end the sentence (none at a blank line)
        end = m.end() if stop else m.start()
        if stop and _ABBREV.search(text[max(start, m.start() - _ABBREV_READ):m.start() + 1]):
            continue
        _add(out, text, start, end, lines)
        start = m.end()
    _add(out, text, start, len(text), lines)
    return out


#: Where a match of :data:`_END` can start: at its stop or newline, or right after a stop (its third branch, a page that lost its
#: spaces) when a capital or a quote follows.
_END_CUE = re.compile(r"[.!?…\n]")
_AFTER_STOP = frozenset("\"”“ABCDEFGHIJKLMNOPQRSTUVWXYZ")


#: A line that ends on a word no sentence or heading ends on ("in", "the", "and"): the blank line after it breaks a sentence.
_OPEN_END = re.compile(r"\s(?:in|of|the|an?|and|or|to|on|at|by|for|with|from|into|against|near|that|which)[ \t]*$")


def _ends(text: str):
    """The matches of ``_END.finditer(text)``, the same ones, found faster: ``_END`` opens with a look-behind, so ``re`` would try
    it at every position of the text; here it is tried only where one can start (:data:`_END_CUE`). As ``finditer`` does, a
    match starts at or after the end of the one before, and an empty match is not found again where the one before ended empty."""
    pos, empty = 0, False
    for c in _END_CUE.finditer(text):
        q = c.start()
        for p in ((q, q + 1) if text[q] in ".!?" and text[q + 1:q + 2] in _AFTER_STOP else (q,)):
            if p < pos:
                continue
            m = _END.match(text, p)
            if m is None or (empty and p == pos and m.end() == p):
                continue
            if text[q] == "\n" and _OPEN_END.search(text, max(0, q - 12), q):
                continue  # "radar facilities in\n\n  Houthi-controlled territory": a line broken mid-sentence (an XML or PDF copy), no end
            yield m
            pos, empty = m.end(), m.end() == p


#: A line that ends a sentence; a line that goes on in the next.
_LINE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_LINE_STARTS = re.compile(r"\s*[\"“‘']?[A-Z]")
_LINE_GOES_ON = re.compile(r"(?:[,;:(\-–—]|\b(?:and|or|of|the|a|an|in|on|at|by|to|for|with|from|near|that|which))\s*$", re.I)


def _paragraph_lines(text: str) -> bool:
    """Whether the text puts one paragraph on a line (most lines end a sentence), so that a line
    that lost its full stop still ends its sentence; a PDF's hard-wrapped lines mostly do not.

    >>> _paragraph_lines("A drone attack hit the base late on Thursday night.\\nThe official said two bases in Syria were hit with rockets\\n"
    ...                  "In Iraq, drones were launched at the Ain al-Asad air base.\\nNo one was hurt in any of the four attacks, he said.")
    True
    >>> _paragraph_lines("A drone attack hit the base late on Thursday night and\\nthe official said two bases in Syria were hit with\\n"
    ...                  "rockets, and in Iraq drones were launched at the Ain\\nal-Asad air base. No one was hurt in any of the four.")
    False
    """
    lines = [x.strip() for x in text.split("\n") if len(x.strip()) > 40]
    return len(lines) >= 3 and sum(bool(_LINE_END.search(x)) for x in lines) >= 0.6 * len(lines)


def _add(out: list[Sentence], text: str, start: int, end: int, paragraphs: bool = False) -> None:
    chunk = text[start:end]
    # a span of one line is one piece, as _lines would give it (most are: its splitting is for headings and lists)
    for line_start, line in ((start, chunk),) if "\n" not in chunk else _lines(text, start, end, paragraphs):
        stripped = line.strip()
        if stripped:
            s = line_start + (len(line) - len(line.lstrip()))
            out.append(Sentence(len(out), s, s + len(stripped), stripped))


def _lines(text: str, start: int, end: int, paragraphs: bool = False):
    """Split a span at single newlines only when the line before has no sentence end (a heading),
    or, in a text of one paragraph a line, when the line does not go on in the next."""
    chunk = text[start:end]
    pos = 0
    parts = chunk.split("\n")
    buf_start, buf = 0, ""
    for i, part in enumerate(parts):
        if buf == "":
            buf_start = pos
        buf = chunk[buf_start:pos + len(part)]
        is_heading = i < len(parts) - 1 and part.strip() and not _ENDS_PUNCT.search(part.strip()) and not _OPEN_END.search(part) and (
            len(part.strip()) < 120 or (paragraphs and not _LINE_GOES_ON.search(part) and _LINE_STARTS.match(parts[i + 1]) is not None)
            or _BULLET.match(parts[i + 1]) is not None) or (  # "- Three US troops were injured ... northern Iraq\n- President Joe Biden ..."
            i < len(parts) - 1 and _BULLET.match(part) is not None and _BULLET.match(parts[i + 1]) is not None)  # items, whatever ends them
        if is_heading or i == len(parts) - 1:
            yield start + buf_start, buf
            buf = ""
        pos += len(part) + 1


#: A line that starts a list's item: "- ", "• ", "* ".
_BULLET = re.compile(r"\s*[-•*▪–]\s+\S")
#: A line that ends with punctuation (and maybe a closing quote): prose, not a heading.
_ENDS_PUNCT = re.compile(r"[.!?,;:]\W*$")


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens (letters and digits, with inner apostrophes: "Kata'ib"; dotted acronyms: "U.S.")
    and their offsets.

    >>> [(t.text, t.start) for t in tokens("Al-Qa'im, Tower 22", offset=100)]
    [('Al', 100), ("Qa'im", 103), ('Tower', 110), ('22', 116)]
    >>> [t.text for t in tokens("U.S. forces")]
    ['U.S.', 'forces']
    """
    return [Token(*t) for t in token_spans(text, offset)]


def token_spans(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The tokens of :func:`tokens` as plain ``(start, end, text)`` tuples.

    >>> token_spans("Al-Qa'im, Tower 22", offset=100)
    [(100, 102, 'Al'), (103, 108, "Qa'im"), (110, 115, 'Tower'), (116, 118, '22')]
    """
    return list(zip(*token_columns(text, offset), strict=True))


def token_columns(text: str, offset: int = 0) -> tuple[list[int], list[int], list[str]]:
    """The tokens of :func:`tokens` as three lists, their starts, their ends and their texts: the mention pass reads every word
    of every article and needs neither objects nor tuples for them (the offsets of a few only).

    >>> token_columns("Al-Qa'im, Tower 22", offset=100)
    ([100, 103, 110, 116], [102, 108, 115, 118], ['Al', "Qa'im", 'Tower', '22'])
    """
    # split at the words (kept, as the pattern's one group): gaps and words alternate, and the running sum of their lengths gives
    # each word's offsets without a match object per word
    parts = _WORD_SPLIT.split(text)
    bounds = list(accumulate(map(len, parts), initial=offset))
    return bounds[1:-1:2], bounds[2::2], parts[1::2]


def line_matches(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, the same ones, found faster, for a pattern that opens with ``^``
    (``re.M``) and matches no empty string: it can match only at a line's start, so it is tried at each, from where the match
    before ended, where ``finditer`` tries every position; and only at a line whose first character can open a match (most
    lines cannot open "References" or "date 2023-12-04": a test of one character, not a call of the pattern).

    >>> [m.group() for m in line_matches(re.compile(r"^[A-Z]\\w+", re.M), "Read more\\nin Iraq\\nSyria")]
    ['Read', 'Syria']
    """
    end = len(text) if endpos is None else min(endpos, len(text))  # (as ``match`` reads an ``endpos`` past the end)
    opens = _OPENS[pattern] if pattern in _OPENS else _OPENS.setdefault(pattern, _opening_chars(pattern))
    at = pos
    while True:
        # (a character outside ASCII is always tried: the set holds only what was worked out for ASCII)
        if at < end and (opens is None or text[at] in opens or text[at] > "\x7f") and (m := pattern.match(text, at, end)) is not None:
            yield m
            at = m.end()
            if at > 0 and text[at - 1] == "\n":
                continue  # a match that ends a line: the next may start right there
        if (at := text.find("\n", at, end)) < 0:
            return
        at += 1


#: For each pattern :func:`line_matches` was given, the ASCII characters a match can open with (None: any).
_OPENS: dict[re.Pattern, frozenset[str] | None] = {}


def _opening_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` (which matches no empty string) can consume first, worked out from its parsed
    form (see :func:`_opening_class`); None where any can.

    >>> sorted(_opening_chars(re.compile(r"^[ \\t]*(?:Read|Also)\\b", re.M)))
    ['\\t', ' ', 'A', 'R']
    >>> sorted(_opening_chars(re.compile(r"^(?:date|posted)\\b", re.I | re.M)))
    ['D', 'P', 'd', 'p']
    >>> _opening_chars(re.compile(r"^\\w+", re.M)) is None
    True
    """
    opening = _opening_class(pattern)
    if opening is None:
        return None
    # (the class read by ``re`` itself, with the pattern's flags: case-blind matching is tested as ``re`` does it)
    test = re.compile(opening, pattern.flags & ~re.M)
    return frozenset(c for c in map(chr, range(128)) if test.match(c))


def _opening_class(pattern: re.Pattern) -> str | None:
    """A pattern of one character (a class, with the flags each part of ``pattern`` reads it with) that every first character of a
    match of ``pattern`` passes: the characters and classes it can open with, past look-arounds and anchors, which consume none.
    None where an opening is not a plain character or class (``\\w``, ``.``, a negated class), or where it can match empty."""
    entries: set[tuple[bool, int, int]] = set()  # (case-blind, first, last) of each character or range a match can open with
    try:
        if _opens(re._parser.parse(pattern.pattern, pattern.flags).data, pattern.flags, entries):
            return None  # (the whole pattern can match empty)
    except _AnyOpening:
        return None
    if all(b < 128 for blind, _, b in entries if blind):
        # (read case by case, as cased_class: a case-blind ASCII character as every character case-blind matching reads as it)
        entries = {(False, a, b) for blind, a, b in entries if not blind} | {
            (False, ord(f), ord(f)) for blind, a, b in entries if blind for code in range(a, b + 1) for f in case_forms(chr(code))}
    ranges = {blind: "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for c, a, b in sorted(entries) if c == blind)
              for blind in (True, False)}
    return "|".join(f"(?{'' if blind else '-'}i:[{r}])" for blind, r in ranges.items() if r)


def gated(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a look-ahead for the characters its matches open with (see :func:`_opening_class`) before it: the same
    matches, found faster for a pattern that opens with ``\\b`` and a group of words ("\\b(?:joint|partnered|ground|...)"),
    which ``re`` otherwise tries word by word at every word's start (or with a look-behind, tried at every position). A pattern
    that opens with a character or a class (which ``re`` skips to by itself), or whose openings are not known, is returned as it is.

    >>> p = gated(re.compile(r"\\b(?:joint|ground)\\s+raids?", re.I))
    >>> p.pattern, [m.group() for m in p.finditer("A joint raid, then Ground raids.")]
    ('(?=(?-i:[\\\\U00000047\\\\U0000004a\\\\U00000067\\\\U0000006a]))(?:\\\\b(?:joint|ground)\\\\s+raids?)', ['joint raid', 'Ground raids'])
    """
    c = re._constants
    parsed = re._parser.parse(pattern.pattern, pattern.flags).data
    if _letter_gated(parsed):
        return pattern  # (gathered by first letter already: see by_first_letter)
    first = parsed[:1]
    if not first or not (first[0][0] in (c.AT, c.ASSERT, c.ASSERT_NOT) or (
            first[0][0] is c.BRANCH and not all(alt.data[:1] and alt.data[0][0] is c.LITERAL for alt in first[0][1][1]))):
        return pattern  # (a pattern that opens with a character or a class, or with branches that each open with a letter)
    if (opening := _opening_class(pattern)) is None:
        return pattern
    return re.compile(f"(?={opening})(?:{pattern.pattern})", pattern.flags)


def _letter_gated(items: list) -> bool:
    """Whether a parsed pattern opens, past its anchors and look-aheads, with a look-ahead for a class of plain characters (as
    :func:`by_first_letter` writes it): its first characters are tested already.

    >>> _letter_gated(re._parser.parse(r"\\b" + by_first_letter("strikes?", "raids?")).data), _letter_gated(re._parser.parse(r"\\bstrike").data)
    (True, False)
    """
    c = re._constants
    for op, av in items:
        if op is c.AT:
            continue
        if op is not c.ASSERT or av[0] != 1:
            return False
        inner = av[1].data if hasattr(av[1], "data") else av[1]
        while len(inner) == 1 and inner[0][0] is c.SUBPATTERN:
            inner = inner[0][1][3].data
        if len(inner) == 1 and inner[0][0] is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in inner[0][1]):
            return True
    return False


def by_first_letter(*branches: str) -> str:
    """A group of ``branches``, gathered by the letter each can open with (worked out from its parsed form, see :func:`_opens`):
    a look-ahead for one letter (in either case), then the branches that may open with it, in their order. ``re`` tries a group's
    branches one by one at every position it reaches; here it tries a look-ahead per letter and then only the few branches the
    letter allows (the strike rule's forty-odd branches, at every word's start). The matches are the same: at a position, the
    branches its letter allows are tried in the order given (a branch that may open with several letters is in each of their
    groups), and no other branch could match there. Each branch must open with a letter; the most common first letters of words
    are tested first, in blocks of :data:`_BLOCK` letters behind one look-ahead for them all (no character passes two blocks'
    look-aheads, as none passes two letters'). A letter's many branches are gathered again by the character they may read second
    (see :func:`_by_second`).

    >>> by_first_letter("strikes?", r"air\\s*strikes?", r"(?<!no\\s)[Ss]orties")
    '(?=(?-i:[AaSsſ]))(?:(?=(?-i:[Aa]))(?:air\\\\s*strikes?)|(?=(?-i:[Ssſ]))(?:strikes?|(?<!no\\\\s)[Ss]orties))'
    """
    groups: dict[str, list[str]] = {}
    for branch in branches:
        entries: set[tuple[bool, int, int]] = set()
        try:
            empty = _opens(_parsed(branch), 0, entries)
        except _AnyOpening:
            empty = True
        letters = {chr(c).lower() for _, first, last in entries for c in range(first, last + 1)}
        if empty or not letters <= set(_LETTERS_BY_USE):
            raise ValueError(f"by_first_letter() takes branches that each open with a letter, not {branch!r}")
        for letter in letters:
            groups.setdefault(letter, []).append(branch)
    order = sorted(groups, key=_LETTERS_BY_USE.index)
    # (all the letters first, one test: a word that opens with none of them fails there, not at each group's; then the letters
    # in blocks, each behind one test: a word that opens with a rarer letter fails a block's test, not each of its letters')
    blocks = [order[i:i + _BLOCK] for i in range(0, len(order), _BLOCK)]
    # (each look-ahead's class read case by case, see cased_class: the same characters pass)
    if len(blocks) == 1:
        return f"(?={cased_class(sorted(order))})(?:{_letter_groups(groups, order)})"
    return f"(?={cased_class(sorted(order))})(?:" + "|".join(
        f"(?={cased_class(sorted(block))})(?:{_letter_groups(groups, block)})" for block in blocks) + ")"


def _letter_groups(groups: dict[str, list[str]], letters: list[str]) -> str:
    """The alternatives of :func:`by_first_letter` for ``letters``: each letter's look-ahead, then its branches."""
    return "|".join(f"(?={cased_class(letter)})(?:{_by_second(letter, groups[letter])})" for letter in letters)


#: How many letters :func:`by_first_letter` tests behind one look-ahead (the fewest steps on the strike rule, measured).
_BLOCK = 5


def _by_second(letter: str, branches: list[str]) -> str:
    """The branches that may open with ``letter`` (as one group's alternatives), gathered again by what each may read second
    (see :func:`_seconds`): a look-ahead past the first character for one second character (a letter in either case, a space,
    a digit or another character), then the branches that may read it, in their order; then the branches that may read anything
    there, behind a look-ahead that no gathered character is second. Three branches or more only (the strike rule's 'a' group
    had sixteen, tried one by one at every word that opens with 'a': "and", "at", "after").

    The matches are the same, as :func:`by_first_letter`'s are: the second characters' look-aheads pass disjoint sets of
    characters (no character is two letters in either case, nor a letter and a space or a digit; a space or a digit read
    second is gathered as ``\\s`` or ``\\d``, which pass it), so at a position at most one gathered group is tried, or the last;
    each holds, in their order, every branch that may read that character second, and no other branch could match there.

    >>> _by_second("a", [r"air\\s*strikes?", "airstrikes?", r"a\\s+second", "another"])
    '(?=.(?-i:[Iiİı]))(?:air\\\\s*strikes?|airstrikes?)|(?=.(?-i:[Nn]))(?:another)|(?=.(?-i:[\\\\s]))(?:a\\\\s+second)'
    >>> _by_second("a", [r"air\\s*strikes?", "airstrikes?", r"a\\w+"])
    '(?=.(?-i:[Iiİı]))(?:air\\\\s*strikes?|airstrikes?|a\\\\w+)|(?!.(?-i:[Iiİı]))(?:a\\\\w+)'
    """
    if len(branches) < 3:
        return "|".join(branches)
    seconds = [_seconds(letter, b) for b in branches]
    known = sorted(set().union(*seconds) - {_ANY}, key=lambda a: (not a.isalpha(), a))
    if not known:
        return "|".join(branches)
    gathered: dict[tuple[str, ...], list[str]] = {}  # the branches that may read a character second: the characters (one class)
    for a in known:
        members = tuple(b for b, s in zip(branches, seconds, strict=True) if a in s or _ANY in s)
        gathered.setdefault(members, []).append(a)
    parts = [f"(?=.{cased_class(chars)})(?:{'|'.join(members)})" for members, chars in gathered.items()]
    if rest := [b for b, s in zip(branches, seconds, strict=True) if _ANY in s]:
        parts.append(f"(?!.{cased_class(known)})(?:{'|'.join(rest)})")
    return "|".join(parts)


#: What :func:`_seconds` gives for a character it does not tell (outside ASCII, any of a class such as ``\\w``): any may be read.
_ANY = ""


def _seconds(letter: str, branch: str) -> set[str]:
    """What ``branch`` may read second, after opening with ``letter``: lower-case letters, ``\\s`` (any space), ``\\d`` (any
    digit), other characters (each escaped), and :data:`_ANY` for a character not told, or where the branch may end after one.

    >>> sorted(_seconds("u", r"(?:U\\.S\\.|US|American)\\s+raids?")), sorted(_seconds("a", r"a\\s+(?:second|third)|A-?10"))
    (['\\\\.', 's'], ['\\\\-', '\\\\d', '\\\\s'])
    >>> sorted(_seconds("f", r"f\\w+")), sorted(_seconds("a", "a|an"))
    ([''], ['', 'n'])
    """
    if (heads := _branch_heads(branch)) is None:
        return {_ANY}
    return {head[1] if len(head) > 1 else _ANY for head in heads if head[0] in (letter, _ANY)}


@functools.cache
def _branch_heads(branch: str) -> frozenset[tuple[str, ...]] | None:
    """:func:`_heads` of a branch, None where it reads a part that :func:`_heads` does not: worked out once, where a branch that
    may open with several letters is asked of for each (the start-up parses the long patterns once more as it is)."""
    try:
        return frozenset(_heads(_parsed(branch), 0))
    except _AnyOpening:
        return None


@functools.cache
def _parsed(branch: str) -> list:
    """A branch of :func:`by_first_letter`, parsed (its items, read and never changed): once for its first letters and its first
    two characters both."""
    return re._parser.parse(branch).data


def _heads(items: list, flags: int, k: int = 2) -> set[tuple[str, ...]]:
    """The first ``k`` characters (as :func:`_reads` tells each) the parsed sequence ``items`` may read: tuples, shorter where
    it may end before ``k``. Raises :class:`_AnyOpening` for a part it does not read (a back-reference)."""
    heads: set[tuple[str, ...]] = {()}
    for op, av in items:
        if all(len(h) >= k for h in heads):
            break
        parts = _item_heads(op, av, flags, k)
        heads = {h if len(h) >= k else (h + p)[:k] for h in heads for p in parts}
    return heads


def _item_heads(op: Any, av: Any, flags: int, k: int) -> set[tuple[str, ...]]:
    """:func:`_heads` of one parsed item."""
    c = re._constants
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {()}  # consumes nothing
    if op in (c.LITERAL, c.IN, c.ANY, c.NOT_LITERAL, c.CATEGORY):
        return {(r,) for r in _reads(op, av)}
    if op is c.BRANCH:
        return set().union(*(_heads(alt.data, flags, k) for alt in av[1]))
    if op is c.SUBPATTERN:
        return _heads(av[3].data, (flags | av[1]) & ~av[2], k)
    if op is c.ATOMIC_GROUP:
        return _heads(av.data, flags, k)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, most, sub = av
        one = _heads(sub.data, flags, k)
        out: set[tuple[str, ...]] = set()
        heads, n = {()}, 0  # the heads of n repeats
        while True:
            if n >= least:
                out |= heads
            more = {h if len(h) >= k else (h + p)[:k] for h in heads for p in one}
            if n == most or (more == heads and n >= least):
                return out  # (no more repeats, or more give no new heads)
            heads, n = more, n + 1
    raise _AnyOpening(op)


def _reads(op: Any, av: Any) -> set[str]:
    """What one parsed character item reads, as :func:`_seconds` tells it: an ASCII letter in lower case (it passes the letter's
    case-blind look-ahead, as every character that case-blind matching reads as it does), an ASCII space as ``\\s``, an ASCII
    digit as ``\\d``, another ASCII character escaped; :data:`_ANY` for anything else."""
    c = re._constants
    if op is c.LITERAL:
        return {_told(av)}
    if op is not c.IN:
        return {_ANY}
    out = set()
    for o, a in av:
        if o is c.LITERAL:
            out.add(_told(a))
        elif o is c.RANGE and a[1] < 128:
            out.update(_told(ch) for ch in range(a[0], a[1] + 1))
        elif o is c.CATEGORY and a in (c.CATEGORY_SPACE, c.CATEGORY_DIGIT):
            out.add(r"\s" if a is c.CATEGORY_SPACE else r"\d")
        else:
            out.add(_ANY)  # (a negated class, a range past ASCII, another category)
    return out


def _told(code: int) -> str:
    """One character as :func:`_reads` tells it."""
    ch = chr(code)
    if not ch.isascii():
        return _ANY
    if ch.isalpha():
        return ch.lower()
    return r"\s" if ch.isspace() else r"\d" if ch.isdigit() else re.escape(ch)


#: The letters, the most common first letters of words first: the order :func:`by_first_letter` tests its groups in (any order
#: gives the same matches, as no character passes two of them).
_LETTERS_BY_USE = "tasiowcbpfmhdrelngukyvjqxz"


class _AnyOpening(Exception):
    """An opening :func:`_opening_chars` does not read: any character may open the match."""


def _opens(items: list, flags: int, entries: set[tuple[bool, int, int]]) -> bool:
    """Adds to ``entries`` what the sequence ``items`` (parsed) can open with; whether it can match empty."""
    c = re._constants
    for op, av in items:
        blind = bool(flags & re.I)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # consumes nothing: what follows opens the match
        if op is c.LITERAL:
            entries.add((blind, av, av))
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in av):
            entries.update((blind, a, a) if o is c.LITERAL else (blind, *a) for o, a in av)
        elif op is c.BRANCH:
            if not any([_opens(alt.data, flags, entries) for alt in av[1]]):  # (a list: every branch is read)
                return False
            continue
        elif op is c.SUBPATTERN:
            if not _opens(av[3].data, (flags | av[1]) & ~av[2], entries):
                return False
            continue
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _opens(av[2].data, flags, entries) and av[0] > 0:
                return False
            continue
        else:
            raise _AnyOpening(op)
        return False
    return True


def longest_first(found: list[_Span]) -> list[_Span]:
    """Non-overlapping spans (``(start, end, ...)`` tuples), longest first (then leftmost),
    returned in text order.

    >>> longest_first([(0, 3, "a"), (2, 9, "b"), (9, 12, "c")])
    [(2, 9, 'b'), (9, 12, 'c')]
    """
    starts: list[int] = []
    taken: list[_Span] = []
    for c in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        i = bisect.bisect_right(starts, c[0])
        if (i == 0 or taken[i - 1][1] <= c[0]) and (i == len(taken) or c[1] <= starts[i]):
            starts.insert(i, c[0])
            taken.insert(i, c)
    return taken


def evidence(file: str, s: Sentence, span: tuple[int, int] | None = None) -> dict[str, Any]:
    """Where a field's words are: the file, their span (the whole sentence by default) and the sentence's."""
    lo, hi = span or (s.start, s.end)
    return {"file": file, "start": lo, "end": hi, "sentence": list(s.outer or (s.start, s.end))}
