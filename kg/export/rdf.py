"""Write the store's graph in an RDF format (or GraphML) to a file or stream.

* ``turtle`` and ``jsonld``: the union of all graphs as plain triples
  (entities and relations; the story a fact came from is lost);
* ``trig`` and ``nquads``: every quad, story graphs kept (provenance);
* ``graphml``: the property graph of entities and relations (kg.export.graphml).

>>> format_for_path("out/graph.ttl")
'turtle'
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph

from kg.namespaces import bind_prefixes

#: format name -> (rdflib serializer name, keeps named graphs)
FORMATS = {
    "turtle": ("turtle", False),
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "jsonld": ("json-ld", False),
    "graphml": (None, False),
}

SUFFIX_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
    ".nquads": "nquads", ".jsonld": "jsonld", ".json": "jsonld", ".graphml": "graphml",
}


def format_for_path(path: str | Path) -> str:
    """Return the export format named by a file suffix; ValueError for an unknown one."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise ValueError(f"{path}: unknown output suffix {suffix!r} "
                         f"(use one of {', '.join(sorted(SUFFIX_FORMATS))})")
    return SUFFIX_FORMATS[suffix]


def _union(store) -> Graph:
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in store.quads():
        g.add((s, p, o))
    return g


def _dataset(store) -> Dataset:
    ds = Dataset()
    bind_prefixes(ds)
    for s, p, o, gid in store.quads():
        ds.add((s, p, o, gid)) if gid is not None else ds.default_graph.add((s, p, o))
    return ds


def export_graph(store, fmt: str, out: BinaryIO) -> None:
    """Serialize the graph of ``store`` (a KnowledgeStore) in ``fmt`` to the binary stream ``out``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "graphml":
        from kg.export.graphml import write_graphml
        write_graphml(store, out)
        return
    serializer, named = FORMATS[fmt]
    graph = _dataset(store) if named else _union(store)
    buf = io.BytesIO()
    graph.serialize(destination=buf, format=serializer, encoding="utf-8")
    out.write(buf.getvalue())
