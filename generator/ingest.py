"""Read input articles: discover files, decode bytes, read sidecar metadata.

This is the only stage that touches the input files. `read_article` turns one
file into a `RawArticle` or raises `InputError` with a short reason; bad bytes,
bad YAML or a bad sidecar never escape as a traceback. Character references a
scraper left in a text or Markdown file ('&#8220;', '&amp;') are read as the
characters they stand for.

Metadata precedence, field by field: sidecar `NAME.yaml` / `NAME.yml` beats
Markdown front matter beats what an HTML page states about itself (meta tags,
JSON-LD: `webpage.page_meta`) beats what trafilatura reads from it.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import logging
import os
import re
import reprlib
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import charset_normalizer
import yaml

from . import metadata
from .errors import InputError
from .knowledge import SAFE_LOADER
from .models import RawArticle, SourceMeta
from .webpage import page_meta, page_title, stamped_lines, without_site_name

if TYPE_CHECKING:
    from lxml import etree

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_SUFFIXES = (".yaml", ".yml")

# A saved news page is well under 1 MiB; 20 MiB leaves room for pages with
# inlined images while keeping a stray disk image or video out of memory.
MAX_BYTES = 20 * 1024 * 1024
# A sidecar holds a few short values.
MAX_SIDECAR_BYTES = 64 * 1024
# The years a publication date may fall in (the text's dates are read in them too).
PUBLISHED_YEARS = (1900, 2099)
# The longest name of an article file, without its suffix: its pages are named after it.
MAX_NAME_BYTES = 200

FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}

META_KEYS = tuple(f.name for f in fields(SourceMeta))


# --- Decoding rules -------------------------------------------------------

# Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Files that are certainly not text, whatever their name says.
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)

# Control characters (Unicode category Cc) but newline and tab: text never
# needs them; a few stray ones are dropped, many mean binary data.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Marks that print nothing and only break words apart for the readers of the
# text: zero-width space, word joiner, a byte-order mark inside the text, soft hyphen.
# An HTML character reference, named or numbered, with its closing semicolon.
# The Latin ligatures a PDF's text keeps, as the letters they join.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_LIGATURE = re.compile("[ﬀ-ﬆ]")
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Tags a scraper left around a page's lines: a line break; a block's tags opening or closing a line ('<p>Seoul
# said ...</p>'); a pair of any tag of text around a whole line ('<strong>Japan, S. Korea agree ...</strong>').
# Not tags inside a line, which stay as typed ('said Kono <i>Taro</i>, ...'), nor others ('<END>').
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_TAGS_HTML = r"p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|header|footer|table|tr|td"
_BLOCK_TAGS_AROUND = re.compile(
    rf"^(?:\s*<(?:{_BLOCK_TAGS_HTML})(?:\s[^<>]{{0,200}})?>)+|(?:</(?:{_BLOCK_TAGS_HTML})>\s*)+$", re.IGNORECASE
)
_PAIR_AROUND = re.compile(
    rf"^\s*<(?P<tag>{_BLOCK_TAGS_HTML}|strong|b|i|em|u|span|a|small|font)(?:\s[^<>]{{0,200}})?>(?P<inner>.*)"
    r"</(?P=tag)>\s*$",
    re.IGNORECASE,
)


def _without_page_tags(text: str) -> str:
    """A scraped text without the tags left around its lines (see _PAIR_AROUND)."""
    lines = []
    for line in _LINE_BREAK_TAG.sub("\n", text).split("\n"):
        while True:
            bare = _BLOCK_TAGS_AROUND.sub("", line)
            pair = _PAIR_AROUND.match(bare)
            # (a pair of its own: not '<b>Moon</b> urged Abe ..., said <b>Ko Min-jung</b>')
            if pair and not re.search(rf"</?{pair['tag']}\b", pair["inner"], re.IGNORECASE):
                bare = pair["inner"]
            if bare == line:
                break
            line = bare
        lines.append(line)
    return "\n".join(lines)


# A forum's markup a scraper kept (BBCode): a picture and its address go ('[img]http://...jpg[/img]'), a link keeps its
# words ('[url=http://...]...[/url]'), and the other tags their text ('[b][size=18]US walks out ...[/size][/b]',
# '[quote]...[/quote]'). Read only in a text that closes such a tag somewhere.
_BBCODE_CLOSING = re.compile(r"\[/(b|i|u|s|quote|url|img|size|color|font|center|list|code)\]")
_BBCODE_IMAGE = re.compile(r"\[img(?:=[^\]]{0,80})?\][^\[\]]{0,400}\[/img\]")
_BBCODE_LINK = re.compile(r"\[url=[^\]]{1,400}\]([^\[\]]{0,400})\[/url\]")
_BBCODE_TAG = re.compile(r"\[/?([a-z]+|\*)(?:=[^\]]{0,80})?\]")


def _without_bbcode(text: str) -> str:
    """A scraped forum's text without its markup (see _BBCODE_CLOSING): only the tags the text closes somewhere
    go, so that an editor's brackets stay ('"[i]t is time for [S]outh Korea ..."' where no '[/i]' stands)."""
    closed = set(_BBCODE_CLOSING.findall(text))
    if "list" in closed:
        closed.add("*")  # (a list's items: '[*]')
    text = _BBCODE_LINK.sub(r"\1", _BBCODE_IMAGE.sub("", text))
    return _BBCODE_TAG.sub(lambda tag: "" if tag[1] in closed else tag.group(), text)


_ESCAPED_TWICE = re.compile(r"&amp;(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
# Form feed and vertical tab lay text out; they are dropped but not held against it.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05
# English UTF-16 without a mark is valid UTF-8 full of NULs; leave it to the detector.
_MAX_NUL_SHARE_FOR_UTF8 = 0.125
# Damaged UTF-8 still has mostly valid multi-byte sequences; legacy CJK
# encodings form a valid sequence by accident for at most about one in three
# undecodable ones.
_MIN_VALID_PER_INVALID_UTF8 = 2

# Python codec names -> the names a user knows (IANA/WHATWG labels).
_ENCODING_NAMES = {
    "utf-8-sig": "utf-8",
    "utf-16-le": "utf-16le",
    "utf-16-be": "utf-16be",
    "utf-32-le": "utf-32le",
    "utf-32-be": "utf-32be",
    "shift-jis": "shift_jis",
    "cp1252": "windows-1252",
    "cp1251": "windows-1251",
    "cp1250": "windows-1250",
}

_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL_SCHEMES = ("http", "https")
# Paragraph-level elements of trafilatura's output tree.
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "div"})


# --- Public API -----------------------------------------------------------


def discover(directory: Path) -> list[Path]:
    """Article files in `directory`, sorted by name.

    An entry is an article if its suffix is in ARTICLE_SUFFIXES (any case).
    Hidden entries are skipped; sidecars (.yaml/.yml) are not articles.
    Directories and dangling symlinks named like articles are listed so that
    `read_article` reports them instead of their vanishing silently.
    Raises OSError if `directory` cannot be listed.
    """
    return sorted(
        (p for p in directory.iterdir() if not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES),
        key=lambda p: p.name,
    )


def strays(directory: Path, articles: Iterable[Path]) -> list[tuple[Path, str]]:
    """The entries of `directory` no build reads, each with the reason, sorted by name.

    `articles` are those `discover` listed there. A stray is a file of
    another kind ('notes.pdf') or a sidecar no article takes (its article
    misnamed or gone, 'a.YAML' beside 'a.txt'). Folders (drafts, originals)
    and hidden entries are left out, as `discover` leaves them. Raises
    OSError if `directory` cannot be listed.
    """
    articles = list(articles)
    listed = {a.name for a in articles}
    taken = {sidecar.name for article in articles for sidecar in _sidecar_names(article)}
    stems = {a.stem.lower(): a.name for a in articles}
    found = []
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if entry.name.startswith(".") or entry.name in listed or entry.name in taken:
            continue
        if entry.suffix.lower() in SIDECAR_SUFFIXES:
            article = stems.get(entry.stem.lower())
            if article is not None:
                found.append((entry, f"not the sidecar of {article} (name it {Path(article).stem}.yaml)"))
            else:
                found.append((entry, f"a sidecar without its article (no {entry.stem}.txt, .md, .html or .htm)"))
        elif not entry.is_dir():
            found.append((entry, "not an article file (expected .txt, .md, .html or .htm)"))
    return found


def read_article(path: Path) -> RawArticle:
    """Read one article file and its sidecar. Raises InputError.

    The text is decoded (BOM, strict UTF-8, then charset-normalizer), has
    Unix line ends and no control characters but newline and tab. Markdown
    loses its front matter; HTML is reduced to its main text, paragraphs
    separated by a blank line. `meta` merges sidecar, front matter and HTML
    metadata in that order of precedence, but for the page's name for itself,
    which is `site`: a clue the text's wire credits come before.
    """
    try:
        return _read_article(path)
    except _Unusable as exc:
        raise InputError(printable_path(path), str(exc)) from None


def printable_path(path: Path) -> str:
    """`path` as text that can be printed and written as UTF-8.

    A file name that is not valid UTF-8 reaches Python as lone surrogates;
    they become U+FFFD here, so a report line can name the file.
    """
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_article(path: Path) -> RawArticle:
    fmt = FORMATS.get(path.suffix.lower())
    if printable_path(path) != str(path):
        # Every page and report names the file; a name that cannot be
        # written as UTF-8 cannot be named.
        raise _Unusable("file name is not valid UTF-8 (rename the file)")
    if path.is_dir():
        raise _Unusable("is a directory, not a file")
    name_bytes = len(path.stem.encode("utf-8"))
    if name_bytes > MAX_NAME_BYTES:
        # The article's pages are named after it, and a file system names nothing longer than 255 bytes.
        raise _Unusable(f"file name too long ({name_bytes} bytes before the suffix; at most {MAX_NAME_BYTES}): "
                        "rename the file")
    if fmt is None:
        raise _Unusable(f"unsupported file type {path.suffix!r} (expected one of {', '.join(ARTICLE_SUFFIXES)})")
    data = _read_bytes(path, MAX_BYTES)
    text, encoding = _decode(data)
    if not text.strip():
        raise _Unusable("empty file")
    site = None
    if fmt == "md":
        text, embedded = _markdown_text_and_meta(text)
    elif fmt == "txt":
        text, embedded = _scraped_markdown(text)
    elif fmt == "html":
        text, embedded = _html_text_and_meta(text)
        # The page's name for itself is no stated outlet: a wire the text credits comes first.
        site, embedded = embedded.outlet, replace(embedded, outlet=None)
    else:
        embedded = SourceMeta()
    if fmt == "txt" and "<" in text:
        text = _without_page_tags(text)
    if fmt == "txt" and _BBCODE_CLOSING.search(text):
        text = _without_bbcode(text)
    if fmt != "html" and "&" in text:
        # A scraper's text keeps the page's character references: '&#8220;We welcome it,&#8221;', '&amp;'.
        # (escaped twice too: '&amp;#8220;', '&amp;amp;')
        for _ in range(2 if _ESCAPED_TWICE.search(text) else 1):
            text = _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match.group()), text)
        text = _INVISIBLE.sub("", text)
        if fmt == "txt" and "<" in text:
            text = _without_page_tags(text)  # the tags escaped too: '&lt;p&gt;...&lt;/p&gt;'
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)  # a PDF's: 'ofﬁcial', 'conﬂict'
    return RawArticle(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        format=fmt,
        encoding=encoding,
        meta=_merge_meta(_read_sidecar(path), embedded),
        site=site,
    )


class _Unusable(Exception):
    """Why the file at hand cannot be used; `read_article` adds the path."""


@contextmanager
def _about(label: str) -> Iterator[None]:
    """Put `label` (the sidecar, the key) before the reason of an _Unusable raised inside."""
    try:
        yield
    except _Unusable as exc:
        raise _Unusable(f"{label}: {exc}") from None


# --- Bytes and text -------------------------------------------------------


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; _Unusable for a missing, special or oversized file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise _Unusable(f"dangling symlink (target {os.readlink(path)} does not exist)") from None
        raise _Unusable("no such file") from None
    except OSError as exc:
        raise _Unusable(f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise _Unusable("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise _Unusable("not a regular file")
    if info.st_size > limit:
        raise _Unusable(_too_large(info.st_size, limit))
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _Unusable(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _Unusable(_too_large(len(data), limit))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size} bytes; limit {limit} bytes)"


def _decode(data: bytes) -> tuple[str, str]:
    """Article bytes as clean text, and the encoding's name.

    Order: byte-order mark; strict UTF-8 (valid UTF-8 is read as UTF-8
    unless it is NUL-heavy, as UTF-16 without a mark is); UTF-8 with a few
    damaged bytes (replaced by U+FFFD); else charset-normalizer. The text loses its BOM, has Unix line ends and keeps
    no control character but newline and tab, and no zero-width space, word joiner or soft hyphen.
    """
    if not data:
        raise _Unusable("empty file")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise _Unusable(f"not text (binary data: {kind})")

    decoded = _decode_bom(data) or _decode_utf8(data) or _decode_detected(data)
    if decoded is None:
        raise _Unusable("not text (binary data)")
    text, codec = decoded
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if len(_BINARY_CONTROLS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise _Unusable("not text (binary data)")
    return _INVISIBLE.sub("", _CONTROLS.sub("", repair_mojibake(text))), _encoding_name(codec)


# Replacement characters where a text's curly quotes, apostrophes and dashes were lost, saved so (not bytes this
# reading could not decode): read by where they stand. Only in a text with a few of them: one alone may stand for
# anything.
_REPLACED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\ufffd(?=(?:s|t|re|ve|ll|d|m)\b)|(?<=\b[ODL])\ufffd(?=[A-Z])")
_REPLACED_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))\ufffd(?=[\w$£€])", re.MULTILINE)
_REPLACED_CLOSING = re.compile(r"(?<=[\w.,!?%)])\ufffd(?=[\s.,;:!?)\]]|$)", re.MULTILINE)
_REPLACED_DASH = re.compile(r"(?<= )\ufffd(?= )")
REPLACED_MARKS_MIN = 2


def _marks_for_replacements(text: str) -> str:
    """`text` with its replacement characters read as the marks they stand for, where it has a few (see above): an
    apostrophe before the end of a contraction or a possessive ('Japan�s') or in a name ('O�Brien'), a dash between
    spaces, and quotation
    marks in a line whose opening and closing ones pair up (not letters lost: 'Shinz� Abe', 'T�ky�')."""
    if text.count("\ufffd") < REPLACED_MARKS_MIN:
        return text
    text = _REPLACED_DASH.sub("\u2014", _REPLACED_APOSTROPHE.sub("\u2019", text))
    lines = []
    for line in text.split("\n"):
        opening, closing = _REPLACED_OPENING.findall(line), _REPLACED_CLOSING.findall(line)
        if opening and len(opening) == len(closing) == line.count("\ufffd") / 2:
            line = _REPLACED_CLOSING.sub("\u201d", _REPLACED_OPENING.sub("\u201c", line))
        lines.append(line)
    return "\n".join(lines)


# UTF-8 once read as Windows-1252, saved as it showed: 'â€™' for '’', 'â€œ' for '“', 'Â' before a no-break space,
# 'Ã©' for 'é'. A sequence is a UTF-8 lead byte's character, then as many of the characters Windows-1252 shows
# continuation bytes as (0x80-0xBF; the five bytes it leaves undefined show as the C1 controls of the same number).
# Of two-byte sequences only those of Latin letters ('Â', 'Ã', 'Ä', 'Å' first): 'OLÉ”' is a word and its quote.
_CONTINUATION = "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00c5]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
# The sequences that tell such a text: a punctuation mark's ('â€'), a no-break space's ('Â\xa0'), an accented
# letter's ('Ã©'). A text with fewer is left as it is: 'Ç”' may be a word in capitals and its closing quote.
_MOJIBAKE_TELL = re.compile("â€|Â\u00a0|Ã[\u0080-\u00bf]")
MOJIBAKE_MIN_TELLS = 2
_LOST_CLOSING_QUOTE = re.compile(f"â€(?!{_CONTINUATION})")


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 read as Windows-1252 read again as UTF-8, where it shows such sequences (see _MOJIBAKE)."""
    if len(_MOJIBAKE_TELL.findall(text)) < MOJIBAKE_MIN_TELLS:
        return text
    # (a closing quote's last byte, 0x9D, which Windows-1252 leaves undefined, is often lost: 'â€' alone is '”')
    return _LOST_CLOSING_QUOTE.sub("\u201d", _MOJIBAKE.sub(_unmangled, text))


def _unmangled(match: re.Match[str]) -> str:
    try:
        data = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in match.group())
        return data.decode("utf-8")
    except UnicodeError:
        return match.group()


def _encoding_name(codec: str) -> str:
    """The common name of a Python codec: 'euc_kr' -> 'euc-kr', 'utf_8' -> 'utf-8'."""
    name = codecs.lookup(codec).name.replace("_", "-")
    if name.startswith("iso8859-"):
        return "iso-8859-" + name.removeprefix("iso8859-")
    return _ENCODING_NAMES.get(name, name)


def _decode_bom(data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    return None


def _decode_utf8(data: bytes) -> tuple[str, str] | None:
    if data.count(0) > _MAX_NUL_SHARE_FOR_UTF8 * len(data):
        return None
    try:
        return _marks_for_replacements(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    invalid = replaced - data.count("\ufffd".encode())
    # Counted in C: a Python loop over every character of a 10 MB text takes seconds.
    valid = len(text) - len(text.encode("ascii", "ignore")) - replaced
    if valid >= _MIN_VALID_PER_INVALID_UTF8 * invalid:
        # (a damaged byte is most often a Windows-1252 one pasted into UTF-8: a curly quote, a dash)
        return data.decode("utf-8", errors=_AS_WINDOWS_1252), "utf-8"
    return None


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """A byte UTF-8 cannot read, alone, read as Windows-1252 where it is one of that code's marks (0x80-0x9F: curly
    quotes, dashes, an ellipsis); any other (a letter of Latin-1, a sequence cut short) as U+FFFD."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start:error.end]
    if len(bad) == 1 and 0x80 <= bad[0] <= 0x9F:
        return bad.decode("cp1252", errors="replace"), error.end
    return "\ufffd" * len(bad) if len(bad) == 1 else "\ufffd", error.end


_AS_WINDOWS_1252 = "briefing-windows-1252"
codecs.register_error(_AS_WINDOWS_1252, _as_windows_1252)


def _decode_detected(data: bytes) -> tuple[str, str] | None:
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    return str(best), best.encoding


# --- Metadata -------------------------------------------------------------


def _read_sidecar(path: Path) -> SourceMeta:
    """The metadata in the sidecar beside the article `path`, or empty meta.

    The reason of an unreadable, invalid or ambiguous sidecar names the
    sidecar file and the key.
    """
    present = [c for c in _sidecar_names(path) if os.path.lexists(c)]
    present = [c for i, c in enumerate(present) if not any(_same_file(c, d) for d in present[:i])]
    if not present:
        return SourceMeta()
    if len(present) > 1:
        raise _Unusable(f"two sidecars: {' and '.join(c.name for c in present)}")
    with _about(f"sidecar {present[0].name}"):
        return _load_sidecar(present[0])


def _sidecar_names(path: Path) -> list[Path]:
    """The names the sidecar of the article `path` may have."""
    # An article named in capitals ('B.TXT') may have its sidecar so named ('B.YAML').
    suffixes = SIDECAR_SUFFIXES
    if not path.suffix.islower():
        suffixes = (*SIDECAR_SUFFIXES, *(suffix.upper() for suffix in SIDECAR_SUFFIXES))
    return [path.with_suffix(s) for s in suffixes]


def _same_file(first: Path, second: Path) -> bool:
    """Whether two names are one file (on a file system blind to case: 'B.yaml', 'B.YAML')."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _load_sidecar(sidecar: Path) -> SourceMeta:
    raw = _read_bytes(sidecar, MAX_SIDECAR_BYTES)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unusable("not UTF-8") from None
    return _meta_from_mapping(_load_yaml(text), strict_keys=True)


def _merge_meta(*layers: SourceMeta) -> SourceMeta:
    """Field by field, the first stated value among `layers` (highest precedence first)."""
    values = {}
    for key in META_KEYS:
        values[key] = next((getattr(m, key) for m in layers if getattr(m, key) is not None), None)
    return SourceMeta(**values)


class _MetaRules:
    """yaml.SafeLoader, as a mixin before it, that keeps plain dates as strings and refuses repeated keys.

    SafeLoader turns `2019-13-01` into a ValueError before the key is known;
    kept as a string, the date is checked here and the error names its key.
    SafeLoader also lets a repeated key silently win. Constructs only plain
    YAML types, like SafeLoader: tags such as `!!python/object/apply` are
    refused.
    """

    def construct_undefined(self, node):
        # SafeLoader's message for `!!python/object/apply:os.system` spells the
        # tag in its long form; the short one is what the file says.
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise yaml.constructor.ConstructorError(
            None, None, f"tag {tag} is not allowed (plain YAML values only)", node.start_mark
        )

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"repeated key {key_node.value!r}", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


class _MetaLoader(_MetaRules, yaml.SafeLoader):
    """The rules on Python's parser, which words errors with their place."""


class _FastMetaLoader(_MetaRules, SAFE_LOADER):  # type: ignore[misc, valid-type]
    """The rules on libyaml's parser, when PyYAML has it (several times faster)."""


for _loader in (_MetaLoader, _FastMetaLoader):
    _loader.add_constructor(None, _loader.construct_undefined)
    _loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _load_yaml(text: str) -> object:
    try:
        return yaml.load(text, Loader=_FastMetaLoader)  # noqa: S506 - a SafeLoader subclass
    except (yaml.YAMLError, ValueError, RecursionError):
        pass  # worded, or read after all, by Python's parser below
    try:
        return yaml.load(text, Loader=_MetaLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 1})" if mark else ""
        raise _Unusable(f"invalid YAML: {exc.problem or exc.context}{where}") from None
    except (yaml.YAMLError, ValueError) as exc:
        raise _Unusable(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise _Unusable("invalid YAML: nested too deeply") from None


def _meta_from_mapping(mapping: object, *, strict_keys: bool) -> SourceMeta:
    """SourceMeta from a YAML mapping; the reason of an error names the key.

    `strict_keys` rejects keys other than META_KEYS (a sidecar is ours alone);
    front matter is shared with other tools, so their keys are left alone.
    A key with a null value counts as not stated.
    """
    if mapping is None:
        return SourceMeta()
    if not isinstance(mapping, dict):
        raise _Unusable(f"not a mapping of {', '.join(META_KEYS)}")
    values: dict[str, str | None] = {}
    for key, value in mapping.items():
        if strict_keys and key in _SIDECAR_ONLY_CHECKS:
            if value is not None:
                with _about(repr(key)):
                    _SIDECAR_ONLY_CHECKS[key](value)
            continue
        if key not in META_KEYS:
            if strict_keys:
                allowed = ", ".join(sorted((*META_KEYS, *_SIDECAR_ONLY_CHECKS)))
                raise _Unusable(f"unknown key {_show(repr(key))} (allowed: {allowed})")
            continue
        if value is None:
            continue
        with _about(repr(key)):
            values[key] = _CHECKS[key](value)
    if not strict_keys:
        # Other tools' names for the same ('date:', 'author:' in Jekyll's and Hugo's front matter), read
        # where they can be: what cannot is theirs, and left alone.
        for key, read in _FRONT_MATTER_ALIASES.items():
            if values.get(read[0]) is None and mapping.get(key) is not None:
                values[read[0]] = read[1](mapping[key])
    return SourceMeta(**values)


def _authors(value: object) -> str | None:
    """A front matter's `author`: a name, or a list of names."""
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    names = [" ".join(name.split()) for name in names if isinstance(name, str) and name.strip()]
    return ", ".join(names) or None


_FRONT_MATTER_ALIASES = {
    "date": ("published", lambda value: _parse_iso_date(str(value)[:10])),
    "author": ("byline", _authors),
    "authors": ("byline", _authors),
}


def _check_text(value: object) -> str:
    if not isinstance(value, str):
        raise _Unusable(f"not a string: {_show(value)}")
    text = " ".join(value.split())
    if not text:
        raise _Unusable("empty string")
    return text


def _check_published(value: object) -> str:
    if isinstance(value, datetime):
        value = value.date()
    parsed = value.isoformat() if isinstance(value, date) else _parse_iso_date(value)
    if parsed is None:
        raise _Unusable(f"not a date: {_show(value)} (expected YYYY-MM-DD)")
    if not PUBLISHED_YEARS[0] <= int(parsed[:4]) <= PUBLISHED_YEARS[1]:
        raise _Unusable(f"not a publication date: {parsed} (years {PUBLISHED_YEARS[0]}–{PUBLISHED_YEARS[1]})")
    return parsed


def _check_url(value: object) -> str:
    url = _check_text(value)
    if not _is_web_url(url):
        raise _Unusable(f"not an http(s) URL: {_show(url)}")
    return url


def _parse_iso_date(value: object) -> str | None:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in _URL_SCHEMES and bool(parts.netloc) and not any(c.isspace() for c in url)


# A YAML value may be a list of aliases nested a dozen deep (billions of
# items once expanded): its repr is bounded by depth and length, never built whole.
_SHOW = reprlib.Repr()
_SHOW.maxlevel = 3
_SHOW.maxstring = _SHOW.maxother = 60


def _show(value: object) -> str:
    shown = value if isinstance(value, str) else _SHOW.repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


_CHECKS = {
    "url": _check_url,
    "published": _check_published,
    "outlet": _check_text,
    "title": _check_text,
    "byline": _check_text,
}
# Sidecar keys that are checked but carried no further: `fetched`, the day
# `briefing add URL` captured the page.
_SIDECAR_ONLY_CHECKS = {
    "fetched": _check_published,
}


# --- Markdown -------------------------------------------------------------


def _markdown_text_and_meta(text: str) -> tuple[str, SourceMeta]:
    """The text after the YAML front matter, and the metadata it states.

    Front matter opens the file with a '---' line and ends at the next '---'
    (or '...') line; a file without it is all text.
    """
    if not text.startswith("---\n"):
        return text, SourceMeta()
    close = _FRONT_MATTER_CLOSE.search(text, 4)
    with _about("front matter"):
        if close is None:
            raise _Unusable("no closing '---' line")
        meta = _meta_from_mapping(_load_yaml(text[4 : close.start()]), strict_keys=False)
    body = text[close.end() :].lstrip("\n")
    if not body.strip():
        raise _Unusable("empty file (front matter only)")
    return markdown_plain(body), meta


# A reader service's header over the page it turned into Markdown: 'Title: ...' / 'URL Source: https://...' /
# 'Published Time: 2019-11-22T18:35:00+09:00' / 'Markdown Content:'.
_READER_HEADER = re.compile(
    r"\ATitle: (?P<title>[^\n]*)\n+URL Source: (?P<url>\S+)\n+(?:Published Time: (?P<published>[^\n]+)\n+)?"
    r"(?:[A-Z][\w ]{1,30}: [^\n]*\n+){0,4}?Markdown Content:\n"
)
# A feed's item as a scraper saves it: 'title: ...' / 'link: https://...' / 'pubDate: Tue, 24 Dec 2019 ...' /
# ... / 'content:encoded:', then the text.
_FEED_ITEM = re.compile(
    r"\Atitle: [^\n]+\nlink: [^\n]+\n(?:[\w:]+(?: \([^)\n]*\))?: [^\n]*\n){0,20}?content:encoded:[ \t]*\n"
)
_FEED_FIELD = re.compile(r"^([\w:]+)(?: \([^)\n]*\))?: ([^\n]*)$", re.MULTILINE)
# Markdown's links and headings, which plain text has not: '[NATIONAL](https://en.yna.co.kr/national)', '# Title'.
_MD_MARKS = re.compile(r"\[[^\]\n]+\]\((?:https?://|/|#)[^)\n]*\)|^#{1,6}[ \t]+\S", re.MULTILINE)
# How many such marks make a text file a scraper's Markdown, and how far into it to look for them.
MARKDOWN_MARKS = 3
MARKDOWN_SCAN_CHARS = 20_000


def _scraped_markdown(text: str) -> tuple[str, SourceMeta]:
    """A text file as a scraper saved it: a feed's item (its fields give the page's address, day and writer, its
    title goes first in the text, as a page's title does; its text as it is), or Markdown, read as a Markdown
    article is: under a reader service's header (its address and day are the page's, its title first), after
    front matter, or with links and headings in Markdown's marks. Any other text as it is."""
    item = _FEED_ITEM.match(text)
    if item:
        # A feed's item: its fields, then its text ('content:encoded:'), whose title goes first as above.
        fields = dict(_FEED_FIELD.findall(text[:item.end()]))
        url = fields.get("link") if _is_web_url(fields.get("link", "")) else None
        published = metadata.parse_date(fields.get("pubDate", ""))
        body = fields.get("title", "") + "\n\n" + text[item.end():]
        byline = " ".join(fields.get("dc:creator", "").split()) or None
        return body, SourceMeta(url=url, published=published, byline=byline)
    header = _READER_HEADER.match(text)
    if header:
        url = header["url"] if _is_web_url(header["url"]) else None
        published = metadata.parse_date(header["published"] or "")  # ISO, or the page's own form
        body = header["title"] + "\n\n" + text[header.end():]
        return markdown_plain(body), SourceMeta(url=url, published=published)
    if text.startswith("---\n") and _front_matter_keys(text):
        try:
            return _markdown_text_and_meta(text)
        except _Unusable:
            pass  # front matter a text file may not mean: the text as it is
    if len(_MD_MARKS.findall(text, 0, MARKDOWN_SCAN_CHARS)) >= MARKDOWN_MARKS:
        return markdown_plain(text), SourceMeta()
    return text, SourceMeta()


# Keys of front matter in a text file, by which it is one ('title:', 'date:'): with them, keys in small letters
# only ('source:', 'clipped_with:'); a rule of dashes over 'By: Kim Tong-hyung' or 'TOKYO: Japan's government said
# ...' opens a page, no front matter.
_FRONT_MATTER_KEYS = frozenset({*META_KEYS, *_FRONT_MATTER_ALIASES})
_KEY_LINE = re.compile(r"^([^\s:#-][^:\n]*):", re.MULTILINE)
_FRONT_MATTER_KEY = re.compile(r"[a-z][a-z0-9_-]*")
_DASHES_LINE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def _front_matter_keys(text: str) -> bool:
    """Whether a text file's opening between '---' lines holds keys of front matter only, one of them ours."""
    close = _DASHES_LINE.search(text, 4)
    keys = set(_KEY_LINE.findall(text[4:close.start()])) if close else set()
    return bool(keys & _FRONT_MATTER_KEYS) and all(_FRONT_MATTER_KEY.fullmatch(key) for key in keys)


# Markdown's inline marks and block openers, read as the text they mark ('**North Korea's**',
# '[GSOMIA](https://...)', '> "The US pressure was decisive," said ...', '# Headline').
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"
)
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_LINE_OPENER = re.compile(r"^(?:>\s?)+|^#{1,6}\s+", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_HELD = 0xF0000  # + an escaped ASCII character: a plane of private use
_MD_HELD_CHARACTER = re.compile("[\U000F0000-\U000F007F]")


def markdown_plain(text: str) -> str:
    """A Markdown article's text as plain text: links as their words, images gone, the
    marks of emphasis, code, headings and quoted blocks dropped. Lines and blank lines
    stay where they are; list items keep their bullets (the cleaner reads them as items)."""
    # An escaped mark is the character itself: kept out of the way (a private-use character) until the end.
    text = _MD_ESCAPE.sub(lambda match: chr(_MD_HELD + ord(match.group(1))), text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(lambda match: match.group(1) or match.group(2), text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_LINE_OPENER.sub("", text)
    return _MD_HELD_CHARACTER.sub(lambda match: chr(ord(match.group()) - _MD_HELD), text)


# --- HTML -----------------------------------------------------------------


def _html_text_and_meta(html: str) -> tuple[str, SourceMeta]:
    """Main text (paragraphs split by a blank line) and page metadata.

    trafilatura works on the given string only; it is never handed a URL to
    fetch. Page metadata is a guess by the page, so a value that does not
    validate is dropped instead of rejecting the article.
    """
    # Imported on the first web page: most inputs are text, and importing
    # trafilatura takes about a fifth of the command's start-up time.
    import trafilatura

    # What trafilatura logs about a page it cannot read says what the rejection's reason says.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        # Only dates the page states as such: no guessing from a copyright
        # line or the URL ("never invent a date").
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or document.body is None:
        raise _Unusable("no article text found in the HTML")
    blocks = [b for b in _blocks(document.body) if b]
    if not blocks:
        raise _Unusable("no article text found in the HTML")
    # A date stamp the page shows by its headline, outside the text read ('KYODO NEWS - Aug 23, 2019 -
    # 12:42'), is read with the text's own, as a line over it; trafilatura's reading of it is not taken.
    # (on a page whose headline is no <h1>, under the line that is its title)
    stated = page_meta(html)
    outlet = _site_name(document.sitename)
    title = page_title(html) or _plain(document.title)
    title = title and without_site_name(title, stated.outlet or outlet)
    stamps = stamped_lines(html, blocks, stated.title or title)
    meta = _merge_meta(stated, SourceMeta(
        url=document.url if document.url and _is_web_url(document.url) else None,
        published=None if stamps else _parse_iso_date(document.date),
        outlet=outlet,
        title=title,
    ))
    return "\n\n".join([*stamps, *blocks]), meta


def _blocks(element: etree._Element) -> list[str]:
    """The paragraphs of a trafilatura output tree, in order."""
    if element.tag == "row":
        cells = (_inline_text(cell) for cell in element)
        return [" | ".join(c for c in cells if c)]
    if not any(child.tag in _BLOCK_TAGS for child in element):
        return [_inline_text(element)]
    out = [_squash(element.text)]
    for child in element:
        out.extend(_blocks(child) if child.tag in _BLOCK_TAGS else [_inline_text(child)])
        out.append(_squash(child.tail))
    return out


def _inline_text(element: etree._Element) -> str:
    """Text of an element, spaces squashed; `<lb/>` line breaks stay as single newlines."""
    lines = _raw_text(element).split("\n")
    return "\n".join(_squash(line) for line in lines if line.strip())


def _raw_text(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _raw_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _plain(text: str | None) -> str | None:
    return _squash(text) or None


def _site_name(name: str | None) -> str | None:
    """The site name trafilatura found; when it is only the host it guessed from the
    address ('koreaherald.com'), the known outlet of that host, else None: the
    page states no name, and the text's clues come first; None for a headline."""
    name = _plain(name)
    if name and metadata.HOST_NAME.fullmatch(name):
        return metadata.known_outlet(name)
    if name and len(name.split()) > MAX_SITE_NAME_WORDS:
        return None  # the headline taken for the site's name: 'U.S. urges Seoul to keep intel pact with Tokyo'
    return name


# A site's name is a few words long ('South China Morning Post', 'The Asahi Shimbun Asia & Japan Watch').
MAX_SITE_NAME_WORDS = 7
