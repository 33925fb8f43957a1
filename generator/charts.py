"""Static SVG pictures drawn at build time: an issue's timeline and the actor network.

Plain SVG with no script and no web font, so they read the same offline,
over HTTP and in print. Every text is XML-escaped; coordinates are rounded
so the same corpus gives the same bytes.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape, quoteattr

from .models import ActorProfile, IssueProfile, Page
from .markup import human_date
from .timeline import shown_timeline

ROW = 26
# Rows a timeline chart draws at most (the newest and those the most sources report): a
# taller picture is no longer read, and the issue page's table lists every entry.
MAX_CHART_ROWS = 60
TIMELINE_WIDTH = 960
TEXT_CHARS = 95
NETWORK_SIZE = 720
MAX_NODES = 18
KIND_COLOURS = {"person": "#3f51b5", "organization": "#00897b", "country": "#e65100", "place": "#757575"}
FONT = 'font-family="system-ui, sans-serif"'


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_svg(issue: IssueProfile, listed_in: str = "the table") -> Page:
    """charts/ISSUE-timeline.svg: one row per timeline entry, oldest at the top.

    Of a longer timeline, MAX_CHART_ROWS entries (see `timeline.shown_timeline`),
    under a first line that says so and where all are listed (`listed_in`).
    """
    entries = shown_timeline(issue.timeline, MAX_CHART_ROWS)
    first = 1 if len(entries) < len(issue.timeline) else 0
    height = ROW * (len(entries) + first + 1) + 10
    axis = 170
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {TIMELINE_WIDTH} {height}" '
        f'width="{TIMELINE_WIDTH}" height="{height}" role="img" aria-labelledby="title">',
        f"<title id=\"title\">{escape(_short('Timeline: ' + issue.title, 200))}</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<line x1="{axis}" y1="{ROW * first + ROW // 2}" x2="{axis}" y2="{height - ROW // 2}" '
        'stroke="#9e9e9e" stroke-width="2"/>',
    ]
    if first:
        parts.append(
            f'<text x="{axis + 18}" y="{ROW + 4}" font-size="13" font-style="italic" {FONT} fill="#616161">'
            f"{len(entries)} of {len(issue.timeline)} entries, the newest and those the most sources report; "
            f"{escape(listed_in)} lists them all.</text>"
        )
    for row, entry in enumerate(entries, start=1 + first):
        y = ROW * row
        sources = len(entry.sources)
        radius = 5 + min(sources, 5)
        parts.append(
            f'<text x="{axis - 16}" y="{y + 4}" text-anchor="end" font-size="13" {FONT} fill="#424242">'
            f"{escape(human_date(entry.date))}</text>"
        )
        parts.append(f'<circle cx="{axis}" cy="{y}" r="{radius}" fill="#3f51b5" fill-opacity="0.85"/>')
        label = _short(entry.text, TEXT_CHARS) + (f" ({sources} sources)" if sources > 1 else "")
        parts.append(
            f'<text x="{axis + 18}" y="{y + 4}" font-size="13" {FONT} fill="#212121">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Page(f"charts/{issue.id}-timeline.svg", "\n".join(parts) + "\n")


def network_svg(actors: tuple[ActorProfile, ...]) -> Page:
    """charts/actors-network.svg: the most-named actors on a circle, linked by shared briefings."""
    ranked = sorted(
        (a for a in actors if a.kind != "place"),
        key=lambda a: (-len(a.appearances), a.name.lower(), a.id),
    )[:MAX_NODES]
    ranked.sort(key=lambda a: (list(KIND_COLOURS).index(a.kind) if a.kind in KIND_COLOURS else 9, a.name.lower()))
    centre = NETWORK_SIZE / 2
    radius = NETWORK_SIZE / 2 - 150
    places = {}
    for index, actor in enumerate(ranked):
        angle = 2 * math.pi * index / max(len(ranked), 1) - math.pi / 2
        places[actor.id] = (round(centre + radius * math.cos(angle), 1), round(centre + radius * math.sin(angle), 1), angle)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {NETWORK_SIZE} {NETWORK_SIZE}" '
        f'width="{NETWORK_SIZE}" height="{NETWORK_SIZE}" role="img" aria-labelledby="title">',
        '<title id="title">Actor network: actors named together in the same briefings</title>',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    drawn = set()
    for actor in ranked:
        for other_id, count in actor.co_actors:
            pair = tuple(sorted((actor.id, other_id)))
            if other_id not in places or pair in drawn:
                continue
            drawn.add(pair)
            (x1, y1, _), (x2, y2, _) = places[pair[0]], places[pair[1]]
            parts.append(
                f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#90a4ae" '
                f'stroke-opacity="0.6" stroke-width="{min(1 + count, 8)}"/>'
            )
    for actor in ranked:
        x, y, angle = places[actor.id]
        size = 6 + min(len(actor.appearances), 10)
        colour = KIND_COLOURS.get(actor.kind, "#757575")
        lx = round(x + (size + 6) * math.cos(angle), 1)
        ly = round(y + (size + 6) * math.sin(angle) + 4, 1)
        anchor = "start" if math.cos(angle) > 0.1 else "end" if math.cos(angle) < -0.1 else "middle"
        parts.append(f'<circle cx="{x}" cy="{y}" r="{size}" fill={quoteattr(colour)}/>')
        parts.append(
            f'<text x="{lx}" y="{ly}" text-anchor="{anchor}" font-size="13" {FONT} fill="#212121">'
            f"{escape(_short(actor.name, 40))}</text>"
        )
    legend_y = NETWORK_SIZE - 20
    for index, (kind, colour) in enumerate(list(KIND_COLOURS.items())[:3]):
        x = 20 + index * 150
        parts.append(f'<circle cx="{x}" cy="{legend_y}" r="6" fill="{colour}"/>')
        parts.append(f'<text x="{x + 12}" y="{legend_y + 4}" font-size="12" {FONT} fill="#424242">{kind}</text>')
    parts.append("</svg>")
    return Page("charts/actors-network.svg", "\n".join(parts) + "\n")
