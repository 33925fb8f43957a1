"""Synthetic news articles for the benchmark, made from the real test articles.

Each synthetic article mixes sentences from several real articles, renames
the people in it, and gets its own title, date, outlet and URL (in a sidecar),
so that N articles are N different stories to the de-duplicator while still
reading like the real ones: datelines, quotes, dated events, known actors and
some site chrome for the cleaner to drop.

Article `i` depends only on `i` and the source articles: `write_articles(n)`
then `write_article(n)` gives the same files as `write_articles(n + 1)`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml

from generator.clean import clean
from generator.ingest import read_article

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "tests" / "fixtures" / "corpus", ROOT / "tests" / "fixtures" / "seeds")
# What an editor drops from each source article: no synthetic body gets it.
GOLD = ROOT / "tests" / "fixtures" / "corpus" / "gold.yaml"
ACTORS = ROOT / "knowledge" / "actors.yaml"

OUTLETS = (
    "Kyodo", "Yonhap", "Reuters", "AP", "The Korea Herald", "The Japan Times",
    "NHK", "The Korea Times", "Nikkei Asia", "JoongAng Daily", "Jiji Press", "AFP",
)
PLACES = ("SEOUL", "TOKYO", "WASHINGTON", "BANGKOK", "NAGOYA", "BEIJING", "OSAKA", "BUSAN")
SURNAMES = (
    "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
    "Kobayashi", "Kato", "Miller", "Davis", "Garcia", "Wilson", "Anderson", "Taylor", "Thomas",
    "Moore", "Martin", "Jackson", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen",
)
GIVEN = (
    "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Hyun-woo", "Ye-jin",
    "Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Kaito", "Mei",
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "Daniel", "Karen",
)
TITLE_PATTERNS = (
    "{person} says {topic} talks with {country} must go on",
    "{country} and {other} weigh {topic} as {person} visits {place}",
    "{person} urges calm over {topic}",
    "{topic}: {country} signals shift after {person} remarks",
    "{place} talks on {topic} end without deal, {person} says",
    "Analysis: what {topic} means for {country} and {other}",
)
TOPICS = (
    "GSOMIA", "the intelligence-sharing pact", "export controls", "the white list",
    "wartime labor rulings", "trilateral security", "the trade dispute", "missile tests",
)
COUNTRIES = ("South Korea", "Japan", "the United States", "China", "North Korea")
# Made-up sentences: a slot at least every four words, so that two articles
# share no run of five words through them.
MADE_UP = (
    "{person}, {role} of {country}, told {outlet} on {weekday} that {clause}.",
    "{clause_cap}, {person} said in {place} on {weekday}, citing {count} {sources}.",
    "According to {count} {sources} in {place}, {clause}.",
    "{person} is expected to {meet} {other_person} in {place} {when} to discuss {topic}.",
    "The {body} in {place} said {count} {sources} had warned {when} that {clause}.",
    "{other_person}, {role} at the {body}, called {topic} \"{adjective}\" and urged {country} to {act}.",
)
ROLES = ("a senior official", "the deputy minister", "a spokesperson", "an adviser", "the envoy",
         "a lawmaker", "the director", "an analyst", "the ambassador", "a professor")
BODIES = ("foreign ministry", "defense ministry", "presidential office", "trade ministry",
          "National Assembly", "Diet", "State Department", "Pentagon", "think tank", "embassy")
SOURCES_WORDS = ("officials", "diplomats", "lawmakers", "people familiar with the matter",
                 "government sources", "analysts", "aides", "negotiators")
MEETS = ("meet", "call", "host", "visit", "brief", "sit down with")
WHENS = ("next week", "later this month", "early next month", "before the deadline",
         "after the summit", "this weekend", "in the coming days", "by year-end")
ADJECTIVES = ("regrettable", "unacceptable", "a turning point", "premature", "a mistake",
              "overdue", "a test of trust", "unhelpful", "encouraging", "serious")
ACTS = ("reconsider", "show restraint", "return to talks", "act quickly", "explain itself",
        "keep its word", "lift the measures", "stay calm")
CLAUSES = (
    "{country} would {verb} {topic} {when}",
    "the {body} had no plan to {verb} {topic}",
    "{count} rounds of talks on {topic} had failed",
    "{other_person} would {meet} {person} {when}",
    "{country} was ready to {verb} {topic} if {other} agreed",
)
VERBS = ("review", "extend", "suspend", "end", "revisit", "renegotiate", "defend", "keep", "drop")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COUNTS = ("two", "three", "four", "five", "several", "many", "six", "a dozen")
# Site chrome, by where a page shows it: the cleaner is to drop it.
HEADER_CHROME = ("Share this article", "Facebook Twitter Email Print", "Font size: A A A")
MIDDLE_CHROME = ("Advertisement", "ADVERTISEMENT")
FOOTER_CHROME = (
    "Subscribe to our newsletter", "Most Read", "Related stories", "Sponsored Content",
    "All rights reserved.", "Click here to comment",
)
# A sentence ends at . ! or ? (maybe followed by a closing quote) before a capital.
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z])")
MIN_SENTENCE_WORDS = 8
# Publication dates spread over the 400 days from June 2019.
FIRST_DAY = date(2019, 6, 1)
DAYS = 400


@dataclass(frozen=True)
class Pool:
    """What synthetic articles are made of."""

    sentences: tuple[str, ...]
    people: tuple[str, ...]


@cache
def pool() -> Pool:
    """Body sentences of the real articles and the names of the known people."""
    drops = {
        entry["file"]: [" ".join(d.split()) for d in entry.get("body_drop") or ()]
        for entry in yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    }
    sentences: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            boilerplate = drops.get(path.name, [])
            # Body text is what the editor keeps and the cleaner keeps too.
            body = " ".join(clean(read_article(path)).paragraphs)
            for block in path.read_text(encoding="utf-8").split("\n\n")[1:]:
                text = " ".join(block.split())
                if text not in body or any(d in text or text in d for d in boilerplate):
                    continue
                for sentence in SENTENCE_END.split(text):
                    if len(sentence.split()) >= MIN_SENTENCE_WORDS and sentence[-1:] in ".!?\"”’":
                        sentences.append(sentence)
    actors = yaml.safe_load(ACTORS.read_text(encoding="utf-8"))
    people = tuple(a["name"] for a in actors if a.get("kind") == "person")
    return Pool(tuple(dict.fromkeys(sentences)), people)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _made_up(rng: random.Random, outlet: str) -> str:
    def fill(template: str) -> str:
        country = rng.choice(COUNTRIES)
        return template.format(
            person=_person(rng), other_person=_person(rng), role=rng.choice(ROLES),
            country=country, other=rng.choice([c for c in COUNTRIES if c != country]),
            outlet=outlet, weekday=rng.choice(WEEKDAYS), place=rng.choice(PLACES).title(),
            count=rng.choice(COUNTS), sources=rng.choice(SOURCES_WORDS), meet=rng.choice(MEETS),
            when=rng.choice(WHENS), topic=rng.choice(TOPICS), body=rng.choice(BODIES),
            adjective=rng.choice(ADJECTIVES), act=rng.choice(ACTS), verb=rng.choice(VERBS),
            clause="{clause}", clause_cap="{clause_cap}",
        )

    clause = fill(rng.choice(CLAUSES))
    sentence = fill(rng.choice(MADE_UP)).format(clause=clause, clause_cap=clause[0].upper() + clause[1:])
    return sentence[0].upper() + sentence[1:]


def _rename(text: str, renames: dict[str, str]) -> str:
    for old, new in renames.items():
        text = text.replace(old, new)
        surname = old.split()[-1]
        text = re.sub(rf"\b{re.escape(surname)}\b", new.split()[-1], text)
    return text


def article(i: int) -> tuple[str, dict[str, str]]:
    """The text and sidecar metadata of synthetic article `i`."""
    rng = random.Random(i * 7919 + 17)
    source = pool()
    # Half the known people keep their names (so actor pages grow with N);
    # the others become someone new in this article.
    renames = {name: _person(rng) for name in source.people if rng.random() < 0.5}
    place, outlet = rng.choice(PLACES), rng.choice(OUTLETS)
    # Real sentences (renamed) and made-up ones, mixed: few enough real
    # sentences that two articles rarely share more than one or two.
    picked = [_rename(s, renames) for s in rng.sample(source.sentences, rng.randint(5, 10))]
    picked += [_made_up(rng, outlet) for _ in range(rng.randint(6, 12))]
    rng.shuffle(picked)
    paragraphs, current = [], []
    for sentence in picked:
        current.append(sentence)
        if len(current) >= rng.randint(1, 3):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    paragraphs[0] = f"{place} ({outlet}) -- {paragraphs[0]}"
    country = rng.choice(COUNTRIES)
    title = rng.choice(TITLE_PATTERNS).format(
        person=_person(rng), topic=rng.choice(TOPICS), country=country,
        other=rng.choice([c for c in COUNTRIES if c != country]), place=place.title(),
    )
    title = title[0].upper() + title[1:]
    lines = [title, rng.choice(HEADER_CHROME), *paragraphs]
    if rng.random() < 0.5:
        lines.insert(rng.randint(3, len(lines)), rng.choice(MIDDLE_CHROME))
    lines.append(rng.choice(FOOTER_CHROME))
    published = FIRST_DAY + timedelta(days=(i * 37) % DAYS)
    meta = {
        "published": published.isoformat(),
        "outlet": outlet,
        "url": f"https://news.example.org/{outlet.lower().replace(' ', '-')}/{i:06d}",
    }
    return "\n\n".join(lines) + "\n", meta


def name(i: int) -> str:
    return f"syn-{i:06d}"


def write_article(i: int, folder: Path) -> Path:
    """Write article `i` and its sidecar into `folder`; return the article path."""
    text, meta = article(i)
    path = folder / f"{name(i)}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{name(i)}.yaml").write_text(yaml.safe_dump(meta, sort_keys=True), encoding="utf-8")
    return path


def write_articles(n: int, folder: Path) -> list[Path]:
    """Articles 0 .. n-1 in `folder` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_article(i, folder) for i in range(n)]
