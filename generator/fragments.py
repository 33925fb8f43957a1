"""Sentences split where a page's inline elements were: each link, bold word or date on a line of its own.

A page's text taken element by element breaks its sentences wherever a link sat ('Foreign Minister' /
'Kang Kyung-wha' / 'met her Japanese counterpart ...'; ', a move that ...' after 'Japan'), often with a
blank line after every piece. `rejoin` puts the pieces of a sentence back on one line, so the cleaning
stage reads them as the paragraph they are.

It touches only a page that shows the split (`MIN_SIGNALS` lines at least that only such a page has: a line
opening with the punctuation that goes on a sentence after a line left open; a name between a line left open
and one going on; a line ending in the space that stood before a link over one opening with the space after
it); any other page is returned as it is, whatever its lines end or open with. On such a page a line goes on
the one before it, blank lines between or not, when:

- it opens with the punctuation that goes on a sentence (', a move that', '. President');
- it is a short piece and the line before leads on to it: it ends in a small word, a role's word, a verb of
  saying or a possessive ('... terminate its', 'Foreign Minister', "President Moon's"), or in the space before a
  link ('leaving ' / 'Samsung Electronics Co.' / ' and');
- it is a name between a line left open and one going on ('efforts to track' / 'North Korea' / "'s weapons"),
  but not after the headline (the page's first line of a few words), a stamp, a writer's or a photo's credit, or
  a full stop;
- it opens in small letters after a line left open, and goes on itself (it closes a sentence, is long, ends in
  a small word, or the line after it goes on), so a headline takes no label under it ('updated 3 hours ago').
"""

from __future__ import annotations

import re

from . import metadata
from .lexicon import ROLE_HEADS

# A page shows the split with this many lines that only such a page has (see the module's note).
MIN_SIGNALS = 3
# A piece between two others of a sentence is this short: a name, a place, a date.
PIECE_MAX_WORDS = 6
PIECE_MAX_CHARS = 60
# A piece naming someone has at most this many words.
NAME_MAX_WORDS = 4
# Words in small letters, this many at least, go on a sentence (not an item of a list: 'export controls').
SENTENCE_ON_MIN_WORDS = 3

# The punctuation a piece going on a sentence opens with (not an ellipsis, spaced or not): ', a move that',
# '. President', "'s decision".
_GOES_ON = re.compile(r"^(?:[,;:)\]](?:\s|$)|\.(?!\.)(?!\s\.)(?:\s|$)|['’]s\b)")
# A sentence's end: its mark, and a quotation's or bracket's close after it.
_CLOSED = re.compile(r"[.!?…:][\"'”’)\]]*$")
# ... but an abbreviation's full stop ('Samsung Electronics Co.' / 'and').
_ABBREVIATION = re.compile(
    r"(?:\b(?:Co|Inc|Corp|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)"
    r"|\b(?:[A-Z]\.)+[A-Z]?)\.$"
)
# A small word no sentence ends with.
_SMALL_WORD_END = re.compile(
    r"(?:^|\s)(?:the|a|an|of|at|in|on|to|by|for|with|from|as|into|over|and|or|its|his|her|their|our|that|than)$"
)
# The last word of a line, to tell a role's ('Foreign Minister' / 'Kang Kyung-wha').
_LAST_WORD = re.compile(r"([A-Za-z-]+)$")
_LEAD_WORDS = ROLE_HEADS | {"counterpart", "counterparts", "said", "says", "told", "added", "asked", "urged", "met"}
_POSSESSIVE_END = re.compile(r"\w['’]s$")
# A piece naming someone or something, a link's text: 'Kang Kyung-wha', 'GSOMIA', 'Dec. 24' (not a word broken by
# print's hyphen at a line's end).
_NAMED_PIECE = re.compile(r"[A-Z][\w.'’&-]*(?: (?:[A-Z0-9][\w.'’&-]*|of|and|the|for))*(?<!-)")
# An address or a user's name on a line of its own.
_HANDLE = re.compile(r"\S*[._/@\d]\S*")
# An acronym in brackets after a name, the sentence going on: '(GSOMIA) with', '(NSC) standing committee'; the
# name's last word, in small letters after its capital (not a menu's 'OPINION' over '(LEAD) Kang, Motegi agree').
_ACRONYM_AFTER_NAME = re.compile(r"^\([A-Z][A-Za-z0-9&.-]{1,9}\)(?:\s|[,.;:]|$)")
_NAME_END = re.compile(r"\b[A-Z][a-z][\w'’-]*$")
# A stamp of how long ago: 'updated 3 hours ago'.
_AGO = re.compile(r"^(?:(?:updated|published|posted)\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$", re.IGNORECASE)
# A source in brackets closing a line: '(Yonhap)', '(AP Photo/Ahn Young-joon)'.
_CREDIT_AFTER = re.compile(r"\((?P<source>[A-Z][\w.&'’ -]*?)(?:\s*(?:Photo|photo|file photo))?(?:\s*/[^()]*)?\)$")
# The first line of this many words is the page's headline most likely.
HEADLINE_MIN_WORDS = 4
# A part in brackets going on a sentence: '(GSOMIA) with', '(NSC) standing committee' (not a credit, '(Yonhap)').
_PART_IN_BRACKETS = re.compile(r"^\([^()]*\)\s*\S|^\([^()]*$")
# A writer's credit in small letters: 'by' / 'Kaori Saito'.
_CREDIT = re.compile(r"^(?:by|via)(?:\s+[A-Z][\w.'’-]*){0,4}$")


def rejoin(text: str) -> str:
    """`text` with the pieces of its split sentences joined on one line, if it shows the split (see the
    module's note); else `text` as it is."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if _signals([lines[i] for i in filled]) < MIN_SIGNALS:
        return text
    # (the first line of a few words, the headline most likely: a piece after it opens the story)
    headline = next((i for i in filled if len(lines[i].split()) >= HEADLINE_MIN_WORDS), None)
    out: list[str] = []
    opened_at = -1  # where the line being built opened
    for k, i in enumerate(filled):
        line = lines[i]
        if k:
            after = lines[filled[k + 1]] if k + 1 < len(filled) else None
            if _goes_on(out[-1], lines[filled[k - 1]], line, after, headed=opened_at == headline):
                out[-1] = _glued(out[-1], line)
                opened_at = -1  # (a line something went on is a sentence's, no headline)
                continue
            out.extend([""] * (i - filled[k - 1] - 1))
        else:
            out.extend([""] * i)
        out.append(line)
        opened_at = i
    out.extend([""] * (len(lines) - 1 - filled[-1]))
    return "\n".join(out)


def _signals(lines: list[str]) -> int:
    """How many of the lines with text show a page split at its inline elements (see the module's note)."""
    count = 0
    for k in range(1, len(lines)):
        before, line = lines[k - 1], lines[k]
        text = line.strip()
        after = lines[k + 1].strip() if k + 1 < len(lines) else ""
        # (a name between words of a sentence: not an item of a list of tags or a menu, 'Japan' between 'boycott'
        # and 'export controls')
        named = (_NAMED_PIECE.fullmatch(text) and len(text.split()) <= NAME_MAX_WORDS and _sentence_on(lines[k + 1] if
                 k + 1 < len(lines) else "") and (len(before.split()) >= 2 or _leads_on(before.strip())))
        if _open(before.strip()) and (
                _GOES_ON.match(text) or named or (_spaced_end(before) and _spaced_start(line) and _going_on(text))):
            # (a name after a role, the space after its link before the next words, counts twice: 'South Korean
            # Prime Minister' / 'Lee Nak-yon' / ' said on Wednesday')
            count += 2 if named and _leads_on(before.strip()) and _spaced_start(lines[k + 1]) else 1
    return count


def _goes_on(before: str, last: str, line: str, after: str | None, headed: bool) -> bool:
    """Whether `line` goes on the sentence `before` leaves open (`last`: the line `before` ends with, as printed;
    `after`: the next line with text; `headed`: whether `before` opened with the page's first line of a few words,
    its headline most likely)."""
    a, b = before.strip(), line.strip()
    if _GOES_ON.match(b):
        return True
    if not _open(a) or _CREDIT.match(b) or a.endswith("-"):
        return False
    nxt = (after or "").strip()
    if headed:
        # Nothing goes on the headline (not a byline, a date, a lead opening in small letters) but a name after a
        # role's word, the sentence going on after it: a short headline over 'SEOUL -- Foreign Minister' /
        # 'Kang Kyung-wha' / ' said on Friday ...'.
        return _leads_on(a) and _NAMED_PIECE.fullmatch(b) is not None and _sentence_on(after or "")
    if b[0].islower():
        # (after a name or a small word, or going on a sentence itself: closing it, or long; not an item of a
        # menu: 'News' / 'iPhone')
        return (_leads_on(a) or _spaced_end(before) or _spaced_start(line)
                or (_NAMED_PIECE.fullmatch(last.strip()) is not None and _sentence_on(line))
                or (len(b.split()) >= SENTENCE_ON_MIN_WORDS and _piece(last.strip()))
                or _CLOSED.search(b) is not None or not _piece(b))
    # A writer's name after 'By', or after another's and a comma ('Hyun-jin Ko' / ', ' / 'Kaori Nakamura').
    if _NAMED_PIECE.fullmatch(b) and (a.lower() == "by" or a.endswith(",")):
        return True
    if _ACRONYM_AFTER_NAME.match(b):
        return _NAME_END.search(a) is not None  # an acronym after a name: 'National Security Council' / '(NSC) standing'
    if not _piece(b):
        return False
    if _leads_on(a):
        # (the piece goes on, or closes the sentence: '... talks with the' / 'U.S.')
        return _going_on(nxt) or _SMALL_WORD_END.search(b) is not None or _spaced_start(after or "") or (
            _PART_IN_BRACKETS.match(nxt) is not None or b.endswith("."))
    # ... a name between a line left open and one going on ('efforts to track' / 'North Korea' / "'s weapons"), not
    # after a label; after the space before a link, the space after it next ('The ' / 'General Security ...' /
    # ' (GSOMIA) had').
    return (_NAMED_PIECE.fullmatch(b) is not None and _sentence_on(after or "") and not _label(a)) or (
        _spaced_end(before) and (_going_on(nxt) or _spaced_start(after or "")))


def _label(text: str) -> bool:
    """Whether a line is a page's label or ends so, no sentence going on from it: a stamp ('updated 3 hours ago',
    'Nov. 22, 2019'), a writer's credit ('Kim Tong-hyung, Associated Press'), a photo's credit after its caption
    ('... at Cheong Wa Dae on Friday (Yonhap)'); or it ends in a full stop, an abbreviation's or not ('... talks
    with the U.S.')."""
    credit = _CREDIT_AFTER.search(text)
    return bool(text.endswith(".") or _AGO.match(text) or metadata.page_date(text) or metadata.credit_line_outlet(text)
                or metadata.parse_byline(text) or (credit and metadata.canonical_agency(credit["source"])))


def _leads_on(text: str) -> bool:
    """Whether a line ends in a word that must be followed: a small word, a role's ('Foreign Minister'), a verb of
    saying ('..., said' / 'Hwang Seon-young'), a possessive ("President Moon's" / 'Liberation Day')."""
    last = _LAST_WORD.search(text)
    return _SMALL_WORD_END.search(text) is not None or _POSSESSIVE_END.search(text) is not None or (
        last is not None and last[1].lower() in _LEAD_WORDS)


def _open(text: str) -> bool:
    """Whether a line leaves its sentence open: no mark ends it, or an abbreviation's full stop does."""
    return bool(text) and (not _CLOSED.search(text) or _ABBREVIATION.search(text) is not None)


def _piece(text: str) -> bool:
    """Whether a line is short enough to be a piece of a sentence: a name, a place, a date."""
    return len(text.split()) <= PIECE_MAX_WORDS and len(text) <= PIECE_MAX_CHARS and _open(text)


def _sentence_on(line: str) -> bool:
    """Whether a line goes on a sentence as only a sentence's words do: with the punctuation that goes on one, the
    space after a link, three words at least in small letters ('met her counterpart'), or ending in a small word
    ('in')."""
    text = line.strip()
    return _GOES_ON.match(text) is not None or (_spaced_start(line) and _going_on(text)) or (
        _going_on(text) and (len(text.split()) >= SENTENCE_ON_MIN_WORDS or _SMALL_WORD_END.search(" " + text) is not None))


def _going_on(text: str) -> bool:
    """Whether a line goes on a sentence: it opens with the punctuation that does, or in small letters (not
    an address or a user's name: 'koreatimes.co.kr', 'kimchi_and_silicon')."""
    return bool(text) and (_GOES_ON.match(text) is not None or (
        text[0].islower() and not _CREDIT.match(text) and not _HANDLE.fullmatch(text)))


def _spaced_end(line: str) -> bool:
    """Whether a line ends in the one space that stood before a link ('Prime Minister ')."""
    return line.endswith(" ") and not line.endswith("  ") and bool(line.strip())


def _spaced_start(line: str) -> bool:
    """Whether a line opens with the one space that stood after a link (' said in his opening remarks')."""
    return line.startswith(" ") and not line.startswith("  ")


def _glued(before: str, line: str) -> str:
    """`line` after `before` on one line: with a space, but before the punctuation going on a sentence."""
    b = line.strip()
    return before.rstrip() + ("" if _GOES_ON.match(b) else " ") + line.lstrip()  # (keeping a space after it)
