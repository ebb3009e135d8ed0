"""Strikemap: the time-slider map of attacks and strikes, filtered, shared and briefed from.

Run with ``streamlit run dashboard.py``. The only module that imports streamlit: it turns widgets
and the URL into a :class:`geo.view.View`, calls ``geo`` for the events, map, timeline, table and
briefing outputs, and draws what they return. The view lives in the URL (``?from=2024-02-03&to=
2024-02-05&actor=Islamic+Resistance+in+Iraq&country=SY``): a link reproduces the picture.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

import altair as alt
import streamlit as st
from streamlit_folium import st_folium

from gazetteer import Gazetteer
from geo.model import ActorTable
from geo.outputs import briefing_png
from geo.outputs import event_map, standalone_html
from geo.model import EventValidationError
from geo.view import describe_filter, filter_mask
from geo.ingest.mentions import MentionFinder
from geo.ingest.pipeline import Article, ingest_articles
from geo.ingest.review import EDITABLE, apply_review, evidence_html, review_frame
from geo.ingest.save import save_candidates
from geo.outputs import tiles_from_env
from geo.model import EVENT_TYPES, ISO_NUMERIC, SIDES
from geo.session import additions_csv, clear_stale, import_upload, merge_events, new_session_store, safe_name
from geo.store import EventStore, default_store_target, open_store
from geo.model import PRECISION_LABELS, SIDE_COLOURS
from geo.view import (
    STEPS,
    TABLE_ROWS,
    WINDOWS,
    View,
    actor_options,
    area_options,
    table_frame,
    timeline_frame,
    value_counts,
    view_from_query,
    view_to_query,
    with_dates,
)

UPLOAD_TYPES = ["csv", "geojson", "json", "gpkg"]
_KEYS = ("dates", "actors", "sides", "types", "countries", "prec", "step", "window", "area", "_link_bbox")
WHOLE, LINKED = "Whole region", "Area from the link"
_MD_SPECIAL = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation
_PREC_LABELS = {0: "any", 2: "2 or better", 1: "1 only"}


@st.cache_resource(show_spinner=False)
def actor_table() -> ActorTable:
    return ActorTable.load()


@st.cache_resource(show_spinner="Loading the gazetteer…")
def load_gazetteer() -> Gazetteer:
    return Gazetteer.default()


def store_path() -> str:
    """The store: ``STRIKEMAP_DB`` (a file or a ``postgresql://`` URL) or the default file."""
    return default_store_target()


@st.cache_resource(show_spinner=False)
def store_reader(path: str) -> EventStore:
    """One read handle per store file, so the schema check and the curated refresh run once, not
    on every rerun. Writes (uploads, accepted candidates) open their own."""
    return open_store(path)


def store_version(path: str) -> tuple:
    """Changes whenever events are added: the cache key of :func:`load_events`."""
    return store_reader(path).version()


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load_events(path: str, version: tuple):
    """Every stored event, shared by all sessions (a resource, not copied per rerun: at a million
    events a copy costs seconds). Nothing may change it: filters return masks and new frames."""
    return store_reader(path).frame(snapshot=True)


@st.cache_resource(show_spinner=False, max_entries=2)
def load_areas(path: str, version: tuple) -> dict:
    """Areas to zoom to, from all stored events (stable while the filters change)."""
    return area_options(load_events(path, version))


@st.cache_resource(show_spinner=False)
def _stale_sessions_cleared() -> int:
    """Once per server: remove session stores nobody has written to for a week."""
    return clear_stale()


def my_store() -> str:
    """This session's own store: what it uploads or accepts goes there, and no other session sees it."""
    if "_my_store" not in st.session_state:
        _stale_sessions_cleared()
        st.session_state["_my_store"] = str(new_session_store())
    return st.session_state["_my_store"]


def my_events(shared, path: str, version: tuple):
    """(events, areas, (this session's events, how many of them the shared store holds)): the
    shared events with this session's additions laid over them. Kept in the session (not a shared
    cache) and rebuilt only when either changes."""
    target = my_store()
    if not Path(target).exists():
        return shared, load_areas(path, version), None
    with open_store(target, curated=False) as store:
        key = (version, store.version())
        kept = st.session_state.get("_my_events")
        if kept and kept[0] == key:
            return kept[1:]
        mine = store.frame()
    events = merge_events(shared, mine)
    known = len(mine) - (len(events) - len(shared))  # the session's events the shared store already holds
    kept = (key, events, area_options(events), (mine, known))
    st.session_state["_my_events"] = kept
    return kept[1:]


def import_file_upload(upload) -> None:
    """Import one uploaded file into this session's store, all or nothing, and say what happened."""
    bar = st.sidebar.progress(0.0, text=f"Importing {safe_name(upload.name)}…")

    def tick(done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{safe_name(upload.name)}: writing {done} of {total} rows")

    try:
        outcome = import_upload(my_store(), upload.name, upload.getvalue(), progress=tick)
    finally:
        bar.empty()
    if not outcome.ok:
        st.sidebar.error(md(outcome.message))
        return
    st.sidebar.success(md(outcome.message))
    ids = outcome.report.added_ids
    if ids:
        st.sidebar.caption("Added: " + md(", ".join(ids[:20])) + (" …" if len(ids) > 20 else ""))


def my_additions(added) -> None:
    """What this session added: how many (and how many the shared store already holds), that only
    it sees them, and a CSV of them to share."""
    if added is None or len(added[0]) == 0:
        return
    mine, known = added
    st.sidebar.caption(f"This session added {len(mine):,} event(s)" + (f" ({known:,} already in the shared store)" if known else "")
                       + ". Only this session shows them; to share them, import the CSV with `python -m geo import`.")
    st.sidebar.download_button("My additions (CSV)", key="dl_mine", on_click="ignore", mime="text/csv",
                               file_name="strikemap-additions.csv", data=partial(additions_csv, mine))


def md(text: object) -> str:
    """Text from data, a file or a link, for a place where Streamlit reads Markdown: every ASCII
    punctuation mark is backslash-escaped (CommonMark), so ``[x](javascript:…)``, ``**``, ``$…$``
    or ``<b>`` show as written."""
    return _MD_SPECIAL.sub(r"\\\g<0>", str(text))


def init_state(view: View, lo: date, hi: date, areas: dict) -> None:
    """Widget state from the URL, once per session (a shared link opens exactly its view)."""
    if st.session_state.get("_init"):
        return
    view = with_dates(view, lo, hi)
    st.session_state.update({
        "dates": (view.date_from, view.date_to), "actors": list(view.actors), "sides": list(view.sides),
        "types": list(view.types), "countries": list(view.countries), "prec": view.min_precision or 0,
        "step": view.step, "window": view.window, "_init": True,
        "area": next((a for a, (box, _) in areas.items() if box == view.bbox), LINKED) if view.bbox else WHOLE,
        "_link_bbox": view.bbox,
    })
    for p in view.problems:
        st.toast(f"Link: {md(p)}")


def reset() -> None:
    for k in (*_KEYS, "_init"):
        st.session_state.pop(k, None)
    st.query_params.clear()


def sidebar_filters(events, lo: date, hi: date, areas: dict) -> View:
    sb = st.sidebar
    sb.header("Filters")
    if lo < hi:
        d_from, d_to = sb.slider("Dates", min_value=lo, max_value=hi, key="dates", format="YYYY-MM-DD")
    else:
        sb.caption(f"Dates: {lo}")
        d_from, d_to = lo, hi
    in_window = filter_mask(events, View(d_from, d_to).event_filter(), actors=actor_table())
    actors = actor_options(events, actor_table(), mask=in_window)
    for a in st.session_state.get("actors", []):
        actors.setdefault(a, 0)
    sb.multiselect("Actor (includes its members)", list(actors), key="actors", format_func=lambda a: f"{a} ({actors[a]})")
    sides = value_counts(events, "side", SIDES, mask=in_window)
    sb.multiselect("Side", list(SIDES), key="sides", format_func=lambda s: f"{s} ({sides[s]})")
    types = value_counts(events, "event_type", EVENT_TYPES, mask=in_window)
    sb.multiselect("Event type", list(EVENT_TYPES), key="types", format_func=lambda t: f"{t} ({types[t]})")
    countries = value_counts(events, "country", ISO_NUMERIC, mask=in_window)
    offered = [c for c in countries if countries[c] or c in st.session_state.get("countries", [])]
    sb.multiselect("Country", offered, key="countries", format_func=lambda c: f"{ISO_NUMERIC[c][1]} ({countries[c]})")
    sb.radio("Location precision", list(_PREC_LABELS), key="prec", horizontal=True, format_func=_PREC_LABELS.get,
             help="; ".join(f"{k} = {v}" for k, v in PRECISION_LABELS.items()))
    offered_areas = [WHOLE, *([LINKED] if st.session_state.get("_link_bbox") else []), *areas]
    if st.session_state.get("area") not in offered_areas:
        st.session_state["area"] = WHOLE
    sb.selectbox("Zoom the map to", offered_areas, key="area",
                 format_func=lambda a: f"{a} ({areas[a][1]:,})" if a in areas else a,
                 help="Single events instead of grid cells once the area holds few enough of them")
    with sb.expander("Map playback"):
        st.selectbox("Step", STEPS, key="step", help="auto: by day up to 90 days, by week up to two years, else by month")
        st.selectbox("Window", WINDOWS, key="window", format_func=lambda w: w if w == "cumulative" else f"last {w} days")
    sb.button("Reset filters", on_click=reset, width="stretch", key="reset")
    s = st.session_state
    bbox = areas[s["area"]][0] if s["area"] in areas else s.get("_link_bbox") if s["area"] == LINKED else None
    return View(d_from, d_to, tuple(s["actors"]), tuple(s["sides"]), tuple(s["types"]), tuple(s["countries"]),
                s["prec"] or None, s["step"], s["window"], bbox)


def sync_url(view: View, lo: date, hi: date) -> None:
    wanted = view_to_query(view, full_range=(lo, hi))
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)


def timeline(shown) -> None:
    data, freq = timeline_frame(shown)
    if data.empty:
        st.caption("No events in this view.")
        return
    colours = alt.Scale(domain=list(SIDE_COLOURS), range=list(SIDE_COLOURS.values()))
    chart = alt.Chart(data).mark_bar().encode(
        x=alt.X("period:T", title=f"events per {freq}"), y=alt.Y("events:Q", title="events", stack=True),
        color=alt.Color("side:N", scale=colours, legend=alt.Legend(orient="bottom", title=None)),
        tooltip=[alt.Tooltip("period:T", title=freq), "side:N", "events:Q"],
    ).properties(height=180)
    st.altair_chart(chart, width="stretch")


def show_match(gz: Gazetteer, query: str) -> None:
    match = gz.get(query)
    if match is None:
        what = gz.not_a_place(query)
        if what:
            article = "an" if what[0] in "aeiou" else "a"
            st.warning(f"No place matches {md(repr(query))}: it reads as the name of {article} {what}, not a place.")
            return
        st.warning(f"No place matches {md(repr(query))}.")
        suggestions = gz.suggestions(query)
        if suggestions:
            st.write("Nearest names: " + md(", ".join(suggestions)))
        return
    st.success(f"{md(repr(query))} → **{md(match.name)}** ({md(match.country)}, {md(match.kind)})")
    c1, c2, c3 = st.columns(3)
    c1.metric("lat, lon", f"{match.lat:.4f}, {match.lon:.4f}")
    c2.metric("precision", match.precision)
    c3.metric("matched by", match.matched_by + (" (ambiguous)" if match.ambiguous else ""))
    st.caption(f"Source: {md(match.source)}")
    if match.place.note:
        st.caption(f"Note: {md(match.place.note)}")
    if match.alternatives:
        st.write("Alternatives")
        st.dataframe([a.to_dict() | {"matched by": a.matched_by} for a in match.alternatives], hide_index=True)


@st.cache_resource(show_spinner="Indexing every place and actor name…")
def mention_finder() -> MentionFinder:
    return MentionFinder(load_gazetteer(), actor_table())


def ingest_section() -> None:
    """Paste or upload article text, review the candidate events with their evidence, accept some."""
    if "ingest_msg" in st.session_state:
        st.success(md(st.session_state.pop("ingest_msg")))
    c1, c2 = st.columns([3, 2])
    pasted = c1.text_area("Paste an article", key="ingest_text", height=160, placeholder="Feb 5, 2024 — A rocket was fired at …")
    files = c2.file_uploader("or upload .txt files", type=["txt"], accept_multiple_files=True, key="ingest_files")
    published = c2.date_input("Publication date, for articles that carry none", value=None, key="ingest_published")
    if st.button("Read the articles", key="ingest_read"):
        articles = [Article("pasted text", pasted, published)] if pasted.strip() else []
        for f in files or []:
            try:
                articles.append(Article(Path(f.name).name, f.getvalue().decode("utf-8-sig"), published))
            except UnicodeDecodeError:
                st.error(f"{md(f.name)} is not UTF-8 text: save it as UTF-8 and upload it again.")
        if not articles:
            st.warning("Paste an article or upload a .txt file first.")
        else:
            with st.spinner(f"Reading {len(articles)} article(s)…"):
                found = ingest_articles(articles, finder=mention_finder())
            st.session_state["ingest"] = {"cands": [c for c in found if c["kind"] == "event"],
                                          "counts": [c for c in found if c["kind"] == "aggregate"],
                                          "texts": {a.name: a.text for a in articles}}
    state = st.session_state.get("ingest")
    if not state:
        return
    cands = state["cands"]
    if not cands:
        st.info("No event reports found in these articles.")
        return
    counts = "; ".join(f"{a['count']} {a['what']}" + (f" since {a['since']}" if a["since"] else "") for a in state["counts"])
    st.caption(f"{len(cands)} candidate event(s)" + (f" · figures, not events: {md(counts)}" if counts else ""))
    edited = st.data_editor(review_frame(cands), key="ingest_table", hide_index=True, width="stretch",
                            disabled=[c for c in review_frame([]).columns if c not in EDITABLE])
    pick = st.selectbox("Evidence for candidate", range(len(cands)), key="ingest_pick",
                        format_func=lambda i: f"{i + 1}. {cands[i].get('event_date') or '?'} {cands[i].get('location') or '?'}")
    st.markdown(evidence_html(state["texts"], cands[pick]), unsafe_allow_html=True)  # every piece of text is escaped
    if st.button("Accept the ticked candidates into the store", key="ingest_accept", type="primary"):
        accepted = apply_review(cands, edited)
        try:
            with open_store(my_store(), curated=False) as store:
                report, skipped = save_candidates(store, accepted, file="ingest: " + ", ".join(state["texts"])[:200])
        except EventValidationError as err:
            st.error(f"Nothing was saved.\n\n{md(str(err))}")
            return
        st.session_state["ingest_msg"] = (f"{report.added} event(s) added to this session's events, {report.duplicates} already there"
                                          + (f"; {len(skipped)} not saved: " + ", ".join(f"#{i + 1} {why}" for i, why in skipped) if skipped else "")
                                          + ". They are on the map.")
        st.session_state.pop("ingest", None)
        st.rerun()


def briefing_title(view: View) -> str:
    return "Attacks and strikes: Iraq, Syria and Jordan" if not (view.countries or view.actors) else "Attacks and strikes"


def main() -> None:
    st.set_page_config(page_title="Strikemap", layout="wide")
    path = store_path()
    version = store_version(path)
    shared = load_events(str(path), version)
    upload = st.sidebar.file_uploader("Add events (ACLED, UCDP, GeoJSON, CSV, GeoPackage)", type=UPLOAD_TYPES, key="upload",
                                      help="Added to this session only: other sessions and the shared store do not change")
    if upload is not None and st.session_state.get("_uploaded") != upload.file_id:
        st.session_state["_uploaded"] = upload.file_id
        import_file_upload(upload)
    events, areas, added = my_events(shared, path, version)
    my_additions(added)
    if len(events) == 0:
        st.title("Strikemap")
        st.info("The store holds no events yet: add a file in the sidebar.")
        return
    lo, hi = events["event_date"].min().date(), events["event_date"].max().date()
    init_state(view_from_query({k: st.query_params.get_all(k) for k in st.query_params}, actors=actor_table()), lo, hi, areas)
    view = sidebar_filters(events, lo, hi, areas)
    sync_url(view, lo, hi)
    flt = view.event_filter()
    shown = events.iloc[filter_mask(events, flt, actors=actor_table()).nonzero()[0]]
    active = describe_filter(flt)

    st.title("Strikemap")
    st.caption(f"**{len(shown)}** of {len(events)} events · {view.date_from} to {view.date_to}"
               + (" · " + md(" · ".join(active[2:])) if len(active) > 2 else "")
               + " · offline map: tiles only if STRIKEMAP_TILES names a server")
    try:
        tiles, attr = tiles_from_env()
    except ValueError as err:
        st.warning(f"{err}. The map is drawn without tiles.")
        tiles, attr = None, None
    m = event_map(shown, step=view.step, mode=view.window, tiles=tiles, attr=attr)
    st_folium(m, key="events_map", returned_objects=[], use_container_width=True, height=640)

    c1, c2, _ = st.columns([1, 1, 3])
    stamp = f"{view.date_from}_{view.date_to}"
    c1.download_button("Briefing image (PNG)", key="dl_png", on_click="ignore", mime="image/png",
                       file_name=f"strikemap-{stamp}.png",
                       data=partial(briefing_png, shown, title=briefing_title(view), date_from=view.date_from,
                                    date_to=view.date_to, filters=active[2:], generated=datetime.now(UTC)))
    c2.download_button("Interactive map (HTML)", key="dl_html", on_click="ignore", mime="text/html",
                       file_name=f"strikemap-{stamp}.html",
                       data=partial(standalone_html, shown, title=briefing_title(view), subtitle=active, tiles=tiles, attr=attr))

    st.subheader("Timeline")
    timeline(shown)
    st.subheader("Events")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(shown):,} events; `python -m geo export` writes them all.")
    st.dataframe(table_frame(shown, limit=TABLE_ROWS), hide_index=True, width="stretch",
                 column_config={"link": st.column_config.LinkColumn("link", display_text="open"),
                                "date": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
    st.subheader("Ingest reports")
    ingest_section()
    st.subheader("Gazetteer")
    query = st.text_input("Look up a place", key="lookup", placeholder="Abu Kamal, البوكمال, Tower 22 …").strip()
    if query:
        show_match(load_gazetteer(), query)


main()
