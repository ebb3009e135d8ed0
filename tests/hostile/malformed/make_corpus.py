"""Write the malformed-file corpus beside this script (``python tests/hostile/malformed/make_corpus.py``).

Each file is a broken variant of the good fixtures in ``tests/geo/data`` (ACLED export, UCDP GED),
under new event ids (``MAL...``, ``UCDP8...``) so that a file wrongly accepted would change the
store. ``tests/hostile/malformed.json`` says what each file is and what its error must say; the
files too big to commit, and the GeoPackages, are made at test time by
:mod:`tests.hostile.malformed_check`. Run this again after changing it; the output is deterministic.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "geo" / "data"


def acled() -> tuple[list[str], list[list[str]]]:
    """The ACLED fixture's header and rows, under new ids."""
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8", newline="")))
    for i, r in enumerate(rows[1:], start=1):
        r[0] = f"MAL{i:04d}"
    return rows[0], rows[1:]


def ucdp() -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(open(DATA / "ucdp_ged.csv", encoding="utf-8", newline="")))
    for i, r in enumerate(rows[1:], start=1):
        r[0] = f"80000{i}"
    return rows[0], rows[1:]


def text(header: list[str], rows: list[list[str]], *, delimiter: str = ",") -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


def changed(field: str, values: dict[int, str], which=acled) -> str:
    """The fixture with ``field`` of row N (1 = first data row) set to values[N]."""
    header, rows = which()
    for n, v in values.items():
        rows[n - 1][header.index(field)] = v
    return text(header, rows)


def feature(props: dict | None = None, geometry: object = "point") -> dict:
    base = {"event_id_cnty": "MAL0101", "event_date": "2024-02-05", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Iran-backed militants", "location": "MSS Euphrates"}
    geom = {"type": "Point", "coordinates": [40.3094, 35.3361]} if geometry == "point" else geometry
    return {"type": "Feature", "geometry": geom, "properties": {**base, **(props or {})}}


def collection(*features: object) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}, ensure_ascii=False)


def corpus() -> dict[str, bytes]:
    header, rows = acled()
    good = text(header, rows)
    lines = good.splitlines(keepends=True)
    files: dict[str, str | bytes] = {
        "empty.csv": b"",
        "whitespace.csv": "  \n\t\n   \r\n",
        "header_only.csv": lines[0],
        "header_only_no_newline.csv": lines[0].rstrip("\n"),
        "wrong_headers.csv": "id,date,kind,who,where\n1,2024-02-03,strike,someone,Al Qaim\n",
        "missing_columns.csv": good.replace("event_type,", "type,", 1).replace(",actor1,", ",actor,", 1),
        "truncated_middle.csv": lines[0] + lines[1] + lines[2][:lines[2].index(",Al Qaim,")] + "\n" + lines[3],
        "truncated_end.csv": lines[0] + lines[2] + lines[3][:60],
        "truncated_end_in_quotes.csv": lines[0] + lines[2] + lines[3] + lines[1][:lines[1].index("no casualties")],
        "extra_field.csv": lines[0] + lines[1] + lines[2].replace("Test Wire; Test Daily", "Test Wire, Test Daily") + lines[3],
        "semicolon.csv": text(header, rows, delimiter=";"),
        "tab.tsv": text(header, rows, delimiter="\t"),
        "bad_date_iso.csv": changed("event_date", {2: "2024-02-30"}),
        "bad_date_acled.csv": changed("event_date", {2: "30 February 2024"}),
        "date_out_of_range.csv": changed("event_date", {1: "9999-12-31"}),
        "latitude_91.csv": changed("latitude", {1: "91"}),
        "longitude_200.csv": changed("longitude", {3: "200"}),
        "coordinates_nan_inf.csv": changed("latitude", {1: "NaN", 3: "inf"}).replace("41.1389", "nan"),
        "coordinates_empty_unknown_place.csv": changed("location", {2: "Qwxzv Nowhere Junction"}).replace(",34.3669,41.1389,", ",,,"),
        "one_coordinate_blank.csv": changed("longitude", {3: ""}),
        "geo_precision_7.csv": changed("geo_precision", {1: "7"}),
        "geo_precision_x.csv": changed("geo_precision", {2: "x"}),
        "time_precision_bad.csv": changed("time_precision", {1: "4", 3: "day"}),
        "fatalities_huge.csv": changed("fatalities", {2: "1e30"}),
        "binary_random.bin": random.Random(7).randbytes(2048),
        "png_header.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
        "xlsx_zip.csv": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
        "nul_bytes.csv": good.replace("a drone attack", "a drone\x00attack").encode(),
        "utf16.csv": good.encode("utf-16"),
        "invalid.geojson": '{"type": "FeatureCollection", "features": [{"type": "Feature",',
        "not_feature_collection.geojson": json.dumps(feature()),
        "json_array.geojson": json.dumps([feature()]),
        "polygon.geojson": collection(feature(geometry={"type": "Polygon", "coordinates": [[[40, 35], [41, 35], [41, 36], [40, 35]]]})),
        "deep_nesting.geojson": '{"type": "FeatureCollection", "features": ' + "[" * 3000 + "]" * 3000 + "}",
        "bad_features.geojson": collection(7, feature(), {"type": "Feature", "properties": ["a", "b"], "geometry": None},
                                           {"type": "Feature", "properties": {}, "geometry": "POINT (40 35)"}),
        "bad_coordinates.geojson": collection(feature(geometry={"type": "Point", "coordinates": [True, "35"]})),
        "huge_integer.geojson": collection(feature({"fatalities": 0})).replace('"fatalities": 0', '"fatalities": ' + "9" * 5000),
        "lone_surrogate.geojson": collection(feature()).replace("MSS Euphrates", "MSS \\ud800Euphrates"),
        "list_property.geojson": collection(feature({"actor1": ["Kata'ib Hezbollah", "Harakat al-Nujaba"]})),
        "ucdp_bad_where_prec.csv": changed("where_prec", {1: "9"}, which=ucdp),
        "ucdp_bad_dates.csv": changed("date_start", {2: "2024-02-30 00:00:00.000"}, which=ucdp),
        "ucdp_end_before_start.csv": changed("date_end", {1: "2024-01-01 00:00:00.000"}, which=ucdp),
        "acled_as_ucdp.csv": good,
        "acled_as_geojson.csv": good,
        "acled_as_gpkg.csv": good,
        "mixed_encoding.csv": changed("notes", {1: "قصف صاروخي على قاعدة العمر النفطية", 2: "هجوم بطائرة مسيرة"}).encode()
        + lines[3].replace("Test fixture: a statement.", "بيان").encode("cp1256").replace(b"MAL0003", b"MAL0004"),
        "truncated_utf8_character.csv": changed("notes", {3: "بيان صحفي"}).encode()[:-len(b",0,,1707523200\n") - 1],
        # valid files: read correctly, not refused
        "valid_cp1256.csv": changed("notes", {1: "قصف صاروخي على قاعدة العمر النفطية"}).replace(
            "Al Omar Oil Field", "حقل العمر النفطي").encode("cp1256"),
        "valid_bom.csv": b"\xef\xbb\xbf" + good.encode(),
    }
    return {k: v.encode("utf-8") if isinstance(v, str) else v for k, v in files.items()}


if __name__ == "__main__":
    for name, data in corpus().items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(corpus())} files to {HERE}")
