"""Events as a table, a chunk at a time: the column form stores write and read.

A *table* is a :class:`pandas.DataFrame` with the schema's columns in storage form, plus
``dedup_key`` and ``id_generated``: ``event_date`` as ISO text, ``sources`` and ``conflicts`` as
JSON text, counts as integers or ``None``, text as ``str`` (``""`` when blank).

:func:`normalise_table` validates and completes a chunk of raw text rows (a CSV's) column by
column. Any row the vectorised checks are not sure of (a blank required field, a date or number
that does not parse at once, coordinates to look up) goes through the row-by-row validation of
:func:`geo.model.normalise_rows`, so both give the same records and the same problems, and a
million-row file validates in seconds. :func:`typed_frame` turns stored tables back into the typed
GeoDataFrame of :func:`geo.model.to_frame`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import time
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from gazetteer import Gazetteer, normalise

from .actors import ActorTable
from .countries import NAME_TO_CC, NUMERIC_TO_CC
from .records import CATEGORY_COLUMNS, INT_COLUMNS, INT_RULES, dedup_key, validate_record
from .schema import COLUMNS, EVENT_TYPES, ISO_NUMERIC, STATUSES, YEARS, ValidationProblem

__all__ = ["TABLE_COLUMNS", "records_table", "normalise_table", "typed_frame", "concat_frames", "table_rows"]

#: What a store holds per event, in this order.
TABLE_COLUMNS = ("event_id_cnty", "dedup_key", *[c for c in COLUMNS if c != "event_id_cnty"])
_TEXT = tuple(c for c in COLUMNS if c not in INT_COLUMNS and c not in ("event_date", "latitude", "longitude", "sources", "conflicts"))
_STRIPPED = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "admin1", "admin2", "admin3",
             "location", "source", "source_scale", "notes", "tags", "region", "country", "disorder_type", "inter1", "inter2",
             "interaction", "event_id_cnty", "place_id")
_NOTHING = object()
_TYPE_PAIRS = {f"{t}\x1f{s}" for t, subs in EVENT_TYPES.items() for s in ("", *subs)}


def _json_text(value: Any, empty: str) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else empty


def records_table(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The table of complete records (as :func:`geo.model.normalise_rows` returns them).

    >>> from geo.model import curated_records
    >>> t = records_table(curated_records())
    >>> len(t), t.loc[0, "event_date"], t.loc[0, "sources"][:2], bool(t["id_generated"].any())
    (13, '2020-01-03', '[{', False)
    >>> len(records_table([]))
    0
    """
    cols: dict[str, list] = {c: [] for c in (*TABLE_COLUMNS, "id_generated")}
    for rec in records:
        for c in COLUMNS:
            v = rec.get(c)
            if c in ("sources", "conflicts"):
                v = _json_text(v, "[]" if c == "sources" else "{}")
            elif c == "event_date":
                v = v.isoformat() if isinstance(v, date) else str(v)
            elif c in INT_COLUMNS:
                v = None if v is None or v == "" else int(v)
            elif c in ("latitude", "longitude"):
                v = float(v)
            else:
                v = "" if v is None else str(v)
            cols[c].append(v)
        cols["dedup_key"].append(dedup_key(rec))
        cols["id_generated"].append(bool(rec.get("_id_generated")))
    return pd.DataFrame({c: pd.Series(v, dtype=object if c not in ("latitude", "longitude", "id_generated") else None)
                         for c, v in cols.items()})


def table_rows(table: pd.DataFrame, columns: Iterable[str] = TABLE_COLUMNS, *, first: Any = _NOTHING) -> Iterable[tuple]:
    """Rows of plain Python values (int, float, str, None) for a database driver, each starting
    with ``first`` when it is given (an import id)."""
    cols = [] if first is _NOTHING else [itertools.repeat(first, len(table))]
    for c in columns:
        s = table[c]
        if c in INT_COLUMNS and s.dtype == object:
            cols.append(s.tolist())
        elif c in INT_COLUMNS:
            cols.append(pd.array(s, dtype="Int64").to_numpy(dtype=object, na_value=None).tolist())
        elif c in ("latitude", "longitude"):
            cols.append(s.astype("float64").tolist())
        else:
            cols.append(s.tolist())
    return zip(*cols, strict=True)


# -- validation ---------------------------------------------------------------------------------


def _col(raw: pd.DataFrame, name: str) -> pd.Series:
    if name not in raw:
        return pd.Series("", index=raw.index, dtype=object)
    return raw[name].fillna("").astype(str).str.strip()


def _ints(s: pd.Series, lo: int | None, hi: int | None) -> tuple[pd.Series, np.ndarray]:
    """Parsed whole numbers (NaN where blank) and the rows that need a closer look."""
    blank = (s == "").to_numpy()
    x = pd.to_numeric(s.where(~blank), errors="coerce").astype("float64")
    v = x.to_numpy()
    bad = ~blank & (~np.isfinite(v) | (v != np.floor(np.where(np.isfinite(v), v, 0))))
    if lo is not None:
        bad |= ~blank & (v < lo)
    if hi is not None:
        bad |= ~blank & (v > hi)
    return x, bad


def _json_col(s: pd.Series, kind: type, empty: str) -> tuple[list[str], np.ndarray]:
    out, bad = [], np.zeros(len(s), dtype=bool)
    for i, v in enumerate(s.tolist()):
        if not v:
            out.append(empty)
            continue
        try:
            parsed = json.loads(v)
        except (ValueError, RecursionError):  # the row-by-row path says which
            parsed = None
        if not isinstance(parsed, kind):
            bad[i] = True
            out.append(empty)
        else:
            out.append(_json_text(parsed, empty))
    return out, bad


def _dates(s: pd.Series) -> pd.Series:
    d = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    todo = d.isna() & (s != "")
    if todo.any():
        d[todo] = pd.to_datetime(s[todo], format="%d %B %Y", errors="coerce")
    return d


def normalise_table(raw: pd.DataFrame, rows: Iterable[int], *, file: str, gazetteer: Gazetteer | None = None,
                    actors: ActorTable | None = None, layer: str = "import", memo: dict | None = None,
                    now: int | None = None, text: bool = True) -> tuple[pd.DataFrame, list[ValidationProblem]]:
    """Validate and complete a chunk of raw rows (text, in our column names) as a table.

    Parameters
    ----------
    raw : DataFrame
        One row per input row, values as the file holds them.
    rows : iterable of int
        Each row's number as the user sees it (1 = first data row), named in problems.
    memo : dict, optional
        Gazetteer answers and actor sides to reuse across the chunks of one file.
    text : bool
        Every value is text (or None), as in a CSV file; otherwise all rows go row by row.

    Returns
    -------
    (table, problems)
        The table of the valid rows (in input order) and every problem of the others, exactly as
        :func:`geo.model.normalise_rows` gives them.

    Examples
    --------
    >>> raw = pd.DataFrame({"event_date": ["2024-02-02", "2024-02-30"], "event_type": ["Explosions/Remote violence"] * 2,
    ...                     "actor1": ["Military Forces of the United States (2021-)"] * 2, "location": ["Al Qaim"] * 2,
    ...                     "latitude": ["34.3669"] * 2, "longitude": ["41.1389"] * 2})
    >>> table, problems = normalise_table(raw, [1, 2], file="x.csv")
    >>> table[["event_date", "side1", "place_id", "iso"]].values.tolist()
    [['2024-02-02', 'US and partners', 'al-qaim', 368]]
    >>> print(problems[0])
    x.csv, row 2, field 'event_date': '2024-02-30' is not a date that exists (expected YYYY-MM-DD or '03 February 2024') (value '2024-02-30')
    """
    gz = gazetteer or Gazetteer.default()
    at = actors or ActorTable.load()
    memo = {} if memo is None else memo
    now = int(time.time()) if now is None else now
    rownums = np.asarray(list(rows), dtype=np.int64)
    raw = raw.reset_index(drop=True)
    n = len(raw)
    if n == 0:
        return records_table([]), []
    if not text:  # typed values (GeoJSON, GeoPackage): row by row
        return _slow(raw, rownums, np.ones(n, dtype=bool), file, gz, at, layer, now)
    t: dict[str, Any] = {c: _col(raw, c) for c in _STRIPPED}
    slow = np.zeros(n, dtype=bool)
    for c in raw.columns.intersection(COLUMNS):  # text a store cannot hold: the row-by-row path says why
        slow |= raw[c].fillna("").astype(str).str.contains("\x00", regex=False).to_numpy()
    d, etype, sub = _col(raw, "event_date"), _col(raw, "event_type"), _col(raw, "sub_event_type")
    slow |= ((d == "") | (etype == "") | (t["actor1"] == "")).to_numpy()
    dates = _dates(d)
    slow |= (dates.isna() | (dates.dt.year < YEARS[0]) | (dates.dt.year > YEARS[1])).to_numpy()
    slow |= ~(etype + "\x1f" + sub).isin(_TYPE_PAIRS).to_numpy()
    t["event_type"], t["sub_event_type"] = etype, sub
    nums = {}
    for c, (lo, hi, _) in INT_RULES.items():
        nums[c], bad = _ints(_col(raw, c), lo, hi)
        slow |= bad
    t["sources"], bad_s = _json_col(_col(raw, "sources"), list, "[]")
    t["conflicts"], bad_c = _json_col(_col(raw, "conflicts"), dict, "{}")
    slow |= bad_s | bad_c
    status = _col(raw, "status").replace("", "reported")
    slow |= ~status.isin(STATUSES).to_numpy()
    lat_s, lon_s = _col(raw, "latitude"), _col(raw, "longitude")
    slow |= ((lat_s == "") & (lon_s == "")).to_numpy()  # to be looked up: the row-by-row path does it
    lat = pd.to_numeric(lat_s, errors="coerce").astype("float64").to_numpy()
    lon = pd.to_numeric(lon_s, errors="coerce").astype("float64").to_numpy()
    with np.errstate(invalid="ignore"):
        slow |= ~(np.isfinite(lat) & (np.abs(lat) <= 90) & np.isfinite(lon) & (np.abs(lon) <= 180))
    fast = ~slow
    if fast.any():
        table = _assemble(t, nums, dates, status, lat, lon, fast, gz, at, layer, now, memo)
    else:  # every row goes row by row (and an empty chunk's columns have no types to compare)
        table = records_table([])
    table.index = rownums[fast]
    if slow.any():
        done, problems = _slow(raw, rownums, slow, file, gz, at, layer, now)
        table = pd.concat([table, done]).sort_index(kind="stable") if len(done) else table
    else:
        problems = []
    return table.reset_index(drop=True), problems


def _slow(raw, rownums, which, file, gz, at, layer, now):
    recs, problems = [], []
    for i in np.flatnonzero(which):
        rec, bad = validate_record(int(rownums[i]), {k: v for k, v in raw.iloc[i].items() if v is not None}, file, gz, at, layer, now)
        if bad:
            problems += bad
        else:
            recs.append((int(rownums[i]), rec))
    table = records_table(r for _, r in recs)
    table.index = [i for i, _ in recs]
    return table, problems


def _assemble(t, nums, dates, status, lat, lon, keep, gz, at, layer, now, memo) -> pd.DataFrame:
    t = {k: (v[keep].reset_index(drop=True) if isinstance(v, pd.Series) else pd.Series(np.asarray(v, dtype=object)[keep]))
         for k, v in t.items()}
    nums = {k: v[keep].reset_index(drop=True) for k, v in nums.items()}
    dates = dates[keep].reset_index(drop=True)
    n = len(dates)
    out: dict[str, Any] = dict(t)
    out["event_date"] = dates.dt.strftime("%Y-%m-%d")
    out["status"] = status[keep].reset_index(drop=True)
    out["layer"] = layer
    out["latitude"], out["longitude"] = lat[keep], lon[keep]
    for c, (_, _, default) in INT_RULES.items():
        out[c] = nums[c]
        if default is not None:
            out[c] = out[c].fillna(now if default == "now" else default)
    # country: from ACLED's numeric code, else the country's name, else the gazetteer's place
    iso_cc = out["iso"].map(NUMERIC_TO_CC)
    name_cc = t["country"].str.casefold().map(NAME_TO_CC)
    cc = iso_cc.where(iso_cc.notna(), name_cc)
    pair = t["location"].astype(object) + "\x1f" + cc.astype(object).where(cc.notna(), "")
    answers = memo.setdefault("places", {})
    for key in pair.unique():
        loc, c = key.rsplit("\x1f", 1)  # a location may itself hold the separator
        if key not in answers:
            m = gz.get(loc, country=c or None) if loc else None
            answers[key] = (m.place.id, m.country) if m is not None else ("", "")
    found = {k: answers[k] for k in pair.unique()}
    place_ids = pair.map({k: v[0] for k, v in found.items()})
    out["place_id"] = t["place_id"].where(t["place_id"] != "", place_ids)
    cc = cc.where(cc.notna() & (cc != ""), pair.map({k: (v[1] or np.nan) for k, v in found.items()}))
    out["geo_precision"] = out["geo_precision"].fillna(1)
    known = cc.isin(list(ISO_NUMERIC)).to_numpy()
    out["iso"] = out["iso"].where(out["iso"].notna(), cc.map({k: v[0] for k, v in ISO_NUMERIC.items()})).fillna(0)
    out["country"] = t["country"].where((t["country"] != "") | ~known, cc.map({k: v[1] for k, v in ISO_NUMERIC.items()}))
    out["region"] = t["region"].where((t["region"] != "") | ~known, cc.map({k: v[2] for k, v in ISO_NUMERIC.items()}))
    out["year"] = dates.dt.year
    out["disorder_type"] = t["disorder_type"].where(t["disorder_type"] != "", np.where(
        t["event_type"] == "Strategic developments", "Strategic developments", "Political violence"))
    sides = memo.setdefault("actors", {})
    for n_ in ("1", "2"):
        names = t[f"actor{n_}"]
        uniq = names.unique()
        for a in uniq:
            if a not in sides:
                canon = at.canonical(a) if a else None
                sides[a] = (at.side(a) if a else "", at.actors[canon].inter if canon else "")
        out[f"side{n_}"] = names.map({a: sides[a][0] for a in uniq})
        inter = names.map({a: sides[a][1] for a in uniq})
        out[f"inter{n_}"] = t[f"inter{n_}"].where(t[f"inter{n_}"] != "", inter)
    i1, i2 = out["inter1"], out["inter2"]
    made = np.where((i1 != "") & (i2 != ""), i1 + "-" + i2, np.where(i1 != "", i1 + " only", ""))
    out["interaction"] = t["interaction"].where(t["interaction"] != "", made)
    for c in _TEXT:
        if c not in out:
            out[c] = ""
    # the identity of an event without an id: date + place + actors, normalised
    norm = memo.setdefault("norm", {})

    def nz(values: pd.Series) -> pd.Series:
        for v in values.unique():
            if v not in norm:
                norm[v] = normalise(v)
        return values.map(norm)

    loc_n = nz(t["location"])
    place = out["place_id"].where(out["place_id"] != "", loc_n).astype(object)
    nowhere = (place == "").to_numpy()
    if nowhere.any():
        place[nowhere] = [f"{a:.3f},{b:.3f}" for a, b in zip(out["latitude"][nowhere], out["longitude"][nowhere], strict=True)]
    a1, a2 = nz(t["actor1"]), nz(t["actor2"])
    lo_, hi_ = a1.where(a1 <= a2, a2), a2.where(a1 <= a2, a1)
    keys = out["event_date"] + "|" + place + "|" + lo_ + "|" + hi_
    gen = (t["event_id_cnty"] == "").to_numpy()
    ids = t["event_id_cnty"].copy()
    if gen.any():
        ids[gen] = ["SM" + hashlib.sha1(k.encode()).hexdigest()[:12].upper() for k in keys[gen]]
    out["event_id_cnty"], out["dedup_key"], out["id_generated"] = ids, keys, gen
    df = pd.DataFrame({c: out[c] for c in (*TABLE_COLUMNS, "id_generated")}, index=range(n))
    for c in INT_COLUMNS:
        df[c] = pd.array(df[c], dtype="Int64").to_numpy(dtype=object, na_value=None)
    return df


# -- reading ------------------------------------------------------------------------------------


def typed_frame(table: pd.DataFrame) -> gpd.GeoDataFrame:
    """The typed GeoDataFrame (as :func:`geo.model.to_frame` makes it) of a stored table chunk."""
    df = pd.DataFrame(index=range(len(table)))
    src = table.reset_index(drop=True)
    for c in COLUMNS:
        s = src[c] if c in src else pd.Series([None] * len(src), dtype=object)
        if c == "event_date":
            df[c] = pd.to_datetime(s, format="ISO8601").astype("datetime64[ns]")
        elif c in INT_COLUMNS:
            df[c] = pd.array(pd.to_numeric(s, errors="coerce"), dtype="Float64").astype("Int64")
        elif c in ("latitude", "longitude"):
            df[c] = pd.to_numeric(s, errors="coerce").astype("float64")
        elif c in ("sources", "conflicts"):
            empty, blank = (list, "[]") if c == "sources" else (dict, "{}")
            df[c] = pd.Series([empty() if not v or v == blank else json.loads(v) for v in s.tolist()], dtype=object)
        elif c in CATEGORY_COLUMNS:
            df[c] = s.fillna("").astype(str).astype("category")
        else:
            df[c] = s.fillna("").astype(str)
    geometry = gpd.points_from_xy(df["longitude"], df["latitude"], crs="EPSG:4326")  # points are (x=lon, y=lat)
    return gpd.GeoDataFrame(df, geometry=geometry, crs="EPSG:4326")


def concat_frames(frames: list[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Typed frames one after another, categoricals kept categorical (their categories united)."""
    from .records import empty_frame

    if not frames:
        return empty_frame()
    if len(frames) == 1:
        return frames[0]
    cats = {c: union_categoricals([f[c] for f in frames]) for c in CATEGORY_COLUMNS}
    out = pd.concat([f.drop(columns=list(CATEGORY_COLUMNS)) for f in frames], ignore_index=True)
    for c, v in cats.items():
        out[c] = pd.Categorical(v)
    out = out[[*COLUMNS, "geometry"]]
    return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")
