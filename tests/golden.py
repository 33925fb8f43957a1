"""Golden files: the Markdown generated from fixed inputs, kept in tests/golden/.

Refresh after a reviewed change of the output with `make golden`
(`python -m tests.golden`), then read the diff before committing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
# Each named input set is built on its own into tests/golden/<name>/.
FIXTURES = ROOT / "tests" / "fixtures"
INPUT_SETS = {
    "seeds": (FIXTURES / "seeds",),
    "seeds-and-corpus": (FIXTURES / "seeds", FIXTURES / "corpus"),
}
ARTICLE_SUFFIXES = (".txt", ".yaml")
MANIFEST = ".briefing-manifest.json"


def generate(name: str) -> dict[str, str]:
    """The generated pages of one input set: relative path -> Markdown text."""
    from generator.pipeline import BuildOptions, build

    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        for folder in INPUT_SETS[name]:
            for path in folder.iterdir():
                if path.suffix in ARTICLE_SUFFIXES and path.name != "gold.yaml" and path.name != "index.yaml":
                    shutil.copy(path, inputs / path.name)
        build(BuildOptions(
            input_dir=inputs,
            docs_dir=docs,
            knowledge_dir=ROOT / "knowledge",
            templates_dir=ROOT / "templates",
            build_site=False,
        ))
        return {
            p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(docs.rglob("*"))
            if p.is_file() and p.name != MANIFEST
        }


def stored(name: str) -> dict[str, str]:
    """The golden pages of one input set as committed."""
    folder = GOLDEN / name
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def refresh() -> None:
    for name in INPUT_SETS:
        folder = GOLDEN / name
        shutil.rmtree(folder, ignore_errors=True)
        for path, text in generate(name).items():
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        print(f"refreshed {folder.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    refresh()
