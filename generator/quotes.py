"""Find direct quotations and who said them.

The quotes are the words inside quote marks (`generator.quote_marks`); their
speakers come from the attribution around them (`generator.speakers`).

Not every quoted phrase is a quotation. Left out: a term of one to three words
with no speech around it or after a naming word ('dubbed the “1+1+alpha”
formula'), or a term of the trade wherever it stands (“white list”), a quoted name in title case
(“Japan-Korea Military Intelligence Protection Agreement”), a capture cut
after one word ('"I '). The same words quoted twice (a headline, then the
body) are one quotation, and so is a sentence interrupted by its attribution
('"We are disappointed," Pompeo said, "and we urge both sides to talk."'),
its parts joined by ' … '. A quote left open at a paragraph's end goes on in
the next paragraph and has that paragraph's speaker; one that stops
mid-sentence there was cut short by the capture and ends in '…'.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .lexicon import QUOTED_TERMS
from .models import Actor, CleanArticle, Quote
from .quote_marks import (
    DOUBLE_MARKS,
    QuoteSpan,
    is_title_case_name,
    quote_spans,
    quoted_words,
    uses_double_marks,
)
from .speakers import MAX_TERM_WORDS, Speakers


def find_quotes(article: CleanArticle, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Every direct quotation in the body, with the speaker's actor id (None if unattributed).

    Ordered by paragraph and place. Pure: reads only `article` and `actors`.
    """
    paragraphs = article.paragraphs
    # Single marks quote in an article without double ones, and in a
    # paragraph without them ('...,' Kajiyama said' beside '"white list"').
    single_marks = not uses_double_marks(paragraphs)
    spans = [quote_spans(text, single_marks=single_marks or not uses_double_marks((text,))) for text in paragraphs]
    speakers = Speakers(paragraphs, spans, actors, dict(article.introduced))
    quotes: list[Quote] = []
    left_open: set[int] = set()
    seen: dict[str, int] = {}  # the words of each quote so far, folded: its place in `quotes`
    for index, text in enumerate(paragraphs):
        joined: set[int] = set()  # spans that go on with the quote before them
        for k, span in enumerate(spans[index]):
            if k in joined:
                continue
            words = quoted_words(text, span)
            key = _fold(words)
            if not _quotable(span, words):
                continue
            if words.casefold().rstrip(",.;:!?") in QUOTED_TERMS or _named_by_its_term(text, span, words):
                continue
            if _WRITTEN_ON.search(text, max(0, span.start - 60), span.start):
                continue  # what a placard or a sign reads: no one's speech
            if _SLOGAN_BEFORE.search(text, max(0, span.start - 40), span.start):
                continue  # a slogan: 'under the banner "No Japan, No Buy."'
            if _is_term(text, span, words) and not speakers.is_spoken(index, span):
                continue
            if _crosshead(text, span, words):
                continue
            if key in seen:
                # The same words again: said by another too ('Japan has called the decision "extremely
                # regrettable"' after Kono did), or by the one a headline over the story did not name.
                before = quotes[seen[key]]
                speaker = speakers.speaker(index, span, quotes)
                if speaker is not None and before.speaker is None:
                    quotes[seen[key]] = replace(before, speaker=speaker)
                elif speaker is not None and speaker != before.speaker:
                    seen[key] = len(quotes)
                    quotes.append(Quote(text=words, speaker=speaker, paragraph=index))
                continue
            seen[key] = len(quotes)
            speaker = speakers.speaker(index, span, quotes)
            # '"We are disappointed," Pompeo said, "and we urge both sides to talk."': one quotation.
            last, following = span, k + 1
            while following < len(spans[index]) and speakers.interrupts(index, last, spans[index][following]):
                last = spans[index][following]
                joined.add(following)
                more = quoted_words(text, last)
                seen[_fold(more)] = len(quotes)
                words = f"{words} … {more}"
                following += 1
            shown = f"{words}…" if _cut_short(last, words) else words
            quotes.append(Quote(text=shown, speaker=speaker, paragraph=index))
            if not last.closed:
                left_open.add(len(quotes) - 1)
    return tuple(_carried_on(quotes, i, paragraphs) if i in left_open else q for i, q in enumerate(quotes))


def _crosshead(text: str, span: QuoteSpan, words: str) -> bool:
    """True for a crosshead that is a few quoted words, the whole paragraph and no sentence (ABC's
    "'A sigh of relief in Washington'"): a heading over what follows, no one's speech then."""
    inner = text[span.start + 1:span.end].rstrip()
    return (span.closed and not text[:span.start].strip() and not text[span.outer_end:].strip()
            and len(words.split()) <= CROSSHEAD_MAX_WORDS and inner[-1:] not in ".!?,…")


# A quoted crosshead is a few words long.
CROSSHEAD_MAX_WORDS = 8


def _quotable(span: QuoteSpan, words: str) -> bool:
    """False for quoted words that cannot be a quotation: nothing, a scrap cut off, a name (its stop
    too, where the sentence ends with it: 'began the "East Sea Territory Protection Exercise."')."""
    if not words or (not span.closed and len(words.split()) < 2):
        return False
    if words[-1:] == "." and _NAME_HEAD.search(words) and is_title_case_name(words[:-1]):
        return False
    return not is_title_case_name(words)


# The last word of a name ending a sentence inside its quote marks.
_NAME_HEAD = re.compile(
    r"\b(?:Exercises?|Drills?|Agreement|Act|Law|Bill|Treaty|Pact|Initiative|Strategy|Plan|Policy|Declaration"
    r"|Accord|Operation|Program|Programme|Forum|Summit|Dialogue|Formula)\.$"
)
# A word that introduces a term ('dubbed the "1+1+alpha" formula', 'the so-called "white list"'), or a name.
_TERM_BEFORE = re.compile(
    r"\b(?:so-called|dubbed|termed|nicknamed|known\s+as|labell?ed|branded)\s+(?:(?:the|a|an|its|their)\s+)?$",
    re.IGNORECASE,
)


# What something carries written on it: 'a sheet of paper reading "..."', 'placards reading "Harris out" and
# "No to GSOMIA."'.
_WRITTEN_ON = re.compile(
    r"\b(?:placards?|signs?|banners?|posters?|pickets?|paper|boards?|whiteboards?|t-shirts?|headbands?|notices?)"
    r"\s+(?:that\s+)?(?:read|reads|reading|saying|bearing)\s+(?:the\s+words\s+)?"
    r"(?:[“\"][^”\"]{1,60}[”\"],?\s+(?:and\s+|or\s+)?)*$",
    re.IGNORECASE,
)


# What a slogan comes after: 'under the banner "No Japan, No Buy."', 'the hashtag "..."'.
_SLOGAN_BEFORE = re.compile(
    r"\b(?:banner|slogan|motto|hashtag|catchphrase|catchword|rallying\s+cry|campaign\s+name)s?\s+$", re.IGNORECASE
)


# ... or that it is told to be after them: 'former "comfort women," a euphemism for ...'.
_TERM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:a|an|the)\s+)?(?:euphemism|term|word|phrase|nickname|moniker|label|code\s*name)"
    r"\s+(?:for|used|that)\b",
    re.IGNORECASE,
)


# What glosses a word: 'a traditional shout meaning "long live the Emperor"', 'which translates as "..."'.
_GLOSS_BEFORE = re.compile(
    r"\b(?:(?:word|term|phrase|shout|cry|chant|expression|slogan|name|title)s?\s+(?:meaning|that\s+means)"
    r"|translat(?:es|ed|ing)\s+(?:as|to)|,\s*literally)\s+$",
    re.IGNORECASE,
)
_MAX_GLOSS_WORDS = 8


def _named_by_its_term(text: str, span: QuoteSpan, words: str) -> bool:
    """True for a few quoted words that a naming word introduces, or that are told to be a term
    after them, or that gloss a word before them: a term, not speech."""
    count = len(words.split())
    return (count <= MAX_TERM_WORDS and (
        bool(_TERM_BEFORE.search(text, max(0, span.start - 40), span.start))
        or bool(_TERM_AFTER.match(text, span.outer_end))
    )) or (count <= _MAX_GLOSS_WORDS and bool(_GLOSS_BEFORE.search(text, max(0, span.start - 30), span.start)))


def _cut_short(span: QuoteSpan, words: str) -> bool:
    """True for a quote left open whose words stop mid-sentence: the capture
    was cut there ('... the pact between Seou'), and the quote says so with '…'."""
    return not span.closed and words[-1:] not in ".!?…:;,—–-"


def _is_term(text: str, span: QuoteSpan, words: str) -> bool:
    """True for a few quoted words that may be a term (“white list”) rather than speech.

    Punctuation inside the marks ('"strategic value."', '"Disgraceful,"') is speech.
    """
    inner = text[span.start + 1:span.end].rstrip()
    return len(words.split()) <= MAX_TERM_WORDS and inner[-1:] not in ",.!?"


def _carried_on(quotes: list[Quote], position: int, paragraphs: tuple[str, ...]) -> Quote:
    """The open quote at `position` with the speaker of the quote that goes on in the next paragraph."""
    quote = quotes[position]
    if position + 1 >= len(quotes):
        return quote
    following = quotes[position + 1]
    if following.paragraph != quote.paragraph + 1 or following.speaker is None:
        return quote
    if paragraphs[following.paragraph].lstrip()[:1] not in DOUBLE_MARKS + "‘'":
        return quote
    return Quote(text=quote.text, speaker=following.speaker, paragraph=quote.paragraph)


def _fold(text: str) -> str:
    """The words of a quote in lower case, for telling one quotation told twice."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("‘", "'")
    return " ".join(re.findall(r"\w+", text))
