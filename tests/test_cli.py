"""The command line as scripts and users call it."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from generator.cli import _default_folders, main
from tests.conftest import GOLD

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
SCHEMA = json.loads((FIXTURES / "article.schema.json").read_text(encoding="utf-8"))


def project_args(tmp_path: Path) -> list[str]:
    return [
        "--knowledge", str(ROOT / "knowledge"),
        "--templates", str(ROOT / "templates"),
        "--config", str(ROOT / "mkdocs.yml"),
        "--docs", str(tmp_path / "docs"),
        "--site", str(tmp_path / "site"),
    ]


def test_extract_json_prints_schema_valid_records(capsys):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(["extract", *files, "--json", "--knowledge", str(ROOT / "knowledge")]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["source"]["path"] for r in records] == files
    for record in records:
        jsonschema.validate(record, SCHEMA)


def test_extract_json_of_one_file_prints_one_object(capsys):
    path = str(sorted(SEEDS.glob("*.txt"))[0])
    assert main(["extract", path, "--json", "--knowledge", str(ROOT / "knowledge")]) == 0
    record = json.loads(capsys.readouterr().out)
    jsonschema.validate(record, SCHEMA)
    assert record["source"]["path"] == path


@pytest.mark.parametrize("gold_entry", GOLD, ids=lambda e: Path(e["file"]).stem)
def test_extract_json_is_schema_valid_for_every_corpus_article(gold_entry, capsys):
    assert main(["extract", str(gold_entry["path"]), "--json", "--knowledge", str(ROOT / "knowledge")]) == 0
    jsonschema.validate(json.loads(capsys.readouterr().out), SCHEMA)


def test_extract_stops_quietly_when_its_reader_goes_away():
    """`briefing extract --json ... | head`: no traceback, the status a shell gives a command a closed pipe stopped."""
    corpus = sorted(str(p) for p in (FIXTURES / "corpus").glob("*.txt"))
    command = [sys.executable, "-m", "generator", "extract", "--json", "--knowledge", str(ROOT / "knowledge"), *corpus]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(5) == b'[\n  {'
    process.stdout.close()  # far more than a pipe holds is still to come
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""


def test_extract_reports_a_bad_file_and_still_prints_the_good(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = sorted(SEEDS.glob("*.txt"))[0]
    code = main(["extract", str(good), str(empty), "--json", "--knowledge", str(ROOT / "knowledge")])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(json.loads(out)) == 1
    assert f"rejected {empty}:" in err


def test_build_no_site_writes_markdown_only(tmp_path, capsys):
    code = main(["build", "--input", str(SEEDS), "--no-site", *project_args(tmp_path)])
    assert code == 0
    assert (tmp_path / "docs" / "index.md").is_file()
    assert len(list((tmp_path / "docs" / "briefings").glob("*.md"))) == 3  # two briefings + index
    assert not (tmp_path / "site").exists()


def test_build_is_deterministic(tmp_path):
    for name in ("one", "two"):
        assert main(["build", "--input", str(SEEDS), "--no-site", *project_args(tmp_path / name)]) == 0
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one == two


def test_build_reports_rejected_files_and_builds_the_rest(tmp_path, capsys):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "broken.txt").write_bytes(b"   \n\n")
    assert main(["build", "--input", str(inputs), "--no-site", *project_args(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"rejected {inputs / 'broken.txt'}:" in err
    report = (tmp_path / "docs" / "report.md").read_text(encoding="utf-8")
    assert "broken.txt" in report
    assert len(list((tmp_path / "docs" / "briefings").glob("*.md"))) == 3


def test_build_strict_fails_on_a_rejected_file_and_writes_nothing(tmp_path, capsys):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "broken.txt").write_bytes(b"")
    code = main(["build", "--input", str(inputs), "--strict", *project_args(tmp_path)])
    assert code == 1
    assert "broken.txt" in capsys.readouterr().err
    assert not (tmp_path / "docs").exists()


def test_build_says_which_files_of_the_input_folder_it_skipped(tmp_path, capsys):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "notes.pdf").write_bytes(b"%PDF")
    (inputs / "misnamed.yaml").write_text("published: 2019-11-22\n", encoding="utf-8")
    assert main(["build", "--input", str(inputs), "--no-site", "--strict", *project_args(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"briefing: skipped {inputs / 'misnamed.yaml'}: a sidecar without its article (no misnamed.txt" in err
    assert f"briefing: skipped {inputs / 'notes.pdf'}: not an article file" in err
    assert "0 rejected" in err
    assert len(list((tmp_path / "docs" / "briefings").glob("*.md"))) == 3


@pytest.mark.parametrize("command", ["build", "add"])
def test_a_configuration_file_named_that_is_not_there_is_a_clear_error(command, tmp_path, capsys):
    args = project_args(tmp_path)
    args[args.index("--config") + 1] = str(tmp_path / "mkdcos.yml")
    files = [str(SEEDS / "000_3098d3c7a12f7f37.txt")] if command == "add" else []
    code = main([command, *files, "--input", str(tmp_path / "in"), "--no-site", *args])
    assert code == 2
    assert capsys.readouterr().err == f"briefing: error: {tmp_path / 'mkdcos.yml'}: no MkDocs configuration file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def _config_naming_folders(tmp_path: Path, folders: str) -> Path:
    """mkdocs.yml of the project, in a folder of its own, with `folders` in place of its docs_dir and site_dir."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: site_src\nsite_dir: site\n", folders)
    assert "docs_dir: site_src" not in text
    config = tmp_path / "project" / "mkdocs.yml"
    config.parent.mkdir()
    config.write_text(text, encoding="utf-8")
    return config


@pytest.mark.parametrize("command", ["build", "add"])
def test_the_folders_default_to_those_the_mkdocs_configuration_names(command, tmp_path, capsys, monkeypatch):
    """`mkdocs serve` reads the docs_dir of mkdocs.yml: the generator writes there, not into site_src."""
    monkeypatch.chdir(tmp_path)
    config = _config_naming_folders(tmp_path, "docs_dir: pages\nsite_dir: out/html\n")
    args = project_args(tmp_path)
    for option in ("--docs", "--site"):
        del args[args.index(option):args.index(option) + 2]
    args[args.index("--config") + 1] = str(config)
    files = [str(SEEDS / "000_3098d3c7a12f7f37.txt")] if command == "add" else []
    if command == "build":
        shutil.copytree(SEEDS, tmp_path / "in")
    assert main([command, *files, "--input", str(tmp_path / "in"), "--no-site", *args]) == 0
    assert f"deleted in {config.parent / 'pages'}" in capsys.readouterr().err
    assert sorted(p.name for p in (config.parent / "pages" / "briefings").glob("*.md"))
    assert not (tmp_path / "site_src").exists() and not (tmp_path / "pages").exists()


def test_folders_given_on_the_command_line_win_over_the_configuration(tmp_path, capsys):
    config = _config_naming_folders(tmp_path, "docs_dir: pages\nsite_dir: out\n")
    args = project_args(tmp_path)
    args[args.index("--config") + 1] = str(config)
    shutil.copytree(SEEDS, tmp_path / "in")
    assert main(["build", "--input", str(tmp_path / "in"), "--no-site", *args]) == 0
    assert (tmp_path / "docs" / "index.md").is_file()
    assert not (config.parent / "pages").exists()


def test_a_configuration_without_folders_has_site_src_and_site_beside_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # (the default configuration, mkdocs.yml in the working folder, is not there)
    config = _config_naming_folders(tmp_path, "")
    args = argparse.Namespace(docs=None, site=None)
    _default_folders(args, config)
    assert (args.docs, args.site) == (config.parent / "site_src", config.parent / "site")
    args = argparse.Namespace(docs=None, site=None)
    _default_folders(args, Path("mkdocs.yml"))  # the default, where there is none: in the working folder
    assert (args.docs, args.site) == (Path("site_src"), Path("site"))


def test_folders_set_from_the_environment_are_read_as_mkdocs_reads_them(tmp_path, monkeypatch):
    config = _config_naming_folders(tmp_path, "docs_dir: !ENV [BRIEFING_DOCS, pages]\nsite_dir: !ENV BRIEFING_SITE\n")
    monkeypatch.delenv("BRIEFING_DOCS", raising=False)
    monkeypatch.setenv("BRIEFING_SITE", "html")
    args = argparse.Namespace(docs=None, site=None)
    _default_folders(args, config)
    assert (args.docs, args.site) == (config.parent / "pages", config.parent / "html")
    monkeypatch.setenv("BRIEFING_DOCS", "md")
    args = argparse.Namespace(docs=None, site=None)
    _default_folders(args, config)
    assert args.docs == config.parent / "md"
    # A default of null, or a variable not set, leaves the folder to the default.
    config.write_text("docs_dir: !ENV [BRIEFING_NONE, null]\nsite_dir: !ENV BRIEFING_NONE\n", encoding="utf-8")
    monkeypatch.delenv("BRIEFING_NONE", raising=False)
    args = argparse.Namespace(docs=None, site=None)
    _default_folders(args, config)
    assert (args.docs, args.site) == (config.parent / "site_src", config.parent / "site")


def test_folders_given_are_not_looked_up(tmp_path):
    config = _config_naming_folders(tmp_path, "docs_dir: [pages]\nsite_dir: site\n")
    args = argparse.Namespace(docs=Path("d"), site=Path("s"))
    _default_folders(args, config)
    assert (args.docs, args.site) == (Path("d"), Path("s"))


def test_a_folder_setting_that_is_not_a_name_is_a_clear_error(tmp_path, capsys):
    config = _config_naming_folders(tmp_path, "docs_dir: [pages]\nsite_dir: site\n")
    code = main(["build", "--input", str(tmp_path / "in"), "--no-site", "--config", str(config)])
    assert code == 2
    assert capsys.readouterr().err == f"briefing: error: {config}: 'docs_dir' must be a folder name\n"


def test_build_with_a_missing_input_folder_is_a_clear_error(tmp_path, capsys):
    code = main(["build", "--input", str(tmp_path / "nope"), "--no-site", *project_args(tmp_path)])
    assert code == 2
    assert "no such input folder" in capsys.readouterr().err


def test_extract_of_a_folder_says_it_is_one(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--knowledge", str(ROOT / "knowledge")]) == 1
    assert f"rejected {tmp_path}: is a directory, not a file" in capsys.readouterr().err


def test_a_missing_knowledge_folder_is_a_clear_error(tmp_path, capsys):
    good = sorted(SEEDS.glob("*.txt"))[0]
    assert main(["extract", str(good), "--knowledge", str(tmp_path / "knowldge")]) == 2
    assert capsys.readouterr().err == f"briefing: error: {tmp_path / 'knowldge'}: no such knowledge folder\n"


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "soon"])
def test_a_length_of_time_that_is_none_is_refused(value, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["watch", "--interval", value])
    assert exit.value.code == 2
    assert f"argument --interval: not a number of seconds: '{value}'" in capsys.readouterr().err


def test_the_machine_refusing_is_a_clear_error(tmp_path, monkeypatch, capsys):
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "docs"))

    monkeypatch.setattr("generator.cli.build", refused)
    assert main(["build", "--input", str(SEEDS), "--no-site", *project_args(tmp_path)]) == 2
    assert capsys.readouterr().err == f"briefing: error: {tmp_path / 'docs'}: Permission denied\n"


def test_help_names_every_command():
    out = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=True).stdout
    assert "build" in out and "extract" in out and "exit status" in out


def test_the_home_page_links_hand_written_pages_and_leaves_them_alone(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About us\n\nWritten by hand.\n", encoding="utf-8")
    assert main(["build", "--input", str(SEEDS), *project_args(tmp_path)]) == 0
    assert "[About us](about.md)" in (docs / "index.md").read_text(encoding="utf-8")
    assert (docs / "about.md").read_text(encoding="utf-8") == "# About us\n\nWritten by hand.\n"
    assert 'href="about.html"' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_build_counts_what_it_read_in_words_that_agree(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    first, second = sorted(SEEDS.glob("*.txt"))[:2]
    shutil.copy(first, seeds)
    assert main(["build", "--input", str(seeds), "--no-site", *project_args(tmp_path)]) == 0
    assert "1 briefing (1 article read, 0 from the cache)" in capsys.readouterr().err
    shutil.copy(second, seeds)
    assert main(["build", "--input", str(seeds), "--no-site", *project_args(tmp_path)]) == 0
    assert "2 briefings (1 article read, 1 from the cache)" in capsys.readouterr().err
