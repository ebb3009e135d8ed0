"""How likely a candidate event is to be one a careful coder would code: a logistic model over what
the reader knows of each report (how its day and place were found, its kind, who acted, what its
flags say), fitted on the development corpus of real articles by ``benchmarks/fit_confidence.py``.

The weights below are that script's output. Measured on texts it was not fitted on (the blind and
held-out sets), the model ranks right candidates above wrong ones far better than the hand-set
score it replaced, so that the review can pre-tick only what is likely right (see ``review.TICK_AT``).
"""

from __future__ import annotations

import itertools
import math
import operator

__all__ = ["FEATURES", "WEIGHTS", "confidence", "features"]

#: Candidates placed only at one of these are country-level reports.
_COUNTRIES = frozenset({"iraq", "syria", "jordan", "israel", "yemen", "lebanon", "iran", "kuwait", "united-states", "gaza"})
#: How a report's day was found (the first source's ``date_kind``).
_DATE_KINDS = ("absolute", "weekday", "relative", "said", "inherited", "published", "answer", "none", "item", "tally", "week", "month")
_SUB_TYPES = ("Air/drone strike", "Shelling/artillery/missile attack", "Disrupted weapons use", "Other", "Armed clash",
              "Change to group/activity")
#: Words of the flags that say a field was borrowed or inferred.
_FLAG_WORDS = ("no perpetrator", "country level", "dated", "placed at", "the lede", "answered", "borrowed", "recorded at country level",
               "no day")


def _one_hot(values: tuple[str, ...]) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
    """Each of ``values`` -> its inputs (1.0 at its own place, 0.0 elsewhere); and the inputs of a value not among them."""
    return {v: tuple(float(v == w) for w in values) for v in values}, (0.0,) * len(values)


#: Each date kind's inputs and each sub-event type's, read once (see features).
(_DATE_INPUTS, _NO_DATE_KIND), (_SUB_INPUTS, _NO_SUB_TYPE) = _one_hot(_DATE_KINDS), _one_hot(_SUB_TYPES)

#: The names of the model's inputs, in order (the first is the intercept).
FEATURES: tuple[str, ...] = (("intercept",) + tuple(f"date_kind={k}" for k in _DATE_KINDS) + ("time_precision=2", "time_precision=3")
                             + ("geo_precision=2", "geo_precision=3", "country-level") + tuple(f"sub_event_type={s}" for s in _SUB_TYPES)
                             + ("actor1=United States", "no actor1", "actor1 unidentified", "actor2=Israel", "in Israel", "claimed",
                                "merged reports", "fatalities told", "flags") + tuple(f"flag: {w}" for w in _FLAG_WORDS))


def features(c: dict) -> list[float]:
    """The model's inputs for candidate ``c`` (a candidate as ``ingest_articles`` returns it).

    >>> c = {"sources": [{"date_kind": "weekday"}], "time_precision": 1, "geo_precision": 1, "place_id": "tower-22",
    ...      "sub_event_type": "Air/drone strike", "actor1": "Islamic Resistance in Iraq", "actor2": "United States", "country": "JO",
    ...      "status": "claimed", "fatalities": 3, "flags": []}
    >>> len(features(c)) == len(FEATURES), features(c)[:3]
    (True, [1.0, 0.0, 1.0])
    """
    src = (c.get("sources") or [{}])[0]
    actor1, flags = c.get("actor1") or "", c.get("flags") or []
    time, geo = c.get("time_precision"), c.get("geo_precision")
    said = "\n".join(flags)  # a flag word (none holds a line break) is in a flag exactly when it is in the flags joined by line breaks
    return [1.0, *_DATE_INPUTS.get(src.get("date_kind"), _NO_DATE_KIND),
            float(time == 2), float(time == 3), float(geo == 2), float(geo == 3),
            float((c.get("place_id") or "") in _COUNTRIES), *_SUB_INPUTS.get(c.get("sub_event_type"), _NO_SUB_TYPE),
            float(actor1 == "United States"), float(not actor1), float(actor1.startswith("Unidentified")),
            float(c.get("actor2") == "Israel"), float(c.get("country") == "IL"), float(c.get("status") == "claimed"),
            float(len(c.get("sources") or ()) > 1), float(c.get("fatalities") is not None), min(len(flags), 4) / 4,
            *[float(w in said) for w in _FLAG_WORDS]]


#: The fitted weights, one per feature (``benchmarks/fit_confidence.py`` prints them).
WEIGHTS: tuple[float, ...] = (
    1.0964, 0.0516, 0.3801, 0.0522, -0.0667, 0.0674, 0.1584, 0.0173,
    0.1692, -0.2208, 0.1363, -0.2376, -0.5073, -0.2604, -0.7501, 0.1137,
    -0.5814, -0.1601, 0.3753, 0.1951, 0.5768, -0.8110, 0.1419, -0.5245,
    0.3880, -0.2044, -0.0197, -0.2014, 0.1696, 0.0244, 0.7501, -0.0688,
    0.3095, -0.4108, -0.1232, 0.0433, 0.0545, 0.1607, -0.1794, 0.0000,
    0.0852, -0.0423,
)


def confidence(c: dict) -> float:
    """The probability, as the model puts it, that ``c`` is an event a coder would code, rounded to 0.01.

    >>> good = {"sources": [{"date_kind": "weekday"}], "time_precision": 1, "geo_precision": 1, "place_id": "tower-22",
    ...         "sub_event_type": "Air/drone strike", "actor1": "Islamic Resistance in Iraq", "actor2": "United States", "country": "JO",
    ...         "status": "reported", "fatalities": 3, "flags": []}
    >>> weak = good | {"sources": [{"date_kind": "published"}], "geo_precision": 3, "place_id": "iraq", "country": "IQ", "actor1": "",
    ...                "fatalities": None, "flags": ["no perpetrator named in the article", "recorded at country level"]}
    >>> 0 <= confidence(weak) < confidence(good) <= 1
    True
    """
    z = sum(itertools.starmap(operator.mul, zip(WEIGHTS, features(c), strict=True)))  # (the products summed in order, in C)
    return round(1 / (1 + math.exp(-z)), 2)
