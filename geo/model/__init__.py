"""The event model: ACLED's columns and ours, validation of records and tables into the typed
frame, the actor table, the curated dataset, and how events are classed for display (sides,
kinds, precision labels and colours).

Imports ``gazetteer`` and ``common`` only; every other room of ``geo`` builds on this one.
"""

from .actors import Actor, ActorTable
from .curated import curated_digest, curated_records
from .frames import TABLE_COLUMNS, concat_frames, normalise_table, records_table, table_rows, typed_frame
from .records import CATEGORY_COLUMNS, INT_COLUMNS, INT_RULES, dedup_key, empty_frame, normalise_rows, parse_date, text_problem, to_frame
from .schema import (
    ACLED_COLUMNS,
    COLUMNS,
    EVENT_TYPES,
    EXTRA_COLUMNS,
    ISO_NUMERIC,
    MAX_FIELD_CHARS,
    SIDES,
    STATUSES,
    YEARS,
    Bounds,
    EventValidationError,
    ValidationProblem,
    check_bounds,
)
from .style import (
    KIND_SYMBOLS,
    KINDS,
    OTHER_SIDE,
    PRECISION_LABELS,
    PRECISION_RADIUS_KM,
    SIDE_COLOURS,
    TIME_PRECISION_LABELS,
    event_kinds,
    event_sides,
    hollow,
    marker_radius,
    side_codes,
)

__all__ = [
    "Actor", "ActorTable", "curated_digest", "curated_records",
    "TABLE_COLUMNS", "concat_frames", "normalise_table", "records_table", "table_rows", "typed_frame",
    "CATEGORY_COLUMNS", "INT_COLUMNS", "INT_RULES", "dedup_key", "empty_frame", "normalise_rows", "parse_date", "text_problem", "to_frame",
    "ACLED_COLUMNS", "COLUMNS", "EVENT_TYPES", "EXTRA_COLUMNS", "ISO_NUMERIC", "MAX_FIELD_CHARS", "SIDES", "STATUSES", "YEARS", "Bounds",
    "EventValidationError", "ValidationProblem", "check_bounds",
    "KIND_SYMBOLS", "KINDS", "OTHER_SIDE", "PRECISION_LABELS", "PRECISION_RADIUS_KM", "SIDE_COLOURS", "TIME_PRECISION_LABELS",
    "event_kinds", "event_sides", "hollow", "marker_radius", "side_codes",
]
