"""UCDP GED rows in our columns: dates, violence types, location precision and sources mapped
to ACLED's terms.

UCDP's own codes (``type_of_violence``, ``where_prec``, ``date_prec``) and dates are checked
here, as only a UCDP file has them; a problem names the UCDP column the analyst can find in the
file (:data:`UCDP_FIELD` maps our columns back to UCDP's for the problems found later).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ..model import parse_date

# UCDP where_prec (1 exact .. 7 country/international waters) -> ACLED geo_precision
_UCDP_GEO = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
# UCDP type_of_violence -> ACLED event type / sub-event type
_UCDP_TYPE = {1: ("Battles", "Armed clash"), 2: ("Battles", "Armed clash"), 3: ("Violence against civilians", "Attack")}
# Our column -> the UCDP column it comes from: problems name the column the analyst can see.
UCDP_FIELD = {"event_date": "date_start", "actor1": "side_a", "actor2": "side_b", "fatalities": "best", "admin1": "adm_1",
               "admin2": "adm_2", "location": "where_coordinates", "notes": "source_headline", "event_id_cnty": "id"}


def _code(row: Mapping[str, str], field: str, allowed: range, default: int) -> tuple[int, tuple[str, str, str] | None]:
    """A UCDP code column's value, or the default and the problem when it is not one of ``allowed``."""
    text = (row.get(field) or "").strip()
    if not text:
        return default, None
    try:
        x = float(text)
    except ValueError:
        x = math.nan
    if math.isfinite(x) and x == int(x) and int(x) in allowed:
        return int(x), None
    return default, (field, f"is not one of UCDP's {field} codes ({allowed[0]} to {allowed[-1]})", text[:200])


def ucdp_record(row: Mapping[str, str]) -> tuple[dict[str, Any], tuple[str, str, str] | None]:
    """A UCDP GED row in our columns, and the first problem of its UCDP-only columns (or None)."""
    start, end = (row.get("date_start") or "")[:10], (row.get("date_end") or "")[:10]
    tov, p1 = _code(row, "type_of_violence", range(1, 4), 1)
    prec, p2 = _code(row, "where_prec", range(1, 8), 0)
    date_prec, p3 = _code(row, "date_prec", range(1, 6), 1)
    problem = p1 or p2 or p3
    dates = []
    for field, text in (("date_start", start), ("date_end", end)):
        try:
            dates.append(parse_date(text) if text else None)
        except ValueError as err:
            problem = problem or (field, str(err), (row.get(field) or "")[:200])
            dates.append(None)
    if dates[0] and dates[1] and dates[1] < dates[0]:
        problem = problem or ("date_end", f"is before date_start ({start})", end)
    etype, sub = _UCDP_TYPE[tov]
    out: dict[str, Any] = {
        "event_id_cnty": f"UCDP{row.get('id', '').strip()}" if row.get("id", "").strip() else "",
        "event_date": start, "time_precision": 1 if start == end or not end else (2 if date_prec <= 3 else 3),
        "event_type": etype, "sub_event_type": sub, "actor1": row.get("side_a", ""), "actor2": row.get("side_b", ""),
        "country": row.get("country", ""), "admin1": row.get("adm_1", ""), "admin2": row.get("adm_2", ""),
        "location": row.get("where_coordinates", "") or row.get("where_description", ""),
        "latitude": row.get("latitude", ""), "longitude": row.get("longitude", ""),
        "geo_precision": _UCDP_GEO.get(prec, "") if prec else "", "fatalities": row.get("best", ""),
        "source": row.get("source_office", "") or (row.get("source_article") or "")[:200], "notes": row.get("source_headline", ""),
        "sources": json.dumps([{"outlet": row.get("source_office", ""), "date": (row.get("source_date") or "")[:10],
                                "claims": row.get("source_article", "")}], ensure_ascii=False),
        "tags": f"ucdp:{row.get('conflict_name', '')}".rstrip(":"),
    }
    if start != end and end:
        out["conflicts"] = json.dumps({"event_date": {"UCDP date_start": start, "UCDP date_end": end}})
    if row.get("low") and row.get("high") and row.get("low") != row.get("high"):
        conflicts = json.loads(out.get("conflicts", "{}"))
        conflicts["fatalities"] = {"UCDP low": row["low"], "UCDP best": row.get("best", ""), "UCDP high": row["high"]}
        out["conflicts"] = json.dumps(conflicts, ensure_ascii=False)
    return out, problem
