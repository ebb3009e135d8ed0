"""geo.formats: files as analysts get them: HDX exports with an HXL tag row, R-written ACLED
exports with NA, countries outside the theatre."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from geo.formats import FORMATS, REGISTRY, ImportFormatError, reader, writer
from geo.model import EventValidationError
from geo.store import open_store

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]
#: The tags OCHA's HDX pipeline puts on UCDP GED columns (hdx-scraper-ucdp), blank for the rest.
UCDP_HXL = {"year": "#date+year", "side_a": "#group+name+first", "side_b": "#group+name+second", "source_article": "#meta+source",
            "source_headline": "#description", "where_coordinates": "#loc+name", "adm_1": "#adm1+name", "adm_2": "#adm2+name",
            "latitude": "#geo+lat", "longitude": "#geo+lon", "country": "#country+name", "iso3": "#country+code",
            "region": "#region+name", "date_start": "#date+start", "date_end": "#date+end", "best": "#affected+killed"}


def hdx_ucdp(path: Path, *, n: int = 40, tags: dict | None = None, mangle=None) -> Path:
    """A UCDP GED export laid out as HDX publishes it: ``iso3`` after ``country`` and the HXL tag
    row under the header (the rows: the fixture's, repeated under new ids)."""
    rows = list(csv.reader(open(DATA / "ucdp_ged.csv", encoding="utf-8")))
    header, body = rows[0], rows[1:]
    at = header.index("country") + 1
    header = header[:at] + ["iso3"] + header[at:]
    tag_row = [(tags or UCDP_HXL).get(h, "") for h in header]
    if mangle:
        tag_row = mangle(header, tag_row)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow(tag_row)
        for i in range(n):
            r = list(body[i % len(body)])
            r = r[:at] + ["IRQ"] + r[at:]
            r[header.index("id")] = str(900000 + i)
            w.writerow(r)
    return path


def test_an_hdx_ucdp_export_imports_whole(tmp_path):
    path = hdx_ucdp(tmp_path / "conflict_data_irq.csv", n=40)
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        report = s.import_file(path)
        assert (report.format, report.added, report.refused) == ("ucdp", 40, 0)
        assert s.count() == 40


@pytest.mark.parametrize(("what", "mangle", "field"), [
    ("a value in the tag row", lambda h, t: [("12" if x == "best" else v) for x, v in zip(h, t, strict=True)], "best"),
    ("a tag with a space", lambda h, t: [("#geo lat" if x == "latitude" else v) for x, v in zip(h, t, strict=True)], "latitude"),
    ("a tag with no name", lambda h, t: [("#+killed" if x == "best" else v) for x, v in zip(h, t, strict=True)], "best"),
], ids=["half-tagged", "space", "empty-tag"])
def test_a_broken_tag_row_names_row_1_and_the_column_and_stores_nothing(tmp_path, what, mangle, field):
    path = hdx_ucdp(tmp_path / "bad.csv", mangle=mangle)
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(ImportFormatError, match=rf"row 1, field '{field}'"):
            s.import_file(path)
        assert s.count() == 0


def test_a_short_row_after_the_tags_is_named_by_its_line(tmp_path):
    path = hdx_ucdp(tmp_path / "short.csv", n=5)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = ",".join(lines[3].split(",")[:5])  # line 4 of the file: row 3, as the tag row is row 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        with pytest.raises(EventValidationError, match=r"row 3, field 'type_of_violence'"):
            s.import_file(path)
        assert s.count() == 0


def test_na_from_r_is_missing_not_an_actor_or_a_place(tmp_path):
    with open_store(tmp_path / "s.sqlite", curated=False) as s:
        s.import_file(DATA / "acled_benin.csv")
        gdf = s.frame()
    cols = ["assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "admin1", "admin2", "admin3", "tags"]
    assert not (gdf[cols].astype(str) == "NA").any().any()
    assert set(gdf["event_type"]) == {"Battles", "Violence against civilians", "Explosions/Remote violence", "Protests", "Riots",
                                      "Strategic developments"}


def test_a_benin_export_is_listed_by_country_name_and_code(tmp_path):
    db = tmp_path / "benin.sqlite"
    run = [sys.executable, "-m", "geo", "--db", str(db)]
    assert subprocess.run([*run, "import", str(DATA / "acled_benin.csv")], capture_output=True, text=True, cwd=ROOT).returncode == 0
    for country in ("Benin", "BJ", "BEN"):
        out = subprocess.run([*run, "list", "--country", country], capture_output=True, text=True, cwd=ROOT).stdout
        assert out.startswith("8 events"), (country, out[:200])
    out = subprocess.run([*run, "list", "--country", "Benin"], capture_output=True, text=True, cwd=ROOT).stdout
    assert "JNIM: Group for Support of Islam and Muslims" in out and "\n  " in out


def test_the_registry_says_what_is_read_and_written(tmp_path):
    assert FORMATS == ("acled", "ucdp", "geojson", "csv", "gpkg")
    assert {n for n, f in REGISTRY.items() if f.writes} == {"csv", "geojson", "gpkg", "kml"}
    chunks = list(reader("acled")(DATA / "acled_benin.csv"))
    assert sum(len(nums) for nums, _, _ in chunks) == 8
    with pytest.raises(ValueError, match="to write"):
        writer("ucdp")
