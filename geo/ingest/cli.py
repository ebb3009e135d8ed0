"""``python -m geo ingest``: article files -> candidate events, printed as a table or JSON, and
saved to the store on request."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from .pipeline import Article, ingest_articles

__all__ = ["run_ingest", "read_articles"]


def read_articles(files: list[str], *, published: date | None = None) -> list[Article]:
    """The articles in ``files`` (UTF-8, a BOM allowed; ``-`` reads standard input)."""
    out = []
    for f in files:
        text = sys.stdin.read() if f == "-" else Path(f).read_text(encoding="utf-8-sig")
        out.append(Article(name="(stdin)" if f == "-" else f, text=text, published=published))
    return out


def _table(cands: list[dict]) -> str:
    events = [c for c in cands if c.get("kind") == "event"]
    lines = [] if events else ["no candidate events"]
    for i, c in enumerate(events, 1):
        where = c.get("location") or "?"
        who = " vs ".join(a for a in (c.get("actor1"), c.get("actor2")) if a) or "?"
        fat = "" if c.get("fatalities") is None else f", {c['fatalities']} killed"
        bg = " [background]" if c.get("background") else ""
        lines.append(f"{i:3d}. {c.get('event_date') or 'date unknown'}  {c['sub_event_type']} at {where}: {who}{fat}"
                     f"  ({len(c['sources'])} source(s), confidence {c['confidence']}){bg}")
        for f in c.get("flags", []):
            lines.append(f"       ! {f}")
        for field, per in c.get("conflicts", {}).items():
            lines.append(f"       conflicting {field}: " + "; ".join(f"{k}: {v}" for k, v in per.items()))
    for a in (c for c in cands if c.get("kind") == "aggregate"):
        since = f" since {a['since']}" if a["since"] else ""
        lines.append(f"  figure, not an event: {a['count']} {a['what']}{since}, as of {a['as_of'] or 'an unknown date'} ({a['text']!r})")
    return "\n".join(lines)


def run_ingest(files: list[str], *, published: date | None = None, as_json: bool = False, save: bool = False, db: str | None = None) -> int:
    try:
        articles = read_articles(files, published=published)
    except (OSError, UnicodeDecodeError) as err:
        print(f"error: cannot read {getattr(err, 'filename', None) or 'an article'}: {err}", file=sys.stderr)
        return 1
    cands = ingest_articles(articles)
    print(json.dumps(cands, ensure_ascii=False, indent=2, default=str) if as_json else _table(cands))
    if not save:
        return 0
    from ..events import EventValidationError
    from ..store import open_store
    from .save import save_candidates

    try:
        with open_store(db) as store:
            names = ("ingest: " + ", ".join(a.name for a in articles))[:200]
            report, skipped = save_candidates(store, [c for c in cands if c.get("kind") == "event"], file=names,
                                              progress=sys.stderr.isatty())
    except EventValidationError as err:
        print(f"refused: nothing was saved.\n{err}", file=sys.stderr)
        return 1
    print(f"saved: {report.added} added, {report.duplicates} already in the store", file=sys.stderr)
    for i, why in skipped:
        print(f"not saved: candidate {i + 1} ({why})", file=sys.stderr)
    return 0
