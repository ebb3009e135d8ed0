"""The one event schema: ACLED's columns, then what ACLED lacks and analysts need.

ACLED's columns keep ACLED's names and meanings, so an ACLED export loads as it is and our export
opens in any ACLED workflow. Our columns follow: ``side1``/``side2`` (from the actor table),
``injuries``, structured ``sources`` (outlet, date, URL, what each claims), ``conflicts`` (field ->
value per source), ``place_id`` (the gazetteer entry), ``status`` (reported, claimed, confirmed)
and ``layer`` (curated, import, ingest).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import countries

__all__ = [
    "ACLED_COLUMNS", "EXTRA_COLUMNS", "COLUMNS", "EVENT_TYPES", "STATUSES", "SIDES", "ISO_NUMERIC",
    "ValidationProblem", "EventValidationError", "MAX_FIELD_CHARS", "YEARS", "Bounds", "check_bounds",
]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = ("side1", "side2", "injuries", "sources", "conflicts", "place_id", "status", "layer")
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

#: ACLED's event types and their sub-event types (ACLED codebook).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
STATUSES = ("reported", "claimed", "confirmed")
#: The most characters one field may hold: ACLED's longest notes run to a few thousand, so a
#: longer value is a damaged file (a quote that never closes swallows the rows after it), and a
#: row that holds one is refused, naming the field.
MAX_FIELD_CHARS = 100_000
#: The years an event date may fall in (first, last): what the stores and the map can hold.
YEARS = (1800, 2200)
SIDES = ("US and partners", "Iran and aligned", "Other")
LAYERS = ("curated", "import", "ingest")

#: Every country: ISO alpha-2 -> (numeric code, ACLED's name, ACLED's region) (:mod:`geo.model.countries`).
ISO_NUMERIC = countries.ISO_NUMERIC


@dataclass(frozen=True, slots=True)
class ValidationProblem:
    """One bad field: the file, the row (1 = first data row), the field, the value and why."""

    file: str
    row: int
    field: str
    value: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}, row {self.row}, field {self.field!r}: {self.problem}" + (f" (value {self.value!r})" if self.value else "")


class EventValidationError(ValueError):
    """Rows that failed validation; ``problems`` lists every one, the message the first few."""

    def __init__(self, problems: list[ValidationProblem]) -> None:
        self.problems = problems
        shown = "\n  ".join(str(p) for p in problems[:10])
        more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
        super().__init__(f"{len(problems)} invalid field(s):\n  {shown}{more}")


#: An area as (west, south, east, north) in degrees, EPSG:4326: the one box type of the project
#: (the store's bbox reads, the view's zoomed area, the map's frame, the briefing's frame).
Bounds = tuple[float, float, float, float]


def check_bounds(bbox: object) -> Bounds:
    """``bbox`` as :data:`Bounds`, or a ValueError that says what is wrong.

    >>> check_bounds([38.5, 33.0, 42.5, 37.5])
    (38.5, 33.0, 42.5, 37.5)
    >>> check_bounds((40, 30, 39, 31))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: bbox was (40, 30, 39, 31) but is expected to be (west, south, east, north) with west < east, ...
    """
    try:
        w, s, e, n = (float(x) for x in bbox)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        w = s = e = n = float("nan")
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise ValueError(f"bbox was {bbox!r} but is expected to be (west, south, east, north) with west < east, "
                         "south < north, inside (-180, -90, 180, 90)")
    return (w, s, e, n)
