"""Article files in, candidates out as a person reads them: what ``python -m geo ingest`` prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from .pipeline import Article
from .screen import ArticleProblem, screen

__all__ = ["read_articles", "articles_from", "candidates_text", "candidates_json", "figures_text"]


def read_articles(files: list[str], *, published: date | None = None) -> list[Article]:
    """The articles in ``files`` (UTF-8, a BOM allowed; ``-`` reads standard input), screened
    (:func:`geo.ingest.screen.screen`): an empty file, HTML source or a text not in English raises
    :class:`ArticleProblem` naming the file, before anything is read."""
    out = []
    for f in files:
        text = sys.stdin.read() if f == "-" else Path(f).read_text(encoding="utf-8-sig")
        name = "(stdin)" if f == "-" else f
        out.append(Article(name=name, text=screen(name, text), published=published))
    return out


def articles_from(pasted: str, files: Iterable[tuple[str, bytes]], published: date | None = None) -> tuple[list[Article], list[str]]:
    """The articles a person pasted and uploaded (UTF-8, a BOM allowed), screened, and one message
    for each text that cannot be read (not UTF-8, empty, HTML source, not English); nothing is read
    from those.

    >>> files = [("a.txt", "A rocket hit the base.".encode()), ("b.txt", b"\\xff\\xfe\\x00")]
    >>> arts, bad = articles_from("Feb 5, 2024 - A rocket hit Tower 22.", files)
    >>> [a.name for a in arts], bad
    (['pasted text', 'a.txt'], ['b.txt: not UTF-8 text (save it as UTF-8 and upload it again).'])
    """
    texts = [("pasted text", pasted)] if pasted.strip() else []
    bad = []
    for name, data in files:
        try:
            texts.append((Path(name).name, data.decode("utf-8-sig")))
        except UnicodeDecodeError:
            bad.append(f"{Path(name).name}: not UTF-8 text (save it as UTF-8 and upload it again).")
    articles = []
    for name, text in texts:
        try:
            articles.append(Article(name, screen(name, text), published))
        except ArticleProblem as err:
            bad.append(str(err))
    return articles, bad


def figures_text(cands: list[dict]) -> str:
    """The campaign figures among the candidates, and the reports that name no place, in one line
    ("169 attacks since 2023-10-17; a report with no place: 2024-01-28 Air/drone strike ('A drone hit…')")."""
    figures = [f"{a['count']} {a['what']}" + (f" since {a['since']}" if a.get("since") else "") for a in cands if a.get("kind") == "aggregate"]
    unplaced = [f"{c.get('event_date') or 'undated'} {c['sub_event_type']} ({c['notes'][:80]!r})" for c in cands if c.get("kind") == "unplaced"]
    return "; ".join(figures + [f"a report with no place, not a candidate: {u}" for u in unplaced])


def candidates_json(cands: list[dict]) -> str:
    """The candidates as a JSON array (ACLED field names, sources, conflicts, confidence)."""
    return json.dumps(cands, ensure_ascii=False, indent=2, default=str)


def candidates_text(cands: list[dict]) -> str:
    """The candidates as a numbered table, with flags, conflicts and the campaign figures."""
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
    for u in (c for c in cands if c.get("kind") == "unplaced"):
        lines.append(f"  no place, not a candidate: {u.get('event_date') or 'date unknown'} {u['sub_event_type']} ({u['notes'][:100]!r})")
    for a in (c for c in cands if c.get("kind") == "aggregate"):
        since = f" since {a['since']}" if a["since"] else ""
        lines.append(f"  figure, not an event: {a['count']} {a['what']}{since}, as of {a['as_of'] or 'an unknown date'} ({a['text']!r})")
    return "\n".join(lines)
