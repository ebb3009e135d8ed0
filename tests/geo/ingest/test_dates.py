"""Dates in wire-report sentences: absolute, relative to publication, periods, ranges, and what is not a date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.ingest.dates import KINDS, MONTH_WORDS, DateMention, find_dates, publication_date, weekday_before

D = dt.date
MON_FEB_5 = D(2024, 2, 5)  # a Monday
MON_JAN_29 = D(2024, 1, 29)  # a Monday
FRI_FEB_2 = D(2024, 2, 2)  # a Friday
SAT_FEB_3 = D(2024, 2, 3)
WED_JAN_10 = D(2024, 1, 10)


def _found(text: str, published: dt.date | None) -> list[tuple[str, dt.date | None, int, str]]:
    return [(m.text, m.date, m.precision, m.kind) for m in find_dates(text, published=published)]


# --- publication dates -------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "text", "date"), [
    ("Feb 02, 2024\n", "Feb 02, 2024", D(2024, 2, 2)),
    ("World | Monday, 5 February 2024\nStrikes continue", "Monday, 5 February 2024", D(2024, 2, 5)),
    ("By a staff writer\nFebruary 3, 2024\nBaghdad", "February 3, 2024", D(2024, 2, 3)),
    ("Militia suspends attacks\nUpdate: February 2, 2024\n", "February 2, 2024", D(2024, 2, 2)),
    ("2024-02-05 - Rocket fired at base", "2024-02-05", D(2024, 2, 5)),
    ("5 Feb 2024 | Defence", "5 Feb 2024", D(2024, 2, 5)),
    ("Feb. 5, 2024 10:32 AM EST\nWASHINGTON -", "Feb. 5, 2024", D(2024, 2, 5)),
], ids=["mon-dd-yyyy", "weekday-d-month-yyyy", "month-d-yyyy-second-line", "update-line", "iso", "d-mon-yyyy", "with-time"])
def test_publication_date_forms(header: str, text: str, date: dt.date) -> None:
    m = publication_date(header + " The attack on Sunday killed three soldiers.")
    assert m is not None and (m.text, m.date, m.precision, m.kind, m.resolved) == (text, date, 1, "absolute", True)
    assert header[m.start:m.end] == text


def test_publication_date_prefers_the_published_line_to_updated_and_body_dates() -> None:
    text = "Strikes hit 85 targets\nUpdated Feb. 4, 2024\nPublished: Feb. 3, 2024\nThe drone struck on Jan. 28, 2024."
    assert publication_date(text).date == D(2024, 2, 3)
    assert "'Published' line" in publication_date(text).note


def test_publication_date_labelled_line_beyond_the_header() -> None:
    text = "Officials said the strikes lasted 30 minutes. " * 12 + "\nPosted: 2 February 2024\n"
    assert publication_date(text).date == D(2024, 2, 2)


@pytest.mark.parametrize("text", [
    "",
    "WASHINGTON (Reuters) - A drone struck a base on Sunday, officials said.",
    "BAGHDAD, Feb 2 - A day and month in the dateline but no year.",
    "Militias have carried out 169 attacks since October, the Pentagon said.",
], ids=["empty", "no-date-at-all", "dateline-without-year", "month-only"])
def test_publication_date_none_when_the_article_has_no_date(text: str) -> None:
    assert publication_date(text) is None


# --- weekdays relative to publication ----------------------------------------------------------

@pytest.mark.parametrize(("text", "published", "said", "date"), [
    ("A drone hit the base on Sunday, the Pentagon said.", MON_FEB_5, "on Sunday", D(2024, 2, 4)),
    ("A drone hit the outpost on Sunday, officials said.", MON_JAN_29, "on Sunday", D(2024, 1, 28)),
    ("US bombers struck targets in Iraq and Syria on Friday.", FRI_FEB_2, "on Friday", D(2024, 2, 2)),
    ("Friday's strikes hit seven facilities.", MON_FEB_5, "Friday", D(2024, 2, 2)),
    ("The group claimed the attack late Monday.", MON_FEB_5, "late Monday", D(2024, 2, 5)),
    ("A rocket was fired at the base Monday night.", MON_FEB_5, "Monday night", D(2024, 2, 5)),
    ("Sunday, a drone struck the oil field.", MON_FEB_5, "Sunday", D(2024, 2, 4)),
    ("The militia stopped its attacks last Monday.", MON_FEB_5, "last Monday", D(2024, 1, 29)),
    ("The group said on Tuesday it would suspend operations.", SAT_FEB_3, "on Tuesday", D(2024, 1, 30)),
], ids=["monday-report-sunday", "monday-report-sunday-tower-22", "friday-report-friday-is-that-day", "possessive",
        "late", "night", "sentence-start", "last-is-strictly-before", "saturday-report-tuesday"])
def test_weekday_is_the_latest_on_or_before_publication(text: str, published: dt.date, said: str, date: dt.date) -> None:
    [m] = find_dates(text, published=published)
    assert (m.text, m.date, m.precision, m.kind, m.resolved) == (said, date, 1, "weekday", True)
    assert "relative to publication 2024-" in m.note


@pytest.mark.parametrize(("text", "said", "kind", "precision"), [
    ("A drone struck the base on Sunday, officials said.", "on Sunday", "weekday", 1),
    ("The strikes came last week.", "last week", "week", 2),
    ("A rocket was fired yesterday.", "yesterday", "relative", 1),
    ("Commanders met in mid-October.", "in mid-October", "month", 3),
    ("The strike took place on Dec. 25.", "on Dec. 25", "absolute", 1),
    ("The Treasury imposed sanctions last month.", "last month", "month", 3),
], ids=["weekday", "last-week", "yesterday", "mid-month", "day-without-year", "last-month"])
def test_no_publication_date_leaves_relative_mentions_unresolved(text: str, said: str, kind: str, precision: int) -> None:
    [m] = find_dates(text, published=None)
    assert (m.text, m.date, m.resolved, m.kind, m.precision) == (said, None, False, kind, precision)
    assert m.note.startswith("no publication date: cannot resolve")
    assert repr(said) in m.note


def test_no_publication_date_still_resolves_dates_with_a_year() -> None:
    assert _found("Soleimani was killed on January 3, 2020 and in January 2020.", None) == [
        ("on January 3, 2020", D(2020, 1, 3), 1, "absolute"), ("in January 2020", D(2020, 1, 15), 3, "month")]


# --- absolute dates ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "said", "date"), [
    ("The drone struck Tower 22 on Jan. 28, killing three.", "on Jan. 28", D(2024, 1, 28)),
    ("On Feb. 3 a drone hit the base.", "On Feb. 3", D(2024, 2, 3)),
    ("The soldiers died January 28 in Jordan.", "January 28", D(2024, 1, 28)),
    ("The outpost was hit on 28 January.", "on 28 January", D(2024, 1, 28)),
    ("The attack of January 28, 2024 drew a response.", "January 28, 2024", D(2024, 1, 28)),
    ("Records dated 28 Jan 2024 show the launch.", "28 Jan 2024", D(2024, 1, 28)),
    ("The event log (2024-01-28) lists the strike.", "2024-01-28", D(2024, 1, 28)),
    ("Statement issued Feb 02, 2024 at 10:30 local time.", "Feb 02, 2024", D(2024, 2, 2)),
    ("The raid on the 4th of February killed six.", "on the 4th of February", D(2024, 2, 4)),
    ("Sept. 14 was the first attack in months.", "Sept. 14", D(2023, 9, 14)),
    ("A strike on May 5 hit a depot.", "on May 5", D(2023, 5, 5)),
], ids=["mon-dot-day", "on-mon-dot-day", "month-day", "day-month", "month-day-year", "day-mon-year", "iso", "with-time",
        "the-nth-of", "sept-abbreviation", "may-with-a-day"])
def test_absolute_day_dates(text: str, said: str, date: dt.date) -> None:
    [m] = find_dates(text, published=MON_FEB_5)
    assert (m.text, m.date, m.precision, m.kind, m.resolved) == (said, date, 1, "absolute", True)


def test_year_rolls_back_so_the_date_is_not_after_publication() -> None:
    [m] = find_dates("Militants fired rockets on Dec. 25, the report said.", published=WED_JAN_10)
    assert (m.text, m.date) == ("on Dec. 25", D(2023, 12, 25))
    assert "year from publication 2024-01-10" in m.note


def test_weekday_that_disagrees_with_its_date_is_noted() -> None:
    [m] = find_dates("The drone struck on Saturday, Jan. 28.", published=MON_FEB_5)
    assert (m.text, m.date) == ("on Saturday, Jan. 28", D(2024, 1, 28))
    assert "says Saturday but 2024-01-28 is a Sunday" in m.note


@pytest.mark.parametrize("text", ["Feb. 30 is not a date.", "On 31 April nothing happened.", "A log dated 2024-13-01."],
                         ids=["feb-30", "april-31", "iso-month-13"])
def test_impossible_days_are_not_dates(text: str) -> None:
    assert find_dates(text, published=MON_FEB_5) == []


def test_leap_day_without_year_takes_the_latest_leap_year() -> None:
    [m] = find_dates("A rocket hit the base on Feb. 29.", published=WED_JAN_10)
    assert m.date == D(2020, 2, 29)


# --- relative days, weeks, months, ranges, years -----------------------------------------------

@pytest.mark.parametrize(("text", "said", "date"), [
    ("Militants fired a rocket yesterday.", "yesterday", D(2024, 2, 4)),
    ("The Pentagon said today that it would respond.", "today", D(2024, 2, 5)),
    ("Sirens sounded at the base this morning.", "this morning", D(2024, 2, 5)),
    ("More strikes are expected tonight.", "tonight", D(2024, 2, 5)),
    ("Drones were shot down overnight.", "overnight", D(2024, 2, 5)),
    ("A rocket landed near the base last night.", "last night", D(2024, 2, 4)),
    ("Earlier today, officials confirmed the strike.", "Earlier today", D(2024, 2, 5)),
], ids=["yesterday", "today", "this-morning", "tonight", "overnight", "last-night", "earlier-today"])
def test_relative_days(text: str, said: str, date: dt.date) -> None:
    assert _found(text, MON_FEB_5) == [(said, date, 1, "relative")]


@pytest.mark.parametrize(("text", "published", "said", "date"), [
    ("The strikes came last week.", MON_FEB_5, "last week", D(2024, 2, 1)),
    ("Last week, a drone killed three soldiers.", SAT_FEB_3, "Last week", D(2024, 1, 25)),
    ("The militia suspended attacks earlier this week.", SAT_FEB_3, "earlier this week", D(2024, 1, 31)),
    ("Five were arrested over an attack earlier this week.", D(2024, 8, 8), "earlier this week", D(2024, 8, 6)),
    ("Officials met this week.", MON_FEB_5, "this week", D(2024, 2, 5)),
    ("Two rockets were fired over the weekend.", MON_FEB_5, "over the weekend", D(2024, 2, 3)),
    ("Attacks rose in the past week.", MON_FEB_5, "the past week", D(2024, 2, 2)),
], ids=["last-week-thursday", "last-week-from-saturday", "earlier-this-week", "earlier-this-week-thursday",
    "this-week-capped", "weekend-saturday", "past-week"])
def test_weeks_have_precision_2_and_their_middle_day(text: str, published: dt.date, said: str, date: dt.date) -> None:
    assert _found(text, published) == [(said, date, 2, "week")]


@pytest.mark.parametrize(("text", "said", "date"), [
    ("Soleimani was killed in January 2020.", "in January 2020", D(2020, 1, 15)),
    ("Reports dated January 2020 describe the strike.", "January 2020", D(2020, 1, 15)),
    ("Attacks began in mid-October.", "in mid-October", D(2023, 10, 15)),
    ("Early October saw the first drone attacks.", "Early October", D(2023, 10, 15)),
    ("Talks stalled in late May 2023.", "in late May 2023", D(2023, 5, 15)),
    ("The group was formed in March.", "in March", D(2023, 3, 15)),
    ("Sanctions were imposed last month.", "last month", D(2024, 1, 15)),
    ("Officials said in February that talks continue.", "in February", D(2024, 2, 5)),
], ids=["month-year", "month-year-bare", "mid-month", "early-month", "late-may-with-year", "in-month-rolls-back", "last-month",
        "current-month-capped"])
def test_months_have_precision_3_and_the_15th(text: str, said: str, date: dt.date) -> None:
    assert _found(text, MON_FEB_5) == [(said, date, 3, "month")]


@pytest.mark.parametrize(("text", "said", "date", "precision"), [
    ("Militias have attacked US forces 169 times since Oct 17.", "since Oct 17", D(2023, 10, 17), 1),
    ("There have been attacks since October 17, 2023.", "since October 17, 2023", D(2023, 10, 17), 1),
    ("The base has been targeted since 17 October.", "since 17 October", D(2023, 10, 17), 1),
    ("Rockets have hit the base since mid-October.", "since mid-October", D(2023, 10, 15), 3),
    ("No attacks have been reported since Sunday.", "since Sunday", D(2024, 2, 4), 1),
], ids=["since-mon-day", "since-full-date", "since-day-month", "since-mid-month", "since-weekday"])
def test_since_gives_the_range_start(text: str, said: str, date: dt.date, precision: int) -> None:
    [m] = find_dates(text, published=MON_FEB_5)
    assert (m.text, m.date, m.precision, m.kind) == (said, date, precision, "since")
    assert "range start" in m.note


@pytest.mark.parametrize(("text", "said", "kind"), [
    ("The drone strike in 2020 killed the commander.", "in 2020", "year"),
    ("US forces have been in Syria since 2015.", "since 2015", "since"),
], ids=["in-year", "since-year"])
def test_bare_year_is_1_july_at_precision_3(text: str, said: str, kind: str) -> None:
    [m] = find_dates(text, published=MON_FEB_5)
    assert (m.text, m.date, m.precision, m.kind) == (said, D(int(said[-4:]), 7, 1), 3, kind)


# --- what is not a date ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials warned that the militias may strike again.",
    "Protesters planned to march on the embassy.",
    "March on, the commander told his troops.",
    "The drone hit Tower 22 near the border.",
    "B-1 bombers struck 85 targets at 7 facilities in 30 minutes.",
    "The Pentagon counted 169 attacks and 125 precision munitions.",
    "In May, the minister resigned.",
    "Theresa May visited the troops.",
    "Some 2020 residents fled the area.",
    "It was a busy week for the Pentagon.",
    "The night was quiet at the base.",
], ids=["may-verb", "march-verb", "march-capitalised-verb", "tower-22", "85-targets", "counts", "in-may-without-day-or-year",
        "may-surname", "number-like-a-year", "a-week", "the-night"])
def test_false_positives(text: str) -> None:
    assert find_dates(text, published=MON_FEB_5) == []


def test_the_words_before_a_date_are_not_kept_when_they_do_not_belong_to_it() -> None:
    assert _found("The overnight strikes hit depots.", MON_FEB_5) == [("overnight", D(2024, 2, 5), 1, "relative")]


# --- offsets, order, overlap -------------------------------------------------------------------

def test_mentions_in_a_paragraph_are_sorted_non_overlapping_and_offsets_are_exact() -> None:
    text = ("On Sunday, Jan. 28, a drone killed three soldiers. Militias have launched 169 attacks since Oct. 17; "
            "the US struck back on Friday and a rocket was fired yesterday.")
    found = find_dates(text, published=MON_FEB_5, offset=1000)
    assert [m.text for m in found] == ["On Sunday, Jan. 28", "since Oct. 17", "on Friday", "yesterday"]
    assert all(text[m.start - 1000:m.end - 1000] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_a_datetime_publication_is_taken_as_its_date() -> None:
    assert find_dates("on Sunday", published=dt.datetime(2024, 2, 5, 10, 32))[0].date == D(2024, 2, 4)


# --- errors and value objects ------------------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "error", "match"), [
    ({"text": b"on Sunday", "published": MON_FEB_5}, TypeError, r"text was bytes"),
    ({"text": "on Sunday", "published": "2024-02-05"}, ValueError, r"published was '2024-02-05'"),
    ({"text": "on Sunday", "published": D(1, 1, 1)}, ValueError, r"published was datetime.date\(1, 1, 1\)"),
    ({"text": "on Sunday", "published": MON_FEB_5, "offset": -3}, ValueError, r"offset was -3"),
    ({"text": "on Sunday", "published": MON_FEB_5, "offset": 1.5}, ValueError, r"offset was 1.5"),
], ids=["bytes-text", "string-date", "year-1", "negative-offset", "float-offset"])
def test_find_dates_rejects_bad_arguments(kwargs: dict, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        find_dates(**kwargs)


def test_publication_date_rejects_non_text() -> None:
    with pytest.raises(TypeError, match=r"text was NoneType"):
        publication_date(None)


@pytest.mark.parametrize(("fields", "match"), [
    ({"kind": "fortnight"}, r"kind was 'fortnight'"),
    ({"precision": 4}, r"precision was 4"),
    ({"end": 3}, r"do not span text"),
    ({"resolved": False}, r"resolved was False"),
], ids=["kind", "precision", "span", "resolved-without-date"])
def test_date_mention_validates_on_construction(fields: dict, match: str) -> None:
    good = {"start": 0, "end": 9, "text": "on Sunday", "date": D(2024, 2, 4), "precision": 1, "kind": "weekday", "resolved": True}
    with pytest.raises(ValueError, match=match):
        DateMention(**(good | fields))


@pytest.mark.parametrize(("published", "weekday", "date"), [
    (MON_FEB_5, 0, MON_FEB_5), (MON_FEB_5, 6, D(2024, 2, 4)), (MON_FEB_5, 1, D(2024, 1, 30)), (FRI_FEB_2, 4, FRI_FEB_2),
], ids=["same-day", "day-before", "six-days-before", "friday-on-friday"])
def test_weekday_before(published: dt.date, weekday: int, date: dt.date) -> None:
    assert weekday_before(published, weekday) == date


@pytest.mark.parametrize("weekday", [-1, 7, True, "Sunday"], ids=["negative", "seven", "bool", "name"])
def test_weekday_before_rejects_bad_weekday(weekday: object) -> None:
    with pytest.raises(ValueError, match="weekday was"):
        weekday_before(MON_FEB_5, weekday)


# --- invariants --------------------------------------------------------------------------------

_WORDS = ["on", "since", "in", "mid-", "early", "late", "last", "this", "the", "past", "over", "Sunday", "Friday,", "Jan.", "January",
          "May", "March", "Sept", "28", "5th", "2024", "2020", "2024-01-28", "yesterday", "tonight", "week", "weekend", "month",
          "night", "morning", "Tower", "22", ",", ".", "-", "may", "of", "10:30", "B-1"]
_PUBLISHED = st.one_of(st.none(), st.dates(min_value=D(1800, 1, 1), max_value=D(2200, 12, 31)))


def _check(text: str, published: dt.date | None, offset: int) -> None:
    found = find_dates(text, published=published, offset=offset)
    for m in found:
        assert text[m.start - offset:m.end - offset] == m.text
        assert m.kind in KINDS and m.precision in (1, 2, 3) and m.resolved == (m.date is not None)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@given(st.text(max_size=300), _PUBLISHED, st.integers(min_value=0, max_value=10**9))
def test_find_dates_never_raises_and_offsets_are_exact(text: str, published: dt.date | None, offset: int) -> None:
    _check(text, published, offset)
    publication_date(text)


@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join), _PUBLISHED, st.integers(min_value=0, max_value=10**6))
def test_find_dates_on_date_like_text_never_raises_and_offsets_are_exact(text: str, published: dt.date | None, offset: int) -> None:
    _check(text, published, offset)
    publication_date(text)


def test_two_days_told_as_one_are_two_mentions_and_two_reports():
    from geo.ingest import Article, ingest_articles
    pub = dt.date(2023, 11, 20)
    got = [(m.text, str(m.date)) for m in find_dates("On November 9 and 11, the base was also attacked.", published=pub)]
    assert got == [("On November 9", "2023-11-09"), ("11", "2023-11-11")]
    got = [(m.text, str(m.date)) for m in find_dates("Strikes hit on 21 and 22 November.", published=dt.date(2023, 11, 24))]
    assert got == [("21", "2023-11-21"), ("22 November", "2023-11-22")]
    text = "On November 9 and 11, the Harir air base was attacked by a drone, the group said."
    days = sorted(c["event_date"] for c in ingest_articles([Article("a.txt", text, pub)]) if c.get("kind") == "event")
    assert days == ["2023-11-09", "2023-11-11"]
    text = "Between Monday and Tuesday, a drone attacked the Harir air base."
    assert len([c for c in ingest_articles([Article("b.txt", text, pub)]) if c.get("kind") == "event"]) <= 1  # a span, not two days


def test_a_month_that_names_an_attack_and_a_year_told_relatively_are_month_precision_dates():
    pub = dt.date(2024, 7, 1)
    got = [(d.text, d.date, d.precision) for d in find_dates("the January drone attack that killed three soldiers", published=pub)]
    assert got == [("January", dt.date(2024, 1, 15), 3)]
    assert find_dates("March on, they said; May peace come.", published=pub) == []
    got = [(d.text, d.date, d.kind) for d in find_dates("killed in a drone attack earlier this year; late last year", published=pub)]
    assert got == [("earlier this year", dt.date(2024, 4, 1), "year"), ("late last year", dt.date(2023, 11, 15), "year")]
    assert find_dates("more attacks this year", published=pub) == []
    eve = "On the eve of 2024, Erbil airport faced a drone; the eve of the attack"
    got = [(d.text, d.date) for d in find_dates(eve, published=dt.date(2024, 1, 1))]
    assert got == [("eve", dt.date(2023, 12, 31))]
    got = [(d.text, d.date, d.precision) for d in find_dates("In Syria, the past 24 hours saw US forces come under attack", published=pub)]
    assert got == [("the past 24 hours", pub, 1)]
    got = [(d.text, d.date) for d in find_dates("smaller salvos at the end of last year; at the beginning of last year", published=pub)]
    assert got == [("the end of last year", dt.date(2023, 11, 15)), ("the beginning of last year", dt.date(2023, 2, 15))]
    got = [(d.text, d.date, d.precision) for d in find_dates("Early this morning in northern Iraq", published=pub)]
    assert got == [("Early this morning", pub, 1)]


def test_a_day_of_the_month_told_alone_is_in_the_month_of_publication_or_the_one_before():
    pub = dt.date(2024, 1, 22)
    got = [(d.text, d.date) for d in find_dates("Also on the 20th Iran-backed groups launched missiles.", published=pub)]
    assert got == [("on the 20th", dt.date(2024, 1, 20))]
    got = [(d.text, d.date) for d in find_dates("On the 28th, drones hit the base.", published=pub)]
    assert got == [("On the 28th", dt.date(2023, 12, 28))]
    assert find_dates("a visit on the 12th Brigade's base, on the 20th attack", published=pub) == []


#: The month words as one plain alternation, word by word (the form before speed round 44 gathered them by their letters).
_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")
_ABBREVIATIONS = ("Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PLAIN_MONTHS = "|".join([r"May\b"] + [rf"{m.title()}\b" for m in _MONTHS] + [rf"{m}\b\.?" for m in _ABBREVIATIONS]
                         + [rf"{m.upper()}\b" for m in _MONTHS] + [rf"{m.upper()}\b\.?" for m in _ABBREVIATIONS])


@given(st.text(alphabet="JFMASONDjfmasondEeUuRrYyCcTtPpBbLlGgIiVvHh .-1", max_size=40))
def test_the_month_words_gathered_by_their_letters_match_as_the_plain_alternation(text):
    # (speed round 44: MONTH_WORDS gathered by first and second letters, the same matches)
    grouped, plain = re.compile(rf"(?P<mon>{MONTH_WORDS})\s*(?P<d>\d*)"), re.compile(rf"(?P<mon>(?:{_PLAIN_MONTHS}))\s*(?P<d>\d*)")
    for t in (text, "OCT. 17 - SEPT 3: Sept. 12, Sep 3 and MAY 5 June 3, Marching Mar. 3 Janet AUGUST 4, " + text):
        assert [(m.span(), m.groups()) for m in grouped.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]
    assert [m.group() for m in grouped.finditer("OCT. 17 - SEPT 3: Sept. 12, MAY 5, Marching, Janet")] == ["OCT. 17", "SEPT 3", "Sept. 12"]
