"""Hostile and broken input, end to end: prints what was tried and what went wrong (nothing should).

    python benchmarks/hostile_input.py [--keep DIR] [--fuzz N]

- **Payloads**: every payload of ``tests/hostile/payloads.json`` through every importer (ACLED,
  UCDP, GeoJSON, our CSV, GeoPackage) onto every surface (the dashboard's map with its popups and
  tooltips, the standalone HTML map, the KML export, the briefing PNG, the table), in Debian's
  chromium: how many ran (a dialog, a global set, markup that became elements): 0.
- **Broken files**: every case of ``tests/hostile/malformed.json`` (and the generated ones: a huge
  field, a file over the size limit, broken GeoPackages) through ``python -m geo import`` into a
  store holding events: crashes (a traceback or an undocumented error) 0, store changes 0, every
  exit non-zero, every message naming the file, and the row and field where there is one.
- **Fuzzing**: ``tests/hostile/test_fuzz.py`` with ``--fuzz N`` examples per property (random and
  mutated files through every importer, and the gazetteer's normaliser): failures 0.
- **Killed writes**: SIGKILL in the middle of an import, of ``ingest --save`` and of a dashboard
  upload: the store passes SQLite's integrity check and holds the before or the after state.
- **Files that lie about their size** (``tests/hostile/budget_check.py``): a GeoPackage claiming
  30,000,000 features, one claiming 5 of its 13, a 400,000-column header, a file cut inside its
  last quoted field, a column named twice, each uploaded in a child process as the dashboard
  uploads it: the peak memory of each, and of the worst (target: at most 1 GB).
- **The worst links** (``tests/hostile/link_check.py``): seconds to a usable page (target: at
  most 5 s each).
- **The red team's fourteen classes** (``tests/hostile/classes.py``): each class's tests run;
  "classes holding: N of 14".

Exits non-zero when anything is wrong. Needs the test extra (``pip install -e .[test]``) and
/usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the harnesses live with the tests


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    ap.add_argument("--fuzz", type=int, default=100, help="Hypothesis examples per fuzzing property (default 100; 0 to skip)")
    args = ap.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="strikemap-hostile-"))
    work.mkdir(parents=True, exist_ok=True)

    from tests.browserkit import chromium
    from tests.hostile import durability_check, injection_check, malformed_check

    t0 = time.perf_counter()
    print("payloads: importing and rendering in chromium…", file=sys.stderr)
    with chromium() as browser:
        inj = injection_check.check_all(browser, work / "payloads")
        print("killed writes: import, ingest --save, dashboard upload…", file=sys.stderr)
        kills = [durability_check.killed_import(work / "kill-import"), durability_check.killed_ingest_save(work / "kill-ingest")]
        upload, shared_unchanged = durability_check.killed_upload(browser, work / "kill-upload")
        kills.append(upload)
    print("broken files: through the command line…", file=sys.stderr)
    cases = malformed_check.check_all(work / "malformed")
    if args.fuzz:
        print(f"fuzzing: every importer and the normaliser, {args.fuzz} examples per property…", file=sys.stderr)
    fuzz = _fuzz(args.fuzz, work / "fuzz") if args.fuzz else None

    print("files that lie about their size: uploading each in a child process…", file=sys.stderr)
    from tests.hostile import budget_check, classes

    uploads = budget_check.check_all(work / "budgets")
    worst_upload = max(uploads, key=lambda u: u.peak_mb)
    print("the worst links: opening each in the dashboard (AppTest)…", file=sys.stderr)
    links = _links(work / "links")
    worst_link = max(links, key=links.get)
    print("the red team's fourteen classes: running their tests…", file=sys.stderr)
    held = _classes(classes, work / "classes")

    crashes = [c for c in cases if c.crashed] + (fuzz.crashes if fuzz else []) + [f"upload {u.name}: {u.message}" for u in uploads if u.crashed]
    changed = [c for c in cases if c.store_changed] + (fuzz.changed if fuzz else [])
    unclear = [c for c in cases if not c.exit_code or c.missing]
    survived = [k for k in kills if k.survived]
    hostile_files = len(inj.formats)
    lines = [
        "Hostile and broken input",
        f"  payloads tried:              {inj.payloads} × {len(inj.formats)} importers ({', '.join(inj.formats)})"
        f" × {len(inj.surfaces)} surfaces ({', '.join(inj.surfaces)})",
        f"  popups / tooltips opened:    {inj.popups_opened} / {inj.tooltips_opened}",
        f"  payloads run:                {len(inj.ran)} (dialogs {inj.dialogs})",
        f"  text not shown literally:    {len(inj.literal_failures)}",
        f"  rendering errors:            {len(inj.errors)}",
        f"  files tried:                 {len(cases)} broken + {hostile_files} hostile"
        + (f" + up to {fuzz.files:,} fuzzed ({fuzz.properties} properties × {fuzz.examples} examples, {fuzz.seconds:.0f} s)"
           if fuzz else ""),
        f"  crashes:                     {len(crashes)}",
        f"  store changes:               {len(changed)}",
        f"  unclear refusals:            {len(unclear)} (exit 0, or the file/row/field not named)",
        f"  killed writes survived:      {len(survived)} of {len(kills)}",
        *[f"    {k}" for k in kills],
        f"  shared store after a killed upload: {'unchanged' if shared_unchanged else 'CHANGED'}",
        "  files that lie about their size (peak memory of each upload, its own process):",
        *[f"    {u.name:28s} {u.peak_mb:7.0f} MB  {'imported' if u.ok else 'refused'}: {u.message.splitlines()[-1][:110]}" for u in uploads],
        f"  peak memory, worst hostile upload: {worst_upload.peak_mb:,.0f} MB ({worst_upload.name}; target <= 1,024 MB)",
        *[f"    link {name:28s} {sec:6.2f} s" for name, sec in links.items()],
        f"  time to a usable page, worst link: {links[worst_link]:.2f} s ({worst_link}; target <= 5 s)",
        f"  classes holding:             {sum(held.values())} of {len(held)}"
        + (f" (not holding: {', '.join(map(str, sorted(n for n, ok in held.items() if not ok)))})" if not all(held.values()) else ""),
        f"  ({time.perf_counter() - t0:.0f} s; work in {work})",
    ]
    problems = [*map(str, inj.findings[:50]), *[malformed_check.summary([c]) for c in crashes + changed + unclear if hasattr(c, "exit_code")],
                *[c for c in crashes + changed if isinstance(c, str)]]
    print("\n".join(lines))
    if problems:
        print("\nProblems:\n" + "\n".join(problems))
    bad = (inj.ran or inj.literal_failures or inj.errors or crashes or changed or unclear or len(survived) < len(kills) or not shared_unchanged
           or worst_upload.peak_mb > 1024 or links[worst_link] > 5 or not all(held.values()))
    return 1 if bad else 0


def _links(work: Path) -> dict[str, float]:
    """Seconds to a usable page for each worst link, in a child process with a store of its own."""
    import json
    import os
    import subprocess

    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "STRIKEMAP_DB": str(work / "events.sqlite"), "STRIKEMAP_SESSIONS": str(work / "sessions"), "STRIKEMAP_TILES": "none"}
    code = "import json; from tests.hostile.link_check import worst_link_seconds; print(json.dumps(worst_link_seconds()))"
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    try:
        return json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {f"(failed: {run.stderr[-200:]})": float("inf")}


def _classes(classes, work: Path) -> dict[int, bool]:
    """Run every test of the class table once; which classes hold."""
    import re
    import subprocess

    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", "--basetemp", str(work),
                          *classes.all_tests()], cwd=ROOT, capture_output=True, text=True)
    outcomes = {node: word.lower() for word, node in re.findall(r"^(PASSED|FAILED|ERROR|SKIPPED) (.+?)(?: - .*)?$", run.stdout, flags=re.M)}
    return classes.holding(outcomes)


class _Fuzzed:
    """What the Hypothesis run of ``tests/hostile/test_fuzz.py`` found."""

    def __init__(self, properties: int, failed: list[str], examples: int, seconds: float) -> None:
        self.properties, self.failed, self.examples, self.seconds = properties, failed, examples, seconds
        self.files = properties * examples  # at most: Hypothesis may stop a property early
        self.crashes = [f"fuzz: {f}" for f in failed]
        self.changed: list[str] = []  # each property checks the store itself: a change fails it


def _fuzz(examples: int, work: Path) -> _Fuzzed:
    """``tests/hostile/test_fuzz.py`` with ``examples`` examples per property: random and mutated
    files through each importer (only the documented errors may come out, a refused file leaves the
    store as it was) and the gazetteer's normaliser."""
    import os
    import re
    import subprocess

    t = time.perf_counter()
    env = {**os.environ, "STRIKEMAP_FUZZ_EXAMPLES": str(examples)}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(work),
                          "tests/hostile/test_fuzz.py"], cwd=ROOT, env=env, capture_output=True, text=True)
    counts = {k: int(v) for v, k in re.findall(r"(\d+) (passed|failed|error)", run.stdout)}
    failed = re.findall(r"^FAILED (\S+)", run.stdout, flags=re.M)
    if run.returncode and not failed:
        failed = [f"pytest exited {run.returncode}: {run.stdout[-500:]}"]
    return _Fuzzed(sum(counts.values()), failed, examples, time.perf_counter() - t)


if __name__ == "__main__":
    sys.exit(main())
