"""Ingest evaluation: run ``geo.ingest`` over the hand-labelled articles in tests/geo/data/eval and
score its candidate events against labels.json.

    python benchmarks/ingest_eval.py [--json] [--show-errors] [--selftest]

Each article is ingested on its own with ``published=None``: the engine must read the date from the
text. Within an article, predicted and labelled events are matched greedily, non-background and
background events separately. A pair may match when the place agrees (``place_id``, or ``location``
when the label has no place_id) or when both the date and the event_type agree; pairs are taken best
first: place agreeing, then nearest date, then same event_type. Scores: precision, recall and F1 of
the non-background events, then accuracy by field over the matched pairs:

    date        event_date equal (a null label means the text gives no date, so null is expected)
    date ±1 day event_date at most a day off (reports in US time against local dates)
    place       place_id equal, or, when the label's place_id is null, location equal (case-insensitive)
                or the gazetteer's place for the labelled location
    place ≤25 km  the predicted point within 25 km of the labelled place (or the same place)
    actors      actor1 equal, and actor2 equal when the label has one
    direction   who acted against whom: actor1 (and actor2 when labelled) on the same side, the US and
                its partners or the other side (an unidentified attacker and an Iran-backed one face the same way);
                for a Disrupted weapons use label, the two sides in either order (ACLED's actor order
                implies no direction, and coders differ on who comes first in an interception); a
                predicted Disrupted weapons use against a labelled attack is read as coded, ACLED's
                way: its actor2, whose weapon it was, acted (when the US side stopped it)
    type        event_type and sub_event_type both equal
    fatalities  equal (a null label is not scored; a null prediction counts as 0, ACLED's "unknown")

Aggregates ("169 attacks since Oct. 17") count as found when the engine returns, for that article, a
dict with ``"kind": "aggregate"`` and the labelled ``"count"``; such dicts are not events.

It is a report, not a test: it exits 0 whatever the scores, 2 when the engine cannot be imported.
``--selftest`` feeds the labels back as predictions (no engine needed) and exits 1 unless every
score is 100%.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "geo" / "data" / "eval"
FIELDS = ("date", "date ±1 day", "place", "place ≤25 km", "type", "actors", "direction", "fatalities")
#: How far a predicted point may be from the labelled place and still be "within tolerance".
PLACE_KM = 25.0


def _fold(value: object) -> str:
    return str(value or "").strip().casefold()


def _same_place(lab: dict, pred: dict) -> bool:
    if lab.get("place_id"):
        return lab["place_id"] == pred.get("place_id")
    if not lab.get("location"):
        return False
    if _fold(lab["location"]) == _fold(pred.get("location")):
        return True
    return bool(pred.get("place_id")) and _gazetteer_id(lab["location"]) == pred["place_id"]


def _gazetteer_id(name: str) -> str | None:
    """The gazetteer's id for a labelled location that has no ``place_id`` ("Musayib" is GeoNames'
    Al-Musayab), so a prediction that found the place under another spelling is the same place."""
    from gazetteer import Gazetteer
    m = Gazetteer.default().get(name)
    return m.place.id if m is not None else None


def _days_apart(a: str | None, b: str | None) -> int:
    if a is None or b is None:
        return 0 if a == b else 10**6
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _compare(lab: dict, pred: dict) -> dict[str, tuple[bool | None, object, object]]:
    """Field -> (correct, or None when not scored; expected; got)."""
    fat = pred.get("fatalities")
    got_fat = 0 if fat is None else int(fat)
    return {
        "date": (lab["event_date"] == pred.get("event_date"), lab["event_date"], pred.get("event_date")),
        "place": (_same_place(lab, pred), lab.get("place_id") or lab["location"],
                  pred.get("place_id") or pred.get("location")),
        "type": ((lab["event_type"], lab["sub_event_type"]) == (pred.get("event_type"), pred.get("sub_event_type")),
                 f"{lab['event_type']} / {lab['sub_event_type']}", f"{pred.get('event_type')} / {pred.get('sub_event_type')}"),
        "actors": (lab["actor1"] == pred.get("actor1") and lab.get("actor2") in (None, pred.get("actor2")),
                   f"{lab['actor1']} / {lab.get('actor2') or '(not scored)'}", f"{pred.get('actor1')} / {pred.get('actor2')}"),
        "fatalities": (None if lab["fatalities"] is None else lab["fatalities"] == got_fat, lab["fatalities"], fat),
        "date ±1 day": (_days_apart(lab["event_date"], pred.get("event_date")) <= 1, lab["event_date"], pred.get("event_date")),
        "place ≤25 km": (_same_place(lab, pred) or _km(_point(lab), _point(pred)) <= PLACE_KM,
                         lab.get("place_id") or lab["location"], pred.get("place_id") or pred.get("location")),
        "direction": (_same_direction(lab, pred), f"{_side(lab['actor1'])} -> {_side(lab.get('actor2')) if lab.get('actor2') else '(not scored)'}",
                      f"{_side(pred.get('actor1'))} -> {_side(pred.get('actor2'))}"),
    }


def _same_direction(lab: dict, pred: dict) -> bool:
    """Actor1 (and actor2 when labelled) on the same sides. For a disrupted weapon (a drone shot
    down) ACLED's actor order says nothing of who attacked whom, and coders put either the one who
    shot it down or the one who launched it first: there the two sides are compared in either order. A
    predicted disrupted weapon (coded ACLED's way, the one who stopped it first) against a labelled attack
    is read the way it was coded: the one whose weapon it was (its actor2) acted against the one who
    stopped it, when the US side stopped it (a US drone the other side shot down is the other side's act)."""
    want = (_side(lab["actor1"]), _side(lab.get("actor2")) if lab.get("actor2") else None)
    first, second = pred.get("actor1"), pred.get("actor2")
    if (pred.get("sub_event_type") == "Disrupted weapons use" and lab["sub_event_type"] != "Disrupted weapons use" and second
            and _side(first) == "US and partners"):
        first, second = second, first  # a disrupted weapon coded ACLED's way: the one whose weapon it was (actor2) acted
    got = (_side(first), _side(second) if lab.get("actor2") else None)
    if want == got:
        return True
    if lab["sub_event_type"] != "Disrupted weapons use":
        return False
    if want[1] is None:  # "US -> (not labelled)": the one side named, in either place ("a drone of an unnamed group -> US")
        return want[0] in (_side(pred.get("actor1")), _side(pred.get("actor2")))
    return want == (_side(pred.get("actor2")), _side(pred.get("actor1")))


def _point(e: dict) -> tuple[float, float] | None:
    """The event's point: its coordinates, else its place id (or location) looked up in the gazetteer."""
    if e.get("latitude") is not None and e.get("longitude") is not None:
        return float(e["latitude"]), float(e["longitude"])
    from gazetteer import Gazetteer
    gz = Gazetteer.default()
    try:
        if e.get("place_id"):
            p = gz.place(e["place_id"])
            return p.lat, p.lon
    except (KeyError, ValueError, LookupError):
        pass
    m = gz.get(e["location"]) if e.get("location") else None
    return (m.place.lat, m.place.lon) if m else None


def _km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    import math
    if a is None or b is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _side(name: str | None) -> str:
    """Which way an actor faces in this reporting: "US and partners", or "the other side" (Iran and
    aligned groups, unidentified attackers, anyone else). Direction asks who acted against whom, not
    which militia: an attack by an unidentified group and one by an Iran-backed militia on a US base
    have the same direction."""
    from geo.model import ActorTable
    table = _side.table = getattr(_side, "table", None) or ActorTable.load()
    return "US and partners" if name in table.actors and table.side(name) == "US and partners" else "the other side"


def match(labels: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching of labelled and predicted events of one article (see the module docstring)."""
    pairs = []
    for i, lab in enumerate(labels):
        for j, pred in enumerate(preds):
            place = _same_place(lab, pred)
            days = _days_apart(lab["event_date"], pred.get("event_date"))
            same_type = lab["event_type"] == pred.get("event_type")
            if place or (days == 0 and same_type):
                pairs.append((not place, days, not same_type, i, j))
    used_l: set[int] = set()
    used_p: set[int] = set()
    out = []
    for *_, i, j in sorted(pairs):
        if i not in used_l and j not in used_p:
            used_l.add(i)
            used_p.add(j)
            out.append((labels[i], preds[j]))
    return out


def _describe(e: dict) -> str:
    return f"{e.get('event_date')} {e.get('place_id') or e.get('location')} {e.get('sub_event_type')} {e.get('actor1')}"


def evaluate(articles: list[dict], predictions: dict[str, list[dict]]) -> tuple[Counter, list[tuple]]:
    """Counts over all articles, and the errors as (file, field, expected, got)."""
    n: Counter = Counter()
    errors: list[tuple] = []
    for art in articles:
        preds = predictions.get(art["file"], [])
        events = [p for p in preds if p.get("kind", "event") == "event"]  # unplaced and undated reports are listed, not proposed
        for bg, key in ((False, "events"), (True, "background")):
            labs = [e for e in art["events"] if e["background"] is bg]
            got = [p for p in events if bool(p.get("background")) is bg]
            pairs = match(labs, got)
            n[f"{key}_labelled"] += len(labs)
            n[f"{key}_predicted"] += len(got)
            n[f"{key}_matched"] += len(pairs)
            hit = {id(e) for pair in pairs for e in pair}
            errors += [(art["file"], f"missed {key}", _describe(e), None) for e in labs if id(e) not in hit]
            errors += [(art["file"], f"spurious {key}", None, _describe(e)) for e in got if id(e) not in hit]
            if bg:
                continue
            for lab, pred in pairs:
                for field, (ok, want, have) in _compare(lab, pred).items():
                    if ok is not None:
                        n[f"{field}_scored"] += 1
                        n[f"{field}_correct"] += ok
                        if not ok:
                            errors.append((art["file"], field, want, have))
        want = Counter(a["count"] for a in art["aggregates"])
        have = Counter(p.get("count") for p in preds if p.get("kind") == "aggregate")
        n["aggregates_labelled"] += sum(want.values())
        n["aggregates_predicted"] += sum(have.values())
        n["aggregates_found"] += sum((want & have).values())
    return n, errors


def summary(n: Counter) -> dict:
    p = n["events_matched"] / n["events_predicted"] if n["events_predicted"] else None
    r = n["events_matched"] / n["events_labelled"] if n["events_labelled"] else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {
        "events": {"labelled": n["events_labelled"], "predicted": n["events_predicted"],
                   "matched": n["events_matched"], "precision": p, "recall": r, "f1": f1},
        "fields": {f: {"correct": n[f"{f}_correct"], "scored": n[f"{f}_scored"],
                       "accuracy": n[f"{f}_correct"] / n[f"{f}_scored"] if n[f"{f}_scored"] else None} for f in FIELDS},
        "background": {k: n[f"background_{k}"] for k in ("labelled", "predicted", "matched")},
        "aggregates": {k: n[f"aggregates_{k}"] for k in ("labelled", "predicted", "found")},
    }


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def print_report(s: dict, n_articles: int) -> None:
    e = s["events"]
    print(f"Ingest evaluation: {n_articles} articles in {EVAL_DIR}")
    print(f"{'events':<12}{'labelled':>9}{'predicted':>10}{'matched':>9}{'precision':>11}{'recall':>8}{'F1':>8}")
    print(f"{'':<12}{e['labelled']:>9}{e['predicted']:>10}{e['matched']:>9}"
          f"{_pct(e['precision']):>11}{_pct(e['recall']):>8}{_pct(e['f1']):>8}")
    print(f"accuracy by field over {e['matched']} matched events:")
    for f, v in s["fields"].items():
        print(f"  {f:<12}{v['correct']:>4}/{v['scored']:<4}{_pct(v['accuracy']):>8}")
    b, a = s["background"], s["aggregates"]
    print(f"background events: labelled {b['labelled']}, predicted {b['predicted']}, matched {b['matched']}")
    print(f"aggregates: labelled {a['labelled']}, predicted {a['predicted']}, found {a['found']}")


def _engine_predictions(articles: list[dict]) -> dict[str, list[dict]]:
    try:
        from geo.ingest.pipeline import Article, ingest_articles
    except ImportError as err:
        print(f"ingest_eval: cannot import geo.ingest.pipeline ({err}). The ingest engine is not there yet; "
              "run with --selftest to check this script on the labels alone.", file=sys.stderr)
        raise SystemExit(2) from err
    return {a["file"]: ingest_articles([Article(name=a["file"], text=(EVAL_DIR / a["file"]).read_text(encoding="utf-8"),
                                                published=None)]) for a in articles}


def _labels_as_predictions(articles: list[dict]) -> dict[str, list[dict]]:
    """The labels fed back as an engine's output, in reverse order so that matching has work to do."""
    return {a["file"]: [dict(e) for e in reversed(a["events"])]
            + [{"kind": "aggregate", "count": g["count"]} for g in a["aggregates"]] for a in articles}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print a machine-readable summary")
    ap.add_argument("--show-errors", action="store_true", help="list each mismatch: file, field, expected, got")
    ap.add_argument("--selftest", action="store_true", help="score the labels against themselves (no engine)")
    args = ap.parse_args(argv)
    articles = json.loads((EVAL_DIR / "labels.json").read_text(encoding="utf-8"))["articles"]
    preds = _labels_as_predictions(articles) if args.selftest else _engine_predictions(articles)
    counts, errors = evaluate(articles, preds)
    s = summary(counts)
    if args.json:
        print(json.dumps({**s, "articles": len(articles), **({"errors": errors} if args.show_errors else {})}, indent=2))
    else:
        print_report(s, len(articles))
        if args.show_errors:
            print(f"{len(errors)} mismatch(es):")
            for file, field, want, got in errors:
                print(f"  {file}  {field}: expected {want!r}, got {got!r}")
    if args.selftest:
        return 0 if not errors and s["events"]["f1"] == 1 and counts["aggregates_found"] == counts["aggregates_labelled"] else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
