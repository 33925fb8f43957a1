"""Sentences split where a page's inline elements were: each link, bold word or date on a line of its own.

A page's text taken element by element breaks its sentences wherever a link sat ('Foreign Minister' /
'Kang Kyung-wha' / 'met her Japanese counterpart ...'; ', a move that ...' after 'Japan'), often with a
blank line after every piece. `rejoin` puts the pieces of a sentence back on one line, so the cleaning
stage reads them as the paragraph they are; it returns any other text unchanged.

Pieces on consecutive lines are joined on their own evidence: a line opening with the punctuation that
goes on a sentence (', ', '. ', ')'), a line after one ending in a small word ('... terminate its'), a
short piece between a line left open and one going on in small letters. Across blank lines they are
joined only on a page that shows the split often (`MIN_SIGNALS` lines opening so after a blank line, or
left open with the space that stood before the next link), so a page's own paragraphs stay apart.
"""

from __future__ import annotations

import re

# A page shows the split when this many lines, after a blank one, go on a sentence, or end open with a space.
MIN_SIGNALS = 3
# A piece between two others of a sentence is this short: a name, a place, a date.
PIECE_MAX_WORDS = 6
PIECE_MAX_CHARS = 60

# The punctuation a piece going on a sentence opens with (not an ellipsis): ', a move that', '. President'.
_GOES_ON = re.compile(r"^(?:[,;:)\]](?:\s|$)|\.(?!\.)(?:\s|$)|['’]s\b)")
# A sentence's end: its mark, and a quotation's or bracket's close after it.
_CLOSED = re.compile(r"[.!?…:][\"'”’)\]]*$")
# ... but an abbreviation's full stop ('Samsung Electronics Co.' / 'and', 'U.S.' / 'officials').
_ABBREVIATION = re.compile(
    r"(?:\b(?:Co|Inc|Corp|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)"
    r"|\b(?:[A-Z]\.)+[A-Z]?)\.$"
)
# A small word no sentence ends with.
_SMALL_WORD_END = re.compile(
    r"(?:^|\s)(?:the|a|an|of|at|in|on|to|by|for|with|from|as|into|over|and|or|its|his|her|their|our|that|than)$"
)
# A piece naming someone or something, a link's text: 'Kang Kyung-wha', 'GSOMIA', 'Dec. 24' (not a word broken by
# print's hyphen at a line's end).
_NAMED_PIECE = re.compile(r"[A-Z][\w.'’&-]*(?: (?:[A-Z0-9][\w.'’&-]*|of|and|the|for))*(?<!-)")
# What parts the links of a list on lines of their own: a comma, a bar, 'and'.
_LIST_SEPARATORS = frozenset({",", "|", "/", "·", "&", "and"})
# An address or a user's name on a line of its own.
_HANDLE = re.compile(r"\S*[._/@\d]\S*")
# A piece naming someone has at most this many words.
NAME_MAX_WORDS = 4
# A part in brackets going on a sentence: '(GSOMIA) with', '(NSC) standing committee' (not a credit, '(Yonhap)').
_PART_IN_BRACKETS = re.compile(r"^\([^()]*\)\s*\S|^\([^()]*$")
# A writer's credit in small letters: 'by' / 'Kaori Saito'.
_CREDIT = re.compile(r"^(?:by|via)(?:\s+[A-Z][\w.'’-]*){0,4}$")


def rejoin(text: str) -> str:
    """`text` with the pieces of its split sentences joined on one line, if it shows the split (see the
    module's note); else `text` as it is."""
    lines = text.split("\n")
    if _signals(lines) < MIN_SIGNALS:
        return text
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out: list[str] = []
    for k, i in enumerate(filled):
        line = lines[i]
        if k:
            after = lines[filled[k + 1]] if k + 1 < len(filled) else None
            if _goes_on(out[-1], line, after):
                out[-1] = _glued(out[-1], line)
                continue
            out.extend([""] * (i - filled[k - 1] - 1))
        else:
            out.extend([""] * i)
        out.append(line)
    out.extend([""] * (len(lines) - 1 - filled[-1]) if filled else ())
    return "\n".join(out)


def _signals(lines: list[str]) -> int:
    """How many lines show a page split at its inline elements: after a blank line, a line going on a
    sentence or opening in small letters; before one, a line left open with a space after it; a short piece
    between a line left open and one going on in small letters or with punctuation."""
    count = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if i and not lines[i - 1].strip() and _going_on(stripped):
            count += 1
        if line.endswith(" ") and not line.endswith("  ") and i + 1 < len(lines) and not lines[i + 1].strip() and (
                not _CLOSED.search(stripped)):
            count += 1
        if 0 < i < len(lines) - 1 and _NAMED_PIECE.fullmatch(stripped) and len(stripped.split()) <= NAME_MAX_WORDS and (
                _open(lines[i - 1].strip())) and (
                _going_on(lines[i + 1].strip())):
            count += 1
    return count


def _goes_on(before: str, line: str, after: str | None) -> bool:
    """Whether `line` goes on the sentence `before` leaves open (`after`: the next line with text)."""
    a, b = before.strip(), line.strip()
    if _GOES_ON.match(b):
        return True
    if not _open(a) or _CREDIT.match(b) or a.endswith("-"):
        return False
    if line.startswith(" ") or before.endswith(" "):
        return True  # (the space that stood before or after a link)
    named = _NAMED_PIECE.fullmatch(b) is not None
    # A writer's name after 'By', or after another's and a comma ('Hyun-jin Ko' / ', ' / 'Kaori Nakamura'); but
    # not the first of such a list after a headline.
    if named and (a.lower() == "by" or a.endswith(",")):
        return True
    if named and (after or "").strip() in _LIST_SEPARATORS:
        return False
    return bool(
        b[0].islower() or _SMALL_WORD_END.search(a)
        or _PART_IN_BRACKETS.match(b)
        or (_piece(b) and (_going_on((after or "").strip()) or _SMALL_WORD_END.search(b)))
    )


def _open(text: str) -> bool:
    """Whether a line leaves its sentence open: no mark ends it, or an abbreviation's full stop does."""
    return bool(text) and (not _CLOSED.search(text) or _ABBREVIATION.search(text) is not None)


def _piece(text: str) -> bool:
    """Whether a line is short enough to be a piece of a sentence: a name, a place, a date."""
    return bool(text) and len(text.split()) <= PIECE_MAX_WORDS and len(text) <= PIECE_MAX_CHARS and not (
        _CLOSED.search(text))


def _going_on(text: str) -> bool:
    """Whether a line goes on a sentence: it opens with the punctuation that does, or in small letters (not
    an address or a user's name: 'koreatimes.co.kr', 'kimchi_and_silicon')."""
    return bool(text) and (_GOES_ON.match(text) is not None or (
        text[0].islower() and not _CREDIT.match(text) and not _HANDLE.fullmatch(text)))


def _glued(before: str, line: str) -> str:
    """`line` after `before` on one line: with a space, but before the punctuation going on a sentence."""
    b = line.strip()
    return before.rstrip() + ("" if _GOES_ON.match(b) else " ") + b
