"""The work list for rebuilding the real corpus's copyrighted texts, which live outside the
repository: every labelled article whose text is missing from ``--texts DIR`` (laid out as
``DIR/<set>/<file name>``, or ``DIR/real/private/...`` for the first set), with its URL, its
publication date and a search query (the words of its file name and the first quoted evidence), in
the order a session with few look-ups should fetch them: blind sets, then held-out ones, then the
newest development sets.

    python benchmarks/corpus_worklist.py --texts DIR [--json OUT]

Each text is saved as plain text with the lines ``URL: <url>`` and ``Published: <date>`` and a
blank line before it (see each set's README), then scored with ``ingest_real_eval.py --corpus``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "geo" / "data"
#: How far a query may run: the search tool reads about this much of it.
QUERY_CHARS = 380


#: The sets kept blind (scores read, errors never looked at) and held out, as the README's corpus table says.
BLIND = tuple(f"holdout{n}" for n in (13, 14, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, *range(28, 49)))
HELD = ("holdout", "holdout5", "holdout7", "holdout9", "holdout10")


def _rank(folder: Path) -> tuple[int, int]:
    """Blind sets first, then held-out ones, then development sets, newest first."""
    number = int(re.sub(r"\D", "", folder.name) or 0)
    return (0 if folder.name in BLIND else 1 if folder.name in HELD else 2), -number


def text_path(texts: Path, set_name: str, file: str) -> Path:
    """Where a labelled article's rebuilt text lives: ``DIR/real/private/NN_slug.txt`` for the first set, ``DIR/<set>/NN_slug.txt``
    for the others; the first set's public-domain texts are in the repository."""
    if set_name == "real":
        return DATA / "real" / file if file.startswith("public/") else texts / "real" / file
    return texts / set_name / Path(file).name


def worklist(texts: Path) -> list[dict]:
    """The missing texts, each as {set, out, url, published, query}."""
    out = []
    for folder in sorted((p.parent for p in DATA.glob("*/labels.json") if p.parent.name != "eval"), key=_rank):
        for a in json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]:
            if a["file"].startswith("public/") or "url" not in a or (folder / "public" / Path(a["file"]).name).is_file():
                continue  # in the repository already: a public-domain text
            target = text_path(texts, folder.name, a["file"])
            if target.is_file():
                continue
            slug = re.sub(r"^\d+_", "", Path(a["file"]).stem).replace("_", " ")
            quoted = next((e["evidence"] for e in a["events"] if e.get("evidence")), "")
            out.append({"set": folder.name, "out": str(target), "url": a["url"], "published": a["published"],
                        "query": f"{slug} {quoted}"[:QUERY_CHARS]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, required=True, help="the folder the texts are (or will be) in")
    ap.add_argument("--json", type=Path, help="write the work list here")
    args = ap.parse_args(argv)
    items = worklist(args.texts)
    if args.json:
        args.json.write_text(json.dumps(items, indent=1, ensure_ascii=False), encoding="utf-8")
    by_set: dict[str, int] = {}
    for i in items:
        by_set[i["set"]] = by_set.get(i["set"], 0) + 1
    print(f"{len(items)} texts to rebuild in {len(by_set)} sets; first: {', '.join(list(by_set)[:6])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
