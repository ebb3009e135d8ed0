"""The timeline drawn under the map: events per day, week or month, stacked by side in the map's
side colours (a Vega-Lite chart built with altair; the dashboard only places it)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ..model import SIDE_COLOURS

__all__ = ["timeline_chart"]


def timeline_chart(data: pd.DataFrame, freq: str, *, height: int = 180) -> alt.Chart:
    """A stacked bar chart of :func:`geo.view.timeline_frame`'s ``data`` (period, side, events).

    >>> from geo.view import timeline_frame
    >>> from geo.model import curated_records, to_frame
    >>> chart = timeline_chart(*timeline_frame(to_frame(curated_records()), freq="day"))
    >>> chart.to_dict()["mark"]["type"], chart.to_dict()["encoding"]["x"]["title"]
    ('bar', 'events per day')
    """
    colours = alt.Scale(domain=list(SIDE_COLOURS), range=list(SIDE_COLOURS.values()))
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("period:T", title=f"events per {freq}"), y=alt.Y("events:Q", title="events", stack=True),
        color=alt.Color("side:N", scale=colours, legend=alt.Legend(orient="bottom", title=None)),
        tooltip=[alt.Tooltip("period:T", title=freq), "side:N", "events:Q"],
    ).properties(height=height)
