"""The popup and tooltip of one event, as HTML in which every string from the data is escaped.

A popup says what an analyst needs to judge the event: the date and how well it is known, the type,
who acted and on which side, the place with its precision and how it was located, the fatalities
with every conflicting report side by side, the notes, and the sources as links (only ``http`` and
``https`` URLs become links; anything else is shown as text).

Every string from the data is cut to a limit (300 characters; notes and claims 2,000) with "…",
HTML-escaped, and, when it holds a bidi control (a right-to-left override, an embedding, an
isolate, a mark), wrapped in ``<bdi>``, so that an override in a place name cannot reorder the rest
of the popup. :func:`isolate_bidi` does the same for plain text (the KML name).
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from typing import Any

from common.textsafe import has_bidi, safe_url

from ..model import DISRUPTED, DISRUPTED_WORDS, PRECISION_LABELS, TIME_PRECISION_LABELS, field_words

__all__ = ["event_popup_html", "event_tooltip"]

_MAX_TEXT = 2000  # characters of notes or claims shown in a popup


def _e(value: Any, limit: int = 300) -> str:
    """A string from the data, cut to ``limit`` characters with "…", escaped, in ``<bdi>`` when it holds a bidi control."""
    text = "" if _missing(value) else str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    out = html.escape(text, quote=True)
    return f"<bdi>{out}</bdi>" if has_bidi(text) else out


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value) or (isinstance(value, float) and math.isnan(value))  # NaN, pd.NA
    except (TypeError, ValueError):
        return False


def _int(value: Any) -> int | None:
    if _missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _actor_line(actor: Any, assoc: Any, side: Any) -> str:
    if _missing(actor) or not str(actor).strip():
        return ""
    text = _e(actor)
    if not _missing(assoc) and str(assoc).strip():
        text += f" with {_e(assoc)}"
    if not _missing(side) and str(side).strip():
        text += f" <span class='sm-side'>({_e(side)})</span>"
    return text


def _conflicts_html(conflicts: Any, sub_event_type: Any = None) -> str:
    if not isinstance(conflicts, Mapping) or not conflicts:
        return ""
    rows = []
    for field, per_source in conflicts.items():
        what = field_words(field, sub_event_type)
        if isinstance(per_source, Mapping):
            for source, value in per_source.items():
                rows.append(f"<tr><td>{_e(what)}</td><td>{_e(source)}</td><td>{_e(value)}</td></tr>")
        else:
            rows.append(f"<tr><td>{_e(what)}</td><td></td><td>{_e(per_source)}</td></tr>")
    return ("<table class='sm-conflicts'><tr><th>what</th><th>according to</th><th>reported</th></tr>"
            + "".join(rows) + "</table>")


def _sources_html(sources: Any, fallback: Any) -> str:
    items = []
    if isinstance(sources, list):
        for s in sources:
            if not isinstance(s, Mapping):
                items.append(f"<li>{_e(s)}</li>")
                continue
            name = _e(s.get("outlet") or s.get("name") or s.get("url") or "source")
            url = safe_url(s.get("url"))
            head = f"<a href='{html.escape(url, quote=True)}' target='_blank' rel='noopener noreferrer'>{name}</a>" if url else name
            when = f" ({_e(s.get('date'))})" if s.get("date") else ""
            claims = f": {_e(s.get('claims'), _MAX_TEXT)}" if s.get("claims") else ""
            unsafe = "" if url or not s.get("url") else f" <span class='sm-unsafe'>[link not shown: {_e(s.get('url'), 120)}]</span>"
            items.append(f"<li>{head}{when}{claims}{unsafe}</li>")
    if not items and not _missing(fallback) and str(fallback).strip():
        items.append(f"<li>{_e(fallback)}</li>")
    return "<ul class='sm-sources'>" + "".join(items) + "</ul>" if items else ""


def event_popup_html(ev: Mapping[str, Any]) -> str:
    """The popup of one event (a row of the event frame as a mapping).

    Examples
    --------
    >>> ev = {"event_id_cnty": "X1", "event_date": "2024-01-28", "time_precision": 2, "event_type": "Explosions/Remote violence",
    ...       "sub_event_type": "Air/drone strike", "actor1": "<script>alert(1)</script>", "side1": "Iran and aligned",
    ...       "location": "Tower 22", "country": "Jordan", "geo_precision": 1, "place_id": "tower-22", "fatalities": 3,
    ...       "conflicts": {"injuries": {"CNN": "40+", "ANI": "dozens"}},
    ...       "sources": [{"outlet": "CNN", "url": "javascript:alert(1)"}, {"outlet": "AP", "url": "https://apnews.com/x"}]}
    >>> out = event_popup_html(ev)
    >>> "<script>" in out, "&lt;script&gt;" in out, "href='javascript" in out, "href='https://apnews.com/x'" in out
    (False, True, False, True)
    >>> "known to the week" in out, "<td>ANI</td><td>dozens</td>" in out
    (True, True)
    >>> "<b>" in event_popup_html({})  # an empty row still gives a popup
    True
    >>> shot = event_popup_html({"sub_event_type": "Disrupted weapons use", "actor1": "United States", "actor2": "Houthis"})
    >>> "stopped by: United States" in shot, "weapon of: Houthis" in shot  # ACLED's order, said in words
    (True, True)
    >>> "<td>weapon of</td><td>Reuters</td>" in event_popup_html({"sub_event_type": "Disrupted weapons use",
    ...                                                         "conflicts": {"actor2": {"Reuters": "Tashkil al-Waritheen"}}})
    True
    """
    tp = _int(ev.get("time_precision"))
    gp = _int(ev.get("geo_precision"))
    date = ev.get("event_date")
    date_text = date.strftime("%Y-%m-%d") if hasattr(date, "strftime") and not _missing(date) else _e(date)
    lines = [f"<b>{_e(ev.get('location')) or 'unknown place'}</b> · {date_text}"
             + (f" <i>({TIME_PRECISION_LABELS.get(tp, f'time precision {tp}')})</i>" if tp else "")]
    kind = " / ".join(_e(ev.get(c)) for c in ("event_type", "sub_event_type") if not _missing(ev.get(c)) and str(ev.get(c)))
    if kind:
        lines.append(kind)
    disrupted = ev.get("sub_event_type") == DISRUPTED
    labels = (DISRUPTED_WORDS["actor1"], DISRUPTED_WORDS["actor2"]) if disrupted else ("by", "against")  # ACLED's order
    for label, a, assoc, side in ((labels[0], "actor1", "assoc_actor_1", "side1"), (labels[1], "actor2", "assoc_actor_2", "side2")):
        line = _actor_line(ev.get(a), ev.get(assoc), ev.get(side))
        if line:
            lines.append(f"{label}: {line}")
    where = ", ".join(_e(ev.get(c)) for c in ("admin1", "country") if not _missing(ev.get(c)) and str(ev.get(c)))
    place = f"place: {where}" if where else "place:"
    if gp:
        place += f" · precision {gp} ({PRECISION_LABELS.get(gp, 'unknown')})"
    pid = ev.get("place_id")
    place += f" · located by gazetteer entry <code>{_e(pid)}</code>" if not _missing(pid) and str(pid) else " · coordinates as given by the source"
    lines.append(place)
    fat, inj = _int(ev.get("fatalities")), _int(ev.get("injuries"))
    figures = [f"fatalities: {fat} (lowest reported)" if fat is not None else "fatalities: not reported"]
    if inj is not None:
        figures.append(f"injuries: {inj}")
    lines.append(" · ".join(figures))
    conflicts = _conflicts_html(ev.get("conflicts"), ev.get("sub_event_type"))
    if conflicts:
        lines.append("conflicting reports:" + conflicts)
    if not _missing(ev.get("notes")) and str(ev.get("notes")):
        lines.append(f"<span class='sm-notes'>{_e(ev.get('notes'), _MAX_TEXT)}</span>")
    sources = _sources_html(ev.get("sources"), ev.get("source"))
    if sources:
        lines.append("sources:" + sources)
    meta = [f"{_e(ev.get(c))}" for c in ("status", "event_id_cnty") if not _missing(ev.get(c)) and str(ev.get(c))]
    if meta:
        lines.append(f"<small>{' · '.join(meta)}</small>")
    return "<div class='sm-popup'>" + "<br>".join(lines) + "</div>"


def event_tooltip(ev: Mapping[str, Any]) -> str:
    """A one-line tooltip: date, place and sub-event type, escaped.

    >>> event_tooltip({"event_date": "2024-02-02", "location": "Al-Qaim <b>", "sub_event_type": "Air/drone strike"})
    '2024-02-02 · Al-Qaim &lt;b&gt; · Air/drone strike'
    >>> event_tooltip({"event_date": "2024-02-02", "location": "Tower 22\u202e gpj.exe", "sub_event_type": "Attack"}).split(" · ")[1]
    '<bdi>Tower 22\u202e gpj.exe</bdi>'
    """
    date = ev.get("event_date")
    date_text = date.strftime("%Y-%m-%d") if hasattr(date, "strftime") and not _missing(date) else _e(date)
    return " · ".join(p for p in (date_text, _e(ev.get("location"), 80), _e(ev.get("sub_event_type"), 80)) if p)
