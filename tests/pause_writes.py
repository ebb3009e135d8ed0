"""Run a program with every store write paused after N rows, inside its transaction: it prints
``PAUSED after N rows`` on standard error and sleeps, for a test to kill the process right there.
The product has no test hook: this registers a write observer (:data:`geo.store.write_observers`)
and sizes the insert batches (:attr:`geo.store.Import.write_chunk`) from outside.

    python -m tests.pause_writes N -m geo import FILE --db STORE
    python -m tests.pause_writes N -m streamlit run dashboard.py ...
    python -m tests.pause_writes N -c "python code" ARGS...
"""

from __future__ import annotations

import runpy
import sys
import time

MESSAGE = "PAUSED after {} rows"


def main() -> None:
    rows, mode, target, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    from geo import store

    store.Import.write_chunk = rows

    def pause(done: int, total: int) -> None:
        if done == rows:
            print(MESSAGE.format(done), file=sys.stderr, flush=True)
            time.sleep(3600)

    store.write_observers.append(pause)
    if mode == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    elif mode == "-c":
        sys.argv = ["-c", *rest]
        exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})  # noqa: S102 - the test's own code
    else:
        raise SystemExit(f"expected -m MODULE or -c CODE after the row count, not {mode!r}")


if __name__ == "__main__":
    main()
