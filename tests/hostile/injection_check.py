"""Hostile text through every importer and onto every surface: it must show as text and never run.

Each payload of ``payloads.json`` becomes one event in a file of each importer format (ACLED CSV,
UCDP GED CSV, GeoJSON, our CSV, GeoPackage), placed in every free-text field the format can carry
(URL fields get URL payloads). Each file is imported through ``store.import_file`` into a fresh
SQLite store, and the events read back are rendered on every surface:

- ``map``: the dashboard's folium map (:func:`geo.outputs.event_map`) as the full page folium renders;
- ``standalone``: the HTML export (:func:`geo.outputs.standalone_html`);
- ``kml``: the KML export, parsed as XML; each Placemark's description rendered as a page in chromium,
  as Google Earth renders it (HTML);
- ``png``: the briefing figure and PNG (:func:`geo.outputs.briefing_figure`);
- ``table``: the dashboard's table (:func:`geo.view.table_frame`).

In chromium every popup and tooltip is opened (through the Leaflet layers), and then: no dialog
opened, no ``window.__sm_*`` global is set in the page or any frame, nothing was asked of
``sm-hostile.invalid``, no element other than the popup's own markup is inside a popup, and the
popup and tooltip text holds the literal payload (cut as documented: :func:`shown`).

The rules that may change a payload on the way, each deliberate and checked as such:

- importers trim leading and trailing whitespace of text fields (no payload has any), and refuse a
  field over :data:`geo.model.MAX_FIELD_CHARS` characters: the JSON ``sources`` and ``conflicts``
  of our formats hold a long payload cut to fit (the 100,000-character one is whole in every other field);
- UCDP's ``conflict_name`` becomes the tag ``ucdp:<name>``;
- popups cut a string to 300 characters (notes and claims to 2,000; an unshown link to 120), the
  tooltip's place to 80, with "…" (:func:`shown`); a string holding bidi controls is isolated in ``<bdi>``;
- KML drops the characters XML 1.0 cannot hold (C0 controls other than tab and newline);
- the briefing image puts each string on one line (runs of whitespace become one space) and cuts it
  with "…" (place names to 30 characters, filters to 80, the source line to 150).

Run ``python -m tests.hostile.injection_check [WORKDIR]`` for a summary (needs /usr/bin/chromium).
"""

from __future__ import annotations

import csv
import dataclasses
import html
import json
import re
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from common import BIDI_CONTROLS

PAYLOADS_FILE = Path(__file__).with_name("payloads.json")
FORMATS = ("acled", "ucdp", "geojson", "csv", "gpkg")
SURFACES = ("map", "standalone", "kml", "png", "table")
HOSTILE_HOST = "sm-hostile.invalid"
#: The free-text fields of our schema that carry a payload (ACLED's; our CSV, GeoJSON and GeoPackage too).
TEXT_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "admin1", "admin2", "admin3", "source", "notes", "tags")
#: Where UCDP's columns land: side_a -> actor1, side_b -> actor2, where_coordinates -> location, ...
UCDP_FIELDS = ("actor1", "actor2", "location", "admin1", "admin2", "source", "notes", "tags")
#: Elements the popups and KML descriptions are built of; anything else inside one came from the data.
POPUP_TAGS = {"div", "b", "i", "br", "span", "table", "tbody", "tr", "td", "th", "ul", "li", "a", "small", "code", "bdi"}
TOOLTIP_TAGS = {"bdi"}
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DAY0 = date(2024, 2, 1)
_SETTLE_MS = 400  # after opening everything: time for image errors, toggles, frames and refreshes to fire


@dataclass(frozen=True, slots=True)
class Payload:
    id: str
    kind: str
    text: str


def load_payloads(path: Path = PAYLOADS_FILE) -> list[Payload]:
    """The payload corpus: a JSON list of ``{"id", "kind", "text"}``."""
    return [Payload(p["id"], p["kind"], p["text"]) for p in json.loads(path.read_text(encoding="utf-8"))]


def shown(text: str, limit: int) -> str:
    """A string as a popup shows it: whole up to ``limit`` characters, else cut to ``limit - 1`` and "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def xml_text(text: str) -> str:
    """A string as XML 1.0 can hold it (KML): without C0 controls other than tab and newline."""
    return _XML_INVALID.sub("", text)


def one_line(text: str, n: int) -> str:
    """A string as the briefing image draws it: one line, runs of whitespace one space, cut with "…"."""
    s = " ".join(text.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a payload did that it must not: ``kind`` is ``ran`` (a dialog, a global, a request,
    a navigation, markup that became elements), ``literal`` (the text is not shown as written),
    ``bidi`` (a bidi control not isolated) or ``error`` (an exception, a page error, a refused import)."""

    fmt: str
    surface: str
    kind: str
    payload: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.fmt}/{self.surface}] {self.kind} {self.payload}: {self.detail[:300]}"


@dataclass
class Summary:
    """What :func:`check_all` tried and found."""

    payloads: int
    formats: tuple[str, ...]
    surfaces: tuple[str, ...]
    rendered: list[tuple[str, str]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    dialogs: int = 0
    popups_opened: int = 0
    tooltips_opened: int = 0

    @property
    def ran(self) -> list[Finding]:
        """Payloads that ran: dialogs, globals, requests to the hostile host, navigations, injected elements."""
        return [f for f in self.findings if f.kind == "ran"]

    @property
    def literal_failures(self) -> list[Finding]:
        return [f for f in self.findings if f.kind in ("literal", "bidi")]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "error"]

    def of(self, fmt: str | None = None, surface: str | None = None) -> list[Finding]:
        return [f for f in self.findings if (fmt is None or f.fmt == fmt) and (surface is None or f.surface == surface)]

    def __str__(self) -> str:
        lines = [f"payloads tried: {self.payloads}",
                 f"formats: {', '.join(self.formats)}; surfaces: {', '.join(self.surfaces)}",
                 f"(format x surface) rendered: {len(self.rendered)}; popups opened: {self.popups_opened}, "
                 f"tooltips opened: {self.tooltips_opened}",
                 f"payloads that ran: {len(self.ran)} (dialogs: {self.dialogs})",
                 f"literal-text failures: {len(self.literal_failures)}", f"errors: {len(self.errors)}"]
        lines += [f"  {f}" for f in self.findings[:200]]
        return "\n".join(lines)


# -- hostile files ------------------------------------------------------------------------------


def _day(i: int) -> date:
    return _DAY0 + timedelta(days=i % 7)


def _url_for(i: int, p: Payload, payloads: list[Payload]) -> str:
    urls = [q.text for q in payloads if q.kind == "url"]
    return p.text if p.kind == "url" else urls[i % len(urls)]


def event_id(fmt: str, i: int) -> str:
    """The stored id of the event of payload ``i`` in a file of ``fmt``."""
    return f"UCDP9{i:05d}" if fmt == "ucdp" else f"SMHX{i:04d}"


def _fit(text: str, copies: int) -> str:
    """``text``, or its start when ``copies`` of it would not fit the field limit of a JSON column
    (:data:`geo.model.MAX_FIELD_CHARS`: a longer field is refused, on purpose)."""
    from geo.model import MAX_FIELD_CHARS

    room = (MAX_FIELD_CHARS - 500) // copies
    return text if len(text) <= room else text[:room]


def sources_of(i: int, p: Payload, payloads: list[Payload]) -> list[dict[str, str]]:
    """The ``sources`` of payload ``i``'s event in our formats: the payload as outlet, URL and claims, and a URL payload."""
    t = _fit(p.text, 3)
    return [{"outlet": t, "url": t, "claims": t, "date": _day(i).isoformat()}, {"outlet": "wire", "url": _url_for(i, p, payloads)}]


def conflicts_of(p: Payload) -> dict[str, dict[str, str]]:
    t = _fit(p.text, 2)
    return {"fatalities": {t: t}}


def our_row(i: int, p: Payload, payloads: list[Payload]) -> dict[str, Any]:
    """One row of our schema (text values) with ``p`` in every free-text field."""
    from geo.model import COLUMNS

    row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    row.update({c: p.text for c in TEXT_FIELDS})
    row.update({"event_id_cnty": event_id("csv", i), "event_date": _day(i).isoformat(), "year": "2024", "time_precision": "1",
                "disorder_type": "Political violence", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
                "iso": "368", "region": "Middle East", "country": "Iraq", "latitude": f"{33.3 + (i % 10) * 0.05:.4f}",
                "longitude": f"{44.4 + (i // 10) * 0.05:.4f}", "geo_precision": "1", "fatalities": str(i % 4), "timestamp": "1707350400",
                "sources": json.dumps(sources_of(i, p, payloads), ensure_ascii=False),
                "conflicts": json.dumps(conflicts_of(p), ensure_ascii=False), "status": "reported", "layer": "import"})
    return row


def _ucdp_row(i: int, p: Payload) -> dict[str, str]:
    d = f"{_day(i).isoformat()} 00:00:00.000"
    lat, lon = f"{33.3 + (i % 10) * 0.05:.4f}", f"{44.4 + (i // 10) * 0.05:.4f}"
    return {"id": f"9{i:05d}", "relid": f"HX-{i}", "year": "2024", "active_year": "TRUE", "code_status": "Clear", "type_of_violence": "1",
            "conflict_dset_id": "999", "conflict_new_id": "999", "conflict_name": p.text, "dyad_dset_id": "9999", "dyad_new_id": "9999",
            "dyad_name": p.text, "side_a_dset_id": "1", "side_a_new_id": "1", "side_a": p.text, "side_b_dset_id": "2", "side_b_new_id": "2",
            "side_b": p.text, "number_of_sources": "1", "source_article": p.text, "source_office": p.text, "source_date": d,
            "source_headline": p.text, "source_original": p.text, "where_prec": "1", "where_coordinates": p.text,
            "where_description": p.text, "adm_1": p.text, "adm_2": p.text, "latitude": lat, "longitude": lon,
            "geom_wkt": f"POINT ({lon} {lat})", "priogrid_gid": "999999", "country": "Iraq", "country_id": "645",
            "region": "Middle East", "event_clarity": "1", "date_prec": "1", "date_start": d, "date_end": d, "deaths_a": "0",
            "deaths_b": str(i % 4), "deaths_civilians": "0", "deaths_unknown": "0", "best": str(i % 4), "high": str(i % 4),
            "low": str(i % 4), "gwnoa": "2", "gwnob": ""}


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), quoting=csv.QUOTE_ALL)
        w.writeheader()
        w.writerows(rows)


def write_hostile_file(fmt: str, payloads: list[Payload], workdir: Path) -> Path:
    """A file of ``fmt`` with one event per payload, written with plain writers (csv, json, pyogrio)."""
    from geo.model import ACLED_COLUMNS

    workdir.mkdir(parents=True, exist_ok=True)
    rows = [our_row(i, p, payloads) for i, p in enumerate(payloads)]
    if fmt == "acled":
        path = workdir / "hostile_acled.csv"
        _write_csv(path, [{c: r[c] for c in ACLED_COLUMNS} | {"event_date": _day(i).strftime("%d %B %Y")} for i, r in enumerate(rows)])
    elif fmt == "ucdp":
        path = workdir / "hostile_ucdp.csv"
        _write_csv(path, [_ucdp_row(i, p) for i, p in enumerate(payloads)])
    elif fmt == "csv":
        path = workdir / "hostile_ours.csv"
        _write_csv(path, rows)
    elif fmt == "geojson":
        path = workdir / "hostile.geojson"
        feats = []
        for r in rows:
            props = dict(r)
            props["sources"], props["conflicts"] = json.loads(r["sources"]), json.loads(r["conflicts"])
            for c in ("year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"):
                props[c] = int(r[c])
            feats.append({"type": "Feature", "properties": props,
                          "geometry": {"type": "Point", "coordinates": [float(r["longitude"]), float(r["latitude"])]}})  # GeoJSON is (lon, lat)
        path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False), encoding="utf-8")
    elif fmt == "gpkg":
        path = workdir / "hostile.gpkg"
        gdf = gpd.GeoDataFrame(pd.DataFrame(rows), geometry=[shapely.Point(float(r["longitude"]), float(r["latitude"])) for r in rows],
                               crs="EPSG:4326")
        gdf.to_file(path, driver="GPKG", engine="pyogrio", layer="events")
    else:
        raise ValueError(f"fmt was {fmt!r} but is expected to be one of {FORMATS}")
    return path


@dataclass
class Imported:
    """One format's hostile file, the store it was imported into, and the events read back.

    ``crashed`` maps the payloads whose row made the importer raise (anything but a validation
    error) to the exception: those rows are left out of the file that is then imported."""

    fmt: str
    path: Path
    store_path: Path
    frame: gpd.GeoDataFrame
    added: int
    problems: list[str]
    crashed: dict[str, str] = field(default_factory=dict)

    def row_of(self, i: int) -> pd.Series | None:
        hit = self.frame[self.frame["event_id_cnty"] == event_id(self.fmt, i)]
        return hit.iloc[0] if len(hit) else None


def _import(fmt: str, payloads: list[Payload], workdir: Path, gazetteer) -> tuple[Path, Path, gpd.GeoDataFrame, int, list[str]]:
    from geo.model import EventValidationError
    from geo.store import open_store

    path = write_hostile_file(fmt, payloads, workdir)
    store_path = workdir / "events.sqlite"
    for f in workdir.glob("events.sqlite*"):
        f.unlink()
    problems: list[str] = []
    with open_store(store_path, curated=False, gazetteer=gazetteer) as store:
        try:
            added = store.import_file(path, format=fmt).added
        except EventValidationError as err:
            added, problems = 0, [str(p) for p in err.problems]
        frame = store.frame()
    return path, store_path, frame, added, problems


def import_hostile(fmt: str, payloads: list[Payload], workdir: Path, *, gazetteer=None) -> Imported:
    """Write the hostile file of ``fmt`` and import it into a fresh store (no curated layer). When the
    importer raises, each payload is imported alone to find the rows that make it raise; the file is
    then imported without them (their events are missing, and :func:`check_import` says why)."""
    crashed: dict[str, str] = {}
    try:
        return Imported(fmt, *_import(fmt, payloads, workdir / fmt, gazetteer))
    except Exception:  # an importer must refuse a bad row with a validation error, never raise: find the rows
        for i, p in enumerate(payloads):
            one = [Payload(q.id, q.kind, q.text if j == i else "plain") for j, q in enumerate(payloads)]
            try:
                _import(fmt, one, workdir / fmt / "one", gazetteer)
            except Exception as err:  # the finding
                crashed[p.id] = f"{type(err).__name__}: {err}"
    kept = [p if p.id not in crashed else Payload(p.id, p.kind, "plain") for p in payloads]
    return Imported(fmt, *_import(fmt, kept, workdir / fmt, gazetteer), crashed=crashed)


def live(imp: Imported, payloads: list[Payload]) -> list[tuple[int, Payload]]:
    """(index, payload) of the payloads whose events were imported (not those that crashed the importer)."""
    return [(i, p) for i, p in enumerate(payloads) if p.id not in imp.crashed]


def import_all(payloads: list[Payload], workdir: Path) -> dict[str, Imported]:
    from gazetteer import Gazetteer

    gz = Gazetteer.default()
    return {fmt: import_hostile(fmt, payloads, workdir, gazetteer=gz) for fmt in FORMATS}


# -- checks without a browser -------------------------------------------------------------------


def expected_fields(fmt: str, i: int, p: Payload, payloads: list[Payload]) -> dict[str, Any]:
    """What each field of payload ``i``'s stored event must hold after importing a file of ``fmt``."""
    if fmt == "ucdp":
        out: dict[str, Any] = {c: p.text for c in UCDP_FIELDS}
        out["tags"] = f"ucdp:{p.text}"  # the UCDP importer's rule: conflict_name becomes the tag ucdp:<name>
        out["sources"] = [{"outlet": p.text, "date": _day(i).isoformat(), "claims": p.text}]
        return out
    out = {c: p.text for c in TEXT_FIELDS}
    if fmt != "acled":  # an ACLED file's own columns only: no sources or conflicts
        out["sources"] = sources_of(i, p, payloads)
        out["conflicts"] = conflicts_of(p)
    return out


def check_import(imp: Imported, payloads: list[Payload]) -> list[Finding]:
    """Every payload is stored as written in every field its format carries."""
    out = [Finding(imp.fmt, "import", "error", "-", f"import refused: {pr}") for pr in imp.problems[:20]]
    out += [Finding(imp.fmt, "import", "error", pid, f"the importer raised {why}") for pid, why in imp.crashed.items()]
    if imp.added != len(payloads):
        out.append(Finding(imp.fmt, "import", "error", "-", f"{imp.added} of {len(payloads)} events added"))
    for i, p in enumerate(payloads):
        if p.id in imp.crashed:
            continue
        row = imp.row_of(i)
        if row is None:
            out.append(Finding(imp.fmt, "import", "error", p.id, "event missing from the store"))
            continue
        for c, want in expected_fields(imp.fmt, i, p, payloads).items():
            got = row[c]
            got = str(got) if c not in ("sources", "conflicts") else got
            if got != want:
                out.append(Finding(imp.fmt, "import", "literal", p.id, f"{c}: stored {str(got)[:120]!r}, wrote {str(want)[:120]!r}"))
    return out


def check_table(imp: Imported, payloads: list[Payload]) -> list[Finding]:
    """The dashboard table: links only http(s) (and safe) or empty; text columns hold the literal payloads."""
    from common import safe_url
    from geo.view import table_frame

    t = table_frame(imp.frame)
    out = []
    by_id = {str(v): k for k, v in t["id"].items()}
    for i, p in live(imp, payloads):
        k = by_id.get(event_id(imp.fmt, i))
        if k is None:
            out.append(Finding(imp.fmt, "table", "error", p.id, "no row"))
            continue
        r = t.loc[k]
        link = r["link"]
        empty = link is None or link == "" or (isinstance(link, float) and pd.isna(link))
        if not empty and not (isinstance(link, str) and link.lower().startswith(("http://", "https://")) and safe_url(link) == link):
            out.append(Finding(imp.fmt, "table", "ran", p.id, f"link column holds {link!r}"))
        cols = {"actor 1": p.text, "actor 2": p.text, "location": p.text, "notes": p.text,
                "sources": p.text if imp.fmt in ("acled", "ucdp") else f"{_fit(p.text, 3)}; wire"}
        for c, want in cols.items():
            if r[c] != want:
                out.append(Finding(imp.fmt, "table", "literal", p.id, f"{c}: {str(r[c])[:120]!r}"))
    return out


def _figure_texts(fig) -> list[Any]:
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_text()]


def check_png(imp: Imported, payloads: list[Payload], *, each: bool) -> list[Finding]:
    """The briefing PNG of all the events renders; with ``each``, every payload also goes, as a place
    outside the frame, a source, a filter and the title, onto a figure whose Text objects are read
    back: plain text (no mathtext, no TeX), holding the literal payload (one line, cut as documented)."""
    from geo.outputs import briefing_figure, briefing_png

    out = []
    try:
        png = briefing_png(imp.frame, title="Hostile events", filters=[p.text for p in payloads[:8]])
        if not png.startswith(b"\x89PNG"):
            out.append(Finding(imp.fmt, "png", "error", "-", "not a PNG"))
    except Exception as err:  # any exception is the finding
        out.append(Finding(imp.fmt, "png", "error", "-", f"{type(err).__name__}: {err}"))
    if not each:
        return out
    pairs = live(imp, payloads)
    for k in range(0, len(pairs), 3):
        batch = pairs[k: k + 3]
        rows = [imp.row_of(i) for i, _ in batch]
        far = imp.frame.loc[[r.name for r in rows if r is not None]].copy()
        # far from the others, so the briefing names these places in its note on events outside the frame
        far["geometry"] = [shapely.Point(-75.47 + j, 39.13) for j in range(len(far))]  # (lon, lat): Dover, Delaware
        events = pd.concat([imp.frame.iloc[:20], far])
        events = gpd.GeoDataFrame(events, geometry="geometry", crs="EPSG:4326")
        title = " | ".join(p.text[:40] for _, p in batch)
        try:
            fig = briefing_figure(events, title=title, filters=[p.text for _, p in batch], size_px=(1600, 900))
            fig.canvas.draw()  # every Text laid out and drawn, as saving the PNG would
        except Exception as err:  # any exception is the finding
            out += [Finding(imp.fmt, "png", "error", p.id, f"{type(err).__name__}: {err}") for _, p in batch]
            continue
        texts = _figure_texts(fig)
        for _, p in batch:
            wants = [one_line(p.text, 30)]  # the place, in the note on events outside the frame
            wants += textwrap.wrap(one_line(p.text, 80), 52)[:2]  # the filter, wrapped
            for want in wants:
                holders = [t for t in texts if want in t.get_text()]
                if not holders:
                    out.append(Finding(imp.fmt, "png", "literal", p.id, f"{want[:80]!r} not drawn"))
                elif any(t.get_parse_math() or t.get_usetex() for t in holders):
                    out.append(Finding(imp.fmt, "png", "ran", p.id, f"{want[:80]!r} is drawn as mathtext or TeX"))
    return out


def isolate_text(text: str) -> str:
    from common import isolate_bidi

    return isolate_bidi(text)


def read_kml(path: Path) -> tuple[ET.Element, list[dict[str, Any]]]:
    """The parsed KML and, per Placemark: name, description, styleUrl and ExtendedData as a dict."""
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(path).getroot()
    marks = []
    for pm in root.iter("{http://www.opengis.net/kml/2.2}Placemark"):
        data = {sd.get("name"): sd.text or "" for sd in pm.iterfind(".//k:SimpleData", ns)}
        data |= {d.get("name"): d.findtext("k:value", "", ns) for d in pm.iterfind(".//k:Data", ns)}
        marks.append({"name": pm.findtext("k:name", "", ns), "description": pm.findtext("k:description", "", ns),
                      "styleUrl": pm.findtext("k:styleUrl", "", ns), "data": data})
    return root, marks


def check_kml(imp: Imported, payloads: list[Payload], workdir: Path) -> tuple[list[Finding], list[tuple[int, str]]]:
    """The KML export parses, holds one Placemark per event (none injected), its names and data are
    the literal text (less what XML cannot hold), and its balloon shows only the description.
    Returns the findings and (payload index, description) to render in chromium."""
    from geo.formats import export_events

    path = workdir / imp.fmt / "events.kml"
    out: list[Finding] = []
    try:
        export_events(imp.frame, "kml", path)
        root, marks = read_kml(path)
    except Exception as err:  # any exception is the finding
        return [Finding(imp.fmt, "kml", "error", "-", f"{type(err).__name__}: {err}")], []
    if len(marks) != len(payloads):
        out.append(Finding(imp.fmt, "kml", "ran", "-", f"{len(marks)} Placemarks for {len(payloads)} events"))
    styles = {s.get("id"): s for s in root.iter("{http://www.opengis.net/kml/2.2}Style")}
    balloon = {k: (s.findtext(".//{http://www.opengis.net/kml/2.2}text") or "") for k, s in styles.items()}
    by_id = {m["data"].get("event_id_cnty"): m for m in marks}
    descriptions = []
    for i, p in live(imp, payloads):
        m = by_id.get(event_id(imp.fmt, i))
        if m is None:
            out.append(Finding(imp.fmt, "kml", "error", p.id, "no Placemark"))
            continue
        want = xml_text(p.text)
        row = imp.row_of(i)
        name = f"{row['event_date']:%Y-%m-%d} {isolate_text(want)}: {row['sub_event_type']}"
        if m["name"] != name or want not in m["name"]:
            out.append(Finding(imp.fmt, "kml", "literal", p.id, f"name {m['name'][:120]!r}"))
        for c, v in expected_fields(imp.fmt, i, p, payloads).items():
            if c in ("sources", "conflicts"):
                got = json.loads(m["data"].get(c) or "null")
                v = json.loads(xml_text(json.dumps(v, ensure_ascii=False)))
            else:
                got, v = m["data"].get(c), xml_text(v)
            if got != v:
                out.append(Finding(imp.fmt, "kml", "literal", p.id, f"ExtendedData {c}: {str(got)[:120]!r}"))
        style = m["styleUrl"].lstrip("#")
        if balloon.get(style, "").strip() != "$[description]":
            out.append(Finding(imp.fmt, "kml", "ran", p.id, f"balloon template {balloon.get(style)!r}: Google Earth would show raw data"))
        descriptions.append((i, m["description"]))
    return out, descriptions


def popup_fragments(fmt: str, text: str) -> list[str]:
    """What a popup of payload ``text``'s event must show, as text (cut as documented)."""
    from common import safe_url

    frags = [shown(text, 300), shown(text, 2000)]  # place, actors, admin1; notes
    if fmt != "acled":
        frags.append(shown(text, 2000))  # claims
    if fmt not in ("acled", "ucdp") and safe_url(text) is None:
        frags.append(f"[link not shown: {shown(text, 120)}]")
    return frags


# -- checks in chromium -------------------------------------------------------------------------

#: Opens every popup and tooltip of every Leaflet map in the page (``click``: through the marker's
#: click event, as a user would), waits, and returns what each shows.
OPEN_ALL_JS = """async ({settle, click, popupTags, tooltipTags, bidi}) => {
  const maps = new Set();
  for (const k of Object.getOwnPropertyNames(window)) {
    try { if (window[k] instanceof L.Map) maps.add(window[k]); } catch (e) {}
  }
  const markers = [];
  maps.forEach(m => m.eachLayer(l => { if (l instanceof L.Marker && l.getPopup && l.getPopup()) markers.push(l); }));
  const out = [];
  // a bidi control must sit in an inline isolate (<bdi>) inside the popup: a block (the popup's own
  // div) isolates too, but then the control still reorders the popup's text around it
  const isolated = (node, root) => {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      const cs = getComputedStyle(el);
      if (cs.display.startsWith("inline") && ["isolate", "isolate-override", "plaintext"].includes(cs.unicodeBidi)) return true;
    }
    return false;
  };
  const inspect = (el, allowed) => {
    const bad = [...el.querySelectorAll("*")].map(e => e.localName).filter(t => !allowed.includes(t));
    const links = [...el.querySelectorAll("[href], [src], [action], [srcdoc], [data]")].map(
      e => e.getAttribute("href") || e.getAttribute("src") || e.getAttribute("action") || e.getAttribute("srcdoc") || e.getAttribute("data"));
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let unisolated = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ([...n.data].some(c => bidi.includes(c)) && !isolated(n, el)) unisolated += 1;
    }
    return {text: el.textContent, bad, links, unisolated};
  };
  for (const mk of markers) {
    const p = mk.getPopup();
    Object.assign(p.options, {autoClose: false, closeOnClick: false, autoPan: false});
    if (click) mk.fire("click", {latlng: mk.getLatLng()}); else mk.openPopup();
    mk.openTooltip();
  }
  await new Promise(r => setTimeout(r, settle));
  for (const mk of markers) {
    const pe = mk.getPopup().getElement(), te = mk.getTooltip() && mk.getTooltip().getElement();
    const content = pe && pe.querySelector(".leaflet-popup-content");
    const small = content && content.querySelectorAll("small");
    out.push({id: small && small.length ? small[small.length - 1].textContent.split(" · ").pop() : null,
              popup: content ? inspect(content, popupTags) : null, tooltip: te ? inspect(te, tooltipTags) : null});
  }
  return out;
}"""
GLOBALS_JS = "() => Object.getOwnPropertyNames(window).filter(k => k.startsWith('__sm_'))"


class BrowserRun:
    """A chromium context that records dialogs, requests, new pages and page errors."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.pages = 0
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.on("page", self._page)

    def _page(self, page) -> None:
        self.pages += 1
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda err: self.errors.append(str(err)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def new_page(self):
        return self.context.new_page()

    def close(self) -> None:
        self.context.close()


def frame_globals(page) -> list[str]:
    """The ``window.__sm_*`` globals set in the page or any of its frames."""
    found = []
    for frame in page.frames:
        try:
            found += [f"{frame.url[:60]}: {g}" for g in frame.evaluate(GLOBALS_JS)]
        except Exception as err:  # a frame that went away: say so, it was made by a payload
            found.append(f"{frame.url[:60]}: could not be read ({type(err).__name__})")
    return found


def run_findings(run: BrowserRun, page, fmt: str, surface: str, url: str, before: tuple[int, int, int, int]) -> list[Finding]:
    """Dialogs, globals, hostile requests, new pages, navigations and page errors since ``before``."""
    d0, r0, e0, p0 = before
    out = [Finding(fmt, surface, "ran", "-", f"dialog {d}") for d in run.dialogs[d0:]]
    out += [Finding(fmt, surface, "ran", g.rsplit("__sm_", 1)[-1], f"global set: {g}") for g in frame_globals(page)]
    out += [Finding(fmt, surface, "ran", "-", f"request {u[:200]}") for u in run.requests[r0:]
            if HOSTILE_HOST in u or u.lower().startswith(("javascript:", "vbscript:"))]
    out += [Finding(fmt, surface, "error", "-", f"page error: {e[:200]}") for e in run.errors[e0:]]
    if run.pages - p0 > 1:
        out.append(Finding(fmt, surface, "ran", "-", f"{run.pages - p0 - 1} new window(s) opened"))
    if page.url != url:
        out.append(Finding(fmt, surface, "ran", "-", f"the page navigated to {page.url[:200]}"))
    return out


def check_markers(fmt: str, surface: str, opened: list[dict], payloads: list[Payload], ids: dict[str, int],
                  summary: Summary | None = None) -> list[Finding]:
    """What :data:`OPEN_ALL_JS` returned: each event's popup and tooltip show the literal payload,
    hold no element the data made, and isolate every bidi control."""
    from common import safe_url

    out = []
    seen = set()
    for o in opened:
        i = ids.get(o["id"])
        if i is None:
            continue
        seen.add(i)
        p = payloads[i]
        if summary is not None:
            summary.popups_opened += o["popup"] is not None
            summary.tooltips_opened += o["tooltip"] is not None
        for what, got, wants in (("popup", o["popup"], popup_fragments(fmt, p.text)), ("tooltip", o["tooltip"], [shown(p.text, 80)])):
            if got is None:
                out.append(Finding(fmt, surface, "error", p.id, f"{what} did not open"))
                continue
            if got["bad"]:
                out.append(Finding(fmt, surface, "ran", p.id, f"{what} holds elements from the data: {sorted(set(got['bad']))}"))
            bad_links = [u for u in got["links"] if safe_url(u) != u]
            if bad_links:
                out.append(Finding(fmt, surface, "ran", p.id, f"{what} links to {bad_links[:3]!r}"))
            if got["unisolated"]:
                out.append(Finding(fmt, surface, "bidi", p.id, f"{what}: {got['unisolated']} text node(s) with a bidi control outside an isolate"))
            for want in wants:
                if want not in got["text"]:
                    out.append(Finding(fmt, surface, "literal", p.id, f"{what} does not show {want[:80]!r}: {got['text'][:200]!r}"))
    for i in sorted(set(ids.values()) - seen):
        out.append(Finding(fmt, surface, "error", payloads[i].id, "no marker with this event's popup"))
    return out


def check_map_page(run: BrowserRun, fmt: str, surface: str, page_html: str, payloads: list[Payload], workdir: Path,
                   ids: dict[str, int], summary: Summary | None = None) -> list[Finding]:
    """Load a rendered map page from disk, open every popup and tooltip, and check what happened."""
    path = workdir / fmt / f"{surface}.html"
    path.write_text(page_html, encoding="utf-8")
    before = (len(run.dialogs), len(run.requests), len(run.errors), run.pages)
    page = run.new_page()
    url = path.as_uri()
    page.goto(url, wait_until="load")
    try:
        page.wait_for_selector(".sm-event", state="attached", timeout=15_000)
    except Exception as err:  # no marks: say so with whatever the page reported
        out = [Finding(fmt, surface, "error", "-", f"no event marks ({type(err).__name__})")]
        out += run_findings(run, page, fmt, surface, url, before)
        page.close()
        return out
    opened = page.evaluate(OPEN_ALL_JS, {"settle": _SETTLE_MS, "click": surface == "map", "popupTags": sorted(POPUP_TAGS),
                                         "tooltipTags": sorted(TOOLTIP_TAGS), "bidi": "".join(sorted(BIDI_CONTROLS))})
    out = check_markers(fmt, surface, opened, payloads, ids, summary)
    if surface == "standalone":
        title = page.locator(".sm-title").text_content() or ""
        for p in payloads[:10]:
            if shown(p.text, 300) not in title:
                out.append(Finding(fmt, surface, "literal", p.id, "the title box does not show the subtitle"))
    out += run_findings(run, page, fmt, surface, url, before)
    page.close()
    return out


KML_PAGE_JS = """async ({settle, tags, bidi}) => {
  await new Promise(r => setTimeout(r, settle));
  const out = {};
  for (const f of document.querySelectorAll("iframe[data-i]")) {
    const body = f.contentDocument && f.contentDocument.body;
    if (!body) { out[f.dataset.i] = null; continue; }
    const bad = [...body.querySelectorAll("*")].map(e => e.localName).filter(t => !tags.includes(t));
    const links = [...body.querySelectorAll("[href], [src], [action], [srcdoc], [data]")].map(
      e => e.getAttribute("href") || e.getAttribute("src") || e.getAttribute("action") || e.getAttribute("srcdoc") || e.getAttribute("data"));
    const w = f.contentDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let unisolated = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (![...n.data].some(c => bidi.includes(c))) continue;
      let ok = false;
      for (let el = n.parentElement; el && el !== body; el = el.parentElement) {
        const cs = f.contentWindow.getComputedStyle(el);
        if (cs.display.startsWith("inline") && ["isolate", "isolate-override", "plaintext"].includes(cs.unicodeBidi)) ok = true;
      }
      if (!ok) unisolated += 1;
    }
    out[f.dataset.i] = {text: body.textContent, bad, links, unisolated};
  }
  return out;
}"""


def check_kml_in_browser(run: BrowserRun, fmt: str, descriptions: list[tuple[int, str]], payloads: list[Payload],
                         workdir: Path) -> list[Finding]:
    """Each Placemark description as its own HTML document (as Google Earth's balloon renders it):
    nothing runs, the text is literal."""
    from common import safe_url

    frames = "\n".join(f'<iframe data-i="{i}" srcdoc="{html.escape(d, quote=True)}"></iframe>' for i, d in descriptions)
    path = workdir / fmt / "kml-descriptions.html"
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{frames}</body></html>", encoding="utf-8")
    before = (len(run.dialogs), len(run.requests), len(run.errors), run.pages)
    page = run.new_page()
    url = path.as_uri()
    page.goto(url, wait_until="load")
    got = page.evaluate(KML_PAGE_JS, {"settle": _SETTLE_MS, "tags": sorted(POPUP_TAGS), "bidi": "".join(sorted(BIDI_CONTROLS))})
    out = []
    for i, _ in descriptions:
        p, g = payloads[i], got.get(str(i))
        if g is None:
            out.append(Finding(fmt, "kml", "error", p.id, "description did not render"))
            continue
        if g["bad"]:
            out.append(Finding(fmt, "kml", "ran", p.id, f"description holds elements from the data: {sorted(set(g['bad']))}"))
        if any(safe_url(u) != u for u in g["links"]):
            out.append(Finding(fmt, "kml", "ran", p.id, f"description links to {g['links'][:3]!r}"))
        if g["unisolated"]:
            out.append(Finding(fmt, "kml", "bidi", p.id, f"{g['unisolated']} text node(s) with a bidi control outside an isolate"))
        for want in popup_fragments(fmt, p.text):
            if xml_text(want) not in g["text"]:
                out.append(Finding(fmt, "kml", "literal", p.id, f"description does not show {want[:80]!r}"))
    out += run_findings(run, page, fmt, "kml", url, before)
    page.close()
    return out


# -- everything ---------------------------------------------------------------------------------


def check_offline(workdir: Path, *, payloads: list[Payload] | None = None, imported: dict[str, Imported] | None = None,
                  summary: Summary | None = None) -> tuple[Summary, dict[str, Imported], dict[str, list[tuple[int, str]]]]:
    """Imports, table, PNG and KML (as XML): everything but the browser."""
    payloads = payloads or load_payloads()
    imported = imported or import_all(payloads, workdir)
    summary = summary or Summary(len(payloads), FORMATS, SURFACES)
    descriptions = {}
    for fmt, imp in imported.items():
        summary.findings += check_import(imp, payloads)
        summary.findings += check_table(imp, payloads)
        summary.findings += check_png(imp, payloads, each=fmt == "csv")
        found, descriptions[fmt] = check_kml(imp, payloads, workdir)
        summary.findings += found
        summary.rendered += [(fmt, "table"), (fmt, "png")]
    return summary, imported, descriptions


def check_browser(browser, workdir: Path, imported: dict[str, Imported], descriptions: dict[str, list[tuple[int, str]]],
                  summary: Summary, payloads: list[Payload]) -> Summary:
    """The map, the standalone HTML export and the KML descriptions of every format, in chromium."""
    from geo.outputs import event_map, standalone_html

    run = BrowserRun(browser)
    try:
        for fmt, imp in imported.items():
            pages = {"map": event_map(imp.frame, tiles=None).get_root().render(),
                     "standalone": standalone_html(imp.frame, title="<script>window.__sm_title=1</script>Hostile events",
                                                   subtitle=[p.text[:300] for p in payloads[:10]], tiles=None)}
            for surface, page_html in pages.items():
                ids = {event_id(fmt, i): i for i, _ in live(imp, payloads)}
                summary.findings += check_map_page(run, fmt, surface, page_html, payloads, workdir, ids, summary)
                summary.rendered.append((fmt, surface))
            summary.findings += check_kml_in_browser(run, fmt, descriptions[fmt], payloads, workdir)
            summary.rendered.append((fmt, "kml"))
        summary.dialogs = len(run.dialogs)
    finally:
        run.close()
    return summary


def check_all(browser, workdir: Path, *, imported: dict[str, Imported] | None = None) -> Summary:
    """Every payload through every importer onto every surface; ``browser`` is a playwright chromium."""
    payloads = load_payloads()
    summary, imported, descriptions = check_offline(workdir, payloads=payloads, imported=imported)
    return check_browser(browser, workdir, imported, descriptions, summary, payloads)


def main(argv: list[str] | None = None) -> int:
    import sys
    import tempfile
    import time

    from tests.browserkit import chromium

    args = sys.argv[1:] if argv is None else argv
    workdir = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="strikemap-hostile-"))
    t0 = time.monotonic()
    with chromium() as browser:
        summary = check_all(browser, workdir)
    print(summary)
    findings = [dataclasses.asdict(f) for f in summary.findings]
    (workdir / "findings.json").write_text(json.dumps(findings, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"workdir: {workdir} (findings.json lists every finding); {time.monotonic() - t0:.0f} s")
    return 0 if not summary.findings else 1


if __name__ == "__main__":
    raise SystemExit(main())
