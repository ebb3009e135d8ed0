"""Ingest speed: articles per second for ~4 KB articles on one core, and the ratio to a naive scan
that tries every gazetteer name against the text (what the automaton replaces).

    python benchmarks/ingest_bench.py [--articles N] [--json]

The articles are the evaluation set's (tests/geo/data/eval), joined into ~4 KB texts. Figures
are medians of several runs; the naive scan is timed on a few articles in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from gazetteer import normalise
from geo.bench import eval_articles, ingest_rate
from geo.ingest.mentions import MentionFinder


def naive_scan(finder: MentionFinder, text: str, keys: list[str]) -> int:
    """Every gazetteer name tried against the normalised text: a substring test per name."""
    hay = f" {' '.join(normalise(text).split())} "
    return sum(1 for k in keys if f" {k} " in hay)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    finder = MentionFinder.default()
    build_s = time.perf_counter() - t0
    arts = eval_articles(args.articles)
    per_s = ingest_rate(arts, finder=finder, runs=3)
    keys = list(finder.gz.name_keys())
    naive = []
    for a in arts[:5]:
        t = time.perf_counter()
        naive_scan(finder, a.text, keys)
        naive.append(time.perf_counter() - t)
    t = time.perf_counter()
    for a in arts[:5]:
        finder.find(a.text)
    find_s = (time.perf_counter() - t) / 5
    naive_s = statistics.median(naive)
    result = {"articles": len(arts), "article_bytes": len(arts[0].text.encode()), "finder_build_s": round(build_s, 2),
              "articles_per_s": round(per_s, 1), "ms_per_article": round(1000 / per_s, 2),
              "mention_pass_ms": round(find_s * 1000, 2), "naive_scan_ms": round(naive_s * 1000, 1),
              "naive_ratio": round(naive_s / find_s, 1), "names": len(keys)}
    if args.json:
        print(json.dumps(result))
        return
    print(f"ingest of {result['articles']} articles of {result['article_bytes']} bytes, one core")
    print(f"  automaton build (once per process)     {result['finder_build_s']} s over {result['names']} names")
    print(f"  articles per second (median of 3)      {result['articles_per_s']}  ({result['ms_per_article']} ms each; target >= 100/s)")
    print(f"  mention pass per article               {result['mention_pass_ms']} ms")
    print(f"  naive scan of every name per article   {result['naive_scan_ms']} ms: the automaton is {result['naive_ratio']}x faster")


if __name__ == "__main__":
    main()
