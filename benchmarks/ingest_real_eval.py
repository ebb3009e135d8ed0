"""Ingest on real reporting: run ``geo.ingest`` over the hand-labelled texts of
``tests/geo/data/real`` (public-domain texts in the repository; copyrighted ones from ``--private
DIR``, rebuilt from their URLs, see that folder's README) and score it against their labels with
the matching and field rules of ``benchmarks/ingest_eval.py``.

    python benchmarks/ingest_real_eval.py [--private DIR] [--json] [--show-errors] [--by-kind] [--kinetic]
    python benchmarks/ingest_real_eval.py --evidence tests/geo/data/dev2 tests/geo/data/dev3 ...   (no texts needed)
    python benchmarks/ingest_real_eval.py --public [--by-kind] [--merge]   (every public-domain text in the repository)

Each text is read as a user pastes it, its URL/Published header removed, with its publication date
given (as the dashboard's "publication date" box or ``ingest --published`` would). A report, not a
test: it exits 0 whatever the scores.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "geo" / "data" / "real"
HOLDOUT = ROOT / "tests" / "geo" / "data" / "holdout"
#: The event types of attacks and strikes (``--kinetic``): what the issue's first measure counted.
KINETIC = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
_spec = importlib.util.spec_from_file_location("ingest_eval", Path(__file__).with_name("ingest_eval.py"))
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)
_spec = importlib.util.spec_from_file_location("corpus_worklist", Path(__file__).with_name("corpus_worklist.py"))
worklist = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(worklist)


def read_text(path: Path) -> str:
    """The article as pasted: without the ``URL:`` and ``Published:`` lines this corpus adds."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and (lines[0].startswith(("URL:", "Published:")) or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def public_texts(data: Path = REAL.parent) -> list[tuple[dict, Path]]:
    """Every public-domain text in the repository with its labelled article: ``real/public/`` and each
    development set's ``public/`` folder (US government works: CENTCOM, DoD, State, VOA, CRS), so a
    machine without the copyrighted texts still reads whole articles of real reporting."""
    out = []
    for labels in sorted(data.glob("*/labels.json")):
        folder = labels.parent
        if folder.name in worklist.BLIND or not (folder / "public").is_dir():
            continue
        for a in json.loads(labels.read_text(encoding="utf-8"))["articles"]:
            path = folder / "public" / Path(a["file"]).name
            if path.is_file():
                out.append((a, path))
    return out


def _text(a: dict, args: argparse.Namespace) -> Path | None:
    """Where a labelled article's text is: in ``--corpus``, in ``real/public/``, or in ``--private``."""
    if args.corpus:  # the folder of rebuilt texts, or a set whose public-domain texts are in its public/
        name = Path(a["file"]).name
        return args.corpus / name if (args.corpus / name).is_file() else args.corpus / "public" / name
    if a["file"].startswith("public/"):
        return REAL / a["file"]
    return args.private / Path(a["file"]).name if args.private else None


def _key(e: dict) -> tuple:
    return (e.get("event_date"), e.get("place_id") or (e.get("location") or "").casefold(), e.get("event_type"))


def merge_report(articles: list[dict], together: list[dict]) -> str:
    """Merging across articles, scored by pairs of articles: a labelled pair is two articles that
    report one event (same date, place and event type); it is found when one merged candidate
    lists both as sources at that place or on that date. A predicted pair is two articles among one
    candidate's sources; it is right when both report an event labelled at its place or date."""
    from itertools import combinations
    clusters: dict[tuple, set[str]] = {}
    for a in articles:
        for e in a["events"]:
            if not e.get("background"):
                k = _key(e)
                near = next((c for c in clusters if c[1:] == k[1:] and ev._days_apart(c[0], k[0]) <= 1), k)  # UTC and local dates
                clusters.setdefault(near, set()).add(a["file"])
    labelled = {(k, f, g) for k, files in clusters.items() for f, g in combinations(sorted(files), 2)}
    events = [c for c in together if c.get("kind") == "event"]

    def fits(c: dict, k: tuple) -> bool:
        return ((c.get("place_id") or (c.get("location") or "").casefold()) == k[1]
                or (ev._days_apart(c.get("event_date"), k[0]) <= 1 and c["event_type"] == k[2]))

    found = {(k, f, g) for (k, f, g) in labelled
             if any(fits(c, k) and {f, g} <= {s["file"] for s in c["sources"]} for c in events)}
    predicted = [(c, f, g) for c in events for f, g in combinations(sorted({s["file"] for s in c["sources"]}), 2)]
    right = [x for x in predicted if any(fits(x[0], k) and {x[1], x[2]} <= files for k, files in clusters.items())]
    p = len(right) / len(predicted) if predicted else None
    r = len(found) / len(labelled) if labelled else None
    return (f"merging across articles: labelled pairs {len(labelled)}, found {len(found)} (recall {ev._pct(r)}); "
            f"predicted pairs {len(predicted)}, right {len(right)} (precision {ev._pct(p)})")


def evidence_report(sets: list[Path]) -> tuple[Counter, list[tuple]]:
    """Each labelled news event's evidence (the words its coder quoted), ingested on its own with its
    article's publication date and matched against that event: counts (labelled, found, and per
    field) and the errors. Needs no text but the labels: a reading of how ingest takes one sentence
    of real reporting, without the article around it (no dateline, no earlier sentence to lend an
    actor or a weapon), so it scores lower than the articles do and moves with every sentence rule."""
    from geo.ingest import Article, ingest_articles

    n: Counter = Counter()
    errors: list[tuple] = []
    for folder in sets:
        for a in json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]:
            for e in a["events"]:
                quoted = (e.get("evidence") or "").strip()
                if e.get("background") or len(quoted) < _EVIDENCE_CHARS:
                    continue
                if not _SENTENCE_END.search(quoted):
                    quoted += "."  # a sentence of prose, as it stood in the article, not a headline (nor one that ends in a quote:
                    # "... called them a “flagrant violation of Iraq’s sovereignty”" is a sentence cut before its full stop)
                preds = [c for c in ingest_articles([Article(a["file"], quoted, date.fromisoformat(a["published"]))]) if c["kind"] == "event"]
                n["labelled"] += 1
                pair = ev.match([e], preds)
                if not pair:
                    errors.append((a["file"], "missed", ev._describe(e), quoted[:160]))
                    continue
                n["found"] += 1
                for field, (ok, want, got) in ev._compare(e, pair[0][1]).items():
                    if ok is not None:
                        n[f"{field}_scored"] += 1
                        n[f"{field}_correct"] += ok
                        if not ok:
                            errors.append((a["file"], field, want, got))
    return n, errors


#: Evidence shorter than this is a phrase ("another over Irbil airport"), not a sentence to read alone.
_EVIDENCE_CHARS = 25
#: A quoted sentence's own end: a full stop, a question or an exclamation mark, maybe inside its closing quotes.
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*$")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--private", type=Path, help="folder holding the copyrighted texts (private/NN_slug.txt names)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--by-kind", action="store_true", help="a table per kind of source")
    ap.add_argument("--merge", action="store_true", help="also ingest every text together and score merging across articles")
    ap.add_argument("--no-published", action="store_true",
                    help="do not give the publication date: the engine finds it in the text, or leaves relative dates unresolved")
    ap.add_argument("--kinetic", action="store_true",
                    help="score kinetic events only (attacks and strikes: no strategic developments, labelled or predicted)")
    ap.add_argument("--public", action="store_true",
                    help="score every public-domain text in the repository (real/public and each development set's public/)")
    ap.add_argument("--corpus", type=Path, help="a folder of texts scored against its labels.json, else against tests/geo/data/holdout (held out)")
    ap.add_argument("--evidence", type=Path, nargs="+", metavar="SET",
                    help="read each labelled event's quoted evidence alone (no texts needed) in these set folders, e.g. "
                         "tests/geo/data/dev2 tests/geo/data/dev3; name development sets only: a blind set's sentences are its errors")
    args = ap.parse_args(argv)
    if args.evidence:
        n, errors = evidence_report(args.evidence)
        fields = {f: n[f"{f}_correct"] / n[f"{f}_scored"] for f in ev.FIELDS if n[f"{f}_scored"]}
        if args.json:
            print(json.dumps({"labelled": n["labelled"], "found": n["found"], "fields": fields}, indent=2))
            return 0
        print(f"Ingest on {n['labelled']} labelled events' evidence, each read alone ({len(args.evidence)} sets): "
              f"found {n['found']} ({ev._pct(n['found'] / n['labelled'] if n['labelled'] else None)})")
        print("  fields: " + ", ".join(f"{f} {n[f + '_correct']}/{n[f + '_scored']} ({ev._pct(v)})" for f, v in fields.items()))
        if args.show_errors:
            for file, field, want, got in errors:
                print(f"  {file}  {field}: expected {want!r}, got {got!r}")
        return 0
    from geo.ingest import Article, ArticleProblem, MentionFinder, ingest_articles, screen

    labels = REAL / "labels.json"
    if args.corpus:  # a folder of texts, with its own labels.json or the held-out labels of this repository
        labels = args.corpus / "labels.json" if (args.corpus / "labels.json").is_file() else HOLDOUT / "labels.json"
    articles = json.loads(labels.read_text(encoding="utf-8"))["articles"]
    present = public_texts() if args.public else [(a, path) for a in articles if (path := _text(a, args)) and path.is_file()]
    finder = MentionFinder.default() if hasattr(MentionFinder, "default") else None

    def given(a: dict) -> date | None:
        return None if args.no_published else date.fromisoformat(a["published"])

    preds = {}
    kwargs = {"finder": finder} if finder else {}
    refused = []
    for a, path in present:
        try:
            text = screen(a["file"], read_text(path))  # as the dashboard and the command line screen what they read
        except ArticleProblem as e:  # a text the reader refuses is scored as read with nothing found, and named
            refused.append(str(e))
            preds[a["file"]] = []
            continue
        preds[a["file"]] = ingest_articles([Article(name=a["file"], text=text, published=given(a))], **kwargs)
    for why in refused:
        print(f"refused (scored as nothing found): {why}")
    readable = [(a, p) for a, p in present if not any(w.startswith(f"{a['file']}: ") for w in refused)]
    scored = [a for a, _ in present]
    if args.kinetic:
        scored = [{**a, "events": [e for e in a["events"] if e["event_type"] in KINETIC]} for a in scored]
        preds = {f: [c for c in cs if c.get("kind") != "event" or c.get("event_type") in KINETIC] for f, cs in preds.items()}
    if args.merge:
        together = ingest_articles([Article(name=a["file"], text=screen(a["file"], read_text(path)), published=given(a))
                                    for a, path in readable], **kwargs)
        print(merge_report(scored, together))
    groups = {"all": scored}
    if args.by_kind:
        for kind in sorted({a["kind"] for a in scored}):
            groups[kind] = [a for a in scored if a["kind"] == kind]
    out = {}
    for name, arts in groups.items():
        counts, errors = ev.evaluate(arts, preds)
        out[name] = {**ev.summary(counts), "texts": len(arts), **({"errors": errors} if args.show_errors and name == "all" else {})}
    if args.json:
        print(json.dumps(out, indent=2, default=str))
        return 0
    where = "each set's public/ folder" if args.public else f"{len(articles)} labelled; labels in {labels.parent}"
    print(f"Ingest on real reporting: {len(scored)} texts present ({Counter(a['file'].split('/')[0] for a in scored)}); {where}")
    for name, s in out.items():
        e = s["events"]
        print(f"\n[{name}] {s['texts']} texts: events labelled {e['labelled']}, predicted {e['predicted']}, matched {e['matched']}: "
              f"precision {ev._pct(e['precision'])}, recall {ev._pct(e['recall'])}, F1 {ev._pct(e['f1'])}")
        print("  fields: " + ", ".join(f"{f} {v['correct']}/{v['scored']} ({ev._pct(v['accuracy'])})" for f, v in s["fields"].items()))
        a = s["aggregates"]
        print(f"  figures: labelled {a['labelled']}, predicted {a['predicted']}, found {a['found']}")
    if args.show_errors:
        for file, field, want, got in out["all"].get("errors", []):
            print(f"  {file}  {field}: expected {want!r}, got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
