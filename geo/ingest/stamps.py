"""Page date stamps: the forms outlets print their story's date in at the top of a page, which the
date rules for prose do not read ("2023-10-30T07:27:54+00:00", "05-11-2023", "Updated: AUGUST 6,
2024 06:31", "27 December,2023", "04-Jan-2024", a URL's "/20231118/", "BAGHDAD, February 8, 2024 —").

Only the header is read, and only a stamp: a date on a short line, a date with a time of day after
it, a date after a word that labels it ("Updated", "Post At"), a URL's date or a dateline's.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["header_stamp"]

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_Y = r"(?P<y>20\d\d)"
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"
#: A line this short is a date line or a byline, not prose.
_SHORT = 80
#: A time of day after a date: "06:31", "11:20", "01:59 PM".
_TIME_AFTER = re.compile(r"[,|\s]*(?:\d{1,2}:\d{2}|\d{1,2}\s*[AP]M\b)", re.I)
#: A word that labels a date: "Updated on:", "Post At:", "Published", "Posted".
_LABEL_BEFORE = re.compile(r"\b(?:updated|published|posted|post\s+at|date|min(?:ute)?s?\s+read)\b[^\n\d]{0,12}$", re.I)
#: A date set off by bars: "U.S. launches new round of airstrikes in Iraq | 24 Jan 2024 | The U.S. military ...".
_BAR_BEFORE = re.compile(r"\|\s*$")
_BAR_AFTER = re.compile(r"\s*\|")
#: A dateline's place before a date: "BAGHDAD, February 8, 2024 —".
_DATELINE_BEFORE = re.compile(r"^[ \t]*[A-Z][A-Za-z.'’ -]{1,40},\s*$", re.M)
_DASH_AFTER = re.compile(r"\s*(?:[-–—|]|--)")

#: Unambiguous wherever they stand in the header: ISO stamps and a URL's date.
#: (_ISO, as _FIGURES, opens with a figure and tells that it starts a number by a look-behind after it: ``re`` then skips to the
#: figures, where a leading ``\\b`` or look-behind makes it try every position of the header.)
_ISO = re.compile(r"(?P<y>2(?<!\w2)0\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?=[T ]\d\d:\d\d)")  # \b{_Y}-mm-dd
_URL = re.compile(rf"https?://\S*?/{_Y}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])/")
#: Read only as a stamp (see the module docstring).
_NAMED = (re.compile(rf"\b{_D}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?{_MON}[,\s-]*{_Y}\b", re.I),  # "27 December,2023", "04-Jan-2024"
          re.compile(rf"\b{_MON}\s+{_D}(?:st|nd|rd|th)?(?:,\s*|\s+|/){_Y}\b", re.I))  # "AUGUST 6, 2024", "Aug 13/2024"
_FIGURES = re.compile(r"(?P<a>\d(?<![\d/.-]\d)\d?)(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<y>20\d\d)(?![\d])")  # a: (?<![\d/.-])\d{1,2}


def header_stamp(text: str, head: int) -> tuple[int, int, dt.date, str] | None:
    """The first date stamp in ``text[:head]``: its start, end, date and how it was read; ``None`` if none.

    >>> header_stamp("Shafaq News\\n15 missiles hit US base 2023-10-30T07:27:54+00:00\\n", 400)[2]
    datetime.date(2023, 10, 30)
    >>> header_stamp("Iraqi militia claims to target US forces\\n\\n05-11-2023\\nRudaw", 400)[2]
    datetime.date(2023, 11, 5)
    >>> header_stamp("By JERUSALEM POST STAFF\\nUpdated: AUGUST 6, 2024 06:31\\n\\nUS Defense Secretary", 400)[2]
    datetime.date(2024, 8, 6)
    >>> header_stamp("US strike on a commander\\n\\nBAGHDAD, February 8, 2024 — Following the US strike on a commander of the "
    ...              "militia in Baghdad, Iraq called for the coalition to leave.", 400)[2]
    datetime.date(2024, 2, 8)
    >>> header_stamp("U.S. Department of State\\n\\n08/12/2024 | Press release", 400)[2]
    datetime.date(2024, 8, 12)
    >>> header_stamp("The strike on 5 January 2024 killed a commander of the group in eastern Baghdad, officials said on Friday.", 400)
    """
    hay = text[:head]
    found = []
    for pattern, note in ((_ISO, "a time stamp"), (_URL, "the page's address")):
        found += [(m.start(), m.end(), _date(int(m["y"]), int(m["m"]), int(m["d"])), note) for m in pattern.finditer(hay)]
    for pattern in _NAMED:
        for m in pattern.finditer(hay):
            if _stamp_at(hay, m.start(), m.end()):
                found.append((m.start(), m.end(), _date(int(m["y"]), _MONTHS[m["mon"][:3].lower()], int(m["d"])), "a date line"))
    for m in _FIGURES.finditer(hay):
        if _stamp_at(hay, m.start(), m.end()):
            a, b = int(m["a"]), int(m["b"])
            # day first where the figures allow ("05-11-2023", "27/11/2025"); with slashes and both readable, month first as
            # US pages print them ("08/12/2024")
            month_first = a <= 12 and (b > 12 or (m["sep"] == "/" and b <= 12))
            found.append((m.start(), m.end(), _date(int(m["y"]), a if month_first else b, b if month_first else a), "a date line"))
    found = [f for f in found if f[2] is not None]
    return min(found, key=lambda f: f[0]) if found else None


def _stamp_at(hay: str, start: int, end: int) -> bool:
    """Whether the date at ``hay[start:end]`` is a stamp: alone on a short line, with a time after it, a label before it, or
    after a dateline's place and before its dash."""
    line_start = hay.rfind("\n", 0, start) + 1
    line_end = hay.find("\n", end)
    line = hay[line_start:line_end if line_end >= 0 else len(hay)]
    return (len(line.strip()) <= _SHORT or _TIME_AFTER.match(hay, end) is not None
            or _LABEL_BEFORE.search(hay, line_start, start) is not None
            or (_BAR_BEFORE.search(hay, line_start, start) is not None and _BAR_AFTER.match(hay, end) is not None)
            or (_DATELINE_BEFORE.match(hay, line_start, start) is not None and _DASH_AFTER.match(hay, end) is not None))


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
