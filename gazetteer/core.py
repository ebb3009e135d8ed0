"""The :class:`Gazetteer`: names as reporters write them -> places with a point, a precision and a
source, offline.

Matching runs in order and stops at the first stage that finds something:

1. exact, on the normalised key (``exact`` for a canonical name, ``alias`` for another name);
2. the same with Arabic articles stripped (``article-stripped``);
3. fuzzy (``fuzzy``): ``fuzz.ratio`` >= ``cutoff`` on keys, digits equal ("Tower 23" is not
   "Tower 22"), and a lead of ``lead`` points over the best other place;
4. optionally an online geocoder (``online``), off unless one is given.

The curated layer wins over the populated-places layer for the same name. A country (``country=``)
or the other names of the same text (``context=``) prefer places in those countries. Names of
organisations, people and outlets are refused before any of this.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from rapidfuzz import fuzz, process

from common import data_path, settings

from .curated import read_not_places, read_places
from .errors import NotAPlace, UnknownPlace
from .fuzzy import TrigramIndex
from .model import Alternative, Match, Place, distance_km
from .normalise import digits, normalise, strip_articles
from .populated import DEFAULT_COUNTRIES, SOURCE, PopulatedLayer, load_populated

__all__ = ["Gazetteer", "ORG_WORDS"]

#: A possessive inside a name ("Syria's largest oil field"): ingest reads "Syria's" as "Syria".
_POSSESSIVE = re.compile(r"['’]s(?= )")

#: Words that mark a name as an organisation when no place carries the name exactly.
ORG_WORDS = frozenset(
    """resistance brigade brigades battalion battalions militia militias militants forces force corps
    guard guards army ministry department government agency news movement party committee council
    command organisation organization group front hezbollah hizbollah hizballah kataib kataeb saraya
    harakat asaib houthi houthis fighters troops military police tv times post press officials
    spokesman spokesperson""".split()
)
#: Curated regions made of provinces (the gazetteer holds one point per province, not its outline): the Kurdistan Region is
#: the governorates of Erbil, Sulaymaniyah, Duhok and Halabja (Kurdistan Regional Government; data/places.csv's note on it).
_REGIONS = {"kurdistan-region": ("erbil-governorate", "sulaymaniyah-governorate", "duhok-governorate", "halabja-governorate")}
_SAME_PLACE_KM = 10.0
_NO_COUNTRIES: frozenset[str] = frozenset()
#: Below this population a place abroad is not taken for a near spelling where other countries are named (Surdā, 1,017
#: people, is no "Surdash" in Iraq; Qamishli, 184,000, is still "Qamishly").
_ABROAD_FUZZY_POPULATION = 50_000
_LAYER_RANK = {"curated": 0, "geonames": 1, "online": 2}

# A candidate: (place, matched_by, score, matched_key)
_Cand = tuple[Place, str, float, str]


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in km between two places."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _same(a: Place, b: Place) -> bool:
    return a.id == b.id or (a.country == b.country and a.kind == b.kind and _km(a, b) < _SAME_PLACE_KM)


class Gazetteer:
    """Offline place-name resolution over curated sites and GeoNames populated places.

    Parameters
    ----------
    countries : iterable of str or None
        ISO codes of the countries whose populated places are indexed; None for the world.
        Default: ``STRIKEMAP_GAZETTEER_COUNTRIES`` (comma-separated, or ``all``) or
        :data:`~gazetteer.populated.DEFAULT_COUNTRIES`.
    places_file, not_places_file, actors_file : path, optional
        Curated data; default the ``strikemap_data`` package's files.
    populated : bool
        False leaves out the populated-places layer (curated names only).
    normaliser : callable
        str -> key; the same function builds the index and reads queries.
    scorer : callable
        A rapidfuzz scorer; ``fuzz.ratio`` by default (``WRatio`` and ``token_set_ratio`` match
        "Islamic Resistance in Iraq" to towns).
    cutoff, lead : float
        The fuzzy score a match needs, and its lead over the best other place.
    online : object with ``geocode(query, countries) -> Place | None``, optional
        An online fallback such as :class:`gazetteer.online.OnlineGeocoder`.
    progress : bool
        Show a progress bar while the populated-places index is built (first use only).

    Examples
    --------
    >>> gz = Gazetteer.default()
    >>> gz.lookup("Al-Bukamal").name
    'Albu Kamal'
    >>> gz.lookup("البوكمال").matched_by
    'alias'
    >>> gz.get("Kata'ib Hezbollah") is None
    True
    >>> gz.lookup("Akashat").precision
    'province'
    """

    _default: Gazetteer | None = None

    def __init__(
        self,
        *,
        countries: Iterable[str] | None | str = "env",
        places_file: str | Path | None = None,
        not_places_file: str | Path | None = None,
        actors_file: str | Path | None = None,
        populated: bool = True,
        normaliser: Callable[[str], str] = normalise,
        scorer: Callable[..., float] = fuzz.ratio,
        cutoff: float = 90.0,
        lead: float = 3.0,
        online=None,
        progress: bool = False,
    ) -> None:
        if countries == "env":
            countries = settings.gazetteer_countries(DEFAULT_COUNTRIES)
        self.normalise = normaliser
        self.scorer = scorer
        self.cutoff = float(cutoff)
        self.lead = float(lead)
        self.online = online
        self.timings: dict[str, float] = {"build_s": 0.0, "load_s": 0.0}
        self._pop: PopulatedLayer | None = None
        self._pop_key: dict[str, int] = {}
        self._pop_place: dict[int, Place] = {}
        gid_row: dict[int, int] = {}
        if populated:
            self._pop, self.timings = load_populated(countries, progress=progress)
            self._pop_key = {k: i for i, k in enumerate(self._pop.keys)}
            # Python lists slice faster than numpy arrays for the few places of one key.
            self._pop_offsets: list[int] = self._pop.key_offsets.tolist()
            self._pop_rows: list[int] = self._pop.key_places.tolist()
            self._pop_cols = (self._pop.geonameid.tolist(), self._pop.lat.tolist(), self._pop.lon.tolist(),
                              self._pop.population.tolist())
            gid_row = {g: i for i, g in enumerate(self._pop.geonameid.tolist())}

        def geonames_point(gid: int) -> tuple[float, float] | None:
            i = gid_row.get(gid)
            return None if i is None else (float(self._pop.lat[i]), float(self._pop.lon[i]))

        rows = read_places(Path(places_file or data_path("places.csv")), geonames_point)
        self.places: list[Place] = [r.place for r in rows]
        self._by_id = {p.id: p for p in self.places}
        self._province_points: dict[str, list[tuple[float, float]]] | None = None  # by country, read when first asked
        #: populated row -> curated place that supersedes it (same entity, curated point wins)
        self._superseded: dict[int, Place] = {gid_row[r.geonames_id]: r.place for r in rows if r.geonames_id in gid_row}
        self._c_exact: dict[str, list[tuple[Place, str]]] = {}
        self._c_stripped: dict[str, list[tuple[Place, str]]] = {}
        self._c_words: dict[str, set[str]] = {}
        self._canonical: dict[str, str] = {}
        for r in rows:
            canonical = self._canonical[r.place.id] = self.normalise(r.place.name)
            for n in (r.place.name, *r.aliases):
                k = self.normalise(n)
                if not k:
                    continue
                how = "exact" if k == canonical else "alias"
                self._add(self._c_exact, k, (r.place, how))
                if "'s " in n or "’s " in n:  # also as ingest reads the words, without the possessive: "Syria largest oil field"
                    self._add(self._c_exact, self.normalise(_POSSESSIVE.sub("", n)), (r.place, how))
                s = strip_articles(k)
                if s != k:
                    self._add(self._c_stripped, s, (r.place, "article-stripped"))
                for w in k.split():
                    self._c_words.setdefault(w, set()).add(r.place.id)
        self._c_keys = list(self._c_exact) + [k for k in self._c_stripped if k not in self._c_exact]
        self._c_fuzzy = TrigramIndex(self._c_keys)
        npf = read_not_places(Path(not_places_file or data_path("not_places.csv")), Path(actors_file or data_path("actors.csv")))
        self._not_places = {self.normalise(n): kind for n, kind in npf.items()}
        self._not_places.pop("", None)
        self._np_keys = list(self._not_places)

    @staticmethod
    def _add(index: dict, key: str, item: tuple[Place, str]) -> None:
        items = index.setdefault(key, [])
        if all(p.id != item[0].id for p, _ in items):
            items.append(item)

    @classmethod
    def default(cls) -> Gazetteer:
        """A process-wide gazetteer with the default settings, built once."""
        if cls._default is None:
            cls._default = cls()
        return cls._default

    # -- populated layer -----------------------------------------------------------------------

    def _populated(self, i: int) -> Place:
        place = self._superseded.get(i)
        if place is not None:
            return place
        place = self._pop_place.get(i)
        if place is None:
            pop = self._pop
            gids, lats, lons, pops = self._pop_cols
            place = Place(
                id=f"geonames:{gids[i]}", name=pop.name[i], country=pop.country[i], kind="town",
                lat=lats[i], lon=lons[i], precision="exact", source=f"{SOURCE}, id {gids[i]}",
                layer="geonames", population=pops[i], raw={"admin1": pop.admin1[i]},
            )
            self._pop_place[i] = place
        return place

    def _pop_cands(self, k: int, how: str, score: float) -> list[_Cand]:
        out = []
        key = self._pop.keys[k]
        for i in self._pop_rows[self._pop_offsets[k] : self._pop_offsets[k + 1]]:
            place = self._populated(i)
            by = how
            if how == "exact":
                canonical = self._pop.name_key[i] if place.layer == "geonames" else self._canonical[place.id]
                by = "exact" if canonical == key else "alias"
            out.append((place, by, score, key))
        return out

    # -- context -------------------------------------------------------------------------------

    def _countries(self, country, context) -> frozenset[str]:
        if not country and not context:
            return _NO_COUNTRIES
        cc: set[str] = set()
        if country:
            cc.update([country.upper()] if isinstance(country, str) else (c.upper() for c in country))
        for name in context or ():
            m = self._exact(self.normalise(name))
            if m:
                cc.add(m[0][0].country)
        return frozenset(cc)

    # -- stages --------------------------------------------------------------------------------

    def _exact(self, key: str) -> list[_Cand]:
        cands: list[_Cand] = [(p, how, 100.0, key) for p, how in self._c_exact.get(key, ())]
        k = self._pop_key.get(key)
        if k is not None and k < self._pop.n_full:
            cands += self._pop_cands(k, "exact", 100.0)
        return cands

    def _stripped(self, key: str) -> list[_Cand]:
        s = strip_articles(key)
        cands: list[_Cand] = []
        for index in (self._c_exact, self._c_stripped):
            cands += [(p, "article-stripped", 100.0, s) for p, _ in index.get(s, ())]
        if self._pop is not None:
            k = self._pop_key.get(s)
            if k is not None:
                cands += self._pop_cands(k, "article-stripped", 100.0)
        return cands

    def _curated_fuzzy(self, ck: str, score: float) -> list[_Cand]:
        return [(p, "fuzzy", score, ck) for p, _ in (self._c_exact.get(ck) or self._c_stripped.get(ck, ()))]

    def _fuzzy(self, key: str, *, curated_only: bool = False) -> list[_Cand]:
        want = digits(key)
        cands: list[_Cand] = []
        for q in dict.fromkeys((key, strip_articles(key))):
            for pos, score in self._c_fuzzy.search(q, cutoff=self.cutoff, scorer=self.scorer):
                ck = self._c_keys[pos]
                if digits(ck) == want:
                    cands += self._curated_fuzzy(ck, score)
            if self._pop is not None and not curated_only:
                for pos, score in self._pop.fuzzy.search(q, cutoff=self.cutoff, scorer=self.scorer):
                    if digits(self._pop.keys[pos]) == want:
                        cands += self._pop_cands(pos, "fuzzy", score)
        return cands

    def not_a_place(self, name: str) -> str | None:
        """What a name is when it is not a place ('organisation', 'person', 'outlet'), else None.

        >>> Gazetteer.default().not_a_place("the Islamic Resistance in Iraq")
        'organisation'
        >>> Gazetteer.default().not_a_place("Iraq") is None
        True
        """
        key = self.normalise(name)
        if key in self._c_exact:
            return None
        kind = self._not_places.get(key) or self._not_places.get(strip_articles(key))
        if kind and not kind.startswith("weak "):
            return kind
        if self._exact(key):
            return None
        if kind:
            return kind.removeprefix("weak ")
        if ORG_WORDS.intersection(key.split()):
            return "organisation"
        best = process.extractOne(key, self._np_keys, scorer=fuzz.ratio, score_cutoff=max(self.cutoff, 92))
        if best and digits(best[0]) == digits(key):
            return self._not_places[best[0]].removeprefix("weak ")
        return None

    # -- ranking -------------------------------------------------------------------------------

    def _rank(self, cands: list[_Cand], prefer: frozenset[str]) -> list[_Cand]:
        def key(c: _Cand):
            p = c[0]
            return (bool(prefer) and p.country not in prefer, _LAYER_RANK[p.layer], -c[2], -p.population)

        if len(cands) == 1:
            return cands
        ranked: list[_Cand] = []
        for c in sorted(cands, key=key):
            if not any(_same(c[0], r[0]) for r in ranked):
                ranked.append(c)
        return ranked

    def _decide(self, query: str, ranked: list[_Cand], prefer: frozenset[str], key: str) -> Match | None:
        best, rest = ranked[0], ranked[1:]
        top = best[0]
        tier = (bool(prefer) and top.country not in prefer, _LAYER_RANK[top.layer])
        ambiguous = False
        if best[1] == "fuzzy" and tier[0] and top.layer == "geonames" and top.population < _ABROAD_FUZZY_POPULATION:
            return None  # a near spelling of a village abroad ("Surdash" -> Surdā, PS) is no match where other countries are named
        if rest:
            r = rest[0]
            r_tier = (bool(prefer) and r[0].country not in prefer, _LAYER_RANK[r[0].layer])
            if best[1] == "fuzzy":
                if r_tier == tier and best[2] - r[2] < self.lead:
                    return None  # no clear lead: not a match, the caller suggests instead
            elif r_tier == tier and r[2] == best[2]:
                ambiguous = top.layer != "geonames" or r[0].population >= 0.25 * max(top.population, 1)
        alts = [Alternative(p, s, how) for p, how, s, _ in rest[:4]]
        if key in self._c_words or " " in key:
            alts += self._containing(key, top, {a.place.id for a in alts}, 5 - len(alts))
        return Match(query=query, place=top, matched_by=best[1], score=best[2], matched_name=best[3],
                     alternatives=tuple(alts), ambiguous=ambiguous)

    def _containing(self, key: str, top: Place, seen: set[str], room: int) -> list[Alternative]:
        """Curated places with a name that holds the query's words ('Euphrates' -> MSS Euphrates)."""
        words = key.split()
        if room <= 0 or not words or any(w not in self._c_words for w in words):
            return []
        ids = set.intersection(*(self._c_words[w] for w in words)) - seen - {top.id}
        if not ids:
            return []
        out = []
        for pid in sorted(ids):
            place = self._by_id[pid]
            if _same(place, top):
                continue
            out.append(Alternative(place, fuzz.ratio(key, self._canonical[pid]), "contains"))
        out.sort(key=lambda a: (a.place.kind != "site", -a.score))  # a base before a valley: 'Jordan' -> Tower 22 first
        return out[:room]

    # -- public --------------------------------------------------------------------------------

    def may_lie_in(self, lat: float, lon: float, place_id: str | None) -> bool:
        """Whether a point may lie in the curated place ``place_id`` when that is a province (True for
        any other place), by the only evidence the gazetteer holds, the provinces' points: no farther
        from its point than half as far again as from the nearest province point of that country
        (Al-Shaddadi lies in Hasakah, not in Deir ez-Zor).

        >>> gz = Gazetteer.default()
        >>> shaddadi = gz.get("Al-Shaddadi").place
        >>> [gz.may_lie_in(shaddadi.lat, shaddadi.lon, p) for p in ("hasakah-governorate", "deir-ez-zor-governorate", "syria")]
        [True, False, True]
        """
        province = self._by_id.get(place_id or "")
        if province is None or province.kind != "province" or province.lat is None:
            return True
        if place_id in _REGIONS:  # a region of several provinces holds what any of them may hold
            return any(self.may_lie_in(lat, lon, part) for part in _REGIONS[place_id])
        if self._province_points is None:
            self._province_points = {}
            for p in self.places:
                if p.kind == "province" and p.lat is not None:
                    self._province_points.setdefault(p.country, []).append((p.lat, p.lon))
        nearest = min(distance_km(lat, lon, a, b) for a, b in self._province_points[province.country])
        return distance_km(lat, lon, province.lat, province.lon) <= 1.5 * nearest + 1.0

    def name_keys(self) -> dict[str, str]:
        """Every normalised name the gazetteer knows, with what it names: ``curated`` (a curated
        place's name, alias or description, also without its article), ``populated`` (a GeoNames
        name) or the kind of a non-place (``organisation``, ``person``, ``outlet``; ``weak ...``
        for names that are also places). For finding mentions in text in one pass.

        >>> keys = Gazetteer.default().name_keys()
        >>> keys["tower 22"], keys["qaim"], keys["hit"], keys["islamic resistance in iraq"]
        ('curated', 'curated', 'populated', 'organisation')
        """
        out: dict[str, str] = dict.fromkeys(self._c_exact, "curated")
        out.update((k, "curated") for k in self._c_stripped if k not in out)
        if self._pop is not None:
            out.update((k, "populated") for k in self._pop.keys[: self._pop.n_full] if k not in out)
        for k, kind in self._not_places.items():
            if k not in self._c_exact:
                out[k] = kind
        return out

    def get(self, name: str, *, country: str | Iterable[str] | None = None, context: Iterable[str] | None = None) -> Match | None:
        """The best place for ``name``, or None when there is no confident match.

        Parameters
        ----------
        name : str
            A place name, alias or description in any spelling or script.
        country : str or iterable of str, optional
            ISO 3166-1 alpha-2 code(s) to prefer.
        context : iterable of str, optional
            Other place or country names from the same text; their countries are preferred.

        Examples
        --------
        >>> gz = Gazetteer.default()
        >>> gz.get("Tower 23") is None
        True
        >>> gz.get("Dover").ambiguous
        True
        >>> gz.get("Dover", context=["Delaware"]).country
        'US'
        """
        key = self.normalise(name)
        if not key:
            return None
        prefer = self._countries(country, context)
        if key not in self._c_exact and not self._not_places.get(key, "weak ").startswith("weak "):
            return None
        cands = self._exact(key) or self._stripped(key)
        if cands:
            return self._decide(name, self._rank(cands, prefer), prefer, key)
        # An organisation-like name ("... Force Base") may still be a typo of a curated site.
        org = self.not_a_place(name)
        cands = self._fuzzy(key, curated_only=org is not None)
        if cands:
            m = self._decide(name, self._rank(cands, prefer), prefer, key)
            if m is not None:
                return m
        if self.online is not None and org is None:
            place = self.online.geocode(name, prefer)
            if place is not None:
                return Match(query=name, place=place, matched_by="online", score=100.0, matched_name=name)
        return None

    def lookup(self, name: str, *, country: str | Iterable[str] | None = None, context: Iterable[str] | None = None) -> Match:
        """Like :meth:`get`, but a miss raises :class:`UnknownPlace` (a ``LookupError``) that
        names the query and the nearest suggestions; :class:`NotAPlace` for organisations.

        >>> Gazetteer.default().lookup("Tower 23")
        Traceback (most recent call last):
        ...
        gazetteer.errors.UnknownPlace: no place matches 'Tower 23'; nearest: 'Tower 22 (JO)', ...
        """
        m = self.get(name, country=country, context=context)
        if m is not None:
            return m
        kind = self.not_a_place(name)
        if kind:
            raise NotAPlace(name, kind)
        raise UnknownPlace(name, self.suggestions(name))

    def suggestions(self, name: str, *, limit: int = 5) -> list[str]:
        """Readable names ('Tower 22 (JO)') of the places nearest to ``name``, best first."""
        return [f"{a.place.name} ({a.place.country})" for a in self.candidates(name, limit=limit)]

    def candidates(self, name: str, *, limit: int = 5, country: str | Iterable[str] | None = None) -> list[Alternative]:
        """Ranked places ``name`` could mean, however weak, for a person to choose from."""
        key = self.normalise(name)
        if not key:
            return []
        prefer = self._countries(country, None)
        cands = self._exact(key) + self._stripped(key)
        for pos, score in self._c_fuzzy.loose(key, limit=limit * 2, scorer=self.scorer):
            ck = self._c_keys[pos]
            cands += self._curated_fuzzy(ck, score)
        if self._pop is not None:
            for pos, score in self._pop.fuzzy.loose(key, limit=limit * 2, scorer=self.scorer):
                cands += self._pop_cands(pos, "fuzzy", score)

        def rank(c: _Cand):
            return (-c[2], bool(prefer) and c[0].country not in prefer, _LAYER_RANK[c[0].layer], -c[0].population)

        out: list[Alternative] = []
        for p, how, score, _ in sorted(cands, key=rank):
            if not any(_same(p, a.place) for a in out):
                out.append(Alternative(p, score, how))
        return out[:limit]

    def place(self, place_id: str) -> Place:
        """A curated place by its id ('tower-22'); KeyError naming the id when unknown."""
        try:
            return self._by_id[place_id]
        except KeyError:
            raise KeyError(f"no curated place has id {place_id!r}") from None
