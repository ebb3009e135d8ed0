"""geo.view: one frozen View for the URL, the widgets, the words and the filter; one time vocabulary."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.model import EVENT_TYPES, ISO_NUMERIC, SIDES, curated_records, to_frame
from geo.outputs import event_map, map_config
from geo.view import FIELDS, STEPS, WIDGET_KEYS, View, resolve_step, step_days, timeline_frame


@pytest.fixture(scope="module")
def curated():
    return to_frame(curated_records())


def test_the_field_table_covers_the_view():
    assert {f.name for f in fields(View)} == {f.name for f in FIELDS} | {"problems"}
    assert len({f.url for f in FIELDS}) == len(FIELDS)
    assert {"dates", "actors", "sides", "types", "countries", "prec", "step", "window", "area"} <= set(WIDGET_KEYS)


views = st.builds(
    View,
    date_from=st.none() | st.dates(date(2019, 1, 1), date(2024, 1, 1)),
    date_to=st.none() | st.dates(date(2024, 1, 2), date(2025, 1, 1)),
    actors=st.lists(st.sampled_from(["Islamic Resistance in Iraq", "Kata'ib Hezbollah", "United States"]), unique=True).map(tuple),
    sides=st.lists(st.sampled_from(SIDES), unique=True).map(tuple),
    event_types=st.lists(st.sampled_from(list(EVENT_TYPES)), unique=True).map(tuple),
    countries=st.lists(st.sampled_from(sorted(ISO_NUMERIC)), unique=True).map(tuple),
    min_precision=st.none() | st.sampled_from([1, 2, 3]),
    text=st.sampled_from(["", "drone", "Tower 22"]),
    bbox=st.none() | st.just((38.5, 33.0, 42.5, 37.5)),
    step=st.sampled_from(STEPS),
    window=st.sampled_from(["cumulative", "7", "30"]),
)


@settings(max_examples=200, deadline=None)
@given(views)
def test_a_view_survives_the_url(view):
    back = View.from_query(view.to_query())
    assert back == view and back.problems == ()


@settings(max_examples=100, deadline=None)
@given(views, st.dates(date(2019, 1, 1), date(2024, 1, 1)), st.dates(date(2024, 1, 2), date(2025, 1, 1)))
def test_a_view_survives_the_widgets(view, d_from, d_to):
    view = replace(view, date_from=d_from, date_to=d_to, text="")  # the dashboard has a date range and no text box
    areas = {"Syria": ((38.5, 33.0, 42.5, 37.5), 7)}
    state = view.widget_state(areas)
    assert View.from_widgets(state, areas) == view


def test_a_label_in_place_of_a_value_is_dropped_not_shown_or_fatal():
    state = {"dates": (date(2024, 2, 1), date(2024, 2, 5)), "actors": ["Islamic Resistance in Iraq (2)"], "sides": ["US and allies"],
             "types": [], "countries": ["XX"], "prec": 0, "step": "auto", "window": "cumulative", "area": "Whole region"}
    v = View.from_widgets(state, {})
    assert (v.actors, v.sides, v.countries) == ((), (), ())
    assert len(v.problems) == 3 and all("ignored" in p for p in v.problems)


def test_describe_and_title_are_one_for_every_output(curated):
    v = View(date_from=date(2024, 2, 2), date_to=date(2024, 2, 5), countries=("SY",))
    assert v.describe()[:2] == ["from 2024-02-02", "to 2024-02-05"]
    assert v.describe(dates=False) == ["country: SY"]
    assert v.title(v.apply(curated)) == "Attacks and strikes: Syria"
    assert View().title(curated) == "Attacks and strikes"  # events in more than three countries: no list


@pytest.mark.parametrize(("span", "step", "days"), [(30, "day", 1), (90, "day", 1), (91, "week", 7), (730, "week", 7), (731, "month", 30)])
def test_auto_means_one_thing_for_view_map_and_timeline(span, step, days):
    assert resolve_step("auto", span) == step and step_days("auto", span) == days


def test_the_map_and_the_timeline_step_alike(curated):
    # the curated data spans 2020-2024: 'auto' is by month for the play control and the timeline
    assert map_config(event_map(curated, tiles=None).get_root().render())["step"] == 30
    _, freq = timeline_frame(curated)
    assert freq == "month"
    recent = View(date_from=date(2024, 1, 20)).apply(curated)
    assert timeline_frame(recent)[1] == "day"


def test_month_bins_start_on_the_first(curated):
    data, freq = timeline_frame(curated, freq="month")
    assert freq == "month" and all(p.day == 1 for p in data["period"]) and int(data["events"].sum()) == len(curated)


def test_a_hostile_link_is_bounded_and_fast():
    """Red team (issue 18): 2,000 bad countries or a 100 KB actor froze the page for minutes."""
    v = View.from_query({"country": [",".join(f"C{i}" for i in range(2000))], "actor": ["x" * 100_000], "side": ["y"] * 5000})
    assert v.countries == () and v.actors == () and len(v.problems) <= 9
    assert all(len(p) < 300 for p in v.problems) and v.problems[-1].startswith("… and ")


def test_a_tiny_box_survives_the_link():
    v = View(bbox=(44.36, 33.31, 44.3601, 33.3101))
    assert View.from_query(v.to_query()).bbox == pytest.approx(v.bbox)
