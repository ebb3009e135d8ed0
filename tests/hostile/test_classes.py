"""Every test the harness's class table (``tests/hostile/classes.py``) names exists: a class whose
tests are missing would count as holding on nothing."""

from __future__ import annotations

import subprocess
import sys

from .classes import CLASSES, ROOT_TESTS, all_tests


def test_there_are_fourteen_classes_each_with_tests():
    assert sorted(CLASSES) == list(range(1, 15))
    assert all(tests for _, tests in CLASSES.values())


def test_every_named_test_is_collected():
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *ROOT_TESTS],
                         cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]), capture_output=True, text=True, timeout=600)
    collected = {line.strip() for line in run.stdout.splitlines() if "::" in line}
    missing = [t for t in all_tests() if t not in collected and not any(c.startswith(t + "[") for c in collected)]
    assert not missing, missing
