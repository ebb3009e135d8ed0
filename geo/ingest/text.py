"""Article text: sentences and word tokens with their character offsets, so every field of a
candidate event can point at the words that support it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["Sentence", "Token", "sentences", "tokens", "longest_first"]

_Span = TypeVar("_Span", bound=Sequence)

# A sentence ends at . ! ? (and an optional closing quote) before white space and a capital, digit
# or quote, or at a blank line. Abbreviations that end in a dot are not ends ("U.S.", "Jan.", "Gen.").
_ABBREV = re.compile(r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Maj|Capt|Sgt|Mr|Mrs|Ms|Dr|"
                     r"St|No|Rep|Sen|Gov|Adm|approx|vs|etc)\.)$")
_END = re.compile(r"[.!?][\"'”’)]*(?:\[\d{1,3}\])*(?=\s+(?:[-–—•*]\s+)?[\"'“‘(]?[A-Z0-9\u0600-\u06ff])|\n\s*\n")  # "[5]": citations; "- ": bullets
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[0-9A-Za-z\u00c0-\u024f\u0600-\u06ff]+(?:['’ʼ`][0-9A-Za-z\u00c0-\u024f]+)*")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its offsets in the article and its text (``article[start:end] == text``)."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact offsets; headings and datelines on lines of their own
    are sentences too.

    >>> [s.text for s in sentences("U.S. forces were hit on Jan. 28. Three died.\\n\\nWASHINGTON (AP) Update")]
    ['U.S. forces were hit on Jan. 28.', 'Three died.', 'WASHINGTON (AP) Update']
    >>> sentences("")
    []
    """
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group(0).strip() else m.start()
        if m.group(0).strip() and _ABBREV.search(text[start:m.start() + 1]):
            continue
        _add(out, text, start, end)
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    for line_start, line in _lines(text, start, end):
        stripped = line.strip()
        if stripped:
            s = line_start + (len(line) - len(line.lstrip()))
            out.append(Sentence(len(out), s, s + len(stripped), stripped))


def _lines(text: str, start: int, end: int):
    """Split a span at single newlines only when the line before has no sentence end (a heading)."""
    chunk = text[start:end]
    pos = 0
    parts = chunk.split("\n")
    buf_start, buf = 0, ""
    for i, part in enumerate(parts):
        if buf == "":
            buf_start = pos
        buf = chunk[buf_start:pos + len(part)]
        is_heading = i < len(parts) - 1 and part.strip() and not re.search(r"[.!?,;:]\W*$", part.strip()) and len(part.strip()) < 120
        if is_heading or i == len(parts) - 1:
            yield start + buf_start, buf
            buf = ""
        pos += len(part) + 1


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Word tokens (letters and digits, with inner apostrophes: "Kata'ib"; dotted acronyms: "U.S.")
    and their offsets.

    >>> [(t.text, t.start) for t in tokens("Al-Qa'im, Tower 22", offset=100)]
    [('Al', 100), ("Qa'im", 103), ('Tower', 110), ('22', 116)]
    >>> [t.text for t in tokens("U.S. forces")]
    ['U.S.', 'forces']
    """
    return [Token(m.start() + offset, m.end() + offset, m.group(0)) for m in _WORD.finditer(text)]


def longest_first(found: list[_Span]) -> list[_Span]:
    """Non-overlapping spans (``(start, end, ...)`` tuples), longest first (then leftmost),
    returned in text order.

    >>> longest_first([(0, 3, "a"), (2, 9, "b"), (9, 12, "c")])
    [(2, 9, 'b'), (9, 12, 'c')]
    """
    starts: list[int] = []
    taken: list[_Span] = []
    for c in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        i = bisect.bisect_right(starts, c[0])
        if (i == 0 or taken[i - 1][1] <= c[0]) and (i == len(taken) or c[1] <= starts[i]):
            starts.insert(i, c[0])
            taken.insert(i, c)
    return taken
