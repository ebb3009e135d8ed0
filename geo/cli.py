"""``python -m geo``: import, export and list events.

    python -m geo import FILE [--format acled|ucdp|geojson|csv] [--skip-bad [--force]] [--strict] [--db PATH]
    python -m geo export --format csv|geojson|kml|gpkg|png|svg|pdf|pptx|gif|mp4|html [-o PATH|-] [--force]
        [--title TEXT] [--subtitle TEXT] [--marking TEXT] [--label PLACE...] [--step day|week] [filters] [--db PATH]
    python -m geo list [filters] [--db PATH]
    python -m geo ingest FILE... [--published DATE] [--json] [--save] [--db PATH]
    python -m geo bench [--events N] [--json] [--keep DIR]

Filters: --from DATE --to DATE --actor NAME... --side SIDE... --type TYPE... --sub-type TYPE...
--country CC... --min-precision 1|2|3 --text WORDS --bbox WEST,SOUTH,EAST,NORTH (keeps the events in
the box, and frames the briefing on it).

``png`` is the briefing image of the dashboard's download button (16:9, drawn on this machine with
no browser and no internet); ``svg`` and ``pdf`` the same with text kept as text; ``pptx`` a deck
(the map, the events table, the sources); ``gif`` and ``mp4`` the time slider as an animation, one
frame per ``--step``; ``html`` the standalone interactive map, which opens offline from disk.
``--title``, ``--subtitle`` and ``--marking`` (the classification or handling line) default to the
view's title, none, and "UNCLASSIFIED · OPEN-SOURCE REPORTING".

``bench`` generates N synthetic ACLED events (ids ``SYN…``, never mixed into real data), imports
them into a temporary store (not ``--db``) and prints the scale figures with their targets, or one
JSON object with ``--json`` (:mod:`geo.bench`). It takes minutes at a million events.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from datetime import date

from common import check_output, safe_output

from .formats import EXPORT_FORMATS, FORMATS, ImportFormatError, export_events
from .model import SIDES, EventValidationError, parse_date
from .outputs import ANIMATION_STEPS, PRODUCTS
from .store import StoreError
from .view import View, actor_options, value_counts

VIEW_FORMATS = tuple(PRODUCTS)  # pictures and decks of the view, not tables of events

__all__ = ["main"]


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _count(text: str) -> int:
    try:
        n = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of events: give a whole number, 1 or more, e.g. 100000")
    return n


def _bbox(text: str) -> tuple[float, ...]:
    try:
        box = tuple(float(v) for v in text.split(","))
    except ValueError:
        box = ()
    if len(box) != 4:
        raise argparse.ArgumentTypeError(f"{text!r} is not west,south,east,north in degrees: give e.g. 38,33,42,37")
    return box


def _filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    g.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    g.add_argument("--actor", action="append", default=[], metavar="NAME", help="hierarchy-aware (repeatable)")
    g.add_argument("--side", action="append", default=[], choices=SIDES)
    g.add_argument("--type", action="append", default=[], metavar="TYPE", help="ACLED event type (repeatable)")
    g.add_argument("--sub-type", action="append", default=[], metavar="TYPE")
    g.add_argument("--country", action="append", default=[], metavar="CC", help="ISO code or country name (repeatable)")
    g.add_argument("--min-precision", type=int, choices=(1, 2, 3))
    g.add_argument("--text", default="", help="words in the notes")
    g.add_argument("--bbox", type=_bbox, metavar="W,S,E,N", help="keep the events in this box (degrees); a briefing is framed on it")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo", description="Events: import, export, list.")
    p.add_argument("--db", help="the store file (default $STRIKEMAP_DB or the cache directory)")
    sub = p.add_subparsers(dest="command", required=True)
    im = sub.add_parser("import", help="import a file, all or nothing")
    im.add_argument("file")
    im.add_argument("--format", choices=FORMATS)
    im.add_argument("--skip-bad", action="store_true", help="write the good rows and a rejects file beside the input")
    im.add_argument("--force", action="store_true", help="with --skip-bad: replace an existing rejects file (never a symbolic link)")
    im.add_argument("--strict", action="store_true", help="refuse events whose point lies outside their country (default: keep, and list them)")
    ex = sub.add_parser("export", help="export the filtered events")
    ex.add_argument("--format", required=True, choices=(*EXPORT_FORMATS, *VIEW_FORMATS))
    ex.add_argument("-o", "--output", default="-", help="a path, or - for standard output (text formats)")
    ex.add_argument("--title", default=None, help="title of the briefing, deck, animation or HTML map (default: the view's)")
    ex.add_argument("--subtitle", default=None, help="a line under the title")
    ex.add_argument("--marking", default=None, help="the classification or handling line (default: UNCLASSIFIED · OPEN-SOURCE REPORTING)")
    ex.add_argument("--label", action="append", default=[], metavar="PLACE", help="a place to label first on the briefing (repeatable)")
    ex.add_argument("--step", choices=ANIMATION_STEPS, default=None, help="one animation frame per day or week (default week)")
    ex.add_argument("--force", action="store_true", help="replace an existing output file (never a symbolic link)")
    _filters(ex)
    ls = sub.add_parser("list", help="counts by date, type, actor and country")
    _filters(ls)
    ing = sub.add_parser("ingest", help="read article text files into candidate events")
    ing.add_argument("files", nargs="+", metavar="FILE", help="article text files (UTF-8), or - for standard input")
    ing.add_argument("--published", type=_date, metavar="DATE", help="publication date for articles that carry none")
    ing.add_argument("--json", action="store_true", help="print the candidates as a JSON array")
    ing.add_argument("--save", action="store_true", help="write the candidates that can be saved to the store")
    be = sub.add_parser("bench", help="scale benchmark on synthetic events in a temporary store")
    be.add_argument("--events", type=_count, default=100_000, metavar="N", help="synthetic events (default 100000)")
    be.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    be.add_argument("--keep", metavar="DIR", help="write the synthetic CSV and the store to DIR and keep them")
    for sp in (im, ex, ls, ing, be):
        sp.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return p


def _view(a: argparse.Namespace) -> View:
    return View(date_from=a.date_from, date_to=a.date_to, actors=tuple(a.actor), sides=tuple(a.side),
                       event_types=tuple(a.type), sub_event_types=tuple(a.sub_type), countries=tuple(a.country),
                       min_precision=a.min_precision, text=a.text, bbox=a.bbox)


def _list(gdf) -> str:
    lines = [f"{len(gdf)} events"]
    if len(gdf):
        lines.append(f"from {gdf.event_date.min():%Y-%m-%d} to {gdf.event_date.max():%Y-%m-%d}")
    for title, col in (("by date", "event_date"), ("by event type", "event_type"), ("by sub-event type", "sub_event_type"),
                       ("by actor (in any role, with its members: the dashboard's count)", "actor"), ("by side", "side"),
                       ("by country", "country")):
        if col == "actor":
            counts = actor_options(gdf)
        elif col == "side":
            counts = value_counts(gdf, "side")
        else:
            counts = gdf[col].dt.strftime("%Y-%m-%d").value_counts() if col == "event_date" else gdf[col].astype(str).value_counts()
            counts = counts[counts.index != ""].sort_index() if col == "event_date" else counts[counts.index != ""]
        if len(counts):
            lines.append(f"\n{title}:")
            lines += [f"  {n:6d}  {k}" for k, n in counts.items()]
    return "\n".join(lines)


def _export_view(gdf, view: View, args: argparse.Namespace) -> None:
    """A picture, deck or animation of the filtered events, or the standalone HTML map."""
    if args.output == "-" and args.format != "html":
        raise ValueError(f"a {args.format.upper()} needs a file: give -o brief{PRODUCTS[args.format].suffix}")
    from .outputs import make_product

    data = make_product(args.format, gdf, view, title=args.title, subtitle=args.subtitle, marking=args.marking, step=args.step,
                        selected=args.label)
    if args.output == "-":
        sys.stdout.write(data.decode("utf-8"))
    else:
        with safe_output(args.output, force=args.force) as tmp:
            tmp.write_bytes(data)


def _os_problem(err: OSError) -> str:
    """An OSError in words: a full disk, a file size limit, a read-only file system, no permission."""
    where = f"{err.filename}: " if err.filename else ""
    why = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up", errno.EFBIG: "the file may grow no more "
           "(a file size limit)", errno.EROFS: "the file system is read-only", errno.EACCES: "permission denied"}.get(err.errno)
    if why:
        return f"{where}{why}: nothing was written there; free space or choose another place, then try again"
    return f"{where}{err.strerror or err}"


def _ingest(args: argparse.Namespace) -> int:
    from .ingest import ArticleProblem, ArticleRefused, candidates_json, candidates_text, ingest_articles, read_articles
    from .session import Session

    try:
        articles = read_articles(args.files, published=args.published)
    except ArticleRefused as err:
        print(f"refused: {err}", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError) as err:
        print(f"error: cannot read {getattr(err, 'filename', None) or 'an article'}: {err}", file=sys.stderr)
        return 1
    except ArticleProblem as err:
        print(f"error: {err} Nothing was read.", file=sys.stderr)
        return 1
    cands = ingest_articles(articles)
    print(candidates_json(cands) if args.json else candidates_text(cands))
    if not args.save:
        return 0
    names = ("ingest: " + ", ".join(a.name for a in articles))[:200]
    outcome = Session(shared=args.db).accept([c for c in cands if c.get("kind") == "event"], file=names, progress=sys.stderr.isatty())
    if not outcome.ok:
        print(f"refused: nothing was saved.\n{outcome.message.removeprefix('Nothing was saved.').strip()}", file=sys.stderr)
        return 1
    print(f"saved: {outcome.report.added} added, {outcome.report.duplicates} already in the store", file=sys.stderr)
    for i, why in outcome.skipped:
        print(f"not saved: candidate {i + 1} ({why})", file=sys.stderr)
    return 0


def _bench(args: argparse.Namespace) -> int:
    from .bench import format_report, run_bench

    result = run_bench(args.events, progress=True, workdir=args.keep)
    print(json.dumps(result) if args.json else format_report(result))
    return 0


def _import(args: argparse.Namespace) -> int:
    from .session import Session

    try:
        report = Session(shared=args.db).import_file(args.file, format=args.format, skip_bad=args.skip_bad, progress=sys.stderr.isatty(),
                                                   force=args.force, strict=args.strict)
    except EventValidationError as err:
        print(f"refused {args.file}: nothing was imported.\n{err}", file=sys.stderr)
        return 1
    except ImportFormatError as err:
        print(f"refused: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"refused: {_os_problem(err)}", file=sys.stderr)
        return 1
    except StoreError as err:  # read-only, held by another import, a full disk: nothing was imported
        print(f"error: {err}", file=sys.stderr)
        return 2
    except ValueError as err:  # a setting (STRIKEMAP_MAX_IMPORT_MB), not the file: say so; nothing was imported
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(report)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "ingest":
        return _ingest(args)
    if args.command == "bench":
        return _bench(args)
    from .store import open_store

    try:
        store = open_store(args.db)
    except Exception as err:  # a store that cannot open is reported, not a traceback
        print(f"error: cannot open the event store: {err}", file=sys.stderr)
        return 2
    with store:
        if args.command == "import":
            store.close()
            return _import(args)
        try:
            view = _view(args)
        except ValueError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        gdf = view.apply(store.frame())
        if args.command == "list":
            print(_list(gdf))
            return 0
        try:
            if args.format in VIEW_FORMATS:
                if args.output != "-":
                    check_output(args.output, force=args.force)  # before the drawing
                _export_view(gdf, view, args)
            else:
                export_events(gdf, args.format, args.output, force=args.force)
        except BrokenPipeError:
            raise  # the reader stopped early (| head): common.cli.run ends quietly
        except ValueError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        except OSError as err:
            print(f"error: {_os_problem(err)}", file=sys.stderr)
            return 2
        if args.output != "-":
            print(f"wrote {len(gdf)} events to {args.output}", file=sys.stderr)
        return 0
