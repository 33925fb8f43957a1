"""briefing: turn scraped news articles into a static briefing site."""

__version__ = "0.1.0"
