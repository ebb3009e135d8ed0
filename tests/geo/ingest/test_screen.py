"""Texts that are not articles Strikemap can read get a clear message naming the file and nothing
is read from them (nor saved); text extracted from a PDF is put back together before reading."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from geo.ingest import Article, ArticleProblem, articles_from, ingest_articles, screen

ROOT = Path(__file__).resolve().parents[3]

ARTICLE = ("Jan 29, 2024\nAMMAN - A one-way attack drone struck Tower 22, a small US outpost in north-east Jordan, on Sunday, "
           "killing three US soldiers. The attack was blamed on the Islamic Resistance in Iraq.")
HTML = ("<!DOCTYPE html><html><head><title>Drone strike</title><script>var x = 1;</script></head><body><div class='story'>"
        f"<p>{ARTICLE}</p></div></body></html>")
ARABIC = "هاجمت طائرة مسيرة قاعدة البرج 22 في الأردن يوم الأحد مما أسفر عن مقتل ثلاثة جنود أمريكيين وإصابة العشرات " * 3
FRENCH = ("Une attaque de drone a frappé dimanche la Tour 22, un petit avant-poste américain dans le nord-est de la Jordanie, "
          "tuant trois soldats américains. Les autorités ont accusé la Résistance islamique en Irak.")
PDF = ("Jan 29, 2024\nAMMAN - A one-way attack drone struck Tower\n22, a small US outpost in north-east Jor-\ndan, on Sunday, "
       "killing three US\nsoldiers. The attack was blamed on the Islamic\nResistance in Iraq.")


@pytest.mark.parametrize(("name", "text", "says"), [
    ("empty.txt", "", "the text is empty"),
    ("blank.txt", " \n\t\n", "the text is empty"),
    ("page.html", HTML, "HTML source"),
    ("arabic.txt", ARABIC, "does not read as English"),
    ("french.txt", FRENCH, "does not read as English"),
])
def test_unreadable_texts_are_refused_by_name(name, text, says):
    with pytest.raises(ArticleProblem, match=says) as err:
        screen(name, text)
    assert str(err.value).startswith(f"{name}: ")
    arts, bad = articles_from(text, [(name, text.encode())])
    assert arts == [] and len(bad) == (2 if text.strip() else 1) and all(says in b for b in bad)


def test_pdf_line_breaks_are_repaired_and_the_event_is_read_as_from_clean_text():
    clean = [c for c in ingest_articles([Article("a", ARTICLE)]) if c["kind"] == "event"]
    broken = [c for c in ingest_articles([Article("b", screen("b", PDF))]) if c["kind"] == "event"]
    key = [(c["event_date"], c["place_id"], c["actor1"], c["fatalities"]) for c in clean]
    assert key == [(c["event_date"], c["place_id"], c["actor1"], c["fatalities"]) for c in broken]
    assert key == [("2024-01-28", "tower-22", "Islamic Resistance in Iraq", 3)]


def test_the_command_line_names_the_file_and_saves_nothing(tmp_path):
    good, page = tmp_path / "good.txt", tmp_path / "page.html"
    good.write_text(ARTICLE, encoding="utf-8")
    page.write_text(HTML, encoding="utf-8")
    db = tmp_path / "store.sqlite"
    r = subprocess.run([sys.executable, "-m", "geo", "ingest", str(good), str(page), "--save", "--db", str(db)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 1
    assert f"error: {page}: this is a web page's HTML source" in r.stderr and "Nothing was read." in r.stderr
    assert "Traceback" not in r.stderr and not db.exists()


LETTER = """Dear Mr. Speaker: As I have reported previously, militia
groups affiliated with Iran's Islamic Revolutionary Guard Corps
(IRGC) have perpetrated a series of attacks against United
States personnel and facilities in Iraq and Syria. These
attacks have caused injuries to United States personnel and
have placed under grave threat the lives of United States
personnel and Coalition forces operating alongside them.
On the night of December 25, 2023, at my direction, United
States forces conducted discrete strikes against three
facilities in Iraq used by Iran-affiliated groups for training,
logistics support, and other purposes. The strikes were taken
to deter future attacks and were conducted in a manner designed
to limit the risk of escalation and minimize civilian
casualties. I directed the strikes in order to protect and
defend our personnel who are in Iraq conducting military
operations pursuant to the 2001 Authorization for Use of
Military Force Against Iraq.
"""


def test_a_fixed_width_letter_is_read_across_a_break_before_a_capital():
    # A War Powers letter as the Government Publishing Office prints it: "United\nStates forces"
    # is one sentence, so the strike keeps the day its opening names.
    strikes = [c for c in ingest_articles([Article("letter", screen("letter", LETTER), date(2023, 12, 27))])
               if c["kind"] == "event" and c["actor1"] == "United States"]
    assert [(c["event_date"], c["place_id"]) for c in strikes] == [("2023-12-26", "iraq")]
    assert "United States forces conducted" in screen("letter", LETTER)
    assert screen("short", "Headline\nA drone hit the base.\nNo one was hurt.") == "Headline\nA drone hit the base.\nNo one was hurt."


def test_an_html_fragment_of_an_articles_body_is_read_as_its_text():
    # a market-news flash as a site's copy stores it (Forexlive, Jan 2024): its body's paragraphs and list items in tags, no page
    # around them; it was refused as a web page's source, and the two strikes it tells were lost
    fragment = ("<p>US military has struck Iran-backed militants in western Iraq on Tuesday.</p><ul><li>Strike in response to "
                "recent attacks against US forces</li></ul><p>More &amp; more:</p><ul><li>US and British forces have carried out "
                "another round of airstrikes in Yemen on Tuesday, hitting 8 Houthi targets</li></ul>")
    text = screen("flash.txt", fragment)
    assert "<" not in text and "More & more:" in text
    got = {(c["place_id"], c["actor1"]) for c in ingest_articles([Article("flash.txt", text, date(2024, 1, 23))]) if c["kind"] == "event"}
    assert ("iraq", "United States") in got and ("yemen", "United States") in got
    # a whole page stays refused, however little of it is markup
    with pytest.raises(ArticleProblem, match="HTML source"):
        screen("page.txt", "<html><head><script>x()</script></head><p>US forces struck al-Qaim.</p><p>More.</p><p>End.</p></html>")
