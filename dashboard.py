"""Strikemap: the curated places of the gazetteer on an offline map, and a place-name lookup.

Run with ``streamlit run dashboard.py``. The only module that imports streamlit: it reads widgets and
the URL, calls ``gazetteer`` and ``geo``, and draws what they return. The kind filter lives in the URL
(``?kind=site&kind=town``) so a link reproduces the view.
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from gazetteer import Gazetteer
from geo.layers import KIND_COLOURS, core_bounds, sites_layer
from geo.mapassets import offline_map

_DEFAULT_VIEW = {"location": (33.0, 42.0), "zoom_start": 5}  # (lat, lon): Iraq, Syria, Jordan


@st.cache_resource(show_spinner="Loading the gazetteer…")
def load_gazetteer() -> Gazetteer:
    return Gazetteer.default()


def kinds_from_url(available: list[str]) -> list[str]:
    """The kinds named by ``?kind=`` (repeated or comma-separated), in ``available``'s order;
    all of ``available`` when the parameter is missing or names none of them."""
    try:
        wanted = {k.strip().lower() for v in st.query_params.get_all("kind") for k in str(v).split(",")}
    except (KeyError, ValueError, TypeError):
        wanted = set()
    return [k for k in available if k in wanted] or list(available)


def kinds_to_url(kinds: list[str], available: list[str]) -> None:
    """Write the kind filter to the URL; no parameter when every kind, or none, is shown (a link
    without the parameter shows every kind)."""
    current = st.query_params.get_all("kind")
    if set(kinds) == set(available) or not kinds:
        if current:
            del st.query_params["kind"]
    elif current != kinds:
        st.query_params["kind"] = kinds


def show_match(gz: Gazetteer, query: str) -> None:
    match = gz.get(query)
    if match is None:
        what = gz.not_a_place(query)
        if what:
            article = "an" if what[0] in "aeiou" else "a"
            st.warning(f"No place matches {query!r}: it reads as the name of {article} {what}, not a place.")
            return
        st.warning(f"No place matches {query!r}.")
        suggestions = gz.suggestions(query)
        if suggestions:
            st.write("Nearest names: " + ", ".join(suggestions))
        return
    st.success(f"{query!r} → **{match.name}** ({match.country}, {match.kind})")
    c1, c2, c3 = st.columns(3)
    c1.metric("lat, lon", f"{match.lat:.4f}, {match.lon:.4f}")
    c2.metric("precision", match.precision)
    c3.metric("matched by", match.matched_by + (" (ambiguous)" if match.ambiguous else ""))
    st.caption(f"Source: {match.source}")
    if match.place.note:
        st.caption(f"Note: {match.place.note}")
    if match.alternatives:
        st.write("Alternatives")
        st.dataframe([a.to_dict() | {"matched by": a.matched_by} for a in match.alternatives], hide_index=True)


st.set_page_config(page_title="Strikemap", layout="wide")
st.title("Strikemap")
st.caption("Curated sites, towns and provinces of the gazetteer, each with its source and precision. "
           "Offline: no tiles unless STRIKEMAP_TILES names a tile server.")

gz = load_gazetteer()
available = [k for k in KIND_COLOURS if any(p.kind == k for p in gz.places)]
kinds = st.sidebar.multiselect("Kinds of place", available, default=kinds_from_url(available), key="kinds")
kinds_to_url(kinds, available)
st.sidebar.markdown("  \n".join(f"<span style='color:{KIND_COLOURS[k]}'>●</span> {k}" for k in available),
                    unsafe_allow_html=True)

shown = [p for p in gz.places if p.kind in kinds]
st.caption(f"{len(shown)} of {len(gz.places)} curated places shown; the view frames most of them, "
           "zoom out for the rest")
m = offline_map(**_DEFAULT_VIEW)
sites_layer(shown).add_to(m)
bounds = core_bounds(shown)
if bounds:
    m.fit_bounds(bounds, padding=(30, 30), max_zoom=9)
st_folium(m, key="sites_map", returned_objects=[], use_container_width=True, height=600)

query = st.text_input("Look up a place", placeholder="Abu Kamal, البوكمال, Tower 22 …").strip()
if query:
    show_match(gz, query)
