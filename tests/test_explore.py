"""The explorer page file: what it holds, that it needs no network, that news text stays data; the CLI."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from html import unescape
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "browser"))
from explore_sample import (HOSTILE_NAME, HOSTILE_SENTENCE, HOSTILE_TITLE, build_store,  # noqa: E402
                            hostile_articles, sample_articles)

from kg.analyze.projection import load_graph  # noqa: E402
from kg.cli import main  # noqa: E402
from kg.explore import UnknownEntity, explorer_data, write_explorer  # noqa: E402
from kg.explore.layout import layout_positions  # noqa: E402
from kg.namespaces import entity_iri  # noqa: E402

NVIDIA = str(entity_iri("Organization", "nvidia"))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("explore-store") / "store"
    build_store(folder, sample_articles()).close()
    return folder


@pytest.fixture(scope="module")
def sample_graph(sample_store):
    from kg.store import open_store
    with open_store(sample_store) as store:
        return load_graph(store)


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("explore-hostile") / "store", hostile_articles())
    graph = load_graph(store)
    store.close()
    return graph


def _data_block(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_write_explorer_reports_what_the_page_holds(sample_graph, tmp_path):
    out = tmp_path / "sub" / "graph.html"
    summary = write_explorer(sample_graph, out)
    stories = {st["iri"] for *_, d in sample_graph.edges(data=True) for st in d["stories"]}
    assert summary["nodes"] == sample_graph.number_of_nodes()
    assert summary["edges"] == sample_graph.number_of_edges()
    assert summary["stories"] == len(stories)
    assert summary["focus"] is None
    assert summary["dates"] == ["2025-01-20", "2025-03-18"]
    assert summary["bytes"] == out.stat().st_size
    data = _data_block(out.read_text(encoding="utf-8"))
    assert len(data["vis"]["nodes"]) == len(data["nodes"]) == sample_graph.number_of_nodes()
    assert {n["iri"] for n in data["nodes"]} == set(sample_graph)


def test_page_loads_nothing_from_the_network(sample_graph, tmp_path):
    out = tmp_path / "graph.html"
    write_explorer(sample_graph, out)
    html = out.read_text(encoding="utf-8")
    assert re.findall(r"<(?:script|link|img|iframe|embed|object)\b[^>]*\b(?:src|href)\s*=", html, re.I) == []
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", html, re.I)
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    assert "connect-src 'none'" in csp and "default-src 'none'" in csp


def test_csp_admits_exactly_the_pages_own_scripts(sample_graph):
    from kg.explore import explorer_html
    html, _ = explorer_html(sample_graph)
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    csp = unescape(re.search(r'content="(default-src[^"]*)"', html).group(1))
    allowed = re.findall(r"'sha256-([^']+)'", csp)
    assert len(scripts) == 2
    assert sorted(allowed) == sorted(
        base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts)


def test_hostile_text_stays_inside_the_data_block(hostile_graph, tmp_path):
    out = tmp_path / "graph.html"
    write_explorer(hostile_graph, out, title="</title><script>alert(4)</script>")
    html = out.read_text(encoding="utf-8")
    for raw in (HOSTILE_NAME, HOSTILE_TITLE, "<b onmouseover", "<script>alert(4)", "\u2028"):
        assert raw not in html
    assert html.count("</script>") == 3  # the data block, vis-network, the page script
    data = _data_block(html)
    assert HOSTILE_NAME in {n["label"] for n in data["nodes"]}
    assert HOSTILE_TITLE in {st[1] for st in data["stories"]}
    assert HOSTILE_SENTENCE in {ev[1] for e in data["edges"] for ev in e["ev"]}
    assert data["meta"]["title"] == "</title><script>alert(4)</script>"
    assert not any("title" in n for n in data["vis"]["nodes"] + data["vis"]["edges"])


def test_style_by_class_and_predicate(sample_graph):
    data = explorer_data(sample_graph)
    by_iri = {n["iri"]: v for n, v in zip(data["nodes"], data["vis"]["nodes"])}
    person = by_iri[str(entity_iri("Person", "jensen-huang"))]
    chip = by_iri[str(entity_iri("Chip", "h100"))]
    assert person["shape"] != chip["shape"]
    assert person["color"]["background"] == data["classes"]["Person"]["color"]
    # size follows degree centrality: the best-connected entity gets the largest value
    degree = {n: len(set(nx.Graph(sample_graph.to_undirected())[n])) for n in sample_graph}
    top = max(degree, key=degree.get)
    assert by_iri[top]["value"] == max(v["value"] for v in data["vis"]["nodes"])
    for side, vis in zip(data["edges"], data["vis"]["edges"]):
        assert vis["color"]["color"] == data["predicates"][side["p"]]["color"]
        assert vis["label"] == data["predicates"][side["p"]]["zh"]
    partner = [v for s, v in zip(data["edges"], data["vis"]["edges"]) if s["p"] == "partnersWith"]
    assert partner and all(v["arrows"] == {"to": {"enabled": False}} for v in partner)


def test_focus_by_name_keeps_the_neighbourhood(sample_graph, tmp_path):
    summary = write_explorer(sample_graph, tmp_path / "f.html", focus="nvidia", depth=1)
    ego = nx.ego_graph(sample_graph, NVIDIA, radius=1, undirected=True)
    assert summary["focus"] == NVIDIA and summary["focus_label"] == "英伟达"
    assert (summary["nodes"], summary["edges"]) == (ego.number_of_nodes(), ego.number_of_edges())
    data = _data_block((tmp_path / "f.html").read_text(encoding="utf-8"))
    assert data["nodes"][data["meta"]["focus"]]["iri"] == NVIDIA


def test_unknown_focus_raises_with_suggestions(sample_graph, tmp_path):
    with pytest.raises(UnknownEntity) as err:
        write_explorer(sample_graph, tmp_path / "f.html", focus="Nvidai")
    assert err.value.suggestions == ["英伟达"]
    assert not (tmp_path / "f.html").exists()


def test_layout_is_deterministic_and_places_every_node(sample_graph):
    first = layout_positions(sample_graph)
    assert first == layout_positions(sample_graph)
    assert set(first) == set(sample_graph)
    assert len(set(first.values())) == len(first)
    assert layout_positions(sample_graph, seed=8) != first
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(sample_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(sample_graph.edges(keys=True, data=True))))
    assert layout_positions(shuffled) == first


def test_empty_graph_still_makes_a_page(tmp_path):
    summary = write_explorer(nx.MultiDiGraph(), tmp_path / "empty.html")
    assert (summary["nodes"], summary["edges"], summary["dates"]) == (0, 0, None)


def test_cli_explore_writes_the_page(sample_store, sample_graph, tmp_path):
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(main, ["explore", "--store", str(sample_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert (f"{sample_graph.number_of_nodes()} entities, {sample_graph.number_of_edges()} relations"
            in result.stderr)
    assert result.stdout == ""


def test_cli_unknown_focus_is_one_error_line_and_exit_2(sample_store, tmp_path):
    result = CliRunner().invoke(main, ["explore", "--store", str(sample_store), "--focus", "Jensen Hwang",
                                       "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Jensen Hwang" in lines[0] and "黄仁勋" in lines[0]
    assert not (tmp_path / "x.html").exists()


def test_cli_missing_store_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["explore", "--store", str(tmp_path / "nowhere"), "-o",
                                       str(tmp_path / "x.html")])
    assert result.exit_code == 2
