"""A build killed with SIGKILL leaves a readable store that a re-run completes."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.parse import iter_digest_paths, read_digest
from kg.store import open_store

pytestmark = pytest.mark.corpus


def _build(inputs: Path, store: Path) -> subprocess.Popen:
    code = "from kg.cli import main; main()"
    return subprocess.Popen([sys.executable, "-c", code, "build", str(inputs), "--store", str(store), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stories_per_article(store) -> dict[str, int]:
    rows = store.query("""SELECT ?src (COUNT(?s) AS ?n) WHERE {
        ?a a aikg:Article ; dcterms:source ?src . OPTIONAL { ?s dcterms:isPartOf ?a } } GROUP BY ?src""")
    return {str(r[0]): int(r[1]) for r in rows}


def test_sigkill_mid_build_then_rerun(corpus_dir, tmp_path):
    digests = tmp_path / "digests"
    digests.mkdir()
    for p in sorted(iter_digest_paths([corpus_dir]))[:60]:
        shutil.copy(p, digests / p.name)
    expected = {p.name: len(read_digest(p).stories) for p in iter_digest_paths([digests])}

    store_dir = tmp_path / "store"
    proc = _build(digests, store_dir)
    # kill it once the store exists and some digests are in (it may finish first on a fast machine)
    deadline = time.monotonic() + 60
    while proc.poll() is None and not (store_dir / "oxigraph").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.6)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with open_store(store_dir, create=False) as store:  # readable after the kill
        partial = _stories_per_article(store)
    print(f"killed with {len(partial)} of {len(expected)} digests in")
    # every digest that made it in is complete: one transaction per digest
    for name, n in partial.items():
        assert n == expected[name], f"{name}: {n} of {expected[name]} stories"

    rerun = _build(digests, store_dir)
    assert rerun.wait(timeout=300) == 0
    with open_store(store_dir, create=False) as store:
        assert _stories_per_article(store) == expected
        after_kill = sorted(map(str, store.quads()))

    clean_dir = tmp_path / "clean"
    assert _build(digests, clean_dir).wait(timeout=300) == 0
    with open_store(clean_dir, create=False) as clean:
        assert sorted(map(str, clean.quads())) == after_kill
