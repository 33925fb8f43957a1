"""Words of news English with their places in the text.

A token is a word ('Jae-in', 'G20', 'Self-Defense', "O'Brien"), a dotted abbreviation
('U.S.', 'Gen.', 'B.'), a possessive ending ("'s", '’s') or one mark of
punctuation. Offsets index the paragraph the token came from, so a finder can
look at the text around any token.
"""

from __future__ import annotations

import re
from itertools import accumulate, chain, repeat
from typing import NamedTuple

from .lexicon import HONORIFICS

# Abbreviations that keep their period as part of the word.
ABBREVIATIONS = HONORIFICS | frozenset(
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. No. Co. Corp. Inc. Ltd. Jr. Sr. "
    "St. Mt. Ft. Dept. vs. Gens.".split()
)

# One token, with the white space before it: the tokens and the spaces between
# them tile the text, so the offsets are the running sums of their lengths.
_SPACED_TOKEN = re.compile(
    r"(\s*)"
    r"((?:[A-Za-z]\.){2,}"  # dotted: 'U.S.'
    r"|['’]s(?![\w])"  # possessive
    r"|\d{1,3}(?:,\d{3})+(?![\d,])"  # a number with thousands separators: '28,500'
    # a word: "O'Brien" too, and 'Korea-U.S.' (not three tokens, the period of 'U' one of them)
    r"|[^\W_][\w]*(?:['’](?=[A-Z])\w+)?(?:[-\u2010\u2011](?:(?:[A-Za-z]\.){2,}|[^\W_][\w]*))*"
    r"|\S)"  # mark
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
    """The tokens of `text` in order; white space is dropped.

    A paragraph has hundreds of tokens, so the work per token is done in C: one
    findall, offsets by running sums, lower case in one call for all of them
    (joined by spaces, which no token holds; a space ends a word for
    `str.lower` as the end of the text does). Only the periods are visited in
    Python, to join an abbreviation's period to its word.
    """
    pairs = _SPACED_TOKEN.findall(text)
    if not pairs:
        return ()
    bounds = list(accumulate(map(len, chain.from_iterable(pairs))))
    starts, ends = bounds[0::2], bounds[1::2]
    words = [word for _space, word in pairs]
    lowers = " ".join(words).lower().split(" ")
    tokens = list(map(_new_token, repeat(Token), zip(words, starts, ends, lowers)))
    if "." not in words:
        return tuple(tokens)
    joined = []  # indices of the periods an abbreviation takes
    i = words.index(".")
    while True:
        if i > 0 and starts[i] == ends[i - 1] and _takes_period(words[i - 1]):
            joined.append(i)
        try:
            i = words.index(".", i + 1)
        except ValueError:
            break
    for i in reversed(joined):
        dotted = words[i - 1] + "."
        tokens[i - 1] = _new_token(Token, (dotted, starts[i - 1], ends[i], dotted.lower()))
        del tokens[i]
    return tuple(tokens)


def _takes_period(token: str) -> bool:
    """Whether the period right after `token` belongs to it ('Gen.', 'J.').

    Only a word takes one: a word opens with a letter or digit and does not end
    with a period, which tells it from a dotted abbreviation, a mark and a
    possessive ('Ⓐ' is upper case but a mark).
    """
    return (
        token[0].isalnum()
        and token[-1] != "."
        and (token + "." in ABBREVIATIONS or (len(token) == 1 and token.isupper()))
    )


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
