"""The view: what an analyst chose to see (:class:`View`, one frozen value that reads and writes
the URL and the dashboard's widgets, describes itself and filters events), the time vocabulary
the view, the map and the timeline share, and the summaries the dashboard draws beside the map.

Imports ``geo.model`` only.
"""

from .menus import Menus
from .summaries import TABLE_ROWS, actor_options, area_options, campaign_progress, dense_window, table_frame, timeline_frame, value_counts
from .timing import STEPS, WINDOWS, check_step, check_window, resolve_step, step_days, step_label, window_label
from .view import FIELDS, LINKED_AREA, PRECISION_CHOICES, WHOLE_REGION, WIDGET_KEYS, View, ViewField

__all__ = [
    "Menus",
    "dense_window",
    "campaign_progress",
    "View",
    "ViewField",
    "FIELDS",
    "WIDGET_KEYS",
    "WHOLE_REGION",
    "LINKED_AREA",
    "PRECISION_CHOICES",
    "STEPS",
    "WINDOWS",
    "check_step",
    "check_window",
    "resolve_step",
    "step_days",
    "step_label",
    "window_label",
    "TABLE_ROWS",
    "actor_options",
    "area_options",
    "table_frame",
    "timeline_frame",
    "value_counts",
]
