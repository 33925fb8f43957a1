"""Words of news English with their places in the text.

A token is a word ('Jae-in', 'G20', 'Self-Defense'), a dotted abbreviation
('U.S.', 'Gen.', 'B.'), a possessive ending ("'s", '’s') or one mark of
punctuation. Offsets index the paragraph the token came from, so a finder can
look at the text around any token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import HONORIFICS

# Abbreviations that keep their period as part of the word.
ABBREVIATIONS = HONORIFICS | frozenset(
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. No. Co. Corp. Inc. Ltd. Jr. Sr. "
    "St. Mt. Ft. Dept. vs. Gens.".split()
)

_TOKEN = re.compile(
    r"(?P<dotted>(?:[A-Za-z]\.){2,})"
    r"|(?P<possessive>['’]s(?![\w]))"
    r"|(?P<word>[^\W_][\w]*(?:[-\u2010\u2011][^\W_][\w]*)*)"
    r"|(?P<mark>\S)"
)


class Token(NamedTuple):
    """One token: its text, its [start, end) offsets in the paragraph, and its text in lower case.

    A named tuple, not a frozen dataclass: a paragraph makes dozens of tokens
    and the finders ask for `lower` again and again, so both are made cheap.
    """

    text: str
    start: int
    end: int
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """Starts with a capital letter ('Moon', 'U.S.', 'G20')."""
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        """Two or more capitals and nothing lower-case ('JCS', 'NSC', 'ADMM-Plus' is not)."""
        letters = 0
        for char in self.text:
            if char.isalpha():
                if not char.isupper():
                    return False  # 'Moon' is told at its second letter
                letters += 1
        return letters >= 2

    @property
    def is_possessive(self) -> bool:
        return self.text in ("'s", "’s", "’", "'")


# Token(...) runs the named tuple's Python-level __new__; a paragraph makes
# dozens of tokens, so they are made the way the named tuple's own _make does.
_new_token = tuple.__new__


def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of `text` in order; white space is dropped."""
    tokens: list[Token] = []
    taken = 0  # where the last token ends
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < taken:
            continue  # the period an abbreviation below took already
        word = match.group()
        if match.lastgroup == "word" and text[end:end + 1] == ".":
            dotted = word + "."
            if dotted in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                word, end = dotted, end + 1
        tokens.append(_new_token(Token, (word, start, end, word.lower())))
        taken = end
    return tuple(tokens)


# IGNORECASE also pairs these letters with ASCII ones ('ſ' with 's', the
# Kelvin sign with 'k'); `str.lower` alone keeps them, or makes 'İ' two characters.
_IGNORECASE_ODDITIES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
_ODDITY = re.compile("[İıſ\u212a]")


def lower_for_patterns(text: str) -> str:
    """`text` in lower case, character for character, for lower-case patterns.

    A lower-case pattern without IGNORECASE finds in it what the pattern with
    IGNORECASE finds in `text` (for patterns whose escapes do not depend on
    case: \\b, \\d, \\s, \\w), and searching it is several times faster.
    """
    if text.isascii() or not _ODDITY.search(text):
        return text.lower()  # the usual case: translate costs many times more than the test
    return text.translate(_IGNORECASE_ODDITIES).lower()
