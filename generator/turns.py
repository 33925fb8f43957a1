"""Speakers' labels in broadcast transcripts, read as names.

A transcript opens each turn with the speaker in capitals, first with what
they are: 'KIM YOU-GEUN, DEPUTY DIRECTOR, NATIONAL SECURITY OFFICE (through
translator): The government ...', then 'HANCOCKS: Now Seoul says ...'. The
finders of people and bodies read names by their capitals, so `label_view`
writes each label as a name is written ('Kim You-Geun, Deputy Director,
National Security Office'), letter for letter in place (the text keeps its
length, and every offset read in the view is one in the paragraph).
Acronyms the knowledge knows ('CNN', 'NHK') and dotted ones ('U.S.') stay as
they are.

Only an article with two labelled turns, one of them giving what its speaker
is (or two opening with a title of address: 'SEN. CORY GARDNER (R-COLO.):',
'MS ORTAGUS:'), is a transcript: a single 'SEOUL:' opening the story is a
dateline, and 'BREAKING NEWS:' over 'LATEST UPDATE:' are headings. A label
without what the speaker is ('VAUSE:', 'JOHN VAUSE:') is read only as the
name, or the surname, of a speaker labelled in full, or as a first and last
name labelling two turns or more ('SABRA LANE:'): 'UNIDENTIFIED MALE:' names
no one. A label may stand alone on its line, the turn under it ('STEVE
INSKEEP, HOST:').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

# A label: words in capitals (no small letter), commas between its parts, a note
# in brackets after it, then a colon and a turn whose first words have small letters.
_LABEL = re.compile(
    r"(?P<label>(?P<name>[A-Z][A-Z0-9.'’&\-]*(?: [A-Z0-9.'’&\-]+)*)(?:, [A-Z0-9.'’&\-]+(?:,? [A-Z0-9.'’&\-]+)*)?)"
    # (a label alone on its line, the turn on the next: 'STEVE INSKEEP, HOST:')
    r"(?: \([^)]*\))?(?:: (?=\S*\s*\S*[a-z])|:$)"
)
# Titles of address a label may open with: 'SEN. CORY GARDNER (R-COLO.):', 'MS ORTAGUS:'; written as the
# press writes them ('Sen.', 'Ms'), so they are read as titles.
_TITLES = {"MR.": "Mr.", "MR": "Mr", "MS.": "Ms.", "MS": "Ms", "MRS.": "Mrs.", "MRS": "Mrs", "DR.": "Dr.",
           "SEN.": "Sen.", "REP.": "Rep.", "GEN.": "Gen.", "ADM.": "Adm.", "AMB.": "Amb."}
# Words of labels that name no one, however often they come: 'UNIDENTIFIED MALE:', 'BREAKING NEWS:'.
_NO_NAME_WORDS = frozenset("""
UNIDENTIFIED MALE FEMALE PERSON PEOPLE CROWD GROUP VOICE VOICES ANNOUNCER PROTESTER PROTESTERS REPORTER
BREAKING NEWS LATEST UPDATE FLASH ANALYSIS QUESTION ANSWER MODERATOR NARRATOR INTERPRETER TRANSLATOR
""".split())
_WORD = re.compile(r"[A-Za-z0-9.'’&\-]+")
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "ON", "AT", "TO", "IN"})
# How many words a speaker's name has in a full label.
MAX_NAME_WORDS = 4


def label_view(paragraphs: Sequence[str], known: Callable[[str], bool]) -> tuple[str, ...]:
    """`paragraphs` with every speaker's label written as a name (see the module), in a transcript;
    as they are otherwise. `known(word)`: whether a word in capitals is a name the knowledge has
    (kept in capitals: 'CNN')."""
    labels = [_LABEL.match(text) for text in paragraphs]
    titled = [label for label in labels if label and label["name"].split()[0] in _TITLES]
    said = Counter(label["label"] for label in labels if label)
    full = [label for label in labels if label and (
        (label["label"] != label["name"] or label in titled) and 2 <= len(_untitled(label["name"])) <= MAX_NAME_WORDS
        # ... or a name alone, labelling two turns or more: 'SABRA LANE:' (not 'UNIDENTIFIED MALE:')
        or (label["label"] == label["name"] and said[label["label"]] >= 2 and len(label["name"].split()) == 2
            and not _NO_NAME_WORDS.intersection(label["name"].split()) and label["name"].replace(" ", "").isalpha())
    )]
    if sum(1 for label in labels if label) < 2 or not (full or len(titled) >= 2):
        return tuple(paragraphs)
    names = {" ".join(_untitled(label["name"])) for label in full}
    surnames = {name.split()[-1] for name in names}
    return tuple(
        _named(label.group("label"), known) + text[label.end("label"):]
        if label and (label in full or label in titled or label["label"] in names or label["label"] in surnames)
        else text
        for text, label in zip(paragraphs, labels)
    )


def _untitled(name: str) -> list[str]:
    """The words of a label's name after its title of address: 'SEN. CORY GARDNER' -> ['CORY', 'GARDNER']."""
    words = name.split()
    return words[1:] if words and words[0] in _TITLES else words


def _named(label: str, known: Callable[[str], bool]) -> str:
    return _WORD.sub(lambda word: _word(word.group(0), known), label)


def _word(word: str, known: Callable[[str], bool]) -> str:
    if word in _SMALL_WORDS:
        return word.lower()
    if word in _TITLES:
        return _TITLES[word]
    if "." in word or not word[:1].isalpha() or known(word):
        return word
    # 'YOU-GEUN' -> 'You-Geun' (a name's key is the same as 'You-geun's), 'MOTOR-KOREA' -> 'Motor-Korea'
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
