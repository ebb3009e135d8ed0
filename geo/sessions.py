"""What one dashboard session adds, kept to that session: its own store, the uploads written into
it, and its events laid over the shared ones.

The shared store (``STRIKEMAP_DB``) is written only from the command line (``python -m geo
import``), on purpose: an analyst's upload in the dashboard goes into a SQLite file of that
session's own (in ``$STRIKEMAP_SESSIONS``, default ``<cache>/sessions``), so no other session ever
sees it, two sessions uploading at once never wait for or overwrite each other, and an upload
killed half way leaves that file as it was before (one transaction, as every import).

The uploaded bytes are written to a private directory beside the session stores (the name the
browser sent is reduced to a plain file name, so ``../../x.csv`` cannot leave it) and removed
once read. Nothing from the file is evaluated: it is parsed as CSV, JSON or GeoPackage only.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from gazetteer.populated import cache_dir

from .events import dedup_key
from .eventtable import concat_frames
from .popups import BIDI_CONTROLS
from .store import ImportReport, StoreError, open_store

__all__ = ["UploadOutcome", "sessions_dir", "new_session_store", "import_upload", "merge_events", "already_shared", "additions_csv", "clear_stale",
           "safe_name"]

#: Dropped from an uploaded file's name: control characters, zero-width characters and bidi controls.
_NAME_DROPS = re.compile("[\x00-\x1f\x7f\u200b-\u200d" + "".join(sorted(BIDI_CONTROLS)) + "]")
_GENERATED_ID = r"SM[0-9A-F]{12}"  # see geo.events: an id made from date, place and actors
#: Session stores untouched for this long are removed when a new session starts.
STALE_AFTER_S = 7 * 24 * 3600


@dataclass(frozen=True, slots=True)
class UploadOutcome:
    """What an upload did: ``ok`` with the import's report, or not, with a message for the analyst
    (never a traceback) that names the file and, where the error has them, the row and field."""

    ok: bool
    message: str
    report: ImportReport | None = None


def sessions_dir() -> Path:
    """Where session stores live: ``$STRIKEMAP_SESSIONS`` or ``<cache>/sessions``."""
    return Path(os.environ.get("STRIKEMAP_SESSIONS") or cache_dir() / "sessions")


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
    return text[:120] or "upload"


def import_upload(store_path: str | Path, name: str, data: bytes, *, progress: Callable[[int, int], None] | bool = False) -> UploadOutcome:
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
    from .events import EventValidationError
    from .importers import ImportFormatError

    shown = safe_name(name)
    root = Path(store_path).parent
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".upload-", dir=root))  # mode 0700: this process only
    path = work / shown
    try:
        path.write_bytes(data)
        with open_store(store_path, curated=False) as store:
            report = store.import_file(path, progress=progress)
    except EventValidationError as err:
        return UploadOutcome(False, f"{shown} was refused; nothing was imported.\n\n" + _plain(err, path, shown))
    except (ImportFormatError, UnicodeError, ValueError) as err:  # ValueError: a bad STRIKEMAP_MAX_IMPORT_MB
        return UploadOutcome(False, f"{shown} could not be read; nothing was imported.\n\n" + _plain(err, path, shown))
    except (OSError, StoreError) as err:
        return UploadOutcome(False, f"{shown} could not be imported; nothing was imported.\n\n" + _plain(err, path, shown))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report.file = shown
    return UploadOutcome(True, f"{shown} ({report.format}): {report.added} events added, {report.duplicates} already there.", report)


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
    from .exporters import export_events

    with tempfile.TemporaryDirectory(prefix="strikemap-additions-") as tmp:
        out = Path(tmp) / "additions.csv"
        export_events(mine, "csv", out)
        return out.read_bytes()


def _keys(gdf: gpd.GeoDataFrame) -> list[str]:
    df = pd.DataFrame(gdf[["event_date", "place_id", "location", "latitude", "longitude", "actor1", "actor2"]])
    recs = df.astype(object).where(df.notna(), None).to_dict("records")
    return [dedup_key({**r, "event_date": r["event_date"].date().isoformat()}) for r in recs]
