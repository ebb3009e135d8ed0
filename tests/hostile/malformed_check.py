"""Broken files through the real command line: each must be refused with a clear message, a
non-zero exit, no traceback and the store as it was.

The cases are the manifest ``malformed.json`` (files in ``malformed/``, written by
``malformed/make_corpus.py``) and the generated cases of :data:`GENERATED` (files too big to
commit, GeoPackages), made on demand in a work directory. :func:`check_case` runs
``python -m geo import FILE --db STORE`` in-process (:func:`geo.cli.main`) on a copy of a store
holding the good ACLED fixture, and compares the store before and after.

Used by ``test_malformed.py``, and as a summary::

    python -m tests.hostile.malformed_check [WORKDIR]
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE / "malformed"
MANIFEST = HERE / "malformed.json"
GOOD = HERE.parent / "geo" / "data" / "acled_export.csv"

__all__ = ["CaseResult", "load_cases", "check_case", "check_all", "case_path", "summary", "GENERATED"]


@dataclass(frozen=True, slots=True)
class CaseResult:
    """What the command line did with one broken file."""

    name: str
    exit_code: int | None
    message: str
    crashed: bool  # a traceback, or an exception other than the documented ones
    store_changed: bool  # ids, row count, version or SQLite's integrity check differ
    missing: list[str] = field(default_factory=list)  # expected substrings not in the message

    @property
    def ok(self) -> bool:
        return bool(self.exit_code) and not self.crashed and not self.store_changed and not self.missing


# -- generated files ------------------------------------------------------------------------------


def _acled_lines() -> list[str]:
    from tests.hostile.malformed.make_corpus import acled, text

    return text(*acled()).splitlines(keepends=True)


def _huge_field(path: Path) -> None:
    """Row 2's notes 5,000,000 characters long: pyarrow reads it (it fits a block)."""
    from tests.hostile.malformed.make_corpus import acled, text

    header, rows = acled()
    rows[1][header.index("notes")] = "x" * 5_000_000
    path.write_text(text(header, rows), encoding="utf-8")


def _huge_field_repeated_column(path: Path) -> None:
    """A repeated column ('tags' twice) and row 1's notes 200,000 characters long: the repeated
    column refuses the file before any row is read (issue 18: the last one used to win)."""
    from tests.hostile.malformed.make_corpus import acled, text

    header, rows = acled()
    rows[0][header.index("notes")] = "y" * 200_000
    path.write_text(text(header + ["tags"], [r + [""] for r in rows]), encoding="utf-8")


def _duplicate_latitude(path: Path) -> None:
    from tests.hostile.malformed.make_corpus import acled, text

    header, rows = acled()
    path.write_text(text(header + ["latitude "], [r + ["0"] for r in rows]), encoding="utf-8")


def _wide_header(path: Path) -> None:
    """ACLED's header followed by 400,000 more columns: a 3.5 MB file."""
    from tests.hostile.malformed.make_corpus import acled

    header, _ = acled()
    path.write_bytes(",".join(header).encode() + b"".join(b",c%d" % i for i in range(400_000)) + b"\n")


def _truncated_quote(path: Path) -> None:
    """Every field quoted (csv.QUOTE_ALL), the file cut inside the last field of its last row."""
    import csv
    import io

    from tests.hostile.malformed.make_corpus import acled

    header, rows = acled()
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL)
    w.writerow(header)
    w.writerows([r[:-1] + ["1707350400"] for r in rows])
    path.write_text(buf.getvalue().rstrip("\r\n")[:-4], encoding="utf-8")


def _over_limit(path: Path) -> None:
    """2.5 MB of valid, new events (the limit is set to 1 MB for this case)."""
    lines = _acled_lines()
    body, i = [lines[0]], 0
    while sum(map(len, body)) < 2_500_000:
        i += 1
        body.append(lines[1 + i % 3].replace("MAL", f"BIG{i:06d}-", 1))
    path.write_text("".join(body), encoding="utf-8")


def _events_frame():
    from geo.formats import read_rows
    from geo.model import normalise_rows, to_frame

    _, rows = read_rows(CORPUS / "valid_bom.csv")
    records, problems = normalise_rows(rows, file="valid_bom.csv")
    assert not problems, problems
    return to_frame(records)


def _gpkg(path: Path, gdf=None) -> None:
    from geo.formats import export_events

    export_events(_events_frame() if gdf is None else gdf, "gpkg", path)


def _gpkg_truncated(path: Path) -> None:
    _gpkg(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _gpkg_corrupt(path: Path) -> None:
    """A GeoPackage with its pages after the first overwritten by noise."""
    _gpkg(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(page, len(data), page * 2):
        data[start:start + 64] = bytes(range(7, 71))
    path.write_bytes(bytes(data))


def _gpkg_wrong_layer(path: Path) -> None:
    import geopandas as gpd
    from shapely.geometry import Point

    roads = gpd.GeoDataFrame({"name": ["Highway 1"], "highway": ["primary"]}, geometry=[Point(44.4, 33.3)], crs="EPSG:4326")
    roads.to_file(path, driver="GPKG", layer="roads", engine="pyogrio")


def _gpkg_bad_rows(path: Path) -> None:
    gdf = _events_frame()
    gdf.loc[gdf.index[0], "latitude"] = 95.0
    _gpkg(path, gdf)


def _gpkg_no_rows(path: Path) -> None:
    from geo.model import empty_frame

    _gpkg(path, empty_frame())


def _store_as_gpkg(path: Path) -> None:
    from geo.store import open_store

    with open_store(path, curated=False):
        pass


def _text(content: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(content, encoding="utf-8")


#: name -> (file name, --format, what, expected substrings, environment, how to make the file)
GENERATED: dict[str, tuple[str, str | None, str, list[str], dict[str, str], Callable[[Path], None]]] = {
    "huge_field": ("huge_field.csv", None, "row 2's notes 5,000,000 characters long",
                   ["huge_field.csv", "row 2", "field 'notes'", "5,000,000 characters long, over the limit of 100,000"], {}, _huge_field),
    "huge_field_repeated_column": ("huge_field_repeated_column.csv", None,
                                   "a repeated column and 200,000 characters of notes",
                                   ["huge_field_repeated_column.csv", "the column 'tags' 2 times"], {},
                                   _huge_field_repeated_column),
    "duplicate_latitude": ("duplicate_latitude.csv", None, "a second 'latitude ' column (a space after it) that would win",
                           ["duplicate_latitude.csv", "the column 'latitude' 2 times"], {}, _duplicate_latitude),
    "wide_header": ("wide_header.csv", None, "a header of 400,000 columns (3.7 GB in pyarrow before the fix)",
                    ["wide_header.csv", "more than 1,000 columns", "STRIKEMAP_MAX_IMPORT_COLUMNS"], {}, _wide_header),
    "truncated_quote": ("truncated_quote.csv", None, "a QUOTE_ALL file cut inside its last field",
                        ["truncated_quote.csv", "row 3", "field 'timestamp'", "a quote that never closes"], {}, _truncated_quote),
    "over_limit": ("over_limit.csv", None, "a 2.5 MB file of valid events, over a limit of 1 MB",
                   ["over_limit.csv is 2.4 MB, over the 1 MB limit", "STRIKEMAP_MAX_IMPORT_MB"], {"STRIKEMAP_MAX_IMPORT_MB": "1"},
                   _over_limit),
    "gpkg_truncated": ("gpkg_truncated.gpkg", None, "a GeoPackage cut in half",
                       ["gpkg_truncated.gpkg", "not a readable GeoPackage"], {}, _gpkg_truncated),
    "gpkg_corrupt": ("gpkg_corrupt.gpkg", None, "a GeoPackage with noise over half its pages",
                     ["gpkg_corrupt.gpkg", "not a readable GeoPackage"], {}, _gpkg_corrupt),
    "gpkg_wrong_layer": ("gpkg_wrong_layer.gpkg", None, "a GeoPackage of roads, not events",
                         ["gpkg_wrong_layer.gpkg", "the layer 'roads' has no 'event_date', 'event_type', 'actor1' columns"], {},
                         _gpkg_wrong_layer),
    "gpkg_bad_rows": ("gpkg_bad_rows.gpkg", None, "a GeoPackage of events, the first at latitude 95",
                      ["gpkg_bad_rows.gpkg", "row 1", "field 'latitude'", "outside [-90, 90]"], {}, _gpkg_bad_rows),
    "gpkg_no_rows": ("gpkg_no_rows.gpkg", None, "a GeoPackage whose events layer is empty",
                     ["no events in", "gpkg_no_rows.gpkg"], {}, _gpkg_no_rows),
    "store_as_gpkg": ("store_as_gpkg.gpkg", None, "a strikemap store (SQLite, not a GeoPackage)",
                      ["store_as_gpkg.gpkg", "not a GeoPackage", "gpkg_contents"], {}, _store_as_gpkg),
    "bad_max_import_mb": ("bad_max_import_mb.csv", None, "STRIKEMAP_MAX_IMPORT_MB set to 'lots'",
                          ["STRIKEMAP_MAX_IMPORT_MB was 'lots'", "positive number"], {"STRIKEMAP_MAX_IMPORT_MB": "lots"},
                          _text("not looked at\n")),
}


# -- cases ----------------------------------------------------------------------------------------


def load_cases() -> list[dict]:
    """Every case: the manifest's, then the generated ones (their files are made by
    :func:`case_path` when a check needs them). Each has ``name``, ``file``, ``format``, ``what``,
    ``expect``, ``env`` and, for generated cases, ``generated``."""
    cases = []
    for entry in json.loads(MANIFEST.read_text(encoding="utf-8")):
        cases.append({"name": entry.get("name") or Path(entry["file"]).stem, "env": {}, **entry})
    for name, (file, fmt, what, expect, env, _) in GENERATED.items():
        cases.append({"name": name, "file": file, "format": fmt, "what": what, "expect": expect, "env": env, "generated": name})
    return cases


def case_path(case: dict, workdir: Path) -> Path:
    """The case's file: in the corpus, or made in ``workdir`` (once)."""
    if not case.get("generated"):
        return CORPUS / case["file"]
    path = Path(workdir) / "files" / case["file"]
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name("making-" + path.name)
        part.unlink(missing_ok=True)
        GENERATED[case["generated"]][-1](part)
        part.rename(path)
    return path


def _base_store(workdir: Path) -> Path:
    """A store holding the curated layer and the good ACLED fixture, made once per workdir."""
    from geo.store import open_store

    base = Path(workdir) / "base" / "base.sqlite"
    if not base.exists():
        tmp = base.with_name("making.sqlite")
        tmp.parent.mkdir(parents=True, exist_ok=True)
        with open_store(tmp) as s:
            s.import_file(GOOD)
        tmp.rename(base)
    return base


def _state(db: Path) -> tuple:
    """(event ids, row count, version, SQLite's integrity check) of a store file."""
    from geo.store import open_store

    with open_store(db, curated=False) as s:
        count, version = s.count(), s.version()
    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT event_id_cnty FROM events ORDER BY event_id_cnty")]
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    return ids, count, version, integrity


@contextlib.contextmanager
def _environ(env: dict[str, str]):
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def check_case(case: dict, workdir: str | Path) -> CaseResult:
    """Run the import of one case's file through :func:`geo.cli.main` on a copy of the base store."""
    from geo.cli import main

    workdir = Path(workdir)
    path = case_path(case, workdir)
    db = workdir / "stores" / f"{case['name']}.sqlite"
    db.parent.mkdir(parents=True, exist_ok=True)
    for old in db.parent.glob(db.name + "*"):
        old.unlink()
    shutil.copyfile(_base_store(workdir), db)
    before = _state(db)
    argv = ["import", str(path), "--db", str(db)] + (["--format", case["format"]] if case.get("format") else [])
    err, out = io.StringIO(), io.StringIO()
    crashed, code = False, None
    with _environ(case.get("env") or {}), contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception:
            crashed = True
            err.write(traceback.format_exc())
    message = err.getvalue() + out.getvalue()
    crashed = crashed or "Traceback (most recent call last)" in message
    after = _state(db)
    changed = after != before or after[3] != "ok"
    missing = [s for s in case["expect"] if s not in message]
    return CaseResult(case["name"], code, message, crashed, changed, missing)


def check_all(workdir: str | Path) -> list[CaseResult]:
    """:func:`check_case` for every case of :func:`load_cases`."""
    return [check_case(c, workdir) for c in load_cases()]


def summary(results: list[CaseResult]) -> str:
    """One line per case (ok, or what is wrong) and a count."""
    lines = []
    for r in results:
        wrong = [w for w, bad in (("exit 0", not r.exit_code), ("crashed", r.crashed), ("store changed", r.store_changed),
                                  (f"missing {r.missing}", r.missing)) if bad]
        first = next((x for x in r.message.splitlines() if x.strip()), "")
        lines.append(f"{'ok  ' if r.ok else 'FAIL'} {r.name:<34} exit {r.exit_code}  {'; '.join(wrong) or first[:110]}")
    lines.append(f"{sum(r.ok for r in results)} of {len(results)} cases refused cleanly")
    return "\n".join(lines)


if __name__ == "__main__":
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="strikemap-malformed-"))
    results = check_all(work)
    print(summary(results))
    sys.exit(0 if all(r.ok for r in results) else 1)
