"""Exports: every format re-parses, with an independent parser, to exactly what the store holds.

Two stores: the one built from examples/, and a small one filled by hand
through ``KnowledgeStore.replace_article`` with hostile text (quotes,
newlines, ``<script>``, triple quotes, backslashes, emoji, Chinese, control
characters) and hostile links.
"""
from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import igraph
import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.analyze.projection import load_graph
from kg.cli import main
from kg.export import EXPORT_FILES, export_graph
from kg.export.graphml import ALIAS_SEPARATOR
from kg.model import Article, Entity, FundingRound, Relation, Story, StoryFacts
from kg.namespaces import AIKG, story_iri
from kg.store import open_store

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
              "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
NAMED = {"trig", "nquads"}

# text a news digest could carry, each one a way to break a serializer
HOSTILE = [
    'He said "ship it" twice',
    "line one\nline two\r\nline three",
    "<script>alert('x')</script>",
    'triple """ quotes and \'\'\' too',
    "back\\slash \\n \\u0041 and a trailing backslash \\",
    "emoji 🤖🚀 and a flag 🇨🇳",
    "智谱发布了新一代模型，英伟达随后跟进。",
    "tab\tand form\x0cfeed and bell\x07",
    '{"@context": "http://evil.test/ctx"}',
    "]]> </data> &amp; &lt;",
]

ENTITIES = {
    "acme": Entity("acme-ai", "Organization", label_zh="艾克米智能", label_en='Acme "AI"',
                   aliases=frozenset({"ACME", "<b>acme</b>", "a\\b"})),
    "bolt": Entity("bolt-labs", "Organization", label_en="Bolt\r\nLabs"),
    "model": Entity("acme-1", "AIModel", label_en="Acme-1 🤖", label_zh="艾克米一号"),
    "chip": Entity("zed-chip", "Chip", label_zh="泽芯片\x07"),
    "ceo": Entity("ann-lee", "Person", label_en="Ann Lee", same_as="Q42"),
}


def hostile_article(day: int) -> tuple[Article, list[StoryFacts]]:
    """One article dated 2026-01-``day`` with three stories full of hostile text."""
    stories = [
        Story(1, HOSTILE[0] + " " + HOSTILE[6], "x", url=f"https://example.org/a?q={day}&b=<2>"),
        Story(2, HOSTILE[2], "y", url='javascript:alert("x")'),
        Story(3, HOSTILE[3] + HOSTILE[4], "z", section=HOSTILE[9]),
    ]
    slug = f"2026-01-0{day}-hostile"
    article = Article(slug, slug + ".md", HOSTILE[5] + HOSTILE[6], dt.date(2026, 1, day),
                      stories=stories)
    facts = [
        StoryFacts(stories[0], ENTITIES,
                   [Relation("acme", "investsIn", "bolt", sentence=HOSTILE[1], rule="invest"),
                    Relation("acme", "releases", "model", sentence=HOSTILE[7] + HOSTILE[4])],
                   [FundingRound("bolt", ["acme"], amount=150000000.0, currency="USD",
                                 round="A轮", valuation=1.5e9, sentence=HOSTILE[8])]),
        StoryFacts(stories[1], ENTITIES,
                   [Relation("model", "runsOn", "chip", sentence=HOSTILE[9]),
                    Relation("ceo", "ceoOf", "acme", sentence=HOSTILE[2])]),
        StoryFacts(stories[2], ENTITIES, [Relation("acme", "partnersWith", "bolt")]),
    ]
    return article, facts


def fill(store, days=(1, 2)):
    for day in days:
        store.replace_article(*hostile_article(day))
    return store


@pytest.fixture(scope="module")
def hostile_store():
    with open_store(":memory:") as store:
        yield fill(store)


@pytest.fixture(params=["example", "hostile"])
def any_store(request, hostile_store):
    if request.param == "hostile":
        return hostile_store
    store = request.getfixturevalue("example_store")
    if not list(store.quads()):
        pytest.skip("examples/ holds no digest yet")
    return store


def exported(store, fmt: str) -> bytes:
    out = io.BytesIO()
    export_graph(store, fmt, out)
    return out.getvalue()


def store_counts(store) -> tuple[int, int]:
    """(quads, distinct triples of the union) as the store itself counts them."""
    quads = sum(1 for _ in store.quads())
    row = next(iter(store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")))
    return quads, int(row[0])


# ------------------------------------------------------------- RDF formats

@pytest.mark.parametrize("fmt", list(OX_FORMATS))
def test_export_reparses_with_pyoxigraph_to_the_store_count(any_store, fmt):
    quads, triples = store_counts(any_store)
    parsed = list(ox.parse(exported(any_store, fmt), format=OX_FORMATS[fmt]))
    assert len(set(parsed)) == len(parsed)
    assert len(parsed) == (quads if fmt in NAMED else triples)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's parsers, not our code
@pytest.mark.parametrize("fmt", list(RDFLIB_FORMATS))
def test_export_reparses_with_rdflib_the_scorer_parser(hostile_store, fmt):
    quads, triples = store_counts(hostile_store)
    ds = Dataset()
    ds.parse(data=exported(hostile_store, fmt), format=RDFLIB_FORMATS[fmt])
    assert sum(1 for _ in ds.quads((None, None, None, None))) == (quads if fmt in NAMED else triples)


@pytest.mark.parametrize("fmt", list(OX_FORMATS))
def test_hostile_literals_and_iris_round_trip_unchanged(hostile_store, fmt):
    parsed = list(ox.parse(exported(hostile_store, fmt), format=OX_FORMATS[fmt]))
    literals = {q.object.value for q in parsed if isinstance(q.object, ox.Literal)}
    for text in HOSTILE:
        assert any(text in lit for lit in literals), text
    for label in ("Bolt\r\nLabs", 'Acme "AI"', "<b>acme</b>", "a\\b", "泽芯片\x07", "Acme-1 🤖"):
        assert label in literals
    iris = {t.value for q in parsed for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    assert "https://example.org/a?q=1&b=<2>" not in iris  # not a clean IRI: stored as a literal
    assert "https://example.org/a?q=1&b=<2>" in literals
    assert 'javascript:alert("x")' in literals and not any(i.startswith("javascript:") for i in iris)


def test_named_formats_keep_each_relation_in_its_story_graph(hostile_store):
    invests = str(AIKG.investsIn)
    for fmt in NAMED:
        graphs = {q.graph_name.value for q in ox.parse(exported(hostile_store, fmt),
                                                         format=OX_FORMATS[fmt])
                  if q.predicate.value == invests}
        assert graphs == {str(story_iri("2026-01-01-hostile", 1)),
                          str(story_iri("2026-01-02-hostile", 1))}


def test_union_formats_state_each_relation_once(hostile_store):
    for fmt in ("turtle", "jsonld"):
        parsed = list(ox.parse(exported(hostile_store, fmt), format=OX_FORMATS[fmt]))
        assert all(isinstance(q.graph_name, ox.DefaultGraph) for q in parsed)
        preds = Counter(q.predicate.value for q in parsed)
        assert preds[str(AIKG.investsIn)] == 1 and preds[str(AIKG.partnersWith)] == 1


def test_jsonld_is_a_compact_document_with_the_prefix_context(hostile_store):
    import json
    doc = json.loads(exported(hostile_store, "jsonld"))
    assert doc["@context"]["aikg"] == str(AIKG)
    acme = next(n for n in doc["@graph"] if n["@id"] == "aid:org/acme-ai")
    assert acme["@type"] == "aikg:Organization"
    assert {"@value": "艾克米智能", "@language": "zh"} in acme["rdfs:label"]


@pytest.mark.parametrize("fmt", list(EXPORT_FILES))
def test_export_is_byte_identical_whatever_order_the_store_was_filled_in(fmt):
    with open_store(":memory:") as forward, open_store(":memory:") as backward:
        fill(forward, days=(1, 2, 3))
        fill(backward, days=(3, 1, 2))
        fill(backward, days=(2,))  # rebuilding a digest changes nothing either
        assert exported(forward, fmt) == exported(backward, fmt)


# ------------------------------------------------------------- GraphML

def _graphml(store, tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_bytes(exported(store, "graphml"))
    return path


def test_graphml_loads_in_networkx_with_every_node_edge_and_attribute(any_store, tmp_path):
    expected = load_graph(any_store)
    got = nx.read_graphml(_graphml(any_store, tmp_path), force_multigraph=True)
    assert got.number_of_nodes() == expected.number_of_nodes()
    assert got.number_of_edges() == expected.number_of_edges()
    xml_safe = str.maketrans("", "", "\x07\x0c")
    for node, data in expected.nodes(data=True):
        attrs = got.nodes[node]
        assert attrs["label"] == data["label"].translate(xml_safe)
        assert attrs["class"] == data["cls"]
        assert attrs["label_zh"] == data["label_zh"].translate(xml_safe)
        assert attrs["label_en"] == data["label_en"].translate(xml_safe)
        assert attrs["aliases"] == ALIAS_SEPARATOR.join(data["aliases"])
    got_edges = {(s, o, d["predicate"]): d for s, o, d in got.edges(data=True)}
    assert len(got_edges) == expected.number_of_edges()
    for s, o, p, data in expected.edges(keys=True, data=True):
        attrs = got_edges[(s, o, p)]
        assert attrs["count"] == data["count"] and isinstance(attrs["count"], int)
        assert (attrs["first_date"], attrs["last_date"]) == (data["first_date"], data["last_date"])
        story = next(st for st in data["stories"] if st["iri"] == attrs["story"])
        assert attrs["title"] == story["title"]
        assert attrs["url"] in ("", story["url"])


def test_graphml_loads_in_igraph_with_every_node_edge_and_attribute(any_store, tmp_path):
    expected = load_graph(any_store)
    got = igraph.Graph.Read_GraphML(str(_graphml(any_store, tmp_path)))
    assert got.is_directed()
    assert (got.vcount(), got.ecount()) == (expected.number_of_nodes(), expected.number_of_edges())
    nodes = {v["id"]: v.attributes() for v in got.vs}
    for node, data in expected.nodes(data=True):
        assert nodes[node]["class"] == data["cls"]
        assert nodes[node]["aliases"] == ALIAS_SEPARATOR.join(data["aliases"])
    edges = {(got.vs[e.source]["id"], got.vs[e.target]["id"], e["predicate"]): e.attributes()
             for e in got.es}
    for s, o, p, data in expected.edges(keys=True, data=True):
        assert edges[(s, o, p)]["count"] == data["count"]
        assert edges[(s, o, p)]["last_date"] == data["last_date"]


def test_graphml_keeps_hostile_labels_and_never_a_script_link(hostile_store, tmp_path):
    got = nx.read_graphml(_graphml(hostile_store, tmp_path), force_multigraph=True)
    acme = got.nodes["https://w3id.org/aikg/id/org/acme-ai"]
    assert acme["label_en"] == 'Acme "AI"' and "<b>acme</b>" in acme["aliases"]
    assert got.nodes["https://w3id.org/aikg/id/org/bolt-labs"]["label_en"] == "Bolt\r\nLabs"
    assert got.nodes["https://w3id.org/aikg/id/chip/zed-chip"]["label_zh"] == "泽芯片"
    edges = {d["predicate"]: d for _, _, d in got.edges(data=True)}
    assert edges["investsIn"]["count"] == 2
    assert edges["investsIn"]["url"] == "https://example.org/a?q=1&b=<2>"
    # the only link of the runsOn stories is javascript: it is not passed on
    assert edges["runsOn"]["url"] == "" and edges["runsOn"]["title"] == HOSTILE[2]


# ------------------------------------------------------------- command line

DIGEST = """---
title: 导出测试
date: 2025-05-01
---
# 导出测试

## [Anthropic 发布 "Claude" <新版>](https://example.org/c?a=1&b=2)

Anthropic 发布了新模型。
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_cli_export_all_from_digests_writes_every_format(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2025-05-01-export.md").write_text(DIGEST, encoding="utf-8")
    res = run("export", "--all", tmp_path / "out", "--from", tmp_path / "in")
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(EXPORT_FILES.values())
    for fmt, oxf in OX_FORMATS.items():
        parsed = list(ox.parse((tmp_path / "out" / EXPORT_FILES[fmt]).read_bytes(), format=oxf))
        assert any(isinstance(q.object, ox.Literal) and q.object.value == 'Anthropic 发布 "Claude" <新版>'
                   for q in parsed)


def test_cli_export_from_a_store_to_stdout_and_to_a_file(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2025-05-01-export.md").write_text(DIGEST, encoding="utf-8")
    store = tmp_path / "store"
    assert run("build", tmp_path / "in", "--store", store, "-q").exit_code == 0
    res = run("export", "--format", "nquads", "--store", store)
    assert res.exit_code == 0
    assert len(list(ox.parse(res.stdout_bytes, format=ox.RdfFormat.N_QUADS))) > 0
    res = run("export", "-o", tmp_path / "g.jsonld", "--store", store)
    assert res.exit_code == 0
    assert res.stdout == "" and (tmp_path / "g.jsonld").read_bytes() == run(
        "export", "--format", "jsonld", "--store", store).stdout_bytes


def test_cli_export_refuses_bad_combinations_and_partial_inputs(tmp_path):
    res = run("export", "--all", tmp_path / "out", "-o", tmp_path / "x.ttl")
    assert res.exit_code == 2 and "--all" in res.stderr
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2025-05-01-export.md").write_text(DIGEST, encoding="utf-8")
    (tmp_path / "in" / "2025-05-02-broken.md").write_text("---\ndate: 2025-13-45\n---\n# x\n",
                                                          encoding="utf-8")
    res = run("export", "--all", tmp_path / "out", "--from", tmp_path / "in")
    assert res.exit_code == 1
    assert "2025-05-02-broken.md" in res.stderr
    assert not (tmp_path / "out").exists()
