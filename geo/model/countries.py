"""Every country by ISO code, number and name: the ISO 3166-1 table of the ``pycountry`` package,
named as ACLED names countries, with ACLED's region where we know it.

ACLED's ``iso`` column holds the ISO numeric code and its ``country`` column a short English name
("Democratic Republic of Congo", "Turkey", "Russia"); the country filter and ``--country`` take
an ISO code (alpha-2 or alpha-3) or any of those names.

>>> ISO_NUMERIC["BJ"], ISO_NUMERIC["HK"][1], ISO_NUMERIC["TR"][1]
((204, 'Benin', 'Western Africa'), 'Hong Kong', 'Turkey')
>>> country_code("Benin"), country_code("BEN"), country_code("Democratic Republic of Congo"), country_code("Atlantis")
('BJ', 'BJ', 'CD', None)
"""

from __future__ import annotations

import pycountry

__all__ = ["ISO_NUMERIC", "NAME_TO_CC", "NUMERIC_TO_CC", "country_code", "country_name"]

#: Where ACLED's short name differs from ISO's name (or its common name).
_ACLED_NAMES = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast",
    "CV": "Cape Verde", "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom", "HK": "Hong Kong", "IR": "Iran",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "MK": "North Macedonia", "PS": "Palestine",
    "RU": "Russia", "SY": "Syria", "SZ": "eSwatini", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States",
    "VA": "Vatican City", "VE": "Venezuela", "VN": "Vietnam", "MO": "Macau",
}
#: Other names reporting and exports use.
_ALIASES = {"Türkiye": "TR", "Turkiye": "TR", "DRC": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG",
            "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Swaziland": "SZ", "Eswatini": "SZ", "Burma": "MM", "UK": "GB",
            "USA": "US", "United States of America": "US", "UAE": "AE", "State of Palestine": "PS", "Palestinian Territory": "PS",
            "Hong Kong SAR": "HK", "Macao": "MO", "East Timor": "TL", "Kosovo": "XK", "Vatican": "VA"}
#: ACLED's region names for the countries of this theatre and its neighbours (filled only when a row has none).
_REGIONS = {
    **dict.fromkeys(("IQ", "SY", "JO", "IR", "LB", "IL", "PS", "TR", "SA", "KW", "YE", "AE", "QA", "BH", "OM"), "Middle East"),
    **dict.fromkeys(("EG", "LY", "TN", "DZ", "MA", "SD"), "Northern Africa"),
    **dict.fromkeys(("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG"), "Western Africa"),
    **dict.fromkeys(("CY", "GB", "FR", "DE", "UA", "RU"), "Europe"), "US": "North America", "CA": "North America",
    **dict.fromkeys(("CN", "HK", "MO", "TW", "JP", "KR", "KP", "MN"), "East Asia"),
    **dict.fromkeys(("AF", "PK", "IN", "BD", "NP", "LK"), "South Asia"),
}


def _table() -> dict[str, tuple[int, str, str]]:
    out = {}
    for c in pycountry.countries:
        name = _ACLED_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = (int(c.numeric), name, _REGIONS.get(c.alpha_2, ""))
    out["XK"] = (0, "Kosovo", "Europe")  # no ISO code; ACLED files it under 0
    return dict(sorted(out.items()))


#: ISO 3166-1 alpha-2 -> (numeric code, ACLED's name, ACLED's region or "").
ISO_NUMERIC: dict[str, tuple[int, str, str]] = _table()
#: ISO numeric -> alpha-2 (0, Kosovo, is left out: it is also the code of "unknown").
NUMERIC_TO_CC = {v[0]: k for k, v in ISO_NUMERIC.items() if v[0]}


def _names() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), c.alpha_3):
            if n:
                out.setdefault(n.casefold(), c.alpha_2)
    for cc, (_, name, _) in ISO_NUMERIC.items():
        out[name.casefold()] = cc
    for name, cc in _ALIASES.items():
        out[name.casefold()] = cc
    return out


#: Every name and alpha-3 code (casefolded) -> alpha-2.
NAME_TO_CC = _names()


def country_code(text: str | None) -> str | None:
    """The alpha-2 code of an ISO code (alpha-2 or -3) or a country name, or None."""
    t = str(text or "").strip()
    if t.upper() in ISO_NUMERIC:
        return t.upper()
    return NAME_TO_CC.get(t.casefold())


def country_name(code: str) -> str:
    """ACLED's name of the country with this alpha-2 code (the code itself when unknown).

    >>> country_name("CD"), country_name("ZZ")
    ('Democratic Republic of Congo', 'ZZ')
    """
    return ISO_NUMERIC[code][1] if code in ISO_NUMERIC else code
