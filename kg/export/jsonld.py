"""Write the union of all graphs as JSON-LD: one node object per subject, with a prefix context.

The document is ``{"@context": {prefix: namespace}, "@graph": [node, ...]}``
with nodes sorted by ``@id`` and properties by name, so the same graph gives
the same bytes. Predicates, types and IRIs are compact IRIs
(``"aikg:investsIn"``, ``"aid:org/zhipu-ai"``); every literal keeps its
language or datatype (``{"@value": "1", "@type": "xsd:integer"}``), so the
document converts back to exactly the triples of the store. Like Turtle, it
holds no named graphs (use TriG or N-Quads for provenance).

>>> import io, json
>>> import pyoxigraph as ox
>>> q = ox.Quad(ox.NamedNode("https://w3id.org/aikg/id/org/openai"),
...             ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("OpenAI", language="en"))
>>> out = io.BytesIO(); write_jsonld(GraphSnapshot([q]), out)
>>> json.loads(out.getvalue())["@graph"]
[{'@id': 'aid:org/openai', 'rdfs:label': {'@value': 'OpenAI', '@language': 'en'}}]
"""
from __future__ import annotations

import json
from itertools import groupby
from typing import BinaryIO, Iterable

import pyoxigraph as ox

from kg.export.rdf import GraphSnapshot
from kg.namespaces import PREFIXES, RDF, XSD

#: the @context of every document: the prefixes of kg.namespaces
CONTEXT = {p: str(ns) for p, ns in PREFIXES.items()}

# longest namespace first, so the most specific prefix wins
_BY_LENGTH = sorted(CONTEXT.items(), key=lambda kv: -len(kv[1]))
_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)


def compact_iri(iri: str) -> str:
    """Return ``iri`` as a compact IRI of the context when one fits, else unchanged.

    >>> compact_iri("https://w3id.org/aikg/id/org/zhipu-ai")
    'aid:org/zhipu-ai'
    >>> compact_iri("https://example.org/a")
    'https://example.org/a'
    """
    for prefix, ns in _BY_LENGTH:
        # a suffix starting with "//" would read as an absolute IRI, not prefix:suffix
        if iri.startswith(ns) and len(iri) > len(ns) and not iri[len(ns):].startswith("//"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _node_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else compact_iri(term.value)


def _value(term) -> dict:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return {"@value": term.value}
        return {"@value": term.value, "@type": compact_iri(term.datatype.value)}
    return {"@id": _node_id(term)}


def _one_or_many(values: list):
    return values[0] if len(values) == 1 else values


def node_objects(triples: Iterable[ox.Triple]) -> list[dict]:
    """Return JSON-LD node objects for ``triples`` (sorted by subject), in the order given."""
    nodes = []
    for subject, group in groupby(triples, key=lambda t: t.subject):
        node: dict = {"@id": _node_id(subject)}
        props: dict[str, list] = {}
        for t in group:
            if t.predicate.value == _RDF_TYPE and not isinstance(t.object, ox.Literal):
                props.setdefault("@type", []).append(_node_id(t.object))
            else:
                props.setdefault(compact_iri(t.predicate.value), []).append(_value(t.object))
        for key in sorted(props, key=lambda k: (k != "@type", k)):
            node[key] = _one_or_many(props[key])
        nodes.append(node)
    return nodes


def write_jsonld(snapshot: GraphSnapshot, out: BinaryIO) -> None:
    """Write the union of all graphs of ``snapshot`` to the binary stream ``out`` as JSON-LD."""
    doc = {"@context": CONTEXT, "@graph": node_objects(snapshot.triples)}
    out.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


__all__ = ["CONTEXT", "compact_iri", "node_objects", "write_jsonld"]
