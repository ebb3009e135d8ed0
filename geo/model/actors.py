"""The curated actor table (``data/actors.csv``): canonical names, aliases, hierarchy and side.

>>> t = ActorTable.load()
>>> t.canonical("Kataib Hizbullah")
"Kata'ib Hezbollah"
>>> t.side("KH")
'Iran and aligned'
>>> "Kata'ib Hezbollah" in t.descendants("Islamic Resistance in Iraq")
True
>>> t.side("Military Forces of Nowhere")
'Other'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from common import data_path
from gazetteer import normalise

__all__ = ["Actor", "ActorTable"]

_YEARS = re.compile(r"(?: \d{4})+$")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    parent: str
    side: str
    kind: str
    inter: str
    source: str
    country: str = ""  # ISO code of the country it belongs to or is based in: where its announcements are coded


class ActorTable:
    """Look actors up by any alias; walk the hierarchy; derive sides."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {a.name: a for a in actors}
        self._keys: dict[str, str] = {}
        for a in actors:
            for n in (a.name, *a.aliases):
                self._keys.setdefault(normalise(n), a.name)
        self._children: dict[str, list[str]] = {}
        for a in actors:
            if a.parent:
                self._children.setdefault(a.parent, []).append(a.name)

    @classmethod
    @cache
    def load(cls, path: str | None = None) -> ActorTable:
        p = Path(path) if path else data_path("actors.csv")
        with open(p, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        return cls([
            Actor(r["name"], tuple(x for x in r["aliases"].split("|") if x), r["parent"], r["side"], r["kind"], r["inter"], r["source"],
                  (r.get("country") or "").strip())
            for r in rows
        ])

    def canonical(self, name: str) -> str | None:
        """The table's name for an actor given by any alias, or None when unknown."""
        if not name:
            return None
        key = _YEARS.sub("", normalise(name))  # ACLED's "Military Forces of Iraq (2022-)"
        hit = self._keys.get(key)
        if hit is None and key.startswith(("military forces of ", "police forces of ")):  # ACLED's style for state forces
            hit = self._keys.get(key.split(" of ", 1)[1].removeprefix("the "))
        return hit

    def side(self, name: str) -> str:
        """'US and partners', 'Iran and aligned' or 'Other' (also for actors not in the table)."""
        c = self.canonical(name)
        if c is None:
            return "Other"
        side = self.actors[c].side
        return "Iran and aligned" if side.startswith("Iran and aligned") else side

    def descendants(self, name: str) -> set[str]:
        """The actor and everything under it (the IRI umbrella includes Kata'ib Hezbollah)."""
        root = self.canonical(name) or name
        out, todo = set(), [root]
        while todo:
            n = todo.pop()
            if n not in out:
                out.add(n)
                todo += self._children.get(n, [])
        return out

    def names_matching(self, name: str) -> set[str]:
        """Every spelling (normalised) of the actor and its descendants, for filtering raw columns."""
        names = self.descendants(name)
        return {k for k, v in self._keys.items() if v in names} | {normalise(name)}
