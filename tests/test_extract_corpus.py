"""Extraction on the real corpus: resolution, no boilerplate entities, evidence, and the seed gold."""
from __future__ import annotations

import importlib.util
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest

from kg.analyze.lookup import entity_names, fold

pytestmark = pytest.mark.corpus

BOILERPLATE = {"telegram", "ai日报", "最新ai咨询", "aitelegram", "立即加入群组", "深度解读", "更多动态"}


@pytest.fixture(scope="module")
def graph(corpus_store):
    from kg.analyze.projection import load_graph
    return load_graph(corpus_store)


def test_one_node_per_thing_among_the_most_connected(graph):
    top = sorted(graph.nodes, key=lambda n: -graph.degree(n))[:200]
    by_name = defaultdict(set)
    for node, data in graph.nodes(data=True):
        for name in entity_names(data):
            by_name[(data["cls"], fold(name))].add(node)
    split = {(graph.nodes[n]["cls"], fold(name)): sorted(by_name[(graph.nodes[n]["cls"], fold(name))])
             for n in top for name in entity_names(graph.nodes[n])
             if len(by_name[(graph.nodes[n]["cls"], fold(name))]) > 1}
    assert not split, f"one name, several nodes of one class: {split}"


def test_no_entity_from_boilerplate(graph):
    names = {fold(n) for _, d in graph.nodes(data=True) for n in entity_names(d)}
    assert not names & BOILERPLATE


def test_every_relation_has_its_sentence(graph):
    missing = [(s, o, k) for s, o, k, d in graph.edges(keys=True, data=True)
               if not all(st["sentence"] for st in d["stories"])]
    assert not missing[:5]


@pytest.fixture(scope="module")
def score(gold_dir):
    """The scorer ../shared/tools/score.py, loaded as a module."""
    tool = gold_dir.parent / "tools" / "score.py"
    if not tool.exists():
        pytest.skip(f"no scorer at {tool}")
    spec = importlib.util.spec_from_file_location("aikg_score", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_gold_scores(corpus_dir, gold_dir, score):
    """The seed gold scored with ../shared/tools/score.py (in process): a regression guard."""
    from rdflib import Dataset
    from kg.extract import load_pipeline
    from kg.parse import read_digest
    from kg.rdf.mapping import article_quads
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for gf in sorted(gold_dir.glob("*.yaml")):
            gold = score.load_gold(gf)
            art = read_digest(corpus_dir / gold["document"])
            default, named = article_quads(art, load_pipeline().extract_article(art))
            ds = Dataset()
            for t in default:
                ds.add(t)
            for q in named:
                ds.add(q)
            out = Path(tmp) / (gf.stem + ".trig")
            ds.serialize(out, format="trig")
            results.append(score.score(gold, out))
    overall = score.summarize(results)["overall"]
    assert overall["precision"] >= 0.85 and overall["recall"] >= 0.80, overall


def test_our_own_gold_files_load_with_the_scorer(corpus_dir, score):
    """Every file of tests/gold/ passes the scorer's own checks and names a digest of the corpus.

    A file without triples is a digest without news (fresh11/ has one): it
    must list no entities either, so every triple extracted there counts as wrong.
    """
    files = sorted((Path(__file__).parent / "gold").glob("*/*.yaml"))
    assert len(files) >= 33
    for gf in files:
        gold = score.load_gold(gf)
        assert not gold["problems"], (gf, gold["problems"][:3])
        assert (corpus_dir / gold["document"]).exists(), gf
        assert gold["triples"] or not gold["entities"], gf
