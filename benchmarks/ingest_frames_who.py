"""ingest_frames_who.py [--json OUT] [--show]: who-did-what-to-whom frames (a grid written in round 42), read by the ingest on PYTHONPATH.

Sentences are built from templates (frame x attacker/target pair, plus alias x a few frames), each read as its own
article published Monday 2024-04-15 ("on Saturday" = 2024-04-13, "early on Sunday" = 2024-04-14), and each cell is
checked: N no event, S only a strategic development, R reversed (actor1 is the target), 1 wrong actor1, 2 wrong
actor2, T wrong type, U unplaced although a place is named, P wrong place, D wrong date.  "." = right.

To become a test: GRID is (sentence, expected) pairs; `check(sentence, expected)` returns the failure codes.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date

from geo.ingest import Article, ingest_articles

PUBLISHED = date(2024, 4, 15)
SAT, SUN = "2024-04-13", "2024-04-14"
ERV = "Explosions/Remote violence"

# attacker: key -> (surface, possessive, adjective or None, canonical names accepted as actor1)
ATTACKERS = {
    "Iran": ("Iran", "Iran's", "Iranian", {"Iran"}),
    "Israel": ("Israel", "Israel's", "Israeli", {"Israel"}),
    "US": ("the United States", "the United States'", "American", {"United States"}),
    "USforces": ("US forces", "US forces'", "US", {"United States"}),
    "USaircraft": ("American aircraft", None, None, {"United States"}),
    "Turkey": ("Turkey", "Turkey's", "Turkish", {"Turkey"}),
    "Jordan": ("Jordan", "Jordan's", "Jordanian", {"Jordan"}),
    "Iraq": ("Iraqi forces", "Iraqi forces'", "Iraqi", {"Iraq"}),
    "Houthis": ("the Houthis", "the Houthis'", "Houthi", {"Houthis"}),
    "Hezbollah": ("Hezbollah", "Hezbollah's", None, {"Hezbollah"}),
    "KH": ("Kataib Hezbollah", "Kataib Hezbollah's", None, {"Kata'ib Hezbollah"}),
    "IRI": ("the Islamic Resistance in Iraq", "the Islamic Resistance in Iraq's", None, {"Islamic Resistance in Iraq"}),
    "militias": ("Iran-backed militias", "Iran-backed militias'", None, {"Iran-backed militias (unidentified)"}),
    "ISIS": ("ISIS", "ISIS's", None, {"Islamic State"}),
}
# target: key -> (surface, plural, actor2 wanted (None: not an actor, any but actor1), place id wanted or None)
TARGETS = {
    "Israel": ("Israel", False, "Israel", "israel"),
    "Iran": ("Iran", False, "Iran", "iran"),
    "Hezbollah": ("Hezbollah", False, "Hezbollah", None),
    "KH": ("Kataib Hezbollah", False, "Kata'ib Hezbollah", None),
    "Houthis": ("the Houthis", True, "Houthis", None),
    "ISIS": ("ISIS", False, "Islamic State", None),
    "Asad": ("US forces at Ain al-Asad air base", True, "United States", "ain-al-asad"),
    "Tanf": ("US forces at al-Tanf", True, "United States", "al-tanf"),
    "T22": ("US troops at Tower 22", True, "United States", "tower-22"),
    "ship": ("a ship in the Red Sea", False, None, "red-sea"),
    "Erbil": ("the city of Erbil", False, None, "erbil"),
    "Eilat": ("the Israeli city of Eilat", False, None, "eilat"),
    "IraqF": ("Iraqi forces", True, "Iraq", None),
}
PAIRS = [("Iran", "Israel"), ("Israel", "Iran"), ("Israel", "Hezbollah"), ("US", "KH"), ("USforces", "Houthis"),
         ("USaircraft", "KH"), ("Turkey", "ISIS"), ("Jordan", "ISIS"), ("Iraq", "ISIS"), ("Houthis", "ship"),
         ("Houthis", "Eilat"), ("Hezbollah", "Israel"), ("KH", "Asad"), ("IRI", "Tanf"), ("militias", "T22"),
         ("ISIS", "IraqF"), ("Iran", "Erbil")]

# frames: name -> (template, date wanted). {A} attacker, {AP} possessive, {AJ} adjective (a/an chosen), {T} target,
# {TB} "was"/"were" for the target.  A frame whose placeholder the pair lacks is skipped.
FRAMES = {
    # active verbs, date at the end
    "attacked": ("{A} attacked {T} on Saturday.", SAT),
    "struck": ("{A} struck {T} on Saturday.", SAT),
    "hit": ("{A} hit {T} on Saturday.", SAT),
    "targeted": ("{A} targeted {T} on Saturday.", SAT),
    "bombed": ("{A} bombed {T} on Saturday.", SAT),
    "shelled": ("{A} shelled {T} on Saturday.", SAT),
    "launched drones at": ("{A} launched drones at {T} on Saturday.", SAT),
    "launched missiles at": ("{A} launched missiles at {T} on Saturday.", SAT),
    "fired rockets at": ("{A} fired rockets at {T} on Saturday.", SAT),
    "carried out strikes on": ("{A} carried out strikes on {T} on Saturday.", SAT),
    "conducted strikes against": ("{A} conducted strikes against {T} on Saturday.", SAT),
    "launched airstrikes on": ("{A} launched airstrikes on {T} on Saturday.", SAT),
    "initiated an attack on": ("{A} initiated an attack on {T} on Saturday.", SAT),
    # adjuncts
    "Date, attacked": ("On Saturday, {A} attacked {T}.", SAT),
    "Date, struck": ("On April 13, {A} struck {T}.", SAT),
    "Date, attacked with drones": ("On Saturday, {A} attacked {T} with drones.", SAT),
    "Date, struck with missiles": ("On Saturday, {A} struck {T} with missiles.", SAT),
    "attacked with drones and missiles": ("{A} attacked {T} with drones and missiles on April 13.", SAT),
    "struck using ballistic missiles": ("{A} struck {T} using ballistic missiles on Saturday.", SAT),
    "attacked in retaliation": ("{A} attacked {T} on Saturday in retaliation for the killing of its commanders.", SAT),
    "struck for the first time": ("{A} struck {T} for the first time on Saturday.", SAT),
    "Early on Sunday, attacked": ("Early on Sunday, {A} attacked {T}.", SUN),
    "Date, launched drones and missiles at": ("On April 13, {A} launched drones and missiles at {T}.", SAT),
    "Date, initiated a military action": ("On April 13, {A} initiated a military action against {T}.", SAT),
    # passive
    "was attacked by": ("{T} {TB} attacked by {A} on Saturday.", SAT),
    "was struck by": ("{T} {TB} struck by {A} on Saturday.", SAT),
    "was targeted by": ("{T} {TB} targeted by {A} on Saturday.", SAT),
    "came under attack from": ("{T} came under attack from {A} on Saturday.", SAT),
    "wounded in an attack by": ("Three people were wounded on Saturday in an attack by {A} on {T}.", SAT),
    # possessive and nominal
    "A's attack on": ("{AP} attack on {T} on Saturday involved dozens of drones.", SAT),
    "A's strikes on": ("{AP} strikes on {T} on Saturday killed five people.", SAT),
    "A's drone attack on": ("{AP} drone attack on {T} on Saturday caused damage.", SAT),
    "A's retaliation against": ("{AP} retaliation against {T} on April 13 involved missiles.", SAT),
    "an A-adj attack on": ("{AJ} attack on {T} on Saturday caused damage.", SAT),
    "a A-adj drone attack on": ("{AJD} drone attack on {T} on Saturday caused damage.", SAT),
    "the attack by A on": ("The attack by {A} on {T} on Saturday caused damage.", SAT),
    "strikes by A on": ("Strikes by {A} on {T} on Saturday killed five people.", SAT),
    # claims
    "claimed an attack on": ("{A} claimed an attack on {T} on Saturday.", SAT),
    "claimed responsibility for an attack on": ("{A} claimed responsibility for an attack on {T} on Saturday.", SAT),
    "said it struck": ("{A} said it struck {T} on Saturday.", SAT),
    "said it had targeted with drones": ("{A} said it had targeted {T} with drones on Saturday.", SAT),
}
# aliases: (surface, possessive, canonical names accepted, the pair's target key)
ALIASES = [
    ("the Islamic Republic of Iran", "the Islamic Republic of Iran's", {"Iran"}, "Israel"),
    ("the Islamic Republic", "the Islamic Republic's", {"Iran"}, "Israel"),
    ("Tehran", "Tehran's", {"Iran"}, "Israel"),
    ("the IRGC", "the IRGC's", {"Iran", "Islamic Revolutionary Guard Corps"}, "Israel"),
    ("Iran's Revolutionary Guards", None, {"Iran", "Islamic Revolutionary Guard Corps"}, "Israel"),
    ("the Jewish state", "the Jewish state's", {"Israel"}, "Iran"),
    ("the IDF", "the IDF's", {"Israel"}, "Hezbollah"),
    ("the Israel Defense Forces", "the Israel Defense Forces'", {"Israel"}, "Hezbollah"),
    ("the Israeli military", "the Israeli military's", {"Israel"}, "Iran"),
    ("Israeli jets", None, {"Israel"}, "Hezbollah"),
    ("Washington", "Washington's", {"United States"}, "KH"),
    ("the Pentagon", "the Pentagon's", {"United States"}, "KH"),
    ("CENTCOM", "CENTCOM's", {"United States"}, "Houthis"),
    ("US Central Command", "US Central Command's", {"United States"}, "Houthis"),
    ("the US military", "the US military's", {"United States"}, "KH"),
    ("the U.S.-led coalition", "the U.S.-led coalition's", {"United States"}, "ISIS"),
    ("US warplanes", None, {"United States"}, "KH"),
    ("the US", "the US's", {"United States"}, "Houthis"),
    ("the Houthi movement", "the Houthi movement's", {"Houthis"}, "ship"),
    ("Ansar Allah", "Ansar Allah's", {"Houthis"}, "ship"),
    ("Yemen's Houthis", None, {"Houthis"}, "ship"),
    ("Houthi rebels", "Houthi rebels'", {"Houthis"}, "ship"),
    ("Kata'ib Hizballah", "Kata'ib Hizballah's", {"Kata'ib Hezbollah"}, "Asad"),
    ("the Islamic Resistance of Iraq", "the Islamic Resistance of Iraq's", {"Islamic Resistance in Iraq"}, "Tanf"),
    ("Islamic State", "Islamic State's", {"Islamic State"}, "IraqF"),
]
ALIAS_FRAMES = ["Date, attacked", "launched drones at", "carried out strikes on", "was struck by", "A's attack on",
                "the attack by A on", "said it struck", "Date, struck with missiles"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _sentence(template: str, a: str, ap: str | None, aj: str | None, target: str, plural: bool) -> str | None:
    if ("{AP}" in template and not ap) or (("{AJ}" in template or "{AJD}" in template) and not aj):
        return None
    art = "An" if aj and aj[0] in "AEIOU" else "A"
    s = template.format(A=a, AP=ap or "", AJ=f"{art} {aj}" if aj else "", AJD=f"{art} {aj}" if aj else "", T=target,
                        TB="were" if plural else "was")
    return _cap(s)


def build() -> list[tuple[str, str, str, dict]]:
    """(group, frame, column, expected with the sentence) for every cell."""
    cells = []
    for frame, (template, when) in FRAMES.items():
        for ak, tk in PAIRS:
            a, ap, aj, a1 = ATTACKERS[ak]
            tsurf, plural, a2, place = TARGETS[tk]
            s = _sentence(template, a, ap, aj, tsurf, plural)
            if s:
                cells.append(("frame", frame, f"{ak}>{tk}", {"text": s, "a1": sorted(a1), "a2": a2, "place": place, "date": when}))
    for a, ap, a1, tk in ALIASES:
        tsurf, plural, a2, place = TARGETS[tk]
        for frame in ALIAS_FRAMES:
            template, when = FRAMES[frame]
            s = _sentence(template, a, ap, None, tsurf, plural)
            if s:
                cells.append(("alias", frame, a, {"text": s, "a1": sorted(a1), "a2": a2, "place": place, "date": when}))
    return cells


def check(want: dict) -> tuple[str, dict | None]:
    """The failure codes of one cell ("" if right) and the candidate read."""
    cands = ingest_articles([Article("grid", want["text"], PUBLISHED)])
    events = [c for c in cands if c["event_type"] != "Strategic developments"]
    if not events:
        return ("S" if cands else "N"), (cands[0] if cands else None)
    c = next((c for c in events if c["actor1"] in want["a1"]), events[0])
    codes = ""
    if want["a2"] and c["actor1"] == want["a2"]:
        codes += "R"
    elif c["actor1"] not in want["a1"]:
        codes += "1"
    if want["a2"] and c["actor2"] != want["a2"] and "R" not in codes:
        codes += "2"
    if c["event_type"] != ERV:
        codes += "T"
    if want["place"]:
        if not c.get("place_id"):
            codes += "U"
        elif c["place_id"] != want["place"]:
            codes += "P"
    if c["event_date"] != want["date"]:
        codes += "D"
    return codes, c


def main(argv: list[str]) -> None:
    out = argv[argv.index("--json") + 1] if "--json" in argv else None
    show = "--show" in argv
    results = []
    for group, frame, col, want in build():
        codes, c = check(want)
        got = (c["kind"], c["event_type"], c["actor1"], c["actor2"], c.get("place_id"), c["event_date"]) if c else None
        results.append({"group": group, "frame": frame, "col": col, "codes": codes, "got": got, **want})
    # tables: frame x pair, alias x frame
    for group, rows_key, cols_key in (("frame", "frame", "col"), ("alias", "col", "frame")):
        rs = [r for r in results if r["group"] == group]
        rows = list(dict.fromkeys(r[rows_key] for r in rs))
        cols = list(dict.fromkeys(r[cols_key] for r in rs))
        cell = {(r[rows_key], r[cols_key]): r["codes"] or "." for r in rs}
        print(f"\n## {group} grid ({len(rs)} cells, {sum(not r['codes'] for r in rs)} right)\n")
        print("| " + " | ".join([rows_key] + cols + ["wrong"]) + " |")
        print("|" + "---|" * (len(cols) + 2))
        for row in rows:
            vals = [cell.get((row, col), " ") for col in cols]
            print("| " + " | ".join([row] + vals + [str(sum(v not in (".", " ") for v in vals))]) + " |")
    n = len(results)
    bad = [r for r in results if r["codes"]]
    print(f"\n**{n} cells, {n - len(bad)} right, {len(bad)} wrong.** Failure codes:",
          dict(sorted(Counter(ch for r in bad for ch in r["codes"]).items())))
    if show:
        for r in bad:
            print(f"  [{r['codes']}] {r['text']}  -> {r['got']}")
    if out:
        json.dump(results, open(out, "w"), indent=0)


if __name__ == "__main__":
    main(sys.argv[1:])
