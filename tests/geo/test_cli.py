"""``python -m geo`` as a user runs it, against a real SQLite file named by STRIKEMAP_DB."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import DATA


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "STRIKEMAP_DB": str(tmp_path / "cli.sqlite")}
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, env=env, timeout=180)


def test_import_prints_what_it_did_and_reimport_adds_nothing(tmp_path: Path) -> None:
    r = _run(tmp_path, "import", str(DATA / "acled_export.csv"))
    assert r.returncode == 0, r.stderr
    assert "3 added, 0 skipped as duplicates, 0 refused" in r.stdout
    r = _run(tmp_path, "import", str(DATA / "acled_export.csv"), "--format", "acled")
    assert "0 added, 3 skipped as duplicates" in r.stdout


def test_bad_file_is_refused_with_row_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    text = (DATA / "acled_export.csv").read_text(encoding="utf-8").replace("35.1517,40.5758", "135.1517,40.5758")
    bad.write_text(text, encoding="utf-8")
    r = _run(tmp_path, "import", str(bad))
    assert r.returncode == 1
    assert "nothing was imported" in r.stderr and "row 1, field 'latitude'" in r.stderr and "Traceback" not in r.stderr
    r = _run(tmp_path, "import", str(bad), "--skip-bad")
    assert r.returncode == 0 and "2 added" in r.stdout and "1 refused" in r.stdout and (tmp_path / "bad.csv.rejects.csv").exists()


def test_export_csv_to_stdout_with_filters(tmp_path: Path) -> None:
    r = _run(tmp_path, "export", "--format", "csv", "-o", "-", "--actor", "Islamic Resistance in Iraq", "--country", "SY")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["event_id_cnty"] for row in rows] == ["SMSYR0003"]
    header = r.stdout.splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"] and header[-8:-6] == ["side1", "side2"]


def test_export_geojson_and_gpkg(tmp_path: Path) -> None:
    r = _run(tmp_path, "export", "--format", "geojson", "--from", "2024-02-02", "--to", "2024-02-02", "--type", "Explosions/Remote violence")
    doc = json.loads(r.stdout)
    assert len(doc["features"]) == 3 and doc["features"][0]["geometry"]["type"] == "Point"
    out = tmp_path / "e.gpkg"
    assert _run(tmp_path, "export", "--format", "gpkg", "-o", str(out)).returncode == 0 and out.stat().st_size > 0
    r = _run(tmp_path, "export", "--format", "gpkg", "-o", "-")
    assert r.returncode == 2 and "binary format" in r.stderr


def test_list_counts(tmp_path: Path) -> None:
    r = _run(tmp_path, "list", "--side", "Iran and aligned")
    assert r.returncode == 0 and "by event type:" in r.stdout and "Islamic Resistance in Iraq" in r.stdout


def test_bad_date_argument(tmp_path: Path) -> None:
    r = _run(tmp_path, "export", "--format", "csv", "--from", "2024-02-30")
    assert r.returncode == 2 and "not a date that exists" in r.stderr


def test_export_briefing_png_with_filters(tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "brief.png"
    r = _run(tmp_path, "export", "--format", "png", "--from", "2024-02-02", "--to", "2024-02-05", "--country", "SY",
             "--title", "Strikes in Syria", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "wrote 4 events" in r.stderr
    with Image.open(out) as im:
        assert im.format == "PNG" and im.size == (1920, 1080)
    r = _run(tmp_path, "export", "--format", "png", "-o", "-")
    assert r.returncode == 2 and "a PNG needs a file" in r.stderr


def test_export_html_map_opens_offline(tmp_path: Path) -> None:
    from geo.outputs import external_links, map_config

    out = tmp_path / "map.html"
    r = _run(tmp_path, "export", "--format", "html", "--actor", "Islamic Resistance in Iraq", "-o", str(out))
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert external_links(page) == []
    cfg = map_config(page)
    assert cfg["total"] == len(cfg["events"]) + len(cfg["unplaced"]) == 4
    assert "actor: Islamic Resistance in Iraq" in cfg["subtitle"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, gz):
    """``python -m geo export … -o - | head`` (red team, issue 18): the output ends quietly."""
    from common.settings import cache_dir
    from geo.bench import write_synthetic_acled

    env = {**os.environ, "STRIKEMAP_CACHE": str(tmp_path / "cache")}
    (tmp_path / "cache").mkdir()
    for index in cache_dir().glob("populated-*.npz"):  # the gazetteer's index (``gz`` built it): a cache of its own, not a 6 s rebuild
        shutil.copy(index, tmp_path / "cache")
    db = str(tmp_path / "s.sqlite")
    csv_path = write_synthetic_acled(tmp_path / "syn.csv", 3000)  # megabytes of GeoJSON: far more than a pipe holds
    subprocess.run([sys.executable, "-m", "geo", "--db", db, "import", str(csv_path)], env=env, check=True, capture_output=True)
    proc = subprocess.Popen([sys.executable, "-m", "geo", "--db", db, "export", "--format", "geojson", "-o", "-"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout.read(5) == b'{\n"ty'
    proc.stdout.close()  # as head does
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "Broken pipe" not in err, err


def test_gazetteer_search_refuses_a_negative_limit():
    r = subprocess.run([sys.executable, "-m", "gazetteer", "search", "Baghdad", "--limit", "-1"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "1 or more" in r.stderr and "Traceback" not in r.stderr


def test_export_svg_pptx_and_gif_with_the_users_title_subtitle_and_marking(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from PIL import Image
    from pptx import Presentation

    svg = tmp_path / "brief.svg"
    r = _run(tmp_path, "export", "--format", "svg", "--from", "2024-01-28", "--to", "2024-02-05", "--title", "Week 5 <b>",
             "--subtitle", "After Tower 22", "--marking", "UNCLASSIFIED//FOUO", "--label", "Tower 22", "-o", str(svg))
    assert r.returncode == 0, r.stderr
    texts = ["".join(t.itertext()) for t in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert {"Week 5 <b>", "After Tower 22", "UNCLASSIFIED//FOUO", "Tower 22", "28 Jan · 3 killed"} <= set(texts)
    framed = tmp_path / "framed.svg"
    r = _run(tmp_path, "export", "--format", "svg", "--bbox", "40,34,42,35.6", "-o", str(framed))
    assert r.returncode == 0, r.stderr
    texts = ["".join(t.itertext()) for t in ET.parse(framed).getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert "Albu Kamal" in texts and "Tower 22" not in texts and any(t.startswith("area: 40.00°E") for t in texts)
    deck = tmp_path / "brief.pptx"
    r = _run(tmp_path, "export", "--format", "pptx", "--from", "2024-01-28", "--to", "2024-02-05", "--title", "Week 5", "-o", str(deck))
    assert r.returncode == 0, r.stderr
    assert Presentation(str(deck)).slides[0].shapes.title.text_frame.text == "Week 5"
    gif = tmp_path / "week.gif"
    r = _run(tmp_path, "export", "--format", "gif", "--step", "day", "--from", "2024-02-02", "--to", "2024-02-05", "-o", str(gif))
    assert r.returncode == 0, r.stderr
    with Image.open(gif) as im:
        assert im.n_frames == 4  # 2, 3, 4 and 5 February
    r = _run(tmp_path, "export", "--format", "pptx", "-o", "-")
    assert r.returncode == 2 and "a PPTX needs a file" in r.stderr
    r = _run(tmp_path, "export", "--format", "svg", "--bbox", "1,2,3", "-o", str(framed))
    assert r.returncode == 2 and "west,south,east,north" in r.stderr
