"""The article record: a Briefing as the JSON object `briefing extract --json` prints.

The field names and meanings follow `article.schema.json`; they are a public
interface shared by the site templates, the tests and outside tools.
"""

from __future__ import annotations

from .models import Briefing


def to_record(briefing: Briefing) -> dict:
    """The schema's JSON-ready dict for one briefing (plus `summary`)."""
    article = briefing.article
    return {
        "id": article.id,
        "source": {
            "path": article.source.path,
            "sha256": article.source.sha256,
            "url": article.source.url,
        },
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "dateline": (
            {"place": article.dateline.place, "agency": article.dateline.agency}
            if article.dateline
            else None
        ),
        "byline": article.byline,
        "summary": briefing.summary,
        "paragraphs": list(article.paragraphs),
        "removed": list(article.removed),
        "actors": [
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "roles": list(actor.roles),
                "country": actor.country,
                "mentions": [{"paragraph": m.paragraph, "text": m.text} for m in actor.mentions],
            }
            for actor in briefing.actors
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "paragraph": q.paragraph} for q in briefing.quotes
        ],
        "events": [
            {
                "date": e.date,
                "precision": e.precision,
                "text": e.text,
                "paragraph": e.paragraph,
                "expression": e.expression,
            }
            for e in briefing.events
        ],
        "facts": [{"text": f.text, "paragraph": f.paragraph} for f in briefing.facts],
        "issues": list(briefing.issues),
    }
