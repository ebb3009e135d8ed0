"""The time vocabulary shared by the view, the map's play control and the timeline: how far one
step goes, and which events a step shows.

``step`` is ``auto``, ``day``, ``week`` or ``month``; ``auto`` means one thing everywhere: by day
up to 90 days of data, by week up to two years, else by month. ``window`` is ``cumulative``
(everything up to the step) or the last ``7`` or ``30`` days.

>>> resolve_step("auto", 30), resolve_step("auto", 400), resolve_step("auto", 2000), resolve_step("week", 3)
('day', 'week', 'month', 'week')
>>> step_days("month", 0)
30
"""

from __future__ import annotations

__all__ = [
    "STEPS",
    "WINDOWS",
    "STEP_DAYS",
    "AUTO_DAY_MAX",
    "AUTO_WEEK_MAX",
    "resolve_step",
    "step_days",
    "check_step",
    "check_window",
    "step_label",
    "window_label",
]

STEPS = ("auto", "day", "week", "month")
WINDOWS = ("cumulative", "7", "30")
#: Days per step of the map's play control (a month is 30 days there; the timeline uses calendar months).
STEP_DAYS = {"day": 1, "week": 7, "month": 30}
#: ``auto`` steps by day up to this many days of data, by week up to the second figure, else by month.
AUTO_DAY_MAX, AUTO_WEEK_MAX = 90, 730


def check_step(step: str) -> str:
    if step not in STEPS:
        raise ValueError(f"step was {step!r} but is expected to be one of {STEPS}")
    return step


def check_window(window: str) -> str:
    if window not in WINDOWS:
        raise ValueError(f"window was {window!r} but is expected to be one of {WINDOWS}")
    return window


def resolve_step(step: str, span_days: int) -> str:
    """``day``, ``week`` or ``month``: ``step`` itself, or what ``auto`` means for data spanning ``span_days``."""
    if check_step(step) != "auto":
        return step
    return "day" if span_days <= AUTO_DAY_MAX else "week" if span_days <= AUTO_WEEK_MAX else "month"


def step_days(step: str, span_days: int) -> int:
    """Days per step of the map's play control."""
    return STEP_DAYS[resolve_step(step, span_days)]


def step_label(step: str) -> str:
    """How a step is offered in a menu.

    >>> step_label("auto"), step_label("week")
    ('auto (by day up to 90 days, by week up to two years, else by month)', 'week')
    """
    return "auto (by day up to 90 days, by week up to two years, else by month)" if step == "auto" else step


def window_label(window: str) -> str:
    """``'cumulative'`` or ``'last 7 days'``."""
    return window if window == "cumulative" else f"last {window} days"
