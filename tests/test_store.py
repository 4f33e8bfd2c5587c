"""The store: one transaction per digest, idempotent rebuilds, hostile text kept as text."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest import ingest
from kg.model import Article, Entity, FundingRound, Relation, Story, StoryFacts
from kg.parse import parse_digest
from kg.store import StoreError, open_store

DIGEST = """---
title: 存储测试
date: 2025-03-01
---
# 存储测试

## 模型

### [智谱发布 GLM-4](https://example.org/glm4)

智谱发布了 GLM-4。

### 更多动态

- [英伟达推出 H200](https://example.org/h200)：显存更大
- [微软投资 OpenAI](https://example.org/msft)：追加投资
"""

HOSTILE = '标题 """ } ; DROP GRAPH <x> ; INSERT DATA { <a> <b> <c> } \\ "引号" \n 换行 </script>'


def _facts(article: Article) -> list[StoryFacts]:
    """Hand-made facts: Microsoft investsIn OpenAI in story 1, with a funding round."""
    msft = Entity("microsoft", "Organization", label_zh="微软", label_en="Microsoft",
                  aliases=frozenset({"MSFT"}), same_as="Q2283")
    openai = Entity("openai", "Organization", label_en="OpenAI")
    first = StoryFacts(
        story=article.stories[0],
        entities={"microsoft": msft, "openai": openai},
        relations=[Relation("microsoft", "investsIn", "openai", sentence="微软投资 OpenAI。")],
        fundings=[FundingRound("openai", ["microsoft"], amount=1e10, currency="USD",
                               round="战略投资", sentence="微软投资 OpenAI 100亿美元。")],
    )
    return [first] + [StoryFacts(story=s) for s in article.stories[1:]]


def test_same_digest_twice_leaves_the_store_identical(tmp_path):
    store = open_store(tmp_path / "s")
    art = parse_digest(DIGEST, "d1.md")
    store.replace_article(art, _facts(art))
    first = sorted(map(str, store.quads()))
    store.replace_article(art, _facts(art))
    assert sorted(map(str, store.quads())) == first
    assert len(first) == store.count() > 0


def test_rebuilt_digest_replaces_its_old_stories(tmp_path):
    store = open_store(tmp_path / "s")
    art = parse_digest(DIGEST, "d1.md")
    store.replace_article(art, _facts(art))
    shorter = parse_digest(DIGEST.split("### 更多动态")[0], "d1.md")
    store.replace_article(shorter, [StoryFacts(story=s) for s in shorter.stories])
    titles = {str(r[0]) for r in store.query("SELECT ?t WHERE { ?s a aikg:Story ; dcterms:title ?t }")}
    assert titles == {"智谱发布 GLM-4"}
    rels = list(store.query("SELECT * WHERE { GRAPH ?g { ?a aikg:investsIn ?b } }"))
    assert rels == []  # the old story graph went with the rebuild


def test_other_digests_survive_a_rebuild(tmp_path):
    store = open_store(tmp_path / "s")
    a1, a2 = parse_digest(DIGEST, "d1.md"), parse_digest(DIGEST, "d2.md")
    store.replace_article(a1, _facts(a1))
    store.replace_article(a2, _facts(a2))
    store.replace_article(a1, [StoryFacts(story=s) for s in a1.stories])
    rows = list(store.query("SELECT ?g WHERE { GRAPH ?g { ?a aikg:investsIn ?b } }"))
    assert [str(r[0]).rsplit("/", 2)[-2] for r in rows] == ["d2"]


def test_relations_sit_in_story_graphs_with_evidence_and_funding(tmp_path):
    store = open_store(tmp_path / "s")
    art = parse_digest(DIGEST, "d1.md")
    store.replace_article(art, _facts(art))
    rows = list(store.query("""
        SELECT ?story ?url ?sentence ?amount ?cur WHERE {
          GRAPH ?story { ?m aikg:investsIn ?o .
                         ?ev rdf:subject ?m ; rdf:object ?o ; aikg:sentence ?sentence .
                         ?f a aikg:FundingRound ; aikg:investee ?o ; aikg:amount ?amount ; aikg:currency ?cur }
          ?m rdfs:label "Microsoft"@en . ?o rdfs:label "OpenAI"@en .
          OPTIONAL { ?story prov:wasDerivedFrom ?url } }"""))
    assert len(rows) == 1
    story, url, sentence, amount, cur = rows[0]
    assert str(story).endswith("/doc/d1/1") and str(url) == "https://example.org/glm4"
    assert str(sentence) == "微软投资 OpenAI。"
    assert int(amount.toPython()) == 10_000_000_000 and str(cur) == "USD"
    same = list(store.query("SELECT ?w WHERE { ?m rdfs:label 'Microsoft'@en ; owl:sameAs ?w }"))
    assert str(same[0][0]) == "http://www.wikidata.org/entity/Q2283"


def test_hostile_text_is_stored_as_text_and_breaks_no_query(tmp_path):
    store = open_store(tmp_path / "s")
    art = Article(slug="h", source="h.md", title=HOSTILE, date=dt.date(2025, 1, 1),
                  stories=[Story(1, HOSTILE, HOSTILE, url='https://x.test/"><script>')])
    bad = Entity("bad", "Organization", label_zh=HOSTILE)
    openai = Entity("openai", "Organization", label_en="OpenAI")
    facts = [StoryFacts(art.stories[0], {"bad": bad, "openai": openai},
                        [Relation("bad", "sues", "openai", sentence=HOSTILE)])]
    store.replace_article(art, facts)
    titles = [str(r[0]) for r in store.query("SELECT ?t WHERE { ?s a aikg:Story ; dcterms:title ?t }")]
    assert titles == [HOSTILE]
    labels = [str(r[0]) for r in store.query("SELECT ?l WHERE { ?e aikg:sues ?o ; rdfs:label ?l }")]
    assert labels == [HOSTILE]
    # the unsafe URL is kept as a literal, never as an IRI
    src = [r[0] for r in store.query("SELECT ?u WHERE { ?s prov:wasDerivedFrom ?u }")]
    assert len(src) == 1 and src[0].__class__.__name__ == "Literal"
    assert store.count() == len(list(store.quads()))


def test_ingest_reports_bad_files_and_keeps_the_rest(tmp_path):
    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text(DIGEST, encoding="utf-8")
    bad.write_text("---\ntitle: [broken\n---\n# x\n", encoding="utf-8")
    store = open_store(tmp_path / "s")
    report = ingest(store, [good, bad])
    assert report.digests == 1 and len(report.errors) == 1
    assert report.errors[0].startswith(str(bad)) and "YAML" in report.errors[0]
    before = store.count()
    # a later failing build of the same good name must not lose what is stored
    good.write_text("---\ndate: not-a-date\n---\n", encoding="utf-8")
    report = ingest(store, [good])
    assert len(report.errors) == 1 and store.count() == before


def test_persistent_store_reopens(tmp_path):
    with open_store(tmp_path / "s") as store:
        art = parse_digest(DIGEST, "d1.md")
        store.replace_article(art, _facts(art))
        n = store.count()
    with open_store(tmp_path / "s", create=False) as again:
        assert again.count() == n


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "nothing", create=False)


def _kairos(name: str, spelling: str) -> tuple[Article, list[StoryFacts]]:
    art = parse_digest(DIGEST, name)
    ents = {"kairos": Entity("kairos", "Product", label_en=spelling),
            "maker": Entity("maker", "Organization", label_en="Maker Inc")}
    return art, [StoryFacts(art.stories[0], ents, [Relation("maker", "releases", "kairos")])]


@pytest.mark.parametrize("first, second", [("Kairos-HomeWorld", "Kairos-Homeworld"),
                                           ("Kairos-Homeworld", "Kairos-HomeWorld")])
def test_an_entity_keeps_one_label_per_language_across_digests(tmp_path, first, second):
    store = open_store(tmp_path / "s")
    store.replace_article(*_kairos("d1.md", first))
    store.replace_article(*_kairos("d2.md", second))
    rows = store.query("SELECT ?p ?l WHERE { ?e a aikg:Product ; ?p ?l FILTER(isLiteral(?l)) }")
    got = sorted((str(p).rsplit("#", 1)[-1], str(lit)) for p, lit in rows)
    assert got == [("altLabel", "Kairos-Homeworld"), ("label", "Kairos-HomeWorld")]
    before = store.count()
    store.replace_article(*_kairos("d1.md", first))  # a rebuild changes nothing
    assert store.count() == before
