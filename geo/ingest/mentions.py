"""Place and actor mentions in text, found in one pass: an Aho-Corasick automaton (``pyahocorasick``)
over every normalised name the gazetteer and the actor table know, run over the article's
normalised words. Leftmost-longest matches win, so "Islamic Resistance in Iraq" is an actor and
not the place Iraq, and "Tower 22" is not the town "Tower".

A GeoNames-only name counts as a place only when it is written with a capital, is not a common
English word and has at least four letters; curated names and descriptions ("a small US outpost in
north-east Jordan") count in any case. Organisations, people and outlets are never places.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from itertools import accumulate, chain, count
from operator import add
from typing import Literal

import ahocorasick

from gazetteer import Gazetteer, normalise
from gazetteer.model import Match

from ..model import ActorTable
from .text import token_columns

__all__ = ["Mention", "MentionFinder", "COMMON_WORDS"]

#: English words that are also the names of villages somewhere in GeoNames: never places unless curated.
COMMON_WORDS = frozenset("""
about after again against also among area army attack attacks base bases border camp capital center centre city
command course cross day days dead defense defence east early fire first force forces friday front group hit home
house islamic late later made march may media monday north office oil over part party place point post power
press range rapid red said saturday since south state station strike strikes sunday thursday tower town tuesday
union unit wednesday west white
""".split())


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text: offsets into the article, the text as written, what it is."""

    start: int
    end: int
    text: str
    kind: Literal["place", "actor", "other"]
    key: str
    layer: str  # curated | populated | organisation | person | outlet | actor
    match: Match | None = None  # places: the gazetteer's match
    actor: str | None = None  # actors: the actor table's name


#: Right before a capital that also names its government: words that make it the city ("in", "near", "struck", "strikes on", "the
#: outskirts of"); not "said in Tehran", "talks in Tehran" (its government speaking), nor "sanctions on Tehran", "hit back at".
_AT_CITY = re.compile(r"\b(?:in|near|over|around|outside|across|into|struck|hit|hitting|targeted|targeting|bombed|attacked|of|"
                      r"(?:strikes?|attacks?|raids?|missiles?|rockets?|drones?|bombs?|bombing|bombardment|assault)\s+on)\s+"
                      r"(?:the\s+(?:capital|city)\s+(?:of\s+)?)?(?:(?:central|northern|southern|eastern|western|downtown|greater)\s+)?$", re.I)
_SPOKE_IN = re.compile(r"\b(?:said|says|told|telling|speaking|spoke|announced|stated|reporters|talks|meeting|met|visit|visiting|"
                       r"conference|summit|ceremony)\s+(?:[\w-]+\s+){0,3}?in\s+$", re.I)
#: Right after the capital: its government owning something ("Tehran's consulate", "Tehran's proxies"), not a part of the city.
_GOVERNMENT_OWNS = re.compile(r"['’]s\s+(?!(?:outskirts|suburbs?|streets?|skies|airport|north|south|east|west|cent(?:er|re)|districts?|"
                              r"neighbou?rhoods?|residents|southern|northern|eastern|western)\b)")


#: Right after a village's name: another capitalised word of the same name ("Khor Mor", "Dana Gas").
_NAME_GOES_ON = re.compile(r" ([A-Z][a-z]+)\b")
#: Capitalised words that follow a place without continuing its name: days, months, and what a place is.
_NOT_A_NAME = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
                         "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
                         "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Province", "Governorate", "District", "City",
                         "Town", "Village", "Region", "Area", "Countryside", "The", "On", "In", "At", "And", "But", "Iraq", "Syria",
                         "Jordan", "Israel", "Lebanon", "Yemen", "Iran", "Kurdistan", "Airport", "Base", "Camp", "Air", "Port",
                         "Harbour", "Harbor", "International", "Dam", "Bridge", "Crossing", "Border", "Square", "Street", "Road",
                         "Oil", "Field", "Oilfield", "Desert", "Valley", "Heights", "Bay", "Gulf", "Sea", "Naval"})


#: Right before a name: a capitalised word that may begin it ("Mala Qara").
_NAME_BEGAN = re.compile(r"\b([A-Z][a-z]+) $")
#: Capitalised words that come before a place without beginning its name: what a place is, which part, whose.
_NOT_A_NAME_BEFORE = frozenset({"Of", "From", "To", "Near", "Outside", "Inside", "Around", "Towards", "Toward", "Into", "Across", "Via",
                                "Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West", "Upper",
                                "Lower", "Greater", "Rural", "Old", "Iraqi", "Syrian", "Jordanian", "Lebanese", "Israeli", "Kurdish",
                                "Iranian", "Turkish", "Yemeni", "Saudi", "American", "Arab", "Sunni", "Shia", "Shiite", "Christian",
                                "Yazidi", "Turkmen", "Bedouin", "Palestinian", "Where", "When", "While", "After", "Before", "Both",
                                # the article written apart ("Al Sinjar"), what a place is ("Kibbutz Yiftah", "Jebel Attan")
                                "Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "An", "Ed", "Es", "Et", "Ez", "Kibbutz", "Moshav",
                                "Moshava", "Jabal", "Jebel", "Mount", "Wadi", "Lake", "Galilee",
                                "Russian", "Druze", "Alawite", "Assyrian", "Armenian", "Egyptian", "British", "French", "Emirati",
                                "Qatari", "Houthi", "Over", "By", "For", "With", "Along", "Between", "Against", "Under"})
#: Right before a word: the end of a sentence, or a line's start (a capital there begins the sentence, not a name).
_SENTENCE_END = re.compile(r"(?:[.!?:\"“”]\s*|\n\s*|^\s*)$")


class MentionFinder:
    """Finds places and actors in text with one automaton over all names. Build once, share
    (read-only after construction; :meth:`default` is process-wide)."""

    _default: MentionFinder | None = None
    _lock = threading.Lock()

    def __init__(self, gazetteer: Gazetteer | None = None, actors: ActorTable | None = None) -> None:
        self.gz = gazetteer or Gazetteer.default()
        self.actors = actors or ActorTable.load()
        #: ids of the curated countries: an event placed only there is context, not a location
        self.country_ids = frozenset(p.id for p in self.gz.places if p.kind == "country")
        #: the curated country of each ISO code, for reports placed only at the country of who made them
        self.country_places = {p.country: p for p in self.gz.places if p.kind == "country"}
        self.automaton = ahocorasick.Automaton()
        names = self.gz.name_keys()
        actor_keys = {normalise(n): a.name for a in self.actors.actors.values() for n in (a.name, *a.aliases)}
        if _SPONSORED_GROUPS in self.actors.actors:  # every spelling of "Iran-backed militias" the table does not list one by one
            actor_keys = {key: _SPONSORED_GROUPS for key in sponsored_names()} | actor_keys
        actor_keys.pop("", None)
        words = _english_words()
        for key, layer in names.items():
            if key and not (layer == "populated" and (key in COMMON_WORDS or len(key.replace(" ", "")) < 4
                                                      or (key in words and self._village(key)))):
                self.automaton.add_word(f" {key} ", (key, layer))
        for key, name in actor_keys.items():
            layer = names.get(key)
            if layer == "curated":  # a country that is also an actor (Iraq, Iran): a place that can act
                self.automaton.add_word(f" {key} ", (key, f"curated|actor:{name}"))
            elif layer == "weak organisation" and not self._village(key):
                # a state's capital named for its government (Tehran, Washington): a city that can act ("strikes on Tehran")
                self.automaton.add_word(f" {key} ", (key, f"populated|actor:{name}"))
            else:
                self.automaton.add_word(f" {key} ", (key, "actor:" + name))
        # a curated name or an actor with an "s" after it: its plural ("Rumailan bases", "al-Omar oil fields"), and its possessive
        # written with an apostrophe the tokens keep ("Iraqʼs"; "'s" and "’s" are taken off each token, see _Words)
        for key, layer in [*((k, v) for k, v in names.items() if v == "curated"), *((k, None) for k in actor_keys)]:
            owned = f" {key}s "
            if key and key[-1:].isalpha() and key[-1:] != "s" and not self.automaton.exists(owned):
                name = actor_keys.get(key)
                value = (f"{key}s", layer if name is None else f"curated|actor:{name}" if names.get(key) == "curated" else "actor:" + name)
                self.automaton.add_word(owned, value)
        self.automaton.make_automaton()
        self._words = _Words()  # a token as written -> its normalised words
        self._lookups: dict[tuple, Match | None] = {}  # (name, countries, context) -> the gazetteer's answer

    def _village(self, key: str) -> bool:
        """Whether the GeoNames place a name stands for is small (under :data:`TOWN_SIZE`): "Shot",
        "Over" and "Capital" in a headline are English words, Samarra and Hit are towns."""
        m = self.gz.get(key)
        return m is None or (m.place.population or 0) < TOWN_SIZE

    @classmethod
    def default(cls) -> MentionFinder:
        with cls._lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    def find(self, text: str, *, offset: int = 0) -> list[Mention]:
        """Every place and actor mention in ``text``, in order, not overlapping.

        Examples
        --------
        >>> f = MentionFinder.default()
        >>> [(m.kind, m.text) for m in f.find("Kata'ib Hezbollah hit al-Qaim and a small US outpost in north-east Jordan.")]
        [('actor', "Kata'ib Hezbollah"), ('place', 'al-Qaim'), ('place', 'small US outpost in north-east Jordan')]
        >>> [(m.kind, m.text) for m in f.find("The Islamic Resistance in Iraq said Tower 22 was hit.")]
        [('actor', 'Islamic Resistance in Iraq'), ('place', 'Tower 22')]
        >>> f.find("")
        []
        """
        starts, ends, written = token_columns(text, offset)
        if len(self._words) > 200_000:
            self._words.clear()
        split = list(map(self._words.__getitem__, written))
        words = list(chain.from_iterable(split))
        if not words:
            return []
        # normalised word -> token index: each token's own when every token is one word, as in most articles (no token without a
        # word, and as many words as tokens: one each)
        owner = (list(range(len(split))) if len(words) == len(split) and all(split)
                 else [i for i, ws in enumerate(split) for _ in ws])
        hay = " " + " ".join(words) + " "
        # where each word starts in `hay` -> its index: past one space, and the letters and one space of each word before it (the
        # sums run one past the last word: zip stops at the words)
        at = dict(zip(map(add, accumulate(map(len, words), initial=0), count(1)), range(len(words)), strict=False))
        spans = []
        for end, (key, layer) in self.automaton.iter(hay):
            first = at.get(end - len(key))  # `end` is the trailing space of " key ": its first word starts len(key) before
            if first is None:
                continue
            last = first + key.count(" ")  # the key's words are single-spaced, as `hay`'s are
            spans.append((first, last, key, layer))
        # a span that is not a mention ("at Tall", a village, written in lower case) must not hide one it overlaps ("Tall Baydar")
        # a mention's fields for each valid span; the objects are made only for the spans kept (a fifth of them, or less)
        valid = {s: m for s in spans if (m := self._mention(text, offset, starts, ends, owner, s)) is not None}
        out = [Mention(*valid[s]) for s in _leftmost_longest(list(valid))]
        # a village name right before a person's or group's name is a first name ("Qasim Soleimani")
        return [m for m, nxt in zip(out, [*out[1:], None][:len(out)], strict=True)
                if not (m.layer == "populated" and nxt is not None and nxt.kind == "actor" and 0 < nxt.start - m.end <= 1)]

    def _mention(self, text: str, offset: int, starts, ends, owner, span) -> tuple | None:
        """The fields of the :class:`Mention` a span of the automaton stands for, or None if it is no mention."""
        first, last, key, layer = span
        start, end = starts[owner[first]], ends[owner[last]]
        written = text[start - offset:end - offset]
        if written[-2:] in ("'s", "’s") and (normalise(written[:-2]) == key or key.endswith("s") and normalise(written[:-2]) == key[:-1]):
            end, written, key = end - 2, written[:-2], normalise(written[:-2])  # "al-Sudani's": the name, not its possessive
        if "," in written or ";" in written or (")" in written and _PARTY_TAG.search(text, max(0, start - offset - 12), end - offset)):
            return None  # "Rogers (R-AL) said": no name runs across a clause's end or out of a lawmaker's party tag
        if written[:1] in "eEwW" and _HALF_BEARING.search(text, max(0, start - offset - 7), start - offset):
            return None  # "north-eastern Syria" is not "eastern Syria" (Deir ez-Zor): the country, told by its quarter
        if layer.startswith("actor:") and len(key) <= 3 and not written.replace(".", "").isupper():
            return None  # "us" the pronoun is not the US
        if layer.startswith("actor:"):
            return start, end, written, "actor", key, "actor", None, layer.removeprefix("actor:")
        if layer.startswith("curated|actor:"):
            return start, end, written, "place", key, "curated", None, layer.removeprefix("curated|actor:")
        if layer.startswith("populated|actor:"):
            # "strikes on Tehran", "explosions in Tehran": the city; "Tehran said", "groups linked to Tehran": its government
            at = (_AT_CITY.search(text, max(0, start - offset - 40), start - offset) is not None
                  and not _SPOKE_IN.search(text, max(0, start - offset - 60), start - offset)
                  and not _GOVERNMENT_OWNS.match(text, end - offset))
            return start, end, written, "place" if at else "actor", key, "populated" if at else "actor", None, layer.partition("|actor:")[2]
        if layer not in ("curated", "populated"):
            return start, end, written, "other", key, layer
        if layer == "populated" and not written[:1].isupper() and not written[:1].isdigit() and written[:1].isascii():
            return None
        if layer == "populated" and (nxt := _NAME_GOES_ON.match(text, end - offset)) is not None and nxt.group(1) not in _NOT_A_NAME:
            return None  # "Khor Mor gas field", "Dana Gas": a village's name that begins another name, not the village
        if (layer == "populated" and (before := _NAME_BEGAN.search(text, max(0, start - offset - 24), start - offset)) is not None
                and before.group(1) not in _NOT_A_NAME and before.group(1) not in _NOT_A_NAME_BEFORE):
            whole = f"{before.group(1)} {written}"
            if (m := self._get(whole)) is not None and m.place.layer == "curated" and (m.matched_by != "fuzzy" or m.score >= 90):
                return start - len(before.group(1)) - 1, end, whole, "place", normalise(whole), "curated"  # "Deir Az Zor"
            if not _SENTENCE_END.search(text, max(0, before.start(1) - 3), before.start(1)):
                return None  # "a base in Mala Qara": a name that ends with a village's, not the village
        return start, end, written, "place", key, layer

    def resolve(self, mention: Mention, *, context: list[str] | None = None, country: frozenset[str] | None = None) -> Match | None:
        """The gazetteer's match for a place mention, preferring the countries of ``context`` (names)
        or ``country`` (ISO codes, for callers that resolve many mentions against one context). Each
        answer is kept for the process: the same names come back in article after article."""
        return self._get(mention.text, country=country, context=(tuple(context or ()) or None) if country is None else None)

    def get(self, name: str, *, country: frozenset[str] | None = None) -> Match | None:
        """The gazetteer's answer for a name the caller writes ("Deir Ezzor province", "Erbil airport"), preferring the countries
        ``country`` (ISO codes), as :meth:`resolve`'s: kept for the process, the same names come back in article after article."""
        return self._get(name, country=country)

    def _get(self, name: str, *, country: frozenset[str] | None = None, context: tuple[str, ...] | None = None) -> Match | None:
        """The gazetteer's answer for ``name``, kept for the process: names recur article after article."""
        key = (name, country, context)
        if key not in self._lookups:
            if len(self._lookups) > 100_000:
                self._lookups.clear()
            self._lookups[key] = self.gz.get(name, country=country, context=context)
        return self._lookups[key]

    def loose(self, text: str, found: list[Mention], *, countries: frozenset[str] = frozenset({"IQ", "SY", "JO"})) -> list[Mention]:
        """Places written in a spelling no name list holds ("in the Mussayyib", "at both Al-Shadaddi"):
        a capitalised name right after "in", "at", "near" or "the town of", that no mention covers,
        looked up with the gazetteer's fuzzy match in ``countries`` (a town, site or province there,
        scoring 90 or more). Returned in order, not overlapping ``found``.

        >>> f = MentionFinder.default()
        >>> s = "a defensive airstrike in the Mussayyib in Babil Province"
        >>> [(m.text, m.match.place.name) for m in f.loose(s, f.find(s))]
        [('Mussayyib', 'Al-Musayyib')]
        >>> f.loose("He spoke in Response to questions in January.", [])
        []
        """
        taken = _Taken([(m.start, m.end) for m in found])
        out = []
        owned = list(_OWNED.finditer(text)) if ("rovince" in text or "overnorate" in text) and any(w in text for w in _OWNERS) else []
        for m in sorted([*_LOOSE.finditer(text), *owned], key=lambda m: m.start("name")):
            name = m.group("name").rstrip("’'-")
            start = m.start("name")
            end = start + len(name)
            key = normalise(name)
            if (not key or key in COMMON_WORDS or key.split()[-1] in _NOT_NAMES or len(key.replace(" ", "")) < 5
                    or taken.overlaps(start, end) or (m.re is _OWNED and not _PROVINCE_AFTER.match(text, end))):
                continue  # a country's possession is a place only as its province: "Syria's Deir ez-Zur province"
            match = self._get(name, country=countries)
            if (match is None or match.place.country not in countries or match.kind not in ("town", "site", "province")
                    or (match.matched_by == "fuzzy" and match.score < 90)):
                continue
            out.append(Mention(start, end, name, "place", key, "loose", match=match))
        return out

    def countries_of(self, names: list[str]) -> frozenset[str]:
        """The ISO codes of the countries of ``names`` (each looked up once per process). A name two
        places share ("Imam Ali base", in Iraq and in Syria) tells no country."""
        return frozenset(m.place.country for m in (self._get(n) for n in dict.fromkeys(names))
                         if m is not None and m.place.country and not m.ambiguous)


#: A US lawmaker's party and state: "(R-AL)", "(D-Calif.)": no name runs out of it ("AL) said").
_PARTY_TAG = re.compile(r"\([RDI]-[A-Za-z. ]{2,12}\)")


class _Taken:
    """Spans already taken, asked whether a span overlaps one of them: a binary search of their
    starts, then the furthest end that those starting before the span reach."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # the spans that start before `end`
        return k > 0 and self.reach[k - 1] > start


class _Words(dict):
    """Each token as written -> its normalised words, worked out on first sight: a word is
    normalised once per process, as most recur from article to article."""

    def __missing__(self, written: str) -> list[str]:
        # a possessive is its name ("Sanaa's southern district"): every place and actor, not only those given an owned form
        base = written[:-2] if written[-2:] in ("'s", "’s") and len(written) > 3 else written
        words = self[written] = normalise(base).split()
        return words


#: A GeoNames place with fewer people than this, whose name is an English word, is not read as a place.
TOWN_SIZE = 100_000


#: The actor that stands for the militias Iran backs when no group is named, and the words its names are written with: a sponsor
#: ("Iran-backed", "Iranian-linked", "pro-Iranian"), then what they are ("militants", "proxy forces", "armed groups").
_SPONSORED_GROUPS = "Iran-backed militias (unidentified)"
_SPONSOR_WORDS = ("iran", "iranian", "pro iran", "pro iranian")
_SPONSORSHIP = ("backed", "aligned", "affiliated", "linked", "allied", "sponsored", "supported")
_GROUP_NOUNS = ("militia", "militias", "militants", "militant groups", "militia groups", "militia group", "groups", "armed groups",
                "armed group", "armed factions", "fighters", "factions", "faction", "proxies", "proxy groups", "proxy forces",
                "proxy militias", "forces", "paramilitaries", "paramilitary groups", "paramilitary forces", "terrorist groups",
                "terror groups", "elements", "operatives")


def sponsored_names() -> list[str]:
    """The normalised names of the militias Iran backs, told without naming one: each sponsor word with each way of backing
    ("pro-Iranian" without one) and each group noun.

    >>> names = sponsored_names()
    >>> "iran linked militants" in names, "pro iranian fighters" in names, "iranian backed proxy forces" in names
    (True, True, True)
    """
    out = []
    for sponsor in _SPONSOR_WORDS:
        ways = ("",) if sponsor.startswith("pro ") else _SPONSORSHIP
        out += [" ".join(filter(None, (sponsor, way, noun))) for way in ways for noun in _GROUP_NOUNS]
    # the bare sponsor before a group or its targets ("Iranian militias", "Iran proxies", "Iranian-linked targets"; not "Iranian
    # groups", which names Iran's own Kurdish opposition in Iraq as often)
    out += [f"{s} {n}" for s in ("iranian", "iran") for n in ("militias", "proxies", "proxy forces", "proxy groups", "proxy militias",
                                                               "proxy fighters", "backed groups")]
    out += [" ".join(filter(None, (s, w, n))) for s in ("iran", "iranian") for w in ("backed", "linked", "aligned", "affiliated", "proxy")
            for n in ("targets",)]
    out += ["pro iran sites", "pro iranian sites", "pro iran targets", "iranian proxy targets", "iran supported shia militia",
            "iran supported shia militia group", "iranian backed shia militia group"]
    # the sponsor told after the group ("armed factions allied with Iran", "groups associated with Iran", "a terrorist group backed by
    # Iran"), and the singular and the terrorist nouns ("an Iran-backed militant group", "Iran-backed terrorist organizations")
    out += [f"{n} {way} {s}" for n in _GROUP_NOUNS_AFTER for way in _SPONSORED_AFTER for s in ("iran", "tehran")]
    out += [f"{s} {w} {n}" for s in ("iran", "iranian") for w in _SPONSORSHIP for n in _TERROR_NOUNS]
    return out


#: The groups a sponsor told after them backs ("groups associated with Iran"): not "forces", which may be Iran's own.
_GROUP_NOUNS_AFTER = ("militia", "militias", "militants", "militant group", "militant groups", "militia groups", "militia group", "group",
                      "groups", "armed groups", "armed group", "armed factions", "factions", "faction", "fighters", "proxies",
                      "paramilitaries", "terrorist group", "terrorist groups", "terrorist organization", "terrorist organizations",
                      "formations")
#: The ways of backing told after the group, each with its preposition.
_SPONSORED_AFTER = ("backed by", "supported by", "sponsored by", "funded by", "allied with", "aligned with", "associated with",
                    "affiliated with", "linked to", "loyal to")
#: Nouns of the militias the sponsor words before them miss: the singular "militant group" and the terrorist nouns.
_TERROR_NOUNS = ("militant group", "terrorist group", "terrorist organization", "terrorist organizations")


def _english_words() -> frozenset[str]:
    """English words as written in lower case (Webster's Second, via the ``english-words`` package):
    a village called "Shot" or "Over" is a word in a headline before it is a place."""
    from english_words import get_english_words_set
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


#: "in the Musayib", "at both Al-Shadaddi", "near the town of Zummar": one to three capitalised words.
_NAME = (r"(?P<name>(?:(?:[Aa]l|[Aa]bu|[Tt]ell?|[Aa]in|[Jj]abal|Deir|Dayr)[- ])?[A-Z][\w’'-]{2,}"
         r"(?:[- ](?:(?:al|el|ez|ed|az|ad|as|ar|ash|an)-)?[A-Z][\w’'-]+){0,3})")


def _at_word_start(words: tuple[str, ...], after: str = "") -> str:
    """The branches of a pattern of ``words`` (each then ``after``), each at a word's start as ``\\b(?:...)`` reads them, but
    written so that each branch opens with its first letter, the start told by a look-behind: ``re`` then skips to the positions
    those letters hold, where a leading ``\\b`` makes it try every position of the article. (Joined with ``|`` into one group,
    not nested in groups of their own, which would hide the letters from ``re``.)"""
    return "|".join(f"{w}(?<!\\w{w}){after}" for w in words)


_LOOSE = re.compile(r"(?:" + _at_word_start(("in", "at", "on", "near", "outside", "around", "targeting")) + "|"
                    + _at_word_start(("town", "city", "village", "area", "district"), r"\s+of") + r")\s+(?:the\s+|both\s+)?" + _NAME)
#: "northern Syria's Deir ez-Zur province": a country's possession, a place only as its province (see :data:`_PROVINCE_AFTER`).
_OWNERS = ("Syria's", "Syria’s", "Iraq's", "Iraq’s", "Jordan's", "Jordan’s")
_OWNED = re.compile("(?:" + _at_word_start(("Syria", "Iraq", "Jordan")) + r")['’]s\s+" + _NAME)
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate)\b", re.I)
#: Capitalised words that end no place name in this reporting (months, days, titles).
_NOT_NAMES = frozenset("""january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday response addition order total fact particular general secretary minister president
""".split())


#: Right before "eastern ..." or "western ...": the half of a compass point it belongs to ("north-eastern Syria").
_HALF_BEARING = re.compile(r"\b(?:north|south)[-\s]?$", re.I)


#: How a span's layer ranks among spans of one length at one start: an actor or organisation (2) beats a place.
_LAYER_RANK = {"populated": 0, "curated": 1}


def _leftmost_longest(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep the longest span at each start, then drop spans overlapping an earlier kept one;
    an actor or organisation beats a place of the same length."""
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), -_LAYER_RANK.get(s[3], 2)))
    out, covered = [], -1
    for s in spans:
        if s[0] > covered:
            out.append(s)
            covered = s[1]
    return out
