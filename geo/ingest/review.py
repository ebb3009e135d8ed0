"""What a reviewer sees of the candidates: a table to edit and accept, and the sentences behind
each field with the supporting words highlighted (HTML with every piece of text escaped)."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from gazetteer import Gazetteer
from gazetteer.model import GEO_PRECISION

from .save import savable

__all__ = ["review_frame", "apply_review", "evidence_html", "EDITABLE", "TICK_AT"]

EDITABLE = ("accept", "event_date", "location", "actor1", "actor2", "fatalities")
#: Candidates below this confidence start unticked: the reviewer opts them in. Chosen on the development sets, where the
#: candidates at or above it are nine in ten right; on the blind sets the pre-ticked ones measured 83% right and the unticked 52%
#: (``benchmarks/fit_confidence.py``).
TICK_AT = 0.8
_COLOURS = {"event_date": "#fde68a", "location": "#bfdbfe", "actor1": "#fecaca", "actor2": "#e9d5ff", "fatalities": "#bbf7d0",
            "injuries": "#d9f99d", "event_type": "#fed7aa"}


def review_frame(cands: list[dict]) -> pd.DataFrame:
    """One row per candidate; ``accept`` starts true for those that can be saved and whose
    confidence is at least :data:`TICK_AT`; ``why`` says where the date, place and actor came from.

    >>> review_frame([]).columns[:3].tolist()
    ['accept', 'event_date', 'sub_event_type']
    >>> c = {"event_date": "2024-01-28", "latitude": 33.3, "actor1": "X", "sub_event_type": "Air/drone strike", "confidence": 0.5}
    >>> bool(review_frame([c])["accept"][0]), bool(review_frame([c | {"confidence": 0.9}])["accept"][0])
    (False, True)
    """
    rows = []
    for c in cands:
        why = savable(c)
        rows.append({"accept": why is None and (c.get("confidence") or 0) >= TICK_AT, "event_date": c.get("event_date") or "",
                     "sub_event_type": c["sub_event_type"],
                     "location": c.get("location") or "", "actor1": c.get("actor1") or "", "actor2": c.get("actor2") or "",
                     "fatalities": c.get("fatalities"), "confidence": c.get("confidence"), "sources": len(c.get("sources", [])),
                     "background": bool(c.get("background")), "cannot save": why or "", "why": _why(c),
                     "flags": "; ".join(c.get("flags", []) + [f"conflicting {k}" for k in c.get("conflicts", {})])})
    cols = ["accept", "event_date", "sub_event_type", "location", "actor1", "actor2", "fatalities", "confidence", "sources", "background",
            "cannot save", "why", "flags"]
    return pd.DataFrame(rows, columns=cols).astype({"fatalities": "Int64"})


#: Where a date came from, as the review says it.
_DATE_FROM = {"absolute": "written in the sentence", "weekday": "a weekday, counted from publication", "month": "a month",
              "relative": "counted ('last week', 'four days earlier')", "inherited": "the report before it",
              "tally": "the count of that day's (or week's) attacks before it", "answer": "the attack or strike round it answered",
              "said": "the day it was said (may be a day late)", "published": "the publication date (no day given)", "none": "none"}


def _why(c: dict) -> str:
    """Where the date, the place and the actor came from, in a few words."""
    src = (c.get("sources") or [{}])[0]
    kind = src.get("date_kind") or "none"
    parts = [f"date: {_DATE_FROM.get(kind, kind)}", f"place: {c.get('matched_by') or 'none'}"]
    flags = " ".join(c.get("flags", []))
    parts.append("actor: " + ("from elsewhere in the article" if "elsewhere" in flags else "ACLED's unidentified" if "perpetrator" in flags
                              else "in the sentence" if c.get("actor1") else "none"))
    return "; ".join(parts)


def _relocate(c: dict, name: str) -> dict:
    """``c`` placed at the reviewer's ``name`` (looked up in the gazetteer); an unknown name leaves it
    without a place, so it cannot be saved until the reviewer names a known one."""
    m = Gazetteer.default().get(name)
    if m is None:
        return c | {"place_id": None, "location": name, "latitude": None, "longitude": None, "country": None, "geo_precision": None,
                    "flags": [*c.get("flags", []), f"the reviewer's place {name!r} is not in the gazetteer"]}
    p = m.place
    return c | {"place_id": p.id, "location": p.name, "country": p.country, "latitude": p.lat, "longitude": p.lon,
                "geo_precision": GEO_PRECISION.get(p.precision, 3) if p.kind not in ("province", "country", "sea") else 3,
                "matched_by": f"reviewer: {name!r}"}


def apply_review(cands: list[dict], edited: pd.DataFrame) -> list[dict]:
    """The accepted candidates with the reviewer's edits (date, place, actors, fatalities) applied;
    a changed place is looked up in the gazetteer. The inputs are not changed."""
    out = []
    for c, (_, row) in zip(cands, edited.iterrows(), strict=True):
        if not bool(row["accept"]):
            continue
        c = dict(c)
        if "location" in row and str(row["location"]).strip() and str(row["location"]).strip() != (c.get("location") or ""):
            c = _relocate(c, str(row["location"]).strip())
        for k in ("event_date", "actor1", "actor2"):
            c[k] = str(row[k]).strip() or None if k == "event_date" else str(row[k]).strip()
        f = row["fatalities"]
        c["fatalities"] = None if pd.isna(f) else int(f)
        out.append(c)
    return out


def evidence_html(texts: dict[str, str], cand: dict[str, Any]) -> str:
    """Each source's sentences with the words behind each field marked (``<mark>`` with the field
    as its title), everything else escaped. ``texts`` maps article ids (:attr:`Article.id`, see
    :func:`article_texts`) to the texts; a source without an id is looked up by its file name.

    >>> text = "On Sunday a drone hit <Tower 22>."
    >>> c = {"sources": [{"file": "a", "evidence": {"event_date": {"start": 3, "end": 9, "sentence": [0, 33]},
    ...                                             "location": {"start": 23, "end": 31, "sentence": [0, 33]}}}]}
    >>> out = evidence_html({"a": text}, c)
    >>> out.startswith("<p><b>a</b><br>On <mark title='event_date' style='background:#fde68a'>Sunday</mark> a drone hit &lt;<mark")
    True
    >>> out.endswith(">Tower 22</mark>&gt;.</p>")
    True
    """
    parts = []
    for s in cand.get("sources", []):
        text = texts.get(s.get("article") or s["file"], "")  # by article id: two uploads may share a file name
        spans = sorted(((e["start"], e["end"], f) for f, e in (s.get("evidence") or {}).items() if e and f != "sub_event_type"),
                       key=lambda x: (x[0], -x[1]))
        sents = sorted({tuple(e["sentence"]) for e in (s.get("evidence") or {}).values() if e})
        body = []
        for lo, hi in sents:
            out, pos = [], lo
            for a, b, field in spans:
                if a < pos or not (lo <= a and b <= hi):
                    continue
                out.append(html.escape(text[pos:a]))
                colour = _COLOURS.get(field, "#e5e7eb")
                out.append(f"<mark title='{html.escape(field)}' style='background:{colour}'>{html.escape(text[a:b])}</mark>")
                pos = b
            out.append(html.escape(text[pos:hi]))
            body.append("".join(out))
        parts.append(f"<p><b>{html.escape(s['file'])}</b><br>" + "<br>".join(body) + "</p>")
    return "".join(parts)
