"""How `briefing build` scales: N synthetic articles, cold and warm, with and without MkDocs.

    python -m benchmarks.bench                  # N = 100, 1,000 (with MkDocs), 10,000 (generator only)
    python -m benchmarks.bench --sizes 100,1000 --generator-only 5000
    python -m benchmarks.bench --quick          # a smoke run: N = 30, 60
    python -m benchmarks.bench --profile 1000   # where the generator's time goes (cProfile, one process)

Each N runs in its own child process, so the peak memory figures are that
run's. For each N the child builds from scratch (cold cache), adds one
article and builds again (warm cache) in the same process, as `briefing
watch` does (what it read and worked out is kept in memory), and reports:

- generator time of the full build (the wall time of the whole build but
  MkDocs) and of the rebuild after adding one article, and their ratio;
- the median of that rebuild and four more (an article more before each,
  garbage collected between them, as a watch does): the target is judged
  on the median, as one measurement on a busy machine can be off by half
  and the first rebuild of a process also pays for what runs first in it;
- how many files the first rebuild rewrote, and how many really changed;
- '+1 CLI': the wall time of `briefing build --no-site` after one more
  article, run as a new process as `briefing add` runs it (interpreter
  start, imports and the cache's records loaded from disk included);
- MkDocs time, and the built HTML bytes per briefing page;
- 'mkd +1': MkDocs' time after one more article, with the site of the
  build before in use (the unchanged pages are taken from it); 'mkd -1',
  after one article removed;
- peak memory of the build process and of its largest worker;
- how many CPUs the reading step kept busy.

The targets are printed as ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import synth

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = (100, 1000)
DEFAULT_GENERATOR_ONLY = (10_000,)
QUICK_SIZES = (30, 60)
# The targets, as ratios.
GENERATION_SHARE_OF_MKDOCS = 0.10
REBUILD_SHARE_OF_FULL = 0.05
PAGE_BYTES_GROWTH = 1.2
PEAK_MEMORY_BYTES = 1 << 30
# Single-article rebuilds after the first one, for the median of all.
MORE_REBUILDS = 4


def options_for(project: Path, *, site: bool, workers: int | None = None):
    from generator.pipeline import BuildOptions

    return BuildOptions(
        input_dir=project / "seeds",
        docs_dir=project / "site_src",
        site_dir=project / "site",
        config_file=ROOT / "mkdocs.yml",
        knowledge_dir=ROOT / "knowledge",
        templates_dir=ROOT / "templates",
        build_site=site,
        cache_dir=project / ".briefing-cache",
        workers=workers,
    )


def tree(folder: Path) -> dict[str, bytes]:
    """Each file's SHA-256 (digests, not bytes: the comparison must not add to peak memory)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).digest()
        for p in folder.rglob("*") if p.is_file()
    }


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its waited-for children."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def measure(project: Path, n: int, site: bool) -> dict:
    """One benchmark run in this process (the child): cold build, one article more, warm build."""
    from generator import pipeline

    read_cpu = []
    read_all = pipeline.read_all

    def timed_read_all(*args, **kwargs):
        start = cpu_seconds()
        try:
            return read_all(*args, **kwargs)
        finally:
            end = cpu_seconds()
            read_cpu.append(end[0] - start[0] + end[1] - start[1])

    pipeline.read_all = timed_read_all
    try:
        return _measure(project, n, site, read_cpu)
    finally:
        pipeline.read_all = read_all


def _measure(project: Path, n: int, site: bool, read_cpu: list[float]) -> dict:
    from generator import pipeline
    from generator.cache import Memory

    # The two builds run as in `briefing watch`: one process, which keeps
    # what it read last in memory.
    memory = Memory()
    options = options_for(project, site=site)
    cold, timings, generation = timed_build(options, memory)
    counts = {
        "briefings": len(cold.corpus.briefings),
        "duplicates": len(cold.corpus.duplicates),
        "rejected": len(cold.corpus.rejections),
    }
    cold_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    # The next build's peak is its own, not on top of this one's corpus.
    del cold
    gc.collect()
    before = tree(options.docs_dir)

    synth.write_article(n, options.input_dir)
    warm, rebuild_timings, rebuild = timed_build(options_for(project, site=False), memory)
    after = tree(options.docs_dir)
    changed = sorted(p for p in after if before.get(p) != after[p])
    rewritten = sorted(warm.written.written + warm.written.deleted)
    rebuild_read = warm.read
    if ".briefing-manifest.json" in changed:
        changed.remove(".briefing-manifest.json")
    gone = sorted(set(before) - set(after))

    # More articles, one at a time, each followed by a rebuild, as a watch
    # goes on (collecting garbage while it waits): the first rebuild of a
    # process also pays what runs for the first time in it, and one
    # measurement on a busy machine can be off by half.
    rebuilds = [rebuild]
    for more in range(1, MORE_REBUILDS + 1):
        del warm
        gc.collect()
        synth.write_article(n + more, options.input_dir)
        warm, _, seconds_taken = timed_build(options_for(project, site=False), memory)
        rebuilds.append(seconds_taken)
    del warm
    gc.collect()

    # Peak memory of this process and of its largest worker, before the new process below.
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    # What `briefing add` costs: one more article, a new process (interpreter
    # start and imports included), the cache and pages of the build before.
    synth.write_article(n + MORE_REBUILDS + 1, options.input_dir)
    command = [
        sys.executable, "-c", "import sys; from generator.cli import main; sys.exit(main())",
        "build", "--no-site", "--input", str(options.input_dir), "--docs", str(options.docs_dir),
        "--knowledge", str(options.knowledge_dir), "--config", str(options.config_file),
        "--templates", str(options.templates_dir),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=project, capture_output=True, text=True)
    rebuild_process = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"briefing build as a new process failed:\n{done.stderr}")

    # MkDocs after one more article, with the site of the build before in use
    # (first brought up to date with the articles added since the cold build).
    site_rebuild = site_pages = site_removal = removal_pages = None
    if site:
        timed_build(options, memory)
        synth.write_article(n + MORE_REBUILDS + 2, options.input_dir)
        with_site, site_timings, _ = timed_build(options, memory)
        site_rebuild = site_timings.get("site")
        site_pages = (with_site.site_pages_reused, with_site.site_pages)
        del with_site
        gc.collect()
        # ... and after one article removed (one from the middle of the corpus).
        for path in options.input_dir.glob(f"{synth.name(n // 2)}.*"):
            path.unlink()
        without, site_timings, _ = timed_build(options, memory)
        site_removal = site_timings.get("site")
        removal_pages = (without.site_pages_reused, without.site_pages)
        del without
        gc.collect()

    page_sizes = []
    if site:
        page_sizes = [
            p.stat().st_size for p in (options.site_dir / "briefings").glob("*.html") if p.name != "index.html"
        ]
    return {
        "n": n,
        **counts,
        "pages": len(before) - 1,
        "generation": generation,
        "timings": timings,
        "rebuild": rebuild,
        "rebuilds": rebuilds,
        "rebuild_median": statistics.median(rebuilds),
        "rebuild_process": rebuild_process,
        "rebuild_timings": rebuild_timings,
        "rebuild_read": rebuild_read,
        "rewritten": len(rewritten),
        "changed": len(changed) + len(gone),
        "rewritten_matches_changed": rewritten == sorted(changed + gone),
        "mkdocs": timings.get("site"),
        "mkdocs_rebuild": site_rebuild,
        "mkdocs_rebuild_pages": site_pages,
        "mkdocs_removal": site_removal,
        "mkdocs_removal_pages": removal_pages,
        "html_bytes_per_briefing": sum(page_sizes) / len(page_sizes) if page_sizes else None,
        "peak_rss": me.ru_maxrss * 1024,
        "peak_rss_cold": cold_peak,
        "peak_rss_worker": children.ru_maxrss * 1024,
        "read_cpu": read_cpu[0],
        "read_wall": timings["read"],
        "cpus": pipeline.available_cpus(),
    }


def timed_build(options, memory=None) -> tuple:
    """One build: its result, seconds by stage, and the generator's wall time.

    The generator's time is the whole `build` call but the MkDocs stage;
    'other' is what no stage counts (loading the configuration and the
    knowledge, staging and swapping the folders, the cache's upkeep).
    """
    from generator import pipeline

    started = time.perf_counter()
    result = pipeline.build(options, memory)
    wall = time.perf_counter() - started
    timings = dict(result.timings)
    generation = wall - timings.get("site", 0.0)
    timings["other"] = generation - sum(seconds for stage, seconds in timings.items() if stage != "site")
    return result, timings, generation


def run_child(n: int, site: bool, keep: Path | None) -> dict:
    """Synthesise N articles, then measure them in a child process."""
    project = Path(tempfile.mkdtemp(prefix=f"briefing-bench-{n}-", dir=keep))
    try:
        synth.write_articles(n, project / "seeds")
        command = [sys.executable, "-m", "benchmarks.bench", "--child", str(project), "--n", str(n)]
        if site:
            command.append("--site")
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"benchmark of N={n} failed:\n{done.stderr}")
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        if keep is None:
            shutil.rmtree(project, ignore_errors=True)


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}s"


def table(results: list[dict]) -> str:
    header = (
        f"{'N':>6} {'briefings':>9} {'pages':>6} {'gen cold':>9} {'gen +1':>8} {'+1/cold':>8} {'+1 med':>8} "
        f"{'med/cold':>8} {'+1 CLI':>8} "
        f"{'rewritten':>9} {'changed':>7} {'mkdocs':>8} {'gen/mkd':>8} {'mkd +1':>8} {'mkd -1':>8} {'html/page':>9} "
        f"{'peak MB':>8} {'worker MB':>9} {'read CPUs':>9}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        ratio = f"{r['generation'] / r['mkdocs']:.0%}" if r["mkdocs"] else "-"
        html = f"{r['html_bytes_per_briefing']:,.0f}" if r["html_bytes_per_briefing"] else "-"
        busy = r["read_cpu"] / r["read_wall"] if r["read_wall"] else 0
        lines.append(
            f"{r['n']:>6,} {r['briefings']:>9,} {r['pages']:>6,} {seconds(r['generation']):>9} "
            f"{seconds(r['rebuild']):>8} {r['rebuild'] / r['generation']:>8.1%} "
            f"{seconds(r['rebuild_median']):>8} {r['rebuild_median'] / r['generation']:>8.1%} "
            f"{seconds(r['rebuild_process']):>8} "
            f"{r['rewritten']:>9} {r['changed']:>7} {seconds(r['mkdocs']):>8} {ratio:>8} "
            f"{seconds(r['mkdocs_rebuild']):>8} {seconds(r['mkdocs_removal']):>8} {html:>9} "
            f"{r['peak_rss'] / 2**20:>8,.0f} {r['peak_rss_worker'] / 2**20:>9,.0f} "
            f"{busy:>5.1f}/{r['cpus']:<3}"
        )
    return "\n".join(lines)


def stages(results: list[dict]) -> str:
    names = ("read", "dedupe", "link", "render", "write", "other", "site")
    lines = [f"{'N':>6} " + " ".join(f"{name:>8}" for name in names) + "   (cold build; then the +1 rebuild)"]
    for r in results:
        lines.append(f"{r['n']:>6,} " + " ".join(f"{seconds(r['timings'].get(name)):>8}" for name in names))
        lines.append(f"{'+1':>6} " + " ".join(f"{seconds(r['rebuild_timings'].get(name)):>8}" for name in names))
    return "\n".join(lines)


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("ok" if ok else "MISSED")


def targets(results: list[dict], sizes: tuple[int, ...]) -> str:
    by_n = {r["n"]: r for r in results}
    with_site = [r for r in results if r["mkdocs"]]
    lines = ["targets (ratios measured in this run):"]

    big = by_n.get(max(sizes)) if sizes else None
    if big and big["mkdocs"]:
        share = big["generation"] / big["mkdocs"]
        lines.append(
            f"  full generation <= {GENERATION_SHARE_OF_MKDOCS:.0%} of MkDocs at N={big['n']:,}: "
            f"{big['generation']:.2f}s / {big['mkdocs']:.2f}s = {share:.0%}  {verdict(share <= GENERATION_SHARE_OF_MKDOCS)}"
        )
    for r in results:
        share, first = r["rebuild_median"] / r["generation"], r["rebuild"] / r["generation"]
        lines.append(
            f"  adding one article <= {REBUILD_SHARE_OF_FULL:.0%} of a full build at N={r['n']:,}: "
            f"median of {len(r['rebuilds'])} rebuilds {r['rebuild_median']:.2f}s / {r['generation']:.2f}s = {share:.1%}  "
            f"{verdict(share <= REBUILD_SHARE_OF_FULL)} (the first {first:.1%}); "
            f"{r['rewritten']} files rewritten, {r['changed']} really changed  {verdict(r['rewritten_matches_changed'])}"
        )
    for r in with_site:
        if r["mkdocs_rebuild"] is not None:
            kept, pages = r["mkdocs_rebuild_pages"]
            lines.append(
                f"  (MkDocs after adding one article at N={r['n']:,}: {r['mkdocs_rebuild']:.2f}s against "
                f"{r['mkdocs']:.2f}s for the whole site; {kept:,} of {pages:,} pages as they were)"
            )
        if r["mkdocs_removal"] is not None:
            kept, pages = r["mkdocs_removal_pages"]
            lines.append(
                f"  (MkDocs after removing one article at N={r['n']:,}: {r['mkdocs_removal']:.2f}s; "
                f"{kept:,} of {pages:,} pages as they were)"
            )
    if len(with_site) >= 2:
        small, large = with_site[0], with_site[-1]
        growth = large["html_bytes_per_briefing"] / small["html_bytes_per_briefing"]
        lines.append(
            f"  HTML bytes per briefing page flat (<= {PAGE_BYTES_GROWTH}x) from N={small['n']:,} to N={large['n']:,}: "
            f"{small['html_bytes_per_briefing']:,.0f} -> {large['html_bytes_per_briefing']:,.0f} = {growth:.2f}x  "
            f"{verdict(growth <= PAGE_BYTES_GROWTH)}"
        )
    largest = max(results, key=lambda r: r["n"])
    peak = max(largest["peak_rss"], largest["peak_rss_worker"])
    lines.append(
        f"  peak memory < {PEAK_MEMORY_BYTES / 2**30:.0f} GB at N={largest['n']:,}: {peak / 2**20:,.0f} MB "
        f"(the cold build alone {largest['peak_rss_cold'] / 2**20:,.0f} MB)  {verdict(peak < PEAK_MEMORY_BYTES)}"
    )
    for r in results:
        busy = r["read_cpu"] / r["read_wall"] if r["read_wall"] else 0
        lines.append(
            f"  reading uses all cores at N={r['n']:,}: {busy:.1f} of {r['cpus']} CPUs busy  "
            f"{verdict(busy >= 0.75 * r['cpus'])}"
        )
    for r in results:
        if r["briefings"] != r["n"]:
            lines.append(
                f"  note: N={r['n']:,} gave {r['briefings']:,} briefings "
                f"({r['duplicates']} de-duplicated, {r['rejected']} rejected)"
            )
    return "\n".join(lines)


def profile(n: int, keep: Path | None) -> None:
    """Where one cold build's generator time goes, by function and by module (one process)."""
    from generator.pipeline import build

    project = Path(tempfile.mkdtemp(prefix=f"briefing-profile-{n}-", dir=keep))
    try:
        synth.write_articles(n, project / "seeds")
        profiler = cProfile.Profile()
        result = profiler.runcall(build, options_for(project, site=False, workers=1))
        print(f"N={n:,}: " + ", ".join(f"{stage} {seconds(t)}" for stage, t in result.timings))
        stats = pstats.Stats(profiler)
        by_module: dict[str, float] = {}
        for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
            module = Path(filename).name if "/generator/" in filename or "templates" in filename else (
                filename.split("site-packages/")[-1].split("/")[0] if "site-packages" in filename else "python"
            )
            by_module[module] = by_module.get(module, 0.0) + tottime
        print("own time by module:")
        for module, total in sorted(by_module.items(), key=lambda item: -item[1])[:15]:
            print(f"  {total:8.2f}s  {module}")
        stats.sort_stats("cumulative").print_stats(r"generator|templates", 30)
    finally:
        if keep is None:
            shutil.rmtree(project, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="article counts built with MkDocs (default: 100,1000)")
    parser.add_argument("--generator-only", default=",".join(map(str, DEFAULT_GENERATOR_ONLY)),
                        help="article counts built without MkDocs (default: 10000; '' for none)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: N = 30 and 60, no generator-only size")
    parser.add_argument("--profile", type=int, metavar="N", help="profile one cold build of N articles instead")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build in DIR and keep the projects")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--site", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(measure(args.child, args.n, args.site)))
        return 0
    if args.profile:
        profile(args.profile, args.keep)
        return 0
    sizes = QUICK_SIZES if args.quick else tuple(int(s) for s in args.sizes.split(",") if s)
    generator_only = () if args.quick else tuple(int(s) for s in args.generator_only.split(",") if s)
    results = []
    for n, site in [(n, True) for n in sizes] + [(n, False) for n in generator_only]:
        started = time.perf_counter()
        results.append(run_child(n, site, args.keep))
        print(f"N={n:,}{'' if site else ' (no MkDocs)'} measured in {time.perf_counter() - started:.0f}s",
              file=sys.stderr, flush=True)
    print(table(results))
    print()
    print(stages(results))
    print()
    print(targets(results, sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
