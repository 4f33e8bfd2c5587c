"""aikg analyze / path / neighbors end to end: a store filled with hand-made records, driven as a user would."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.model import Article, Entity, Relation, Story, StoryFacts
from kg.store import open_store

E = {
    "nvidia": Entity("nvidia", "Organization", "英伟达", "Nvidia", frozenset({"NVIDIA"})),
    "openai": Entity("openai", "Organization", None, "OpenAI"),
    "microsoft": Entity("microsoft", "Organization", "微软", "Microsoft"),
    "gpt5": Entity("gpt-5", "AIModel", None, "GPT-5"),
    "h100": Entity("h100", "Chip", None, "H100"),
    "zhipu": Entity("zhipu-ai", "Organization", "智谱", "Zhipu AI"),
    "glm5": Entity("glm-5", "AIModel", None, "GLM-5"),
    "ascend": Entity("ascend", "Chip", "昇腾", "Ascend"),
    "huawei": Entity("huawei", "Organization", "华为", "Huawei"),
    "evil": Entity("evil", "Organization", "<script>alert(1)</script>", None),
    "ansi": Entity("ansi", "Organization", "\x1b[2J清屏资本", None),
}


def facts(story: Story, *relations: tuple[str, str, str]) -> StoryFacts:
    ents = {k: E[k] for s, _, o in relations for k in (s, o)}
    rels = [Relation(E[s].key, p, E[o].key, sentence=f"{s} {p} {o}.") for s, p, o in relations]
    return StoryFacts(story=story, entities={e.key: e for e in ents.values()}, relations=rels)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("analysis-store")
    store = open_store(folder)
    # January digest: three stories
    jan = [Story(1, "英伟达投资 OpenAI", "", url="https://news.example/jan-1"),
           Story(2, "OpenAI 发布 GPT-5", "", url="https://news.example/jan-2"),
           Story(3, "微软投资 OpenAI", "", url=None)]
    store.replace_article(
        Article("2026-01-15-test", "2026-01-15-test.md", "一月", dt.date(2026, 1, 15), stories=jan),
        [facts(jan[0], ("nvidia", "investsIn", "openai")),
         facts(jan[1], ("openai", "releases", "gpt5"), ("gpt5", "runsOn", "h100")),
         facts(jan[2], ("microsoft", "investsIn", "openai"), ("evil", "investsIn", "openai"),
               ("ansi", "investsIn", "openai"))])
    # February digest: Zhipu and its chips, and Nvidia's investment again
    feb = [Story(1, "智谱发布 GLM-5", "", url="https://news.example/feb-1"),
           Story(2, "英伟达再谈 OpenAI", "", url="https://news.example/feb-2")]
    store.replace_article(
        Article("2026-02-20-test", "2026-02-20-test.md", "二月", dt.date(2026, 2, 20), stories=feb),
        [facts(feb[0], ("zhipu", "releases", "glm5"), ("glm5", "runsOn", "ascend"),
               ("huawei", "manufactures", "ascend"), ("nvidia", "manufactures", "h100")),
         facts(feb[1], ("nvidia", "investsIn", "openai"))])
    store.close()
    return folder


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def test_analyze_prints_tables_by_label(store_dir):
    res = run("analyze", "--store", store_dir, "--top", "3")
    assert res.exit_code == 0, res.stderr
    out = res.stdout
    assert "## Investors by portfolio size" in out and "## Relations per month" in out
    assert "英伟达" in out and "w3id.org" not in out
    # a terminal escape in a label is shown, not obeyed
    assert "\x1b" not in out and "\ufffd[2J清屏资本" in out
    # months: January has 6 statements (one per relation and story), February 5
    months = out.split("## Relations per month")[1].splitlines()
    assert any(line.split()[:2] == ["2026-01", "6"] for line in months)
    assert any(line.split()[:2] == ["2026-02", "5"] for line in months)


def test_analyze_json_and_english_labels(store_dir):
    res = run("analyze", "--store", store_dir, "--json", "--lang", "en", "--section", "investors",
              "--section", "chips")
    assert res.exit_code == 0, res.stderr
    report = json.loads(res.stdout)
    assert "timeline" not in report and "central" not in report
    # Nvidia: OpenAI told by two stories -> 1 company, evidence 2; first in the ranking
    top = report["investors"]["top"][0]
    assert (top["label"], top["companies"], top["evidence"]) == ("Nvidia", 1, 2)
    platforms = [(r["label"], r["adopters"]) for r in report["chips"]["platforms"]]
    assert platforms == [("Huawei", 1), ("Nvidia", 1)]


def test_analyze_html_page_escapes_labels(store_dir, tmp_path):
    page = tmp_path / "out" / "report.html"
    res = run("analyze", "--store", store_dir, "--html", page)
    assert res.exit_code == 0, res.stderr
    assert res.stdout == "" and "wrote" in res.stderr
    text = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script" not in text


def test_path_between_connected_entities(store_dir):
    # Microsoft -investsIn-> OpenAI <-investsIn- Nvidia (2 stories) -- the only 2-hop path
    res = run("path", "微软", "NVIDIA", "--store", store_dir)
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "微软 (Microsoft) → 英伟达 (Nvidia): 1 shortest path of 2 hops"
    hop1 = next(line for line in lines if line.startswith("1 "))
    hop2 = next(line for line in lines if line.startswith("2 "))
    assert hop1.split()[1:4] == ["微软", "-investsIn->", "OpenAI"]
    assert hop2.split()[1:4] == ["OpenAI", "<-investsIn-", "英伟达"]
    # hop 2's first story is the January one, with its link; the February one is counted
    assert "2026-01-15" in hop2 and "英伟达投资 OpenAI (+1 more)" in hop2 and "https://news.example/jan-1" in hop2
    data = json.loads(run("path", "微软", "nvidia", "--store", store_dir, "--json").stdout)
    assert [h["predicate"] for h in data["paths"][0]["hops"]] == ["investsIn", "investsIn"]


def test_path_not_connected_and_unknown_names(store_dir):
    # Zhipu's component is {智谱, GLM-5, 昇腾, 华为}; Nvidia is not in it
    res = run("path", "智谱", "nvidia", "--store", store_dir)
    assert res.exit_code == 1 and res.stderr.startswith("error: no path between 智谱 (Zhipu AI) and 英伟达")
    res = run("path", "英伟达公司", "openai", "--store", store_dir)
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and "no entity named '英伟达公司'" in res.stderr
    assert "did you mean: 英伟达 (Nvidia)" in res.stderr
    res = run("path", "nvidia", "英伟达", "--store", store_dir)
    assert res.exit_code == 2 and "same entity" in res.stderr


def test_neighbors_table_and_json(store_dir):
    res = run("neighbors", "智谱", "--depth", "2", "--store", store_dir)
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "智谱 (Zhipu AI) [Organization]: 2 entities within 2 hops"
    # GLM-5 one hop out (智谱 releases it), 昇腾 two hops (GLM-5 runsOn it)
    assert lines[4].split() == ["1", "GLM-5", "AIModel", "智谱", "-releases->", "GLM-5", "1"]
    assert lines[5].split() == ["2", "昇腾", "Chip", "GLM-5", "-runsOn->", "昇腾", "1"]
    data = json.loads(run("neighbors", "zhipu ai", "--store", store_dir, "--json", "--lang", "en").stdout)
    assert data["center"]["label"] == "Zhipu AI"
    assert [r["label"] for r in data["neighbors"]] == ["GLM-5"]


def test_missing_store_exits_2(tmp_path):
    for args in (["analyze"], ["path", "a", "b"], ["neighbors", "a"]):
        res = run(*args, "--store", tmp_path / "nowhere")
        assert res.exit_code == 2 and res.stderr.startswith("error:")


def test_partial_names(store_dir):
    # "zhipu" is part of one name only ("Zhipu AI"): used, with a note
    res = run("neighbors", "zhipu", "--store", store_dir)
    assert res.exit_code == 0 and "note: using 智谱 (Zhipu AI) for 'zhipu'" in res.stderr
    # "a" is part of many names (Nvidia, OpenAI, Huawei, ...): an error listing them, exit 2
    res = run("neighbors", "a", "--store", store_dir)
    assert res.exit_code == 2 and "did you mean:" in res.stderr and "OpenAI" in res.stderr


def test_neighbors_html_writes_the_explorer_page(store_dir, tmp_path):
    pytest.importorskip("kg.explore", reason="the explorer (kg.explore) is not in this build")
    page = tmp_path / "zhipu.html"
    res = run("neighbors", "智谱", "--depth", "2", "--html", page, "--store", store_dir)
    assert res.exit_code == 0, res.stderr
    assert res.stdout == "" and "2 relations within 2 hops of 智谱" in res.stderr
    text = page.read_text(encoding="utf-8")
    # the neighbourhood is drawn (GLM-5, 昇腾), the far side of the graph is not
    assert "GLM-5" in text and "昇腾" in text and "OpenAI" not in text


def test_section_choices_are_the_report_sections():
    from kg.analyze.report import SECTIONS
    option = next(p for p in main.commands["analyze"].params if p.name == "sections")
    assert tuple(option.type.choices) == SECTIONS


def test_hop_arrows():
    from kg.cli.analysis import _relation_text
    assert _relation_text({"predicate": "investsIn", "direction": "forward"}) == "-investsIn->"
    assert _relation_text({"predicate": "investsIn", "direction": "backward"}) == "<-investsIn-"
    assert _relation_text({"predicate": "partnersWith", "direction": "backward"}) == "-partnersWith-"


def test_path_says_when_limit_hides_paths(tmp_path):
    # A -investsIn-> X and A -partnersWith-> X, X -releases-> M: two relation paths from A to M
    folder = tmp_path / "store"
    store = open_store(folder)
    story = Story(1, "甲投资乙", "", url="https://news.example/1")
    ents = {"a": Entity("a", "Organization", "甲", None), "x": Entity("x", "Organization", "乙", None),
            "m": Entity("m", "AIModel", None, "M-1")}
    store.replace_article(Article("2026-03-01-t", "t.md", "t", dt.date(2026, 3, 1), stories=[story]),
                          [StoryFacts(story, ents, [Relation("a", "investsIn", "x"), Relation("a", "partnersWith", "x"),
                                                    Relation("x", "releases", "m")])])
    store.close()
    res = run("path", "甲", "M-1", "--store", folder, "--limit", "1")
    assert res.exit_code == 0
    assert res.stdout.splitlines()[0] == "甲 → M-1: the strongest 1 shortest path of 2 hops (more with --limit)"
    res = run("path", "甲", "M-1", "--store", folder)
    assert res.stdout.splitlines()[0] == "甲 → M-1: 2 shortest paths of 2 hops"
    assert "-partnersWith-  乙" in res.stdout
