"""`aikg explain SUBJECT PREDICATE OBJECT`: stories, dates, links and sentences behind a triple."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.cli.evidence import predicate_name

DAY1 = """---
title: 投资日报
date: 2025-03-01
---
# 投资日报

## 融资

### [北辰科技完成 A 轮融资](https://example.org/a)

北辰科技完成 2 亿元 A 轮融资，投资方包括英伟达、星河资本。
"""

DAY2 = """---
title: 投资日报二
date: 2025-03-05
---
# 投资日报二

## 融资

### [英伟达追加投资北辰科技](https://example.org/b)

英伟达宣布向北辰科技追加投资\x1b[31m 5 亿美元。
"""


@pytest.fixture()
def store(tmp_path):
    folder = tmp_path / "digests"
    folder.mkdir()
    (folder / "2025-03-01-a.md").write_text(DAY1, encoding="utf-8")
    (folder / "2025-03-05-b.md").write_text(DAY2, encoding="utf-8")
    path = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(folder), "--store", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_explain_prints_each_story_with_its_sentence(store):
    result = CliRunner().invoke(main, ["explain", "NVIDIA", "investsIn", "北辰科技", "--store", str(store)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "英伟达 investsIn 北辰科技: 2 stories" in out
    assert "2025-03-01  北辰科技完成 A 轮融资" in out and "https://example.org/a" in out
    assert "投资方包括英伟达、星河资本" in out
    assert "2025-03-05  英伟达追加投资北辰科技" in out and "https://example.org/b" in out
    assert out.index("2025-03-01") < out.index("2025-03-05")     # oldest first
    assert "\x1b" not in out                                   # control characters from the news are dropped


def test_explain_json(store):
    result = CliRunner().invoke(main, ["explain", "nvidia", "investsin", "北辰科技", "--json", "--store", str(store)])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["predicate"] == "investsIn"
    assert [s["url"] for s in data["stories"]] == ["https://example.org/a", "https://example.org/b"]
    assert all(s["sentence"] for s in data["stories"])


def test_explain_a_triple_not_stated_exits_1(store):
    result = CliRunner().invoke(main, ["explain", "星河资本", "sues", "北辰科技", "--store", str(store)])
    assert result.exit_code == 1
    assert "not stated" in result.output


def test_explain_unknown_entity_or_predicate_exits_2(store):
    result = CliRunner().invoke(main, ["explain", "不存在的公司", "investsIn", "北辰科技", "--store", str(store)])
    assert result.exit_code == 2 and "no entity named" in result.output
    result = CliRunner().invoke(main, ["explain", "英伟达", "likes", "北辰科技", "--store", str(store)])
    assert result.exit_code == 2 and "unknown predicate" in result.output


def test_predicate_names():
    assert predicate_name("aikg:runsOn") == "runsOn"
    assert predicate_name("FOUNDEROF") == "founderOf"
    assert predicate_name("owns") is None
