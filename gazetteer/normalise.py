"""Normalised keys for place names: the one function both the index and every query go through.

A key is casefolded ASCII (Latin script transliterated with ``anyascii``, ISC licence) or
normalised Arabic script, words separated by single spaces. Apostrophes and ayn marks are
dropped ("Qa'im" -> "qaim"), hyphens and other punctuation become spaces, a leading "the"
goes. Normalising a key again changes nothing.

>>> normalise("Al-Qā’im")
'al qaim'
>>> normalise("  The  Jordan outpost ")
'jordan outpost'
>>> normalise("البوكمال") == normalise("البوكمال")
True
>>> normalise("")
''
>>> strip_articles("al qaim")
'qaim'
>>> strip_articles("deir ez zor")
'deir zor'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

__all__ = ["normalise", "strip_articles", "digits", "is_arabic"]

_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Arabic letter normalisation: alef forms, alef maqsura, ta marbuta, hamza carriers, Persian
# letters, Arabic-Indic digits; diacritics (tashkeel), superscript alef and tatweel removed.
_ARABIC_MAP = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
        "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ؤ": "و", "ک": "ك", "ڪ": "ك",
        **{chr(c): None for c in range(0x064B, 0x0660)},
        "\u0670": None, "\u0640": None, "\u0674": None,
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_DROP = str.maketrans({c: None for c in "'’‘`´ʿʾʼʻ\u02bc\u2019.\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"})
# Anything that is not an ASCII letter or digit or an Arabic-script letter separates words.
_SEPARATORS = re.compile(r"[^a-z0-9\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
_LEADING = re.compile(r"^(?:(?:the|a) )+")

_LATIN_ARTICLES = frozenset("al el as ash ad ar az ez es ed er at an adh ath ul".split())


def is_arabic(text: str) -> bool:
    """True when ``text`` holds Arabic-script letters (Arabic, Persian, Urdu, Kurdish)."""
    return _ARABIC_CHAR.search(text) is not None


def _to_script(text: str) -> str:
    if text.isascii():
        return text
    if not is_arabic(text):
        return anyascii(text)
    # Keep Arabic script as it is; transliterate everything else.
    return "".join(ch if _ARABIC_CHAR.match(ch) else anyascii(ch) for ch in text).translate(_ARABIC_MAP)


# kept for the process: names come back article after article (each mention's words, each actor's name)
@functools.lru_cache(maxsize=200_000)
def normalise(name: str) -> str:
    """Return the lookup key of a place name.

    Parameters
    ----------
    name : str
        A place name in any script and spelling.

    Returns
    -------
    str
        The key: lower-case ASCII words or normalised Arabic words, single spaces, no leading
        "the". Empty for a name with no letters or digits.

    Examples
    --------
    >>> normalise("Deir ez-Zor")
    'deir ez zor'
    >>> normalise("Kata'ib Hezbollah")
    'kataib hezbollah'
    >>> normalise("U.S. Central Command")
    'us central command'
    >>> normalise("قاعدة عين الأسد")
    'قاعده عين الاسد'
    >>> normalise("Tower ٢٢")
    'tower 22'
    >>> normalise("---")
    ''
    """
    text = unicodedata.normalize("NFKC", name)
    text = _to_script(text).translate(_DROP).casefold()
    text = _SEPARATORS.sub(" ", text).strip()
    return _LEADING.sub("", text)


def strip_articles(key: str) -> str:
    """Drop Arabic definite articles from a normalised key: Latin ``al``/``el``/``ash``... words
    before another word, and the Arabic prefix ``ال``. Returns ``key`` when nothing is left.

    >>> strip_articles("ash shaddadah")
    'shaddadah'
    >>> strip_articles("الميادين")
    'ميادين'
    >>> strip_articles("al")
    'al'
    """
    words = key.split(" ")
    out = []
    for i, word in enumerate(words):
        if word in _LATIN_ARTICLES and i + 1 < len(words):
            continue
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        out.append(word)
    return " ".join(out) or key


_DIGITS = re.compile(r"\d+")


def digits(key: str) -> tuple[str, ...]:
    """The digit groups of a key: two names can only be the same place when these agree.

    >>> digits("tower 22")
    ('22',)
    """
    return tuple(_DIGITS.findall(key))
