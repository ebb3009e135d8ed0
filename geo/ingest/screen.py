"""What is not an article Strikemap can read, said before any reading: an empty text, a web page's
HTML source, text in another language; and the repair of text extracted from a PDF, whose lines
break mid-sentence and whose words are hyphenated across lines.
"""

from __future__ import annotations

import html
import re

__all__ = ["ArticleProblem", "fragment_text", "page_stamp_apart", "screen", "unwrap"]

#: Words that make up a large share of any English news text.
_ENGLISH = frozenset("""the a an of to in and on at for with by from that was were is are has have had said it its as
after before over into against which who their this they he she not but be been will would than more""".split())
_TAG = re.compile(r"<(?:!doctype|html|head|body|div|p|span|a|script|style|meta|link|br|li|ul|table|tr|td|h[1-6]|article|section|nav)"
                  r"\b[^>]*>", re.I)
_WORD = re.compile(r"[^\W\d_]+")


class ArticleProblem(ValueError):
    """A text that is not an article Strikemap can read; the message says why and what to do."""


def screen(name: str, text: str) -> str:
    """``text`` ready to read (PDF line breaks repaired), or :class:`ArticleProblem` naming ``name``
    and what is wrong.

    >>> screen("a.txt", "A drone hit Tower 22 on Sunday, killing three US soldiers.")[:11]
    'A drone hit'
    >>> screen("page.html", "<!DOCTYPE html><html><body><p>A drone hit the base.</p></body></html>")
    Traceback (most recent call last):
    geo.ingest.screen.ArticleProblem: page.html: this is a web page's HTML source, not its text. Open the page in a browser, ...
    >>> screen("empty.txt", "  \\n ")
    Traceback (most recent call last):
    geo.ingest.screen.ArticleProblem: empty.txt: the text is empty.
    """
    if not text.strip():
        raise ArticleProblem(f"{name}: the text is empty.")
    tags = len(_TAG.findall(text))
    if tags >= 3 and tags * 40 > len(text) / 10 or re.match(r"\s*<(?:!doctype|html)\b", text, re.I):
        if _PAGE.search(text) is not None:
            raise ArticleProblem(f"{name}: this is a web page's HTML source, not its text. Open the page in a browser, "
                                 "select the article's text and paste or save that.")
        text = fragment_text(text)  # an article's body as a feed or a site's copy gives it: "<p>US military has struck ...</p><ul><li>"
    words = _WORD.findall(text)
    latin = sum(1 for w in words if w.isascii())
    if len(words) >= 20 and (latin < 0.5 * len(words) or sum(w.lower() in _ENGLISH for w in words) < 0.08 * len(words)):
        raise ArticleProblem(f"{name}: this does not read as English ({latin} of {len(words)} words in Latin letters, few common "
                             "English words). Strikemap reads English reporting; paste a translation, and keep the original's URL as its source.")
    return page_stamp_apart(unwrap(text))


#: What only a whole page holds, never an article's body: its head, scripts, styles, metadata, frames and forms.
_PAGE = re.compile(r"<(?:!doctype|html|head|body|script|style|meta|link|iframe|form|nav|header|footer)\b", re.I)
#: The tags that end a block of text (a paragraph, a list item, a heading, a line break), and any other tag.
_BLOCK_TAG = re.compile(r"<(?:br|/?(?:p|div|ul|ol|li|h[1-6]|blockquote|table|tr|td|th|section|article|figure|figcaption))\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[!/]?[A-Za-z][^<>]*>")


def fragment_text(text: str) -> str:
    """The text of an HTML fragment, an article's body with its markup (no page around it): blocks on lines of their own,
    paragraphs apart, other tags dropped, entities read.

    >>> fragment_text("<p>US forces struck al-Qaim.</p><ul><li>Strikes &amp; more</li></ul><p>More <b>added</b>.</p>")
    'US forces struck al-Qaim.\\n\\nStrikes & more\\n\\nMore added.'
    """
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n\n", text))
    return re.sub(r"\n[ \t]*(?:\n[ \t]*)+", "\n\n", html.unescape(text)).strip()


#: A page's date stamp that opens a line and runs on into the text, as a search result or some sites give it: "date 2024-04-20
#: BAGHDAD (AP) — ...".
_STAMP = re.compile(r"(?m)^([ \t]*(?:date|published|posted|updated):?[ \t]+\d{4}-\d{2}-\d{2})[ \t](?=[ \t]*\S)", re.I)


def page_stamp_apart(text: str) -> str:
    """``text`` with a page's date stamp that runs on into the first line put on a line of its own
    (the same length: a space becomes a line break), so that the dateline after it opens its line.

    >>> page_stamp_apart(" date 2024-04-20 BAGHDAD (AP) — An explosion struck a base.")
    ' date 2024-04-20\\nBAGHDAD (AP) — An explosion struck a base.'
    """
    return _STAMP.sub(lambda m: m.group(1) + "\n", text)


def unwrap(text: str) -> str:
    """Text extracted from a PDF, put back together: a word hyphenated across a line break is
    joined ("at-\\ntack" -> "attack"), and a line that breaks mid-sentence is joined to the next;
    blank lines and lines that end a sentence stay.

    >>> unwrap("A one-way drone at-\\ntacked the base\\nnear Rukban on Sunday.\\n\\nNext paragraph.")
    'A one-way drone attacked the base near Rukban on Sunday.\\n\\nNext paragraph.'
    >>> unwrap("Headline\\n\\nBody.")
    'Headline\\n\\nBody.'
    """
    width = _wrap_width(text)
    text = re.sub(r"([a-z])-\n([a-z])", r"\1\2", text)
    text = re.sub(r"(?<=[^\s.!?:;\"”’)\]])\n(?=[ \t]*[a-z(0-9])", " ", text)
    if width:
        text = re.sub(r"(?m)^([^\n]{" + str(width - 1) + r",}[^\s.!?:;\"”’)\]])\n(?=[ \t]*[A-Z])", r"\1 ", text)
    return text


#: A line that ends a sentence (or a heading's colon).
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def _wrap_width(text: str) -> int:
    """The width at which ``text`` is hard-wrapped (a PDF's or a government document's fixed-width
    lines), or 0 when it is not: most of its lines are nearly as long as its longest, and most of
    those break mid-sentence. A line that long which breaks before a capital ("United\\nStates",
    "the Iraqi\\nArmed Forces") goes on in the next; a shorter one may be a heading and stays.

    >>> _wrap_width("A drone hit the base.\\nNo one was hurt.")
    0
    >>> unwrap(("On the night of December 25, at my direction, United\\nStates forces conducted discrete\\n"
    ...         "strikes against three facilities in Iraq used by the\\nIRGC and affiliated groups for training, logistics\\n") * 4)[:93]
    'On the night of December 25, at my direction, United States forces conducted discrete strikes'
    """
    lines = [x.rstrip() for x in text.split("\n") if x.strip()]
    if len(lines) < 12:
        return 0
    lengths = sorted(len(x) for x in lines)
    top = lengths[int(0.9 * len(lengths)) - 1]
    if not 40 <= top <= 110:
        return 0
    width = int(0.75 * top)
    full = [x for x in lines if len(x) >= width]
    broken = sum(1 for x in full if not _SENTENCE_END.search(x))
    return width if len(full) >= max(12, 0.5 * len(lines)) and broken >= 0.6 * len(full) else 0
