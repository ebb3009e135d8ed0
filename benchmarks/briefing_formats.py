"""Time and size of every briefing output on the shipped campaign (``data/events.csv``): the week of
28 Jan - 5 Feb 2024 and the whole campaign, each product made twice, the second timed (the first
pays imports, fonts and the context layers' first read).

    python benchmarks/briefing_formats.py [--write DIR]

``--write DIR`` keeps the files (``week.png``, ``week.pptx``…), e.g. for the README's pictures.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from geo.bench import timed
from geo.model import curated_records, to_frame
from geo.outputs import PRODUCTS, make_product
from geo.view import View

ROOT = Path(__file__).resolve().parents[1]
WHEN = datetime(2024, 2, 6, 9, 30)
VIEWS = {
    "week": (View(date_from=date(2024, 1, 28), date_to=date(2024, 2, 5)), "Tower 22 and the US response",
             "Militia attacks on US forces and the strikes of 2 February"),
    "campaign": (View(), "Attacks on US forces in Iraq, Syria and Jordan", "The campaign, October 2023 - February 2024"),
}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", metavar="DIR", help="keep the files in DIR")
    args = p.parse_args(argv)
    events = to_frame(curated_records(path=ROOT / "data" / "events.csv"))
    out = Path(args.write) if args.write else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    print(f"{'view':<9} {'format':<6} {'events':>6} {'seconds':>8} {'bytes':>11}")
    for name, (view, title, subtitle) in VIEWS.items():
        shown = view.apply(events)
        for fmt in PRODUCTS:
            def make(fmt=fmt, shown=shown, view=view, title=title, subtitle=subtitle):
                return make_product(fmt, shown, view, title=title, subtitle=subtitle, generated=WHEN, tiles=None)

            make()
            took, data = timed(make)
            print(f"{name:<9} {fmt:<6} {len(shown):>6} {took:>8.2f} {len(data):>11,}")
            if out:
                (out / f"{name}{PRODUCTS[fmt].suffix}").write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
