"""The store backends the benchmark compares, all behind aikg's KnowledgeStore interface.

* ``oxigraph-disk``: the product default, an on-disk Oxigraph (RocksDB) store;
* ``oxigraph-memory``: Oxigraph in memory (what ``aikg extract`` uses);
* ``rdflib-memory``: rdflib's pure-Python in-memory Dataset (``Memory``
  store), through :class:`RdflibMemoryStore`. This adapter lives here, not
  in the product.

rdflib's Memory store has no SPARQL Update of its own. Running aikg's
update text through rdflib's SPARQL Update processor works
(:meth:`RdflibMemoryStore.update`) but costs about a second per digest
(pyparsing reads the INSERT DATA block; the DELETE ... WHERE scans every
graph), which would make a whole-corpus build take many minutes; so
:meth:`RdflibMemoryStore.replace_article` writes with rdflib's own Python
calls (remove the article's graphs, ``addN`` the new quads), the fastest
way rdflib has, and the write-path table times the SPARQL route apart.
"""
from __future__ import annotations

from pathlib import Path

from collections import defaultdict

import rdflib.plugins.sparql as sparql
from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDFS, SKOS

from kg.namespaces import DCTERMS, article_iri, bind_prefixes
from kg.rdf import article_quads
from kg.store import KnowledgeStore, open_store

BACKENDS = ("oxigraph-disk", "oxigraph-memory", "rdflib-memory")
DEFAULT = "oxigraph-disk"


class RdflibMemoryStore(KnowledgeStore):
    """A KnowledgeStore over rdflib's in-memory Dataset (same data, same queries, rdflib's engine)."""

    def replace_article(self, article, facts) -> int:
        """Replace the article's data as the product's SPARQL Update does, with rdflib calls (not atomic)."""
        default, named = article_quads(article, facts)
        ds, art = self.dataset, article_iri(article.slug)
        for story in list(ds.default_graph.subjects(DCTERMS.isPartOf, art)):
            ds.remove_graph(story)
            ds.default_graph.remove((story, None, None))
        ds.default_graph.remove((art, None, None))
        ds.default_graph.addN((s, p, o, ds.default_graph) for s, p, o in default)
        graphs = {g: ds.graph(g) for g in {q[3] for q in named}}
        ds.addN((s, p, o, graphs[g]) for s, p, o, g in named)
        self._one_label_per_language({s for s, p, _ in default if p == RDFS.label})
        return len(default) + len(named)

    def _one_label_per_language(self, entities) -> None:
        # as kg.store.update does: the smallest spelling per language stays rdfs:label,
        # the others become skos:altLabel
        g = self.dataset.default_graph
        for e in entities:
            by_lang = defaultdict(list)
            for label in g.objects(e, RDFS.label):
                by_lang[getattr(label, "language", None)].append(label)
            for labels in by_lang.values():
                keep = min(labels, key=str)
                for label in labels:
                    if label != keep:
                        g.remove((e, RDFS.label, label))
                        g.add((e, SKOS.altLabel, label))

    def quads(self):
        """Every quad, straight from rdflib (graph None for the default graph)."""
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            gid = getattr(g, "identifier", g)
            yield s, p, o, (None if gid in (None, DATASET_DEFAULT_GRAPH_ID) else gid)

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update through rdflib's own SPARQL Update processor."""
        # rdflib's INSERT DATA fails when the update's default graph is the union (it adds
        # triples to the Dataset itself); rdflib picks it with a module-wide flag, turned off
        # here for the update only. The update's WHERE patterns (story descriptions, labels)
        # are in the real default graph, so they match the same.
        sparql.SPARQL_DEFAULT_GRAPH_UNION = False
        try:
            self.dataset.update(sparql_update)
        finally:
            sparql.SPARQL_DEFAULT_GRAPH_UNION = True


def open_backend(name: str, folder: Path) -> KnowledgeStore:
    """Return an empty KnowledgeStore of backend ``name`` (on-disk data goes under ``folder``)."""
    if name == "oxigraph-disk":
        return open_store(folder / "store")
    if name == "oxigraph-memory":
        return open_store(":memory:")
    if name == "rdflib-memory":
        ds = Dataset(store="Memory", default_union=True)
        bind_prefixes(ds)
        return RdflibMemoryStore(ds, ":rdflib-memory:")
    raise ValueError(f"unknown backend {name!r} (use one of {', '.join(BACKENDS)})")


def folder_size(folder: Path) -> int:
    """Return the bytes taken by the files under ``folder`` (0 when it does not exist)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0
