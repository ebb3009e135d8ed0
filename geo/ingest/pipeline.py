"""Article text -> candidate events, each field with the sentence that supports it.

One pass per article: the publication date (from the text, or given), the sentences, every place
and actor mention (:mod:`geo.ingest.mentions`), and per sentence that reports an event
(:mod:`geo.ingest.recognise`) its dates (:mod:`geo.ingest.dates`, read as the report's day by
:mod:`geo.ingest.when`), figures (:mod:`geo.ingest.numbers`), places (:mod:`geo.ingest.where`) and
actors (:mod:`geo.ingest.who`); then the rules over the
whole article (:mod:`geo.ingest.article_rules`). Candidates from the same article and from other
articles that report the same event are merged (:mod:`geo.ingest.merge`): their sources are listed,
differing figures, dates and attributions are kept as conflicts.

Nothing is guessed: a relative date with no publication date stays unresolved and the candidate
says so; a report with no place gets none and a low confidence.
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from operator import attrgetter
from typing import Any

from gazetteer import Gazetteer
from gazetteer.model import GEO_PRECISION, Match, Place

from ..model import ActorTable
from .article_rules import (
    BACKGROUND_DAYS,
    article_rules,
    at_country,
    attacks_counted,
    chronology,
    counted_at,
    mark_history,
    place_at_country,
    sites_counted,
    undated_beside_news,
)
from .confidence import confidence
from .context import (
    attacks_across_countries,
    counted_by_land,
    dateline_spans,
    datelines,
    generic_report,
    locative,
    mission_foe,
    sponsor_modifier,
    victims,
)
from .dates import COORDINATED, DateMention, find_dates, publication_date
from .document import captioned, chrome_spans, not_reporting
from .mentions import Mention, MentionFinder
from .merge import fold_same_words, merge_candidates
from .numbers import find_figures
from .recognise import (
    DRONE_NAMES,
    Trigger,
    aggregates,
    blast,
    blast_words,
    condemnation,
    harm_done,
    military_action,
    place_weapon,
    role_spans,
    sites_named,
    triggers,
    weaponless,
)
from .sides import as_strike, hedged_us, struck_in_round, suspected_strike, unknown_aircraft, us_denies, weapon_owner
from .text import Sentence, claim_item, clauses, contains_any, evidence, gated, is_reference, sentences
from .when import (
    counts_over_days,
    date_by_publication,
    date_fields,
    dated_after,
    dated_back_from_publication,
    dated_by_heading,
    dated_day_after,
    dates_report_before,
    heading_words,
    in_since,
    opens_with_day,
    small_hours_local,
    usable_dates,
)
from .where import (
    KIND_RANK,
    by_bearing,
    event_places,
    is_origin,
    office_title,
    outlet_name,
    place_told_after,
    resolve_places,
    struck_group_attacked,
    us_position,
)
from .who import NATION, actor_fields, condemned_by_state, speaking_state

__all__ = ["Article", "ingest_articles", "read_article", "BACKGROUND_DAYS"]

_US = "United States"
_UNIDENTIFIED = "Unidentified armed group"
_ISRAEL = "Israel"


@dataclass(frozen=True)
class Article:
    """One article: a name (its file), its text, and its publication date when known from
    elsewhere (``--published``); otherwise it is read from the text.

    Two uploads may share a file name; :attr:`id` (the name and a hash of the text) tells them
    apart, and each candidate's sources carry it (``"article"``), so evidence is always cut from
    the text it came from.

    >>> Article("report.txt", "One.").id != Article("report.txt", "Two.").id
    True
    """

    name: str
    text: str
    published: date | None = None

    @cached_property
    def id(self) -> str:
        """A key unique to this text: ``"report.txt #3f2a9c1b0d4e"`` (the name, then a hash of the text)."""
        return f"{self.name} #{hashlib.sha256(self.text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


def ingest_articles(articles: list[Article], *, gazetteer: Gazetteer | None = None, finder: MentionFinder | None = None) -> list[dict]:
    """Candidate events from ``articles``, merged across them, as plain dicts (JSON-ready), then the
    violent reports that name no place (``"kind": "unplaced"``: listed for the reviewer, not
    candidates), then the campaign counts they report (``"kind": "aggregate"``: a figure with its
    date, not an event).

    Examples
    --------
    >>> text = ("Jan 29, 2024\\nAMMAN - A one-way attack drone struck Tower 22, a small US outpost in north-east Jordan, "
    ...         "on Sunday, killing three US soldiers. The attack was blamed on the Islamic Resistance in Iraq.")
    >>> [c] = ingest_articles([Article("a.txt", text)])
    >>> c["event_date"], c["location"], c["actor1"], c["actor2"], c["fatalities"], c["sub_event_type"]
    ('2024-01-28', 'Tower 22', 'Islamic Resistance in Iraq', 'United States', 3, 'Air/drone strike')
    >>> ingest_articles([Article("empty.txt", "")])
    []
    """
    finder = finder or (MentionFinder(gazetteer) if gazetteer is not None else MentionFinder.default())
    found: list[dict] = []
    counts: dict[tuple, dict] = {}
    for a in articles:
        events, aggs = read_article(a, finder)
        found += events
        for g in aggs:
            key = (g["count"], g["what"], g["since"])
            if key in counts:
                counts[key]["sources"] += g["sources"]
            else:
                counts[key] = g
    placed = [c for c in found if not c.get("_unplaced")]
    unplaced = [{"kind": "unplaced"} | _public(c) for c in found if c.get("_unplaced")]
    out = [{"kind": "event"} | _public(c) for c in merge_candidates(placed)] + unplaced
    for c in out:
        if c.get("sub_event_type") == "Disrupted weapons use":
            weapon_owner(c, finder.actors)
        if c["kind"] == "event":  # the model's probability that a coder would code it, and a tenth more for each other article that told it
            c["confidence"] = round(min(1.0, confidence(c) + 0.1 * (len({s.get("article", s.get("file")) for s in c["sources"]}) - 1)), 2)
    return out + list(counts.values())


def _public(c: dict) -> dict:
    """A candidate without its working fields (those named with a leading underscore)."""
    return {k: v for k, v in c.items() if not k.startswith("_")}


def read_article(article: Article, finder: MentionFinder) -> tuple[list[dict], list[dict]]:
    """The candidates of one article, merged within it (not yet across articles), and its campaign counts."""
    text = article.text
    pub_m = None if article.published else publication_date(text)
    published = article.published or (pub_m.date if pub_m else None)
    sents = [c for s in sentences(text) for c in clauses(s)]
    filed = sorted(datelines(text))
    filed_starts = [a for a, _ in filed]
    filed_dates = dateline_spans(text, filed)  # "Washington, DC [US], January 29 (ANI):" - the day it was filed

    def in_dateline(i: int) -> bool:
        k = bisect.bisect_right(filed_starts, i) - 1
        return k >= 0 and i < filed[k][1]

    chrome = chrome_spans(text)  # lists of links and references: other pages' news

    def in_chrome(i: int) -> bool:
        return any(a <= i < b for a, b in chrome)

    found = finder.find(text)
    found = sorted(found + finder.loose(text, found), key=attrgetter("start"))
    mentions = _appositions([m for m in found if not sponsor_modifier(text, m.end) and not (m.actor == _ISIS and mission_foe(text, m.start, m.end))
                             and not (m.kind == "place" and (outlet_name(text, m.end) or office_title(text, m.end)
                                                             or (filed and in_dateline(m.start))))
                             and not (chrome and in_chrome(m.start))], text, finder.actors)
    starts = [m.start for m in mentions]  # in order: a sentence's mentions are one slice

    def mentions_in(s: Sentence) -> list[Mention]:
        return [m for m in mentions[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, s.end)] if m.end <= s.end]
    countries = list(dict.fromkeys(m.text for m in mentions if m.kind == "place" and m.layer == "curated"))
    matches = resolve_places(finder, mentions, countries, text)
    out: list[dict] = []
    counts: list[dict] = []
    last: dict[str, dict] = {}
    lede_told: set[str] = set()  # the kinds of report (attack, strike) a sentence of prose has told yet
    lede_end = _lede_end(text, sents)  # a page's header lines and headlines do not push the lede down
    item_of, items = None, set()  # the attack of a counted claim's first item, and the clauses that are its further items
    breakdown = False  # whether the lines that follow break a tally down ("40 attacks ... distributed as follows:")
    weapons: dict[str, str | None] = {}  # the one kind of weapon the article names, read when first needed
    denied = us_denies(text)  # the article says the United States denied a strike: read once
    unowned: bool | None = None  # the article tells of aircraft no one owns up to: read when first needed
    tally: dict | None = None  # "US forces were attacked four times ... on Thursday": the day of the breakdown that follows
    told_at: tuple[int, list[dict]] | None = None  # the last sentence that told violent events of the thread, and those events
    told_before: tuple[list[Mention], str | None] | None = None  # the mentions of the last sentence with a report, and who spoke there
    heading, heading_s = None, None  # a chronology's day on a line of its own, and that line: the day of the undated lines under it
    kinds_told: dict[str, int] = {}  # the last sentence that named a strike, and an attack, whether or not it made a report
    dated_lines: bool | None = None  # whether the article is a chronology: read when first needed
    triggered: set[int] = set()  # the clauses that told a report
    captions = captioned(text, sents)  # a photo's caption, its credit after it: "... Gulf of Aden. File Photo via Indian Navy/UPI"
    for si, s in enumerate(sents):
        if pub_m and pub_m.start >= s.start and pub_m.end <= s.end and len(s.text) < 80:
            continue  # the dateline
        if not_reporting(s.text) or (chrome and in_chrome(s.start)) or si in captions:
            continue  # a photo caption (maybe years old; or its credit follows it: "... Oct. 19, 2023. (Photo: US Navy)") or the page's chrome
        aggs = aggregates(s.text, offset=s.start)
        trig = triggers(s.text, offset=s.start, counts=aggs)
        if (trig and si > 0 and s.outer is not None and sents[si - 1].outer == s.outer and si - 1 not in triggered
                and _AFTER_START.match(s.text) and not any(m.kind == "place" for m in mentions_in(s))
                and any(m.kind == "place" for m in mentions_in(sents[si - 1]))):
            # "a large fire broke out at hangars in al-Harir Air Base on November 17 after a drone attack": the attack the harm came
            # after, at the place and on the day of the clause it completes (not one told elsewhere)
            s = Sentence(s.index, sents[si - 1].start, s.end, text[sents[si - 1].start:s.end], s.outer)
            aggs = aggregates(s.text, offset=s.start)
            trig = triggers(s.text, offset=s.start, counts=aggs)
        if trig:
            triggered.add(si)
        if not trig and item_of is not None and item_of[0] == s.outer and (m := claim_item(s.text)) is not None:
            # "... two more on targets in the occupied Golan Heights": the attack of the item before, at its own place
            first = item_of[1]
            trig = [Trigger(s.start, s.start + m.end(), m.group(0), first.kind, first.event_type, first.sub_event_type, first.claim)]
            items.add(si)
        item_of = (s.outer, attack) if trig and (attack := next((t for t in trig if t.kind == "attack"), None)) is not None else None
        kinds_before = kinds_told  # the last sentences that named a strike and an attack, before this one
        if trig:  # (a clause with no trigger names neither: the same record, and neither is changed in place)
            kinds_told = {**kinds_told, **{t.kind: si for t in trig if t.kind in ("strike", "attack")}}
        if breakdown and _BULLET.match(s.text):
            trig = []  # "• One attack on Qasrak base." under "distributed as follows:": a line of the tally, not an event
        else:
            breakdown = ("follows" in s.text or "reakdown" in s.text or "broken down" in s.text) and bool(_FOLLOWS.search(s.text))
            if not breakdown and "follows" in s.text and _FOLLOWS_IN.search(s.text) is not None:
                # "The attacks are distributed as follows:\n15 attacks on Al-Omar oil field base.": the tally, its lines after it
                trig, breakdown = [], True
        if not trig and told_at is not None and si == told_at[0] + 1 and contains_any(s.text, _TOLL_WORDS):
            _toll_after(told_at[1], article, s)  # "A drone hit the base on Sunday. Three US service members were killed."
        if (not trig and told_at is not None and si == told_at[0] + 1
                and any(_placed_coarsely(c) or c.get("_scope") == "province" for c in told_at[1])
                and (here := place_told_after(s, mentions_in(s), matches, text))):
            # "A US base in northeastern Syria came under a drone attack. The base is located in Tel Baidar."; "Clashes erupted ... The
            # fighting centered around the towns of Abu Hamam, Dhiban and ..."; "... targeted by a drone. The troops were stationed in Erbil"
            finer = [matches[m.start] for m in here]
            for c in [c for c in told_at[1] if _placed_coarsely(c, finer) and (not c.get("place_id") or all(
                    f.place.country == c.get("country") for f in finer))]:
                for m in here[1:]:
                    out.append(other := copy.deepcopy(c))
                    _placed_after(other, article, s, m, matches[m.start])
                _placed_after(c, article, s, here[0], matches[here[0].start])
        if out and out[-1]["_si"] == si - 1 and dated_after(out, si - 1, article, s, published,
                                                            placed=lambda s=s: any(m.kind == "place" for m in mentions_in(s))):
            continue  # "... struck a weapons storage facility in eastern Syria. The operation took place early on Thursday."
        if not trig and not aggs:
            if heading_words(s.text) and (dated_lines if dated_lines is not None else (dated_lines := chronology(text))):
                # "19 April -" in a chronology: the day of the lines that follow it
                heading = next((d for d in find_dates(s.text, published=published, offset=s.start) if d.precision == 1 and d.date), None)
                heading_s = s
            continue
        dates = find_dates(s.text, published=published, offset=s.start)
        in_s = mentions_in(s)
        dates = usable_dates(dates, s, in_s, matches, text)
        if not dates and s.outer is not None and _WHILE.match(s.text):
            # "Airstrikes targeted a PMF position ... on Tuesday, while a drone crashed ... northwest of Kirkuk": the sentence's day,
            # when it tells one ("on Wednesday, the Pentagon said on Friday, while ...": which of them is not told)
            told = [d for d in find_dates(text[s.outer[0]:s.start], published=published, offset=s.outer[0]) if d.precision == 1]
            dates = told if len(told) == 1 and told[0].kind in ("absolute", "weekday", "relative") else []
        elif not dates and s.outer is not None and s.outer[0] < s.start and _AFTER_TOLL.search(text, s.outer[0], s.start + 6):
            # "In January three U.S. service members were killed ... after a drone attack on a U.S. outpost in Jordan": the toll's day
            # or month is the attack's (one told there, and no other)
            told = find_dates(text[s.outer[0]:s.start], published=published, offset=s.outer[0])
            dates = told if len(told) == 1 and told[0].kind not in ("since",) and told[0].date is not None else []
        elif not dates and s.outer is not None and s.outer[0] < s.start and _INCLUDED.match(s.text):
            # "A series of strikes and counter-strikes between Israel and Iran in April 2024, including the first-ever direct attack
            # on Israel": the time of what it is one of
            told = find_dates(text[s.outer[0]:s.start], published=published, offset=s.outer[0])
            dates = told if len(told) == 1 and told[0].kind not in ("since",) and told[0].date is not None else []
        if any(d.precision == 1 for d in dates):
            heading = None  # a line with its own day closes the heading's
            if opens_with_day(text, s) and (dated_lines if dated_lines is not None else (dated_lines := chronology(text))):
                # "OCT. 17 - Two drones targeted al-Asad ...": the day of the line's undated sentences, which tell its item, not a
                # report of a line before it
                heading, heading_s = next((d for d in dates if d.precision == 1 and d.date), None), s
                last.clear()
        if dates and filed_dates:
            dates = [d for d in dates if not any(a <= d.start < b for a, b in filed_dates)]
        for g in aggs:
            since = next((d for d in dates if d.kind == "since"), None)
            counts.append({"kind": "aggregate", "count": g.count, "what": g.what, "text": g.text,
                           "since": since.date.isoformat() if since and since.date else None,
                           "as_of": published.isoformat() if published else None,
                           "sources": [{"file": article.name, "article": article.id, "published": published.isoformat() if published else None,
                                        "evidence": {"count": evidence(article.name, s, (g.start, g.end))}}]})
        if not trig:
            if aggs and tally is None and aggs[0].what == "attacks":
                tally = _counted_week(article, s, dates, si, aggs[0].start)  # "Last week, U.S. forces came under 13 drone and rocket attacks"
            continue
        figures = None  # the clause's killed and wounded: read when its first report is made (a summary or a reference makes none)
        # "It added the UAVs ... have targeted the Al-Tanf, Al-Rukban, and Al-Malikiya bases": the group that spoke just before
        speaker = None
        if _IT_ADDED.match(s.text) and told_before is not None:
            speaker = next((m.actor for m in told_before[0] if m.kind == "actor" and m.actor != _US
                            and role_spans(text, m.start, m.end) == "by"), told_before[1])
        told_before = (in_s, speaker)  # read only when the next sentence goes on with "It added"
        # "Iran has lashed out across the region. It has launched hundreds of missiles ...": the subject of the sentence before
        subject = (_subject_before(sents[si - 1], mentions_in(sents[si - 1]), finder.actors)
                   if speaker is None and si > 0 and _PRONOUN_ACTS.match(s.text) else None)
        dated = any(d.precision == 1 and d.kind in ("absolute", "weekday", "relative")
                    or d.kind == "week" and ("weekend" in d.text.lower() or _WEEK_AGO.fullmatch(d.text))
                    for d in dates)  # "over the weekend": two days, a report's time as much as a day is; "one week ago": that day's
        # the time told at the sentence's start ("On October 18, ...", "Late last week, ..."): a count of attacks it opens is dated by it
        # ("U.S. military personnel last week defended against multiple drone attacks": a week told before the first attack word, in
        # the subject's clause; not "Austin, who last week warned Iran, said ...": another clause's week)
        lead = [d for d in dates if d.start - s.start <= 3 or (d.kind == "week" and d.end <= trig[0].start
                                                                and not _CLAUSE_BEFORE_WEEK.search(s.text, 0, d.start - s.start))]
        if not dated and si + 1 < len(sents) and not any(m.kind == "place" for m in mentions_in(sents[si + 1])):
            dated = dates_report_before(sents[si + 1], published)  # "... targeted Kataib Hezbollah in Iraq. The operation took place on Wednesday."
        ranks = {KIND_RANK.get(matches[m.start].kind, 4) for m in in_s if m.kind == "place" and m.start in matches}  # its places'
        specific, area = not ranks.isdisjoint((0, 1)), not ranks.isdisjoint((2, 3))  # a site or town; a district, province or sea
        # a period the campaign counts from; not a state long before it ("the Golan Heights, occupied by Israel since 1967")
        since = (any(d.kind == "since" and (d.date is None or d.date >= _CAMPAIGN_ERA) for d in dates)
                 or counts_over_days(s.text)  # or a span of days it counts over ("from October 17-24")
                 or ("ince" in s.text and _SINCE_WAR.search(s.text) is not None))  # or since the war began, told without its day
        aside = is_reference(s.text)  # "in response to the attacks on ...": its own events, not the thread of the report
        if aside and not dated and _HOURS_AFTER_OPENING.match(s.text):
            dated = True  # "Hours after the US strikes in Syria, militants fired ...": a strike of the news's day, no summary
        prose = bool(_PROSE.search(text, *(s.outer or (s.start, s.end))))  # a sentence of prose, not a headline
        summary = None  # whether the clause summarises the campaign: read once, for its first trigger that can be an event
        if si + 1 < len(sents) and sents[si + 1].outer == s.outer and s.outer is not None and claim_item(sents[si + 1].text):
            summary = False  # "three drone attacks on sites in southern Israel, two more on ...": the first item of a counted claim
        for t in trig:
            if (t.kind != "development" or t.sub_event_type == "Disrupted weapons use") and (summary if summary is not None else
                                            (summary := generic_report(s.text, dated=dated, since=since, specific_place=specific,
                                                                          area_named=area))):
                answered = next((u for u in trig if u.kind == "attack" and u.start > t.end), None) if t.kind == "strike" else None
                if answered is None or generic_report(text[s.start:answered.start], dated=dated, since=since, specific_place=specific,
                                                      area_named=area):
                    # (not "US forces struck a militia in Syria that launched rocket attacks against U.S. bases in Iraq": the attacks
                    # it answered are the campaign's, the strike's own clause is news)
                    if not since and t.kind == "attack" and not out and tally is None and (dated or lead and lead[0].kind == "week"):
                        tally = _tally_day(article, s, dates if dated else lead, si)
                    continue  # a summary of the campaign, not the report of an event
            if in_since(s, t.start, s.end, in_s, matches):
                continue  # "since Hamas attacked Israel on Oct. 7": where a period starts, not an event reported
            if sites_named(t) and "strike" not in last:
                continue  # "The sites were Petra, Wadi Rum and the Dead Sea": no strike told before whose sites these are
            if military_action(t) and not dated:
                continue  # "must seek approval before he initiated a military action against Iran": no day, no action told
            if (t.text.lower() == "attacks" and _SAID_THE.search(s.text, 0, t.start - s.start)
                    and not _HIT_AFTER.match(s.text, t.end - s.start)):
                continue  # "Blinken said the attacks, which Washington has linked back to Iran, were unacceptable": a view of them
            if t.kind == "attack" and _THE_ATTACKS.fullmatch(s.text, max(0, t.start - s.start - 4), t.end - s.start) and _COMES.match(
                    s.text, t.end - s.start):
                continue  # "The attack comes in the wake of the killing of Haniyeh in Tehran": the report before, set in its time
            if (t.kind == "attack" and t.text.lower() in _ANAPHORS and "attack" in last and not last["attack"].get("background")
                    and _DEFINITE_END.search(s.text, max(0, t.start - s.start - 8), t.start - s.start)
                    and _ABOUT_THE_ATTACK.search(s.text, max(0, t.start - s.start - 70), t.start - s.start)
                    and not any(d.start > t.start for d in dates) and not _ATTACK_ON.match(s.text, t.end - s.start)):
                continue  # "detained ... for their alleged involvement in the attack", "called on Iraqi forces to investigate the
                # attack": the attack told before, what was done or said about it, not another (unless it gives its day: "for their
                # role in the attack on Ain al-Asad airbase on Monday", nor names what it hit: "investigating the attack on a convoy")
            if t.kind == "attack" and _SIGHTED.match(s.text, t.end - s.start) and not harm_done(s.text):
                continue  # "a drone was detected flying over Lake Tiberias": a sighting, not an attack told
            if (t.text.lower().endswith(("attacks", "strikes")) and _DECLINED.match(s.text, t.end - s.start)) or (
                    t.start - s.start > 0 and _DECLINED_LEAD.match(s.text)):
                continue  # "Strikes against U.S. troops in Iraq and Syria have declined after last Friday's U.S. airstrikes": a trend,
                # and what it came after told as its time
            if t.kind == "attack" and t.text.lower().endswith("attacks") and _ON_SHIPPING.match(s.text, t.end - s.start):
                continue  # "in response to Houthi attacks on commercial vessels in the Red Sea": a campaign on shipping, not a report
            if (t.kind != "development" and t.kind in last and (this := _THIS_IS_THE.match(s.text)) is not None
                    and t.start - s.start < this.end()):
                continue  # "This is the most recent confirmed attack launched by militia forces ...": the report before, ranked
            if t.kind == "development" and _VOW.fullmatch(t.text) and _REVENGE.match(s.text, t.end - s.start):
                continue  # "The Houthis threatened to retaliate against Friday's strikes": a threat of revenge, no event the coders code
            t = as_strike(t, in_s, s)  # the trigger as read: "a U.S. drone strike" is a strike
            if (t.kind == "strike" and _THE_STRIKE.fullmatch(t.text) and "attack" in last and "strike" not in kinds_before
                    and last["attack"]["_si"] >= si - 2 and not any(m.actor for m in in_s)):
                # "the Sarsang oil field was hit, calling the strike 'an act of terrorism'": the attack just told, no one's strike
                t = Trigger(t.start, t.end, t.text, "attack", t.event_type, last["attack"]["sub_event_type"], t.claim)
            places = event_places(t, s, in_s, matches, text)
            if places and ", who" in s.text:
                places = _outside_who_clause(places, s, t, in_s, matches)  # not where a man the report took had been
            if places and " to " in s.text:
                # "Wounded British soldiers were flown to RAF Akrotiri for treatment after Saturday's rocket attack on Camp Taji": where
                # the wounded were taken, not where they were hit
                places = [m for m in places if not _TAKEN_TO.search(text, max(s.start, m.start - 40), m.start)]
            split = (_split_by_land(s, in_s, matches) if t.kind == "attack" and not since and " in " in s.text else [])
            if split:
                places = split  # "four drone and rocket attacks against U.S. troops and bases—three in Syria and one in Iraq": each country's
            if t.sub_event_type == "Arrests":  # not "arrested five people linked to a recent rocket attack on Ain al-Asad": the attack's
                places = [m for m in places if m.start < t.start or not _ATTACK_WORD.search(text, t.end, m.start)]
            if not places and s.outer is not None and _WHICH_WAS.match(s.text):
                # "a drone fell near Kirkuk airport, which was struck on Monday by two rockets": the place the clause tells of
                places = [m for m in mentions_in(Sentence(s.index, s.outer[0], s.start, text[s.outer[0]:s.start]))
                          if m.kind == "place" and m.start in matches][-1:]
            if (t.kind == "attack" and places and not split and all(matches[m.start].kind == "country" for m in places)
                    and attacks_across_countries(s.text, t.start - s.start)):
                if not since and tally is None and lead and (dated or lead[0].kind == "week"):
                    # "On October 18, ... attacks on bases in Iraq and Syria": the day of those told after it; "Late last week, U.S.
                    # personnel defended against multiple drone attacks in Iraq, Syria": the week's day, at week precision
                    tally = _tally_day(article, s, lead if not dated else dates, si)
                continue  # "the most recent attacks against U.S. forces in Iraq, Syria, and Jordan": the campaign, not an event
            if (t.kind == "attack" and places and "attacks" in s.text and (counted := attacks_counted(s.text))
                    # (not "three attacks ... on two vital sites in Tel Aviv and one in Be'er Sheva": each place's count told)
                    and counted > sum({matches[m.start].place.id: counted_at(text, m.start) for m in places}.values())
                    and _TARGETS_PLURAL.search(s.text)):
                # "Two separate attacks were reported on bases in Iraq on Thursday, with an explosion at Harir": the country too, so
                # that the article's rules may keep the attack it does not name (a country-level remainder)
                lands = {matches[m.start].place.country for m in places}
                places = places + [m for m in in_s if m.start in matches and matches[m.start].kind == "country"
                                   and matches[m.start].place.country in lands and m not in places][:1]
            if t.kind == "attack" and "strike" in last and (struck_in_round(t, s, in_s, finder.actors) or (
                    _THE_ATTACKS.fullmatch(s.text, max(0, t.start - s.start - 4), t.end - s.start)
                    and last["strike"]["_si"] >= si - 1 and last["strike"]["_si"] > last.get("attack", {}).get("_si", -1)
                    and (_HIT_AFTER.match(s.text, t.end - s.start) or _CONDEMN_THE.search(s.text, 0, max(0, t.start - s.start - 4)))
                    and victims(s.text) != "us")):
                # "the attacks targeted a pro-Iranian militia training facility near Abu Kamal", right after the US strikes: those strikes
                t = Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
            elif (t.kind == "attack" and t.start - s.start <= 4 and _THE_ATTACKS.fullmatch(s.text, 0, t.end - s.start)
                  and _CARRIED_OUT.match(s.text, t.end - s.start) and kinds_before.get("strike", -9) >= si - 3
                  and kinds_before["strike"] > kinds_before.get("attack", -1) and victims(s.text) != "us"):
                # "37 terrorists were killed in two strikes by U.S. Central Command Forces in Syria. ... The attacks were carried out on
                # September 24 in northwest Syria": those strikes, told again with their days and places
                t = Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
            condemns = condemnation(t)
            for place in places or [None]:
                prev = None if aside else last.get(t.kind)
                if (not aside and tally is not None and t.kind == "attack" and si - tally["_si"] <= _TALLY_READ
                        and (prev is None or prev["_si"] < tally["_si"] and prev["sources"][0]["date_kind"] in ("published", "none"))):
                    # (or told after the thread's last report, which had no day of its own)
                    prev = tally  # "... were attacked at two sites in northeastern Syria": one of the attacks of that day
                if condemns:
                    prev = _condemned(out) or prev  # "Iraq condemned the strike": the day of the strike it names
                if prev is None and not aside and t.sub_event_type == "Disrupted weapons use":
                    prev = last.get("attack")  # "US forces shot down both drones": the drones of the attack just reported
                elif (not aside and t.sub_event_type == "Disrupted weapons use" and "attack" in last and last["attack"]["_si"] >= si - 1
                      and _SALVO_REST.match(s.text)):
                    # "... fired three anti-ship ballistic missiles at the M/V Maersk Detroit, one of which hit the ocean. The other two
                    # missiles were intercepted by the USS Gravely": the salvo just told, not a downing told before it (a headline's)
                    prev = last["attack"]
                if (prev is None or prev.get("_scope") != "site") and not aside and "same" in s.text and _SAME_SITE.search(s.text):
                    # "Another attack at the same base on Saturday", after "an attack on Tuesday ... at Ain Al Asad airbase": that base
                    prev = next((o for o in reversed(out) if o.get("_scope") == "site" and o["_kind"] == t.kind), None)
                if prev is None and not aside and last and _MEANWHILE.match(s.text):
                    prev = max(last.values(), key=lambda o: o["_si"])  # "Meanwhile in Syria, militias targeted ...": the same days' news
                if figures is None:
                    figures = find_figures(s.text, offset=s.start)
                c = _candidate(article, published, s, t, place, matches, in_s, dates, figures, prev, finder.actors,
                               earlier=None if aside else out, told=out)
                if aside:
                    c["_aside"] = True  # "in response to a drone attack on Tower 22 ... on Jan. 28": told as what the news answered
                    if c["_date"] is None and s.outer is not None and _HOURS_BEFORE.search(text, max(s.outer[0], s.start - 30), s.start):
                        _dated_hours_before(c, out, sents, s)  # "launched strikes early Tuesday ..., hours after a drone attack"
                if si in items:
                    c["_item_only"] = not c["_other_site"]  # (not "another drone attack on a second base")
                    c["_other_site"] = True  # an item of a counted claim: its own target, not the one before
                    if c["sources"][0]["date_kind"] == "inherited":
                        c["sources"][0]["date_kind"] = "item"  # the claim's day, told once for all its items
                    if not c["actor1"] and (claimant := next((o["actor1"] for o in reversed(out) if o["_kind"] == "attack" and o["actor1"]), "")):
                        c["actor1"] = c["sources"][0]["actor1"] = claimant  # and its claimant, the last the article named
                if (t.kind == "attack" and place is not None and c["event_type"] == "Explosions/Remote violence"
                        and (own := place_weapon(s.text, place.start - s.start)) is not None):
                    c["sub_event_type"] = own  # "a drone attack on US troops in northern Iraq and a rocket attack in Syria": each its own
                if c["_kind"] == "attack" and c["actor1"] == _US and c["event_type"] == "Explosions/Remote violence":
                    c["_kind"] = "strike"  # "a headquarters ... was targeted by three drone strikes by American aircraft": the US struck
                if t.kind != "development" and any(condemnation(o) and o.start < t.start for o in trig):
                    c["_objected"] = True  # "Austin condemned the attacks on the embassy": the attack the article tells, told again
                armed = not (t.kind == "attack" and weaponless(t) and not _WEAPON_NAMED.search(s.text))
                if (not armed and prev is not None and prev.get("_armed") and prev["_kind"] == "attack" and prev["_si"] >= si - 2
                        and _ANAPHOR.search(s.text, max(0, t.start - s.start - 40), t.start - s.start)):
                    c["sub_event_type"] = prev["sub_event_type"]  # "... attacked three bases with suicide drones. The first attack targeted
                    armed = True                                   # al-Harir": the attacks just told, with their weapon and attacker
                    if not c["actor1"] and prev.get("actor1"):
                        c["actor1"] = c["sources"][0]["actor1"] = prev["actor1"]
                c["_armed"], c["_si"] = armed, si
                if not armed:
                    # a report that names no weapon ("they also targeted US bases in Al Tanf") is coded by the convention (a
                    # shelling/missile attack) unless the article tells of one kind of weapon only; the weapon of the report before
                    # is not this one's (measured on the real sets: the convention agrees with the coders more often)
                    if "article" not in weapons:
                        weapons["article"] = _article_weapon(text)
                    if weapons["article"] is not None:
                        c["sub_event_type"] = weapons["article"]  # an article that tells of drones and of no other weapon
                if blast(t) and "target" not in t.text and not (us_position(c.get("location")) or _US_BASE.search(s.text)):
                    # (an explosion that "targeted a convoy" was aimed: an attack wherever it was)
                    if not ((_MILITARY_BASE.search(s.text) and (contains_any(s.text, _TOLL_WORDS + ("fatalit",))
                                                                 or (_ROCKED_BASE.search(s.text) and not _ACCIDENT.search(s.text))))
                            or (c.get("_scope") == "site" and not c.get("background"))
                            or (c.get("place_id") and not c.get("background") and "field" in s.text and _OIL_FIELD.search(s.text)
                                and not _ACCIDENT.search(s.text))):
                        # (a blast at a base, an oil field or an airport the gazetteer holds as a site is an attack there: "An explosion
                        # and fire occurred inside the Kalsu base", "explosions at the Sarsang oil field")
                        continue  # explosions heard somewhere: not an attack on anyone the report names
                    # a blast at a military base that killed or wounded someone: an attack there, as coders code it, by whoever the
                    # sentence names (not the article's attackers of US forces)
                    c["_base_blast"] = (c["actor1"], c["actor2"])
                if t.kind == "strike" and ((c["actor1"] in ("", _US) and (unknown_aircraft(s.text) or hedged_us(s.text))) or (
                        c["actor1"] in ("", _US, _ISRAEL) and suspected_strike(s.text, t.start - s.start, t.end - s.start))):
                    # "drones believed to belong to US forces", "possibly by US forces": not confirmed, as ACLED codes it
                    _unconfirmed_striker(c, finder.actors)
                elif t.kind == "strike" and not c["actor1"] and (unowned if unowned is not None else (unowned := unknown_aircraft(text))):
                    _unconfirmed_striker(c, finder.actors)  # "the strikes, carried out by unidentified warplanes": the article's strikes
                elif t.kind == "strike" and c["actor1"] == _US and not c["background"] and denied:
                    # "alleged the explosions resulted from a U.S. strike ... CENTCOM: those reports are not true": no one owns it
                    _unconfirmed_striker(c, finder.actors)
                if (t.kind == "strike" and c["actor1"] != _ISRAEL
                        and (us_position(c.get("location"), s.text) or (c.get("place_id") and _US_HOSTED.search(s.text, t.end - s.start)))
                        and not any(m.actor == _US and (m.end <= t.start or role_spans(article.text, m.start, m.end) == "by") for m in in_s)):
                    # "The strike at Rumalyn", "separate strikes on al-Tanf garrison ..., a Pentagon spokesman said": a strike on a US
                    _attack_on_us_position(c)  # base that no US subject or agent carried out is an attack on US forces
                if speaker is not None and t.kind == "attack" and not c["actor1"] and c["event_type"] != "Strategic developments":
                    c["actor1"] = c["sources"][0]["actor1"] = speaker
                    c["flags"].append(f"actor from the sentence before: '{s.text.split()[0]}' is {speaker}, which spoke there")
                elif (subject is not None and not c["actor1"] and c["event_type"] != "Strategic developments"
                      and (t.kind == "strike" or finder.actors.side(subject) != "US and partners")):
                    c["actor1"] = c["sources"][0]["actor1"] = subject
                    c["flags"].append(f"actor from the sentence before: its subject, {subject}, is the '{s.text.split()[0]}' of this one")
                if condemns:
                    speaking_state(c, s, t, in_s, matches, finder.actors)
                    if not condemned_by_state(c, in_s, finder.actors, prev):
                        continue  # an armed group criticising a government is not a development ACLED codes
                    if si > lede_end + 2:
                        continue  # a government's reaction told deep in a story of the strike: a part of that story, not news
                    c["_condemn"] = True
                if t.sub_event_type == "Disrupted weapons use":
                    # "One drone was shot down. The other impacted RLZ."; "One was shot down and the other crashed, causing minor
                    # injuries": harm told after the shooting down
                    # (people hurt, not "a third was heavily damaged and recovered": the drone)
                    c["_harm"] = ((harm_done(tail := s.text[t.end - s.start:]) and _PEOPLE_HURT.search(tail) is not None)
                                  or (si + 1 < len(sents) and harm_done(sents[si + 1].text)))
                if t.kind == "strike" and not c.get("place_id"):
                    _at_target_country(c, finder)
                    if not c.get("place_id") and (attacked := struck_group_attacked(t, in_s, matches, text)) is not None:
                        _at_attacked_country(c, attacked, finder)
                    if not c.get("place_id") and (adj := _ON_NATIONAL.search(s.text)) is not None and not _BASE_WORD.search(adj.group(0)):
                        # "U.S. airstrikes targeted several Syrian Islamic State camps"; not "the strike ... on the Iraqi airbase": the
                        # militias' on a base of the US side, whose place the article gives elsewhere
                        _at_national_target(c, adj.group("adj"), finder)
                elif ((t.kind == "attack" or t.sub_event_type == "Disrupted weapons use") and not c.get("place_id")
                      and (adj := _ON_NATIONAL.search(s.text)) is not None):  # "were brought down ... on the Jordanian side"
                    _at_national_target(c, adj.group("adj"), finder)
                if not c.get("place_id") and t.kind in ("strike", "attack") and "border" in s.text:
                    _by_the_border(c, s.text, finder)  # "killed in the US strikes near the Syrian border", Iraq's government said
                if not c.get("place_id") and t.kind in ("strike", "attack") and " time" in s.text and (
                        clock := _LOCAL_CLOCK.search(s.text)) is not None and (home := finder.country_places.get(
                        _CLOCK_COUNTRY[clock.group(1).lower()])) is not None:
                    # "On January 4 at approximately 12 P.M. Iraq time, U.S. forces took necessary and proportionate action against ...":
                    # the country whose clock told the hour, when the sentence names no place
                    at_country(c, home, f"the hour was told by {home.name}'s clock", f"placed at {home.name}: the hour was told in its time")
                if (not c.get("place_id") and t.kind in ("attack", "development") and "from" in s.text
                        and any(m.kind == "place" and is_origin(article.text, m) for m in in_s) and _ISRAELI_VOICE.search(s.text)
                        and (t.kind == "attack" or t.sub_event_type == "Disrupted weapons use")
                        and (israel := finder.country_places.get("IL")) is not None):
                    # "the IDF reported that it identified a UAV launched from Iraq and fired several missile defense interceptors",
                    # "a drone strike last week that Israel said was launched from Iraq killed two Israeli soldiers": where the weapon
                    # came from is no place of the event; Israel told of it reaching Israel, where coders code it
                    at_country(c, israel, "a weapon launched from abroad, told by Israel: placed in Israel",
                               "placed in Israel: the weapon came from abroad and Israel told of it")
                if (t.sub_event_type == "Disrupted weapons use" and c["actor1"] == _US and c.get("place_id") in (None, "yemen")
                        and _NAVY.search(s.text) and _HOUTHI_FIRE.search(s.text) and not _OVER_YEMEN.search(s.text)):
                    # "Houthi militants in Yemen fired ..., all intercepted by the USS Carney", "a U.S. Navy warship shot down three
                    # attack drones": a warship's interception of the Houthis' fire with no sea named is in the Red Sea, as the coders
                    # code it (Yemen is where the fire came from)
                    at_country(c, finder.gz.place("red-sea"), "a US warship's interception of Houthi fire, no sea named: the Red Sea",
                               "placed in the Red Sea: a US warship intercepted Houthi fire and the report names no sea")
                if (t.kind == "attack" and c["sources"][0]["date_kind"] in ("inherited", "none")
                        and _OF_THOSE.search(s.text, max(0, t.start - s.start - 40), t.end - s.start)):
                    c["background"] = True  # "21 U.S. personnel were injured in two of those assaults": attacks of a count, told without a day
                    c["event_date"] = c["_date"] = c["time_precision"] = c["sources"][0]["event_date"] = None  # not the day of the report before
                    c["flags"].append("one of the attacks a count before it holds, told without its day: history")
                # (a condemnation told after the attack it condemns is still the day's: "The attack was condemned by the Iraqi
                # government"; a drone downed or a US measure told with no day and no place is the day's, at its actor's country)
                first = not lede_told or (t.kind == "strike" and "strike" not in lede_told) or condemns
                pub_dev = (t.kind == "development" and t.sub_event_type in ("Disrupted weapons use", "Other", "Agreement", "Arrests")
                           and not _HISTORY_TOLD.search(s.text))  # (not "Houthi forces have previously shot down US MQ-9 drones")
                if (first and c["_date"] is None and published is not None and not aside and not c["background"] and si <= lede_end
                        and (c.get("place_id") or condemns or pub_dev) and prose and not (t.kind == "development" and since)):
                    if pub_dev and not c.get("place_id") and not condemns:
                        c["_pub_dev"] = True  # (placed by its actor's country, or dropped: see article_rules)
                    # (not "the group has paused attacks since February": a state of things, not the day's news)
                    # the lede's first report, or its first strike, is the news of the day; a condemnation is placed at its state's country
                    date_by_publication(c, published)
                    dated_back_from_publication(c, s.text, published)  # "A day earlier, the group claimed ...": the day before
                elif (prev is not None and prev["_si"] == si and prev["_trigger"] == t.text and c["sources"][0]["date_kind"] == "inherited"
                      and prev["sources"][0]["date_kind"] == "published" and c["_date"] == prev["_date"]):
                    # "targeted three sites in Iraq and four in Syria": the report's second country, dated as its first was (by the
                    # publication), not a report told after it that took its day
                    c["sources"][0]["date_kind"] = "published"
                if prose:  # a headline's report does not take the lede's place; a drone shot down told the attack
                    lede_told.update(("attack", t.kind) if t.sub_event_type == "Disrupted weapons use" else (t.kind,))
                else:
                    c["_headline"] = True
                if prev is tally and c["sources"][0]["date_kind"] == "inherited":
                    c["sources"][0]["date_kind"] = "tally"
                    c["flags"].append("dated by the count of " + ("that week's" if tally["time_precision"] == 2 else "that day's")
                                      + " attacks told before it")
                out.append(c)
                if not aside and c["event_type"] != "Strategic developments":
                    told_at = (si, told_at[1] + [c]) if told_at is not None and told_at[0] == si else (si, [c])
                if t.kind != "development" and c["_date"] is not None and len(places) <= 1:
                    # (not "separate strikes on al-Tanf and al-Asad on Oct. 17 and 18": which day was which is not told)
                    out += _other_days(c, dates, article, s)  # "On November 9 and 11, the base was also attacked": two attacks
                if not aside and not (c["background"] and c["_kind"] in last):
                    last[c["_kind"]] = c  # not "a similar attack last month", told after the news: the thread stays with the news
            if (t.kind == "strike" and places and out and out[-1]["_trigger"] == t.text
                    and (others := _OTHER_AREAS.match(text, places[-1].end, min(s.end, places[-1].end + 80))) is not None
                    and len({matches[m.start].place.country for m in places}) == 1
                    and all(matches[m.start].kind != "country" for m in places)
                    and (home := finder.country_places.get(matches[places[-1].start].place.country)) is not None):
                out.append(_unnamed_areas(out[-1], home, evidence(article.name, s, others.span("words"))))
            elif t.kind == "strike" and places and out and out[-1]["_trigger"] == t.text and not out[-1]["background"]:
                out += [_unnamed_areas(out[-1], finder.country_places[cc], evidence(article.name, s, (m.start, m.end)))
                        for cc, m in _unnamed_lands(text, s, t, places, in_s, matches, finder).items()]
        if heading is not None:
            dated_by_heading([c for c in out if c["_si"] == si], article, heading_s, heading)
    for c in out:
        if c.get("_aside") and c["_date"] is None and _HOURS_AFTER_OPENING.match(sents[c["_si"]].text):
            # "Less than a day after the United States launched its ninth attack against the Houthis, the militants attacked
            # another ship": the report of the sentence's main clause dates it
            _dated_hours_before(c, [o for o in out if o is not c], sents, sents[c["_si"]])
            if c["_date"] is None and published is not None and c["_si"] <= lede_end:
                date_by_publication(c, published)  # the lede's news, itself dated by the publication: the same day, or the one before
                dated_day_after(c, sents[c["_si"]].text, published)  # "a day after the group struck Haifa": the day before
    if filed and any(not c.get("place_id") and "here" in c["notes"] for c in out):
        _placed_here(out, article, [m for m in found if m.kind == "place" and in_dateline(m.start)], countries, finder)
    out = article_rules(out, mentions, matches, finder, text)
    for c in out:
        if (own := c.pop("_base_blast", None)) is not None:
            c["actor1"], c["actor2"] = own[0] or _UNIDENTIFIED, own[1]
    if denied:
        for c in out:  # "killed in explosions at the Kalsu military base", the strike alleged behind them denied: no one owns them
            if c["actor1"] in (_US, _UNIDENTIFIED) and not c["background"] and blast_words(c.get("_trigger") or ""):
                _unconfirmed_striker(c, finder.actors)
    mark_history(out, published, text, listed=dated_lines)  # (None when no heading asked for it)
    if published is not None:
        for c in out:
            if c["event_date"] is None and c.get("place_id") and re.search(r"\b(?:earlier|later)\s+(?:in\s+the\s+day|today)\b", c["notes"], re.I):
                c["event_date"], c["time_precision"], c["_date"] = published.isoformat(), 1, published
                c["flags"] = [f for f in c["flags"] if not f.startswith("no date")] + ["dated by 'earlier in the day': the publication date"]
                c["sources"][0].update(event_date=c["event_date"], date_kind="relative", time_precision=1)
    merged = fold_same_words(merge_candidates(out, within_article=True))
    for c in merged:
        if c["_kind"] == "strike" and c["actor1"] in (_US, "Israel") and not c.get("actor2") and c.get("country") == "IR":
            c["actor2"] = "Iran"  # "a precision strike ... against three nuclear facilities in Iran": the state struck, no group named
        if (c.get("_unplaced") and c["_kind"] == "attack" and c.get("actor2") and c["actor2"] != _US
                and not any(o.get("place_id") and o["_kind"] in ("attack", "strike") and o["event_date"] == c["event_date"]
                            for o in merged)):
            # "an explosion that struck a base belonging to the Popular Mobilization Forces", and no violence of that day placed in the
            # article (not "... the explosion at the Kalsu military base": that one, placed)
            _at_target_country(c, finder)
            if c.get("place_id"):
                c.pop("_unplaced")
    if published is not None:
        undated_beside_news(merged, text)
        for c in merged:  # a placed report the article never dates: ACLED dates it by the report, at month precision, flagged
            if (c["event_date"] is None and c.get("place_id") and c["event_type"] != "Strategic developments" and not c.get("background")
                    and not c.get("_unplaced")):
                c["event_date"], c["_date"], c["time_precision"] = published.isoformat(), published, 3
                c["flags"] = [f for f in c["flags"] if not f.startswith("no date")] + [
                    "no day anywhere in the article: dated by its publication, at month precision"]
    return merged, counts


#: A week counted back to a day: "The strikes one week ago in Iraq and Syria did considerable damage" (a round the week before).
_WEEK_AGO = re.compile(r"(?:one|a)\s+week\s+ago", re.I)
#: Attacks told on several places, not several on one base ("attacks on military bases", not "two attacks on al-Asad base").
_TARGETS_PLURAL = re.compile(r"\b(?:bases|sites|facilities|installations|locations|positions)\b")
#: A report placed by the site told before it: "at the same base", "the same facility".
_SAME_SITE = re.compile(r"\bthe\s+same\s+(?:air\s*)?(?:base|site|facility|installation|garrison|outpost|compound)\b", re.I)
#: A sentence that tells news of the same days as the report before it, whatever its kind.
_MEANWHILE = re.compile(r"(?:Meanwhile|In\s+the\s+meantime|At\s+the\s+same\s+time)\b")
#: The report told before, named again ("the attacks"), and what it did right after it ("targeted", "hit").
_THE_ATTACKS = re.compile(r"(?:[Tt]he|[Tt]hese)\s+attacks?")
_THIS_IS_THE = re.compile(r"\s*(?:This|It|That)\s+(?:is|was|marks|marked)\s+the\s+(?:most\s+recent|latest)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:attacks?|strikes?)\b")
_COMES = re.compile(r"\s+(?:comes?|came|(?:appeared|appears|seemed|seems)\s+to\s+(?:be|have\s+been)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                    r"(?:response|retaliation|reprisal|reaction))\b")
#: Right after a weapon: it was only seen ("a drone was detected flying over Lake Tiberias", "drones were spotted over the base").
_SIGHTED = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:reportedly\s+)?(?:detected|spotted|sighted|observed|seen)\b|"
                      # "The UAV flew toward the area of Yokne'am and was monitored by the IAF": seen on its way, nothing hit
                      r"\s+flew\s+(?:toward|towards)\s+the\s+area\s+of\b[^.;]{0,40}\b(?:was|were)\s+(?:monitored|tracked)\b|"
                      # "the sirens were triggered by a UAV that had been identified in the area of Rosh HaNikra"
                      r"\s+(?:that|which)\s+(?:had\s+been|was)\s+identified\s+in\s+the\s+area\s+of\b")
#: Right after plural attacks or strikes: their number fell ("Strikes against U.S. troops in Iraq and Syria have declined").
_DECLINED = re.compile(r"\s+(?:[^;,]{0,60}?\s)?(?:have|has|had)\s+(?:largely\s+|sharply\s+|significantly\s+|since\s+)?"
                       r"(?:declined|dropped|decreased|slowed|fallen|subsided|stopped|ceased|paused|halted|eased)\b")
#: A sentence that opens with such a fall: "Attacks on US forces have dropped since ...".
_DECLINED_LEAD = re.compile(r"\s*(?:The\s+)?(?:[\w-]+\s+){0,2}(?:attacks|strikes)\b" + _DECLINED.pattern, re.I)
#: Right after "attacks": shipping as their target, the Red Sea campaign told in a phrase ("attacks on international shipping").
_ON_SHIPPING = re.compile(r"\s+(?:on|against)\s+(?:[\w.,-]+\s+){0,4}?(?:shipping|vessels|ships)\b", re.I)
_HIT_AFTER = re.compile(r"\s+(?:targeted|hit|struck)\b")
#: Right after "The attacks" opening a sentence: when and where the reports told before were made.
_CARRIED_OUT = re.compile(r"\s+(?:were|was)\s+(?:carried\s+out|conducted|launched)\b")
#: Before "the attack": condemned ("We strongly condemn the attack on the Jurf al-Nasr area", right after the US strikes).
_CONDEMN_THE = re.compile(r"\b(?:condemn(?:s|ed)?|denounc(?:es|ed)?|decr(?:ies|ied))\s+$")
#: Before "the attacks": someone speaks of them, not of one that happened.
_SAID_THE = re.compile(r"\b(?:said|says|called|described|warned|stated|insisted|mention(?:ing|ed|s)?|referring\s+to|citing)\s+"
                       r"(?:that\s+)?the\s+$")  # "Without directly mentioning the attacks on the Iraqi bases, the United States ..."
#: How many sentences after a dated count of attacks its breakdown may run.
_TALLY_READ = 4


def _tally_day(article: Article, s: Sentence, dates: list[DateMention], si: int) -> dict | None:
    """The day of a count of one day's attacks ("attacked four times in Iraq and Syria on Thursday,
    November 23"), or of one week's told before it ("Late last week, ... multiple drone attacks in Iraq,
    Syria", at week precision), as a report the undated attacks told after it take their day from."""
    days = {d.date for d in dates if (d.precision == 1 and d.kind in ("absolute", "weekday", "relative") or d.kind == "week")
            and d.date is not None}
    if len(days) != 1:
        return None
    d = next(d for d in dates if d.date in days)
    return {"_date": d.date, "event_date": d.date.isoformat(), "time_precision": d.precision, "_si": si, "_kind": "attack", "event_type": None,
            "sub_event_type": None, "place_id": None, "actor1": "",
            "sources": [{"evidence": {"event_date": evidence(article.name, s, (d.start, d.end))}}]}


def _counted_week(article: Article, s: Sentence, dates: list[DateMention], si: int, count_at: int) -> dict | None:
    """The week of a count of attacks in figures that a week opens ("Last week, U.S. forces came under
    13 drone and rocket attacks in Iraq and Syria"), as a report the undated attacks told after it
    take their day from, at week precision; None for a count over a period ("13 attacks since
    October 17", "over the past month"), for a week that tells when the count was said ("Last week,
    a US official said ..."), or with no week told before it. ``count_at`` is where the count starts."""
    if any(d.kind == "since" for d in dates) or counts_over_days(s.text) or _OVER_A_PERIOD.search(s.text):
        return None
    # the day a speaker told the count on, after it ("..., the Pentagon said on Monday"): when it was said, not a day of the attacks
    told = _SPEAKER_VERB.search(s.text, count_at - s.start)
    if told:
        dates = [d for d in dates if not 0 <= d.start - s.start - told.end() <= _SAID_ON_GAP]
    # a speaker's verb between the week and the count: when it was said ("Last week, a US official said troops had faced 13 attacks")
    weeks = [d for d in dates if d.kind == "week" and d.date is not None and d.start - s.start <= 30
             and not _SPEAKER_VERB.search(s.text, d.end - s.start, count_at - s.start)]
    return _tally_day(article, s, weeks, si) if len(weeks) == 1 and len(dates) == 1 else None


#: The most characters between a speaker's verb and the day it tells it was said on: "said on Monday", "said late Monday".
_SAID_ON_GAP = 9
#: Words of a count over a period, not a week: "13 attacks in all since the Gaza war began", "over the past month".
_OVER_A_PERIOD = re.compile(r"\b(?:since|over\s+the\s+(?:past|last)|in\s+all|so\s+far|in\s+total|altogether|to\s+date)\b", re.I)
#: A speaker's verb: the week told before it is when it was said, not when the attacks were.
_SPEAKER_VERB = re.compile(r"\b(?:said|says|told|announced|reported|stated)\b")
#: Before a week inside a sentence: a clause of its own ("Austin, who last week warned", "The Pentagon, which last week").
_CLAUSE_BEFORE_WEEK = re.compile(r"[,;(]|\b(?:who|which|that|when|after|before)\b")


#: A tally broken down in the lines that follow, and such a line.
_FOLLOWS = re.compile(r"\b(?:as\s+follows|broken\s+down\s+as|breakdown)\b[^.]{0,20}[:.]?\s*$", re.I)
_BULLET = re.compile(r"\s*(?:[•●▪*–-]\s*|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+"
                     r"(?:attacks?|strikes?)\s+(?:on|against|targeting)\b)")
#: People hurt, in the words after a shooting down: "the other crashed, causing minor injuries".
_PEOPLE_HURT = re.compile(r"\b(?:injur|wound|kill|casualt)")
#: A tally's heading inside a sentence, its lines after it: "The attacks are distributed as follows:".
_FOLLOWS_IN = re.compile(r"\bas\s+follows\s*:", re.I)
#: A clause that opens on one item of what the clause before told: "including the first-ever direct attack on Israel".
_INCLUDED = re.compile(r"\s*,?\s*including\b", re.I)
#: A vow, a pledge or a threat (the trigger's word), and after it revenge: what a side says it will do to answer, not a deed
#: (not "vowed on Friday to keep attacking US forces, rejecting calls for a pause": a stance on the campaign).
_VOW = re.compile(r"vow(?:s|ed|ing)?|pledge[sd]?|threaten(?:s|ed)?", re.I)
_REVENGE = re.compile(r"\s+(?:to\s+)?(?:retaliat|reveng|avenge|respond|response|hit\s+back|punish)", re.I)
#: A sentence that opens with the rest of a salvo just told: "The other two missiles", "Both of them", "The remaining drones".
_SALVO_REST = re.compile(r"(?:[Tt]he\s+(?:other|remaining|rest)|(?:Both|All|Two|Three|Four|Each)\s+of\s+(?:them|the))\b")
#: A sentence that opens with what came hours before its news ("Less than a day after ..., ", "Hours after ..., ").
_HOURS_AFTER_OPENING = re.compile(r"(?:[^–—]{0,40}+[–—]\s*|[^–—-]{0,40}+--\s*)?(?:(?:Less|More)\s+than\s+|Only\s+|Just\s+|Mere\s+)?"
                                  r"(?:an?\s+|one\s+|a\s+few\s+|several\s+|some\s+)?(?:hours?|day|minutes)\s+after\b", re.I)
#: Right before a clause that tells what the report answered: it came hours before ("..., hours after a drone attack").
_HOURS_BEFORE = re.compile(r"\b(?:(?:just|only|mere|some|several|a\s+few)\s+)?(?:hours|minutes|moments|shortly)\s+$", re.I)


def _dated_hours_before(c: dict, out: list[dict], sents: list[Sentence], s: Sentence) -> None:
    """The report ``c`` of a clause told as hours before the report of its sentence ("The United States launched strikes early
    Tuesday ..., hours after a drone attack wounded three") is dated by that report's told day, flagged: the same day, or the
    evening before, within a day."""
    main = next((o for o in reversed(out) if sents[o["_si"]].outer == s.outer and o["_date"] is not None
                 and o["sources"][0].get("date_kind") in ("absolute", "weekday", "relative")), None)
    if main is None:
        return
    c["_date"], c["event_date"], c["time_precision"] = main["_date"], main["event_date"], main["time_precision"]
    c["sources"][0].update(event_date=main["event_date"], date_kind="relative", time_precision=main["time_precision"])
    c["flags"] = [f for f in c["flags"] if not f.startswith("no date")] + ["told as hours before the report of its sentence: dated by it"]
#: A sentence of prose, not a headline: it ends with a full stop (or a closing quote after one).
_PROSE = re.compile(r"[.!?][\"'”’)]*\s*$")
#: The sentences of prose (counted from 0) that make a news text's lede: an undated first report there is news of the day.
_LEDE = 3


def _lede_end(text: str, sents: list[Sentence]) -> int:
    """The index of the last sentence of the lede: the one with :data:`_LEDE` sentences of prose before it."""
    seen = 0
    for si, s in enumerate(sents):
        if seen == _LEDE:
            return si
        seen += bool(_PROSE.search(text, *(s.outer or (s.start, s.end))))
    return len(sents)


_UNCONFIRMED = "Unidentified military forces"
#: A base the sentence says US forces hold: "the US base at the Conoco Gas Field", "a coalition base", "bases hosting US forces", "a
#: base used by the international anti-jihadist coalition".
_US_BASE = re.compile(r"\b(?:U\.S\.|US|American|[Cc]oalition)(?:-led)?\s+(?:military\s+|coalition(?:['’]s)?\s+)?(?:military\s+)?(?:air\s*)?bases?\b|"
                      r"\bbases?\s+(?:hosting|housing|used\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:U\.S\.|US|American|[Cc]oalition)")
#: A blast told as striking a military base ("A strong explosion last night rocked a military base housing army troops and ... Hachd
#: al-Chaabi", "An explosion rocked a military base in Babil province"): one there, as coders code it, harm told or not.
_ROCKED_BASE = re.compile(r"\b(?:explosions?|blasts?)\s+(?:[\w-]+\s+){0,3}?(?:rocked|shook|struck|hit)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:(?:military|army|air)\s+base|airbase|base\s+(?:belonging\s+to|housing|of|used\s+by))\b", re.I)
#: A blast's cause told as no attack: "An accidental explosion", "a controlled detonation of old ordnance", "a fire in an
#: ammunition store", "A heatwave-triggered blast".
_ACCIDENT = re.compile(r"\b(?:accident\w*|controlled\s+detonation|detonation\s+of\s+old|ordnance\s+disposal|fire\s+in\s+an?\s+"
                       r"(?:ammunition|munitions|weapons)|heat\w*|short[-\s]circuit|technical\s+(?:fault|failure)|malfunction\w*|"
                       r"improper\s+storage)\b", re.I)
#: An oil or gas field named as such ("the Sarsang oil field", "production facilities in the Sarsang field"): a blast there is an
#: attack on it, as the coders code the drone attacks on Kurdistan's fields (the gazetteer holds some fields only by their town).
_OIL_FIELD = re.compile(r"\b(?:oil|gas)\s*fields?\b|\b(?:[A-Z][\w-]+)\s+field\b")
#: A military base named as such ("the Kalsu military base", "a military base in Iraq", "a base belonging to the PMF").
_MILITARY_BASE = re.compile(r"\b(?:military|army|air)\s+base\b|\bbase\s+(?:belonging\s+to|housing|of|used\s+by)\b|\bairbase\b", re.I)


def _unconfirmed_striker(c: dict, table: ActorTable) -> None:
    """Codes a strike told by unowned aircraft to Unidentified military forces, flagged (the US, when
    the text says it is believed to be theirs, stays in the flag, not in the actor)."""
    if _UNCONFIRMED not in table.actors:
        return
    if c["actor2"] == _US:
        c["actor2"] = ""
    c["actor1"] = c["sources"][0]["actor1"] = _UNCONFIRMED
    c["sources"][0]["evidence"].pop("actor1", None)
    c["flags"].append("the aircraft or drone is not owned up to in the text: coded to Unidentified military forces")


def _other_days(c: dict, dates: list[DateMention], article: Article, s: Sentence) -> list[dict]:
    """The same report on the other day its sentence joins to its own with "and" ("on November 9
    and 11", "on Tuesday and Wednesday"): one report a day, each flagged."""
    mine = c["_date"].isoformat()
    pairs = {(d.date.isoformat(), d.note[len(COORDINATED):len(COORDINATED) + 10]) for d in dates
             if d.date is not None and d.note.startswith(COORDINATED)}
    days = {b for a, b in pairs if a == mine} | {a for a, b in pairs if b == mine}  # the day told with this report's day
    out = []
    for d in {d.date: d for d in dates if d.date is not None and d.date.isoformat() in days}.values():
        o = copy.deepcopy(c)
        o.pop("_told_day", None)  # its own day, told as such
        o["_date"], o["event_date"], o["time_precision"] = d.date, d.date.isoformat(), 1
        o["sources"][0].update(event_date=o["event_date"], date_kind="absolute", time_precision=1)
        o["sources"][0]["evidence"]["event_date"] = evidence(article.name, s, (d.start, d.end))
        o["flags"].append(f"one of two days the report names ({mine} and {o['event_date']}): one report a day")
        out.append(o)
    return out


#: After a strike, its place described as one US forces hold: "A strike near Baghdad's airport, where American soldiers are stationed".
_US_HOSTED = gated(re.compile(r"\b(?:where|which\s+(?:hosts?|houses?)|that\s+(?:hosts?|houses?)|housing|hosting)\s+(?:the\s+)?"
                              r"(?:U\.S\.|US|American|[Cc]oalition|international)\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|personnel|"
                              r"service\s*members|advisers|advisors)\b"))


def _attack_on_us_position(c: dict) -> None:
    """A strike reported at a position US forces hold, in a sentence that names no US actor, was
    made on them: an attack on the United States, its attacker left to the article."""
    c["_kind"] = "attack"
    c["actor1"], c["actor2"] = ("" if c["actor1"] == _US else c["actor1"]), _US
    c["sources"][0]["actor1"] = c["actor1"]
    c["sources"][0]["evidence"].pop("actor2", None)
    c["flags"].append(f"a strike at {c['location']}, held by US forces: an attack on them")


def _at_target_country(c: dict, finder: MentionFinder) -> None:
    """A strike told without a place ("the President directed strikes against three locations used by
    Kata'ib Hezbollah"), or an attack on a group ("an explosion that struck a base belonging to the
    Popular Mobilization Forces"), is coded at the country of the group it struck, when the actors
    table gives one in the campaign, at geo precision 3 and flagged."""
    actor = finder.actors.actors.get(c.get("actor2") or "")
    home = finder.country_places.get(actor.country) if actor is not None and actor.country in ("IQ", "SY", "YE") else None
    if home is not None:
        place_at_country(c, home, c["actor2"], f"the country of {c['actor2']}, whom it struck")


#: "six drone attacks on Israeli targets": the attacked country named by its adjective ("on the Syrian side of the border": its land;
#: "an airstrike on Iraqi militants": theirs).
_ON_NATIONAL = re.compile(r"\b(?:on|at|against|targeting|targeted|struck|hit|attacked|attacking|into|within|inside|entered|entering|over)\s+"
                          r"(?:[\w“”\"'-]+\s+){0,4}?"
                          # ("Israeli-controlled positions", "Israeli-held sites": held by the state; "several Syrian Islamic State camps")
                          r"(?P<adj>Israeli|Iraqi|Syrian|Jordanian)(?:-(?:controlled|held|occupied))?\s+(?:[A-Z][\w-]*\s+){0,2}"
                          # "Israeli military industry sites", "Israeli vital targets"
                          r"(?:(?:air|military|army|defen[cs]e|industry|industrial|security|intelligence|naval|vital|strategic|sensitive|"
                          r"economic|energy)\s+){0,2}(?:targets?|sites?|positions?|cities|city|towns?|territory|airspace|(?:air\s*)?bases?|"
                          r"airbases?|facilit\w+|ports?|power\s+(?:plants?|stations?)|airports?|infrastructure|camps?|soil|"
                          r"side(?:\s+of\s+the\s+(?:[\w-]+\s+)?borders?)?|militants|militias?|fighters)\b")
#: A base or airport among a national target's words: a place of the US side, not a strike's target.
_BASE_WORD = re.compile(r"\b(?:air\s*)?bases?\b|\bairbases?\b|\bairports?\b", re.I)


#: "near the Syrian border": a border named by the neighbour's adjective, so the place lies in another country.
_NEIGHBOURS_BORDER = re.compile(r"\b(?:near|along|on|at|by|close\s+to|next\s+to)\s+the\s+(?P<adj>Syrian|Iraqi|Jordanian)\s+border\b")
#: The other state the sentence names: "Iraq's government said", "in western Iraq", "Iraqi officials".
_STATE_NAMED = re.compile(r"\b(?P<name>Iraq|Syria|Jordan)(?:i|n|ian)?\b")


def _by_the_border(c: dict, sentence: str, finder: MentionFinder) -> None:
    """A report placed nowhere but "near the Syrian border" in a sentence that names one other state of
    the three that share the campaign's borders (Iraq, Syria, Jordan) is coded in that state, at geo
    precision 3: "16 people were killed in the US strikes near the Syrian border, Iraq's government
    said" is in Iraq. No other state named, it stays placed nowhere."""
    border = _NEIGHBOURS_BORDER.search(sentence)
    if border is None:
        return
    neighbour = NATION[border.group("adj")][1]
    others = {m.group("name") for m in _STATE_NAMED.finditer(sentence)} - {neighbour}
    if len(others) == 1:
        name = next(iter(others))
        home = finder.country_places.get(next(code for code, state in NATION.values() if state == name))
        if home is not None:
            place_at_country(c, home, name, f"{name}, the other state the sentence names, beside the {border.group('adj')} border")


def _at_national_target(c: dict, adjective: str, finder: MentionFinder) -> None:
    """An attack told without a place but on "Israeli targets" or "at an Iraqi air base" is coded in
    that country, at geo precision 3 (a base the article names there may then take it)."""
    code, name = NATION[adjective]
    home = finder.country_places.get(code)
    if home is not None:
        place_at_country(c, home, name, f"the country whose {adjective} target the report names")


def _at_attacked_country(c: dict, attacked: Match, finder: MentionFinder) -> None:
    """A strike on a group the sentence says had attacked a place ("a vehicle linked to a militia
    that had fired missiles at Al-Asad") is coded in that place's country, at geo precision 3."""
    home = finder.country_places.get(attacked.place.country)
    if home is not None and attacked.place.country in ("IQ", "SY"):
        place_at_country(c, home, "the group it struck", f"the country where the group it struck had attacked ({attacked.place.name})")


def _days(a: str | None, b: str | None) -> int:
    """Days between two ISO dates; 0 when both are unknown, a large number when one is."""
    if a is None or b is None:
        return 0 if a == b else 10**6
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _appositions(mentions: list[Mention], text: str, table: ActorTable) -> list[Mention]:
    """Drops a generic description right before the name it describes ("the Iran-aligned militia
    group Kata'ib Hizballah"): the name is the actor."""
    out = []
    for m, nxt in zip(mentions, [*mentions[1:], None], strict=False):  # each mention and the one after it (None after the last)
        if (m.actor == _GENERIC_ALIGNED and nxt is not None and nxt.actor and nxt.kind == "actor" and nxt.actor != _GENERIC_ALIGNED
                and table.side(nxt.actor) == "Iran and aligned" and re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}", text[m.end:nxt.start])
                and not re.search(r"\b(?:at|in|on|by|against|for|to|with|from|and|or)\b", text[m.end:nxt.start])):
            continue
        owner = m.actor and nxt is not None and nxt.kind == "actor" and text[m.end:nxt.start] in ("'s ", "’s ")
        if owner and (m.kind == "place" or (nxt.actor != m.actor and table.side(m.actor) != table.side(nxt.actor))):
            continue  # "Iraq's Kataib Hezbollah", "Iran's Revolutionary Guards": the country says whose, the group acts
        out.append(m)
    return out


_GENERIC_ALIGNED = "Iran-backed militias (unidentified)"
_ISIS = "Islamic State"


#: A US warship ("the USS Carney", "a U.S. Navy warship", "the destroyer") and the Houthis' fire from Yemen.
_NAVY = re.compile(r"\bUSS\s+[A-Z]|\b(?:warships?|destroyers?|cruisers?|Navy)\b")
_HOUTHI_FIRE = re.compile(r"\bHouthis?\b|\bYemen\b|\bAnsar\s+Allah\b")
#: Yemen named as where the weapons were brought down ("US Navy jets shot down Houthi drones over Yemen"), not where they came from.
_OVER_YEMEN = re.compile(r"\b(?:over|above|off|inside)\s+(?:the\s+)?(?:coast\s+of\s+|skies\s+of\s+)?Yemen\b")
#: A report told as what has gone on, not the day's news: "Houthi forces have previously shot down US MQ-9 drones".
_HISTORY_TOLD = gated(re.compile(r"\b(?:previously|repeatedly|in\s+the\s+past|so\s+far|to\s+date|several\s+times|multiple\s+times)\b", re.I))
#: An attack or a strike named: the place after it is that one's.
_ATTACK_WORD = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|bombings?|explosions?|launch\w*|fir(?:ed|ing)|drones?|rockets?)\b", re.I)
#: A relative clause that tells an attack on the place just named.
_WHICH_WAS = re.compile(r"which\s+(?:was|were|had\s+been|has\s+been)\s")
#: A clause that tells what happened at the same time as the clause before it.
_WHILE = re.compile(r"while\s")
#: The clause before an attack told with "after": its toll ("... were killed and 34 wounded after a drone attack").
_AFTER_TOLL = re.compile(r"\b(?:killed|wounded|injured|hurt|dead)\b[^.;]{0,60}?,?\s*after\s", re.I)


#: A strike named again by its definite article alone: "the strike", "this strike".
_THE_STRIKE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+strike")
#: Words of one report that "the" or "this" names again: "the attack", "this assault", "the strike".
_ANAPHORS = ("attack", "assault", "strike", "incident", "bombing")
#: Right after "the attack": what it hit ("the attack on a logistics convoy near Diwaniyah"), maybe another attack than the one told.
_ATTACK_ON = re.compile(r"s?\s+(?:on|against|at|near|in|targeting)\b", re.I)
#: Right before "the attack": words about an attack already told, not of one made ("involvement in", "to investigate", "responsible
#: for", "behind").
_ABOUT_THE_ATTACK = gated(re.compile(r"\b(?:involvement\s+in|involved\s+in|role\s+in|(?:to\s+)?investigat\w*|inquiry\s+into|probe\s+into|"
                                     r"responsible\s+for|behind|linked\s+to|connection\s+with|suspected\s+of|accused\s+of|approve[ds]?|"
                                     r"condemn\w*|denounc\w*|(?:de)?cried|labell?ed|described)\s+(?:[\w-]+\s+){0,3}?$", re.I))
_DEFINITE_END = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")


def _candidate(article: Article, published: date | None, s: Sentence, t: Trigger, place: Mention | None,
               matches: dict[int, Match], in_s: list[Mention], dates: list[DateMention], figures, prev: dict | None,
               actors: ActorTable, earlier: list[dict] | None = None, told: list[dict] | None = None) -> dict:
    """One report: ``prev`` is the thread's report before it, ``earlier`` the reports a count of days
    may start from (none for an aside), ``told`` every report so far."""
    ev: dict[str, Any] = {"event_type": evidence(article.name, s, (t.start, t.end))}
    c: dict[str, Any] = {"event_type": t.event_type, "sub_event_type": t.sub_event_type, "status": "claimed" if t.claim else "reported",
                         "notes": s.text, "flags": [], "_kind": t.kind, "_trigger": t.text,
                         "_sentence": article.text[s.outer[0]:s.outer[1]] if s.outer else s.text,  # a clause's whole sentence
                         "_also": bool(_ALSO.search(s.text, max(0, t.start - s.start - 20), t.start - s.start)),
                         "_other_site": contains_any(s.text, ("other", "separate")) and bool(_OTHER_SITE.search(s.text)),
                         # "yet another drone attack": another event, even at the site of the one before
                         "_yet_another": "yet another" in s.text.lower() and bool(_YET_ANOTHER.search(s.text)),
                         "_another": contains_any(s.text, _ANOTHER_WORDS) and bool(_ANOTHER.search(s.text) or _NTH_LEAD.match(s.text)),
                         "_follow_on": "ollow" in s.text and _FOLLOW_ON.search(s.text) is not None,
                         "_local_time": small_hours_local(s.text),
                         # "the attack on the Airbase had not changed that": the one told before, named again
                         "_anaphor": t.text.lower() in _ANAPHORS and bool(_DEFINITE_END.search(s.text, max(0, t.start - s.start - 8),
                                                                                               t.start - s.start))}
    ev["sub_event_type"] = ev["event_type"]
    date_fields(c, ev, article, s, dates, published, prev, earlier, place, told, at=t.start)
    if (place is None and (prev is None or not prev.get("place_id")) and told and _THE_BASE.search(s.text)
            and (based := next((o for o in reversed(told)
                                if (o["_kind"] == t.kind or (t.kind == "attack" and o.get("sub_event_type") == "Disrupted weapons use"))
                                and o.get("_scope") == "site" and not o.get("background")), None)) is not None):
        # (and "yet another drone attack targeted the airport", after a drone shot down near Erbil airport: that airport)
        prev_place = based  # "On November 9 and 11, the base was also attacked": the base the article told of last
    else:
        prev_place = prev
    _place_fields(c, ev, article, s, place, matches, prev_place, in_s)
    actor_fields(c, ev, article, s, t, in_s, actors)
    if t.kind == "strike" and prev is not None and prev.get("actor1") == _US and c["actor1"] not in (_US, _ISRAEL):
        # the strikes of one report keep their striker: "targets in Iraq included ... of the PMF" names the target
        if c["actor1"] and actors.side(c["actor1"]) == "US and partners":
            # "four Royal Air Force Typhoon jets struck ... near Sanaa airfield", in a joint round: a partner's part of the US-led
            # round (coded to the United States, as the coders code joint rounds), its target the round's, not the partner
            c["actor2"] = c["actor2"] or prev.get("actor2") or ""
            ev["actor1"] = prev["sources"][0]["evidence"].get("actor1")
        else:
            c["actor2"] = c["actor1"] or c["actor2"]
            ev["actor2"], ev["actor1"] = ev.get("actor1"), prev["sources"][0]["evidence"].get("actor1")
        c["actor1"] = _US
        if c["actor2"] == _US:
            c["actor2"] = ""
    _figure_fields(c, ev, article, s, figures)
    c["background"] = bool(published and c["_date"] and (published - c["_date"]).days >= BACKGROUND_DAYS)
    c["sources"] = [{"file": article.name, "article": article.id, "published": published.isoformat() if published else None, "evidence": ev,
                     "claims": s.text[:300], "actor1": c["actor1"], "fatalities": c["fatalities"], "injuries": c["injuries"],
                     "event_date": c["event_date"], "time_precision": c.get("time_precision"),
                     "date_kind": "said" if c.get("_said") and c.get("_date_kind") != "absolute" else c.pop("_date_kind")}]
    c.pop("_date_kind", None)
    borrowed = 0.1 * (c["sources"][0]["date_kind"] == "inherited") + 0.1 * (place is None and c["place_id"] is not None)
    c["confidence"] = round(max(0.0, min(1.0, 0.35 + 0.2 * (c["geo_precision"] == 1) + 0.1 * (c["geo_precision"] == 2)
                                         + 0.2 * (c["event_date"] is not None) + 0.15 * bool(c["actor1"])
                                         + 0.1 * (c["fatalities"] is not None)) - borrowed), 2)
    return c


def _article_weapon(text: str) -> str | None:
    """The one kind of weapon an article names, as ACLED's sub-event type: drones only, or rockets,
    missiles and shells only; None when it names both or neither."""
    drones = contains_any(text, _DRONE_WORDS) and bool(_DRONES.search(text))  # (a substring test first: the patterns read the whole text)
    fire = contains_any(text, _FIRE_WORDS) and bool(_FIRE.search(text))
    return "Air/drone strike" if drones and not fire else "Shelling/artillery/missile attack" if fire and not drones else None


_DRONES = gated(re.compile(rf"\b(?:{DRONE_NAMES})\b", re.I))
_FIRE = gated(re.compile(r"\b(?:rockets?|missiles?|mortars?|artillery|shelling|Katyushas?)\b", re.I))
#: A word each of _DRONES's, and of _FIRE's, names holds (in any case).
_DRONE_WORDS = ("drone", "uav", "uas", "unmanned", "uncrewed")
_FIRE_WORDS = ("rocket", "missile", "mortar", "artillery", "shelling", "katyusha")
#: The words that name a weapon in a sentence.
_WEAPON_NAMED = gated(re.compile(r"\b(?:drones?|UA[VS]s?|(?:unmanned|uncrewed)\s+aerial|"
                                 r"rockets?|missiles?|mortars?|artillery|shell(?:s|ing)|IEDs?|explosive|Katyushas?)\b", re.I))
#: Right before a report's noun, words that name the reports just told: "The first attack", "the second and third attacks".
_ANAPHOR = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Bb]oth)\s+(?:(?:first|second|third|fourth|two|three|four|same|latest|last)\s+"
                      r"(?:(?:and|or)\s+(?:second|third|fourth|last)\s+)?|"
                      # "The other three strikes targeted ...": the rest of the attacks just counted
                      r"(?:other|remaining)\s+(?:(?:two|three|four|five|six|\d+)\s+)?)?"
                      r"(?:(?:attacks?|strikes?|assaults?)\s+)?$")  # before a verb: "The first attack targeted", "The other strikes hit"
#: Some of the attacks a count told: "two of those assaults", "one of these attacks".
_OF_THOSE = gated(re.compile(r"\b(?:one|two|three|four|five|some|several|many|most|each|all|none|either|both)\s+of\s+(?:those|these)\s+"
                             r"(?:[\w-]+\s+)?(?:attacks|assaults|strikes|incidents)\b", re.I))
#: A sentence that goes on with what the group just named said: "It added ...", "The group also claimed ...".
_IT_ADDED = re.compile(r"\s*[\"“]?(?:It|The\s+(?:group|militia|faction|coalition|alliance|umbrella\s+group|organi[sz]ation))\s+"
                       r"(?:also\s+|later\s+|further\s+)?(?:added|said|says|claimed|announced|stated|noted)\b")
#: A clause whose subject is the one of the sentence before, named again by a pronoun or "the group", and what it did: "Iran has
#: lashed out across the region. It has launched hundreds of missiles ...", "Kataib Hezbollah issued a statement. The group claimed
#: credit for a drone attack ...".
_PRONOUN_ACTS = re.compile(r"\s*[\"“]?(?:It|They|The\s+(?:group|militia|faction|movement|organi[sz]ation))\s+"
                           r"(?:(?:has|have|had|also|then|later|again|reportedly)\s+){0,2}"
                           r"(?:launched|fired|struck|attacked|targeted|carried\s+out|conducted|hit|shelled|bombed|claimed)\b")
#: The words a sentence may open with before its subject: "On Monday, ", "But ", "Meanwhile, the ".
_SUBJECT_LEAD = re.compile(r"\s*[\"“]?(?:(?:But|And|However|Meanwhile|Earlier|Later|Overnight|Separately|On\s+\w+(?:\s+\d{1,2})?|"
                           r"Last\s+\w+|Earlier\s+\w+),?\s+)?(?:[Tt]he\s+)?")
#: Right after a name: it is not the subject ("Iran's outrageous response", "Iran-backed groups").
_NOT_SUBJECT_AFTER = re.compile(r"['’]s\b|-|\s*,|\s+(?:and|or|of|in|to|from|on|at|against)\b")


def _subject_before(before: Sentence, mentions: list[Mention], table: ActorTable) -> str | None:
    """The group or state that opens ``before`` as its subject (its first mention, with nothing but a time or a conjunction before
    it, and no possessive or list after it), the one a pronoun in the next sentence names again."""
    m = next((m for m in mentions if m.actor), None)
    if (m is None or m.actor not in table.actors or table.actors[m.actor].kind == "person"
            or not _SUBJECT_LEAD.fullmatch(before.text, 0, m.start - before.start)
            or _NOT_SUBJECT_AFTER.match(before.text, m.end - before.start)):
        return None
    return m.actor


#: A relative clause about a person the report struck or took, told as what he was or had done: "..., who was assessed as helping
#: ISIS fighters", "who was a Nujaba leader", "who had planned attacks" (not where the men were: "who were located close to the city of
#: Kirkuk", "who were sheltering in a farmhouse near Al-Busayrah", "who were operating near Al-Qaim").
_WHO_WAS = re.compile(r",\s+who\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:also|reportedly|previously|allegedly|once)\s+)?"
                      r"(?:an?|the|assessed|responsible|involved|accused|wanted|behind|suspected|believed\s+to\s+have|known|linked|tied)\b|"
                      r",\s+who\s+(?:had|has)\s+(?:(?:also|reportedly|previously|allegedly)\s+)?"
                      r"(?:helped|planned|led|directed|organi[sz]ed|financed|coordinated|escaped|fled|been)\b")
def _outside_who_clause(places: list[Mention], s: Sentence, t: Trigger, in_s: list[Mention], matches: dict) -> list[Mention]:
    """The report's places less those in a relative clause about a man it struck or took, told after it: "captured an ISIS
    leader, ..., who was assessed as helping ISIS fighters after escape from a Raqqa detention facility in Syria" is where his past
    took place, not the capture; a country named there is all that places it. The clause ends at the next comma ("Abu Taqwa, who
    was a Harakat-al-Nujaba leader, in Baghdad" is the strike's place)."""
    who = _WHO_WAS.search(s.text, t.end - s.start)
    if who is None:
        return places
    comma = s.text.find(",", who.end())
    start, end = s.start + who.start(), s.start + (comma if comma >= 0 else len(s.text))
    inside = [m for m in places if start <= m.start < end]
    if not inside:
        return places
    return [m for m in places if m not in inside] or [m for m in in_s if m.kind == "place" and start <= m.start < end
                                                      and m.start in matches and matches[m.start].kind == "country"][:1]


#: Right before a place: where the wounded or the dead were taken ("were flown to", "evacuated to", "taken to a hospital in").
_TAKEN_TO = re.compile(r"\b(?:flown|evacuated|airlifted|medevaced|taken|transferred|transported|rushed|moved)\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:to|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?$")


def _split_by_land(s: Sentence, in_s: list[Mention], matches: dict) -> list[Mention]:
    """The countries a clause counts its attacks in, one by one ("three in Syria and one in Iraq"), when it names two or more of
    them so; else nothing."""
    if (told := counted_by_land(s.text)) is None:
        return []
    lands = [m for m in in_s if m.kind == "place" and m.start in matches and matches[m.start].kind == "country"
             and s.start + told.start() <= m.start < s.start + told.end()]
    return lands if len({matches[m.start].place.id for m in lands}) >= 2 else []


#: Israel's voice or its own ("the IDF reported", "Israel said", "Israeli airspace", "two Israeli soldiers"): told of a weapon whose
#: only place is where it came from ("a UAV launched from Iraq").
_ISRAELI_VOICE = re.compile(r"\b(?:IDF|Israel\s+Defen[cs]e\s+Forces|Israeli\s+(?:military|army|air\s+force|airspace|territory|soldiers?|troops)|"
                            r"Israel['’]?s?\s+(?:military|army|air\s+defen[cs]es?)|Israel\s+(?:said|says|reported))\b")
#: An hour told by a country's clock: "at approximately 12 P.M. Iraq time", "9:30 p.m. Baghdad Time", "(Sanaa time)".
_LOCAL_CLOCK = re.compile(r"\b(Iraq|Iraqi|Baghdad|Syria|Damascus|Yemen|Sanaa|Sana['’]a|Jordan|Amman)\s+[Tt]ime\b")
_CLOCK_COUNTRY = {"iraq": "IQ", "iraqi": "IQ", "baghdad": "IQ", "syria": "SY", "damascus": "SY", "yemen": "YE", "sanaa": "YE",
                  "sana'a": "YE", "sana’a": "YE", "jordan": "JO", "amman": "JO"}
#: "the group also struck": another report, not the one before it told again.
_ALSO = re.compile(r"\balso\s+(?:[\w-]+\s+)?$", re.I)
#: "since ..." from before this is a state described ("occupied since 1967", "deployed there since 2014"), not a count's start.
#: A period counted from a war's start, its day not told: "Since the outbreak of the war between the United States and Israel and
#: Iran, outlawed armed groups in Iraq have attempted to target ...".
_SINCE_WAR = re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:(?:outbreak|start|beginning|onset|eruption)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                        r"(?:war|conflict|fighting|escalation|hostilities)\b|"
                        # "Several drones have been intercepted near Baghdad airport since the hostilities began"
                        r"(?:[\w-]+\s+)?(?:war|conflict|fighting|escalation|hostilities)\s+(?:began|started|erupted|broke\s+out)\b)")
_CAMPAIGN_ERA = date(2023, 1, 1)


#: Right after a round's last named area: it struck more it does not name ("Sanaa, the Amran governorate and other areas").
_OTHER_AREAS = re.compile(r"[^.;:]*?,?\s+(?P<words>(?:and|as\s+well\s+as)\s+(?:in\s+)?"
                          r"(?:several\s+|various\s+|some\s+|a\s+number\s+of\s+)?other\s+(?:areas|locations|sites|places|regions|"
                          r"provinces|governorates|parts\s+of\s+the\s+country))\b", re.I)


#: Where a strike's clause gives way to another report's: "after", "following", "in response to", "since", "when".
_OTHER_CLAUSE = re.compile(r",?\s+(?:after|following|in\s+response\s+to|in\s+retaliation\s+for|since|when)\b", re.I)
#: A count split out by town: "three near Abu Kamal and two near al-Mayadin", "two of them in al-Qaim", a colon's list.
_SPLIT_BY_TOWN = re.compile(r"\b(?:\d+|one|two|three|four|five|six)\s+(?:of\s+them\s+)?(?:in|near|at)\s+(?:the\s+)?[A-Z]|:\s*"
                            r"(?:\d+|one|two|three|four|five|six)\b")
#: One of these is in every sentence that counts a round's sites: a cheap test before the count's pattern.
_SITE_WORDS = ("facilit", "sites", "locations", "compounds", "bases")


def _unnamed_lands(text: str, s: Sentence, t: Trigger, places: list[Mention], in_s: list[Mention], matches: dict,
                   finder: MentionFinder) -> dict[str, Mention]:
    """The countries of a strike round whose sites the sentence counts past those it names ("60 targets across 16 locations in
    Yemen, including Sanaa and Hodeida"; "seven facilities in Iraq and Syria, including al-Qaim"), each with its mention: the
    one country named as where, or of several those none of whose sites is named (whether the others had more is not said)."""
    if not contains_any(s.text, _SITE_WORDS):
        return {}  # no count of sites: the common case, told by a plain substring test before any pattern
    # the strike's own clause: not "..., after the group attacked US forces at more than 60 bases and locations in Iraq and Syria"
    cue = _OTHER_CLAUSE.search(s.text, max(0, t.end - s.start))
    own = s.text[:cue.start()] if cue else s.text
    n = sites_counted(own)
    if (not n or n <= len(places) or any(matches[m.start].kind not in ("town", "site") for m in places)
            or _SPLIT_BY_TOWN.search(own)):
        # "two facilities in eastern Syria", "in Deir ez-Zor province": the region named holds every site counted; "five sites
        # in Syria: three near Abu Kamal and two near al-Mayadin": every site counted is placed
        return {}
    countries = [m for m in in_s if m.kind == "place" and m.start in matches and matches[m.start].kind == "country"
                 and matches[m.start].place.country in finder.country_places]
    where = locative(text, [(m.start, m.end) for m in countries], sentence_start=s.start)
    lands = {matches[m.start].place.country: m for m, said in zip(countries, where, strict=True) if said}
    told = {matches[m.start].place.country for m in places}
    return {cc: m for cc, m in lands.items() if len(lands) == 1 and cc in told or len(lands) > 1 and cc not in told}


def _unnamed_areas(c: dict, home: Place, words: dict) -> dict:
    """The country-level record of a strike round's areas the report does not name ("and other areas"), from
    ``c``, the round's last named area; ``words`` is the evidence of "other areas"."""
    rest = copy.deepcopy(c)
    at_country(rest, home, "the round's other areas, not named")
    rest.update(_remainder=True, confidence=round(max(0.0, c["confidence"] - 0.1), 2))
    rest["flags"].append("the report names some areas and says there were others: the unnamed ones are recorded at country level")
    rest["sources"][0]["evidence"]["place"] = words
    return rest


#: A report told as one more attack beside the one before: "another attack involved a drone and three rockets", "The second was
#: indirect fire comprised of two rockets".
_ANOTHER = re.compile(r"\b(?:another|a\s+second|the\s+second|a\s+separate|a\s+further)\s+(?:[\w-]+\s+)?(?:attacks?|was|one|incident)\b"
                      r"(?![^.]{0,30}\b(?:days?|weeks?|months?)\s+(?:prior|earlier|before|ago)\b)", re.I)  # not "another attack just days prior"
_ANOTHER_WORDS = ("another", "second", "separate", "further", "third", "fourth", "fifth")
#: A strike told as one that followed the round: "it had conducted a “follow-on” strike against a Houthi radar site".
_FOLLOW_ON = re.compile(r"\b(?:a|the)\s+[“\"]?follow-?on[”\"]?\s+(?:[\w-]+\s+)?strikes?\b", re.I)
#: A sentence that opens on one more of a count: "A fourth drone later struck a US-headquartered oil site in Dohuk province".
_NTH_LEAD = re.compile(r"[“\"]?An?\s+(?:second|third|fourth|fifth)\s+(?:[\w-]+\s+)?(?:drones?|rockets?|missiles?|attacks?|strikes?)\b", re.I)
#: "yet another drone attack targeted the airport": another attack than the one told before, even at its site.
_YET_ANOTHER_WORDS = r"\byet\s+another\s+(?:[\w-]+\s+){0,2}?(?:attack|strike)\b"
_YET_ANOTHER = re.compile(_YET_ANOTHER_WORDS, re.I)
#: A report told as at another base than the one before: "another drone attack on a second base".
_OTHER_SITE = re.compile(r"\b(?:a|another)\s+(?:second|third|different|separate)\s+(?:[\w-]+\s+)?(?:base|site|facility|garrison|outpost)\b|"
                         # "rockets fell around the base at the same time that other attacks targeted U.S. bases in Deir ez-Zor"
                         r"\bother\s+(?:[\w-]+\s+)?(?:attacks|strikes)\s+(?:targeted|hit|struck|on|against)\b|"
                         # "A later, separate nighttime (Monday) attack targeted a key oil field in the region": not the attack before
                         r"\b(?:a|another)\s+(?:later,?\s+)?separate\s+(?:[\w()-]+\s+){0,3}?(?:attack|strike)\b|"
                         # "new reports of yet another drone attack in the region": not the one shot down before
                         + _YET_ANOTHER_WORDS, re.I)
#: A base named again by its noun: "the airbase", "the base".
_THE_BASE = re.compile(r"\bthe\s+(?:same\s+)?(?:air\s*base|airbase|base|garrison|outpost|airport)\b", re.I)


def _place_fields(c, ev, article, s, place: Mention | None, matches, prev, in_s: list[Mention]) -> None:
    m = matches.get(place.start) if place else None
    if m is None and prev is not None and prev.get("place_id") and prev.get("_scope") != "bearing" and (
            _days(prev["event_date"], c["event_date"]) <= 1 or (prev.get("_scope") == "site" and _THE_BASE.search(s.text))) and not any(
            (o := matches.get(n.start)) is not None and o.place.country and o.place.country != prev.get("country") and o.kind != "country"
            for n in in_s) and not any(n.kind == "actor" and _IN_BEFORE.search(article.text, max(0, n.start - 4), n.start) for n in in_s):
        # "Hamas leader Ismail Haniyeh was killed in an attack in Tehran" (a place, or a capital the actors table knows as its
        # government): not the base told before
        # the thread's place; "the airbase caught fire late Thursday": the base just named, whatever the day
        for k in ("place_id", "location", "country", "latitude", "longitude", "geo_precision", "matched_by", "_scope", "_part"):
            c[k] = prev.get(k)
        ev["location"] = prev["sources"][0]["evidence"].get("location")
        c["_lent_place"] = True
        c["_lent_from"] = prev.get("actor1") if prev.get("_kind") == "attack" else None  # (whose launch placed it)
        return
    if m is None:
        c.update(place_id=None, location=None, country=None, latitude=None, longitude=None, geo_precision=None, matched_by=None)
        c["flags"].append("no place in the report")
        return
    p = m.place
    c["_scope"] = p.kind
    c.update(place_id=p.id, location=p.name, country=p.country, latitude=p.lat, longitude=p.lon,
             geo_precision=GEO_PRECISION.get(p.precision, 3) if p.kind not in ("province", "country", "sea") else 3,
             matched_by=f"{m.matched_by}: {place.text!r}")
    if p.kind == "country" and (part := _COUNTRY_PART.search(article.text, max(0, place.start - 12), place.start)):
        c["_part"] = part.group(1).lower()  # "sites in southern Israel": which part of the country
    if p.kind == "town" and by_bearing(article.text, place):
        c["_scope"], c["geo_precision"] = "bearing", 2  # "south of Baghdad": near the town, not in it (ACLED's precision 2)
    ev["location"] = evidence(article.name, s, (place.start, place.end))


#: Right before a country's name, the part of it: "southern Israel".
_COUNTRY_PART = re.compile(r"\b(northern|southern|central|eastern|western|north|south|east|west)\s+$", re.I)
#: Right before a name: "in" (an attack "in Tehran" is somewhere, whatever else the name stands for).
_IN_BEFORE = re.compile(r"\bin\s+$")


#: A clause that opens on what came before it: "after a drone attack".
_AFTER_START = re.compile(r"after\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\.?$", re.I)


def _condemned(out: list[dict]) -> dict | None:
    """The report a condemnation answers: the latest strike told so far that is news, else the latest attack."""
    news = [c for c in reversed(out) if not c.get("background")]
    return next((c for c in news if c["_kind"] == "strike"), None) or next((c for c in news if c["_kind"] == "attack"), None)


#: One of these is in every sentence that tells a toll: a cheap test before reading its figures.
_TOLL_WORDS = ("kill", "dead", "died", "wound", "injur", "casualt", "martyr", "slain", "hurt")


#: A report placed by its dateline: "BAGHDAD — A U.S. airstrike here on Thursday killed an Iran-linked militia commander".
_HERE = re.compile(r"\bhere\b(?!\s+(?:is|are|was|were)\b)(?!['’]s)")


def _placed_here(out: list[dict], article: Article, filed: list[Mention], countries: list[str], finder: MentionFinder) -> None:
    """Places the reports that name no place but "here" at the town of the article's dateline."""
    match = next((m for m in (finder.resolve(f, context=countries) for f in filed[:1]) if m is not None and m.kind in ("town", "site")), None)
    if match is None:
        return
    for c in out:
        if not c.get("place_id") and c["event_type"] != "Strategic developments" and _HERE.search(c["notes"]):
            _place_at(c, match, f"{filed[0].text!r} (dateline)", f"'here' in the report: placed at its dateline, {match.place.name}")


def _placed_coarsely(c: dict, finer: list[Match] | None = None) -> bool:
    """Whether the report ``c`` names no place, or only a country; or only a province, when ``finer``
    (the places the next sentence tells) are towns or sites ("a US base located in the Al-Hasakah
    governorate"; "The base, situated in the town of Al-Shaddadi")."""
    return (not c.get("place_id") or c.get("_scope") == "country"
            or (c.get("_scope") == "province" and bool(finer) and all(f.kind in ("town", "site") for f in finer)))


def _placed_after(c: dict, article: Article, s: Sentence, m: Mention, match: Match) -> None:
    """Places the report ``c``, which named no place, where the sentence after it says it was."""
    _place_at(c, match, repr(m.text), f"placed by the sentence after it: {s.text[:60]!r}")
    c["sources"][0]["evidence"]["location"] = evidence(article.name, s, (m.start, m.end))


def _place_at(c: dict, match: Match, written: str, why: str) -> None:
    """Puts the report ``c``, which named no place (or only a country), at ``match``, and says why."""
    p = match.place
    c.update(place_id=p.id, location=p.name, country=p.country, latitude=p.lat, longitude=p.lon, _scope=p.kind,
             geo_precision=GEO_PRECISION.get(p.precision, 3) if p.kind not in ("province", "country", "sea") else 3,
             matched_by=f"{match.matched_by}: {written}")
    c["flags"] = [f for f in c["flags"] if f != "no place in the report"] + [why]


#: A sentence whose toll is not the report's before it: a running total ("since last year") or the wider war's (Gaza).
_NOT_ITS_TOLL = re.compile(r"\bsince\b|\bGaza\b", re.I)


def _toll_after(told: list[dict], article: Article, s: Sentence) -> None:
    """The toll told in the sentence right after the one report it belongs to ("A drone attack hit a
    US base in Jordan on Sunday. Three US service members were killed and dozens injured."): that
    report's fatalities and injuries, when its own sentence gave none. A sentence after several
    reports says nothing of which one."""
    if len(told) != 1 or (told[0].get("fatalities") is not None and told[0].get("injuries") is not None):
        return
    if _NOT_ITS_TOLL.search(s.text):
        return  # "Israel's offensive in the Gaza Strip, which has killed nearly 43,800 people ... since last year": the war's toll
    figures = find_figures(s.text, offset=s.start)
    if not figures:
        return
    c = told[0]
    killed, injuries = c.get("fatalities"), c.get("injuries")
    _figure_fields(c, c["sources"][0]["evidence"], article, s, figures)
    if killed is not None or injuries is not None:  # what its own sentence told stays
        c["fatalities"] = killed if killed is not None else c["fatalities"]
        c["injuries"] = injuries if injuries is not None else c["injuries"]


def _figure_fields(c, ev, article, s, figures) -> None:
    killed = [f for f in figures if f.kind == "killed"]
    wounded = [f for f in figures if f.kind == "wounded"]
    c["fatalities"] = min(f.value for f in killed) if killed else None
    c["injuries"] = min(f.value for f in wounded) if wounded else None
    if killed:
        low = min(killed, key=lambda f: f.value)
        ev["fatalities"] = evidence(article.name, s, (low.start, low.end))
    if wounded:
        low = min(wounded, key=lambda f: f.value)
        ev["injuries"] = evidence(article.name, s, (low.start, low.end))
    if len({f.value for f in killed}) > 1:
        c.setdefault("conflicts", {})["fatalities"] = {f"{article.name} ({f.text})": f.value for f in killed}
