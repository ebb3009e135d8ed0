"""The parts of a page that are not reporting: a photo's caption (which may be years old), and the
chrome a copied web page brings along (navigation, share buttons, "Breaking News", cookie and
government-site notices). Their sentences are read for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import Words, contains_any, line_matches

__all__ = ["captioned", "chrome_spans", "not_reporting", "photo_credit"]

_CAPTION = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Getty)[^)]{0,40}(?:Photo|Images|File)[^)]{0,40}\)|\b(?:AP|AFP|REUTERS|EPA)\s*(?:Photo)?/[A-Z][\w .'-]{2,40}"
    r"|\b(?:Photo|Image|Picture)\s*(?:credit)?\s*:|\bImage caption\b|\bFile photo\b|\bvia Getty Images\b|\bPhoto by\b"
    r"|^(?:This|A|The)\s+(?:handout\s+)?(?:picture|photo(?:graph)?|image)\s+(?:taken|released|obtained|made\s+available|shows)\b"
    r"|[(\[][A-Z][\w .'-]{2,40}/\s*(?:AFP|AP|Reuters|EPA|Getty|Anadolu|Xinhua)"  # "(Ayman HENNA / AFP)", "[Ahmed Saad/Reuters]"
    r"|\bin\s+this\s+(?:handout\s+)?(?:screen\s*grab|still\s+image|video\s+grab|picture|photo(?:graph)?|image)\b"
    r"|^\s*\(FILE\)|^\s*(?-i:FILE)\s*[-–—:]\s", re.I)  # "(FILE) The headquarters of ...", "FILE - U.S. soldiers ...": an archive photo's
_CHROME = re.compile(
    r"^(?:Accessibility links|Skip to (?:main )?content|Breaking News|Advertisement|Share (?:this|on)\b|Read more\b|Read More:|Related:|"
    r"Sign up\b|Subscribe\b|Follow us\b|Most read\b|Top stories\b|Current:\s*Home|Home\s*>|Menu\b(?!-)|Close\b(?!-|\s+to\b)|"
    r"Search\b(?!-|\s+(?:and|for|teams?|parties|operations?|efforts?)\b)|Listen to\b|"
    r"An official website of the United States government|Here's how you know|A \.mil website belongs|A lock \(|"
    r"Official websites use|Secure \.gov websites|We use cookies|This website uses cookies|Cookie|Copyright|©|All rights reserved|"
    # (not a sentence that opens with the word: "Close-range ballistic missile struck", "Close to midnight", "Search teams found")
    r"Back to top|Print\b(?!-)|Email\b(?!-)|Comments?\b(?!-)|(?:Next|Previous)\s*(?:article|post|story))", re.I)  # "Next articleHezbollah Drone ..."

#: The first three letters (in lower case) of each of _CHROME's alternatives but "©": a line whose opening is ASCII and none of these
#: cannot be chrome, a cheap test before the pattern (a line that opens with other characters is read by it).
_CHROME_OPENINGS = frozenset(("acc", "ski", "bre", "adv", "sha", "rea", "rel", "sig", "sub", "fol", "mos", "top", "cur", "hom", "men",
                              "clo", "sea", "lis", "an ", "her", "a .", "a l", "off", "sec", "we ", "thi", "coo", "cop", "all", "bac",
                              "pri", "ema", "com", "nex", "pre"))


#: A photo caption's end: the place and day it was taken, "..., Damascus, Syria, April 2, 2024." (not "on Monday, April 1, 2024").
#: Reuters writes the country and the day without a comma between them: "..., Iraq's Kurdistan region, Iraq July 16, 2025".
_CAPTION_END = re.compile(r",\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+"
                          r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+"
                          r"\d{4}\.?$")


def _year_last(text: str) -> bool:
    """Whether ``text`` can end as :data:`_CAPTION_END` does, with four digits (a year) and maybe a full stop: a cheap test before
    the pattern. (``isdigit`` holds for every character ``\\d`` matches, and for some more.)"""
    return (text[:-1] if text[-1:] == "." else text)[-4:].isdigit()


#: A photo caption told in the present: "People watch as a vehicle that was hit ...", "Israeli police investigate the scene of ...".
_CAPTION_SCENE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?(?:people|police|officers|soldiers|residents|rescuers|"
                            r"firefighters|men|women|boys|children|mourners|members|forces|troops|personnel|workers|Iraqis|Syrians|"
                            r"Israelis|relatives|journalists|onlookers)\s+(?:watch|inspect|investigate|gather|stand|look|search|examine|"
                            r"check|survey|walk|mourn|carry|attend|clear|sift|pray)\s+(?:as|at|the|near|around|through|over|in|by|on|amid|beside)\b")


#: _CAPTION_SCENE's verbs (written as it reads them, in lower case): one is in every caption it finds, a cheap test before it (one
#: pass of an automaton over the sentence as written: the pattern is case-sensitive).
_SCENE_VERBS = Words(("watch", "inspect", "investigate", "gather", "stand", "look", "search", "examine", "check", "survey", "walk", "mourn",
                      "carry", "attend", "clear", "sift", "pray"))


#: One of these words is in every caption _CAPTION finds: a cheap test before it.
_CAPTION_WORDS = ("/", "photo", "image", "picture", "file", "grab")


#: A photo's credit on a line of its own, after its caption: "(Photo: US Navy)", "(AP Photo/Hadi Mizban)".
_CREDIT = re.compile(r"\(\s*(?:(?:AP|AFP|Reuters|EPA|Getty|File)\s+)?(?:Photo|Image|Picture|Photograph)s?\b[^)]{0,60}\)\s*$", re.I)


#: A photo's credit written without brackets, a sentence of its own: "File Photo via Indian Navy/UPI", "Photo by Hadi Mizban/AP".
_BARE_CREDIT = re.compile(r"(?:File\s+)?(?:Photo|Image|Picture)s?\s+(?:via|by|courtesy\s+of|credit:?)\s+[^.\n]{2,60}$")


def photo_credit(sentence: str) -> bool:
    """Whether ``sentence`` is only a photo's credit, so that the sentence before it is the photo's caption
    ("... in the Red Sea, Oct. 19, 2023." then "(Photo: US Navy)").

    >>> photo_credit("(Photo: US Navy)"), photo_credit("(AP Photo/Hadi Mizban)"), photo_credit("(Reuters) - Drones hit the base.")
    (True, True, False)
    >>> photo_credit("File Photo via Indian Navy/UPI"), photo_credit("Photos by the group show the drone.")
    (True, False)
    """
    if sentence[:1] == "(":
        return _CREDIT.match(sentence) is not None
    return sentence[:1] in "FPI" and _BARE_CREDIT.match(sentence) is not None


def captioned(text: str, sents: Sequence) -> set[int]:
    """The indices of the sentences of ``sents`` (of ``text``) that a photo's credit marks as its caption: the sentence right before
    the credit, and every sentence of the credit's paragraph before it ("View of the damage caused by a drone attack on Jan. 17 to
    the M/V Genco Picardy in the Gulf of Aden. On Wednesday, CENTCOM said another ship came under attack. File Photo via UPI")."""
    out: set[int] = set()
    for i, s in enumerate(sents):
        if i and photo_credit(s.text):
            out.add(i - 1)
            j = i - 1
            while j > 0 and "\n" not in text[sents[j - 1].end:sents[j].start]:
                j -= 1
                out.add(j)
    return out


def not_reporting(sentence: str) -> str | None:
    """``"caption"`` or ``"chrome"`` when ``sentence`` is not reporting, else None.

    >>> not_reporting("Iraqis gather at the site of a burned car in Baghdad, Feb. 7, 2024. (AP Photo/Hadi Mizban)")
    'caption'
    >>> not_reporting("This picture taken on July 8, 2021 shows the air base, a day after rockets were fired at it (Ayman HENNA / AFP)")
    'caption'
    >>> not_reporting("Rescuers search the rubble at the site of strikes that hit a building, Damascus, Syria, April 2, 2024.")
    'caption'
    >>> not_reporting("Smoke rises after a drone attack targeted oil facilities in the Zakho area, Iraq July 16, 2025")
    'caption'
    >>> not_reporting("Drones hit the base, the Pentagon said on Monday, April 1, 2024.") is None
    True
    >>> not_reporting("Iraqi security forces on patrol after a drone attack in Baghdad, January 4, 2024 [Ahmed Saad/Reuters]")
    'caption'
    >>> not_reporting("Israeli police investigate the scene of a suspected ramming attack in Jerusalem.")
    'caption'
    >>> not_reporting("(FILE) The headquarters of the PMF in Baghdad which was targeted by a U.S. strike.")
    'caption'
    >>> not_reporting("FILE - U.S. soldiers stand at a base in Iraq, Dec. 29, 2019.")
    'caption'
    >>> not_reporting("US forces struck the base.") is None
    True
    >>> not_reporting("Accessibility links"), not_reporting("Current:Home > Finance US sanctions Iran-backed militia members")
    ('chrome', 'chrome')
    >>> not_reporting("A drone struck Tower 22 on Sunday, killing three US soldiers.") is None
    True
    """
    text = sentence.strip()
    if contains_any(text, _CAPTION_WORDS) and _CAPTION.search(text):
        return "caption"
    if text[-1:] in ".0123456789" and _year_last(text) and _CAPTION_END.search(text):
        return "caption"
    if _SCENE_VERBS.found(text) and _CAPTION_SCENE.match(text):
        return "caption"
    if (text[:3].lower() in _CHROME_OPENINGS if text[:3].isascii() else True) and _CHROME.match(text):
        return "chrome"
    return None


#: A bare heading over a list of links ("Read More:", "Most Visited in World", "Related Posts"): the headlines under it
#: are other pages' news, not this article's.
_LINKS_HEADING = re.compile(
    r"^[ \t]*(?:Read\s+(?:More|Also)|Also\s+read|Related(?:\s+(?:Articles|News|Posts|Stories|Content|Coverage|Topics|Links))?|"
    r"More\s+(?:from|on|in|stories|news)\b[^\n.]{0,40}|Most\s+(?:Visited|Read|Popular|Viewed)\b[^\n.]{0,40}|Top\s+(?:Stories|News|\w+\s+stories)|"
    r"Recommended(?:\s+for\s+you)?|You\s+(?:may|might)\s+also\s+like|Trending(?:\s+now)?|Latest(?:\s+news)?|See\s+also|"
    r"Further\s+reading|Popular\s+(?:posts|stories)|(?:Previous|Next)\s+(?:Story|Article|Post|News)|Latest\s+from\b[^\n.]{0,40})"
    r"[ \t]*:?[ \t]*$", re.I | re.M)
#: A heading after which nothing is the article's own reporting: a reference list's titles carry dates and events of their own.
_END_HEADING = re.compile(r"^[ \t]*(?:References|External\s+links|Notes|Footnotes|Sources|Bibliography)[ \t]*(?:\[[^\]\n]*\])?[ \t]*$",
                          re.I | re.M)
#: A line of prose: long, and ending as a sentence does. Under a list of links, reading resumes at one.
_PROSE_LINE = re.compile(r"^[^\n]{150,}[.!?\"”’)]\s*$", re.M)


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are a page's lists of links (from a bare heading such as "Read More:" to
    the next line of prose) or its reference list (from "References" to the end): read for nothing.

    >>> t = ("Drones hit the base on Friday, the group said in a statement, adding that more would follow.\\n\\n"
    ...      "Read More:\\n\\nIraqi resistance targets US base in Syria's Al-Tanf\\n")
    >>> [t[a:b].split(chr(10))[0] for a, b in chrome_spans(t)]
    ['Read More:']
    """
    spans = []
    end = next(line_matches(_END_HEADING, text), None)  # (both patterns open with "^", re.M, and match no empty string)
    stop = end.start() if end else len(text)
    for m in line_matches(_LINKS_HEADING, text, 0, stop):
        if spans and m.start() < spans[-1][1]:
            continue
        prose = _PROSE_LINE.search(text, m.end(), stop)
        spans.append((m.start(), prose.start() if prose else stop))
    if end:
        spans.append((end.start(), len(text)))
    return spans
