"""Article files in, candidates out as a person reads them: what ``python -m geo ingest`` prints."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from common import settings

from ..model import field_words
from .pipeline import Article
from .screen import ArticleProblem, screen

__all__ = ["read_articles", "articles_from", "article_texts", "candidates_text", "candidates_json", "figures_text", "ArticleRefused",
           "max_ingest_bytes"]


class ArticleRefused(ValueError):
    """An article refused before it is read: over the ingest size limit (the message names it, its
    size, the limit and the setting), or not a regular file (a device or a pipe may never end)."""


def max_ingest_bytes() -> int:
    """The largest article ingest reads, in bytes (``STRIKEMAP_MAX_INGEST_KB``, default 512 KB)."""
    return int(settings.max_ingest_kb() * 1024)


def _too_large(name: str, size: int, limit: int) -> str:
    return (f"{name}: {size / 1024:,.0f} KB, over the {limit / 1024:,.0f} KB limit of one article (a long news article is "
            "20-50 KB): split it, or raise the limit with STRIKEMAP_MAX_INGEST_KB")


def read_articles(files: list[str], *, published: date | None = None) -> list[Article]:
    """The articles in ``files`` (UTF-8, a BOM allowed; ``-`` reads standard input).

    Each is checked against :func:`max_ingest_bytes` before it is read (standard input is read no
    further than the limit): :class:`ArticleRefused` names the file, its size and the setting. Each
    is then screened (:func:`geo.ingest.screen.screen`): an empty file, HTML source or a text not in
    English raises :class:`ArticleProblem` naming the file, before anything is read."""
    limit = max_ingest_bytes()
    out = []
    for f in files:
        if f == "-":
            data = sys.stdin.buffer.read(limit + 1)
            if len(data) > limit:
                raise ArticleRefused(_too_large("(stdin)", len(data), limit).replace(f"{len(data) / 1024:,.0f} KB", "more than "
                                                                                     f"{limit / 1024:,.0f} KB", 1))
            text = data.decode("utf-8-sig")
        else:
            st = Path(f).stat()
            if not stat.S_ISREG(st.st_mode):
                raise ArticleRefused(f"{f}: not a regular file (a device, pipe or folder, which may never end): give a text file")
            if st.st_size > limit:
                raise ArticleRefused(_too_large(f, st.st_size, limit))
            text = Path(f).read_text(encoding="utf-8-sig")
        name = "(stdin)" if f == "-" else f
        out.append(Article(name=name, text=screen(name, text), published=published))
    return out


def articles_from(pasted: str, files: Iterable[tuple[str, bytes]], published: date | None = None) -> tuple[list[Article], list[str]]:
    """The articles a person pasted and uploaded (UTF-8, a BOM allowed), screened, and why any was
    not read (one message each: over :func:`max_ingest_bytes`, checked before reading; not UTF-8
    text; empty, HTML source or not English); nothing is read from those.

    >>> files = [("a.txt", "A rocket hit the base.".encode()), ("b.txt", b"\\xff\\xfe\\x00")]
    >>> arts, bad = articles_from("Feb 5, 2024 - A rocket hit Tower 22.", files)
    >>> [a.name for a in arts], bad
    (['pasted text', 'a.txt'], ['b.txt: not UTF-8 text (save it as UTF-8 and upload it again)'])
    """
    limit = max_ingest_bytes()
    texts, bad = [], []
    if pasted.strip():
        if (size := len(pasted.encode("utf-8", "surrogatepass"))) > limit:
            bad.append(_too_large("the pasted text", size, limit))
        else:
            texts.append(("pasted text", pasted))
    for name, data in files:
        if len(data) > limit:
            bad.append(_too_large(Path(name).name, len(data), limit))
            continue
        try:
            texts.append((Path(name).name, data.decode("utf-8-sig")))
        except UnicodeDecodeError:
            bad.append(f"{Path(name).name}: not UTF-8 text (save it as UTF-8 and upload it again)")
    articles = []
    for name, text in texts:
        try:
            articles.append(Article(name, screen(name, text), published))
        except ArticleProblem as err:
            bad.append(str(err))
    return articles, bad


def article_texts(articles: Iterable[Article]) -> dict[str, str]:
    """Each article's text by its id (:attr:`Article.id`), as :func:`evidence_html` looks them up:
    two uploads with one file name keep their own texts."""
    return {a.id: a.text for a in articles}


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
            lines.append(f"       conflicting {field_words(field, c.get('sub_event_type'))}: " + "; ".join(f"{k}: {v}" for k, v in per.items()))
    for u in (c for c in cands if c.get("kind") == "unplaced"):
        lines.append(f"  no place, not a candidate: {u.get('event_date') or 'date unknown'} {u['sub_event_type']} ({u['notes'][:100]!r})")
    for a in (c for c in cands if c.get("kind") == "aggregate"):
        since = f" since {a['since']}" if a["since"] else ""
        lines.append(f"  figure, not an event: {a['count']} {a['what']}{since}, as of {a['as_of'] or 'an unknown date'} ({a['text']!r})")
    return "\n".join(lines)
