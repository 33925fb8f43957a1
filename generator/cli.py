"""The `briefing` command line."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import math
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .add import add_articles
from .cache import Memory
from .deploy import DEFAULT_MESSAGE, DEFAULT_REMOTE, DeployError, check_repository, deploy
from .errors import BriefingError, ConfigError, InputError, RejectedInputError
from .fetch import DEFAULT_TIMEOUT, user_agent
from .follow import FEEDS_FILE, STATE_NAME, WebOptions, add_urls, follow, load_feeds, repo_url
from .knowledge import load_knowledge
from .lock import watcher, watching
from .pipeline import BuildOptions, build, end_of_builds, read_briefings
from .models import SourceMeta
from .record import to_record
from .settings import configured_folders
from .watch import watch

EXIT_OK = 0
EXIT_REJECTED = 1  # some input could not be used (extract), or --strict build with rejections
EXIT_ERROR = 2  # bad configuration, unusable folders, MkDocs failure, bad usage
# The default configuration file; a build without it writes the Markdown with default
# settings (`--no-site`). One named with --config must exist (told apart by identity).
DEFAULT_CONFIG = Path("mkdocs.yml")
EXIT_PIPE_CLOSED = 141  # what a shell reports for a command a closed pipe stopped (128 + SIGPIPE)

DESCRIPTION = """\
Turn scraped news articles into a briefing site.

Reads article files (.txt, .md, .html, with optional NAME.yaml sidecars),
cleans away the site chrome, extracts actors, quotes, events and key facts,
writes Markdown pages into the docs folder and builds the site with MkDocs."""

EPILOG = """\
exit status: 0 success; 1 input files rejected (with --strict, by extract, or
refused by add); 2 configuration, folder, template or MkDocs error, another
build running, or the machine refusing (a folder not writable); 141 the
output's reader went away (`briefing extract --json ... | head`)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build_cmd = commands.add_parser(
        "build",
        help="build the site from the input folder",
        description="Read the input folder, write the Markdown pages into the docs "
        "folder and build the HTML site with MkDocs, which takes the pages whose "
        "Markdown did not change from the site in use. Rejected files are reported "
        "on stderr and on the site's Editor page; the other articles still build. "
        "Files in the input folder that are neither articles nor their sidecars are named on stderr.",
        epilog=EPILOG,
    )
    build_cmd.add_argument("--input", type=Path, default=Path("seeds"), metavar="DIR",
                           help="folder of input articles (default: seeds)")
    _add_folders(build_cmd)
    build_cmd.add_argument("--no-site", action="store_true",
                           help="stop after writing the Markdown; do not run MkDocs")
    build_cmd.add_argument("--strict", action="store_true",
                           help="fail (exit 1, nothing written) if any input file is rejected")
    _add_common(build_cmd)
    build_cmd.add_argument("--config", type=Path, default=DEFAULT_CONFIG, metavar="FILE",
                           help="MkDocs configuration file (default: mkdocs.yml)")
    build_cmd.add_argument("--templates", type=Path, default=Path("templates"), metavar="DIR",
                           help="folder of the Jinja2 page templates (default: templates)")

    extract_cmd = commands.add_parser(
        "extract",
        help="print the article records of the given files",
        description="Clean and read the given article files and print what was found. "
        "With --json, print the article records (one JSON object per file, a JSON "
        "array for several files) as article.schema.json describes.",
        epilog=EPILOG,
    )
    extract_cmd.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article files")
    extract_cmd.add_argument("--json", action="store_true", help="print JSON article records")
    _add_common(extract_cmd)

    add_cmd = commands.add_parser(
        "add",
        help="copy article files into the input folder and rebuild",
        description="Copy the given article files into the input folder, each with a "
        "sidecar NAME.yaml holding the metadata given (and a sidecar beside the file, if "
        "any), then rebuild. A file already there (same bytes, same name or same id) or "
        "one the build would reject is refused, and then nothing is copied. Nothing is "
        "overwritten; the given files are left as they are. An http(s) URL is fetched and "
        "its page kept as NAME.html with the final URL and the fetch date in NAME.yaml; a "
        "page whose address or text is already there, or that cannot be fetched, is "
        "refused with the reason, and the other URLs are still added. When a `briefing "
        "watch` of the same input and docs folders is running, the rebuild is left to it.",
        epilog=EPILOG,
    )
    add_cmd.add_argument("files", nargs="+", type=_file_or_url, metavar="FILE",
                         help="article files (.txt, .md, .html) or http(s) URLs of web pages")
    add_cmd.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, for the sidecar")
    add_cmd.add_argument("--url", metavar="URL", help="the article's http(s) address, for the sidecar (one FILE only)")
    add_cmd.add_argument("--outlet", metavar="NAME", help="publisher or wire agency, for the sidecar")
    add_cmd.add_argument("--title", metavar="TEXT", help="headline, for the sidecar")
    add_cmd.add_argument("--no-build", action="store_true", help="copy only; do not rebuild")
    _add_timeout(add_cmd)
    _add_build_locations(add_cmd)

    follow_cmd = commands.add_parser(
        "follow",
        help="add the new articles of the followed feeds and rebuild",
        description="Fetch every RSS or Atom feed listed in the feeds file and add the "
        "page of each new entry (on the feed's issues, if it names some) as `add URL` "
        "does, then rebuild once. Entries dealt with are remembered in "
        f"INPUT/{STATE_NAME} and never fetched again. Prints what was added and "
        "skipped, and why; a feed that cannot be read is reported and the others still run.",
        epilog="exit status: 0 success (entries or feeds that failed are reported); 1 no "
        "feed could be read; 2 configuration, folder or MkDocs error, or another build running.",
    )
    follow_cmd.add_argument("--feeds", type=Path, default=Path(FEEDS_FILE), metavar="FILE",
                            help=f"the feeds to follow (default: {FEEDS_FILE})")
    follow_cmd.add_argument("--no-build", action="store_true", help="add only; do not rebuild")
    _add_timeout(follow_cmd)
    _add_build_locations(follow_cmd)

    watch_cmd = commands.add_parser(
        "watch",
        help="rebuild whenever the inputs change",
        description="Build, then rebuild whenever files in the input folder (or the "
        "knowledge, templates or MkDocs configuration) are added, changed or removed: "
        "once per burst of changes, when they have been quiet for a moment. Only new and "
        "changed articles are read again; `briefing add` and `briefing follow` leave "
        "their rebuilds to it. One watch at a time per folder holding a docs folder "
        "(the project folder). Stop with Ctrl-C.",
        epilog=EPILOG,
    )
    watch_cmd.add_argument("--interval", type=_seconds, default=0.5, metavar="SECONDS",
                           help="how often to look for changes (default: 0.5)")
    watch_cmd.add_argument("--debounce", type=_seconds, default=1.0, metavar="SECONDS",
                           help="rebuild once nothing has changed for this long (default: 1.0)")
    _add_build_locations(watch_cmd)

    deploy_cmd = commands.add_parser(
        "deploy",
        help="build the site and publish it to GitHub Pages",
        description="Build the site as `build` does, then publish the site folder with "
        "MkDocs' gh-deploy: commit it to the gh-pages branch of the git repository in "
        "the current directory and push that branch to the remote.",
        epilog=EPILOG,
    )
    deploy_cmd.add_argument("--remote", default=DEFAULT_REMOTE, metavar="NAME",
                            help="git remote to push to (default: origin)")
    deploy_cmd.add_argument("--message", default=DEFAULT_MESSAGE, metavar="TEXT",
                            help="commit message; {sha} and {version} are filled in "
                            "(default: %(default)s)")
    deploy_cmd.add_argument("--force", action="store_true",
                            help="push even if the remote branch has commits this clone lacks "
                            "(they are overwritten)")
    _add_build_locations(deploy_cmd)
    return parser


def _add_build_locations(command: argparse.ArgumentParser) -> None:
    """The folders `build` reads and writes, for the commands that build."""
    command.add_argument("--input", type=Path, default=Path("seeds"), metavar="DIR",
                         help="folder of input articles (default: seeds)")
    _add_folders(command)
    command.add_argument("--no-site", action="store_true", help="do not run MkDocs")
    _add_common(command)
    command.add_argument("--config", type=Path, default=DEFAULT_CONFIG, metavar="FILE",
                         help="MkDocs configuration file (default: mkdocs.yml)")
    command.add_argument("--templates", type=Path, default=Path("templates"), metavar="DIR",
                         help="folder of the Jinja2 page templates (default: templates)")
    command.set_defaults(strict=False)


def _add_folders(command: argparse.ArgumentParser) -> None:
    """--docs and --site, which default to the folders the MkDocs configuration names (see `_default_folders`)."""
    command.add_argument("--docs", type=Path, metavar="DIR",
                         help="folder the Markdown pages are written to (default: the docs_dir "
                         "of the MkDocs configuration, else site_src beside it)")
    command.add_argument("--site", type=Path, metavar="DIR",
                         help="folder the HTML site is built in (default: the site_dir of the "
                         "MkDocs configuration, else site beside it)")


def _seconds(value: str) -> float:
    """A length of time in seconds: a finite number, not negative."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r} (expected 0 or more)")
    return seconds


def _file_or_url(value: str) -> Path | str:
    """An http(s) URL stays text (a Path would fold its '//'); anything else is a file."""
    return value if value.lower().startswith(("http://", "https://")) else Path(value)


def _add_timeout(command: argparse.ArgumentParser) -> None:
    command.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                         help=f"network timeout for connecting and for each read (default: {DEFAULT_TIMEOUT:g})")


def _web_options(args: argparse.Namespace) -> WebOptions:
    return WebOptions(timeout=args.timeout, agent=user_agent(repo_url(args.config)))


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--knowledge", type=Path, default=Path("knowledge"), metavar="DIR",
                         help="folder of the knowledge files actors.yaml and issues.yaml (default: knowledge)")


def _report_rejections(rejections) -> None:
    for rejection in rejections:
        print(f"briefing: rejected {rejection.path}: {rejection.reason}", file=sys.stderr)


def run_build(args: argparse.Namespace, memory: Memory | None = None) -> int:
    options = BuildOptions(
        input_dir=args.input,
        docs_dir=args.docs,
        site_dir=args.site,
        config_file=args.config,
        knowledge_dir=args.knowledge,
        templates_dir=args.templates,
        build_site=not args.no_site,
        strict=args.strict,
    )
    result = build(options, memory)
    for path, reason in result.skipped:
        print(f"briefing: skipped {path}: {reason}", file=sys.stderr)
    _report_rejections(result.corpus.rejections)
    for duplicate in result.corpus.duplicates:
        print(
            f"briefing: duplicate {duplicate.dropped.path}: same story as briefing "
            f"'{duplicate.kept}' ({duplicate.similarity:.0%} of its text shared); one briefing kept",
            file=sys.stderr,
        )
    written = result.written
    print(
        f"briefing: {counted(len(result.corpus.briefings), 'briefing')} "
        f"({counted(result.read, 'article')} read, {result.cached} from the cache), "
        f"{len(result.corpus.rejections)} rejected; "
        f"{counted(len(written.written), 'page')} written, {len(written.unchanged)} unchanged, "
        f"{len(written.deleted)} deleted in {options.docs_dir}"
        + ("" if options.build_site is False else
           f"; site in {options.site_dir} unchanged: nothing MkDocs reads changed" if result.site_reused else
           f"; site built in {options.site_dir}" + (
               f" ({result.site_pages_reused} of {result.site_pages} pages as they were)"
               if result.site_pages_reused else "")),
        file=sys.stderr,
    )
    return EXIT_OK


def counted(count: int, noun: str) -> str:
    """'1 page', '2 pages'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def run_add(args: argparse.Namespace) -> int:
    meta = SourceMeta(url=args.url, published=args.published, outlet=args.outlet, title=args.title)
    if any(isinstance(item, str) for item in args.files):
        return run_add_web(args, meta)
    try:
        added = add_articles(args.files, args.input, meta, args.docs)
    except InputError as error:
        print(f"briefing: not added: {error}", file=sys.stderr)
        return EXIT_REJECTED
    for path in added:
        print(f"briefing: added {path}", file=sys.stderr)
    return EXIT_OK if args.no_build else _rebuild_after_adding(args)


def _rebuild_after_adding(args: argparse.Namespace) -> int:
    """Rebuild, unless a running `briefing watch` of the same folders will (and sooner: it keeps what it read)."""
    running = watcher(args.docs)
    if running is not None and running[1] == args.input.resolve():
        print(f"briefing: the running `briefing watch` (pid {running[0]}) rebuilds {args.docs}", file=sys.stderr)
        return EXIT_OK
    return run_build(args)


def run_add_web(args: argparse.Namespace, meta: SourceMeta) -> int:
    """`add` with URLs: the files all or none, as without; each URL on its own."""
    files = [item for item in args.files if isinstance(item, Path)]
    urls = [item for item in args.files if isinstance(item, str)]
    added: list[Path] = []
    try:
        if files and urls and meta.url is not None:
            raise InputError("--url", "one URL names one article: give a single FILE with --url")
        if files:
            added += add_articles(files, args.input, meta, args.docs)
        outcomes = add_urls(urls, args.input, meta, knowledge=load_knowledge(args.knowledge),
                            options=_web_options(args))
    except InputError as error:
        print(f"briefing: not added: {error}", file=sys.stderr)
        outcomes = []
    for path in added:
        print(f"briefing: added {path}", file=sys.stderr)
    for outcome in outcomes:
        print(f"briefing: {outcome.describe()}", file=sys.stderr)
    added += [outcome.added for outcome in outcomes if outcome.added is not None]
    if not added:
        return EXIT_REJECTED
    return EXIT_OK if args.no_build else _rebuild_after_adding(args)


def run_follow(args: argparse.Namespace) -> int:
    knowledge = load_knowledge(args.knowledge)
    if not args.feeds.is_file():
        raise BriefingError(f"{args.feeds}: no such feeds file")
    feeds = load_feeds(args.feeds, knowledge.issues)
    if not feeds:
        print(f"briefing: no feeds listed in {args.feeds}", file=sys.stderr)
    reports = follow(feeds, args.input, knowledge=knowledge, options=_web_options(args))
    added = [o.added for r in reports for o in r.outcomes if o.added is not None]
    for report in reports:
        if report.error is not None:
            print(f"briefing: feed {report.feed.label}: not read: {report.error}", file=sys.stderr)
            continue
        print(f"briefing: feed {report.feed.label}: {report.entries} entries, {report.seen} seen before"
              + (f"; {report.warning}" if report.warning else ""), file=sys.stderr)
        for outcome in report.outcomes:
            print(f"briefing:   {outcome.describe()}", file=sys.stderr)
    unread = sum(r.error is not None for r in reports)
    print(f"briefing: follow: {len(added)} added; {len(reports) - unread} of {len(reports)} feeds read",
          file=sys.stderr)
    status = EXIT_REJECTED if reports and unread == len(reports) else EXIT_OK
    if added and not args.no_build:
        _rebuild_after_adding(args)
    return status


def run_watch(args: argparse.Namespace) -> int:
    with watching(args.docs, args.input), _stopped_by_sigterm():  # `briefing add` leaves its rebuilds to this process
        try:
            _watch(args)
        except KeyboardInterrupt:
            pass
        finally:
            with _signals_held():  # a second Ctrl-C does not cut the cleaning short
                end_of_builds(args.docs)
    return EXIT_OK


def _watch(args: argparse.Namespace) -> None:
    memory = Memory()  # what one rebuild leaves the next

    def rebuild() -> None:
        try:
            run_build(args, memory)
        except BriefingError as error:
            print(f"briefing: error: {error}", file=sys.stderr)
        # A full collection walks everything kept in memory (a second or two
        # with 10,000 articles): done now, while waiting for changes, it is
        # not done in the middle of the next rebuild.
        gc.collect()

    rebuild()
    paths = [args.input, args.knowledge, args.templates, args.config]
    print(f"briefing: watching {', '.join(map(str, paths))} (Ctrl-C to stop)", file=sys.stderr)
    watch(paths, rebuild, interval=args.interval, quiet=args.debounce)


@contextmanager
def _signals(handlers: dict) -> Iterator[None]:
    """The signal `handlers` (signal number: handler) in force in the block, in the main thread;
    elsewhere signals are left alone."""
    previous = {}
    try:
        for number, handler in handlers.items():
            previous[number] = signal.signal(number, handler)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _signals_held():
    """Ctrl-C and SIGTERM ignored in the block."""
    return _signals({signal.SIGINT: signal.SIG_IGN, signal.SIGTERM: signal.SIG_IGN})


def _stopped_by_sigterm():
    """SIGTERM (a service manager's stop, `timeout`, `kill`) stops the block as Ctrl-C does: a build
    under way is abandoned cleanly and what the watch keeps beside the docs folder is removed."""

    def stop(signum, frame):
        raise KeyboardInterrupt

    return _signals({signal.SIGTERM: stop})


def run_deploy(args: argparse.Namespace) -> int:
    if args.no_site:
        raise DeployError("--no-site: deploy publishes the site it builds")
    check_repository(args.remote)
    run_build(args)
    branch = deploy(args.config, args.site, remote=args.remote, message=args.message, force=args.force)
    print(f"briefing: published {args.site} to the {branch} branch of {args.remote}", file=sys.stderr)
    return EXIT_OK


def run_extract(args: argparse.Namespace) -> int:
    knowledge = load_knowledge(args.knowledge)
    briefings, rejections = read_briefings(args.files, knowledge)
    _report_rejections(rejections)
    records = [to_record(b) for b in briefings]
    if args.json:
        payload = records[0] if len(args.files) == 1 and records else records
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for record in records:
            print(f"{record['id']}: {record['title']}")
            print(f"  outlet: {record['outlet'] or '-'}  published: {record['published'] or '-'}")
            print(f"  {len(record['paragraphs'])} paragraphs, {len(record['removed'])} lines removed, "
                  f"{len(record['actors'])} actors, {len(record['quotes'])} quotes, "
                  f"{len(record['events'])} events, issues: {', '.join(record['issues']) or '-'}")
    return EXIT_REJECTED if rejections else EXIT_OK


def _default_folders(args: argparse.Namespace, config: Path) -> None:
    """The docs and site folders not given: those the MkDocs configuration names, as
    `mkdocs serve` and `mkdocs build` take them, else site_src and site beside it."""
    if args.docs is None or args.site is None:
        docs, site = configured_folders(config, BuildOptions.docs_dir, BuildOptions.site_dir)
        args.docs = docs if args.docs is None else args.docs
        args.site = site if args.site is None else args.site


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    try:
        config = getattr(args, "config", DEFAULT_CONFIG)
        if config is not DEFAULT_CONFIG and not config.is_file():
            raise ConfigError(f"{config}: no MkDocs configuration file")
        if hasattr(args, "docs"):
            _default_folders(args, config)
        if args.command == "build":
            return run_build(args)
        if args.command == "add":
            return run_add(args)
        if args.command == "follow":
            return run_follow(args)
        if args.command == "watch":
            return run_watch(args)
        if args.command == "deploy":
            return run_deploy(args)
        return run_extract(args)
    except BriefingError as error:
        print(f"briefing: error: {error}", file=sys.stderr)
        return EXIT_REJECTED if isinstance(error, RejectedInputError) else EXIT_ERROR
    except BrokenPipeError:
        # Whoever read the output stopped reading (`| head`): stop too, quietly, as `cat` does.
        # What is still buffered for stdout goes nowhere, not into an error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except OSError as error:
        # The machine refused (a folder not writable, a disk full): say what and where, as for a bad folder.
        where = f"{error.filename}: " if error.filename else ""
        print(f"briefing: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
