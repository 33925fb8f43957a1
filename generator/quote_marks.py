"""Where quotations are: quote marks, and the sentences around them.

Double marks, straight or curly, pair up in order; a mark left open runs to
the end of its paragraph (a quote that goes on in the next paragraph, or a
capture cut short). A stray mark after an attribution ('Abe told reporters."
Japan will ...') simply opens the next quote. Single marks count only where
asked (`find_quotes` asks in paragraphs without double marks): around words,
never inside one, so the apostrophes of "Japan's" and "ministers' gathering"
are not marks.

Sentences end at a stop outside quotes, not after an abbreviation or initial
('Gen.', 'U.S.', '(D-N.Y.)'), and after a quote that ends with a period when
a capitalised word follows ('"... not useful." Just one day before ...').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .tokens import ABBREVIATIONS

DOUBLE_MARKS = '"“”„«»'
OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"

# A paragraph this short without a final stop reads as a headline.
HEADLINE_WORDS = 25
# A quoted name in title case is at most this long ('"Japan-Korea Military
# Intelligence Protection Agreement"').
MAX_QUOTED_NAME_WORDS = 10

_DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"['’](?=[\s,.;:!?)\]]|$)")
_TERMINAL = ".!?"
_SMALL_WORDS = frozenset("of and the on for in to a an at by with".split())
# Words that open a sentence even after an abbreviation ('... with the U.S. The talks ...').
_SENTENCE_OPENERS = frozenset("The A An He She It They We I This That But In On At".split())


@dataclass(frozen=True)
class QuoteSpan:
    """A quote's marks in a paragraph: the words lie between `start` and `end`.

    `closed` is False for a quote left open at the paragraph's end (then `end`
    is the paragraph's length).
    """

    start: int
    end: int
    closed: bool

    @property
    def outer_end(self) -> int:
        """The offset just after the closing mark."""
        return self.end + 1 if self.closed else self.end

    def covers(self, position: int) -> bool:
        return self.start <= position < self.outer_end


def uses_double_marks(paragraphs: Sequence[str]) -> bool:
    """True if any paragraph has a double quote mark (else single marks quote)."""
    return any(mark in paragraph for paragraph in paragraphs for mark in DOUBLE_MARKS)


def quote_spans(text: str, *, single_marks: bool) -> list[QuoteSpan]:
    """The quotes of one paragraph, in order.

    Single marks are read when `single_marks` is set (an article, or a
    paragraph, without double marks) or in a headline-like paragraph without
    double marks.
    """
    spans = _double_spans(text)
    if single_marks or (not spans and reads_as_headline(text)):
        spans += _single_spans(text, spans)
    return sorted(spans, key=lambda span: span.start)


def quoted_words(text: str, span: QuoteSpan) -> str:
    """The quoted words, white space folded, without the comma that ends an attributed quote."""
    words = " ".join(text[span.start + 1:span.end].split())
    return words.strip().rstrip(",").strip()


def reads_as_headline(text: str) -> bool:
    """True for a short paragraph that does not end like a sentence."""
    stripped = text.rstrip()
    return len(stripped.split()) <= HEADLINE_WORDS and stripped[-1:] not in _TERMINAL + CLOSING_DOUBLE + '"'


def is_title_case_name(words: str) -> bool:
    """True for quoted words that name something: all capitalised but small words, no stop."""
    parts = re.findall(r"[^\W\d_][\w'’]*", words)
    if len(parts) < 2 or len(parts) > MAX_QUOTED_NAME_WORDS or words[-1:] in _TERMINAL:
        return False
    return all(part[0].isupper() or part.lower() in _SMALL_WORDS for part in parts)


def sentence_bounds(text: str, spans: Sequence[QuoteSpan], position: int) -> tuple[int, int]:
    """[start, end) of the sentence holding `position`."""
    start, end = 0, len(text)
    for boundary in sentence_ends(text, spans):
        if boundary <= position:
            start = boundary
        else:
            end = boundary
            break
    return start, end


def sentence_ends(text: str, spans: Sequence[QuoteSpan]) -> list[int]:
    """Offsets just after each sentence's stop (and closing marks), in order."""
    ends = []
    for match in re.finditer(r"[.!?]+", text):
        at = match.start()
        inside = next((s for s in spans if s.start < at < s.outer_end - 1), None)
        if inside is not None:
            if inside.closed and text[at] == "." and not text[match.end():inside.end].strip():
                rest = text[inside.outer_end:].lstrip()
                if rest[:1].isupper() or rest[:1] in DOUBLE_MARKS:
                    ends.append(inside.outer_end)
            continue
        after = match.end()
        while after < len(text) and text[after] in CLOSING_DOUBLE + "'’)\"" and not any(s.start == after for s in spans):
            after += 1
        rest = text[after:].lstrip()
        if rest and not (rest[0].isupper() or rest[0] in DOUBLE_MARKS + "‘'(["):
            continue
        if text[at] == "." and _abbreviation_before(text, at) and not _opens_sentence(rest):
            continue
        ends.append(after)
    return sorted(set(ends))


def _double_spans(text: str) -> list[QuoteSpan]:
    spans, opened = [], None
    for mark in _DOUBLE_MARK.finditer(text):  # only the marks, not every character
        i, char = mark.start(), mark.group()
        if opened is None:
            if char in CLOSING_DOUBLE and i == 0:
                continue  # the close of a quote begun in the paragraph before
            opened = i
        elif char in OPENING_DOUBLE and text[opened] in OPENING_DOUBLE and not text[opened + 1:i].strip():
            opened = i
        else:
            spans.append(QuoteSpan(opened, i, True))
            opened = None
    if opened is not None:
        spans.append(QuoteSpan(opened, len(text), False))
    return spans


def _single_spans(text: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    for match in _SINGLE_OPEN.finditer(text):
        start = match.start()
        if any(span.covers(start) for span in taken + spans):
            continue
        close = _SINGLE_CLOSE.search(text, start + 1)
        if close is not None:
            spans.append(QuoteSpan(start, close.start(), True))
    return spans


def _abbreviation_before(text: str, at: int) -> bool:
    """True if the period at `at` ends an abbreviation or an initial ('Gen.', 'U.S.', 'N.Y.')."""
    before = text[:at + 1].removesuffix("\n")  # '$' matches before a final line break too
    if not before or before[-1].isspace():
        return False
    # The last run of non-space characters (what r"(\S+)$" finds), without
    # a search that starts over at every position of the text before it.
    token = before.rsplit(None, 1)[-1].lstrip("(\"“'‘")
    letters = re.search(r"([A-Za-z]+)\.$", token)
    return token in ABBREVIATIONS or (letters is not None and len(letters.group(1)) == 1)


def _opens_sentence(rest: str) -> bool:
    first = re.match(r"[\"“‘']?([A-Za-z]+)", rest)
    return bool(first) and first.group(1) in _SENTENCE_OPENERS
