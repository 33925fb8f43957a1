"""Person names: one canonical spelling and matching keys per real person.

News spells one person many ways: 'Moon Jae-in', 'Moon Jae In', 'Moon Jae-In';
'Kyung-Doo Jung', 'Jeong Kyeong Doo', 'Chung Kyung-du'; 'Taro Kono', 'Kono Taro'.

- A Korean-looking name (a Korean family name and a given name of romanised
  Korean syllables, in either order) is written family name first with a
  hyphenated, lower-case given name: 'Moon Jae-in', 'Kim Jong-un'. Its key
  folds the romanisation variants, so 'Jeong Kyeong-doo' and 'Chung Kyung-du'
  share one.
- Other names keep the order and spelling written; their key is the lower-case
  words without initials or the marks on letters ('Kōno' is 'kono'), and
  `swapped_key` (the words sorted) matches a name written in the other order
  ('Kono Taro'). A Japanese name written family name first is turned given
  name first when its given name is known as one ('Kajiyama Hiroshi' ->
  'Hiroshi Kajiyama').
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import (
    GIVEN_NAMES,
    JAPANESE_GIVEN_NAMES,
    KOREAN_ONLY_FAMILY_NAMES,
    KOREAN_SPELLING_FOLDS,
    KOREAN_SYLLABLE,
    SHARED_FAMILY_NAMES,
)

_SYLLABLE = re.compile(KOREAN_SYLLABLE)
_FAMILY_NAMES = KOREAN_ONLY_FAMILY_NAMES | SHARED_FAMILY_NAMES
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013]")


@dataclass(frozen=True)
class PersonName:
    """A person's name as canonically written, with the keys used to match it.

    `key` is equal for two spellings of one name; `swapped_key` also for the
    two orders of a name; `surname` is the word used alone for the person
    ('Moon', 'Esper'), `surname_key` its form a lone surname is matched by
    (Korean spellings folded for a Korean name, as spelt for any other). `korean` tells whether
    the name was read as Korean; `strong` whether its form alone marks a
    person (a hyphenated given name, or one of two one-syllable words);
    `korean_only_family` whether the family name is not also a Chinese one.
    """

    display: str
    key: str
    swapped_key: str
    surname: str
    surname_key: str
    korean: bool = False
    strong: bool = False
    korean_only_family: bool = False


def person_name(words: tuple[str, ...] | list[str] | str) -> PersonName:
    """The canonical PersonName for a name given as words (or one string)."""
    if isinstance(words, str):
        words = words.split()
    return _person_name(tuple(_clean_word(w) for w in words if _clean_word(w)))


def is_korean_family_name(word: str) -> bool:
    """True if `word` is a Korean family name as romanised in news English."""
    return word in _FAMILY_NAMES


def korean_fold(text: str) -> str:
    """`text` with romanisation variants folded away: 'Kyeong-Doo' -> 'kyuntu'."""
    folded = _DASHES.sub("", text.lower()).replace(" ", "")
    for old, new in KOREAN_SPELLING_FOLDS:
        folded = folded.replace(old, new)
    return folded


def surname_key(word: str) -> str:
    """The key a lone surname is matched by (Korean spelling variants folded)."""
    return korean_fold(word) if is_korean_family_name(word) else plain_letters(word).lower()


@lru_cache(maxsize=4096)
def _person_name(words: tuple[str, ...]) -> PersonName:
    words = tuple(_fix_case(w) for w in words)
    korean = _korean(words)
    if korean is not None:
        return korean
    if _is_chinese(words):
        # A Chinese name, its family name first: 'Lü Chao' is Lü.
        key_words = [_plain(w) for w in words]
        return PersonName(
            display=" ".join(words), key=" ".join(key_words), swapped_key=" ".join(sorted(key_words)),
            surname=words[0], surname_key=plain_letters(words[0]).lower(),
        )
    core = [w for w in words if w not in _SUFFIXES]
    if (len(words) == 2 and plain_letters(words[1]) in JAPANESE_GIVEN_NAMES
            and plain_letters(words[0]) not in GIVEN_NAMES):
        # A Japanese name written family name first, as NHK and Nippon.com do: 'Kajiyama Hiroshi'.
        words = core = (words[1], words[0])
    display = " ".join(words)
    surname = core[-1] if core else display
    key_words = [_plain(w) for w in core if not _is_initial(w)]
    return PersonName(
        display=display,
        key=" ".join(key_words),
        swapped_key=" ".join(sorted(key_words)),
        surname=surname,
        surname_key=plain_letters(surname).lower(),
    )


# Chinese family names as romanised in pinyin (those of Korean names are read as Korean first).
_CHINESE_FAMILY_NAMES = frozenset("""
Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Zhu Gao Lin Guo Luo Liang Zheng Xie Tang Feng Dong Xiao Cao
Yuan Deng Fu Shen Zeng Peng Lü Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan
Fang Shi Yao Tan Liao Zou Xiong Hao Kong Bai Cui Mao Qiu Qin Gu Hou Shao Meng Duan Lei Qian Yin Geng Xi
Hua Wen Yi
""".split())
# A given name in pinyin: one or two syllables ('Chao', 'Jinping', 'Wenbin'), a tone mark or 'ü' allowed.
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|uan|iao|ai|ei|ui|ao|ou|iu|ie|ue|üe|er|an|en|in|un|ün|ia|ua|uo"
    r"|a|o|e|i|u|ü)(?:ng|n)?"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
# ... and as Taiwan and Hong Kong write them, the given name's two syllables hyphenated: 'Tsai Ing-wen',
# 'Wang Chih-wei', 'Shen Jong-chin' (Korean names, read first, are written so too).
_WADE_GILES_FAMILY_NAMES = frozenset("""
Chang Chen Lin Huang Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Tseng Chiu Liao Lai Chou Yeh Su Chuang Lu
Chiang Ho Kao Lo Sung Shen Tang Hsiao Ko Yen Peng Chu Tsao Fan Fu Pan Tu Wei Ou Teng Mao Hou Tung Chien Chao
Hsueh Wong Chan Cheung Leung Lam Ng Yip Tam Kwok Lau Mak Tse Chow Fung Tsang Kwan Siu Li
""".split())
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{1,6}")


def _is_chinese(words: tuple[str, ...]) -> bool:
    """Whether two words are a Chinese name, family name first: a Chinese family name, then a given
    name of one or two pinyin syllables ('Lü Chao', 'Liu Jiangyong', 'Zhang Jun'), or of two syllables
    hyphenated as Taiwan and Hong Kong write them ('Wang Chih-wei')."""
    return len(words) == 2 and (
        (words[0] in _CHINESE_FAMILY_NAMES and _PINYIN_GIVEN.fullmatch(words[1].lower()) is not None)
        or (words[0] in _WADE_GILES_FAMILY_NAMES and _HYPHENATED_GIVEN.fullmatch(words[1]) is not None)
    )


def _korean(words: tuple[str, ...]) -> PersonName | None:
    """The name read as Korean, family name first; None if it does not look Korean."""
    if len(words) < 2 or len(words) > 3:
        return None
    readings = []
    if words[0] in _FAMILY_NAMES:
        readings.append((words[0], words[1:]))
    if words[-1] in _FAMILY_NAMES and words[0] not in _FAMILY_NAMES:
        readings.append((words[-1], words[:-1]))
    for family, given_words in readings:
        given = _korean_given(given_words)
        if given is None:
            continue
        syllables, strong = given
        if not strong and family == words[-1] and given_words[0] in GIVEN_NAMES:
            continue  # an English given name before the family name: 'Jean Lee' (not 'Lee Je-an')
        # A Chinese name as readily, its family name first too, is written as it is: 'Wang Wenbin'.
        chinese = not strong and family in SHARED_FAMILY_NAMES and len(syllables) > 1
        canonical_given = ("".join(syllables) if chinese else "-".join(syllables)).capitalize()
        display = f"{family} {canonical_given}"
        key = f"{korean_fold(family)} {korean_fold(canonical_given)}"
        return PersonName(
            display=display,
            key=key,
            swapped_key=key,
            surname=family,
            surname_key=korean_fold(family),
            korean=True,
            strong=strong,
            korean_only_family=family in KOREAN_ONLY_FAMILY_NAMES,
        )
    return None


def _korean_given(words: tuple[str, ...]) -> tuple[tuple[str, ...], bool] | None:
    """The syllables of a Korean given name, and whether its form alone marks a name.

    Accepted: one hyphenated word of two syllables ('Jae-in'), two one-syllable
    words ('Jae In'), or one word of one or two syllables ('Jongdae', 'Kuk');
    the last kind is weak evidence (English words split into syllables too).
    """
    if len(words) == 2:
        if all(_syllables(w) is not None and len(_syllables(w)) == 1 for w in words):
            if all(w[0].isupper() for w in words):
                return tuple(w.lower() for w in words), True
        return None
    word = words[0]
    parts = _DASHES.split(word)
    if len(parts) == 2:
        # ('-ah' as hyphenated given names spell 아: 'Choi Min-ah', 'Lee Ah-reum'; not 'Hannah', one word)
        split = [_syllables(p) or (_syllables(p[:-1]) if p.lower().endswith("ah") else None) for p in parts]
        if all(s is not None and len(s) == 1 for s in split):
            return tuple(p.lower() for p in parts), True
        return None
    syllables = _syllables(word)
    if syllables is None or len(syllables) > 2 or not word[0].isupper():
        return None
    return syllables, False


@lru_cache(maxsize=4096)
def _syllables(word: str) -> tuple[str, ...] | None:
    """`word` split into romanised Korean syllables (fewest pieces), or None."""
    word = word.lower()
    if not word.isalpha() or len(word) > 12:
        return None
    best: dict[int, tuple[str, ...]] = {0: ()}
    for end in range(1, len(word) + 1):
        options = []
        for start in range(max(0, end - 6), end):
            if start in best and _SYLLABLE.fullmatch(word, start, end):
                options.append(best[start] + (word[start:end],))
        if options:
            best[end] = min(options, key=len)
    return best.get(len(word))


def _clean_word(word: str) -> str:
    return word.strip().strip("()[]").strip(",")


def _fix_case(word: str) -> str:
    """An all-capitals word of a name in title case ('ESPER' -> 'Esper'); initials kept."""
    if len(word) > 2 and word.isupper() and word.isalpha():
        return word.capitalize()
    return word


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def _plain(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain_letters(word).lower())


# One syllable of a Japanese name as Hepburn romanisation spells it ('Hi-de-a-ki', 'O-mu-ra',
# 'Mi-chi-shi-ta'), a final or inner 'n' ('Ken-ta') and a doubled consonant ('Hat-to-ri', 'Ip-pei').
_JAPANESE_SYLLABLE = (
    r"(?:[kgnbpmr]y?[auo]|[kgnhbpmr][ie]|hy?[ao]|hyu|[sz][aueo]|sh[aiuo]|j[aiuo]|[td][aeo]|ch[aiuo]|tsu|fu|y[auo]|w[ao]"
    r"|[aeiou]|n(?![aeiouy])|([kstp])(?=\1)|t(?=ch))"
)
_JAPANESE_WORD = re.compile(rf"{_JAPANESE_SYLLABLE}+")
_JAPANESE_SYLLABLES = re.compile(_JAPANESE_SYLLABLE)
# What marks a name as Japanese among names other languages spell the same way ('Mario Moreno',
# 'Sanna Marin', 'Amadou Toumani'): sounds other languages seldom write so ('sh', 'ts', 'fu', 'ky', 'ei'),
# or the parts Japanese names are made of, given names' ends ('Hide-aki', 'Masa-hiro') and starts
# ('Masa', 'Yoshi-'), surnames' starts and ends ('-yama', '-mura', 'Taka-').
_JAPANESE_MARK = re.compile(
    r"sh|ch|ts|fu|[kgrhmbp]y[auo]|ei"
    r"|(?:aki|hiro|hiko|nori|yuki|taka|masa|hide|kazu|toshi|ichi|suke|yama|moto|mura|kawa|gawa|saki|zaki|hara"
    r"|jima|naka|tani|mori|hashi|kubo)$"
    r"|^(?:yama|moto|mura|kawa|saki|hara|naka|mori|fuji|taka|yoshi|hide|masa|kazu|toshi|nobu|yasu|tomo|haru|kuni)"
)


def japanese_shaped(display: str) -> bool:
    """True if a two-word name is spelt the way Japanese names are in Hepburn romanisation, each
    word of two morae or more and one of three, with a mark of Japanese names (see `_JAPANESE_MARK`):
    'Hideaki Omura', 'Narushige Michishita'; not 'Hu Jintao', 'Joko Widodo', 'Mario Moreno', nor
    with a given name of other lands that is spelt so too ('Maria', 'Mike')."""
    words = display.split()
    if len(words) != 2 or any(w in GIVEN_NAMES and w not in JAPANESE_GIVEN_NAMES for w in map(plain_letters, words)):
        return False
    plains = [plain_letters(word).lower() for word in words]
    if not all(word[:1].isupper() and _JAPANESE_WORD.fullmatch(plain) for word, plain in zip(words, plains)):
        return False
    morae = [sum(1 for m in _JAPANESE_SYLLABLES.finditer(plain) if m.group()) for plain in plains]
    return min(morae) >= 2 and max(morae) >= 3 and any(map(_JAPANESE_MARK.search, plains))


def plain_letters(word: str) -> str:
    """`word` without its letters' marks: 'Kōno' -> 'Kono', 'Tarō' -> 'Taro'."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
