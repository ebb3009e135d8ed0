"""Fit the candidate confidence (``geo/ingest/confidence.py``) on the development sets of real
articles, and measure it on the blind and held-out sets beside the hand-set score it replaced.

    python benchmarks/fit_confidence.py --texts DIR [--l2 5] [--write]

``DIR`` holds the rebuilt texts as ``DIR/<set>/<file>`` (see ``corpus_worklist.py``). Each text is
ingested on its own with its publication date; each candidate event (not background) is marked
right when it matches a labelled event (``ingest_eval.match``). The model is a logistic regression
(Newton's method, an L2 penalty) fitted on the development sets only. For each pool the script
prints the ranking quality (AUC), the Brier score, and the precision of the candidates the review
would pre-tick (``review.TICK_AT``) and of those it would leave unticked, for the model and for the
round-twenty hand-set score, measured on the same candidates in the same run. ``--write`` puts the
fitted weights into ``geo/ingest/confidence.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.ingest import Article, ingest_articles, screen  # noqa: E402
from geo.ingest.confidence import FEATURES, features  # noqa: E402
from geo.ingest.review import TICK_AT  # noqa: E402


def _sibling(name: str):
    """A script of this folder as a module (the benchmarks are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


match = _sibling("ingest_eval").match  # the evaluation's matching of candidates to labelled events
read_text = _sibling("ingest_real_eval").read_text  # the article as pasted, without the corpus's URL and Published lines
_corpus = _sibling("corpus_worklist")
#: Sets scored, never studied (README, "Ingest"): they measure the model, they never fit it.
BLIND, HELD, DATA, text_path = _corpus.BLIND, _corpus.HELD, _corpus.DATA, _corpus.text_path


def candidates(texts: Path) -> list[dict]:
    """Every non-background candidate event of every rebuilt text, with its pool and whether it is right."""
    rows = []
    for labels in sorted(DATA.glob("*/labels.json")):
        name = labels.parent.name
        if name == "eval":
            continue
        pool = "blind" if name in BLIND else "held" if name in HELD else "dev"
        for a in json.loads(labels.read_text(encoding="utf-8"))["articles"]:
            path = text_path(texts, name, a["file"])
            if not path.is_file():
                continue
            text = screen(a["file"], read_text(path))
            found = ingest_articles([Article(a["file"], text, date.fromisoformat(a["published"]))])
            events = [c for c in found if c["kind"] == "event" and not c.get("background")]
            hit = {id(c) for _, c in match([e for e in a["events"] if not e["background"]], events)}
            rows += [{"pool": pool, "set": name, "right": id(c) in hit, "x": features(c), "hand": _hand_score(c)} for c in events]
    return rows


def _hand_score(c: dict) -> float:
    """The round-twenty score: fixed points for a precise place, a day, an actor and a toll, less for borrowed fields."""
    borrowed = 0.1 * (c["sources"][0].get("date_kind") == "inherited")
    return max(0.0, min(1.0, 0.35 + 0.2 * (c.get("geo_precision") == 1) + 0.1 * (c.get("geo_precision") == 2)
                        + 0.2 * (c.get("event_date") is not None) + 0.15 * bool(c.get("actor1"))
                        + 0.1 * (c.get("fatalities") is not None) - borrowed))


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression by Newton's method with an L2 penalty on every weight but the intercept."""
    w = np.zeros(x.shape[1])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        step = np.linalg.solve(x.T @ (x * (p * (1 - p))[:, None]) + penalty, x.T @ (p - y) + penalty @ w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def auc(y: np.ndarray, p: np.ndarray) -> float:
    """The chance that a right candidate scores above a wrong one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg)))


def report(rows: list[dict], w: np.ndarray) -> None:
    print(f"{'pool':6} {'cands':>5} {'right':>6} | {'score':12} {'AUC':>5} {'Brier':>6} {'ticked':>7} {'P ticked':>8} {'P unticked':>10}")
    for pool in ("dev", "held", "blind"):
        sel = [r for r in rows if r["pool"] == pool]
        if not sel:
            continue
        y = np.array([float(r["right"]) for r in sel])
        scores = {"model": 1 / (1 + np.exp(-np.array([r["x"] for r in sel]) @ w)), "hand-set": np.array([r["hand"] for r in sel])}
        for name, p in scores.items():
            tick = np.round(p, 2) >= TICK_AT
            pt = 100 * y[tick].mean() if tick.any() else float("nan")
            pu = 100 * y[~tick].mean() if (~tick).any() else float("nan")
            print(f"{pool:6} {len(sel):5} {100 * y.mean():5.1f}% | {name:12} {auc(y, p):5.3f} {np.mean((p - y) ** 2):6.3f} "
                  f"{int(tick.sum()):7} {pt:7.1f}% {pu:9.1f}%")


def write(w: np.ndarray) -> None:
    path = ROOT / "geo" / "ingest" / "confidence.py"
    body = ",\n    ".join(", ".join(f"{v:.4f}" for v in w[i:i + 8]) for i in range(0, len(w), 8))
    text = re.sub(r"WEIGHTS: tuple\[float, \.\.\.\] = \([^)]*\)", f"WEIGHTS: tuple[float, ...] = (\n    {body},\n)", path.read_text())
    path.write_text(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, required=True, help="the rebuilt texts, DIR/<set>/<file>")
    ap.add_argument("--l2", type=float, default=5.0)
    ap.add_argument("--write", action="store_true", help="write the fitted weights into geo/ingest/confidence.py")
    args = ap.parse_args(argv)
    rows = candidates(args.texts)
    dev = [r for r in rows if r["pool"] == "dev"]
    w = fit(np.array([r["x"] for r in dev]), np.array([float(r["right"]) for r in dev]), args.l2)
    report(rows, w)
    print("\nweights:")
    for name, v in sorted(zip(FEATURES, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {v:+.3f}  {name}")
    if args.write:
        write(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
