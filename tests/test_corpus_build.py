"""A build of the whole real corpus (../shared/corpus), when it is there."""
from __future__ import annotations

import pytest

from kg.analyze.stats import graph_stats
from kg.ingest import ingest
from kg.parse import iter_digest_paths, read_digest

pytestmark = pytest.mark.corpus


def test_whole_corpus_builds_every_digest_and_story(corpus_store, corpus_dir):
    paths = list(iter_digest_paths([corpus_dir]))
    stories = sum(len(read_digest(p).stories) for p in paths)
    st = graph_stats(corpus_store)
    assert st["totals"]["articles"] == len(paths)
    assert st["totals"]["stories"] == stories
    # the three core relations are found all over the corpus, from many stories
    for p in ("investsIn", "releases", "runsOn"):
        assert st["predicates"][p]["stories"] >= 20, p
    assert sum(1 for c in st["predicates"].values() if c["triples"]) == 13
    assert all(n > 0 for n in st["classes"].values())


def test_every_relation_sits_in_a_story_graph_of_a_stored_story(corpus_store):
    orphans = list(corpus_store.query("""
        SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?g a aikg:Story } } LIMIT 5"""))
    assert orphans == []


def test_every_related_entity_has_one_core_class_and_a_label(corpus_store):
    bad = list(corpus_store.query("""
        SELECT ?e (COUNT(DISTINCT ?c) AS ?n) WHERE {
          GRAPH ?g { ?e ?p ?x } FILTER(STRSTARTS(STR(?p), STR(aikg:)) && isIRI(?x)
                                        && STRSTARTS(STR(?e), "https://w3id.org/aikg/id/"))
          OPTIONAL { ?e a ?c FILTER(?c IN (aikg:Organization, aikg:Person, aikg:AIModel,
                                           aikg:Product, aikg:Chip)) }
        } GROUP BY ?e HAVING (?n != 1) LIMIT 5"""))
    assert bad == []
    unlabeled = list(corpus_store.query("""
        SELECT ?e WHERE { ?e a aikg:Organization FILTER NOT EXISTS { ?e rdfs:label ?l } } LIMIT 5"""))
    assert unlabeled == []


def test_rebuilding_one_digest_changes_nothing(corpus_dir, tmp_path):
    from kg.store import open_store
    path = sorted(iter_digest_paths([corpus_dir]))[40]
    with open_store(tmp_path / "s") as store:
        ingest(store, [path])
        before = sorted(map(str, store.quads()))
        ingest(store, [path])
        assert sorted(map(str, store.quads())) == before
