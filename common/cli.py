"""Running a command-line entry point the way a shell user expects."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

__all__ = ["run"]


def run(main: Callable[[], int]) -> int:
    """``main()``'s exit code; a reader that stops early (``python -m geo list | head -1``) ends the
    output quietly instead of with a BrokenPipeError traceback (the recipe of Python's signal docs)."""
    try:
        code = main()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python flushes stdout again at exit: let that go nowhere
        return 1
