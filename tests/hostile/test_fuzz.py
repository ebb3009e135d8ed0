"""Hypothesis fuzzing of every importer and of the gazetteer's normaliser.

Importers: arbitrary bytes, and real files with mutated cells, rows, JSON documents and bytes,
through ``store.import_file`` into a SQLite store and through ``detect_format``. Only the
documented errors may come out (:class:`ImportFormatError`, :class:`EventValidationError`), each
naming the file, and a refused file leaves the store as it was; what is accepted reads back.

Gazetteer: ``normalise`` never fails and normalising twice changes nothing; ``get`` returns a
match or None, ``lookup`` a match or a ``LookupError``, whatever the text.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Match, normalise
from gazetteer.normalise import digits, is_arabic, strip_articles
from geo.formats import FORMATS, ImportFormatError, detect_format
from geo.model import COLUMNS, EventValidationError, normalise_rows, records_table
from geo.store import open_store

DATA = Path(__file__).parent.parent / "geo" / "data"
#: Examples per test: modest, so the file runs in seconds; STRIKEMAP_FUZZ_EXAMPLES=2000 for a campaign.
EXAMPLES = int(os.environ.get("STRIKEMAP_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])
FEW = settings(FUZZ, max_examples=max(1, EXAMPLES * 3 // 8))

_TEXT = st.text(max_size=40)  # any Unicode but surrogates, NUL included
_ODD = st.sampled_from([
    "", " ", "2024-02-03", "03 February 2024", "2024-02-30", "30 February 2024", "9999-12-31", "0001-01-01", "2024-13-01",
    "Battles", "Armed clash", "Explosions/Remote violence", "Air/drone strike", "Strategic developments", "Other",
    "Al Qaim", "Tower 22", "البوكمال", "Deir ez-Zor", "Kata'ib Hezbollah", "United States", "Iraq", "Syria", "368", "760",
    "34.3669", "41.1389", "-90", "180.0000001", "91", "nan", "NaN", "inf", "-inf", "1e30", "-0", "0x10", "1_000", "١٢",
    "0", "1", "2", "3", "4", "7", "x", "reported", "claimed", "curated", "ingest", "[]", "{}", '[{"outlet": "x"}]',
    '{"a": 1}', "[" * 2000, "9" * 5000, '"', '""', "'", ",", ";", "\t", "\n", "\r\n", "\r", "\x00", "\x1f", "\ufeff",
    "\u202e", "a\x1fb"])
_LONG = st.sampled_from([1_000, 99_999, 100_001, 150_000]).map(lambda n: "L" * n)
CELL = st.one_of(_ODD, _ODD, _TEXT, _LONG)
_JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
                       st.floats(allow_nan=True, allow_infinity=True), _TEXT, _ODD,
                       st.sampled_from(["\ud800", "a\udfffb"]))  # lone surrogates, \u-escaped in the file
JSON = st.recursive(_JSON_LEAF, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_TEXT, kids, max_size=4), max_leaves=12)


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    return rows[0], rows[1:]


ACLED = _rows(DATA / "acled_export.csv")
UCDP = _rows(DATA / "ucdp_ged.csv")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def store(workdir: Path, gz):
    with open_store(workdir / "fuzz.sqlite", gazetteer=gz) as s:
        yield s


@pytest.fixture(scope="module")
def ours(workdir: Path, gz) -> tuple[list[str], list[list[str]]]:
    """Our own CSV export's header and rows (the fixture through a store and ``export --format csv``)."""
    from geo.formats import export_events

    with open_store(workdir / "ours.sqlite", curated=False, gazetteer=gz) as s:
        s.import_file(DATA / "acled_export.csv")
        export_events(s.frame(), "csv", workdir / "ours.csv")
        export_events(s.frame(), "gpkg", workdir / "ours.gpkg")
    return _rows(workdir / "ours.csv")


def attempt(store, path: Path, fmt: str | None, *, skip_bad: bool = False) -> None:
    """Import ``path``: accepted and readable, or refused with a documented error naming the
    file and the store unchanged. ``detect_format`` may only raise ImportFormatError. With
    ``skip_bad``, the rejects file of an accepted import is a readable CSV."""
    try:
        assert detect_format(path) in FORMATS
    except ImportFormatError as err:
        assert path.name in str(err)
    before = (store.version(), store.count())
    try:
        report = store.import_file(path, format=fmt, skip_bad=skip_bad)
    except (ImportFormatError, EventValidationError) as err:
        assert path.name in str(err), str(err)
        assert (store.version(), store.count()) == before, "a refused file changed the store"
    else:
        frame = store.frame()
        assert len(frame) == store.count() and frame["latitude"].between(-90, 90).all()
        if report.rejects_path:
            rejects = Path(report.rejects_path)
            assert len(list(csv.DictReader(open(rejects, encoding="utf-8", newline="")))) == report.refused
            rejects.unlink()
    assert store.integrity_ok()


def _csv_text(header: list[str], rows: list[list[str]], quoted: bool) -> str:
    if not quoted:  # cells as they are: quotes, commas and line breaks in them break the layout
        return "\n".join(",".join(r) for r in [header, *rows]) + "\n"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    return out.getvalue()


def _encode(text: str, how: str) -> bytes:
    if how == "cp1256":
        return text.encode("cp1256", errors="replace")
    return text.encode(how, errors="surrogatepass")


@st.composite
def mutated_csv(draw, base: tuple[list[str], list[list[str]]]) -> bytes:
    """A real file with cells replaced, rows cut or lengthened, quoting dropped, another
    encoding, and the end cut off."""
    header, rows = list(base[0]), [list(r) for r in base[1]]
    for i, r in enumerate(rows):
        r[0] = f"{r[0]}-F{draw(st.integers(0, 10**6))}" if r[0] else r[0]  # new ids: accepted rows are new events
        if i == 0 and draw(st.booleans()):
            r[0] = ""
    for _ in range(draw(st.integers(1, 6))):
        row, col = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(header) - 1))
        rows[row][col] = draw(CELL)
    if draw(st.integers(0, 4)) == 0:
        rows.append(draw(st.lists(CELL, max_size=len(header) + 2)))
    if draw(st.integers(0, 5)) == 0:
        header[draw(st.integers(0, len(header) - 1))] = draw(CELL)
    data = _encode(_csv_text(header, rows, draw(st.booleans())), draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "cp1256"])))
    if draw(st.integers(0, 4)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _write(workdir: Path, name: str, data: bytes) -> Path:
    path = workdir / name
    path.write_bytes(data)
    return path


# -- arbitrary bytes -------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [None, *FORMATS])
@FUZZ
@given(data=st.one_of(st.binary(max_size=2048), st.text(max_size=300).map(str.encode),
                      st.sampled_from([b"", b"\xef\xbb\xbf", b"{", b"[", b"SQLite format 3\x00", b"\xff\xfe", b"\x00" * 9])))
def test_arbitrary_bytes(store, workdir: Path, fmt: str | None, data: bytes) -> None:
    attempt(store, _write(workdir, f"bytes-{fmt}.dat", data), fmt)


# -- structured, mutated ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [None, "acled"])
@FUZZ
@given(data=mutated_csv(ACLED), skip_bad=st.booleans())
def test_mutated_acled_export(store, workdir: Path, fmt: str | None, data: bytes, skip_bad: bool) -> None:
    attempt(store, _write(workdir, "acled.csv", data), fmt, skip_bad=skip_bad)


@FUZZ
@given(data=mutated_csv(UCDP))
def test_mutated_ucdp_ged(store, workdir: Path, data: bytes) -> None:
    attempt(store, _write(workdir, "ucdp.csv", data), "ucdp")


@FUZZ
@given(data=st.data())
def test_mutated_own_csv(store, workdir: Path, ours, data) -> None:
    attempt(store, _write(workdir, "ours.csv", data.draw(mutated_csv(ours))), "csv")


_EDITS = st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=6) | st.sampled_from([b'"', b",", b"\n", b"\r", b'""', b"\xd8", b"\xff"])),
                  min_size=1, max_size=6)


@pytest.mark.parametrize("which", ["acled", "ucdp", "csv"])
@FUZZ
@given(edits=_EDITS, skip_bad=st.booleans())
def test_byte_edits_of_real_csv(store, workdir: Path, ours, which: str, edits, skip_bad: bool) -> None:
    """Bytes replaced, inserted or removed anywhere in a real file: quotes, separators, line
    breaks, half an Arabic letter."""
    source = {"acled": DATA / "acled_export.csv", "ucdp": DATA / "ucdp_ged.csv", "csv": workdir / "ours.csv"}[which]
    data = bytearray(source.read_bytes().replace(b"TST", b"EDT").replace(b'"9000', b'"7000'))
    for where, piece in edits:
        at = int(where * len(data))
        data[at:at + (len(piece) if len(piece) % 2 else 3 if not piece else 0)] = piece  # odd: replacing; even: inserted; none: cut
    attempt(store, _write(workdir, f"edited-{which}.csv", bytes(data)), None, skip_bad=skip_bad)


_KEY = st.one_of(st.sampled_from(COLUMNS), _TEXT)
_POINT = st.one_of(st.builds(lambda x, y: {"type": "Point", "coordinates": [x, y]},
                             st.floats(-200, 200) | st.integers(-1000, 1000), st.floats(allow_nan=True) | JSON), JSON)
_PROPS = st.fixed_dictionaries(
    {"event_date": st.one_of(_ODD, JSON), "event_type": st.sampled_from(["Battles", "Explosions/Remote violence"]) | _ODD,
     "actor1": st.one_of(_ODD, JSON), "location": st.one_of(_ODD, JSON)},
    optional={"sub_event_type": _ODD, "latitude": JSON, "longitude": JSON, "fatalities": JSON, "geo_precision": JSON,
              "sources": JSON, "conflicts": JSON, "event_id_cnty": _TEXT, "notes": CELL, "layer": JSON, "status": _ODD})
FEATURE = st.one_of(st.fixed_dictionaries({"type": st.just("Feature"), "geometry": _POINT | st.none(), "properties": _PROPS}),
                    st.dictionaries(st.sampled_from(["type", "geometry", "properties"]), JSON, max_size=3), JSON)
GEOJSON = st.one_of(st.builds(lambda fs: {"type": "FeatureCollection", "features": fs}, st.lists(FEATURE, max_size=4)), JSON)


@pytest.mark.parametrize("fmt", [None, "geojson"])
@FUZZ
@given(doc=GEOJSON, cut=st.integers(0, 20), skip_bad=st.booleans())
def test_mutated_geojson(store, workdir: Path, fmt: str | None, doc, cut: int, skip_bad: bool) -> None:
    text = json.dumps(doc)
    data = text.encode()[: len(text) * cut // 10 if cut < 10 else None]  # half the time whole, else cut short
    attempt(store, _write(workdir, "fuzz.geojson", data), fmt, skip_bad=skip_bad)


@FUZZ
@given(rows=st.lists(st.dictionaries(_KEY, JSON | CELL, max_size=8), max_size=3))
def test_validation_of_any_mapping_reports_problems_and_never_raises(gz, rows) -> None:
    """What GeoJSON properties, GeoPackage rows and ingested candidates go through."""
    records, problems = normalise_rows(list(enumerate(rows, start=1)), file="any.json", gazetteer=gz)
    assert len(records) + len({p.row for p in problems}) == len(rows)
    assert all(str(p).startswith("any.json, row ") for p in problems)
    assert len(records_table(records)) == len(records)


@FEW
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=16)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_mutated_geopackage(store, workdir: Path, ours, edits, cut) -> None:
    data = bytearray((workdir / "ours.gpkg").read_bytes())
    for where, noise in edits:
        at = int(where * (len(data) - 1))
        data[at:at + len(noise)] = noise
    if cut is not None:
        data = data[: int(cut * len(data))]
    attempt(store, _write(workdir, "fuzz.gpkg", bytes(data)), "gpkg")


@FEW
@given(cells=st.lists(st.tuples(st.sampled_from(["event_date", "latitude", "longitude", "fatalities", "location",
                                                 "geo_precision", "actor1", "sources", "layer"]), CELL), max_size=5))
def test_geopackage_with_odd_values(store, workdir: Path, ours, cells) -> None:
    import geopandas as gpd

    gdf = gpd.read_file(workdir / "ours.gpkg", engine="pyogrio")
    for i, (col, value) in enumerate(cells):
        gdf[col] = gdf[col].astype(str)
        gdf.loc[gdf.index[i % len(gdf)], col] = value.replace("\x00", "")  # GDAL cuts text at a NUL
    gdf["event_id_cnty"] = gdf["event_id_cnty"] + f"-G{len(cells)}{abs(hash(str(cells))) % 10**8}"
    path = workdir / "odd.gpkg"
    path.unlink(missing_ok=True)
    gdf.to_file(path, driver="GPKG", layer="events", engine="pyogrio")
    attempt(store, path, None)


# -- the gazetteer ---------------------------------------------------------------------------------

NAMES = st.one_of(st.text(), _ODD, st.sampled_from(["Al-Qā’im", "ٱلْقَائِم", "The  Tower ٢٢", "Ａｌ Ｑａｉｍ", "ﻻ", "ß", "İstanbul",
                                                   "ǅ", "\u0345", "ﬁ", "ſ", "K", "Å", "‘Ana", "ʿAyn al-Asad"]))


@settings(max_examples=EXAMPLES * 8, deadline=None, database=None)
@given(name=NAMES)
def test_normalise_never_fails_and_normalising_twice_changes_nothing(name: str) -> None:
    key = normalise(name)
    assert isinstance(key, str) and normalise(key) == key
    assert key == key.strip() and "  " not in key
    assert normalise(strip_articles(key)) == strip_articles(key)
    assert all(d.isdigit() for d in digits(key))
    assert is_arabic(key) in (True, False)


@settings(max_examples=EXAMPLES * 3 // 2, deadline=None, database=None)
@given(name=NAMES, country=st.one_of(st.none(), st.sampled_from(["IQ", "SY", "us", "", "ZZ"]), st.text(max_size=3)))
def test_get_and_lookup_answer_or_say_no(gz, name: str, country) -> None:
    m = gz.get(name, country=country)
    assert m is None or isinstance(m, Match)
    try:
        found = gz.lookup(name, country=country)
    except LookupError as err:
        assert m is None and str(err)
    else:
        assert isinstance(found, Match) and m is not None and found.place == m.place
