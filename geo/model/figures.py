"""Campaign figures: counts that officials and monitors published (the Pentagon's running total
of attacks on US forces since 17 October 2023, injury totals), kept as figures with their date and
source, never as events (``data/figures.csv``)."""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from common import data_path

from .schema import EventValidationError, ValidationProblem

__all__ = ["campaign_figures", "FIGURE_COLUMNS", "ATTACKS_SINCE"]

FIGURE_COLUMNS = ("as_of", "count", "measure", "official", "what", "outlet", "published", "url")
#: The measure of the Pentagon's running total of attacks on US and coalition forces.
ATTACKS_SINCE = "attacks since 17 Oct 2023"


def campaign_figures(path: Path | None = None) -> pd.DataFrame:
    """The figures of ``data/figures.csv`` (or ``path``), oldest first: ``as_of`` (date), ``count``
    (int), ``measure``, ``official`` (bool: a US government figure), ``what`` (paraphrased),
    ``outlet``, ``published`` and ``url``. A bad row raises EventValidationError naming it.

    >>> f = campaign_figures()
    >>> official = f[(f["measure"] == ATTACKS_SINCE) & f["official"]]
    >>> int(official["count"].max()) >= 165, official["as_of"].min() >= date(2023, 10, 17)
    (True, True)
    """
    return _read(str(path or data_path("figures.csv"))).copy()


@lru_cache(maxsize=4)
def _read(path: str) -> pd.DataFrame:
    rows, problems = [], []
    with open(path, newline="", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh), start=1):
            try:
                as_of = date.fromisoformat(r["as_of"])
            except (TypeError, ValueError):
                problems.append(ValidationProblem(path, i, "as_of", str(r.get("as_of")), "is not a date (YYYY-MM-DD)"))
                continue
            if not str(r.get("count", "")).isdigit():
                problems.append(ValidationProblem(path, i, "count", str(r.get("count")), "is not a whole number"))
                continue
            rows.append({**{k: r.get(k, "") for k in FIGURE_COLUMNS}, "as_of": as_of, "count": int(r["count"]),
                         "official": r.get("official") == "yes"})
    if problems:
        raise EventValidationError(problems)
    return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)).sort_values("as_of", kind="stable").reset_index(drop=True)
