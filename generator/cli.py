"""The `briefing` command line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import BriefingError, RejectedInputError
from .knowledge import load_knowledge
from .pipeline import BuildOptions, build, read_briefings
from .record import to_record

EXIT_OK = 0
EXIT_REJECTED = 1  # some input could not be used (extract), or --strict build with rejections
EXIT_ERROR = 2  # bad configuration, unusable folders, MkDocs failure, bad usage

DESCRIPTION = """\
Turn scraped news articles into a briefing site.

Reads article files (.txt, .md, .html, with optional NAME.yaml sidecars),
cleans away the site chrome, extracts actors, quotes, events and key facts,
writes Markdown pages into the docs folder and builds the site with MkDocs."""

EPILOG = """\
exit status: 0 success; 1 input files rejected (with --strict, or by extract);
2 configuration, folder or MkDocs error."""


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
        "folder and build the HTML site with MkDocs. Rejected files are reported "
        "on stderr and on the site's build report page; the other articles still build.",
        epilog=EPILOG,
    )
    build_cmd.add_argument("--input", type=Path, default=Path("seeds"), metavar="DIR",
                           help="folder of input articles (default: seeds)")
    build_cmd.add_argument("--docs", type=Path, default=Path("site_src"), metavar="DIR",
                           help="folder the Markdown pages are written to, MkDocs' docs_dir (default: site_src)")
    build_cmd.add_argument("--site", type=Path, default=Path("site"), metavar="DIR",
                           help="folder the HTML site is built in (default: site)")
    build_cmd.add_argument("--no-site", action="store_true",
                           help="stop after writing the Markdown; do not run MkDocs")
    build_cmd.add_argument("--strict", action="store_true",
                           help="fail (exit 1, nothing written) if any input file is rejected")
    _add_common(build_cmd)
    build_cmd.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE",
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
    return parser


def _add_common(command: argparse.ArgumentParser) -> None:
    command.add_argument("--knowledge", type=Path, default=Path("knowledge"), metavar="DIR",
                         help="folder of the knowledge files actors.yaml and issues.yaml (default: knowledge)")


def _report_rejections(rejections) -> None:
    for rejection in rejections:
        print(f"briefing: rejected {rejection.path}: {rejection.reason}", file=sys.stderr)


def run_build(args: argparse.Namespace) -> int:
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
    result = build(options)
    _report_rejections(result.corpus.rejections)
    for duplicate in result.corpus.duplicates:
        print(
            f"briefing: duplicate {duplicate.dropped.path}: same story as briefing "
            f"'{duplicate.kept}' ({duplicate.similarity:.0%} of its text shared); one briefing kept",
            file=sys.stderr,
        )
    written = result.written
    print(
        f"briefing: {len(result.corpus.briefings)} briefings, "
        f"{len(result.corpus.rejections)} rejected; "
        f"{len(written.written)} pages written, {len(written.unchanged)} unchanged, "
        f"{len(written.deleted)} deleted in {options.docs_dir}"
        + ("" if options.build_site is False else f"; site built in {options.site_dir}"),
        file=sys.stderr,
    )
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(levelname)s: %(message)s")
    try:
        if args.command == "build":
            return run_build(args)
        return run_extract(args)
    except BriefingError as error:
        print(f"briefing: error: {error}", file=sys.stderr)
        return EXIT_REJECTED if isinstance(error, RejectedInputError) else EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
