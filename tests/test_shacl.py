"""ontology/shapes.ttl: graphs the pipeline writes conform; planted violations are caught by name.

Relations live in named graphs and types in the default graph, so shapes are
validated against the UNION: one rdflib Graph with every quad of the store.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH

from kg.model import Article, Entity, FundingRound, Relation, Story, StoryFacts
from kg.namespaces import AIKG, PREDICATES, entity_iri
from kg.rdf.mapping import article_quads

SHAPES_PATH = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
AIKGSH = Namespace("https://w3id.org/aikg/shapes#")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def union_graph(quads) -> Graph:
    """All (s, p, o[, g]) of ``quads`` in one graph, whatever graph they came from."""
    g = Graph()
    for q in quads:
        g.add(tuple(q[:3]))
    return g


def validate(data: Graph, shapes: Graph) -> tuple[bool, set[tuple], str]:
    """Return (conforms, {(sourceShape, focusNode, value)}, report text)."""
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    results = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        results.add((report.value(r, SH.sourceShape), report.value(r, SH.focusNode),
                     report.value(r, SH.value)))
    return conforms, results, text


# ------------------------------------------------------------------ a hand-built graph

E = {
    "microsoft": Entity("microsoft", "Organization", "微软", "Microsoft", subclass="Company",
                        same_as="Q2283"),
    "openai": Entity("openai", "Organization", None, "OpenAI", aliases=frozenset({"Open AI"})),
    "amazon": Entity("amazon", "Organization", "亚马逊", "Amazon"),
    "anthropic": Entity("anthropic", "Organization", None, "Anthropic"),
    "annapurna": Entity("annapurna-labs", "Organization", None, "Annapurna Labs"),
    "apple": Entity("apple", "Organization", "苹果", "Apple"),
    "nyt": Entity("nyt", "Organization", "纽约时报", "The New York Times", subclass="Media"),
    "thrive": Entity("thrive-capital", "Organization", None, "Thrive Capital", subclass="Investor"),
    "deepseek": Entity("deepseek", "Organization", "深度求索", "DeepSeek"),
    "nvidia": Entity("nvidia", "Organization", "英伟达", "Nvidia"),
    "huang": Entity("jensen-huang", "Person", "黄仁勋", "Jensen Huang"),
    "liang": Entity("liang-wenfeng", "Person", "梁文锋", None),
    "nakasone": Entity("paul-nakasone", "Person", None, "Paul Nakasone"),
    "r1": Entity("deepseek-r1", "AIModel", None, "DeepSeek-R1"),
    "v3": Entity("deepseek-v3", "AIModel", None, "DeepSeek-V3"),
    "chatgpt": Entity("chatgpt", "Product", None, "ChatGPT"),
    "h800": Entity("h800", "Chip", None, "H800"),
    "trainium": Entity("trainium", "Chip", None, "Trainium"),
}

RELATIONS = [
    ("microsoft", "investsIn", "openai"), ("deepseek", "releases", "r1"),
    ("v3", "runsOn", "h800"), ("amazon", "manufactures", "trainium"),
    ("apple", "partnersWith", "openai"), ("amazon", "acquires", "annapurna"),
    ("annapurna", "subsidiaryOf", "amazon"), ("r1", "basedOn", "v3"),
    ("huang", "ceoOf", "nvidia"), ("liang", "founderOf", "deepseek"),
    ("nakasone", "worksFor", "openai"), ("nyt", "sues", "openai"),
    ("apple", "uses", "chatgpt"),
]


def hand_built_graph() -> Graph:
    """Quads for one article with one story holding all 13 relations and a funding round."""
    story = Story(n=1, title="手写的测试条目", text="…", url="https://example.org/news/1", section="测试")
    article = Article(slug="2024-10-03-test", source="2024-10-03-test.md", title="测试日报",
                      date=dt.date(2024, 10, 3), stories=[story])
    facts = StoryFacts(
        story=story,
        entities={e.key: e for e in E.values()},
        relations=[Relation(E[s].key, p, E[o].key, sentence=f"{s} {p} {o}", rule="hand")
                   for s, p, o in RELATIONS],
        fundings=[FundingRound("openai", investors=["thrive-capital", "microsoft", "nvidia"],
                               amount=6.6e9, currency="USD", round="新一轮", valuation=1.57e11,
                               sentence="OpenAI 完成 66 亿美元融资，Thrive Capital 领投。")],
    )
    default, named = article_quads(article, [facts])
    return union_graph(list(default) + list(named))


def test_hand_built_graph_covers_all_predicates():
    g = hand_built_graph()
    assert {str(p).removeprefix(str(AIKG)) for p in g.predicates()} >= set(PREDICATES)


def test_hand_built_graph_conforms(shapes):
    conforms, results, text = validate(hand_built_graph(), shapes)
    assert conforms, text


def test_example_store_conforms(example_store, shapes):
    data = union_graph(example_store.quads())
    assert len(data) > 0
    conforms, results, text = validate(data, shapes)
    assert conforms, text


@pytest.mark.corpus
def test_corpus_store_conforms(corpus_store, shapes):
    """Whatever the extractors write from the real corpus keeps to the shapes."""
    data = union_graph(corpus_store.quads())
    conforms, results, text = validate(data, shapes)
    assert conforms, text[:4000]


# ------------------------------------------------------------------ planted violations

def node(key: str) -> URIRef:
    e = E[key]
    return entity_iri(e.cls, e.key)


def test_entity_with_two_core_classes_is_caught(shapes):
    g = hand_built_graph()
    g.add((node("openai"), RDF.type, AIKG.Person))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert any(s == AIKGSH.EntityCoreClassShape and f == node("openai") for s, f, _ in results)


def test_entity_without_label_is_caught(shapes):
    g = hand_built_graph()
    g.remove((node("h800"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {(s, f) for s, f, _ in results} == {(AIKGSH.EntityLabelShape, node("h800"))}


def test_two_labels_in_one_language_are_caught(shapes):
    g = hand_built_graph()
    g.add((node("nvidia"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("NVIDIA", lang="en")))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {(s, f) for s, f, _ in results} == {(AIKGSH.EntityLabelPerLanguageShape, node("nvidia"))}


def test_releases_a_person_is_caught(shapes):
    g = hand_built_graph()
    g.add((node("deepseek"), AIKG.releases, node("liang")))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert results == {(AIKGSH.ReleasesObjectShape, node("deepseek"), node("liang"))}


def test_person_releasing_is_caught_on_the_subject(shapes):
    g = hand_built_graph()
    g.add((node("huang"), AIKG.releases, node("r1")))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {(s, f) for s, f, _ in results} == {(AIKGSH.ReleasesShape, node("huang"))}


def test_union_ranges_accept_every_member(shapes):
    g = hand_built_graph()
    g.add((node("apple"), AIKG.uses, node("trainium")))   # uses -> Chip is allowed
    g.add((node("huang"), AIKG.investsIn, node("openai")))  # a Person may invest
    assert validate(g, shapes)[0]


def _funding_node(g: Graph) -> URIRef:
    (fr,) = list(g.subjects(RDF.type, AIKG.FundingRound))
    return fr


def test_funding_amount_as_string_is_caught(shapes):
    g = hand_built_graph()
    fr = _funding_node(g)
    g.set((fr, AIKG.amount, Literal("66亿美元")))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {(s, f) for s, f, _ in results} == {(AIKGSH.FundingRoundAmountShape, fr)}


def test_negative_amount_and_bad_currency_are_caught(shapes):
    g = hand_built_graph()
    fr = _funding_node(g)
    g.set((fr, AIKG.amount, Literal(Decimal("-1"))))
    g.set((fr, AIKG.currency, Literal("US$")))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {s for s, _, _ in results} == {AIKGSH.FundingRoundAmountShape,
                                           AIKGSH.FundingRoundCurrencyShape}


def test_funding_round_needs_exactly_one_investee(shapes):
    g = hand_built_graph()
    fr = _funding_node(g)
    g.add((fr, AIKG.investee, node("anthropic")))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {s for s, _, _ in results} == {AIKGSH.FundingRoundInvesteeShape}


def test_story_outside_any_article_is_caught(shapes):
    g = hand_built_graph()
    (story,) = list(g.subjects(RDF.type, AIKG.Story))
    g.remove((story, URIRef("http://purl.org/dc/terms/isPartOf"), None))
    conforms, results, _ = validate(g, shapes)
    assert not conforms
    assert {(s, f) for s, f, _ in results} == {(AIKGSH.StoryArticleShape, story)}
