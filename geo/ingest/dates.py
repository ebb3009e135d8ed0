"""Dates in news text: the article's own publication date, and the dates its sentences mention.

Reports date events relative to the day they were written ("on Sunday", "last week",
"mid-October"), so most mentions resolve only against a publication date. Each mention keeps the
matched text, its offsets, an ACLED ``time_precision`` (1 a day, 2 a week or weekend with its middle
day recorded, 3 a month with its 15th recorded) and a note saying how the date was reached or why it
could not be.

Conventions (reports describe the past, never the future):

- a weekday is the latest such day *on or before* publication: "on Friday" in a report published on
  a Friday is that day; "last Friday" is strictly before publication;
- a day and month without a year takes the year that puts it on or before publication, or the day after
  (a report filed from a time zone behind; "Dec. 25" in January 2024 is 2023-12-25);
- a period containing the publication date ("this week", "this month", "in February" in a February
  report) records its middle day, capped at the publication date;
- "early", "mid-" and "late" a month all record the 15th at precision 3 (the note keeps the word), so
  that precision 3 always means "the month's middle day";
- "yesterday" and "last night" are the day before publication; "today", "this morning", "tonight" and
  "overnight" are the publication day;
- "earlier this week" is the middle of the week's days before publication (a Thursday report's is the
  Tuesday);
- "last week" is the Thursday of the Monday-Sunday week before the publication week; a weekend
  records its Saturday ("a weekend attack" too); "the first week of August" records the 4th, "the last
  week of" a month the middle of its last seven days; a bare year ("in 2020") records 1 July at precision 3;
- "since ..." gives kind ``'since'`` with the range's start as the date;
- only capitalised month and weekday names count, and "May" only with a day or a year, or after
  "early", "mid-" or "late" (never "in May": "may" is a verb and May a surname).

>>> import datetime as dt
>>> [(m.text, str(m.date)) for m in find_dates("Drones struck on Sunday and again late Monday.", published=dt.date(2024, 2, 5))]
[('on Sunday', '2024-02-04'), ('late Monday', '2024-02-05')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .stamps import header_stamp
from .text import contains_any, has_any, has_digit, line_matches, longest_first

__all__ = ["COORDINATED", "DateMention", "KINDS", "MONTHS", "MONTH_WORDS", "WEEKDAYS", "AGENCY_DATELINE", "NEWS_AGENCIES",
           "publication_date", "find_dates", "weekday_before"]

KINDS = ("absolute", "weekday", "relative", "week", "month", "since", "year")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
#: Month names and abbreviations (lower case, no dot) -> month number.
MONTHS: dict[str, int] = {**{n[:3]: i for i, n in enumerate(_MONTH_NAMES, 1)}, "sept": 9, **{n: i for i, n in enumerate(_MONTH_NAMES, 1)}}

_HEAD = 400  # characters of header in which an unlabelled publication date is looked for
_BACK = 30  # characters before a date's core in which its prefix ("on", "since", "mid-", a weekday) is looked for
_YEARS = (1800, 2200)  # a publication date outside these years is a parsing error upstream

# Each pattern starts with a literal or a character class, so that `re` skips quickly to candidates
# (a leading \b or optional group makes it try every position: ten times slower); the words that may
# come before a core ("on", "since", "in", "mid-", a weekday) are matched backwards from it.
_MON_NO_MAY = [(m.title(), r"\b") for m in _MONTH_NAMES if m != "may"] + [
    (m, r"\b\.?") for m in ("Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")]
#: The same in capitals, as a chronology's lines or a headline write them ("OCT. 17 - Two drones targeted"; not "MAY", a verb in a
#: headline).
_MON_CAPITALS = [(m.upper(), r"\b") for m in _MONTH_NAMES if m != "may"] + [
    (m, r"\b\.?") for m in ("SEPT", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")]


def _by_letters(words: list[tuple[str, str]], depth: int = 2) -> str:
    """An alternation of ``words`` (each a word and the pattern after it), gathered by their first ``depth`` letters, each group
    opening with its letter ("J(?:a(?:nuary...|n...)|u(?:ne...|...))"). ``re`` skips a branch that opens with a letter other than
    the one read at one test; so a capital that opens no month fails after a test per first letter, not one per word. The matches
    are the same: each word ends its branch with a word's end, so at a position at most one of them matches, whatever their order.

    >>> _by_letters([("June", "!"), ("Jan", "."), ("JAN", "."), ("Feb", "!")])
    'J(?:u(?:ne!)|a(?:n.)|A(?:N.))|F(?:e(?:b!))'
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for word, after in words:
        groups.setdefault(word[0], []).append((word[1:], after))
    return "|".join(f"{letter}(?:{_by_letters(rest, depth - 1) if depth > 1 else '|'.join(w + a for w, a in rest)})"
                    for letter, rest in groups.items())


_MON = _by_letters([("May", r"\b"), *_MON_NO_MAY, *_MON_CAPITALS])
#: A month's name or abbreviation, as a pattern other rules build on ("19 April", "Aug 5", "Sept. 12").
MONTH_WORDS = rf"(?:{_MON})"
_WD = "|".join(w.title() for w in WEEKDAYS)
_YEAR = r"(?P<y>19\d\d|20\d\d)\b"
_MONTH = re.compile(rf"(?P<mon>{_MON})(?:\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!:\d))?"
                    rf"(?:,?\s+{_YEAR}|\s+(?P<ly>(?:of\s+)?last\s+year)\b)?"
                    # "the January drone attack": the month names the attack
                    r"(?:(?=\s+(?P<what>(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|assaults?|raids?|bombings?)\b)))?")
_MONTH_BEFORE = re.compile(rf"\b(?:(?P<pre>on|On|since|Since|in|In|during|During|from|From|until|Until|by|By)\s+(?:the\s+)?)?"
                           rf"(?:(?P<part>early|Early|late|Late|mid|Mid)(?:-|\s+))?(?:(?P<wd>{_WD}),?\s+)?\Z")
_DM = re.compile(rf"(?P<d>\d\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+{_YEAR})?")
_DM_BEFORE = re.compile(rf"(?:\b(?P<pre>on|On|since|Since)\s+)?(?:\b(?P<wd>{_WD}),?\s+)?(?:the\s+)?\Z")
_NUMERIC = re.compile(r"(?P<y>19\d\d|20\d\d)(?:-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01]))?\b(?![-/]\d|['’]s)")
_NUMERIC_BEFORE = re.compile(r"\b(?P<pre>on|On|since|Since|in|In|during|During)\s+(?:(?P<part>early|late|mid)(?:\s+|-))?\Z")
_WEEKDAY = re.compile(rf"(?P<wd>{_WD})\b(?:\s+(?:morning|afternoon|evening|night)\b)?")
_WEEKDAY_BEFORE = re.compile(r"\b(?P<pre>(?:late|Late|early|Early)(?:\s+on)?|on|On|last|Last|since|Since)\s+\Z")
_RELATIVE = re.compile(r"(?P<kw>yesterday|Yesterday|today|Today|tonight|Tonight|overnight|Overnight|night|morning|afternoon|evening"
                       r"|weekend|week|month|year)\b"
                       # "a weekend attack on Ain al-Asad air base": the weekend before the publication, as "the weekend attack"
                       r"(?P<wk>(?<=weekend)(?=\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|assaults?|raids?|bombings?|barrages?)\b))?")
#: A word each of :data:`_RELATIVE`'s holds, as written ("Tonight" and "overnight": "night"; "weekend": "week").
_RELATIVE_WORDS = ("oday", "esterday", "night", "morning", "afternoon", "evening", "week", "month", "year")
_RELATIVE_BEFORE = re.compile(r"\b(?P<mod>(?:(?:earlier|Earlier|later|Later|early|Early)\s+)?(?:this|This)|(?:late|Late|early|Early)\s+last"
                              r"|(?:earlier|Earlier)\s+in\s+the"  # "earlier in the month": earlier this month
                              r"|(?:the|The)\s+(?:end|start|beginning)\s+of\s+last"  # "at the end of last year": late last year
                              r"|earlier|Earlier|later|Later|last|Last"
                              r"|(?:(?:over|Over)\s+)?(?:the|The)(?:\s+past)?|(?:over|Over)\s+(?:this|last))\s+\Z")
#: "a week ago", "three days ago": counted back from the publication.
_AGO = re.compile(r"(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Tt]en|\d{1,2})\s+(?P<unit>days?|weeks?)\s+ago\b")
_AGO_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_LABEL = re.compile(r"^[ \t]*(?P<label>Published|Posted|Date|Updated|Update)\b[^\n]*", re.M | re.I)
#: A word each of _LABEL's labels holds ("Updated": "date"), in any case: a cheap test before the pattern.
_LABEL_WORDS = ("published", "posted", "date")

_Resolved = tuple[dt.date | None, int, str, str]  # date, precision, kind, note
_Groups = dict[str, str | None]
#: A rule: its core pattern, the words it may take before it, whether those are required, its resolver, and words one of which
#: every text it can match holds (or None): a substring test before a pattern whose first letters are common ("a week ago"), or
#: that opens with a look-behind and so is tried at every position of the text (the holidays).
_Rule = tuple[re.Pattern[str], re.Pattern[str] | None, bool, Callable[[_Groups, str, dt.date | None], _Resolved | None],
              tuple[str, ...] | None]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date mentioned in text: where it is, what it says and what it resolves to.

    ``start`` and ``end`` are offsets into the text given plus the ``offset`` argument, so that
    ``text[start - offset:end - offset] == self.text``. ``date`` is ``None`` (and ``resolved``
    false) when the mention cannot be resolved; ``note`` then says why.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: int
    kind: str
    resolved: bool
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind was {self.kind!r} but is expected to be one of {KINDS}")
        if self.precision not in (1, 2, 3):
            raise ValueError(f"precision was {self.precision!r} but is expected to be 1 (day), 2 (week) or 3 (month)")
        if not 0 <= self.start <= self.end or self.end - self.start != len(self.text):
            raise ValueError(f"start, end were {self.start!r}, {self.end!r} but do not span text {self.text!r}")
        if self.resolved != (self.date is not None):
            raise ValueError(f"resolved was {self.resolved!r} but date is {self.date!r}: a resolved mention has a date")


def weekday_before(published: dt.date, weekday: int) -> dt.date:
    """The latest ``weekday`` (0 Monday ... 6 Sunday) on or before ``published``.

    >>> weekday_before(dt.date(2024, 2, 5), 6)   # a Monday report's "Sunday"
    datetime.date(2024, 2, 4)
    >>> weekday_before(dt.date(2024, 2, 2), 4)   # a Friday report's "Friday" is that day
    datetime.date(2024, 2, 2)
    >>> weekday_before(dt.date(2024, 2, 2), 7)
    Traceback (most recent call last):
    ValueError: weekday was 7 but is expected to be 0 (Monday) to 6 (Sunday)
    """
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise ValueError(f"weekday was {weekday!r} but is expected to be 0 (Monday) to 6 (Sunday)")
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def publication_date(text: str) -> DateMention | None:
    """The article's own date: from a ``Published``/``Posted``/``Date`` line, else an ``Updated``
    line, else the first full date (with a year) in the first 400 characters; ``None`` if none.

    >>> publication_date("Strikes hit Syria\\nUpdate: February 2, 2024\\nBy staff").date
    datetime.date(2024, 2, 2)
    >>> publication_date("Monday, 5 February 2024 | World").text
    'Monday, 5 February 2024'
    >>> publication_date("WASHINGTON, Feb 2 (Reuters) - no year, so no date") is None
    True
    >>> publication_date("Washington, DC [US], February 3 (ANI): it followed the January 28, 2024 attack.").date
    datetime.date(2024, 2, 3)
    >>> publication_date("BAGHDAD, Jan 5 (Reuters) - attacks since October 2023 ...").date
    datetime.date(2024, 1, 5)
    >>> publication_date("Washington, Dec 3 (AFP) Dec 03, 2024 US forces destroyed rocket launchers.").date
    datetime.date(2024, 12, 3)
    >>> publication_date("On 8 November 2023, U.S. forces struck a weapons storage facility in eastern Syria, officials said.") is None
    True
    >>> publication_date("Feb 6, 2024 - Iran-backed militants have attacked US forces at least three times since the US struck Iraq.").date
    datetime.date(2024, 2, 6)
    >>> publication_date("") is None
    True
    """
    _check_text(text)
    # (_LABEL opens with "^", re.M, and matches no empty string: tried at the lines' starts only)
    labelled = sorted(line_matches(_LABEL, text) if contains_any(text, _LABEL_WORDS) else (),
                      key=lambda m: m["label"].lower().startswith("update"))
    for line in labelled:
        found = _first_full_date(text, line.start(), line.end(), f"publication date from the {line['label']!r} line")
        if found:
            return found
    head = min(len(text), _HEAD)
    filed = _filed(text, head)
    if filed is not None:
        return filed
    found = _first_full_date(text, 0, head, "publication date from the header")
    if found is not None:  # a date line or a byline, not a lede's "On 8 November 2023, U.S. forces struck ..."
        line_start = text.rfind("\n", 0, found.start) + 1
        line = text[line_start:(text.find("\n", found.end) + 1 or len(text) + 1) - 1]
        dateline = not text[line_start:found.start].strip() and _DASH_AFTER.match(text, found.end) is not None
        if len(line.strip()) > _DATE_LINE and not dateline:  # "Feb 6, 2024 - Militants ...": a dateline opens the text
            found = None
    if found is None and (stamp := header_stamp(text, head)) is not None:
        # the forms pages print their date in: "2023-10-30T07:27:54+00:00", "05-11-2023", "Updated: AUGUST 6, 2024 06:31"
        s, e, day, how = stamp
        found = _mention(text, s, e, (day, 1, "absolute", f"publication date from {how} in the header"), 0)
    return found


_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")
#: A dash or colon after a date that opens a line: the date is the text's dateline ("Feb 6, 2024 - ...").
_DASH_AFTER = re.compile(r"\s*(?:[-–—:|]|--)\s")
#: A line longer than this is prose: a full date in it is an event's, not the page's.
_DATE_LINE = 80
#: News agencies named in datelines: "BAGHDAD, Oct. 22 (Xinhua) --", "Baghdad (Reuters) –".
NEWS_AGENCIES = ("ANI", "IANS", "PTI", "Xinhua", "AFP", "AP", "Reuters", "UPI", "WAM", "KUNA", "IRNA", "SANA", "dpa", "Anadolu", "AA", "NNA",
                 "NNN-NINA", "NINA", "INA", "VOA", "ISNA", "Mehr", "Tasnim", "EFE", "TASS", "ANSA", "Sputnik", "SPA", "QNA", "BNA",
                 "AzerTac", "Trend")
#: An agency dateline, its place, day and agency: "BAGHDAD, Oct. 22 (Xinhua) --", "Washington, DC [US], January 29 (ANI):"; the
#: agency may be left out where the text follows the day at once: "Jerusalem, Oct 5 Two Israeli soldiers have been killed" (IANS).
AGENCY_DATELINE = re.compile(
    r"^[ \t]*(?:\([^()\n]{2,40}\)\s*)?(?!(?:On|In|At|By|Since|Last|Early|Late|Until)\b)"
    r"(?P<where>[A-Z][\w.'’-]+(?:[ /][A-Z][\w.'’-]+){0,3}(?:,\s*[A-Z][\w.]{1,12})?"
    r"(?:\s*\[[^\]\n]{1,20}\])?),\s*"  # a page's credit may come first: "(MENAFN- Nam News Network) BAGHDAD, May 8 (NNN-NINA) –"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s*\d{1,2}(?:,\s*\d{4})?)(?:\s*"
    rf"\((?:{'|'.join(NEWS_AGENCIES)}|[A-Z]{{2,6}}(?:[-/][A-Z]{{2,6}})?)\)\s*(?:\.?[:\-–—]{{1,2}}|(?=[A-Z]))|[ \t]+(?=[A-Z][a-z]*\s))", re.M)
#: "Baghdad, Oct 26 (EFE).-", "Baghdad, Apr 22 (UNI) Five rockets were fired": any agency's capitals, the text right after


def _filed(text: str, head: int) -> DateMention | None:
    """The day of an agency dateline, its year taken so that it falls on or after the latest dated
    event the article names with a year (a report is filed after what it reports); ``None`` when
    the article names no year."""
    m = AGENCY_DATELINE.search(text, 0, head)
    if m is None:
        return None
    years = [r[0] for _, _, r in _scan(text, _RULES, None, 0, len(text)) if r[0] is not None]  # "January 28, 2024", "since October 2023"
    if not years:  # no date with a year: a year named anywhere ("© 2024") bounds it from below
        named = [int(y) for y in _YEAR_WORD.findall(text) if _YEARS[0] <= int(y) <= _YEARS[1]]
        if not named:
            return None
        years = [dt.date(max(named), 1, 1)]
    anchor = max(years) + dt.timedelta(days=365)
    found = [(s, e, r) for s, e, r in _scan(text, _ABSOLUTE, anchor, m.start("date"), m.end("date")) if r[0] is not None]
    if not found:
        return None
    s, e, r = found[0]
    day = r[0]
    # the earliest such day on or after the latest dated event: "Washington, Dec 3 (AFP) Dec 03, 2024" is 3 December 2024,
    # not the year after (the anchor is a year past that event so that the dateline may fall in the next year)
    while day.month != 2 or day.day != 29:
        earlier = day.replace(year=day.year - 1)
        if earlier < max(years):
            break
        day = earlier
    return _mention(text, s, e, (day, 1, "absolute", f"publication date from the dateline, the year from {max(years).isoformat()}"), 0)


def find_dates(text: str, *, published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Date mentions in ``text``, sorted by start, non-overlapping (the longest match wins).

    Parameters
    ----------
    text : str
        A sentence or an article.
    published : datetime.date or None
        The publication date relative dates resolve against (a ``datetime`` is taken as its date).
        ``None`` for an article without a date: relative mentions come back unresolved.
    offset : int, default 0
        Added to every ``start`` and ``end`` (the position of ``text`` in a larger document).

    Returns
    -------
    list of DateMention

    Examples
    --------
    >>> pub = dt.date(2024, 1, 10)
    >>> [(m.text, str(m.date), m.precision, m.kind) for m in find_dates("Attacks since Oct. 17 and a strike on Dec. 25.", published=pub)]
    [('since Oct. 17', '2023-10-17', 1, 'since'), ('on Dec. 25', '2023-12-25', 1, 'absolute')]
    >>> m, = find_dates("Officials said on Sunday that troops may march.", published=None)
    >>> m.date, m.resolved, m.note
    (None, False, "no publication date: cannot resolve 'on Sunday'")
    >>> [(m.text, str(m.date), m.precision) for m in find_dates("Last week and in January 2020.", published=dt.date(2024, 2, 5))]
    [('Last week', '2024-02-01', 2), ('in January 2020', '2020-01-15', 3)]
    >>> find_dates("The drone hit Tower 22.", published=pub)
    []
    >>> [(m.text, str(m.date)) for m in find_dates("a Christmas Day attack on an airbase", published=dt.date(2023, 12, 27))]
    [('Christmas Day', '2023-12-25')]
    >>> [(m.text, str(m.date)) for m in find_dates("one was killed on Christmas, after a drone", published=dt.date(2023, 12, 26))]
    [('on Christmas', '2023-12-25')]
    >>> [(m.text, str(m.date), m.precision) for m in find_dates("A week ago the group hit Eilat; three days ago, Haifa.", published=pub)]
    [('A week ago', '2024-01-03', 2), ('three days ago', '2024-01-07', 1)]
    >>> find_dates("x", published=pub, offset=-1)
    Traceback (most recent call last):
    ValueError: offset was -1 but is expected to be an int >= 0
    """
    _check_text(text)
    published = _check_published(published)
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset was {offset!r} but is expected to be an int >= 0")
    return _coordinated([_mention(text, s, e, r, offset) for s, e, r in longest_first(_scan(text, _RULES, published, 0, len(text)))],
                        text, offset)


#: Two days told as one: "On November 9 and 11", "21 and 22 November", "on Tuesday and Wednesday" (not "between ... and").
_DAYS_AFTER = re.compile(rf"(?:{_MON})\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.,]?\d)")
#: (a chronology lists its days with a comma: "Islamic Resistance in Iraq 18, 20 Aug claimed attacks")
#: (its first digit first, "\b" read behind it: a pattern that opens with a class is skipped to its candidates, one that opens with
#: "\b" is tried at every position)
_DAYS_BEFORE = re.compile(rf"(?P<d1>\d(?<!\w\d)\d?)(?:st|nd|rd|th)?(?:\s+and|,)\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MON})")
#: Before a pair of days, a span, not two days: "between Monday and Tuesday"; between two days, the word that joins them.
_BETWEEN_DAY = re.compile(r"\bbetween\s+\S*\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND_DAY = re.compile(r"\s+and\s+(?:on\s+)?")
#: The note of a day told with another: "coordinated with 2023-11-09".
COORDINATED = "coordinated with "


def _coordinated(found: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """Adds the second day of "November 9 and 11" (or the first of "21 and 22 November") as a
    mention of its own, and notes of two days joined by "and" that each is told with the other.

    >>> [(m.text, str(m.date), m.note[:27]) for m in find_dates("On November 9 and 11, the base was attacked.", published=dt.date(2023, 11, 20))]
    [('On November 9', '2023-11-09', 'year from publication 2023-'), ('11', '2023-11-11', 'coordinated with 2023-11-09')]
    """
    if (" and " not in text and ", " not in text) or len(found) == 0:
        return found
    out = list(found)
    # (each pair's other day is added to a day told at day precision: with none, the patterns are not tried)
    pairs = ((_DAYS_AFTER, "d2"), (_DAYS_BEFORE, "d1")) if any(d.precision == 1 and d.date is not None for d in found) else ()
    for pattern, group in pairs:
        for m in pattern.finditer(text):
            if group == "d1" and int(m["d1"]) >= int(m["d2"]):
                continue  # a list's days go forward: not "killed 5, 20 Aug"
            told = next((d for d in found if d.precision == 1 and d.date is not None
                         and d.start - offset <= m.end() and m.start() < d.end - offset), None)
            if told is None or _BETWEEN_DAY.search(text, max(0, m.start() - 12), m.start()):
                continue
            try:
                other = told.date.replace(day=int(m.group(group)))
            except ValueError:
                continue
            s, e = m.span(group)
            if any(d.start - offset < e and s < d.end - offset for d in out):
                continue
            out.append(DateMention(s + offset, e + offset, text[s:e], other, 1, "absolute", True, f"{COORDINATED}{told.date.isoformat()}"))
    out.sort(key=lambda d: d.start)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (a.precision == b.precision == 1 and a.date is not None and b.date is not None and a.date != b.date
                and not b.note.startswith(COORDINATED) and _AND_DAY.fullmatch(text, a.end - offset, b.start - offset)
                and not _BETWEEN.search(text, max(0, a.start - offset - 10), a.start - offset)):
            out[i] = replace(b, note=f"{COORDINATED}{a.date.isoformat()}" + (f"; {b.note}" if b.note else ""))
    return out


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text was {type(text).__name__} {text!r:.60} but is expected to be a str")


def _check_published(published: object) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date) or not _YEARS[0] <= published.year <= _YEARS[1]:
        raise ValueError(f"published was {published!r} but is expected to be None or a datetime.date in the years {_YEARS[0]}-{_YEARS[1]}")
    return published


def _mention(text: str, s: int, e: int, r: _Resolved, offset: int) -> DateMention:
    date, precision, kind, note = r
    return DateMention(s + offset, e + offset, text[s:e], date, precision, kind, date is not None, note)



def _scan(text: str, rules: tuple[_Rule, ...], published: dt.date | None, lo: int, hi: int) -> list[tuple[int, int, _Resolved]]:
    """Every candidate mention whose core starts in ``text[lo:hi]``, prefixes included."""
    found = []
    end = min(len(text), hi + 40)
    # the words a rule needs lie in what it reads: a core in text[lo:end], the words before it up to _BACK before lo
    read = text if lo <= _BACK and end == len(text) else text[max(0, lo - _BACK):end]
    for core, before, required, resolve, needs in rules:
        if needs is not None and not (has_digit(read) if needs is _A_DIGIT else has_any(read, needs)):
            continue
        for m in core.finditer(text, lo, end):
            s = m.start()
            if s >= hi or s and (text[s - 1].isalnum() or text[s - 1] == "_" or m[0][0].isdigit() and text[s - 1] in ".,:/-"):
                continue  # inside a word or a number ("B-1", "1,200")
            b = before.search(text, max(0, s - _BACK), s) if before else None
            if required and b is None:
                continue
            start = b.start() if b else s
            r = resolve({**m.groupdict(), **(b.groupdict() if b else {})}, text[start:m.end()], published)
            if r is None and b is not None and not required:  # the words before do not belong to it ("the overnight strikes")
                start, r = s, resolve(m.groupdict(), m[0], published)
            if r is not None:
                found.append((start, m.end(), r))
    return found


def _first_full_date(text: str, lo: int, hi: int, note: str) -> DateMention | None:
    found = [(s, e, r) for s, e, r in _scan(text, _ABSOLUTE, None, lo, hi) if r[0] is not None and r[2] == "absolute"]
    if not found:
        return None
    s, e, r = min(found, key=lambda f: (f[0], -f[1]))
    return _mention(text, s, e, (r[0], 1, "absolute", note), 0)


def _notes(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _unresolved(said: str, precision: int, kind: str) -> _Resolved:
    return None, precision, kind, f"no publication date: cannot resolve {said!r}"


def _cap(d: dt.date, first: dt.date, last: dt.date, published: dt.date | None) -> tuple[dt.date, str]:
    """The middle day ``d`` of a period, but not after a publication date that falls inside it."""
    if published is not None and first <= published <= last and d > published:
        return published, f"capped at publication {published}"
    return d, ""


def _since(g: _Groups, kind: str) -> tuple[str, str]:
    return ("since", "range start") if (g.get("pre") or "").lower() == "since" else (kind, "")


def _infer_year(published: dt.date, month: int, day: int) -> int | None:
    for year in range(published.year, published.year - 8, -1):
        try:
            if dt.date(year, month, day) <= published + dt.timedelta(days=1):  # a day ahead: filed from a time zone behind
                return year
        except ValueError:  # 29 February in a common year
            continue
    return None


def _absolute(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    month, day = int(g["m"]) if g.get("m") else MONTHS[g["mon"].rstrip(".").lower()], int(g["d"])
    kind, note = _since(g, "absolute")
    year = int(g["y"]) if g["y"] else None
    if year is None and published is not None and g.get("ly"):
        year, note = published.year - 1, _notes(note, f"'last year' from publication {published}")
    elif year is None and published is not None:
        year, note = _infer_year(published, month, day), _notes(note, f"year from publication {published}")
    try:
        date = dt.date(year or 2000, month, day)  # 2000 is a leap year: validates 29 February
    except ValueError:
        return None  # "Feb 30" is not a date
    if year is None:
        return None, 1, kind, _notes(note, f"no publication date: cannot resolve the year of {said!r}")
    if g.get("wd") and g["wd"].lower() != WEEKDAYS[date.weekday()]:
        note = _notes(note, f"the text says {g['wd']} but {date} is a {WEEKDAYS[date.weekday()].title()}")
    return date, 1, kind, note


def _month(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    if g.get("d"):
        return _absolute(g, said, published)
    part = g.get("part")
    if not (g["y"] or part or ((g.get("pre") or "").lower() in ("in", "during", "since", "from", "until", "by") or g.get("what"))
            and g["mon"] != "May"):
        return None  # "March on", "May": a verb or a name without a cue
    month = MONTHS[g["mon"].rstrip(".").lower()]
    kind, note = _since(g, "month")
    note = _notes(note, f"{part.lower()} {_MONTH_NAMES[month - 1].title()}: recorded as the 15th (month precision)" if part else "")
    if g["y"]:
        year = int(g["y"])
    elif published is None:
        return _unresolved(said, 3, kind)
    elif g.get("ly"):
        year, note = published.year - 1, _notes(note, f"'last year' from publication {published}")  # "in October last year"
    else:
        year, note = published.year - (month > published.month), _notes(note, f"year from publication {published}")
    return _month_middle(year, month, published, kind, note)


def _month_middle(year: int, month: int, published: dt.date | None, kind: str, note: str) -> _Resolved:
    first = dt.date(year, month, 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    date, capped = _cap(dt.date(year, month, 15), first, last, published)
    return date, 3, kind, _notes(note, capped)


def _weekday(g: _Groups, said: str, published: dt.date | None) -> _Resolved:
    kind, note = _since(g, "weekday")
    if published is None:
        return _unresolved(said, 1, kind)
    date = weekday_before(published, WEEKDAYS.index(g["wd"].lower()))
    if (g.get("pre") or "").lower() == "last" and date == published:
        date -= dt.timedelta(days=7)
    return date, 1, kind, _notes(note, f"weekday relative to publication {published}")


def _ago(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    n = _AGO_COUNT.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else 0)
    weeks = g["unit"].startswith("week")
    if not n or n > (8 if weeks else 30):
        return None
    if published is None:
        return _unresolved(said, 2 if weeks else 1, "week" if weeks else "relative")
    back = n * 7 if weeks else n
    return published - dt.timedelta(days=back), 2 if weeks else 1, "week" if weeks else "relative", f"{said!r} before publication {published}"


def _relative(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    kw, mod = g["kw"].lower(), " ".join((g.get("mod") or "").lower().split())
    if g.get("wk") is not None and not mod:
        mod = "the"  # "a weekend attack": the weekend's
    if mod == "earlier in the":
        if kw not in ("month", "year"):
            return None  # not "earlier in the week" (said of a week before as often as of this one)
        mod = "earlier this"  # "happened earlier in the month": earlier this month
    if mod.endswith(" of last"):
        mod = "late last" if mod.startswith("the end") else "early last"  # "the end of last year", "the beginning of last year"
    if kw != "year" and mod.startswith(("early ", "late ")):
        mod = mod.split(" ", 1)[1]  # "early this morning", "early this week": this morning, this week
    if kw in ("week", "weekend", "month"):
        return _period(kw, mod, said, published)
    if kw == "year":
        return _relyear(mod, said, published)
    if mod not in {"night": ("last",), "morning": ("this",), "afternoon": ("this",), "evening": ("this",)}.get(kw, ("", "earlier", "later")):
        return None  # "last night", "this morning", "earlier today"; not "the night" or "last morning"
    if published is None:
        return _unresolved(said, 1, "relative")
    back = int(kw == "yesterday" or mod == "last")
    return published - dt.timedelta(days=back), 1, "relative", f"relative to publication {published}"


def _period(kw: str, mod: str, said: str, published: dt.date | None) -> _Resolved | None:
    if kw == "month":
        return _relmonth(mod, said, published)
    if not mod or kw == "week" and mod in ("the", "over the", "over this", "over last", "earlier", "later"):
        return None  # "the week", "a week": no anchor
    if published is None:
        return _unresolved(said, 2, "week")
    monday = published - dt.timedelta(days=published.weekday())
    if kw == "weekend":
        back = 7 if mod.endswith("last") and published.weekday() >= 5 else 0
        return weekday_before(published, 5) - dt.timedelta(days=back), 2, "week", f"weekend (Saturday recorded) relative to publication {published}"
    if "past" in mod:
        return published - dt.timedelta(days=3), 2, "week", f"the seven days to publication {published}"
    if mod == "last":
        return monday - dt.timedelta(days=4), 2, "week", f"Thursday of the week before publication {published}"
    if mod == "earlier this":  # the days of the week before the publication's: their middle
        last = max(monday, published - dt.timedelta(days=1))
        return monday + (last - monday) // 2, 2, "week", f"the middle of the days before publication {published} in its week"
    date, capped = _cap(monday + dt.timedelta(days=3), monday, monday + dt.timedelta(days=6), published)
    return date, 2, "week", _notes(f"Thursday of the publication week {published}", capped)


def _relmonth(mod: str, said: str, published: dt.date | None) -> _Resolved | None:
    if not mod.endswith(("this", "last")):
        return None  # "the month", "the past month", "a month"
    if published is None:
        return _unresolved(said, 3, "month")
    year, month = published.year, published.month
    if mod == "last":
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return _month_middle(year, month, published, "month", f"relative to publication {published}")


def _relyear(mod: str, said: str, published: dt.date | None) -> _Resolved | None:
    """ "earlier this year" (the middle of the year's days before the publication) and "last year"
    (its 1 July), at month precision; "this year" alone dates nothing ("attacks this year")."""
    if mod not in ("earlier this", "early this", "last", "late last", "early last"):
        return None
    if published is None:
        return _unresolved(said, 3, "year")
    if mod.endswith("last"):
        month = {"late last": 11, "early last": 2}.get(mod, 7)
        return (dt.date(published.year - 1, month, 15 if month != 7 else 1), 3, "year",
                f"{mod} year from publication {published}: recorded at month precision")
    first = dt.date(published.year, 1, 1)
    return first + (published - first) // 2, 3, "year", f"earlier in the year of publication {published}: the middle of its days before it"


def _numeric(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    if g["m"]:
        return _absolute(g, said, published)
    if (g.get("pre") or "").lower() not in ("in", "during", "since"):
        return None  # a bare number: "2020 people"
    year = int(g["y"])
    kind, note = _since(g, "year")
    month = {"early": 2, "late": 11}.get(g.get("part") or "", 7)  # "in early 2020": its first months, not its middle
    date, capped = _cap(dt.date(year, month, 1), dt.date(year, 1, 1), dt.date(year, 12, 31), published)
    told = {2: f"{g['part']} in a year: 1 February", 11: f"{g['part']} in a year: 1 November"}.get(month, "a year: 1 July")
    return date, 3, kind, _notes(note, f"{told} recorded at month precision", capped)


#: A day told in figures with its year, as the groups' statements give it: "Wednesday 27/3/2024", "on 03/26/2024", "Tuesday,
#: 20-3-2024" (one mark between the figures, slash or dash).
_SLASHED = re.compile(r"(?P<a>[12]\d|3[01]|0?[1-9])(?P<sep>[/-])(?P<b>[12]\d|3[01]|0?[1-9])(?P=sep)(?P<y>20\d\d)\b(?![/\d-])")


def _slashed(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    """Day first ("27/3/2024") or month first ("3/24/2024"), whichever the figures allow; when both do ("3/4/2024"), the one
    nearer the publication and not after it."""
    a, b, year = int(g["a"]), int(g["b"]), int(g["y"])
    readings = []
    for month, day in ((b, a), (a, b)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    if published is not None and len(readings) == 2 and readings[0] != readings[1]:
        # "Monday 3/4/2024": the reading whose weekday the text gives, then the one nearest the publication and not after it
        told = (g.get("wd") or "").lower()
        readings.sort(key=lambda d: (bool(told) and WEEKDAYS[d.weekday()] != told, d > published + dt.timedelta(days=1),
                                     abs((published - d).days)))
    date = readings[0]
    kind, note = _since(g, "absolute")
    if g.get("wd") and g["wd"].lower() != WEEKDAYS[date.weekday()]:
        note = _notes(note, f"the text says {g['wd']} but {date} is a {WEEKDAYS[date.weekday()].title()}")
    return date, 1, kind, note


#: A day of the month told alone: "Also on the 20th Iran-backed groups launched ...", within the month of publication or
#: the one before (not "the 12th Brigade", "the 20th attack", "the 20th of January", which is a date of its own).
_ORDINAL_DAY = re.compile(r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Z]\w*\s+(?:Brigade|Division|Regiment|Battalion|"
                          r"Army|Corps)\b|(?i:attacks?|strikes?|anniversary|time|floor|brigade|division|regiment|battalion|army|corps|round|"
                          r"day|days|hour|century|year|week|month|consecutive|such|straight|in\s+a\s+row)\b)|-)")
_ORDINAL_BEFORE = re.compile(r"\b(?P<pre>on|On)\s+the\s+\Z")


def _ordinal_day(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    if published is None:
        return _unresolved(said, 1, "absolute")
    day = int(g["d"])
    year, month = published.year, published.month
    if day > published.day:  # "on the 28th", told on the 2nd: the month before
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, day), 1, "absolute", f"day of the month from publication {published}"
    except ValueError:
        return None


#: Days named by their holiday: "a Christmas Day attack on an airbase in Iraq", "wounded on Christmas", "on Christmas night".
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
             "new year's eve": (12, 31), "christmas": (12, 25), "eve": (12, 31)}
_HOLIDAY = re.compile(r"(?P<hol>Christmas\s+(?:Day|Eve)|(?<=\bon )Christmas(?=\s+(?:morning|night|evening)\b|[\s,.;]|$)(?!\s+(?:Day|Eve)\b)|"
                      # "Biden was spending Christmas at Camp David when the drone struck the Erbil air base": the day itself
                      r"(?<=\bspending )Christmas(?=[^.;]{0,40}\bwhen\b)|"
                      r"Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|(?<=\b[Tt]he )eve(?=\s+of\s+(?:the\s+new\s+year|20\d\d)\b)|"
                      r"Thanksgiving\s+Day|(?<=\bon )Thanksgiving(?=[\s,.;]|$)(?!\s+(?:Day|dinner|meal|holiday|weekend)\b))")
#: A word each holiday :data:`_HOLIDAY` reads holds ("New Year's Day": "Year"; "the eve of 2024": "he eve"), as written.
_HOLIDAY_WORDS = ("Christmas", "Boxing", "Year", "he eve", "Thanksgiving")
#: The US holiday whose day moves: the fourth Thursday of November ("On Thanksgiving Day, ... drones were launched").
_THANKSGIVING = "thanksgiving"


def _holiday(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    name = re.sub(r"\s+", " ", g["hol"]).replace("’", "'").lower()
    if name.startswith(_THANKSGIVING):
        found = _absolute({**g, "m": "11", "d": "22", "y": None}, said, published)  # the year, as for any day of late November
        if found is None or found[0] is None:
            return found
        first = dt.date(found[0].year, 11, 1)
        day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return (day, *found[1:])
    month, day = _HOLIDAYS[name]
    return _absolute({**g, "m": str(month), "d": str(day), "y": None}, said, published)


#: A rule's ``needs`` that is no word but a decimal digit, in any script (:func:`has_digit`): "7 October" opens with one.
_A_DIGIT = ("\\d",)
_ABSOLUTE: tuple[_Rule, ...] = ((_MONTH, _MONTH_BEFORE, False, _month, None), (_DM, _DM_BEFORE, False, _absolute, _A_DIGIT),
                               (_NUMERIC, _NUMERIC_BEFORE, False, _numeric, ("19", "20")),  # (a year opens with either)
                               (_HOLIDAY, _NUMERIC_BEFORE, False, _holiday, _HOLIDAY_WORDS),
                               (_SLASHED, _DM_BEFORE, False, _slashed, ("/20", "-20")),
                               (_ORDINAL_DAY, _ORDINAL_BEFORE, True, _ordinal_day, ("n the ",)))
#: "the past 24 hours saw US forces ... come under rocket attack": the day of publication.
_LAST_DAY = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours\b")


def _last_day(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    if published is None:
        return _unresolved(said, 1, "relative")
    return published, 1, "relative", f"{said!r}: the day of publication {published}"


#: A week of a month counted from its start or end: "during the first week of August", "in the last week of October 2023".
_WEEK_OF = re.compile(rf"(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{_MON})(?:,?\s+{_YEAR})?")
_WEEK_OF_BEFORE = re.compile(r"\b(?P<pre>the|The)\s+\Z")


def _week_of(g: _Groups, said: str, published: dt.date | None) -> _Resolved | None:
    """The middle day of a month's first (its 4th), second, third or fourth week, or of its last seven days, at week precision."""
    month = MONTHS[g["mon"].rstrip(".").lower()]
    if g["y"]:
        year = int(g["y"])
    elif published is None:
        return _unresolved(said, 2, "week")
    else:
        year = published.year - (month > published.month)
    nth = g["nth"].lower()
    if nth in ("last", "final"):
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        first = last - dt.timedelta(days=6)
    else:
        first = dt.date(year, month, 1 + 7 * ("first", "second", "third", "fourth").index(nth))
    date, capped = _cap(first + dt.timedelta(days=3), first, first + dt.timedelta(days=6), published)
    return date, 2, "week", _notes(f"the {nth} week of {_MONTH_NAMES[month - 1].title()} {year}: its middle day", capped)


_RULES: tuple[_Rule, ...] = (*_ABSOLUTE, (_WEEKDAY, _WEEKDAY_BEFORE, False, _weekday, None),
                              (_RELATIVE, _RELATIVE_BEFORE, False, _relative, _RELATIVE_WORDS), (_AGO, None, False, _ago, ("ago",)),
                              (_LAST_DAY, None, False, _last_day, (" hours",)), (_WEEK_OF, _WEEK_OF_BEFORE, True, _week_of, ("week of",)))
