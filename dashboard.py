"""Strikemap: the time-slider map of attacks and strikes, filtered, shared and briefed from.

Run with ``streamlit run dashboard.py``. The only module that imports streamlit, and widgets and
layout only: the URL and the widgets become a :class:`geo.view.View`; a :class:`geo.session.Session`
holds the stores, uploads and accepted candidates; ``geo`` makes the map, timeline, table and
briefing outputs, and this file places them. A link reproduces the picture
(``?from=2024-02-03&to=2024-02-05&actor=Islamic+Resistance+in+Iraq&country=SY``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import streamlit as st
from streamlit_folium import st_folium

from common import markdown_escape as md
from gazetteer import Gazetteer
from geo.ingest import EDITABLE, MentionFinder, apply_review, article_texts, articles_from, evidence_html, figures_text, ingest_articles, review_frame
from geo.model import ActorTable, campaign_figures
from geo.outputs import DEFAULT_MARKING, campaign_chart, downloads, event_map, map_tiles, timeline_chart
from geo.session import Session, SharedReader, Working, additions_csv, clear_stale, safe_name
from geo.store import default_store_target
from geo.view import TABLE_ROWS, WIDGET_KEYS, Menus, View, campaign_progress, table_frame, timeline_frame


@st.cache_resource(show_spinner=False)
def actor_table() -> ActorTable:
    return ActorTable.load()


@st.cache_resource(show_spinner="Loading the gazetteer…")
def load_gazetteer() -> Gazetteer:
    return Gazetteer.default()


@st.cache_resource(show_spinner="Indexing every place and actor name…")
def mention_finder() -> MentionFinder:
    return MentionFinder(load_gazetteer(), actor_table())


@st.cache_resource(show_spinner=False)
def store_reader(target: str):
    """One read handle per shared store (schema check and curated refresh once), or why it cannot be read; clears week-old session stores."""
    clear_stale()
    return SharedReader(target)


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load_events(target: str, version: tuple):
    """Every shared event, shared by all sessions (a resource, not copied per rerun). Nothing may
    change it: views return masks and new frames."""
    return store_reader(target).frame(snapshot=True)


def session() -> Session:
    """This browser session's own store of uploads and accepted candidates (no other session sees it)."""
    if "_my_store" not in st.session_state:
        st.session_state["_my_store"] = str(Session.new().own)
    return Session(st.session_state["_my_store"], shared=default_store_target())


def upload_section(sess: Session) -> None:
    upload = st.sidebar.file_uploader("Add events (ACLED, UCDP, GeoJSON, CSV, GeoPackage)", type=["csv", "geojson", "json", "gpkg"], key="upload",
                                      help="Added to this session only: other sessions and the shared store do not change")
    if upload is None or st.session_state.get("_uploaded") == upload.file_id:
        return
    st.session_state["_uploaded"] = upload.file_id
    name = safe_name(upload.name)
    bar = st.sidebar.progress(0.0, text=f"Importing {name}…")
    try:
        outcome = sess.upload(upload.name, upload.getvalue(), progress=lambda done, total: bar.progress(
            min(done / max(total, 1), 1.0), text=f"{name}: writing {done} of {total} rows"))
    finally:
        bar.empty()
    (st.sidebar.success if outcome.ok else st.sidebar.error)(md(outcome.message))
    if ids := (outcome.report.added_ids if outcome.ok else []):
        st.sidebar.caption("Added: " + md(", ".join(ids[:20])) + (" …" if len(ids) > 20 else ""))


def additions(work: Working) -> None:
    if work.added_note:
        st.sidebar.caption(work.added_note)
        st.sidebar.download_button("My additions (CSV)", key="dl_mine", on_click="ignore", mime="text/csv",
                                   file_name="strikemap-additions.csv", data=partial(additions_csv, work.mine))


def init_state(lo, hi, work: Working) -> None:
    """Widget state from the URL, once per session (a shared link opens exactly its view)."""
    if st.session_state.get("_init"):
        return
    query, dense = {k: st.query_params.get_all(k) for k in st.query_params}, work.dense
    view = View.from_query(query, actors=actor_table(), known_actors=work.actors).open_on(work.events, actors=actor_table(), everything=dense)
    st.session_state.update(view.widget_state(work.areas), _init=True, all_dates=not dense[0] <= view.date_from <= view.date_to <= dense[1])
    for p in view.problems:
        st.toast(f"Link: {md(p)}")


def reset() -> None:
    for k in (*WIDGET_KEYS, "_init", "all_dates"):
        st.session_state.pop(k, None)
    st.query_params.clear()


def sidebar_filters(events, lo, hi, work: Working) -> View:
    sb, s = st.sidebar, st.session_state
    sb.header("Filters")
    if not sb.toggle(f"All dates ({lo} to {hi})", key="all_dates", help="Off: the slider spans the densest run of events"):
        lo, hi = work.dense
        s["dates"] = tuple(min(max(d, lo), hi) for d in s["dates"])
    if lo < hi:
        sb.slider("Dates", min_value=lo, max_value=hi, key="dates", format="YYYY-MM-DD")
    else:
        sb.caption(f"Dates: {lo}")
        s["dates"] = (lo, hi)
    menus = Menus.build(events, s, work.areas, actors=actor_table())
    for key, label in Menus.FILTERS.items():
        sb.multiselect(label, list(menus.options[key]), key=key, format_func=lambda v, k=key: menus.label(k, v))
        sb.caption(md(menus.counts_line(key, chosen=s.get(key, ()))))
    sb.radio("Location precision", list(Menus.PRECISION), key="prec", horizontal=True, format_func=Menus.PRECISION.get,
             help=View.precision_help())
    s["area"] = s.get("area") if s.get("area") in menus.areas else next(iter(menus.areas))
    sb.selectbox("Zoom the map to", list(menus.areas), key="area", format_func=menus.areas.get,
                 help="Single events instead of grid cells once the area holds few enough of them")
    with sb.expander("Map playback"):
        st.selectbox("Step", Menus.STEPS, key="step", format_func=Menus.step_label)
        st.selectbox("Window", Menus.WINDOWS, key="window", format_func=Menus.window_label)
    sb.button("Reset filters", on_click=reset, width="stretch", key="reset")
    view = View.from_widgets(s, work.areas, actors=actor_table(), known_actors=work.actors)
    if view.problems:
        sb.warning(md("; ".join(view.problems)))
    return view


def show_match(gz: Gazetteer, query: str) -> None:
    if (match := gz.get(query)) is None:
        what = gz.not_a_place(query)
        st.warning(f"No place matches {md(repr(query))}" + (f": it reads as the name of {'an' if what[0] in 'aeiou' else 'a'} {what}, not a place."
                                                             if what else "."))
        if not what and (suggestions := gz.suggestions(query)):
            st.write("Nearest names: " + md(", ".join(suggestions)))
        return
    st.success(f"{md(repr(query))} → **{md(match.name)}** ({md(match.country)}, {md(match.kind)})")
    for col, (label, value) in zip(st.columns(3), (("lat, lon", f"{match.lat:.4f}, {match.lon:.4f}"), ("precision", match.precision),
                                                   ("matched by", match.matched_by + " (ambiguous)" * match.ambiguous)), strict=True):
        col.metric(label, value)
    st.caption(f"Source: {md(match.source)}" + (f" · Note: {md(match.place.note)}" if match.place.note else ""))
    if match.alternatives:
        st.caption("Alternatives")
        st.dataframe([a.to_dict() | {"matched by": a.matched_by} for a in match.alternatives], hide_index=True)


def ingest_section(sess: Session, shared) -> None:
    """Paste or upload article text, review the candidate events with their evidence, accept some."""
    if "ingest_msg" in st.session_state:
        st.success(md(st.session_state.pop("ingest_msg")))
    c1, c2 = st.columns([3, 2])
    pasted = c1.text_area("Paste an article", key="ingest_text", height=160, placeholder="Feb 5, 2024 — A rocket was fired at …")
    files = c2.file_uploader("or upload .txt files", type=["txt"], accept_multiple_files=True, key="ingest_files")
    published = c2.date_input("Publication date, for articles that carry none", value=None, key="ingest_published")
    if st.button("Read the articles", key="ingest_read"):
        articles, bad = articles_from(pasted, [(f.name, f.getvalue()) for f in files or []], published)
        if bad:
            st.error("Not read: " + md(" ".join(bad)))
        if not articles:
            st.warning("Paste an article or upload a .txt file first.")
        else:
            with st.spinner(f"Reading {len(articles)} article(s)…"):
                found = ingest_articles(articles, finder=mention_finder())
            st.session_state["ingest"] = {"cands": [c for c in found if c["kind"] == "event"], "texts": article_texts(articles),
                                          "counts": figures_text(found)}
    if not (state := st.session_state.get("ingest")) or not (cands := state["cands"]):
        if state:
            st.info("No event reports found in these articles.")
        return
    st.caption(f"{len(cands)} candidate event(s)" + (f" · figures, not events: {md(state['counts'])}" if state["counts"] else ""))
    edited = st.data_editor(review_frame(cands), key="ingest_table", hide_index=True, width="stretch",
                            disabled=[c for c in review_frame([]).columns if c not in EDITABLE])
    pick = st.selectbox("Evidence for candidate", range(len(cands)), key="ingest_pick",
                        format_func=lambda i: f"{i + 1}. {cands[i].get('event_date') or '?'} {cands[i].get('location') or '?'}")
    st.markdown(evidence_html(state["texts"], cands[pick]), unsafe_allow_html=True)  # every piece of text is escaped
    if st.button("Accept the ticked candidates into the store", key="ingest_accept", type="primary"):
        outcome = sess.accept(apply_review(cands, edited), file="ingest: " + ", ".join(state["texts"])[:200], shared_events=shared)
        if not outcome.ok:
            st.error(md(outcome.message))
            return
        st.session_state["ingest_msg"] = outcome.message + " They are on the map."
        st.session_state.pop("ingest", None)
        st.rerun()


def main() -> None:
    st.set_page_config(page_title="Strikemap", layout="wide")
    shared = load_events(target := default_store_target(), version := store_reader(target).version())
    sess = session()
    upload_section(sess)
    work = st.session_state["_working"] = sess.working(shared, version, previous=st.session_state.get("_working"))
    additions(work)
    if len(events := work.events) == 0:
        st.title("Strikemap")
        st.info(md(store_reader(target).problem) or "The store holds no events yet: add a file in the sidebar.")
        return
    lo, hi = events["event_date"].min().date(), events["event_date"].max().date()
    init_state(lo, hi, work)
    view = sidebar_filters(events, lo, hi, work)
    opening = view.opening_window(events, actors=actor_table(), everything=work.dense)
    if (wanted := view.to_query(full_range=opening)) != {k: st.query_params.get_all(k) for k in st.query_params}:
        st.query_params.from_dict(wanted)
    shown = events.iloc[view.mask(events, actors=actor_table()).nonzero()[0]]
    active = view.describe(dates=False)
    st.title("Strikemap")
    st.caption(f"**{len(shown)}** of {len(events)} events · {view.date_from} to {view.date_to}" + (" · " + md(" · ".join(active)) if active else "")
               + " · offline map: tiles only if STRIKEMAP_TILES names a server")
    tiles, attr, problem = map_tiles()
    if problem:
        st.warning(f"{problem}. The map is drawn without tiles.")
    st_folium(event_map(shown, step=view.step, mode=view.window, tiles=tiles, attr=attr), key="events_map", returned_objects=[],
              use_container_width=True, height=640)
    with st.expander("Title, subtitle and marking line of the downloads (a single space: no marking)"):
        cols = st.columns(3)
        brief = {k: cols[i].text_input(k.title(), key=f"brief_{k}", max_chars=200, placeholder=(view.title(shown), "", DEFAULT_MARKING)[i])
                 or None for i, k in enumerate(("title", "subtitle", "marking"))}
    buttons = downloads(shown, view, generated=datetime.now(UTC), tiles=tiles, attr=attr, **brief)  # each file made only when clicked
    for col, button in zip(st.columns(len(buttons)), buttons, strict=True):
        col.download_button(**button, on_click="ignore")
    st.subheader("Timeline")
    if (data := timeline_frame(shown, freq=view.step))[0].empty:
        st.caption("No events in this view.")
    else:
        st.altair_chart(timeline_chart(*data), width="stretch", height=240)
    if progress := campaign_progress(events, campaign_figures(), until=view.date_to):
        st.altair_chart(campaign_chart(progress[0]), width="stretch", height=220)
        st.caption(md("Coded here: {coded} of the {reported} attacks the Pentagon counted by {as_of} ({outlet}).".format(**progress[1])))
    st.subheader("Events")
    if len(shown) > TABLE_ROWS:
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(shown):,} events; `python -m geo export` writes them all.")
    st.dataframe(table_frame(shown, limit=TABLE_ROWS), hide_index=True, width="stretch",
                 column_config={"link": st.column_config.LinkColumn("link", display_text="open"),
                                "date": st.column_config.DateColumn("date", format="YYYY-MM-DD")})
    st.subheader("Ingest reports")
    ingest_section(sess, shared)
    st.subheader("Gazetteer")
    if query := st.text_input("Look up a place", key="lookup", placeholder="Abu Kamal, البوكمال, Tower 22 …").strip():
        show_match(load_gazetteer(), query)


main()
