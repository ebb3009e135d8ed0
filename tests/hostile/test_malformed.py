"""Broken files get clear errors: every case of the malformed corpus (``malformed.json`` and the
generated ones) through the real command line, plus the valid files that look odd (Windows-1256
Arabic, UTF-8 with a byte-order mark) and the import size limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import geo.formats as importers
from geo.formats import ImportFormatError, detect_format, import_into, read_rows
from geo.model import EventValidationError
from geo.store import open_store
from tests.hostile.malformed.make_corpus import corpus
from tests.hostile.malformed_check import CORPUS, GENERATED, MANIFEST, case_path, check_case, load_cases

CASES = load_cases()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("malformed")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_broken_file_is_refused_clearly(case: dict, workdir: Path) -> None:
    r = check_case(case, workdir)
    assert not r.crashed, r.message
    assert r.exit_code not in (0, None), f"{case['what']}: the command line exited {r.exit_code}\n{r.message}"
    assert not r.missing, f"{case['what']}: the message lacks {r.missing}\n{r.message}"
    assert not r.store_changed, f"{case['what']}: the store changed\n{r.message}"


def test_the_corpus_is_what_its_script_writes() -> None:
    on_disk = {p.name: p.read_bytes() for p in CORPUS.iterdir() if p.is_file() and p.suffix != ".py"}
    assert on_disk == corpus(), "run python tests/hostile/malformed/make_corpus.py"
    listed = {e["file"] for e in json.loads(MANIFEST.read_text(encoding="utf-8"))}
    assert listed == {n for n in on_disk if not n.startswith("valid_")}, "every broken file has a manifest entry"
    assert sum(map(len, on_disk.values())) < 200_000
    assert len({c["name"] for c in CASES}) == len(CASES)


@pytest.fixture
def fresh(tmp_path: Path, gz):
    with open_store(tmp_path / "fresh.sqlite", curated=False, gazetteer=gz) as s:
        yield s


def test_windows_1256_arabic_imports_with_its_text_intact(fresh) -> None:
    path = CORPUS / "valid_cp1256.csv"
    with pytest.raises(UnicodeDecodeError):
        path.read_text(encoding="utf-8")  # the file really is Windows-1256
    assert detect_format(path) == "acled"
    report = fresh.import_file(path)
    assert (report.added, report.refused) == (3, 0)
    row = fresh.frame().set_index("event_id_cnty").loc["MAL0001"]
    assert row.location == "حقل العمر النفطي"
    assert row.notes == "قصف صاروخي على قاعدة العمر النفطية"
    assert (row.latitude, row.longitude, row.country) == (35.1517, 40.5758, "Syria")


def test_utf8_with_a_byte_order_mark_imports_with_its_first_column_intact(fresh) -> None:
    path = CORPUS / "valid_bom.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbfevent_id_cnty,")
    _, rows = read_rows(path)
    assert "event_id_cnty" in rows[0][1] and not any(k.startswith("\ufeff") for k in rows[0][1])
    report = fresh.import_file(path)
    assert report.added == 3
    assert sorted(fresh.frame()["event_id_cnty"]) == ["MAL0001", "MAL0002", "MAL0003"]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(fresh, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes((CORPUS / "valid_bom.csv").read_bytes() + b"\n" * 5000)
    before = fresh.version()
    with pytest.raises(ImportFormatError, match=r"big\.csv is 6\.\d KB, over the 4 KB limit of one import"):
        import_into(fresh, path, max_bytes=4096)
    assert fresh.version() == before and fresh.count() == 0
    assert import_into(fresh, path, max_bytes=1 << 20).added == 3


def test_the_size_limit_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("STRIKEMAP_MAX_IMPORT_MB", raising=False)
    assert importers.max_import_bytes() == importers.MAX_IMPORT_BYTES == 2048 * 1024 * 1024
    monkeypatch.setenv("STRIKEMAP_MAX_IMPORT_MB", "0.5")
    assert importers.max_import_bytes() == 512 * 1024
    monkeypatch.setenv("STRIKEMAP_MAX_IMPORT_MB", "-3")
    with pytest.raises(ValueError, match="STRIKEMAP_MAX_IMPORT_MB was '-3'"):
        importers.max_import_bytes()


def test_a_field_longer_than_pyarrows_block_names_its_row_and_field(fresh, workdir: Path, monkeypatch) -> None:
    monkeypatch.setattr(importers, "CHUNK_ROWS", 100)  # pyarrow's block is then 1 MB; the notes are 5 MB
    path = case_path(next(c for c in CASES if c["name"] == "huge_field"), workdir)
    with pytest.raises(EventValidationError, match=r"huge_field\.csv, row 2, field 'notes': is 5,000,000 characters long") as err:
        fresh.import_file(path)
    assert [(p.row, p.field) for p in err.value.problems] == [(2, "notes")]
    assert fresh.count() == 0


def test_skip_bad_keeps_the_good_rows_of_a_file_with_a_huge_field(fresh, workdir: Path) -> None:
    path = case_path(next(c for c in CASES if c["name"] == "huge_field"), workdir)
    report = fresh.import_file(path, skip_bad=True)
    assert (report.added, report.refused) == (2, 1)
    rejects = Path(report.rejects_path)
    assert rejects.stat().st_size < 10_000 and "over the limit of 100,000" in rejects.read_text(encoding="utf-8")
    rejects.unlink()


def test_every_generated_case_has_its_file_made(workdir: Path) -> None:
    for case in CASES:
        if case.get("generated"):
            assert case_path(case, workdir).exists(), case["name"]
    assert set(GENERATED) <= {c["name"] for c in CASES}


def test_a_huge_field_deep_in_the_file_keeps_every_row_number(fresh, tmp_path: Path, monkeypatch) -> None:
    """pyarrow reads the first blocks, the csv module the rest from the row after: no row lost
    or read twice."""
    from tests.hostile.malformed.make_corpus import acled, text

    monkeypatch.setattr(importers, "CHUNK_ROWS", 100)  # 1 MB blocks: 3,000 rows are several
    header, rows = acled()
    many = [[f"DEEP{i:05d}", *rows[i % 3][1:]] for i in range(1, 3001)]
    many[2499][header.index("notes")] = "z" * 2_000_000
    path = tmp_path / "deep.csv"
    path.write_text(text(header, many), encoding="utf-8")
    with pytest.raises(EventValidationError) as err:
        fresh.import_file(path)
    assert [(p.row, p.field) for p in err.value.problems] == [(2500, "notes")] and fresh.count() == 0
    report = fresh.import_file(path, skip_bad=True)
    assert (report.added, report.refused) == (2999, 1)
    assert sorted(fresh.frame()["event_id_cnty"]) == [f"DEEP{i:05d}" for i in range(1, 3001) if i != 2500]
