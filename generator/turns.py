"""Speakers' labels in broadcast transcripts, read as names.

A transcript opens each turn with the speaker in capitals: 'KIM YOU-GEUN,
DEPUTY DIRECTOR, NATIONAL SECURITY OFFICE (through translator): The
government ...', then 'HANCOCKS: Now Seoul says ...'. The finders of people
and bodies read names by their capitals, so `label_view` writes each label
as a name is written ('Kim You-geun, Deputy Director, National Security
Office'), letter for letter in place (the text keeps its length, and every
offset read in the view is one in the paragraph). Acronyms the knowledge
knows ('CNN', 'NHK') and dotted ones ('U.S.') stay as they are.

Only an article with two labelled turns is a transcript: a single 'SEOUL:'
opening the story is a dateline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A label: words in capitals (no small letter), commas between its parts, a note
# in brackets after it, then a colon and a turn with small letters in it.
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z0-9.'’&\-]*(?:,? [A-Z0-9.'’&\-]+)*)(?: \([^)]*\))?: (?=\S*\s*\S*[a-z])")
_WORD = re.compile(r"[A-Za-z0-9.'’&\-]+")
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "ON", "AT", "TO", "IN"})


def label_view(paragraphs: Sequence[str], known: Callable[[str], bool]) -> tuple[str, ...]:
    """`paragraphs` with every speaker's label written as a name (see the module), when two
    or more paragraphs open with one; as they are otherwise. `known(word)`: whether a word
    in capitals is a name the knowledge has (kept in capitals: 'CNN')."""
    labels = [_LABEL.match(text) for text in paragraphs]
    if sum(1 for label in labels if label) < 2:
        return tuple(paragraphs)
    return tuple(
        text if label is None else _named(label.group("label"), known) + text[label.end("label"):]
        for text, label in zip(paragraphs, labels)
    )


def _named(label: str, known: Callable[[str], bool]) -> str:
    return _WORD.sub(lambda word: _word(word.group(0), known), label)


def _word(word: str, known: Callable[[str], bool]) -> str:
    if word in _SMALL_WORDS:
        return word.lower()
    if "." in word or not word[:1].isalpha() or known(word):
        return word
    # 'YOU-GEUN' -> 'You-Geun' (a name's key is the same as 'You-geun's), 'MOTOR-KOREA' -> 'Motor-Korea'
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
