"""Extract per-article facts: actors, quotes, events, key facts, issues."""

from __future__ import annotations

from .actors import find_actors
from .events import find_events
from .facts import news_sentences, rank_facts, summarize
from .issues import detect_issues
from .knowledge import Knowledge
from .models import Briefing, CleanArticle
from .quotes import find_quotes


def extract(article: CleanArticle, knowledge: Knowledge) -> Briefing:
    """Read one clean article into a Briefing. Pure: no I/O."""
    actors = find_actors(article, knowledge.actors)
    events = find_events(article)
    # The summary and the key facts are read from the same sentences: find them once.
    sentences = news_sentences(article)
    return Briefing(
        article=article,
        summary=summarize(article, sentences),
        actors=actors,
        quotes=find_quotes(article, actors),
        events=events,
        facts=rank_facts(article, events, sentences),
        issues=detect_issues(article, knowledge.issues),
    )
