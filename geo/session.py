"""The session service: one analyst's working set of events, the same for the dashboard and the
command line. It opens the stores, imports files and uploads, accepts ingest candidates, lays a
session's own events over the shared ones, and counts what is new.

A :class:`Session` has the shared store (``STRIKEMAP_DB``) and, in the dashboard, a store of its
own: the shared store is written only from the command line (``python -m geo import``, ``ingest
--save``), on purpose; an analyst's upload or accepted candidates in the dashboard go into a SQLite
file of that session's own (in ``$STRIKEMAP_SESSIONS``, default ``<cache>/sessions``), so no
other session ever sees them, two sessions uploading at once never wait for or overwrite each
other, and an upload killed half way leaves that file as it was before (one transaction, as
every import).

The uploaded bytes are written to a private directory beside the session stores (the name the
browser sent is reduced to a plain file name, so ``../../x.csv`` cannot leave it) and removed
once read. Nothing from the file is evaluated: it is parsed as CSV, JSON or GeoPackage only.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from common import BIDI_CONTROLS, fit_name, settings

from .formats import ImportFormatError, export_events, max_import_bytes
from .ingest import save_candidates
from .model import EventValidationError, concat_frames, dedup_key, empty_frame
from .store import EventStore, ImportReport, StoreError, default_store_target, open_store
from .view import actor_options, area_options, dense_window

__all__ = ["Session", "Outcome", "Working", "SharedReader", "STORE_ERRORS", "store_problem", "sessions_dir",
           "new_session_store", "import_upload", "merge_events", "already_shared",
           "additions_csv", "clear_stale", "safe_name"]

#: Dropped from an uploaded file's name: control characters, zero-width characters and bidi controls.
_NAME_DROPS = re.compile("[\x00-\x1f\x7f\u200b-\u200d" + "".join(sorted(BIDI_CONTROLS)) + "]")
_GENERATED_ID = r"SM[0-9A-F]{12}"  # see geo.model: an id made from date, place and actors
#: Session stores untouched for this long are removed when a new session starts.
STALE_AFTER_S = 7 * 24 * 3600


#: What opening or reading a store may raise: the dashboard turns each into a message.
STORE_ERRORS = (StoreError, sqlite3.Error, OSError)
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\:'\"()]+)+")


def store_problem(err: BaseException, target: str | Path) -> str:
    """Why the shared store cannot be read, for the analyst: no traceback, no file path (which
    tells a stranger where things are on the server).

    >>> print(store_problem(StoreError("/srv/x/events.sqlite is not a strikemap store (file is not a database)"), "/srv/x/events.sqlite"))
    ... # doctest: +NORMALIZE_WHITESPACE
    The event store cannot be read: it is not a strikemap store (file is not a database). Nothing was changed;
    whoever runs this dashboard can check STRIKEMAP_DB.
    """
    text = str(err).replace(str(target), "it")
    text = _PATH.sub("(a file)", text).strip().rstrip(".")
    return f"The event store cannot be read: {text[:300]}. Nothing was changed; whoever runs this dashboard can check STRIKEMAP_DB."


class SharedReader:
    """The shared store for reading, as the dashboard keeps it (one per target, shared by every
    session), or why it cannot be read: a damaged file, another application's database, a server
    that is down. Never raises: :attr:`problem` says what is wrong (:func:`store_problem`), the
    frame is then empty, and each call tries again, so a repaired store is read without a restart."""

    def __init__(self, target: str) -> None:
        self.target, self.problem = target, ""
        self._store: EventStore | None = None

    def _open(self) -> EventStore | None:
        if self._store is None:
            try:
                self._store = open_store(self.target)
            except STORE_ERRORS as err:
                self.problem = store_problem(err, self.target)
                return None
        self.problem = ""
        return self._store

    def _failed(self, err: BaseException) -> None:
        self.problem = store_problem(err, self.target)
        with contextlib.suppress(*STORE_ERRORS):
            self._store.close() if self._store is not None else None
        self._store = None

    def version(self) -> tuple:
        """The store's version, or ``("unreadable", problem)``."""
        try:
            if (store := self._open()) is not None:
                return store.version()
        except STORE_ERRORS as err:
            self._failed(err)
        return ("unreadable", self.problem)

    def frame(self, *, snapshot: bool = False) -> gpd.GeoDataFrame:
        """Every shared event (see :meth:`EventStore.frame`), or none when the store cannot be read."""
        try:
            if (store := self._open()) is not None:
                return store.frame(snapshot=snapshot)
        except STORE_ERRORS as err:
            self._failed(err)
        return empty_frame()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a write did: ``ok`` with the import's report, or not, with a message for the analyst
    (never a traceback) that names the file and, where the error has them, the row and field."""

    ok: bool
    message: str
    report: ImportReport | None = None
    skipped: tuple[tuple[int, str], ...] = ()


def sessions_dir() -> Path:
    """Where session stores live: ``$STRIKEMAP_SESSIONS`` or ``<cache>/sessions``."""
    return settings.sessions_dir()


def new_session_store() -> Path:
    """A fresh, unused store path for one session (the file is created on its first write)."""
    return sessions_dir() / f"{uuid.uuid4().hex}.sqlite"


def clear_stale(*, max_age_s: float = STALE_AFTER_S, now: float | None = None) -> int:
    """Remove session stores (and their upload folders) not written for ``max_age_s``; return how many."""
    root, now, removed = sessions_dir(), now or time.time(), 0
    if not root.is_dir():
        return 0
    for p in root.iterdir():
        try:
            if now - p.stat().st_mtime < max_age_s:
                continue
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink()
            removed += p.suffix == ".sqlite"
        except OSError:
            continue  # another session removed it first
    return removed


def safe_name(name: object) -> str:
    """The plain file name of what a browser sent: no folders, no control characters.

    >>> safe_name("../../etc/passwd.csv"), safe_name("C:\\\\Users\\\\a\\\\x.csv"), safe_name("\\x00"), safe_name("a\\u202egpj.csv")
    ('passwd.csv', 'x.csv', 'upload', 'agpj.csv')
    """
    text = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = _NAME_DROPS.sub("", text).strip(" .")
    return fit_name(text[:120], 200) or "upload"  # 120 emoji are 480 bytes: file names take 255


def import_upload(store_path: str | Path, name: str, data: bytes, *, progress: Callable[[int, int], None] | bool = False) -> Outcome:
    """Import uploaded bytes into the session store at ``store_path``, all or nothing.

    Every documented import error becomes a message naming the file (``name``, never the private
    copy's path); the store is unchanged then.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "session.sqlite"
    >>> out = import_upload(target, "../notes.csv", b"just some text\\n")
    >>> out.ok, out.message.startswith("notes.csv could not be read")
    (False, True)
    """
    shown = safe_name(name)
    root = Path(store_path).parent
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not Path(store_path).exists():  # the session's events are its own: readable by this user only (SQLite's -wal follows)
        os.close(os.open(store_path, os.O_CREAT | os.O_WRONLY, 0o600))
    work = Path(tempfile.mkdtemp(prefix=".upload-", dir=root))  # mode 0700: this process only
    path = work / shown
    try:
        path.write_bytes(data)
        with open_store(store_path, curated=False) as store:
            report = store.import_file(path, progress=progress)
    except EventValidationError as err:
        return Outcome(False, f"{shown} was refused; nothing was imported.\n\n" + _plain(err, path, shown))
    except (ImportFormatError, UnicodeError, ValueError) as err:  # ValueError: a bad STRIKEMAP_MAX_IMPORT_MB
        return Outcome(False, f"{shown} could not be read; nothing was imported.\n\n" + _plain(err, path, shown))
    except (OSError, StoreError) as err:
        return Outcome(False, f"{shown} could not be imported; nothing was imported.\n\n" + _plain(err, path, shown))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report.file = shown
    report.notes = [_plain(ValueError(n), path, shown) for n in report.notes]
    return Outcome(True, f"{shown} ({report.format}): {report.added} events added, {report.duplicates} already there."
                   + "".join(f"\n\nNote: {n}" for n in report.notes), report)


def _plain(err: BaseException, path: Path, shown: str) -> str:
    return str(err).replace(str(path), shown).replace(str(path.parent), "")


def already_shared(shared: gpd.GeoDataFrame, mine: gpd.GeoDataFrame) -> pd.Series:
    """Which of a session's events the shared store already holds: the same id, or (for an event
    whose id was generated because its source gave none) the same date, place and actors, the
    rule by which a store counts duplicates."""
    dup = mine["event_id_cnty"].isin(shared["event_id_cnty"])
    generated = mine["event_id_cnty"].astype(str).str.fullmatch(_GENERATED_ID) & ~dup
    if generated.any():
        days = mine.loc[generated, "event_date"]
        near = shared[shared["event_date"].isin(days)]
        if len(near):
            keys = set(_keys(near))
            dup.loc[generated] = [k in keys for k in _keys(mine[generated])]
    return dup


def merge_events(shared: gpd.GeoDataFrame, mine: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The shared events with a session's own added, in date order; an event the shared store
    already holds (:func:`already_shared`) is shown once, as stored there. Neither input is changed."""
    if len(mine) == 0:
        return shared
    new = mine[~already_shared(shared, mine)]
    if len(new) == 0:
        return shared
    out = concat_frames([shared, new])
    return out.sort_values("event_date", kind="stable").reset_index(drop=True)


def additions_csv(mine: gpd.GeoDataFrame) -> bytes:
    """A session's events as our CSV (what ``python -m geo import`` reads back), as bytes."""
    with tempfile.TemporaryDirectory(prefix="strikemap-additions-") as tmp:
        out = Path(tmp) / "additions.csv"
        export_events(mine, "csv", out)
        return out.read_bytes()


def _keys(gdf: gpd.GeoDataFrame) -> list[str]:
    df = pd.DataFrame(gdf[["event_date", "place_id", "location", "latitude", "longitude", "actor1", "actor2"]])
    recs = df.astype(object).where(df.notna(), None).to_dict("records")
    return [dedup_key({**r, "event_date": r["event_date"].date().isoformat()}) for r in recs]


@dataclass(frozen=True)
class Working:
    """The events a session works on: the shared ones with its own laid over them (``events``),
    the areas to zoom to among them, the session's own events (``mine``) and how many of those
    the shared store already holds (``known``, shown once, as stored there)."""

    events: gpd.GeoDataFrame
    areas: dict
    mine: gpd.GeoDataFrame | None = None
    known: int = 0
    key: tuple = field(default=(), compare=False)
    #: Every actor of the events (as the actor filter names them): what a link or a widget may select.
    actors: tuple[str, ...] = ()
    #: The densest run of dates (:func:`geo.view.dense_window`): what the page opens on.
    dense: tuple | None = None

    @property
    def added_note(self) -> str:
        """What the session added, in words (empty when nothing)."""
        if self.mine is None or len(self.mine) == 0:
            return ""
        return (f"This session added {len(self.mine):,} event(s)" + (f" ({self.known:,} already in the shared store)" if self.known else "")
                + ". Only this session shows them; to share them, import the CSV with `python -m geo import`.")


class Session:
    """One analyst's working set. ``own`` is the session's own store (the dashboard makes one per
    browser session with :meth:`new`); without it, writes go to the shared store (the command line).

    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp())
    >>> s = Session(root / "mine.sqlite", shared=str(root / "shared.sqlite"))
    >>> s.upload("x.csv", b"just some text\\n").ok
    False
    """

    def __init__(self, own: str | Path | None = None, *, shared: str | None = None) -> None:
        self.shared = str(shared or default_store_target())
        self.own = str(own) if own else None

    @classmethod
    def new(cls, *, shared: str | None = None) -> Session:
        """A session with a fresh store of its own (created on its first write)."""
        return cls(new_session_store(), shared=shared)

    # -- stores ----------------------------------------------------------------------------------

    def open_shared(self) -> EventStore:
        """The shared store, with the curated base layer refreshed."""
        return open_store(self.shared)

    def open_target(self) -> EventStore:
        """Where this session writes: its own store (readable by this user only), or the shared one."""
        if not self.own:
            return open_store(self.shared)
        own = Path(self.own)
        own.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not own.exists():
            os.close(os.open(own, os.O_CREAT | os.O_WRONLY, 0o600))
        return open_store(own, curated=False)

    def working(self, shared_events: gpd.GeoDataFrame, shared_version: tuple = (), *, previous: Working | None = None) -> Working:
        """The shared events with this session's own laid over them; ``previous`` is reused while
        neither store has changed (the dashboard keeps it between reruns)."""
        if not self.own or not Path(self.own).exists():
            key = (shared_version, None)
            if previous is not None and previous.key == key:
                return previous
            return Working(shared_events, area_options(shared_events), key=key, actors=tuple(actor_options(shared_events)),
                           dense=dense_window(shared_events))
        with open_store(self.own, curated=False) as store:
            key = (shared_version, store.version())
            if previous is not None and previous.key == key:
                return previous
            mine = store.frame()
        events = merge_events(shared_events, mine)
        known = len(mine) - (len(events) - len(shared_events))
        return Working(events, area_options(events), mine, known, key, tuple(actor_options(events)), dense_window(events))

    # -- writes ----------------------------------------------------------------------------------

    def upload(self, name: str, data: bytes, *, progress: Callable[[int, int], None] | bool = False) -> Outcome:
        """Import uploaded bytes into this session's own store, all or nothing (:func:`import_upload`)."""
        if not self.own:
            raise ValueError("upload needs a session store of its own: the shared store is written from the command line")
        return import_upload(self.own, name, data, progress=progress)

    def import_file(self, path: str | Path, *, format: str | None = None, skip_bad: bool = False, progress: Any = False,
                    force: bool = False, strict: bool = False) -> ImportReport:
        """Import a file into where this session writes, all or nothing. Raises the import's
        errors (:class:`ImportFormatError`, :class:`EventValidationError`, OSError, and ValueError
        for a bad ``STRIKEMAP_MAX_IMPORT_MB``, checked before the store is touched)."""
        max_import_bytes()
        with self.open_target() as store:
            return store.import_file(path, format=format, skip_bad=skip_bad, progress=progress, force=force, strict=strict)

    def accept(self, candidates: Sequence[dict], *, file: str, shared_events: gpd.GeoDataFrame | None = None,
               progress: Any = False) -> Outcome:
        """Write the accepted ingest candidates where this session writes, and say in one message
        what happened: added, already there (in this session's store, and, for the dashboard, in
        the shared store, counted by the rule the map shows them by), and not saved (with why)."""
        try:
            with self.open_target() as store:
                report, skipped = save_candidates(store, list(candidates), file=file, progress=progress)
        except EventValidationError as err:
            return Outcome(False, f"Nothing was saved.\n\n{err}")
        except StoreError as err:  # read-only, held by another import, a full disk
            return Outcome(False, f"Nothing was saved.\n\n{err}")
        where = "this session's events" if self.own else "the store"
        msg = f"{report.added} event(s) added to {where}, {report.duplicates} already there"
        if self.own and shared_events is not None and report.added:
            with open_store(self.own, curated=False) as store:
                mine = store.frame()
            new = mine[mine["event_id_cnty"].isin(report.added_ids)]
            shared = int(already_shared(shared_events, new).sum()) if len(new) else 0
            if shared:
                msg += f" ({shared} of the added already in the shared store, shown once)"
        if skipped:
            msg += f"; {len(skipped)} not saved: " + ", ".join(f"#{i + 1} {why}" for i, why in skipped)
        return Outcome(True, msg + ".", report, tuple(skipped))
