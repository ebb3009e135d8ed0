"""The real development corpus (tests/geo/data/real): labels that hold, the reserved window kept
out, and ingest's answers on the public-domain texts checked against the classes of error real
reporting showed (a defence secretary's surname as a Texas town, "the United States" as a battlefield)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from geo.ingest import Article, ingest_articles

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
LABELS = json.loads((REAL / "labels.json").read_text(encoding="utf-8"))["articles"]
PUBLIC = [a for a in LABELS if a["file"].startswith("public/")]


def text_of(a: dict) -> str:
    lines = (REAL / a["file"]).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("URL: ") and lines[1].startswith("Published: "), a["file"]
    return "\n".join(lines[3:])


def test_the_corpus_is_real_varied_and_keeps_the_reserved_window_out():
    assert len(LABELS) >= 50 and sum(len(a["events"]) for a in LABELS) >= 80
    assert len({a["kind"] for a in LABELS}) >= 4
    for a in LABELS:
        assert a["url"].startswith(("http://", "https://"))
        assert not date(2024, 1, 28) <= date.fromisoformat(a["published"]) <= date(2024, 2, 6), a["file"]
        assert "7365331" not in a["url"] and "2001485064" not in a["url"]
    assert not (REAL / "private").exists(), "copyrighted texts stay out of the repository"


def test_no_page_is_in_two_sets_but_the_few_older_ones_known():
    # helpers gathering at the same time once took the same page into two sets; a page in a blind set and a development set
    # is no longer blind. These older pairs were found late and are kept as they are.
    known = {"newsukraine.rbc.ua/news/drone-attack-on-us-base-in-syria-pentagon-1723583538.html",
             "www.shafaq.com/en/World/Iraqi-armed-groups-attack-a-US-base-in-Syria",
             "pledgetimes.com/why-are-us-forces-in-iraq-and-syria-facing-escalating-attacks/",
             "www.nationalheraldindia.com/international/us-conducts-additional-strikes-in-eastern-syria-against-iran-backed-targets-defense-secy",
             "malaysia.news.yahoo.com/iran-backed-militia-claim-responsibility-173345084.html",
             "www.cbsnews.com/video/us-airstrikes-hit-iranian-backed-militias-in-syria/", "en.people.cn/n3/2024/0208/c90000-20132450.html"}
    seen: dict[str, str] = {}
    for labels in sorted(REAL.parent.glob("*/labels.json")):
        for a in json.loads(labels.read_text(encoding="utf-8"))["articles"]:
            url = (a.get("url") or "").split("://", 1)[-1]
            if url and url not in known:
                assert url not in seen or seen[url] == labels.parent.name, (url, seen.get(url), labels.parent.name)
                seen[url] = labels.parent.name


@pytest.mark.parametrize("a", PUBLIC, ids=[a["file"] for a in PUBLIC])
def test_every_label_quotes_its_text(a):
    text = " ".join(text_of(a).split())
    for e in a["events"]:
        assert " ".join(e["evidence"].split()) in text, e["evidence"]


@pytest.fixture(scope="module")
def answers():
    return {a["file"]: ingest_articles([Article(a["file"], text_of(a), date.fromisoformat(a["published"]))]) for a in PUBLIC}


def test_no_event_is_placed_in_a_far_town_or_in_the_united_states(answers):
    for file, cands in answers.items():
        for c in cands:
            if c.get("kind") != "event" or c["event_type"] == "Strategic developments":
                continue
            assert c.get("place_id") != "united-states", (file, c.get("location"))
            assert not (str(c.get("place_id") or "").startswith("geonames:") and c.get("country") == "US"), (file, c.get("location"))


@pytest.mark.parametrize("folder", ["holdout", "dev2", "holdout2", "dev3", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
                                    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15",
                                    "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "dev4", "dev5", "dev6", "dev7", "dev8",
                                    "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20",
                                    "holdout21", "holdout22", "holdout23", "dev21", "dev22", "holdout24", "holdout25", "dev23", "dev24",
                                    "holdout26", "holdout27", "dev25", "dev26", "dev27", "dev28", "dev29",
                                    "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38",
                                    "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "holdout28", "holdout29",
                                    "dev47", "dev48", "dev49", "holdout30", "dev50", "dev51", "holdout31", "dev52", "holdout32", "holdout33",
                                    "dev53", "dev54", "holdout34", "holdout35", "dev55", "dev56", "dev57",
                                    "holdout36", "holdout37", "dev58", "dev59", "holdout38", "dev60", "dev61", "holdout39", "holdout40", "dev62"])
def test_the_other_real_sets_keep_the_reserved_window_out_and_their_labels_whole(folder):
    arts = json.loads((REAL.parent / folder / "labels.json").read_text(encoding="utf-8"))["articles"]
    least = {"holdout11": 30, "holdout14": 30, "holdout15": 30, "holdout17": 30, "dev6": 25, "dev7": 30, "dev8": 30, "dev10": 15,
             "dev12": 30, "dev13": 35, "dev14": 30, "dev15": 25, "dev16": 35, "dev17": 35, "dev18": 25, "dev19": 18, "dev20": 30,
             "holdout20": 35, "holdout23": 30, "dev22": 30, "holdout25": 25, "dev23": 35, "dev24": 30,
             "holdout26": 20, "holdout27": 35, "dev25": 18, "dev26": 35, "dev27": 35, "dev28": 20,
             "dev29": 35, "dev30": 35, "dev31": 60, "dev32": 30, "dev33": 18, "dev34": 25, "dev35": 40, "dev36": 25, "dev37": 12,
             "dev38": 30, "dev39": 30, "dev40": 30, "dev42": 35, "dev43": 30, "dev44": 20, "holdout28": 30, "holdout29": 35, "dev47": 20,
             "dev48": 20, "dev49": 25, "holdout30": 20, "dev50": 30, "dev51": 35, "holdout31": 35, "dev52": 45, "holdout32": 35,
             "holdout33": 10, "dev53": 45, "dev54": 12, "holdout34": 25, "holdout35": 20, "dev55": 25,
             "dev56": 15, "dev57": 12, "holdout36": 25, "holdout37": 30, "dev58": 25, "dev59": 25, "holdout38": 20,
             "dev60": 25, "dev61": 25, "holdout40": 20}.get(folder, 40)
    fewest = {"dev10": 15, "dev18": 16, "dev19": 16, "dev20": 15, "dev25": 15, "dev28": 12, "dev33": 16,
              "dev34": 14, "dev36": 17, "dev37": 9, "dev38": 15, "dev44": 16, "dev49": 16, "holdout30": 15, "holdout33": 3,
              "dev53": 17, "dev54": 8, "holdout34": 15, "holdout35": 16, "dev55": 16, "dev56": 10,
              "dev57": 14, "holdout37": 18, "dev59": 15, "holdout38": 14, "holdout39": 15, "holdout40": 16, "dev62": 15}.get(folder, 19)
    assert len(arts) >= fewest and sum(len(a["events"]) for a in arts) >= least
    dev_urls = {a["url"] for a in LABELS}
    for a in arts:
        assert a["url"] not in dev_urls, a["file"]
        assert not date(2024, 1, 28) <= date.fromisoformat(a["published"]) <= date(2024, 2, 6), a["file"]
        for e in a["events"]:
            assert e["evidence"] and e["event_type"] and e["sub_event_type"] and e["actor1"], (a["file"], e)
            # a local date may be a day after a US publication date (strikes at 7 p.m. Eastern are after midnight in Iraq)
            assert e["event_date"] is None or (date.fromisoformat(e["event_date"]) - date.fromisoformat(a["published"])).days <= 1, \
                (a["file"], e)


#: Where a text may come from to be kept in the repository: US government works (public domain), UK government and
#: Parliament pages (Open Government Licence v3.0, Open Parliament Licence v3.0: redistributable with the attribution that
#: dev86/README.md gives) and Australian government pages (CC BY 4.0, as dev87/README.md attributes them).
_PUBLIC_DOMAIN = (".gov/", ".mil/", "voanews.com/", "everycrsreport.com/", "www.gov.uk/", ".parliament.uk/", ".gov.au/")
SET_TEXTS = sorted(REAL.parent.glob("*/public/*.txt"))


@pytest.mark.parametrize("path", SET_TEXTS, ids=[f"{p.parent.parent.name}/{p.name}" for p in SET_TEXTS])
def test_a_sets_public_texts_are_government_works_labelled_in_that_set_and_quoted_by_its_labels(path):
    folder = path.parent.parent
    articles = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]
    a = next((a for a in articles if Path(a["file"]).name == path.name), None)
    assert a is not None, f"{path.name} has no labelled article in {folder.name}"
    if folder.name != "real":
        assert not folder.name.startswith("holdout") or int(folder.name[7:] or 0) <= 12, "a blind set's texts stay out"
        host = a["url"].split("://", 1)[-1].split("/", 1)[0] + "/"
        assert host.endswith(_PUBLIC_DOMAIN), a["url"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == [f"URL: {a['url']}", f"Published: {a['published']}", ""]
    text = " ".join(" ".join(lines[3:]).split())
    for e in a["events"]:
        assert " ".join((e.get("evidence") or "").split()) in text, e["evidence"]
