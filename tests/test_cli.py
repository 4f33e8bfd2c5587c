"""The command line as a user drives it: exit codes, stdout for data, stderr for errors."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main

GOOD = """---
title: 命令行测试
date: 2025-04-01
---
# 命令行测试

## 动态

### [Anthropic 发布 Claude 3.7 Sonnet](https://example.org/claude)

Anthropic 发布了 Claude 3.7 Sonnet 模型。

### 更多动态

- [英伟达发布 Blackwell](https://example.org/bw)：新一代 GPU 架构
"""


@pytest.fixture()
def digests(tmp_path):
    folder = tmp_path / "digests"
    folder.mkdir()
    (folder / "2025-04-01-good.md").write_text(GOOD, encoding="utf-8")
    (folder / "2025-04-02-bad.md").write_text("---\ndate: 2025-13-45\n---\n# x\n", encoding="utf-8")
    return folder


def run(*args, env=None):
    return CliRunner().invoke(main, list(map(str, args)), env=env, catch_exceptions=False)


def test_build_reports_bad_file_on_stderr_and_keeps_going(tmp_path, digests):
    store = tmp_path / "store"
    res = run("build", digests, "--store", store, "-q")
    assert res.exit_code == 1
    assert res.stdout == ""
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "2025-04-02-bad.md" in errors[0] and "month must be in 1..12" in errors[0]
    stats = json.loads(run("stats", "--json", "--store", store).stdout)
    assert stats["totals"]["articles"] == 1 and stats["totals"]["stories"] == 2


def test_build_twice_is_idempotent_and_env_names_the_store(tmp_path, digests):
    env = {"AIKG_STORE": str(tmp_path / "envstore")}
    run("build", digests / "2025-04-01-good.md", env=env)
    first = json.loads(run("stats", "--json", env=env).stdout)["totals"]
    run("build", digests / "2025-04-01-good.md", env=env)
    assert json.loads(run("stats", "--json", env=env).stdout)["totals"] == first
    assert (tmp_path / "envstore").is_dir()


def test_query_formats_and_errors(tmp_path, digests):
    store = tmp_path / "store"
    run("build", digests / "2025-04-01-good.md", "--store", store)
    q = "SELECT ?t WHERE { ?s a aikg:Story ; dcterms:title ?t } ORDER BY ?t"
    table = run("query", q, "--store", store)
    assert table.exit_code == 0 and table.stdout.splitlines()[0].strip() == "t"
    rows = list(csv.reader(io.StringIO(run("query", q, "--format", "csv", "--store", store).stdout)))
    assert rows == [["t"], ["Anthropic 发布 Claude 3.7 Sonnet"], ["英伟达发布 Blackwell"]]
    tsv = run("query", q, "--format", "tsv", "--store", store).stdout.splitlines()
    assert tsv[1] == "Anthropic 发布 Claude 3.7 Sonnet"
    js = json.loads(run("query", q, "--format", "json", "--store", store).stdout)
    assert js[1] == {"t": "英伟达发布 Blackwell"}
    bad = run("query", "SELEC nonsense", "--store", store)
    assert bad.exit_code == 2 and bad.stdout == ""
    assert len(bad.stderr.strip().splitlines()) == 1 and "bad query" in bad.stderr
    qfile = tmp_path / "q.rq"
    qfile.write_text(q, encoding="utf-8")
    assert run("query", "-f", qfile, "--format", "csv", "--store", store).stdout.count("\n") == 3
    assert run("query", "--store", store).exit_code == 2  # neither a string nor -f


def test_commands_on_a_missing_store_fail_clearly(tmp_path):
    res = run("stats", "--store", tmp_path / "none")
    assert res.exit_code == 2 and "no store here" in res.stderr


@pytest.mark.parametrize("suffix, fmt", [(".trig", "trig"), (".nq", "nquads"),
                                         (".ttl", "turtle"), (".jsonld", "json-ld")])
def test_extract_writes_the_format_its_suffix_names(tmp_path, digests, suffix, fmt):
    out = tmp_path / f"out{suffix}"
    res = run("extract", digests / "2025-04-01-good.md", "-o", out)
    assert res.exit_code == 0, res.stderr
    ds = Dataset()
    ds.parse(out, format=fmt)
    titles = {str(o) for _, p, o, _ in ds.quads((None, None, None, None)) if str(p).endswith("/title")}
    assert "Anthropic 发布 Claude 3.7 Sonnet" in titles


def test_extract_rejects_an_unknown_suffix(tmp_path, digests):
    res = run("extract", digests / "2025-04-01-good.md", "-o", tmp_path / "out.xyz")
    assert res.exit_code == 2 and "unknown output suffix" in res.stderr
    assert not (tmp_path / "out.xyz").exists()
