"""The exceptions briefing raises, and who raises them.

Only `InputError` is caught per article: the orchestrator records it as a
rejection and goes on with the other articles. Everything else aborts the
command with one clear message (see `cli.main`).
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: a problem briefing can explain to the user in one line."""


class InputError(BriefingError):
    """An input article (or its sidecar) cannot be used.

    Raised by `ingest` and `clean`; carries the file path and the reason.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ConfigError(BriefingError):
    """A configuration or knowledge file is invalid. Raised by `config` loaders."""


class OutputError(BriefingError):
    """The writer refused to write: two pages with one path, a path outside the
    output folder, or a file the generator does not own. Raised by `write`."""


class SiteBuildError(BriefingError):
    """MkDocs failed to build the site. Raised by `site`."""


class RejectedInputError(BriefingError):
    """`--strict` was given and some input files were rejected. Raised by
    `pipeline.build` before anything is written."""

    def __init__(self, rejections) -> None:
        lines = [f"{r.path}: {r.reason}" for r in rejections]
        super().__init__(f"{len(lines)} input file(s) rejected (--strict):\n  " + "\n  ".join(lines))
        self.rejections = tuple(rejections)


class FetchError(BriefingError):
    """A page or feed could not be fetched over HTTP(S): a bad address, DNS,
    a refused connection, a timeout, an HTTP error status, a response that is
    not HTML (or not a feed), too large, or bad redirects. Raised by `fetch`
    (the only module that uses the network); carries the URL and the reason.

    `transient` is true for failures worth trying again later (timeouts,
    DNS and connection failures, 5xx and 429 statuses)."""

    def __init__(self, url: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient


class DeployError(BriefingError):
    """The site cannot be published: no built site, not in a git repository,
    no such remote, or git refused the push. Raised by `deploy`."""
