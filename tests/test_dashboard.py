"""The dashboard run headless by streamlit's AppTest: widgets, filters and their counts, the URL
round trip, the map's generated script and links, the table, the timeline and the place lookup.
No browser here: test_browser.py drives the running app in chromium."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.model import curated_records, to_frame
from geo.outputs import map_config
from geo.view import View, dense_window

APP = str(Path(__file__).resolve().parents[1] / "dashboard.py")
URL = re.compile(r"(?:https?:)?//[\w.-]+", re.IGNORECASE)
LO, HI = date(2020, 1, 3), date(2024, 2, 5)  # the curated events' first and last days


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    monkeypatch.delenv("STRIKEMAP_TILES", raising=False)
    monkeypatch.setenv("STRIKEMAP_DB", str(tmp_path_factory.mktemp("db") / "events.sqlite"))
    monkeypatch.setenv("STRIKEMAP_SESSIONS", str(tmp_path_factory.mktemp("sessions")))


@pytest.fixture(scope="module")
def curated():
    return to_frame(curated_records())


def run(at: AppTest | None = None, **query) -> AppTest:
    if at is None:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(query)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def folium_args(at: AppTest) -> dict:
    """The arguments streamlit-folium sent to its frontend: script, header, html, js/css links."""
    maps = [e for e in at.main if type(e).__name__ == "UnknownElement" and "st_folium" in getattr(e.proto, "component_name", "")]
    assert len(maps) == 1, f"expected one st_folium element, found {len(maps)}"
    return json.loads(maps[0].proto.json_args)


def shown_ids(at: AppTest) -> set[str]:
    """Event ids on the map (from its configuration) after checking the table shows the same."""
    cfg = map_config(folium_args(at)["script"])
    table = at.dataframe[0].value
    assert cfg["total"] == len(table)
    return set(table["id"])


def expected_ids(curated, **flt) -> set[str]:
    """The events a view keeps; with no dates, the dates the dashboard opens on (:func:`dense_window`)."""
    if "date_from" not in flt and "date_to" not in flt:
        flt["date_from"], flt["date_to"] = dense_window(curated)
    return set(View(**flt).apply(curated)["event_id_cnty"])


def text(value: str) -> str:
    """What Markdown shows of ``value``: the dashboard backslash-escapes punctuation from data."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", value)


def links(value) -> list[str]:
    return re.findall(r"'([^']*)'", value) if isinstance(value, str) else list(value)


def test_opens_on_the_campaign_and_all_dates_is_one_click(curated):
    at = run()
    assert at.title[0].value == "Strikemap"
    dense = dense_window(curated)
    assert dense == (date(2024, 1, 28), HI), "the 2020 background event does not stretch the window"
    want = expected_ids(curated, date_from=dense[0], date_to=dense[1])
    assert at.caption[0].value.startswith(f"**{len(want)}** of {len(curated)} events")
    assert shown_ids(at) == want and "SMIRQ0001" not in want
    def span(slider):  # the slider's ends, in microseconds since 1970 as streamlit keeps them
        return [str(date(1970, 1, 1) + timedelta(microseconds=x)) for x in (slider.min, slider.max)]

    slider = at.slider(key="dates")
    assert slider.value == dense and span(slider) == [str(d) for d in dense], "the slider spans the campaign: a day is wide to press"
    assert at.query_params == {}, "the opening window is the plain URL"
    at.toggle(key="all_dates").set_value(True)
    run(at)
    slider = at.slider(key="dates")
    assert span(slider) == [str(LO), str(HI)] and slider.value == (LO, HI), "one click: every date"
    assert shown_ids(at) == set(curated["event_id_cnty"])
    assert at.query_params == {"from": str(LO), "to": str(HI)}, "a window other than the opening one is in the link"


def test_map_loads_nothing_from_a_host():
    args = folium_args(run())
    js, css = links(args["js_links"]), links(args["css_links"])
    assert len(js) == 1 and js[0].startswith("data:text/javascript;base64,")
    assert len(css) == 1 and css[0].startswith("data:text/css;base64,")
    for part in ("script", "header", "html"):
        assert URL.findall(args[part] or "") == [], part


def test_map_config_draws_precision_and_borders():
    cfg = map_config(folium_args(run())["script"])
    rows = {r[9].split(" · ")[1]: r for r in cfg["events"]}  # tooltip: date · place · sub-type
    assert rows["Akashat"][7] == 3 and rows["Tower 22"][7] == 1  # geo_precision drawn as area / point
    assert [u for u in cfg["unplaced"] if u[1] == "Iran"], "known only to a country: listed beside the map, not drawn"
    assert rows["Akashat"][12] == "somewhere in Anbar"
    assert {"IQ", "SY", "JO"} <= {f["properties"]["iso2"] for f in cfg["borders"]["features"]}
    assert "hollow: date known only to the week or month" in cfg["legend"]
    assert "events known only to a country are listed, not drawn" in cfg["legend"]


def test_narrowing_the_dates_filters_map_table_and_url(curated):
    at = run()
    at.slider(key="dates").set_value((date(2024, 2, 3), date(2024, 2, 5)))
    run(at)
    want = expected_ids(curated, date_from=date(2024, 2, 3), date_to=date(2024, 2, 5))
    assert shown_ids(at) == want and 0 < len(want) < len(curated)
    assert at.query_params == {"from": "2024-02-03", "to": "2024-02-05"}, "both ends pinned: the link keeps its window"
    assert at.caption[0].value.startswith(f"**{len(want)}** of {len(curated)}")


def test_actor_filter_is_hierarchy_aware_and_shows_counts(curated):
    at = run()
    ms = at.multiselect(key="actors")
    assert {"Islamic Resistance in Iraq", "Kata'ib Hezbollah"} <= set(ms.options), "plain names: a label never holds a count"
    line = next(text(c.value) for c in at.sidebar.caption if "Islamic Resistance in Iraq " in text(c.value))
    counts = {name.strip(): int(n.replace(",", "")) for name, n in re.findall(r"([^·]+?) ([\d,]+)(?= ·|$)", line)}
    n_iri = counts["Islamic Resistance in Iraq"]
    assert n_iri > counts["Kata'ib Hezbollah"], "the umbrella counts its members' events"
    ms.set_value(["Islamic Resistance in Iraq"])
    run(at)
    want = expected_ids(curated, actors=("Islamic Resistance in Iraq",))
    assert shown_ids(at) == want and len(want) == n_iri
    assert "SMIRQ0002" in want, "Kata'ib Hezbollah's event is under the Islamic Resistance in Iraq"
    assert at.query_params == {"actor": "Islamic Resistance in Iraq"}


@pytest.mark.parametrize(
    ("widget", "value", "flt", "param"),
    [
        pytest.param("sides", ["US and partners"], {"sides": ("US and partners",)}, {"side": "US and partners"}, id="side"),
        pytest.param("types", ["Strategic developments"], {"event_types": ("Strategic developments",)},
                     {"type": "Strategic developments"}, id="type"),
        pytest.param("countries", ["SY"], {"countries": ("SY",)}, {"country": "SY"}, id="country"),
    ],
)
def test_each_filter_follows_to_map_table_and_url(curated, widget, value, flt, param):
    at = run()
    at.multiselect(key=widget).set_value(value)
    run(at)
    want = expected_ids(curated, **flt)
    assert shown_ids(at) == want and 0 < len(want) < len(curated)
    assert at.query_params == param


def test_precision_filter(curated):
    at = run()
    at.radio(key="prec").set_value(1)
    run(at)
    assert shown_ids(at) == expected_ids(curated, min_precision=1)
    assert at.query_params == {"prec": "1"}


def test_a_shared_url_opens_exactly_its_view(curated):
    query = {"from": "2024-02-03", "to": "2024-02-05", "actor": "Islamic Resistance in Iraq", "side": "Iran and aligned",
             "type": "Explosions/Remote violence", "country": "SY"}
    at = run(**query)
    assert at.slider(key="dates").value == (date(2024, 2, 3), date(2024, 2, 5))
    assert at.multiselect(key="actors").value == ["Islamic Resistance in Iraq"]
    assert at.multiselect(key="countries").value == ["SY"]
    want = expected_ids(curated, date_from=date(2024, 2, 3), date_to=date(2024, 2, 5), actors=("Islamic Resistance in Iraq",),
                        sides=("Iran and aligned",), event_types=("Explosions/Remote violence",), countries=("SY",))
    assert shown_ids(at) == want == {"SMSYR0003"}
    assert at.query_params == query, "the URL still says what is shown"


def test_a_url_with_bad_values_opens_and_drops_them(curated):
    at = run(**{"from": "2024-02-30", "to": "2024-13-01", "actor": "Nobody at all", "side": "Martians", "prec": "7",
                "country": "SY"})
    assert shown_ids(at) == expected_ids(curated, countries=("SY",))
    assert at.query_params == {"country": "SY"}
    assert len(at.toast) >= 4, "each dropped value is reported"


def test_dates_outside_the_data_are_clamped(curated):
    at = run(**{"from": "2019-01-01", "to": "2030-01-01"})
    assert at.slider(key="dates").value == (LO, HI)
    assert len(shown_ids(at)) == len(curated)
    at = run(**{"from": "2019-01-01", "to": "2024-02-02"})
    assert at.slider(key="dates").value == (LO, date(2024, 2, 2))


def test_a_window_wholly_outside_the_data_shows_all_and_says_so(curated):
    at = run(**{"to": "1999-01-01"})
    assert at.slider(key="dates").value == (LO, HI)
    assert any("outside the data" in t.value for t in at.toast)


def test_reset_clears_filters_and_url(curated):
    at = run(country="SY", prec="1")
    assert at.query_params
    at.button(key="reset").click()
    run(at)
    assert at.query_params == {}
    assert shown_ids(at) == expected_ids(curated), "back to the opening view"


def test_nothing_matches_shows_an_empty_map_and_table():
    at = run(**{"from": "2024-02-05", "side": "Other"})
    assert shown_ids(at) == set()
    assert any(c.value == "No events in this view." for c in at.caption)


def test_table_lists_sources_and_safe_links():
    table = run().dataframe[0].value
    tower = table[table["id"] == "SMJOR0001"].iloc[0]
    assert "CNN" in tower["sources"] or "Business Insider" in tower["sources"]
    assert all(v is None or str(v).startswith(("http://", "https://")) for v in table["link"])


def test_download_buttons_are_offered():
    at = run()
    labels = [e.proto.label for e in at.main if type(e).__name__ == "DownloadButton" or getattr(e, "type", "") == "download_button"]
    if not labels:  # AppTest exposes download buttons as unknown elements in some versions
        labels = [b.proto.label for b in at.get("download_button")]
    assert {"Briefing image (PNG)", "Interactive map (HTML)"} <= set(labels)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        pytest.param("Abu Kamal", "Albu Kamal", id="alias"),
        pytest.param("البوكمال", "Albu Kamal", id="arabic"),
        pytest.param("Tower 22", "Tower 22", id="site"),
    ],
)
def test_lookup_finds_a_place(query, name):
    at = run()
    at.text_input(key="lookup").input(query)
    run(at)
    assert len(at.success) == 1 and f"**{name}**" in at.success[0].value
    assert [m.label for m in at.metric] == ["lat, lon", "precision", "matched by"]


@pytest.mark.parametrize(
    ("query", "says", "suggests"),
    [
        pytest.param("Kata'ib Hezbollah", "the name of an organisation, not a place", None, id="organisation"),
        pytest.param("Tower 23", None, "Tower 22 (JO)", id="digits-differ"),
    ],
)
def test_lookup_without_a_match(query, says, suggests):
    at = run()
    at.text_input(key="lookup").input(query)
    run(at)
    assert not at.success and not at.metric
    assert len(at.warning) == 1 and text(at.warning[0].value).startswith(f"No place matches {query!r}")
    if says:
        assert says in text(at.warning[0].value)
    nearest = [text(m.value) for m in at.markdown if m.value.startswith("Nearest names: ")]
    assert (len(nearest) == 1 and suggests in nearest[0]) if suggests else nearest == []


def test_a_bad_tile_setting_is_reported_and_the_map_still_drawn(monkeypatch, curated):
    monkeypatch.setenv("STRIKEMAP_TILES", "Atlantis.Streets")
    at = run()
    assert len(at.warning) == 1 and "STRIKEMAP_TILES was 'Atlantis.Streets'" in at.warning[0].value
    assert shown_ids(at) == expected_ids(curated)


def test_a_tile_server_from_configuration_is_used(monkeypatch):
    monkeypatch.setenv("STRIKEMAP_TILES", "http://127.0.0.1:9/{z}/{x}/{y}.png")
    monkeypatch.setenv("STRIKEMAP_TILES_ATTR", "test tiles")
    script = folium_args(run())["script"]
    assert "http://127.0.0.1:9/{z}/{x}/{y}.png" in script and map_config(script)["tiles"] is True


ARTICLE = ("Jan 29, 2024\nWASHINGTON - A one-way attack drone struck Tower 22, a small US outpost in north-east Jordan, on Sunday, "
           "killing three US soldiers and wounding more than 40, officials said. The attack was blamed on the Islamic Resistance in Iraq. "
           "<script>window.pwned=1</script>")


def test_ingest_pasted_text_review_and_accept(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DB", str(tmp_path / "ingest.sqlite"))
    at = run()
    before = len(at.dataframe[0].value)
    at.text_area(key="ingest_text").input(ARTICLE)
    at.button(key="ingest_read").click()
    run(at)
    editor = [t for t in at.dataframe if "accept" in t.value.columns][0].value  # the review table is a data editor
    assert len(editor) == 1 and editor.iloc[0]["location"] == "Tower 22" and editor.iloc[0]["event_date"] == "2024-01-28"
    assert bool(editor.iloc[0]["accept"]) is True
    evidence = [m.value for m in at.markdown if "<mark" in m.value]
    assert evidence and "<mark title='event_date'" in evidence[0]
    assert "<script>window.pwned" not in "".join(m.value for m in at.markdown)
    at.button(key="ingest_accept").click()
    run(at)
    assert any("0 event(s) added" in text(s.value) or "1 event(s) added" in text(s.value) for s in at.success)
    assert len(at.dataframe[0].value) in (before, before + 1), "the curated Tower 22 event dedups an identical report"


def test_ingest_without_text_says_so():
    at = run()
    at.button(key="ingest_read").click()
    run(at)
    assert any("Paste an article" in w.value for w in at.warning)


@pytest.mark.parametrize("hostile", ["[open](javascript:alert(1))", "**bold** <b>x</b> $x^2$", ":red[alarm] `code`"],
                         ids=["link", "emphasis-html-latex", "directive-code"])
def test_text_from_a_link_is_shown_as_written_never_as_markdown(hostile):
    at = run(actor=hostile)
    notices = [t.value for t in at.toast if "actor" in text(t.value)]
    assert notices and hostile in text(notices[0])
    assert hostile not in notices[0], "every punctuation mark is escaped"
    assert not re.search(r"(?<!\\)[\[\]()*<>$`:]", notices[0].split("Link: ", 1)[1]), notices[0]
