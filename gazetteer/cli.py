"""``python -m gazetteer``: look names up, search candidates, build the index.

    python -m gazetteer lookup NAME [NAME ...] [--country CC] [--context NAME ...] [--json]
    python -m gazetteer search TEXT [--limit N]
    python -m gazetteer build [--rebuild]

``lookup --json`` prints one JSON object per name (JSON Lines); exit status 0 when every name
matched, 1 otherwise, with one line per miss on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys

from .core import Gazetteer
from .errors import UnknownPlace

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m gazetteer", description="Offline place-name resolution for conflict reporting.")
    sub = p.add_subparsers(dest="command", required=True)
    lk = sub.add_parser("lookup", help="resolve names to places")
    lk.add_argument("names", nargs="+", metavar="NAME")
    lk.add_argument("--country", action="append", metavar="CC", help="prefer places in this ISO country (repeatable)")
    lk.add_argument("--context", action="append", metavar="NAME", help="another place named in the same text (repeatable)")
    lk.add_argument("--json", action="store_true", help="JSON Lines, one object per name")
    lk.add_argument("--online", action="store_true", help="ask the geocoder in STRIKEMAP_GEOCODER_URL for names not found offline")
    se = sub.add_parser("search", help="list ranked candidates for a person to read")
    se.add_argument("text", nargs="+")
    se.add_argument("--limit", type=_positive, default=10, help="how many names to list (1 or more)")
    se.add_argument("--country", action="append", metavar="CC")
    bd = sub.add_parser("build", help="build (or rebuild) the cached populated-places index")
    bd.add_argument("--rebuild", action="store_true")
    return p


def _fmt(m) -> str:
    alts = f"; also: {', '.join(f'{a.place.name} ({a.place.country})' for a in m.alternatives)}" if m.alternatives else ""
    flag = " AMBIGUOUS" if m.ambiguous else ""
    return (f"{m.query!r} -> {m.name} ({m.country}, {m.kind}) {m.lat:.4f}, {m.lon:.4f} "
            f"precision={m.precision} by={m.matched_by} score={m.score:.0f}{flag} source={m.source}{alts}")


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of names: give a whole number, 1 or more")
    return n


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "build":
        from .populated import load_populated

        _, t = load_populated(progress=True, rebuild=args.rebuild)
        print(f"populated-places index: built in {t['build_s']:.2f} s" if t["build_s"] else f"cached index loads in {t['load_s']:.3f} s")
        return 0
    online = None
    if getattr(args, "online", False):
        from .online import OnlineGeocoder

        online = OnlineGeocoder.from_env()
    gz = Gazetteer(progress=sys.stderr.isatty(), online=online)
    if args.command == "search":
        for a in gz.candidates(" ".join(args.text), limit=args.limit, country=args.country):
            p = a.place
            print(f"{a.score:5.1f}  {p.name} ({p.country}, {p.kind}, {p.precision}) {p.lat:.4f}, {p.lon:.4f}  [{a.matched_by}; {p.layer}]")
        return 0
    missed = 0
    for name in args.names:
        try:
            m = gz.lookup(name, country=args.country, context=args.context)
        except UnknownPlace as err:
            missed += 1
            print(f"no match: {err}", file=sys.stderr)
            if args.json:
                print(json.dumps({"query": name, "match": None, "suggestions": err.suggestions, "reason": err.reason},
                                 ensure_ascii=False))
            continue
        print(json.dumps(m.to_dict(), ensure_ascii=False) if args.json else _fmt(m))
    return 1 if missed else 0
