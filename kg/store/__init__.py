"""Store: one interface over an rdflib Dataset, embedded or remote.

``open_store(location)`` gives a :class:`KnowledgeStore` whatever the backend:

* a folder (default ``.aikg/``): an embedded, persistent, transactional
  Oxigraph store through oxrdflib;
* ``:memory:``: an in-memory Oxigraph store (used by ``aikg extract``);
* an ``http(s)://`` URL: a remote SPARQL 1.1 endpoint (Fuseki, GraphDB,
  Virtuoso) through rdflib's SPARQLUpdateStore.

Writes are SPARQL Update requests, one per digest, so each digest goes in as
one transaction on every backend; reads are SPARQL queries over the union of
all graphs.

>>> store = open_store(":memory:")
>>> store.count()
0
"""
from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Iterable, Iterator

from oxrdflib import OxigraphStore
from pyoxigraph import DefaultGraph
from rdflib import Dataset, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg.model import Article, StoryFacts
from kg.namespaces import bind_prefixes, sparql_prologue
from kg.rdf import article_quads
from kg.store.update import replace_article_update

DEFAULT_LOCATION = ".aikg"
ENV_VAR = "AIKG_STORE"


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says which and why."""


class KnowledgeStore:
    """The knowledge graph, behind one interface for every backend."""

    def __init__(self, dataset: Dataset, location: str) -> None:
        self.dataset = dataset
        self.location = location

    # -------------------------------------------------------------- writing

    def replace_article(self, article: Article, facts: Iterable[StoryFacts]) -> int:
        """Replace everything stored from ``article`` by ``facts``, in one transaction.

        Returns the number of triples and quads written. Building the same
        digest twice leaves the store as it was after the first build.
        """
        default, named = article_quads(article, facts)
        self.update(replace_article_update(article, default, named))
        return len(default) + len(named)

    def update(self, sparql_update: str) -> None:
        """Run one SPARQL Update on the backend, as one transaction.

        Goes to the backend's own update (Oxigraph's, or the remote server's),
        never to rdflib's triple-at-a-time fallback, which is not atomic.
        """
        backend = self.dataset.store
        # Oxigraph wants the real default graph named; a SPARQL endpoint wants none
        graph = DATASET_DEFAULT_GRAPH_ID if isinstance(backend, OxigraphStore) else None
        backend.update(sparql_update, {}, {}, graph)

    # -------------------------------------------------------------- reading

    def query(self, sparql: str, **bindings) -> Result:
        """Run a SPARQL query over the union of all graphs; prefixes of kg.namespaces are predeclared."""
        return self.dataset.query(sparql_prologue() + sparql, initBindings=bindings or None)

    def quads(self) -> Iterator[tuple]:
        """Yield every (s, p, o, graph) of the store; graph is None for the default graph."""
        native = self._native()
        if native is not None:
            from oxrdflib._converter import from_ox
            for q in native.quads_for_pattern(None, None, None, None):
                g = q.graph_name
                yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object),
                       None if isinstance(g, DefaultGraph) else from_ox(g))
            return
        # a remote endpoint: named graphs, then what is only in the default graph
        seen = set()
        for s, p, o, g in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            seen.add((s, p, o))
            yield s, p, o, g
        for s, p, o in self.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"):
            if (s, p, o) not in seen:
                yield s, p, o, None

    def count(self) -> int:
        """Return the number of quads in the store (all graphs)."""
        native = self._native()
        if native is not None:
            return len(native)
        return sum(1 for _ in self.quads())

    def _native(self):
        """The pyoxigraph Store behind an embedded store, else None."""
        backend = self.dataset.store
        return backend._inner if isinstance(backend, OxigraphStore) else None

    def articles(self) -> list[tuple[URIRef, str]]:
        """Return (article IRI, source file name) for every stored article."""
        rows = self.query("SELECT ?a ?src WHERE { ?a a aikg:Article ; dcterms:source ?src }")
        return [(r[0], str(r[1])) for r in rows]

    def close(self) -> None:
        """Close the store and release its lock (an embedded store can then be reopened)."""
        if self.dataset is None:
            return
        try:
            self.dataset.close()
        except Exception:  # a backend without close
            pass
        self.dataset = None
        gc.collect()  # drop the last reference to the Oxigraph store, which holds the lock

    def __enter__(self) -> "KnowledgeStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def resolve_location(location: str | os.PathLike | None) -> str:
    """Return the store location: the argument, else $AIKG_STORE, else ``.aikg``."""
    return str(location or os.environ.get(ENV_VAR) or DEFAULT_LOCATION)


def open_store(location: str | os.PathLike | None = None, *, create: bool = True,
               update_endpoint: str | None = None) -> KnowledgeStore:
    """Open the knowledge store at ``location`` (folder, ``:memory:`` or SPARQL URL).

    Raises :class:`StoreError` when a folder store does not exist and
    ``create`` is false, or when the store cannot be opened.
    """
    loc = resolve_location(location)
    if loc.startswith(("http://", "https://")):
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
        backend = SPARQLUpdateStore(query_endpoint=loc, update_endpoint=update_endpoint or loc)
        ds = Dataset(store=backend, default_union=True)
    elif loc == ":memory:":
        ds = Dataset(store="Oxigraph", default_union=True)
    else:
        folder = Path(loc)
        if not create and not (folder / "oxigraph").exists():
            raise StoreError(f"{folder}: no store here (run `aikg build` first, or pass --store)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            ds = Dataset(store="Oxigraph", default_union=True)
            ds.open(str(folder / "oxigraph"))
        except OSError as exc:
            raise StoreError(f"{folder}: cannot open the store ({exc})") from None
    bind_prefixes(ds)
    return KnowledgeStore(ds, loc)


__all__ = ["KnowledgeStore", "StoreError", "open_store", "resolve_location",
           "DEFAULT_LOCATION", "ENV_VAR"]
