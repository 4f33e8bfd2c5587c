"""Write the store's graph as Turtle, TriG or N-Quads, byte-identical for the same graph.

* ``turtle``: the union of all graphs as plain triples (entities, relations,
  articles, stories, evidence; which story said what is lost);
* ``trig`` and ``nquads``: every quad, one named graph per story kept
  (provenance).

The quads are read through ``store.quads()`` (so an embedded and a remote
store export the same way), converted to pyoxigraph terms, sorted, and
written by pyoxigraph's serializers: the same graph always gives the same
bytes, whatever order the store returns it in. Entity and story IRIs are
written in full (a ``/`` cannot stand in a Turtle prefixed name); the other
namespaces of :mod:`kg.namespaces` are used as prefixes.

>>> import io
>>> from kg.store import open_store
>>> out = io.BytesIO(); write_rdf(GraphSnapshot.of(open_store(":memory:")), "nquads", out); out.getvalue()
b''
"""
from __future__ import annotations

from typing import BinaryIO, Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.namespaces import PREFIXES, RDF

#: format name -> (pyoxigraph format, keeps the story graphs)
RDF_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
}

# aid: and adoc: IRIs have a "/" after the namespace: written in full (see data-model.md)
_FULL_IRI_PREFIXES = {"aid", "adoc"}

#: prefixes declared in Turtle and TriG output
TURTLE_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items() if p not in _FULL_IRI_PREFIXES}

_RDF_TYPE = str(RDF.type)


class TermConverter:
    """Turn rdflib terms into pyoxigraph terms, caching IRIs (predicates and entities repeat).

    >>> TermConverter()(Literal("英伟达", lang="zh"))
    <Literal value=英伟达 language=zh>
    """

    def __init__(self) -> None:
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def __call__(self, term):
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                # xsd:string comes back as a plain literal: RDF 1.1 makes them the same term
                return ox.Literal(str(term), datatype=self.iri(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise TypeError(f"cannot export RDF term {term!r}")


def _order(term) -> tuple:
    # IRIs first (by IRI, so a story comes before its evidence), then blank nodes, then literals
    if isinstance(term, ox.NamedNode):
        return 0, term.value
    return (1, term.value) if isinstance(term, ox.BlankNode) else (2, str(term))


def _triple_order(t: ox.Triple | ox.Quad) -> tuple:
    # rdf:type first so Turtle reads "x a aikg:Organization ; ..."
    return _order(t.subject), t.predicate.value != _RDF_TYPE, t.predicate.value, _order(t.object)


def read_quads(store) -> list[ox.Quad]:
    """Return every quad of ``store`` as pyoxigraph Quads, sorted: default graph first, then graph by graph.

    Story graphs are sorted by IRI, and within a graph quads by subject,
    predicate (``rdf:type`` first) and object. This is the one read of the
    store an export makes.
    """
    term = TermConverter()
    quads = {
        ox.Quad(term(s), term(p), term(o),
                ox.DefaultGraph() if g is None else term(g))
        for s, p, o, g in store.quads()
    }
    return sorted(quads, key=lambda q: (
        not isinstance(q.graph_name, ox.DefaultGraph), _order(q.graph_name)) + _triple_order(q))


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """Return the distinct triples of ``quads`` (the union of all graphs), sorted by subject, predicate, object.

    >>> g = ox.NamedNode("https://x.test/g"); t = (g, g, ox.Literal("x"))
    >>> len(union_triples([ox.Quad(*t, ox.DefaultGraph()), ox.Quad(*t, g)]))
    1
    """
    return sorted({q.triple for q in quads}, key=_triple_order)


class GraphSnapshot:
    """The quads of a store read once, sorted, with their union computed on first use.

    ``quads``: every quad (:func:`read_quads` order); ``triples``: the
    distinct triples of the union of all graphs (:func:`union_triples`).
    Every export format of one ``aikg export --all`` is written from one
    snapshot, so the store is read once.
    """

    def __init__(self, quads: list[ox.Quad]) -> None:
        self.quads = quads
        self._triples: list[ox.Triple] | None = None

    @classmethod
    def of(cls, store) -> "GraphSnapshot":
        """Read ``store`` (a KnowledgeStore) into a snapshot."""
        return cls(read_quads(store))

    @property
    def triples(self) -> list[ox.Triple]:
        if self._triples is None:
            self._triples = union_triples(self.quads)
        return self._triples


def write_rdf(snapshot: GraphSnapshot, fmt: str, out: BinaryIO) -> None:
    """Write ``snapshot`` to the binary stream ``out`` as ``turtle``, ``trig`` or ``nquads``.

    Turtle gets the union of all graphs; TriG and N-Quads keep every graph.
    """
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (use one of {', '.join(RDF_FORMATS)})")
    ox_format, named = RDF_FORMATS[fmt]
    prefixes = TURTLE_PREFIXES if fmt in ("turtle", "trig") else None
    ox.serialize(snapshot.quads if named else snapshot.triples, out, ox_format, prefixes=prefixes)


__all__ = ["RDF_FORMATS", "TURTLE_PREFIXES", "GraphSnapshot", "TermConverter", "read_quads",
           "union_triples", "write_rdf"]
