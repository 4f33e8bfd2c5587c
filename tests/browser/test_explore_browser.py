"""The explorer page as a person uses it, in headless Chromium with the network cut.

Each page is written from a store filled by hand (explore_sample.py), then
opened from disk; the expected numbers come from the graph itself.
"""
from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner
from explore_sample import (HOSTILE_NAME, HOSTILE_SENTENCE, HOSTILE_TITLE, HOSTILE_URL, build_store,
                            hostile_articles, sample_articles)

from kg.analyze.projection import load_graph
from kg.cli import main
from kg.explore import write_explorer
from kg.namespaces import entity_iri

pytestmark = pytest.mark.browser

NVIDIA = str(entity_iri("Organization", "nvidia"))
OPENAI = str(entity_iri("Organization", "openai"))
MICROSOFT = str(entity_iri("Organization", "microsoft"))
JENSEN = str(entity_iri("Person", "jensen-huang"))
EVIL = str(entity_iri("Organization", "evil"))


def _explorer_page(folder, articles, **options):
    """Build a store of ``articles`` in ``folder`` and write its explorer page; return (graph, page path)."""
    store = build_store(folder / "store", articles)
    graph = load_graph(store)
    store.close()
    path = folder / "graph.html"
    write_explorer(graph, path, **options)
    return graph, path


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """(graph, page path, store folder) of the sample digests."""
    folder = tmp_path_factory.mktemp("explore-sample")
    graph, path = _explorer_page(folder, sample_articles())
    return graph, path, folder / "store"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(graph, page path) of the sample digests plus the hostile one."""
    return _explorer_page(tmp_path_factory.mktemp("explore-hostile"), hostile_articles(),
                          title="<b>digest</b> & co")


def test_page_loads_offline_with_every_entity_and_relation(sample, open_page):
    graph, path, _ = sample
    p = open_page(path)
    connected = sum(1 for n in graph if graph.degree(n) > 0)
    assert p.count("nodes-total") == graph.number_of_nodes()
    assert p.count("nodes-shown") == connected < graph.number_of_nodes()
    assert p.count("edges-shown") == p.count("edges-total") == graph.number_of_edges()
    assert p.page.evaluate("kgExplorer.nodes.get({filter: n => !n.hidden}).length") == connected
    p.page.uncheck("#hide-unconnected")
    assert p.count("nodes-shown") == graph.number_of_nodes()
    assert p.page.evaluate("kgExplorer.nodes.get({filter: n => !n.hidden}).length") == graph.number_of_nodes()
    assert p.requests == [] and p.errors == [] and p.dialogs == []


def test_legend_lists_classes_and_predicates_with_counts(sample, open_page):
    graph, path, _ = sample
    p = open_page(path)
    classes = p.page.eval_on_selector_all(
        "#class-legend li",
        "lis => lis.map(li => [li.querySelector('input').dataset.cls, +li.querySelector('.n').textContent])")
    assert {c: n for c, n in classes if n} == {c: sum(1 for _, d in graph.nodes(data=True) if d["cls"] == c)
                                               for c in {d["cls"] for _, d in graph.nodes(data=True)}}
    predicates = p.page.eval_on_selector_all(
        "#predicate-legend input", "bs => bs.map(b => b.dataset.predicate)")
    assert sorted(predicates) == sorted({k for _, _, k in graph.edges(keys=True)})


def test_search_finds_an_entity_by_chinese_and_english_name(sample, open_page):
    _, path, _ = sample
    p = open_page(path)
    assert p.search("英伟达")[0] == NVIDIA
    assert p.search("nvidia")[0] == NVIDIA
    assert p.search("Jensen Huang")[0] == JENSEN
    assert p.search("黄仁勋")[0] == JENSEN
    assert p.search("no such company") == []
    p.search("jensen")
    p.page.click("#search-results button")
    assert p.page.get_attribute("#panel", "data-node") == JENSEN
    assert p.page.text_content("#panel h2") == "黄仁勋"


def _stories_of(graph, node):
    """Return {title: (date, url, {sentences})} of the stories behind the edges of ``node``."""
    out: dict = {}
    for s, o, data in list(graph.out_edges(node, data=True)) + list(graph.in_edges(node, data=True)):
        for st in data["stories"]:
            out.setdefault(st["title"], (st["date"], st["url"], set()))[2].add(st["sentence"])
    return out


def test_click_on_a_node_shows_its_names_class_and_stories(sample, open_page):
    graph, path, _ = sample
    p = open_page(path)
    p.click_node(OPENAI)
    p.page.wait_for_selector("#panel[data-kind=node]")
    assert p.page.get_attribute("#panel", "data-node") == OPENAI
    assert p.page.text_content("#panel h2") == "OpenAI"
    assert p.page.text_content("#panel .chip") == "机构"
    shown = p.page.eval_on_selector_all("#panel .story", """items => items.map(s => ({
        title: s.querySelector('.title').textContent,
        href: s.querySelector('a.title') ? s.querySelector('a.title').href : '',
        date: s.querySelector('.date').textContent,
        sentences: [...s.querySelectorAll('blockquote')].map(b => b.lastChild.textContent)}))""")
    expected = _stories_of(graph, OPENAI)
    assert sorted(s["title"] for s in shown) == sorted(expected)
    for s in shown:
        date, url, sentences = expected[s["title"]]
        assert s["date"] == date
        assert s["href"] == url
        assert set(s["sentences"]) == sentences


def test_click_on_an_edge_shows_the_evidence_of_every_story(sample, open_page):
    graph, path, _ = sample
    p = open_page(path)
    p.click_edge(MICROSOFT, "investsIn", OPENAI)
    p.page.wait_for_selector("#panel[data-kind=edge]")
    data = graph.edges[MICROSOFT, OPENAI, "investsIn"]
    assert p.page.eval_on_selector("#panel .edge-head .pred", "e => e.dataset.predicate") == "investsIn"
    quotes = p.page.eval_on_selector_all("#panel .story blockquote", "bs => bs.map(b => b.textContent)")
    assert sorted(quotes) == sorted(st["sentence"] for st in data["stories"])
    assert len(quotes) == data["count"] == 2


def test_filters_change_what_is_shown(sample, open_page):
    graph, path, _ = sample
    p = open_page(path)
    edges = p.count("edges-shown")
    invests = sum(1 for *_, k in graph.edges(keys=True) if k == "investsIn")
    p.page.uncheck("input[data-predicate=investsIn]")
    assert p.count("edges-shown") == edges - invests
    p.page.check("input[data-predicate=investsIn]")
    assert p.count("edges-shown") == edges

    nodes = p.count("nodes-shown")
    p.page.uncheck("input[data-cls=Person]")
    assert p.count("nodes-shown") == nodes - sum(1 for _, d in graph.nodes(data=True) if d["cls"] == "Person")
    p.page.check("input[data-cls=Person]")

    day = "2025-01-20"
    p.page.fill("#date-from", day)
    p.page.fill("#date-to", day)
    that_day = [e for e in graph.edges(data=True) if any(st["date"] == day for st in e[2]["stories"])]
    assert 0 < p.count("edges-shown") == len(that_day) < edges
    assert p.count("nodes-shown") == len({n for s, o, _ in that_day for n in (s, o)})
    p.page.click("#reset-filters")
    assert (p.count("nodes-shown"), p.count("edges-shown")) == (nodes, edges)


def test_focus_on_a_neighbourhood_in_the_page(sample, open_page):
    graph, path, _ = sample
    p = open_page(path)
    p.search("Nvidia")
    p.page.click("#search-results button")
    p.page.select_option("#depth", "1")
    p.page.click("#focus-button")
    assert p.count("nodes-shown") == nx.ego_graph(graph, NVIDIA, radius=1, undirected=True).number_of_nodes()
    p.page.select_option("#depth", "2")
    assert p.count("nodes-shown") == nx.ego_graph(graph, NVIDIA, radius=2, undirected=True).number_of_nodes()
    assert "英伟达" in p.page.text_content("#focus-status")
    i = p.page.evaluate(f"kgExplorer.data.nodes.findIndex(n => n.iri === {NVIDIA!r})")
    assert p.page.evaluate(f"kgExplorer.network.getPositions([{i}])[{i}]") == {"x": 0, "y": 0}
    p.page.click("#clear-focus")
    assert p.count("nodes-shown") == sum(1 for n in graph if graph.degree(n) > 0)


def test_cli_focus_writes_the_neighbourhood_only(sample, open_page, tmp_path):
    graph, _, store = sample
    out = tmp_path / "nvidia.html"
    result = CliRunner().invoke(main, ["explore", "--store", str(store), "--focus", "Nvidia", "--depth", "1",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    p = open_page(out)
    ego = nx.ego_graph(graph, NVIDIA, radius=1, undirected=True)
    assert p.count("nodes-total") == p.count("nodes-shown") == ego.number_of_nodes()
    assert p.count("edges-total") == ego.number_of_edges()
    assert p.page.get_attribute("#panel", "data-node") == NVIDIA
    assert "英伟达" in p.page.text_content("#focus-status")


def test_hostile_news_text_shows_as_text_and_never_runs(hostile, open_page):
    graph, path = hostile
    p = open_page(path)
    assert p.page.evaluate("typeof window.pwned") == "undefined"
    assert p.count("nodes-total") == graph.number_of_nodes()
    assert p.page.text_content("#page-title") == "<b>digest</b> & co"
    assert p.page.title() == "<b>digest</b> & co"

    assert p.search("</script>")[0] == EVIL
    p.page.click("#search-results button")
    panel = p.page.locator("#panel")
    assert p.page.text_content("#panel h2") == HOSTILE_NAME
    assert "Evil <b>Corp</b>" in panel.inner_text()
    story = p.page.locator("#panel .story")
    assert story.locator(".title").text_content() == HOSTILE_TITLE
    assert story.locator(".url-text").text_content() == HOSTILE_URL
    assert story.locator("blockquote").evaluate("b => b.lastChild.textContent") == HOSTILE_SENTENCE
    assert panel.locator("img, b, i, script").count() == 0
    assert p.page.locator("a[href^='javascript']").count() == 0
    assert story.locator("a").count() == 0

    p.click_node(EVIL)
    p.page.wait_for_timeout(100)
    assert p.page.evaluate("typeof window.pwned") == "undefined"
    assert p.dialogs == []


@pytest.mark.corpus
def test_whole_corpus_page_is_usable(corpus_store, open_page, tmp_path):
    graph = load_graph(corpus_store)
    path = tmp_path / "corpus.html"
    write_explorer(graph, path)
    p = open_page(path)
    assert p.count("nodes-total") == graph.number_of_nodes()
    assert p.count("nodes-shown") == sum(1 for n in graph if graph.degree(n) > 0)
    assert p.count("edges-shown") == graph.number_of_edges()
    hub = max(graph, key=graph.degree)
    label = graph.nodes[hub]["label"]
    assert p.search(label)[0] == hub
    p.page.click("#search-results button")
    assert p.page.get_attribute("#panel", "data-node") == hub
    assert p.page.locator("#panel .story").count() > 0
