"""When an event happened: the day a report's words give, or the day they borrow.

A report is dated by the date its own clause tells, nearest the place when it tells several ("Eilat
on Sunday, the Golan yesterday"); not by the day something was said, a period's start ("since ...",
"the war that began on October 7") or a statement's "the following day". Without one it counts
from the report before it ("four days earlier", "hours after", "the same day"), inherits the
thread's day, or, for the lede's first report, takes the publication's, flagged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from gazetteer.model import Match

from .article_rules import WAR_START
from .dates import COORDINATED, MONTH_WORDS, DateMention, find_dates
from .mentions import Mention
from .numbers import parse_quantity
from .text import Sentence, contains_any, evidence, gated, has_digit
from .where import KIND_RANK

__all__ = ["counts_over_days", "date_by_publication", "date_fields", "dated_after", "dated_back_from_publication", "dated_by_heading",
           "dated_day_after", "dates_report_before", "heading_words", "opens_with_day", "in_since", "small_hours_local", "usable_dates"]


#: A time of day given in US Eastern time ("8:45 p.m. (EST)").
#: The hour in US Eastern time from which an event is dated the next day where it happened (6 p.m. EST is 2 a.m. in
#: Baghdad; 4 p.m., midnight, is still called the same day by the reports, as the 2 February strikes were).
_NEXT_DAY_FROM = 18
#: A weekday's evening told in US time: "Wednesday evening (US time)", "Thursday night Washington time".
_US_TIME_EVENING = re.compile(r"\w+\s+(?:evening|night)\s*\(?\s*(?:US|U\.S\.|Washington|Eastern|EST|ET)\s+time\b", re.I)
_US_EVENING = re.compile(r"\b(?P<h>\d{1,2})(?::\d{2})?\s*p\.?\s?m\.?\s*\(?(?:EST|EDT|ET|Eastern(?:\s+time)?)\b", re.I)


#: Between a date and the report's trigger right after it: the date is the event's ("killed last month in a drone attack").
_DATE_OF_EVENT = re.compile(r"\s+(?:in|during|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}", re.I)
#: Between a day and the trigger it names ("their Jan. 3 discovery of", "Sunday's attack"): nothing but the possessive.
_DAY_OF_TRIGGER = re.compile(r"(?:['’]s)?\s")
#: Before a day that qualifies a noun: "their Jan. 3 discovery" (not "The army said Tuesday capture of ...").
_DETERMINER_END = re.compile(r"\b(?:their|its|his|her|the|a|an|this|that)\s+$", re.I)
#: A find told as a noun ("discovery of", "seizure of", "capture of"): its own day comes before it.
_FIND = re.compile(r"(?:discovery|seizure|capture)\s+of\b", re.I)
#: From a noun that names an event to its own date right after it: "interception of a UAV " (then "last week").
_OWN_DATE = re.compile(r"interceptions?\s+of\s+(?:[\w'’-]+\s+){1,4}", re.I)
#: A local time after midnight told with the GMT day before: "at 2:20 a.m. local time (2320 GMT on Sunday)", "at 2:30 a.m. (2330 GMT
#: on Tuesday)" (an hour before dawn beside a GMT evening is the theatre's clock, named or not).
_GMT_DAY_BEFORE = re.compile(r"\b(?:[0-5])(?::\d\d)?\s*a\.?m\.?\s*(?:local\s+time\s*)?\(\s*(?:2[0-3]|1[89])\d\d\s*GMT\s+(?:on\s+)?"
                             r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*\)")
#: A day told in the theatre's own clock in the small hours, which Washington still counts as the evening before: "at 12:15 a.m.
#: Wednesday Iraq time", "2:20 a.m. local time".
_SMALL_HOURS_LOCAL = re.compile(r"\b(?:12|[1-6])(?::\d\d)?\s*a\.?m\.?\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
                                r"(?:local|Iraq|Iraqi|Syria|Syrian|Baghdad|Damascus|Jordan|Amman)\s+time\b", re.I)


def small_hours_local(sentence: str) -> bool:
    """Whether ``sentence`` tells its day by the theatre's clock in the small hours ("the strikes were
    carried out at 12:15 a.m. Wednesday Iraq time"): a day the US side may tell as the evening before.

    >>> small_hours_local("the strikes were carried out at 12:15 a.m. Wednesday Iraq time"), small_hours_local("at 9 p.m. local time")
    (True, False)
    """
    return " time" in sentence and _SMALL_HOURS_LOCAL.search(sentence) is not None


#: Right before a date: "on the night of".
_NIGHT_OF = re.compile(r"\bnight\s+of\s+$", re.I)
#: The evening of the day a statement was made: "this evening", "tonight".
_THIS_EVENING = re.compile(r"(?:this\s+evening|tonight)", re.I)
#: Who told it: a verb of saying, and a US voice right before it ("a senior defense official said") or after "according to".
_TOLD = re.compile(r"\b(?:said|says|told|claimed|reported|announced|stated|according\s+to)\b")
_US_SPEAKER = re.compile(r"(?:officials?|Pentagon|Defense|Department|Austin|Ryder|Singh|Kirby|CENTCOM|Command|Biden|President|White\s+House|"
                         r"spokes(?:man|woman|person))\W*$")
_US_SOURCE = re.compile(r"\s+(?:the\s+|a\s+)?(?:U\.S\.\s+|US\s+|senior\s+)?(?:officials?|Pentagon|Defense|CENTCOM|White\s+House)\b")


#: A speaker who is not the US side, in the words before the verb of saying back to a comma or quote: "an Iraqi security official",
#: "the PMF spokesman" (not "strikes in Iraq, Defense Secretary Lloyd Austin said").
_NOT_US_SPEAKER = re.compile(r"\b(?:Iraq(?:i|['’]s)?|Kurd\w*|Syria\w*|Yemen\w*|Houthi\w*|PMF|Popular\s+Mobili[sz]ation|Hashd|militia\w*|local|"
                             r"security\s+source)\b", re.I)
#: The end of the words before a verb of saying that name its speaker: a comma, a semicolon or a quotation mark.
_SPEAKER_START = re.compile(r"[,;\"“”]")
#: Told in the theatre's clock: "at around 8 p.m. local time", "Baghdad time".
_LOCAL_TIME = re.compile(r"\b(?:local|Baghdad|Damascus|Sanaa|Iraq|Syria)\s+time\b", re.I)
#: A dateline from the region: "BAGHDAD (Reuters) -", "ERBIL, Kurdistan Region (Kurdistan24) —".
_REGION_DATELINE = re.compile(r"\s*(?:BAGHDAD|ERBIL|IRBIL|BASRA|MOSUL|KIRKUK|SULAIMANI\w*|DAMASCUS|BEIRUT|SANAA|ADEN|AMMAN|DEIR\s+EZ?-ZOR|HASAKAH)\b")


def _told_by_us(sentence: str) -> bool:
    """Whether every speaker ``sentence`` names is the US side's (or it names none): "..., a senior defense official said"; not
    "Kataib Hezbollah said U.S. forces struck ...".

    >>> _told_by_us("U.S. forces struck two sites this evening, a senior defense official said"), _told_by_us("U.S. forces struck two sites.")
    (True, True)
    >>> _told_by_us("Kataib Hezbollah said U.S. forces struck its headquarters this evening")
    False
    >>> _told_by_us("U.S. forces struck two sites this evening, an Iraqi security official said")
    False
    """
    return all(_US_SOURCE.match(sentence, m.end()) if m.group(0).startswith("according") else
               _US_SPEAKER.search(sentence, max(0, m.start() - 40), m.start())
               and not _NOT_US_SPEAKER.search(_SPEAKER_START.split(sentence[max(0, m.start() - 40):m.start()])[-1])
               for m in _TOLD.finditer(sentence))


#: A US voice telling its own strike: "at my direction", "United States forces conducted".
_US_VOICE = re.compile(r"\bat\s+my\s+direction\b|\b(?:United\s+States|U\.S\.)\s+(?:military\s+)?forces\s+(?:conducted|struck|carried\s+out)\b")


#: A relative clause that tells what another did: "a group that launched", "which had fired".
_WHO_DID = re.compile(r"\b(?:that|which|who)\s+(?:had\s+)?[a-z]+ed\b")


#: Words before a date that make it the day something was said, not the day it happened ("the group said on Monday").
_SAID_ON = gated(re.compile(r"\b(?=\w)(?:said|says|announced|stated|confirmed|added|reported|disclosed|revealed|acknowledged|recalled|"
                            r"told(?:\s+(?!on\b)[\w'’.-]+){0,5}?|in\s+a\s+statement|"
                            # "Addressing the press on Thursday, Hawramani ...", "Speaking to reporters on Thursday": the day he spoke
                            r"(?:[Aa]ddressing|[Ss]peaking\s+to|[Bb]riefing)\s+(?:the\s+)?(?:press|reporters|journalists|media)|[Ss]peaking|"
                            r"claimed\s+(?:responsibility|credit|the\s+(?:[\w-]+\s+)?(?:attack|strike)s?)(?:\s+for\s+the\s+(?:[\w-]+\s+)?(?:attack|strike)s?)?|"
                            # "accused the United States on Wednesday of conducting": the day of the accusation
                            r"(?:accused|blamed)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]+)"
                            r"(?:\s+(?:in|at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:statement|post|briefing|release|"
                            r"(?:press|news)\s+conference|interview|hearing))?"
                            # "said in a statement published on its Telegram channel on Wednesday": the day it was posted
                            r"(?:\s+(?:(?:published|posted|issued|released)\s+)?(?:on|via|to|through|by)\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+)?"
                            r"(?:channel|account|page|website|site|media\s+office|office)|Telegram|X|Twitter))?"
                            r"\s+(?:on\s+|late\s+|early\s+)?$", re.I))
#: A word each of _SAID_ON's branches holds (in any case): a cheap test before the pattern, which is tried at every position.
_SAID_WORDS = ("said", "says", "announced", "stated", "confirmed", "added", "reported", "disclosed", "revealed", "acknowledged", "recalled",
               "told",
               "statement", "addressing", "speaking", "briefing", "claimed", "accused", "blamed")


def _said_on(before: str) -> bool:
    """Whether the words ``before`` a date end as :data:`_SAID_ON` says: the day something was said."""
    return contains_any(before, _SAID_WORDS) and _SAID_ON.search(before) is not None


#: "the offensive ... that began on October 7": the day something else started, not the day of the report.
_BEGAN_ON = gated(re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\s+(?:on\s+)?$|"
                             # "the US-led military coalition formed in 2014 to fight the Islamic State": when a body was founded
                             r"\b(?:formed|founded|established|created|set\s+up)\s+$|"
                             # "announced the designation of the Houthis ..., effective February 16th": when the measure takes hold
                             r"\b(?:effective|(?:takes?|took|taking)\s+effect)\s+(?:on\s+|from\s+|as\s+of\s+)?$", re.I))
#: Right before a day something began on, one attack that began then: "injured during the attack that began on Tuesday" is that
#: attack's day (not "the attacks that began on October 17", a campaign's start, nor "the war that began on October 7").
_ATTACK_BEGAN = re.compile(r"\b(?:attack|assault|raid|bombardment|bombing|shelling)\s+(?:that|which)\s+(?:began|started)\s+(?:on\s+)?$", re.I)
#: After a day something began on: the event that began it ("retaliation began last Friday when the United States struck").
_WHEN_AFTER = re.compile(r",?\s+(?:when|with)\b", re.I)
#: "since the Israel-Hamas war started on Oct 7": a date inside a "since" phrase starts a period, it does not date the report.
_SINCE_BEFORE = re.compile(r"\bsince\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,100}$", re.I)  # "since Hamas killed more than 1,400 ... on October 7"
#: "The attacks come the day after the U.S. struck ...": what follows "after" happened the day before the thread's report.
_CAME_DAY_AFTER = gated(re.compile(r"\b(?:came|come|comes|coming)\s+(?:just\s+)?(?:the|a|one)\s+day\s+after\b", re.I))
#: "four days earlier", "the day before", "a day after", "earlier in the day", "the next morning": counted from the report the
#: thread is about.
_FROM_THREAD = re.compile(r"\b(?:(?P<n>\w+)\s+days?\s+(?P<dir>earlier|later)|"
                          r"the\s+(?P<dir2>previous|next|following)\s+(?:day|morning|afternoon|evening|night)|"
                          r"(?P<h>24|twenty-four|48|forty-eight)\s+hours\s+(?P<hdir>earlier|later)|"
                          # ("on the day of the incident": the day of the report told before)
                          r"(?P<same>(?:earlier|later)\s+(?:in\s+the|that)\s+day|(?:on\s+)?the\s+same\s+(?:day|morning|night|evening)|"
                          r"(?:on\s+)?the\s+day\s+of\s+the\s+(?:incident|attack|strike|shootdown|interception)|"
                          r"(?:hours|minutes|shortly)\s+(?:later|after(?:wards)?\b(?!\s+(?:midnight|dawn))))|"
                          # ("two drones targeted a Peshmerga base the night before": the evening of the day before)
                          r"the\s+(?:day|night(?=\s+before))\s+(?P<dir3>before|after)(?!\s+(?:the|a|an|his|its|their|(?-i:[A-Z])\w*)\b))\b", re.I)
#: Words one of which is in every text _FROM_THREAD matches: a cheap test before it.
_FROM_THREAD_WORDS = ("day", "hour", "minute", "shortly", "morning", "afternoon", "evening", "night")


def _quoted(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` lies inside a quotation (an opening mark not yet closed).

    >>> _quoted('“Early this morning, troops were targeted,” she said.', 1), _quoted('Troops were targeted this morning.', 20)
    (True, False)
    """
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def in_since(s: Sentence, pos: int, upto: int, in_s: list[Mention], matches: dict[int, Match]) -> bool:
    """Whether ``pos`` lies in a "since ..." phrase of the clause that names no town or site up to
    ``upto``: "since the war started on Oct 7" starts a period; "since a drone struck Tower 22 on 28
    January" recalls an event."""
    before = s.text[:pos - s.start]
    m = _SINCE_BEFORE.search(before) if contains_any(before, ("since",)) else None  # (a substring test first: most clauses have none)
    if m is None:
        return False
    since_at = s.start + m.start()
    return not any(since_at <= x.start < upto and x.kind == "place" and x.start in matches
                   and KIND_RANK.get(matches[x.start].kind, 4) <= 1 for x in in_s)


def _anchor(out: list[dict], s: Sentence) -> dict | None:
    """The latest report before this sentence that gave its own date: what "four days earlier" counts from."""
    return next((c for c in reversed(out) if c["sources"][0]["date_kind"] in ("absolute", "weekday", "relative", "said")
                 and c["sources"][0]["evidence"]["event_type"]["sentence"][0] < (s.outer or (s.start, s.end))[0]), None)


def _counted_day(s: Sentence, earlier: list[dict] | None, prev: dict | None) -> tuple[date, str, dict] | None:
    """The day "four days earlier" names, the words, and the report it counts from (the latest
    before this sentence that gave its own date, else the thread's); looked for only when the
    sentence counts days."""
    if not contains_any(s.text, _FROM_THREAD_WORDS) or not _FROM_THREAD.search(s.text):
        return None
    anchor = (_anchor(earlier, s) if earlier is not None else None) or prev
    counted = _thread_day(s.text, anchor)
    return (counted[0], counted[1], anchor) if counted else None


def _thread_day(text: str, prev: dict | None) -> tuple[date, str] | None:
    """The day a sentence dates by counting from the report before it ("four days earlier")."""
    m = _FROM_THREAD.search(text)
    if m is None or prev is None or prev.get("_date") is None:
        return None
    if m.group("same"):
        # "earlier in the day": the day of the report before, as its words told it (not moved to the next day where it happened:
        # "at 8:45 p.m. EST on Dec. 25 ... Earlier in the day, Kataib Hezbollah attacked" is the 25th)
        return prev.get("_told_day") or prev["_date"], m.group(0)
    if m.group("h"):  # "About 24 hours earlier, U.S. forces at an air base west of Baghdad were attacked": the day before
        n, back = (1 if m.group("h").lower() in ("24", "twenty-four") else 2), m.group("hdir").lower() == "earlier"
    elif m.group("n"):
        q = parse_quantity("one" if m.group("n").lower() == "a" else m.group("n"))
        n, back = (q[0] if q else None), m.group("dir").lower() in ("earlier", "before")
    else:
        n, back = 1, (m.group("dir2") or m.group("dir3") or "").lower() in ("previous", "before")
    if not n or n > 60:
        return None
    return prev["_date"] + timedelta(days=-n if back else n), m.group(0)


#: "On Monday, US Central Command said in a statement that ...", "On Tuesday, the Islamic Resistance in Iraq claimed responsibility
#: for ...": the day it was said, told before who said it.
_SAID_AFTER = re.compile(r",?\s+(?:the\s+)?(?:(?:\(?[A-Z][\w.'’-]*\)?|in|of|for)\s+){1,7}"
                         r"(?:said|says|announced|stated|confirmed|reported|told|claimed|revealed|disclosed)\b")


#: Right after a date: the verb of saying it qualifies ("CENTCOM on Sunday reported that militants launched ...").
_SAID_NEXT = re.compile(r",?\s+(?:said|says|reported|announced|stated|confirmed|told|disclosed|revealed|claimed)\b")


#: A span of days a sentence counts over, its month named (not "between 9 and 11 p.m."): "from October 17-24", "between Oct. 17
#: and 24", "from Oct. 17 to Oct. 24".
_PERIOD = gated(re.compile(r"\b(?:from|between)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<a>\d{1,2})"
                           r"(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*"
                           r"(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?P<b>\d{1,2})(?:st|nd|rd|th)?\b"))

#: The same span written day first: "From 11 January to 24 February 2024", "between 17 and 24 October".
_PERIOD_DAY_FIRST = gated(re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?P<a>\d{1,2})(?:st|nd|rd|th)?\s+"
                                     r"(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:-|–|to|and|through|until)\s*"
                                     r"(?P<b>\d{1,2})(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"))


def counts_over_days(sentence: str) -> bool:
    """Whether the sentence counts over a span of three days or more ("24 casualties from October 17-24"):
    a tally, like one "since" a day, not the report of one event.

    >>> counts_over_days("24 casualties from October 17-24"), counts_over_days("between 9 and 11 p.m. on Monday")
    (True, False)
    >>> counts_over_days("From 11 January to 24 February 2024, the US and UK have conducted four joint strikes")
    True
    """
    if not has_digit(sentence):  # (a scan in C: a generator over the characters cost a tenth of ingest)
        return False
    return any(m.group("m") or int(m.group("b")) - int(m.group("a")) >= 2
               for m in (*_PERIOD.finditer(sentence), *_PERIOD_DAY_FIRST.finditer(sentence)))



#: Between two days joined by "and" and the first of two places: no third day nor a turn of the sentence ("July 15 drone attacks
#: on critical infrastructure at the ").
_DAYS_THEN_PLACES = re.compile(r"[^.;:,]{1,80}")
#: Right after the first of two places joined by "and" ("Khormala and Sarsang"), right before the second.
_PLACE_AND = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")
_AND_PLACE = re.compile(r"\b[A-Z][\w'’-]*\s+and\s+(?:the\s+)?$")


#: Where a sentence turns to another event: "..., but the militias launched rockets", "...; the next day".
_TURN = re.compile(r",\s+(?:but|while|whereas|yet)\s|;\s")


#: One report of those the clause counts ("..., including an attack that wounded U.S. personnel", "including a rocket attack"): the
#: day told after it is that one's.
_INCLUDING = re.compile(r"\bincluding\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|barrage|salvo)\b", re.I)


#: Right before a date: it names an attack answered or followed ("following the", "in response to the"); right after it, the attack.
_REFERENCE_BEFORE = re.compile(r"\b(?:[Ff]ollowing|[Aa]fter|in\s+(?:response|retaliation)\s+(?:to|for)|responding\s+to)\s+(?:the|a|an)\s+$")
_REFERENCED = re.compile(r"\s*(?P<w>attacks?|strikes?|assaults?|launch(?:es)?|bombings?)\b")
_REFERENCE_WORDS = ("ollowing", "fter", "response", "retaliation", "responding")


def date_fields(c, ev, article, s, dates: list[DateMention], published, prev, earlier: list[dict] | None = None,
                 place: Mention | None = None, told: list[dict] | None = None, at: int | None = None) -> None:
    """Dates the report ``c`` whose trigger starts at ``at``."""
    usable = [d for d in dates if d.kind != "since"]
    said = [d for d in usable if _said_on(s.text[:d.start - s.start]) or _SAID_AFTER.match(s.text, d.end - s.start)
            or _SAID_NEXT.match(s.text, d.end - s.start)]
    if said and len(said) < len(usable):
        usable = [d for d in usable if d not in said]  # "an attack late Sunday, the group said on Monday": Sunday
    elif said:
        c["_said"] = True  # only the day it was said: the event may be a day earlier (see merge.same_event)
    if at is not None and len(usable) > 1 and contains_any(s.text, _REFERENCE_WORDS):
        # "following the Jan. 15 attack on the M/V Gibraltar Eagle, on Jan. 16 ..., U.S. Forces struck": the date of the attack
        # answered names that attack, not the report told after it
        own = [u for u in usable if not (_REFERENCE_BEFORE.search(s.text, 0, u.start - s.start)
                                         and (named := _REFERENCED.match(s.text, u.end - s.start)) is not None
                                         and s.start + named.start("w") != at)]  # (the attack it names keeps it)
        if own and len(own) < len(usable):
            usable = own
    d = usable[0] if usable else None
    days = [u for u in usable if not (u.kind == "relative" and any(0 <= u.start - o.end <= 2 for o in usable if o is not u))
            and u.precision == min(o.precision for o in usable)]  # not "earlier this month" for "on Sunday"
    if d is not None and days and d.precision > days[0].precision:
        d = days[0]  # "for the second time this month on Monday evening": Monday, not the month's middle day
    if place is not None and len({u.date for u in days}) > 1:  # "Eilat on Sunday, after the Golan yesterday": the day nearest the place
        d = min(days, key=lambda u: min(abs(u.start - place.end), abs(place.start - u.end)))  # ("on Wednesday overnight" is one day)
        if (len(days) == 2 and days[1].note.startswith(COORDINATED) and days[1].end <= place.start
                and _DAYS_THEN_PLACES.fullmatch(s.text, days[1].end - s.start, place.start - s.start)):
            # "the July 14 and July 15 drone attacks on ... the Khormala and Sarsang oil fields": two days, then two places, in turn
            d = days[0] if _PLACE_AND.match(s.text, place.end - s.start) else days[1] if _AND_PLACE.search(
                s.text, max(0, place.start - s.start - 60), place.start - s.start) else d
    if at is not None and len({u.date for u in days}) > 1 and d is not None and (turns := [m.end() for m in _TURN.finditer(s.text)]):
        # "The last U.S. action took place in February, but the militias launched rockets at U.S. forces in July": July, the date
        # in the part of the sentence the report is in
        def part(i: int) -> int:
            return bisect.bisect_right(turns, i - s.start)
        if part(d.start) != part(at):
            d = next((u for u in days if part(u.start) == part(at)), d)
    if at is not None and len(usable) > 1 and (attached := next((u for u in usable if 0 < at - u.end <= 40 and _DATE_OF_EVENT.fullmatch(
            s.text, u.end - s.start, at - s.start)), None)) is not None:
        d = attached  # "funerals began Tuesday for three soldiers killed last month in a drone attack": last month's attack
    if (at is not None and len(usable) > 1 and _FIND.match(s.text, at - s.start)
            and (before := next((u for u in usable if _DAY_OF_TRIGGER.fullmatch(s.text, u.end - s.start, at - s.start)
                                 and (_DETERMINER_END.search(s.text, 0, u.start - s.start) or s.text[u.end - s.start] in "'’")),
                                None))):
        d = before  # "thanked Iraq's police on Friday for their Jan. 3 discovery of a cruise missile": the day it was found
    if (at is not None and len(usable) > 1 and s.text[at - s.start:at - s.start + 13].lower().startswith(("interception ", "interceptions "))
            and (own := next((u for u in usable if u.start > at and _OWN_DATE.fullmatch(s.text, at - s.start, u.start - s.start)), None))):
        d = own  # "Today we also publicized the successful interception of a UAV last week": last week's interception
    if (at is not None and d is not None and d.precision > 1 and "includ" in s.text
            and (inc := _INCLUDING.search(s.text, max(0, at - s.start - 40))) is not None
            and (own := next((u for u in usable if u.start - s.start > inc.end() and u.precision < d.precision), None)) is not None):
        d = own  # "Attacks recurred in April, July, and August 2024, including an attack that wounded U.S. personnel on August 5": its day
    if d is not None:
        c["_date"], c["time_precision"], c["_date_kind"] = d.date, d.precision, d.kind
        ev["event_date"] = evidence(article.name, s, (d.start, d.end))
        opened = s.outer[0] if s.outer else s.start  # (a clause's quotation may open in the sentence before the clause)
        if d.kind == "relative" and _quoted(article.text[opened:d.start], d.start - opened):
            c["_said"], c["_date_kind"] = True, "said"  # "'Early this morning ...,' the spokeswoman said": the statement's day
        if not d.resolved:
            c["flags"].append(f"date unresolved: {d.note or d.text}")
        elif (slip := _year_slip(d, published)) is not None:
            c["_date"] = slip  # "On January 7, 2023" in a report of 8 January 2024: last year's number, written out of habit
            c["flags"].append(f"{d.text!r} read as {slip.isoformat()}: a January report dated a year before its publication")
        elif (at is not None and d.date is not None and d.end <= at and contains_any(s.text, _FROM_THREAD_WORDS)
              and (back := _FROM_THREAD.search(s.text, d.end - s.start, at - s.start)) is not None
              and s.text[d.end - s.start:back.start()].strip(" ,—–-")  # not "On Tuesday, two days later, rockets struck": the same day
              and (counted := _thread_day(back.group(0), {"_date": d.date})) is not None and counted[0] != d.date
              and (published is None or counted[0] <= published)):
            # "Tuesday's strike follows a similar incident less than 24 hours earlier, when two drones targeted ...": Monday
            c["_date"], c["_date_kind"] = counted[0], "relative"
            c["flags"].append(f"dated {counted[1]!r} from {d.text}")
        elif (c.get("_said") and d.date is not None and (counted := _thread_day(s.text, {"_date": d.date})) is not None
              and not (at is not None and (told := s.text.find(counted[1])) > at - s.start
                       and _WHO_DID.search(s.text, at - s.start, told))):
            # (not "Israel said on November 10 that it struck a group that launched a drone attack on Eilat the day before": that
            # attack's day, told in the clause about the group)
            # "On Monday, CENTCOM said ... had engaged five militants ... the previous day": Sunday
            c["_date"], c["_date_kind"] = counted[0], "relative"
            c.pop("_said")
            c["flags"].append(f"dated {counted[1]!r} from the day it was said")
        elif (d.precision == 1 and d.kind == "weekday" and "GMT" in s.text and (gmt := _GMT_DAY_BEFORE.search(s.text)) is not None
              and gmt.start() <= d.start - s.start < gmt.end()):
            # "shot down at 2:20 a.m. local time (2320 GMT on Sunday)": Sunday in GMT is Monday where it happened
            c["_date"], c["_told_day"] = d.date + timedelta(days=1), d.date
            c["flags"].append(f"{gmt.group(0).strip()}: the next day where it happened, dated {c['_date'].isoformat()}")
        elif (d.precision == 1 and has_digit(s.text) and (late := _US_EVENING.search(s.text)) is not None
              and int(late.group("h")) % 12 + 12 >= _NEXT_DAY_FROM):  # (an hour has a digit: a cheap test first)
            # "at 8:45 p.m. (EST) on Dec. 25" is after midnight in Iraq and Syria: ACLED dates an event by its local day
            c["_date"], c["_told_day"] = d.date + timedelta(days=1), d.date
            c["flags"].append(f"{late.group(0).strip()} is the next day where it happened: dated {c['_date'].isoformat()}")
        elif (d.precision == 1 and c.get("_kind") == "strike"
              and _US_TIME_EVENING.match(s.text, d.start - s.start, min(len(s.text), d.end - s.start + 30))):
            # "Announcing the airstrike Wednesday evening (US time)": a US evening is the next day in Iraq and Syria
            c["_date"], c["_told_day"] = d.date + timedelta(days=1), d.date
            c["flags"].append(f"{d.text} in US time is the next day where it happened: dated {c['_date'].isoformat()}")
        elif (d.precision == 1 and c.get("_kind") == "strike" and d.kind == "relative" and _THIS_EVENING.fullmatch(d.text)
              and _US_VOICE.search(s.text) and _told_by_us(s.text) and not _LOCAL_TIME.search(s.text)
              and not _REGION_DATELINE.match(article.text)):  # (not "BAGHDAD (Reuters) - ..." nor "8 p.m. local time")
            # "U.S. military forces conducted discrete precision strikes against two facilities near Abu Kamal, Syria, this evening",
            # told in Washington: its evening is the next day in Iraq and Syria
            c["_date"], c["_told_day"] = d.date + timedelta(days=1), d.date
            c["flags"].append(f"{d.text} in Washington is the next day where it happened: dated {c['_date'].isoformat()}")
        elif (d.precision == 1 and c.get("_kind") == "strike" and _NIGHT_OF.search(s.text, max(0, d.start - s.start - 20), d.start - s.start)
              and _US_VOICE.search(s.text)):
            # "at my direction, on the night of October 26, 2023, United States forces conducted": a night in Washington is the
            # next morning in Iraq and Syria
            c["_date"], c["_told_day"] = d.date + timedelta(days=1), d.date
            c["flags"].append(f"the night of {d.text} in Washington is the next day where it happened: dated {c['_date'].isoformat()}")
    elif _CAME_DAY_AFTER.search(s.text) and told and (anchor := _anchor(told, s)) is not None and anchor.get("_date"):
        # "the attacks come the day after the U.S. struck Kataib Hezbollah": the strike was the day before the report told
        c["_date"], c["time_precision"], c["_date_kind"] = anchor["_date"] - timedelta(days=1), anchor["time_precision"], "relative"
        ev["event_date"] = anchor["sources"][0]["evidence"].get("event_date")
        c["flags"].append("dated the day before the report it came after")
    elif (counted := _counted_day(s, earlier, prev)) is not None:  # counted from the report just before, whatever its kind
        anchor = counted[2]
        c["_date"], c["time_precision"], c["_date_kind"] = counted[0], anchor["time_precision"], "relative"
        ev["event_date"] = anchor["sources"][0]["evidence"].get("event_date")
        c["flags"].append(f"dated {counted[1]!r} from the report before it")
        c["_counted"] = True  # "Just a day earlier, ... CENTCOM launched strikes": another day than the report it counts from
        told = s.text.find(counted[1])
        if told >= 0 and _SAID_AFTER.match(s.text, told + len(counted[1])):
            c["_said"] = True  # "The following day, Al-Mousawi told a website that the attack ...": the day he spoke
    elif prev is not None and prev.get("_date") is not None and prev["_date"] != WAR_START:  # not the day the war began
        c["_date"], c["time_precision"], c["_date_kind"] = prev["_date"], prev["time_precision"], "inherited"
        ev["event_date"] = prev["sources"][0]["evidence"].get("event_date")
    else:
        c["_date"], c["time_precision"], c["_date_kind"] = None, None, "none"
        c["flags"].append("no date in the report" + ("" if published else " and no publication date"))
    c["event_date"] = c["_date"].isoformat() if c["_date"] else None


def _year_slip(d: DateMention, published: date | None) -> date | None:
    """The day a January date written with last year's number ("January 7, 2023" in a text of 8
    January 2024) means, when that day this year is at most a fortnight before the publication."""
    if published is None or d.date is None or d.kind != "absolute" or published.month != 1 or d.date.month != 1:
        return None
    if d.date.year != published.year - 1 or str(d.date.year) not in d.text:
        return None
    fixed = d.date.replace(year=published.year)
    return fixed if 0 <= (published - fixed).days <= 14 else None


#: "came a day after", "a day after", "less than a day after": what follows happened the day before the news the sentence tells.
_A_DAY_AFTER = re.compile(r"\b(?:a|one)\s+day\s+after\b", re.I)
#: A part of the day told without its day, as a report tells the day before it was filed ("a booby-trapped drone was shot down in
#: the morning", "explosions were heard during the night", "At night planes struck", "In the predawn hours, two cruise missiles
#: were fired", an evening's hour "at 9:30 p.m. Baghdad time", "At 11:30 pm (2030 GMT)"); the day's own are "this morning",
#: "tonight", "overnight", and an hour told in US time is Washington's ("at 7 p.m. ET").
_PART_OF_DAY = re.compile(r"\b(?:in|during)\s+the\s+(?:morning|afternoon|evening|night|pre-?dawn\s+hours)\b(?!\s+of\b)|\bat\s+night\b|"
                          r"\bat\s+(?:about\s+|around\s+|approximately\s+)?(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?\s?m\b\.?"
                          r"(?!\s*\(?\s*(?:EST|EDT|ET|Eastern|Washington)\b)", re.I)


def date_by_publication(c: dict, published: date) -> None:
    """The lede's report with no day of its own ("CENTCOM announced that ... airstrikes against three
    facilities") is dated by the publication, as ACLED dates a report that gives no day, at
    time precision 2, with a flag and a lower confidence."""
    c["_date"], c["event_date"], c["time_precision"] = published, published.isoformat(), 2
    c["flags"] = [f for f in c["flags"] if not f.startswith("no date")] + ["no day in the report: dated by its publication"]
    c["sources"][0].update(event_date=c["event_date"], date_kind="published", time_precision=2)
    c["confidence"] = round(max(0.0, c["confidence"] + 0.2 - 0.15), 2)  # a date now, but a borrowed one


def dated_day_after(c: dict, sentence: str, published: date) -> None:
    """The report told after "a day after" ("came a day after the Iraqi resistance said it had launched a missile strike against
    Haifa"), dated by the publication: the news it came after is at latest the publication's, so it is a day before, flagged.

    >>> c = {"_date": None, "flags": [], "sources": [{}], "confidence": 0.6}
    >>> date_by_publication(c, date(2024, 5, 6)); dated_day_after(c, "a day after the group struck Haifa", date(2024, 5, 6))
    >>> c["event_date"]
    '2024-05-05'
    """
    if "day after" not in sentence or (after := _A_DAY_AFTER.search(sentence)) is None or c["_date"] != published:
        return
    c["_date"] = published - timedelta(days=1)
    c["event_date"] = c["sources"][0]["event_date"] = c["_date"].isoformat()
    c["flags"].append(f"dated {after.group(0)!r} back from the publication: the news it came after is not told")


def dated_back_from_publication(c: dict, sentence: str, published: date) -> None:
    """The lede's report dated by the publication (:func:`date_by_publication`) whose sentence counts
    back from a report it does not tell ("A day earlier, the group claimed a drone attack on Haifa"):
    that many days before the publication, the latest day the untold report can have, flagged as so
    counted. A count forward ("two days later") or within the day ("earlier in the day") keeps the
    publication's day. A part of the day told without its day ("shot down in the morning", "at 9:30
    p.m. local time") is the day before the publication: a report tells the day it is filed as "this
    morning" or "tonight".

    >>> c = {"_date": None, "flags": [], "sources": [{}], "confidence": 0.6}
    >>> date_by_publication(c, date(2024, 2, 5)); dated_back_from_publication(c, "A day earlier, drones struck Erbil.", date(2024, 2, 5))
    >>> c["event_date"], c["flags"][-1]
    ('2024-02-04', "dated 'A day earlier' back from the publication: the report it counts from is not told")
    >>> c = {"_date": None, "flags": [], "sources": [{}], "confidence": 0.6}
    >>> date_by_publication(c, date(2024, 2, 5)); dated_back_from_publication(c, "A drone was downed in the morning.", date(2024, 2, 5))
    >>> c["event_date"], c["flags"][-1]
    ('2024-02-04', "dated 'in the morning' without its day: the day before the publication")
    """
    counted = _thread_day(sentence, {"_date": published}) if contains_any(sentence, _FROM_THREAD_WORDS) else None
    why = "back from the publication: the report it counts from is not told"
    if counted is None and (part := _PART_OF_DAY.search(sentence)) is not None:
        counted, why = (published - timedelta(days=1), part.group(0)), "without its day: the day before the publication"
    if counted is None or counted[0] >= published:
        return
    c["_date"], c["event_date"] = counted[0], counted[0].isoformat()
    c["sources"][0]["event_date"] = c["event_date"]
    c["flags"].append(f"dated {counted[1]!r} {why}")


#: Right after "overnight": the two days the night lies between.
_NIGHT_BETWEEN = re.compile(r"\s+between\b")


def usable_dates(dates: list[DateMention], s: Sentence, in_s: list[Mention], matches: dict[int, Match], text: str) -> list[DateMention]:
    """The dates of a clause that may date its reports: a "since" date stays (it opens a period); a
    date inside a "since" phrase, or the day something else "began on", does not."""
    night = next((d for d in dates if d.text.lower() == "overnight" and _NIGHT_BETWEEN.match(text, d.end)), None)
    if night is not None:  # "overnight between December 25 and 26": the night ending on the second day, not the publication's
        first = next((d for d in dates if d.start > night.end and d.date is not None), None)
        dates = [replace(d, date=d.date + timedelta(days=1), note=f"the night after {d.text}") if d is first else d
                 for d in dates if d is not night]
    return [d for d in dates if d.kind == "since" or not (in_since(s, d.start, d.start, in_s, matches) or _in_aside(text, s, d)
                                                          or (_BEGAN_ON.search(text, max(s.start, d.start - 30), d.start)
                                                              and not _WHEN_AFTER.match(text, d.end)
                                                              and not _ATTACK_BEGAN.search(text, max(s.start, d.start - 50), d.start)))]


#: An appositive set off by dashes or brackets: "the Kalsu military base – a former US base that was handed over to the Iraqi military
#: in 2011 – as an airstrike": its date is the aside's.
_ASIDE_OPEN = re.compile(r"(?:\s[–—]|\s--|\()\s*(?:a|an|which|who|once|formerly)\s[^–—()]*$", re.I)
_ASIDE_CLOSE = re.compile(r"[^–—()]*(?:[–—]|--|\))")


def _in_aside(text: str, s: Sentence, d: DateMention) -> bool:
    """Whether the date ``d`` lies inside an appositive aside of the clause, set off by dashes or brackets."""
    before = text[max(s.start, d.start - 120):d.start]
    return (("–" in before or "—" in before or "--" in before or "(" in before)  # (what opens an aside: a cheap test first)
            and _ASIDE_OPEN.search(text, max(s.start, d.start - 120), d.start) is not None
            and _ASIDE_CLOSE.match(text, d.end, s.end) is not None)


#: A sentence that dates the report told just before it: "The operation took place in early hours of Thursday local time."
_TOOK_PLACE = re.compile(r"^\s*(?:The|This|That)\s+(?:joint\s+|latest\s+|initial\s+|first\s+|second\s+)?"
                         r"(?:operation|strikes?|attacks?|raids?|incident|bombing|assault)(?:,)?\s+"
                         r"(?:took\s+place|happened|occurred|occurring|(?:was|were)\s+carried\s+out)\b|"  # "The incident, occurring on"
                         # "Austin confirmed the injuries sustained by US troops in the incident that occurred on Monday night"
                         r"\b(?:the|this|that)\s+(?:incident|attack|strike|operation|raid|bombing)\s+(?:that|which)\s+"
                         r"(?:occurred|took\s+place|happened)\b")


#: One of these is in every text _TOOK_PLACE matches: a cheap test before it.
_TOOK_WORDS = ("took place", "happened", "occurred", "occurring", "carried out")


def dates_report_before(s: Sentence, published: date | None) -> bool:
    """Whether ``s`` opens by dating the report told just before it ("The operation took place just
    after midnight local time on Wednesday."): that report is news of a day, not a summary, though its
    own sentence names none."""
    if not contains_any(s.text, _TOOK_WORDS) or _TOOK_PLACE.match(s.text) is None:
        return False
    return any(d.precision == 1 and d.date is not None for d in find_dates(s.text, published=published, offset=s.start))


#: A chronology's day on a line of its own: "19 April –", "- 30 July -", "[edit]- 1 March:".
_DATE_HEADING = re.compile(rf"\s*(?:\[edit\]\s*)?(?:[-•*]\s*)?(?:\d{{1,2}}\s+{MONTH_WORDS}|{MONTH_WORDS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*[–—:-]?\s*")


#: A chronology's line that opens with its day before a dash or colon: "OCT. 17 - Two drones targeted al-Asad", "Nov. 20: A
#: ballistic missile".
_LINE_DAY = re.compile(rf"(?:\[edit\]\s*)?(?:[-•*]\s*)?(?:\d{{1,2}}\s+{MONTH_WORDS}|{MONTH_WORDS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*[–—:-]\s")


def opens_with_day(text: str, s: Sentence) -> bool:
    """Whether the sentence ``s`` of ``text`` opens a line with its day, as a chronology's lines do ("OCT. 17 - Two drones ...")."""
    return (s.start == 0 or text[s.start - 1] == "\n") and _LINE_DAY.match(s.text) is not None


def heading_words(text: str) -> bool:
    """Whether ``text`` is only a day, a chronology's heading over the lines that follow it ("19 April –")."""
    return len(text) <= 24 and _DATE_HEADING.fullmatch(text) is not None


def dated_by_heading(told: list[dict], article, heading: Sentence, day: DateMention) -> None:
    """Dates the reports ``told`` that their own line leaves undated by the chronology's heading
    ``day`` above them ("19 April –" over "An Iraqi Popular Mobilization Forces command post at
    the Kalsu military base is hit by an explosion ...")."""
    for c in told:
        if c["_date"] is None or c["sources"][0].get("date_kind") in ("inherited", "published", "none"):
            _dated_by(c, article, heading, day, f"dated by the chronology's heading {day.text!r}")


def dated_after(out: list[dict], si: int, article, s: Sentence, published: date | None, *,
                placed: Callable[[], bool] = lambda: False) -> bool:
    """Dates the reports of ``out`` told in the sentence before ``s`` (the one numbered ``si``) by the day ``s``
    gives them ("Two US F-15 jets struck a weapons facility in eastern Syria. The operation took place in
    early hours of Thursday local time."), when their own sentence gave none; True when it did (``s`` then
    tells no report of its own). A sentence that opens so and names a place (``placed()``, asked only then)
    is a report of its own ("The strikes took place at 4.30am today in Syria near Abu Kamal")."""
    if not contains_any(s.text, _TOOK_WORDS) or (took := _TOOK_PLACE.search(s.text)) is None:
        return False  # (the words first: most sentences have none, and the reports are gathered only then)
    if not (told := [c for c in out if c["_si"] == si]):
        return False
    if took.start() == 0 and placed():
        return False
    if any(c["_date"] is not None and c["sources"][0].get("date_kind") != "published" for c in told):
        return False
    day = next((d for d in find_dates(s.text, published=published, offset=s.start) if d.precision == 1 and d.date is not None
                and (took.start() == 0 or 0 <= d.start - s.start - took.end() <= 25)), None)  # (the day right after those words
    # inside a sentence, not the day it was said: "On Tuesday, Austin confirmed ... the incident that occurred on Monday night")
    if day is None:
        return False
    for c in told:
        _dated_by(c, article, s, day, f"dated by the sentence after it: {day.text!r}")
    return True


def _dated_by(c: dict, article, s: Sentence, day: DateMention, why: str) -> None:
    """Gives the report ``c`` the ``day`` told in another sentence ``s``, with its evidence and why."""
    c["_date"], c["event_date"], c["time_precision"] = day.date, day.date.isoformat(), 1
    c["sources"][0].update(event_date=c["event_date"], time_precision=1, date_kind=day.kind)
    c["sources"][0]["evidence"]["event_date"] = evidence(article.name, s, (day.start, day.end))
    c["flags"] = [f for f in c["flags"] if not f.startswith(("no date", "no day"))] + [why]
