"""A trigram index that finds the keys a fuzzy scorer could rate highly, without scanning them all.

``fuzz.ratio`` (normalised Indel similarity) >= c between a query of length ``q`` and a key of
length ``k`` needs ``k`` within ``[q*c/(200-c), q*(200-c)/c]`` and an Indel distance of at most
``(1-c/100)*(q+k)``; each insertion or deletion destroys at most three of the query's padded
trigrams. The index therefore scores only keys that pass the length window and share enough
trigrams, which is exact for ``ratio`` and a prefilter for other scorers. A query costs one
``numpy.bincount`` over the postings of its trigrams plus a scorer call per surviving key.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

__all__ = ["TrigramIndex", "trigrams"]

Scorer = Callable[..., float]


def trigrams(key: str) -> set[str]:
    """Padded character trigrams of a key.

    >>> sorted(trigrams("qaim"))
    ['  q', ' qa', 'aim', 'im ', 'qai']
    """
    s = f"  {key} "
    return {s[i : i + 3] for i in range(len(s) - 2)}


class TrigramIndex:
    """Candidate generation for fuzzy matching over a fixed list of keys.

    Parameters
    ----------
    keys : sequence of str
        Normalised keys; results refer to them by position.
    """

    def __init__(self, keys: Sequence[str], *, _arrays: dict[str, np.ndarray] | None = None) -> None:
        self.keys = list(keys)
        arrays = _arrays if _arrays is not None else self._build(self.keys)
        self.gram_ids: dict[str, int] = {g: i for i, g in enumerate(arrays["grams"].tolist())}
        self.offsets = arrays["offsets"]
        self.postings = arrays["postings"]
        self.lengths = arrays["lengths"]

    @staticmethod
    def _build(keys: Sequence[str]) -> dict[str, np.ndarray]:
        gram_ids: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        for k, key in enumerate(keys):
            for g in trigrams(key):
                rows.append(gram_ids.setdefault(g, len(gram_ids)))
                cols.append(k)
        grams = np.array(list(gram_ids), dtype=object)
        r = np.asarray(rows, dtype=np.int32)
        c = np.asarray(cols, dtype=np.int32)
        order = np.argsort(r, kind="stable")
        offsets = np.zeros(len(gram_ids) + 1, dtype=np.int64)
        np.cumsum(np.bincount(r, minlength=len(gram_ids)), out=offsets[1:])
        lengths = np.fromiter((len(k) for k in keys), dtype=np.int32, count=len(keys))
        return {"grams": grams, "offsets": offsets, "postings": c[order], "lengths": lengths}

    def arrays(self) -> dict[str, np.ndarray]:
        """The index's arrays, for caching; pass them back as ``_arrays``."""
        grams = np.array(list(self.gram_ids), dtype=object)
        return {"grams": grams, "offsets": self.offsets, "postings": self.postings, "lengths": self.lengths}

    def candidates(self, query: str, cutoff: float) -> np.ndarray:
        """Positions of the keys that can score ``cutoff`` or more with ``fuzz.ratio``."""
        q = len(query)
        grams = [self.gram_ids[g] for g in trigrams(query) if g in self.gram_ids]
        if not grams or q == 0:
            return np.empty(0, dtype=np.int32)
        c = max(min(cutoff, 99.9), 1.0)
        lo, hi = q * c / (200 - c), q * (200 - c) / c
        max_edits = math.floor((1 - c / 100) * (q + hi))
        need = max(1, len(trigrams(query)) - 3 * max_edits)
        hits = np.concatenate([self.postings[self.offsets[g] : self.offsets[g + 1]] for g in grams])
        counts = np.bincount(hits, minlength=len(self.keys))
        found = np.flatnonzero(counts >= need)
        lens = self.lengths[found]
        return found[(lens >= math.floor(lo)) & (lens <= math.ceil(hi))]

    def search(self, query: str, *, cutoff: float = 90, limit: int | None = 20, scorer: Scorer = fuzz.ratio) -> list[tuple[int, float]]:
        """Keys scoring at least ``cutoff`` against ``query``, best first, as ``(position, score)``."""
        found = self.candidates(query, cutoff)
        if len(found) == 0:
            return []
        choices = [self.keys[i] for i in found.tolist()]
        res = process.extract(query, choices, scorer=scorer, score_cutoff=cutoff, limit=limit)
        return [(int(found[j]), float(score)) for _, score, j in res]

    def loose(self, query: str, *, limit: int = 5, pool: int = 300, scorer: Scorer = fuzz.ratio) -> list[tuple[int, float]]:
        """The nearest keys however far, for suggestions: those sharing the most trigrams, rescored."""
        grams = [self.gram_ids[g] for g in trigrams(query) if g in self.gram_ids]
        if not grams:
            return []
        hits = np.concatenate([self.postings[self.offsets[g] : self.offsets[g + 1]] for g in grams])
        counts = np.bincount(hits, minlength=len(self.keys))
        top = np.argpartition(counts, -pool)[-pool:] if len(counts) > pool else np.arange(len(counts))
        top = top[counts[top] > 0]
        choices = [self.keys[i] for i in top.tolist()]
        res = process.extract(query, choices, scorer=scorer, limit=limit)
        return [(int(top[j]), float(score)) for _, score, j in res]
