"""Writing a file the safe way: whole or not at all, never through a link, never over a file by surprise.

Every file Strikemap writes for a person (exports, the rejects file of ``--skip-bad``, the
briefing PNG and HTML map) goes through :func:`safe_output`:

- the output is written to a private folder beside the target and moved into place with
  :func:`os.replace` once complete (and flushed to disk), so a write killed half way leaves the
  previous file as it was;
- a target that is a symbolic link is refused: ``os.replace`` would swap the link, and a plain
  ``open`` would follow it to whatever the link's author chose;
- an existing target is refused unless ``force`` (the command line's ``--force``);
- a file name longer than the file system takes (255 bytes on most: 63 emoji) gets a message
  saying so, not ``File name too long``.

Imports nothing from either package.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
>>> with safe_output(out) as tmp:
...     _ = tmp.write_text("a,b\\n")
>>> out.read_text()
'a,b\\n'
>>> with safe_output(out) as tmp:  # doctest: +ELLIPSIS
...     pass
Traceback (most recent call last):
common.safefile.UnsafeOutput: .../events.csv exists already: give --force to replace it, or choose another name
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["UnsafeOutput", "safe_output", "check_output", "fit_name"]


class UnsafeOutput(ValueError):
    """The output path cannot be written safely; the message names it and says what to do."""


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError):
        return 255


def fit_name(name: str, limit: int = 200) -> str:
    """``name`` cut to at most ``limit`` bytes of UTF-8, keeping its suffix and whole characters.

    >>> fit_name("report.csv"), len(fit_name("\\U0001f4a5" * 100 + ".csv").encode())
    ('report.csv', 200)
    >>> fit_name("\\U0001f4a5" * 100 + ".csv").endswith(".csv")
    True
    """
    if len(name.encode("utf-8", "surrogatepass")) <= limit:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix.encode()) > 16:
        stem, suffix = name, ""
    room = limit - len(suffix.encode()) - (1 if suffix else 0)
    cut = stem.encode("utf-8", "surrogatepass")[:room].decode("utf-8", "ignore")
    return cut + ("." + suffix if suffix else "")


def check_output(target: str | Path, *, force: bool = False) -> Path:
    """``target`` as a Path when it may be written: not a symbolic link, not a folder or device,
    not an existing file unless ``force``, a name the file system takes. Else :class:`UnsafeOutput`."""
    p = Path(target)
    n, limit = len(os.fsencode(p.name)), _name_max(p.parent if str(p.parent) else Path("."))
    if n > limit:
        raise UnsafeOutput(f"{p.name[:40]}…: the file name is {n} bytes long, over the {limit}-byte limit of file names on this "
                           "file system (an emoji takes 4 bytes): choose a shorter name")
    try:
        st = p.lstat()
    except FileNotFoundError:
        return p
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeOutput(f"{p} is a symbolic link: Strikemap does not write through links it did not create; "
                           "remove the link or choose another name")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeOutput(f"{p} exists and is not a regular file (a folder or a device): choose a file name")
    if not force:
        raise UnsafeOutput(f"{p} exists already: give --force to replace it, or choose another name")
    return p


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


@contextlib.contextmanager
def safe_output(target: str | Path, *, force: bool = False) -> Iterator[Path]:
    """A path to write the output to; when the block ends without an error, the file written
    there replaces ``target`` in one step (:func:`os.replace`). On an error nothing changes at
    ``target`` and the partial file is removed. :class:`UnsafeOutput` (before anything is
    written) when :func:`check_output` refuses ``target``; OSError as the file system raises it
    (a full disk: ``No space left on device``)."""
    p = check_output(target, force=force)
    work = Path(tempfile.mkdtemp(prefix=".strikemap-", dir=p.parent if str(p.parent) else "."))
    tmp = work / ("out" + "".join(p.suffixes[-1:])[:16])
    try:
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"nothing was written for {p}")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        check_output(p, force=force)  # a link or file that appeared while we wrote is not replaced unasked
        os.replace(tmp, p)
    finally:
        shutil.rmtree(work, ignore_errors=True)
