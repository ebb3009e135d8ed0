"""A dashboard session's own store: uploads written there only, its events laid over the shared ones."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import pytest

from geo.session import additions_csv, already_shared, clear_stale, import_upload, merge_events, new_session_store, safe_name
from geo.store import open_store

DATA = Path(__file__).parent / "data"
ACLED = (DATA / "acled_export.csv").read_bytes()


@pytest.fixture(autouse=True)
def _sessions(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_SESSIONS", str(tmp_path / "sessions"))


def digest(gdf) -> bytes:
    """The frame's content (values, dtypes, index), independent of pandas' internal caches."""
    return pickle.dumps((gdf.to_dict("list"), [str(t) for t in gdf.dtypes], list(gdf.index)))


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize(("sent", "kept"), [
    ("../../etc/passwd.csv", "passwd.csv"), ("..\\..\\Windows\\x.csv", "x.csv"), ("/abs/path/a.csv", "a.csv"),
    ("..", "upload"), ("", "upload"), ("a\u202ecsv.exe", "acsv.exe"), ("tab\there.csv", "tabhere.csv"),
    ("x" * 300 + ".csv", "x" * 120),
], ids=["dotdot", "windows", "absolute", "only-dots", "empty", "rtl-override", "control", "long"])
def test_an_uploaded_name_becomes_a_plain_file_name(sent, kept):
    assert safe_name(sent) == kept


def test_an_upload_writes_only_the_session_store(tmp_path):
    target = new_session_store()
    before = _files(tmp_path)
    out = import_upload(target, "../../escape.csv", ACLED)
    assert out.ok and out.report.added == 3, out.message
    assert out.message.startswith("escape.csv (acled): 3 events added")
    new = _files(tmp_path) - before
    assert new <= {"sessions", f"sessions/{target.name}", f"sessions/{target.name}-wal", f"sessions/{target.name}-shm"}, new
    assert not list(tmp_path.rglob("escape.csv")) and not list(tmp_path.rglob(".upload-*"))
    with open_store(target, curated=False) as s:
        assert s.count() == 3 and s.integrity_ok()


def test_a_refused_upload_names_the_file_row_and_field_not_the_private_copy():
    target = new_session_store()
    bad = ACLED.replace(b"03 February 2024", b"30 February 2024")
    out = import_upload(target, "broken.csv", bad)
    assert not out.ok and out.report is None
    assert out.message.startswith("broken.csv was refused; nothing was imported.")
    assert "row 1" in out.message and "event_date" in out.message
    assert ".upload-" not in out.message and str(target.parent) not in out.message
    with open_store(target, curated=False) as s:
        assert s.count() == 0


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02garbage\xff" * 100, b"not,an,events,file\n1,2,3,4\n"],
                         ids=["empty", "binary", "wrong-header"])
def test_an_unreadable_upload_is_a_message_not_an_exception(data):
    out = import_upload(new_session_store(), "x.csv", data)
    assert not out.ok and out.message.startswith("x.csv could not be read; nothing was imported.")


def test_merge_lays_a_session_over_the_shared_events_without_changing_either(tmp_path):
    with open_store(tmp_path / "shared.sqlite") as s:
        shared = s.frame()
    target = new_session_store()
    assert import_upload(target, "a.csv", ACLED).ok
    with open_store(target, curated=False) as s:
        mine = s.frame()
    frozen = digest(shared), digest(mine)
    merged = merge_events(shared, mine)
    assert (digest(shared), digest(mine)) == frozen, "neither input may change"
    assert len(merged) == len(shared) + 3
    assert merged["event_date"].is_monotonic_increasing
    assert merge_events(merged, mine).shape == merged.shape, "an event already shown is shown once"
    assert merge_events(shared, mine.iloc[:0]) is shared


def test_a_generated_id_matches_the_shared_event_with_its_date_place_and_actors(tmp_path):
    with open_store(tmp_path / "shared.sqlite") as s:
        shared = s.frame()
    row = shared.iloc[[0]].copy()
    row["event_id_cnty"] = "SM0123456789AB"  # the same report, read from an article (no id of its own)
    assert already_shared(shared, row).tolist() == [True]
    row["location"], row["place_id"], row["latitude"] = "Elsewhere", None, 10.0
    assert already_shared(shared, row).tolist() == [False]


def test_additions_csv_reads_back(tmp_path):
    target = new_session_store()
    assert import_upload(target, "a.csv", ACLED).ok
    with open_store(target, curated=False) as s:
        mine = s.frame()
    out = tmp_path / "back.csv"
    out.write_bytes(additions_csv(mine))
    back = import_upload(new_session_store(), "back.csv", out.read_bytes())
    assert back.ok and back.report.added == 3 and back.report.format == "csv"


def test_stale_session_stores_are_cleared():
    old, fresh = new_session_store(), new_session_store()
    for p in (old, fresh):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"")
    week_ago = time.time() - 8 * 24 * 3600
    os.utime(old, (week_ago, week_ago))
    assert clear_stale() == 1
    assert not old.exists() and fresh.exists()


# -- the session service, as the dashboard and the command line use it -----------------------------

from geo.ingest import Article, ingest_articles  # noqa: E402
from geo.session import Session  # noqa: E402

ARTICLE = ("March 4, 2024\nOn 4 March 2024 a drone attack struck Erbil air base in Iraq, officials said. "
           "The Islamic Resistance in Iraq claimed the attack.")


def test_working_set_counts_what_the_session_added_and_what_the_shared_store_holds(tmp_path):
    sess = Session.new(shared=str(tmp_path / "shared.sqlite"))
    with sess.open_shared() as s:
        shared, version = s.frame(), s.version()
    work = sess.working(shared, version)
    assert work.mine is None and work.added_note == "" and len(work.events) == len(shared)
    assert sess.working(shared, version, previous=work) is work, "kept while neither store changes"
    assert sess.upload("a.csv", ACLED).ok
    work2 = sess.working(shared, version, previous=work)
    assert work2 is not work and len(work2.events) == len(shared) + 3 and work2.known == 0
    assert work2.added_note.startswith("This session added 3 event(s).")
    assert "Syria" in work2.areas


def test_accepting_says_one_thing_about_what_is_already_there(tmp_path):
    sess = Session.new(shared=str(tmp_path / "shared.sqlite"))
    with sess.open_shared() as s:
        shared = s.frame()
    cands = [c for c in ingest_articles([Article("a.txt", ARTICLE)]) if c["kind"] == "event"]
    assert cands
    first = sess.accept(cands, file="ingest: a.txt", shared_events=shared)
    assert first.ok and first.message.startswith(f"{len(cands)} event(s) added to this session's events, 0 already there")
    again = sess.accept(cands, file="ingest: a.txt", shared_events=shared)
    assert again.ok and again.message.startswith(f"0 event(s) added to this session's events, {len(cands)} already there")
    with open_store(tmp_path / "shared.sqlite") as s:
        assert s.count() == len(shared), "the dashboard's session never writes the shared store"


def test_the_command_line_session_writes_the_shared_store(tmp_path):
    target = str(tmp_path / "shared.sqlite")
    cli = Session(shared=target)
    with pytest.raises(ValueError, match="session store of its own"):
        cli.upload("a.csv", ACLED)
    report = cli.import_file(DATA / "acled_export.csv")
    assert report.added == 3
    with open_store(target) as s:
        assert s.count() >= 3 + 13


def test_a_session_store_is_readable_by_its_user_only(tmp_path):
    target = new_session_store()
    assert import_upload(target, "a.csv", ACLED).ok
    assert (target.stat().st_mode & 0o777) == 0o600
    assert (target.parent.stat().st_mode & 0o077) == 0, "the sessions folder is not open to others"
