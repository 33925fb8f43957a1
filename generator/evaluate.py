"""Score the pipeline against a gold file: per-field figures over real articles.

    python -m generator.evaluate DIR [--gold FILE] [--knowledge DIR] [--worst N]

Each gold entry (GOLD_FORMAT.md) names an article file relative to DIR; the
file goes through the real pipeline (ingest, clean, extract) and every field
is compared with what a careful editor read in it. The scoring is pure: a
`Briefing` and a gold entry in, `FieldScore`s out; only `main` reads files,
keeps time and prints.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import yaml

from .errors import ConfigError, InputError
from .models import Actor, Briefing, Quote
from .slugs import slugify


@dataclass(frozen=True)
class Field:
    """A scored field: its name, how its figure reads, and what it measures."""

    name: str
    kind: str  # "ratio": hits of all gold items; "prf": precision/recall/F1
    help: str


FIELDS = (
    Field("title", "ratio", "headline equal to the gold title (gold null: not scored)"),
    Field("published", "ratio", "published date equal to the gold date (null = null)"),
    Field("outlet", "ratio", "outlet equal to the gold outlet, as a reader names it"),
    Field("body_keep", "ratio", "gold body passages kept in the cleaned body"),
    Field("body_drop", "ratio", "gold boilerplate passages removed from the body"),
    Field("person", "prf", "person actors by canonical name"),
    Field("roles", "ratio", "matched persons with a gold role whose role we found"),
    Field("person_country", "ratio", "matched persons with a gold country we got right"),
    Field("country", "prf", "country actors by canonical name"),
    Field("organization", "prf", "organisation actors, loose name match"),
    Field("event_date", "prf", "event dates, as a multiset"),
    Field("quote", "ratio", "gold quotes found (our text starts with or contains the start)"),
    Field("speaker", "ratio", "found quotes whose speaker is the gold speaker"),
    Field("issue", "prf", "issue ids"),
)
FIELD_NAMES = tuple(field.name for field in FIELDS)


@dataclass(frozen=True)
class Counts:
    """Matches of one field: `tp` found and right, `fp` found but wrong, `fn` missed.

    A ratio field has no `fp`: its figure is tp / (tp + fn).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None if self.tp + self.fp + self.fn == 0 else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class FieldScore:
    """One field on one article: the counts and a line per error."""

    field: str
    article: str
    counts: Counts
    errors: tuple[str, ...] = ()

    @property
    def value(self) -> float:
        """The article's figure for this field: F1 or hit rate (1.0 when nothing to score)."""
        kind = _KIND[self.field]
        figure = self.counts.f1 if kind == "prf" else self.counts.recall
        return 1.0 if figure is None else figure


_KIND = {field.name: field.kind for field in FIELDS}


# --- matching -------------------------------------------------------------

_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})


def fold(text: str | None) -> str:
    """Case, quote marks and white space folded, for loose text comparison."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_FOLD).casefold()
    return " ".join(text.split())


def same_name(ours: str | None, gold: str | None) -> bool:
    """Names equal up to case, punctuation, hyphens and accents ('Moon Jae In' = 'Moon Jae-in')."""
    if not ours or not gold:
        return False
    return slugify(ours) == slugify(gold)


def same_organization(ours: str, gold: str) -> bool:
    """Organisation names equal, or one containing the other, after folding and 'the '."""
    a, b = _org_key(ours), _org_key(gold)
    return bool(a and b) and (a == b or a in b or b in a)


def same_role(ours: str, gold: str) -> bool:
    """Roles equal, or one containing the other, after folding."""
    a, b = fold(ours).strip(" .,\"'"), fold(gold).strip(" .,\"'")
    return bool(a and b) and (a == b or a in b or b in a)


def _same_speaker(ours: str | None, gold: str | None) -> bool:
    # 'The Pentagon' said it as much as 'Pentagon' did.
    return bool(ours and gold) and _org_key(ours) == _org_key(gold)


def _org_key(name: str) -> str:
    key = fold(name)
    return key[4:] if key.startswith("the ") else key


def match_items(
    found: Sequence, gold: Sequence, same: Callable[[object, object], bool]
) -> tuple[list[tuple[object, object]], list, list]:
    """Pair found and gold items one to one, gold in order, each with the first free match.

    Returns (pairs, unmatched found, unmatched gold).
    """
    free = list(found)
    pairs, missed = [], []
    for item in gold:
        for index, candidate in enumerate(free):
            if same(candidate, item):
                pairs.append((free.pop(index), item))
                break
        else:
            missed.append(item)
    return pairs, free, missed


def prf_counts(found: Sequence, gold: Sequence, same: Callable, label=str) -> tuple[Counts, tuple[str, ...]]:
    """Counts and error lines for a precision/recall field."""
    pairs, extra, missed = match_items(found, gold, same)
    errors = tuple(f"missing {label(item)}" for item in missed) + tuple(
        f"extra {label(item)}" for item in extra
    )
    return Counts(tp=len(pairs), fp=len(extra), fn=len(missed)), errors


# --- per-field scores -----------------------------------------------------


def score_title(article: str, ours: str | None, gold: str | None) -> FieldScore | None:
    """Exact headline (runs of white space count as one); None when gold has no title."""
    if gold is None:
        return None
    right = _plain(ours) == _plain(gold)
    return _ratio("title", article, right, () if right else (f"got {ours!r}, want {gold!r}",))


def score_outlet(article: str, ours: str | None, gold: str | None) -> FieldScore:
    """The outlet's name (runs of white space count as one); a null gold outlet wants null."""
    right = _plain(ours) == _plain(gold)
    return _ratio("outlet", article, right, () if right else (f"got {ours!r}, want {gold!r}",))


def score_published(article: str, ours: str | None, gold: str | None) -> FieldScore:
    """Exact ISO date; a null gold date wants null."""
    gold = None if gold is None else str(gold)
    right = (ours or None) == gold
    return _ratio("published", article, right, () if right else (f"got {ours}, want {gold}",))


def score_body_keep(article: str, paragraphs: Sequence[str], keep: Sequence[str]) -> FieldScore:
    """Share of the gold body passages found in the cleaned body."""
    body = _plain(" ".join(paragraphs))
    lost = [text for text in keep if _plain(text) not in body]
    return FieldScore(
        "body_keep", article, Counts(tp=len(keep) - len(lost), fn=len(lost)),
        tuple(f"lost {_short(text)!r}" for text in lost),
    )


def score_body_drop(article: str, paragraphs: Sequence[str], drop: Sequence[str]) -> FieldScore:
    """Share of the gold boilerplate passages no longer in the cleaned body."""
    body = _plain(" ".join(paragraphs))
    left = [text for text in drop if _plain(text) in body]
    return FieldScore(
        "body_drop", article, Counts(tp=len(drop) - len(left), fn=len(left)),
        tuple(f"kept {_short(text)!r}" for text in left),
    )


def score_persons(article: str, actors: Sequence[Actor], gold: Sequence[dict]) -> tuple[FieldScore, ...]:
    """Person P/R/F1 by canonical name, then roles and countries of the matched persons."""
    people = [actor for actor in actors if actor.kind == "person"]
    pairs, extra, missed = match_items(people, gold, lambda a, g: same_name(a.name, g.get("name")))
    person = FieldScore(
        "person", article, Counts(tp=len(pairs), fp=len(extra), fn=len(missed)),
        tuple(f"missing {g.get('name')}" for g in missed) + tuple(f"extra {a.name}" for a in extra),
    )
    role_hits, role_errors, country_hits, country_errors = 0, [], 0, []
    with_role = [(a, g) for a, g in pairs if g.get("role")]
    for actor, entry in with_role:
        if any(same_role(role, entry["role"]) for role in actor.roles):
            role_hits += 1
        else:
            role_errors.append(f"{entry['name']}: got {list(actor.roles)}, want {entry['role']!r}")
    with_country = [(a, g) for a, g in pairs if g.get("country")]
    for actor, entry in with_country:
        if same_name(actor.country, entry["country"]):
            country_hits += 1
        else:
            country_errors.append(f"{entry['name']}: got {actor.country}, want {entry['country']}")
    roles = FieldScore(
        "roles", article, Counts(tp=role_hits, fn=len(with_role) - role_hits), tuple(role_errors)
    )
    countries = FieldScore(
        "person_country", article,
        Counts(tp=country_hits, fn=len(with_country) - country_hits), tuple(country_errors),
    )
    return person, roles, countries


def score_countries(article: str, actors: Sequence[Actor], gold: Sequence[str]) -> FieldScore:
    """Country actors by canonical name."""
    names = [actor.name for actor in actors if actor.kind == "country"]
    counts, errors = prf_counts(names, list(gold), same_name)
    return FieldScore("country", article, counts, errors)


def score_organizations(article: str, actors: Sequence[Actor], gold: Sequence[str]) -> FieldScore:
    """Organisation actors, loose match (see `same_organization`)."""
    names = [actor.name for actor in actors if actor.kind == "organization"]
    counts, errors = prf_counts(names, list(gold), same_organization)
    return FieldScore("organization", article, counts, errors)


def score_event_dates(article: str, dates: Sequence[str], gold: Sequence[str]) -> FieldScore:
    """Event dates as a multiset: each gold date matches one found date."""
    found, wanted = Counter(dates), Counter(str(date) for date in gold)
    common = found & wanted
    errors = tuple(f"missing {d}" for d in sorted((wanted - common).elements())) + tuple(
        f"extra {d}" for d in sorted((found - common).elements())
    )
    tp = sum(common.values())
    counts = Counts(tp=tp, fp=sum(found.values()) - tp, fn=sum(wanted.values()) - tp)
    return FieldScore("event_date", article, counts, errors)


def score_quotes(
    article: str, quotes: Sequence[Quote], actors: Sequence[Actor], gold: Sequence[dict]
) -> tuple[FieldScore, FieldScore]:
    """Quote recall, then speaker accuracy over the gold quotes found."""
    names = {actor.id: actor.name for actor in actors}

    def found(quote: Quote, entry: dict) -> bool:
        text, start = fold(quote.text), fold(entry.get("start"))
        return bool(start) and (text.startswith(start) or start in text)

    pairs, _, missed = match_items(list(quotes), list(gold), found)
    recall = FieldScore(
        "quote", article, Counts(tp=len(pairs), fn=len(missed)),
        tuple(f"missing {entry.get('start')!r}" for entry in missed),
    )
    hits, errors = 0, []
    for quote, entry in pairs:
        want = entry.get("speaker")
        got = names.get(quote.speaker, quote.speaker) if quote.speaker else None
        if (want is None and got is None) or same_name(got, want) or _same_speaker(got, want):
            hits += 1
        else:
            errors.append(f"{_short(entry.get('start'))!r}: got {got}, want {want}")
    speaker = FieldScore("speaker", article, Counts(tp=hits, fn=len(pairs) - hits), tuple(errors))
    return recall, speaker


def score_issues(article: str, issues: Sequence[str], gold: Sequence[str]) -> FieldScore:
    """Issue ids as sets."""
    counts, errors = prf_counts(list(dict.fromkeys(issues)), list(gold), lambda a, b: a == b)
    return FieldScore("issue", article, counts, errors)


def score_briefing(briefing: Briefing, gold: dict) -> tuple[FieldScore, ...]:
    """Every field of one article against its gold entry."""
    name = gold["file"]
    article = briefing.article
    title = score_title(name, article.title, gold.get("title"))
    return tuple(
        score
        for score in (
            title,
            score_published(name, article.published, gold.get("published")),
            score_outlet(name, article.outlet, gold.get("outlet")),
            score_body_keep(name, article.paragraphs, gold.get("body_keep") or ()),
            score_body_drop(name, article.paragraphs, gold.get("body_drop") or ()),
            *score_persons(name, briefing.actors, gold.get("persons") or ()),
            score_countries(name, briefing.actors, gold.get("countries") or ()),
            score_organizations(name, briefing.actors, gold.get("organizations") or ()),
            score_event_dates(
                name, [event.date for event in briefing.events],
                [event["date"] for event in gold.get("events") or ()],
            ),
            *score_quotes(name, briefing.quotes, briefing.actors, gold.get("quotes") or ()),
            score_issues(name, briefing.issues, gold.get("issues") or ()),
        )
        if score is not None
    )


def score_rejection(gold: dict, reason: str) -> tuple[FieldScore, ...]:
    """The scores of an article the pipeline rejected: every gold item missed."""
    name, why = gold["file"], (f"rejected: {reason}",)

    def missed(field: str, items: Iterable) -> FieldScore:
        return FieldScore(field, name, Counts(fn=len(list(items))), why)

    persons = gold.get("persons") or ()
    scores = [
        missed("title", [1]) if gold.get("title") is not None else None,
        missed("published", [1]),
        missed("outlet", [1]),
        missed("body_keep", gold.get("body_keep") or ()),
        # Nothing of the page is published, so its boilerplate is not either.
        FieldScore("body_drop", name, Counts(tp=len(gold.get("body_drop") or ()))),
        missed("person", persons),
        missed("roles", [p for p in persons if p.get("role")]),
        missed("person_country", [p for p in persons if p.get("country")]),
        missed("country", gold.get("countries") or ()),
        missed("organization", gold.get("organizations") or ()),
        missed("event_date", gold.get("events") or ()),
        missed("quote", gold.get("quotes") or ()),
        missed("speaker", ()),
        missed("issue", gold.get("issues") or ()),
    ]
    return tuple(score for score in scores if score is not None)


def aggregate(scores: Iterable[FieldScore]) -> dict[str, Counts]:
    """Counts per field summed over articles (micro average), in FIELDS order."""
    totals = {name: Counts() for name in FIELD_NAMES}
    for score in scores:
        totals[score.field] = totals[score.field] + score.counts
    return totals


def worst(scores: Iterable[FieldScore], field: str, n: int) -> list[FieldScore]:
    """The `n` articles that do worst on `field`: lowest figure, then most errors."""
    failing = [s for s in scores if s.field == field and s.errors]
    failing.sort(key=lambda s: (s.value, -len(s.errors), s.article))
    return failing[:n]


def format_figure(field: str, counts: Counts) -> tuple[str, int]:
    """The printed figure of a field and its n (gold items, or items scored)."""
    if _KIND[field] == "prf":
        parts = (("P", counts.precision), ("R", counts.recall), ("F1", counts.f1))
        return "  ".join(f"{label} {_number(value)}" for label, value in parts), counts.tp + counts.fn
    return _percent(counts.recall), counts.tp + counts.fn


def _ratio(field: str, article: str, right: bool, errors: tuple[str, ...]) -> FieldScore:
    return FieldScore(field, article, Counts(tp=int(right), fn=int(not right)), errors)


def _plain(text: str | None) -> str:
    return " ".join((text or "").split())


def _short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


# --- command line ---------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the pipeline over the gold articles and print the figures. Returns the exit status."""
    # Imported here so that the pure scoring above loads even when a stage does not.
    from .clean import clean
    from .extract import extract
    from .ingest import read_article
    from .knowledge import load_knowledge

    parser = argparse.ArgumentParser(
        prog="python -m generator.evaluate",
        description="Score the pipeline against a gold file (GOLD_FORMAT.md).",
    )
    parser.add_argument("dir", type=Path, metavar="DIR",
                        help="folder the gold `file` entries are relative to")
    parser.add_argument("--gold", type=Path, metavar="FILE",
                        help="gold file (default: DIR/gold.yaml)")
    parser.add_argument("--knowledge", type=Path, default=Path("knowledge"), metavar="DIR",
                        help="knowledge folder with actors.yaml and issues.yaml (default: knowledge)")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="also print the N worst articles per field with their errors")
    args = parser.parse_args(argv)

    gold_path = args.gold or args.dir / "gold.yaml"
    try:
        entries = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or []
        knowledge = load_knowledge(args.knowledge)
    except OSError as exc:
        print(f"error: {gold_path}: {exc.strerror}", file=sys.stderr)
        return 2
    except (yaml.YAMLError, ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    scores: list[FieldScore] = []
    rejected: list[str] = []
    elapsed: list[float] = []
    for entry in entries:
        path = args.dir / entry["file"]
        started = time.perf_counter()
        try:
            briefing = extract(clean(read_article(path)), knowledge)
        except InputError as exc:
            rejected.append(str(exc))
            scores.extend(score_rejection(entry, exc.reason))
            continue
        elapsed.append(time.perf_counter() - started)
        scores.extend(score_briefing(briefing, entry))

    print(f"{len(entries)} articles scored against {gold_path}")
    print(f"{'field':<16} {'value':<36} {'n':>5}")
    for name, counts in aggregate(scores).items():
        figure, n = format_figure(name, counts)
        print(f"{name:<16} {figure:<36} {n:>5}")
    mean_ms = 1000 * sum(elapsed) / len(elapsed) if elapsed else 0.0
    print(f"{'ms_per_article':<16} {mean_ms:<36.1f} {len(elapsed):>5}")
    for line in rejected:
        print(f"rejected: {line}")

    if args.worst > 0:
        for name in FIELD_NAMES:
            bad = worst(scores, name, args.worst)
            if not bad:
                continue
            print(f"\n== {name}: {len(bad)} worst")
            for score in bad:
                print(f"  {score.article}  ({score.value:.2f})")
                for error in score.errors:
                    print(f"      {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
