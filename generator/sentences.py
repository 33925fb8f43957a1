"""Split news English into sentences.

A sentence ends at '.', '!', '?' or '…' (closing quotes and brackets stay with
it) followed by white space and a word that does not start in lower case.
A period after an abbreviation is not an end: titles before names ('Gen.',
'Mr.'), months and 'No.' before a number ('Nov. 23', 'No. 2'), and initials,
dotted acronyms and company suffixes ('S. Korea', 'the U.S. military',
'3 p.m. GMT', 'Samsung Co.') unless the next word is a usual sentence opener
('... with the U.S. The talks ...').
"""

from __future__ import annotations

import re

# Always followed by a name: never the end of a sentence.
TITLE_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Cpl", "Pvt", "Adm", "Cmdr", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov",
    "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Gens", "Messrs", "St", "Mt", "Ft",
})

# Abbreviations that precede a number: 'Nov. 23', 'No. 2', 'Art. 9'.
NUMBER_ABBREVIATIONS = frozenset({
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    "No", "Nos", "no", "Art", "Vol", "vol", "Fig", "fig", "p", "pp", "Para", "para",
})

# Abbreviations that may or may not close a sentence.
AMBIGUOUS_ABBREVIATIONS = frozenset({
    "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "etc", "vs", "Dept", "Univ",
    "approx", "est", "al",
})

# Words that open a new sentence after an ambiguous abbreviation.
SENTENCE_OPENERS = frozenset({
    "A", "An", "The", "He", "She", "It", "They", "We", "I", "You", "This", "That",
    "These", "Those", "There", "Here", "But", "And", "Yet", "So", "Or", "In", "On",
    "At", "As", "After", "Before", "When", "While", "However", "Meanwhile", "Still",
    "Also", "His", "Her", "Its", "Their", "Our", "My", "If", "For", "Some", "Many",
    "Both", "Such", "Under", "With", "According", "Earlier", "Later", "Last", "Separately",
    "Since", "Although", "Though", "Despite", "During", "Officials", "Analysts",
})

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A list item's mark before a sentence: '* ', '• ', '- '.
# The marks items are listed with, Korean sites' arrows and diamonds among them ('▶ Related: ...').
LIST_MARKS = "•●▪‣◦·∙*■□▶►▷☞◆◇▲△※➤"
LIST_MARK = re.compile(rf"^\s*(?:[{LIST_MARKS}]|-(?!-))\s+")
# A transcript's speaker label before a sentence: 'Q: ', 'A: ', 'Lee: ', 'Hankyoreh: '.
# An attribution closing a sentence, and who it names: '... on Tuesday, officials said.', ', South Korea's navy
# said in a statement.'
ATTRIBUTION_AFTER = re.compile(
    r"\s*,\s*(?P<who>(?:[\w.'’-]+\s+){1,5})(?:said|says|told|added|noted|reported)\b(?:\s+[\w.'’-]+){0,3}\W*$"
)
SPEAKER_LABEL = re.compile(r"^\s*(?P<speaker>Q|A|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s?:\s+(?=\S)")
_BOUNDARY = re.compile(rf"[{_TERMINAL}]+[{re.escape(_CLOSERS)}]*\s+")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_COMPLETE = re.compile(rf"[{_TERMINAL}][{re.escape(_CLOSERS)}]*$")


def split_sentences(text: str) -> tuple[str, ...]:
    """The sentences of `text` in order, each stripped; white space is kept inside."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if _ends_sentence(text, match):
            piece = text[start:match.end()].strip()
            if piece:
                sentences.append(piece)
            start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return tuple(sentences)


def is_complete(sentence: str) -> bool:
    """True when `sentence` ends with terminal punctuation (a cut-off capture does not)."""
    return bool(_COMPLETE.search(sentence.rstrip()))


def cut_off(sentence: str) -> str:
    """The last sentence of a text, marked with '…' when the text stops in it
    (the capture was cut there: '... deepened defense ties wit')."""
    return sentence if is_complete(sentence) else sentence.rstrip(" ,;:-–—") + "…"


def _ends_sentence(text: str, match: re.Match) -> bool:
    following = text[match.end():].lstrip(_OPENERS)
    if not following or following[0].islower():
        return False
    punctuation = match.group().rstrip()
    if punctuation != ".":
        # '?', '!', '...' or a closing quote after the period: always an end.
        return True
    before = text[:match.start()].rsplit(None, 1)
    word = before[-1].lstrip(_OPENERS) if before else ""
    opener = re.match(r"[\w'’-]+", following)
    next_word = opener.group() if opener else ""
    if word in TITLE_ABBREVIATIONS:
        return False
    if word in NUMBER_ABBREVIATIONS and following[0].isdigit():
        return False
    # (the last part of a compound too: 'the 51st ROK-U.S. Security Consultative Meeting', 'an anti-U.S. Forces
    # Korea rally')
    last = word.rsplit("-", 1)[-1]
    if word in AMBIGUOUS_ABBREVIATIONS or _DOTTED.match(word) or _is_initial(word) or (
            last != word and (last in AMBIGUOUS_ABBREVIATIONS or _DOTTED.match(last))):
        return next_word in SENTENCE_OPENERS
    return True


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()
