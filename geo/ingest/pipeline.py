"""Article text -> candidate events, each field with the sentence that supports it.

One pass per article: the publication date (from the text, or given), the sentences, every place
and actor mention (:mod:`geo.ingest.mentions`), and per sentence that reports an event
(:mod:`geo.ingest.recognise`) its dates (:mod:`geo.ingest.dates`), figures
(:mod:`geo.ingest.numbers`), places and actors. Candidates from the same article and from other
articles that report the same event are merged (:mod:`geo.ingest.merge`): their sources are listed,
differing figures, dates and attributions are kept as conflicts.

Nothing is guessed: a relative date with no publication date stays unresolved and the candidate
says so; a report with no place gets none and a low confidence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from gazetteer import Gazetteer
from gazetteer.model import GEO_PRECISION, Match

from ..model import ActorTable
from .dates import DateMention, find_dates, publication_date
from .mentions import Mention, MentionFinder
from .merge import merge_candidates
from .numbers import find_figures
from .recognise import Trigger, aggregates, role_spans, triggers
from .text import Sentence, sentences

__all__ = ["Article", "ingest_articles", "read_article", "BACKGROUND_DAYS"]

#: An event this many days or more before the publication date is background, not news.
BACKGROUND_DAYS = 180
_KIND_RANK = {"site": 0, "town": 1, "feature": 1, "strait": 1, "district": 2, "province": 3, "sea": 3, "country": 4}
_US = "United States"


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

    @property
    def id(self) -> str:
        """A key unique to this text: ``"report.txt #3f2a9c1b0d4e"`` (the name, then a hash of the text)."""
        return f"{self.name} #{hashlib.sha256(self.text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}"


def ingest_articles(articles: list[Article], *, gazetteer: Gazetteer | None = None, finder: MentionFinder | None = None) -> list[dict]:
    """Candidate events from ``articles``, merged across them, as plain dicts (JSON-ready), then
    the campaign counts they report (``"kind": "aggregate"``: a figure with its date, not an event).

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
    return [{"kind": "event"} | c for c in merge_candidates(found)] + list(counts.values())


def read_article(article: Article, finder: MentionFinder) -> tuple[list[dict], list[dict]]:
    """The candidates of one article, merged within it (not yet across articles), and its campaign counts."""
    text = article.text
    pub_m = None if article.published else publication_date(text)
    published = article.published or (pub_m.date if pub_m else None)
    sents = sentences(text)
    mentions = finder.find(text)
    countries = [m.text for m in mentions if m.kind == "place" and m.layer == "curated"]
    matches = _resolve(finder, mentions, countries)
    out: list[dict] = []
    counts: list[dict] = []
    last: dict[str, dict] = {}
    for s in sents:
        if pub_m and pub_m.start >= s.start and pub_m.end <= s.end and len(s.text) < 80:
            continue  # the dateline
        aggs = aggregates(s.text, offset=s.start)
        trig = triggers(s.text, offset=s.start)
        if not trig and not aggs:
            continue
        dates = find_dates(s.text, published=published, offset=s.start)
        for g in aggs:
            since = next((d for d in dates if d.kind == "since"), None)
            counts.append({"kind": "aggregate", "count": g.count, "what": g.what, "text": g.text,
                           "since": since.date.isoformat() if since and since.date else None,
                           "as_of": published.isoformat() if published else None,
                           "sources": [{"file": article.name, "article": article.id, "published": published.isoformat() if published else None,
                                        "evidence": {"count": _evidence(article.name, s, (g.start, g.end))}}]})
        if not trig:
            continue
        in_s = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        figures = find_figures(s.text, offset=s.start)
        for t in trig:
            for place in _event_places(t, in_s, matches, text) or [None]:
                c = _candidate(article, published, s, t, place, matches, in_s, dates, figures, last.get(t.kind), finder.actors)
                out.append(c)
                last[t.kind] = c
    out = _article_rules(out, mentions, matches, finder, text)
    return merge_candidates(out, within_article=True), counts


def _article_rules(out: list[dict], mentions: list[Mention], matches: dict[int, Match], finder: MentionFinder, text: str) -> list[dict]:
    """Rules over the whole article: a violent event placed only at a country ("attacks on US forces
    in Iraq and Syria") is context when the article names a specific place, or has no date; a report
    with neither place nor date is dropped; a missing actor is taken from the article's attribution
    (who claimed or was blamed) or, for strikes, from the United States when the article names it."""
    specific = any(c.get("geo_precision") in (1, 2) for c in out if c["event_type"] != "Strategic developments")
    keep = []
    for c in out:
        violent = c["event_type"] != "Strategic developments"
        country_level = c.get("place_id") and c["place_id"] in finder.country_ids
        if violent and country_level and (specific or c["event_date"] is None):
            continue
        if not c.get("place_id") and c["event_date"] is None:
            continue
        keep.append(c)
    actors = [m for m in mentions if m.actor]
    claimed = [m for m in actors if role_spans(text, m.start, m.end) == "by" and m.actor != _US]
    aligned = [m for m in actors if m.kind == "actor" and finder.actors.side(m.actor) == "Iran and aligned"
               and finder.actors.actors[m.actor].kind != "person"]
    us = [m for m in actors if m.actor == _US]
    for c in keep:
        if c["actor1"] and not c["actor2"] and c["event_type"] != "Strategic developments":
            side = finder.actors.side(c["actor1"])
            other = next((m.actor for m in (aligned if side == "US and partners" else us if side == "Iran and aligned" else [])), "")
            c["actor2"] = other if other != c["actor1"] else ""
        if c["actor1"] or c["event_type"] == "Strategic developments":
            continue
        if c["_kind"] == "strike" and us:
            c["actor1"] = _US
        elif claimed or aligned:
            c["actor1"] = (claimed or aligned)[0].actor
        if c["actor1"]:
            c["flags"] = [f for f in c["flags"] if f != "no actor named for this report"] + ["actor taken from elsewhere in the article"]
            c["sources"][0]["actor1"] = c["actor1"]
            if c["actor2"] == c["actor1"]:
                c["actor2"] = ""
    for c in keep:
        if c["actor2"] and c["actor2"] == c["actor1"]:
            c["actor2"] = ""
    return keep



def _resolve(finder: MentionFinder, mentions: list[Mention], context: list[str]) -> dict[int, Match]:
    out, cache = {}, {}
    for m in mentions:
        if m.kind != "place":
            continue
        if m.key not in cache:
            cache[m.key] = finder.resolve(m, context=context)
        if cache[m.key] is not None:
            out[m.start] = cache[m.key]
    return out


def _event_places(t: Trigger, in_s: list[Mention], matches: dict[int, Match], text: str) -> list[Mention]:
    """The places an event is at: the most specific level named in the sentence (sites and towns
    before provinces before countries), one event per place, skipping origins ("flown from Dyess")."""
    places = [m for m in in_s if m.kind == "place" and m.start in matches and not _origin(text, m)
              and not _far_town(matches[m.start]) and not (t.kind != "development" and matches[m.start].place.id in _NOT_A_BATTLEFIELD)]
    if not places:
        return []
    best = min(_KIND_RANK.get(matches[m.start].kind, 4) for m in places)
    seen, out = set(), []
    for m in places:
        pid = matches[m.start].place.id
        if _KIND_RANK.get(matches[m.start].kind, 4) == best and pid not in seen:
            seen.add(pid)
            out.append(m)
    return out if t.kind != "development" else out[:1]


#: Countries whose towns can be where an attack or strike in this reporting happened; a GeoNames
#: town elsewhere named in an article is a person's name ("Austin"), a home town or a capital a
#: statement came from, not an event's place (curated sites such as Dover AFB still are).
_THEATRE = frozenset({"IQ", "SY", "JO", "LB", "YE", "IL", "PS", "SA", "KW", "IR", "TR", "AE", "QA", "BH", "OM", "EG", "CY", "DJ", "ER", "SO"})
#: Country-level places that are never where a violent event in this reporting happened: "the
#: United States" is the attacked forces' country or the statement's, not a battlefield.
_NOT_A_BATTLEFIELD = frozenset({"united-states"})


def _far_town(match: Match) -> bool:
    return match.place.id.startswith("geonames:") and match.place.country not in _THEATRE


def _origin(text: str, m: Mention) -> bool:
    """A place that is not where the event happened: an origin ("flown from Dyess"), a dateline
    ("BAGHDAD (Reuters) -"), or a qualifier after a comma ("Dyess Air Force Base, Texas")."""
    after = text[m.end:m.end + 12]
    line_start = text.rfind("\n", 0, m.start) + 1
    if m.text.isupper() and len(m.text) > 3 and not text[line_start:m.start].strip() and re.match(r"\s*(?:\(|-|–|—|,)", after):
        return True
    before = text[max(0, m.start - 30):m.start].lower()
    return before.rstrip().endswith(("from", "flown from", "took off from", "based at", "based in", "of")) or before.rstrip().endswith(",")


def _evidence(file: str, s: Sentence, span: tuple[int, int] | None = None) -> dict[str, Any]:
    lo, hi = span or (s.start, s.end)
    return {"file": file, "start": lo, "end": hi, "sentence": [s.start, s.end]}


def _candidate(article: Article, published: date | None, s: Sentence, t: Trigger, place: Mention | None,
               matches: dict[int, Match], in_s: list[Mention], dates: list[DateMention], figures, prev: dict | None,
               actors: ActorTable) -> dict:
    t = _as_strike(t, in_s, s)
    ev: dict[str, Any] = {"event_type": _evidence(article.name, s, (t.start, t.end))}
    c: dict[str, Any] = {"event_type": t.event_type, "sub_event_type": t.sub_event_type, "status": "claimed" if t.claim else "reported",
                         "notes": s.text, "flags": [], "_kind": t.kind}
    ev["sub_event_type"] = ev["event_type"]
    _date_fields(c, ev, article, s, dates, published, prev)
    _place_fields(c, ev, article, s, place, matches, prev)
    _actor_fields(c, ev, article, s, t, in_s, actors)
    if t.kind == "strike" and prev is not None and prev.get("actor1") == _US and c["actor1"] != _US:
        # the strikes of one report keep their striker: "targets in Iraq included ... of the PMF" names the target
        c["actor2"] = c["actor1"] or c["actor2"]
        c["actor1"] = _US
        ev["actor2"], ev["actor1"] = ev.get("actor1"), prev["sources"][0]["evidence"].get("actor1")
    _figure_fields(c, ev, article, s, figures)
    c["background"] = bool(published and c["_date"] and (published - c["_date"]).days >= BACKGROUND_DAYS)
    c["sources"] = [{"file": article.name, "article": article.id, "published": published.isoformat() if published else None, "evidence": ev,
                     "claims": s.text[:300], "actor1": c["actor1"], "fatalities": c["fatalities"], "injuries": c["injuries"],
                     "event_date": c["event_date"],
                     "date_kind": c.pop("_date_kind")}]
    c["confidence"] = round(min(1.0, 0.35 + 0.2 * (c["geo_precision"] == 1) + 0.1 * (c["geo_precision"] == 2)
                                + 0.2 * (c["event_date"] is not None) + 0.15 * bool(c["actor1"]) + 0.1 * (c["fatalities"] is not None)), 2)
    return c


def _as_strike(t: Trigger, in_s: list[Mention], s: Sentence) -> Trigger:
    """A generic "hit"/"struck"/"targeted" whose subject is the United States is a US strike."""
    if t.kind != "attack" or not t.sub_event_type.startswith("Shelling") or re.search(r"rocket|missile|mortar|artillery|shell", t.text, re.I):
        return t
    before = [m for m in in_s if m.actor and m.end <= t.start]
    if before and before[-1].actor == _US:
        return Trigger(t.start, t.end, t.text, "strike", t.event_type, "Air/drone strike", t.claim)
    return t


def _date_fields(c, ev, article, s, dates: list[DateMention], published, prev) -> None:
    usable = [d for d in dates if d.kind != "since"]
    d = usable[0] if usable else None
    if d is not None:
        c["_date"], c["time_precision"], c["_date_kind"] = d.date, d.precision, d.kind
        ev["event_date"] = _evidence(article.name, s, (d.start, d.end))
        if not d.resolved:
            c["flags"].append(f"date unresolved: {d.note or d.text}")
    elif prev is not None and prev.get("_date") is not None:
        c["_date"], c["time_precision"], c["_date_kind"] = prev["_date"], prev["time_precision"], "inherited"
        ev["event_date"] = prev["sources"][0]["evidence"].get("event_date")
    else:
        c["_date"], c["time_precision"], c["_date_kind"] = None, None, "none"
        c["flags"].append("no date in the report" + ("" if published else " and no publication date"))
    c["event_date"] = c["_date"].isoformat() if c["_date"] else None


def _place_fields(c, ev, article, s, place: Mention | None, matches, prev) -> None:
    m = matches.get(place.start) if place else None
    if m is None and prev is not None and prev.get("place_id"):
        for k in ("place_id", "location", "country", "latitude", "longitude", "geo_precision", "matched_by"):
            c[k] = prev[k]
        ev["location"] = prev["sources"][0]["evidence"].get("location")
        return
    if m is None:
        c.update(place_id=None, location=None, country=None, latitude=None, longitude=None, geo_precision=None, matched_by=None)
        c["flags"].append("no place in the report")
        return
    p = m.place
    c.update(place_id=p.id, location=p.name, country=p.country, latitude=p.lat, longitude=p.lon,
             geo_precision=GEO_PRECISION.get(p.precision, 3) if p.kind not in ("province", "country", "sea") else 3,
             matched_by=f"{m.matched_by}: {place.text!r}")
    ev["location"] = _evidence(article.name, s, (place.start, place.end))


def _actor_fields(c, ev, article, s, t: Trigger, in_s: list[Mention], table: ActorTable) -> None:
    actors = [m for m in in_s if m.actor]
    role = {m.start: role_spans(article.text, m.start, m.end) for m in actors}
    by = [m for m in actors if role[m.start] == "by"]
    against = [m for m in actors if role[m.start] == "against"]
    us = [m for m in actors if m.actor == _US and role[m.start] != "against"]
    others = [m for m in actors if m.actor != _US and m.kind == "actor" and role[m.start] != "against"]
    if by:
        a1 = by[0]
    elif t.kind == "strike" and us:
        a1 = us[0]
    elif others:
        a1 = others[0]
    else:
        a1 = us[0] if t.kind == "development" and us else None
    a2 = next((m for m in against if a1 is None or m.actor != a1.actor), None)
    if a2 is None and t.kind == "attack" and (a1 is None or a1.actor != _US):
        a2 = next((m for m in actors if m.actor == _US), None)
    if a2 is None and t.kind == "strike" and a1 is not None and a1.actor == _US:
        a2 = next((m for m in others if m.actor != _US), None)
    c["actor1"] = _organisation(a1.actor, table) if a1 else ""
    c["actor2"] = _organisation(a2.actor, table) if a2 else ""
    if c["actor2"] == c["actor1"]:
        c["actor2"] = ""
    for field, m in (("actor1", a1), ("actor2", a2)):
        if m is not None:
            ev[field] = _evidence(article.name, s, (m.start, m.end))
    if not c["actor1"]:
        c["flags"].append("no actor named for this report")


def _organisation(name: str, table: ActorTable) -> str:
    """ACLED codes organisations, not people: a person stands for the group they lead or belong to."""
    actor = table.actors.get(name)
    return actor.parent if actor is not None and actor.kind == "person" and actor.parent else name


def _figure_fields(c, ev, article, s, figures) -> None:
    killed = [f for f in figures if f.kind == "killed"]
    wounded = [f for f in figures if f.kind == "wounded"]
    c["fatalities"] = min(f.value for f in killed) if killed else None
    c["injuries"] = min(f.value for f in wounded) if wounded else None
    if killed:
        low = min(killed, key=lambda f: f.value)
        ev["fatalities"] = _evidence(article.name, s, (low.start, low.end))
    if wounded:
        low = min(wounded, key=lambda f: f.value)
        ev["injuries"] = _evidence(article.name, s, (low.start, low.end))
    if len({f.value for f in killed}) > 1:
        c.setdefault("conflicts", {})["fatalities"] = {f"{article.name} ({f.text})": f.value for f in killed}
