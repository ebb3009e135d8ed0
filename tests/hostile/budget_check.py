"""Hostile uploads that lie about their size (red team, issue 18, items 1, 2, 4 and 12), each
uploaded in a child process of its own, as the dashboard's upload does it (:func:`geo.session.import_upload`),
with its peak memory measured (``VmHWM``: its own, not the parent's) under an address-space cap, so a file that
asks for gigabytes fails here instead of swapping the machine.

Used by ``tests/hostile/test_budgets.py`` and ``benchmarks/hostile_input.py`` (the worst peak).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "geo" / "data"
#: The address space a child may take (a file asking for more fails, and is counted as failing).
CAP_BYTES = 4 << 30

_CHILD = """
import json, resource, sys
cap = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from geo.session import import_upload
try:
    out = import_upload(sys.argv[1], sys.argv[2].rsplit("/", 1)[-1], open(sys.argv[2], "rb").read())
    result = {"ok": out.ok, "message": out.message, "added": out.report.added if out.report else 0,
              "notes": out.report.notes if out.report else []}
except MemoryError as err:
    result = {"ok": False, "message": f"MemoryError {err}", "added": 0, "notes": [], "crashed": True}
# VmHWM: this process's own peak (ru_maxrss would include the parent's, inherited across fork and exec)
hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")]
result["peak_mb"] = int(hwm[0]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


@dataclass(frozen=True, slots=True)
class Upload:
    name: str
    ok: bool
    message: str
    added: int
    notes: list[str]
    peak_mb: float
    crashed: bool = False


def upload(path: Path, store: Path, *, timeout: float = 600) -> Upload:
    """Upload ``path`` into the session store ``store`` in a child process; what it said and its peak memory."""
    run = subprocess.run([sys.executable, "-c", _CHILD, str(store), str(path), str(CAP_BYTES)], cwd=ROOT, capture_output=True,
                         text=True, timeout=timeout)
    try:
        got = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return Upload(path.name, False, f"exit {run.returncode}: {run.stderr[-800:]}", 0, [], float("nan"), crashed=True)
    return Upload(path.name, got["ok"], got["message"], got["added"], got["notes"], got["peak_mb"], got.get("crashed", False))


def events_gpkg(path: Path, *, claimed: int | None = None) -> Path:
    """A GeoPackage of the reviewed data's 13 events, its stored feature count set to ``claimed``."""
    from geo.formats import export_events
    from geo.store import open_store

    with open_store(path.with_suffix(".sqlite")) as s:
        export_events(s.frame(), "gpkg", path)
    path.with_suffix(".sqlite").unlink()
    if claimed is not None:
        con = sqlite3.connect(path)
        con.execute("UPDATE gpkg_ogr_contents SET feature_count = ?", (claimed,))
        con.commit()
        con.close()
    return path


def wide_header(path: Path, columns: int = 400_000) -> Path:
    """ACLED's header and ``columns`` more names, one row: 3.5 MB at 400,000."""
    header = next(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    path.write_bytes(",".join(header).encode() + b"".join(b",c%d" % i for i in range(columns)) + b"\n")
    return path


def truncated_quote_all(path: Path) -> Path:
    """ACLED's sample written with every field quoted and cut inside the last field (``…,"1707350``)."""
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(rows[0])
    w.writerows([r[:-1] + ["1707350400"] for r in rows[1:]])
    path.write_text(buf.getvalue().rstrip("\n")[:-4], encoding="utf-8")
    return path


def duplicate_latitude(path: Path) -> Path:
    """ACLED's sample with a second ``latitude`` column (written ``Latitude `` style: a space after) holding 0."""
    rows = list(csv.reader(open(DATA / "acled_export.csv", encoding="utf-8")))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(rows[0] + ["latitude "])
        w.writerows(r + ["0"] for r in rows[1:])
    return path


#: name -> how to make it
HOSTILE: dict[str, Callable[[Path], Path]] = {
    "gpkg_claims_30M.gpkg": lambda p: events_gpkg(p, claimed=30_000_000),
    "gpkg_claims_5.gpkg": lambda p: events_gpkg(p, claimed=5),
    "wide_header_400k.csv": wide_header,
    "truncated_quote_all.csv": truncated_quote_all,
    "duplicate_latitude.csv": duplicate_latitude,
}


def check_all(work: Path) -> list[Upload]:
    """Every hostile upload, each into a fresh session store."""
    work.mkdir(parents=True, exist_ok=True)
    out = []
    for name, make in HOSTILE.items():
        path = make(work / name)
        out.append(upload(path, work / f"{path.stem}-session.sqlite"))
    return out


if __name__ == "__main__":
    import tempfile

    for u in check_all(Path(tempfile.mkdtemp())):
        print(json.dumps(u.__dict__ if hasattr(u, "__dict__") else {s: getattr(u, s) for s in u.__slots__}, ensure_ascii=False))
