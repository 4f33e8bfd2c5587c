"""Pick an export format, and write one format or all of them.

* ``turtle`` and ``jsonld``: the union of all graphs as plain triples
  (entities and relations; the story a fact came from is lost);
* ``trig`` and ``nquads``: every quad, story graphs kept (provenance);
* ``graphml``: the property graph of entities and relations.

>>> format_for_path("out/graph.ttl")
'turtle'
>>> EXPORT_FILES["graphml"]
'graph.graphml'
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from kg.export.graphml import write_graphml
from kg.export.jsonld import write_jsonld
from kg.export.rdf import RDF_FORMATS, GraphSnapshot, write_rdf

#: format name -> what it holds (the ``--format`` choices of ``aikg export``)
FORMATS = {
    "turtle": "union of all graphs (Turtle)",
    "trig": "one named graph per story (TriG)",
    "nquads": "one named graph per story (N-Quads)",
    "jsonld": "union of all graphs (JSON-LD)",
    "graphml": "entities and relations as a property graph (GraphML)",
}

SUFFIX_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
    ".nquads": "nquads", ".jsonld": "jsonld", ".json": "jsonld", ".graphml": "graphml",
}

#: format -> file name written by ``export_all`` (and committed in exports/)
EXPORT_FILES = {
    "turtle": "graph.ttl",
    "trig": "graph.trig",
    "nquads": "graph.nq",
    "jsonld": "graph.jsonld",
    "graphml": "graph.graphml",
}


def format_for_path(path: str | Path) -> str:
    """Return the export format named by a file suffix; ValueError for an unknown one."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise ValueError(f"{path}: unknown output suffix {suffix!r} "
                         f"(use one of {', '.join(sorted(SUFFIX_FORMATS))})")
    return SUFFIX_FORMATS[suffix]


def _write(store, fmt: str, out: BinaryIO, snapshot: GraphSnapshot | None) -> None:
    if fmt == "graphml":
        write_graphml(store, out)
    elif fmt == "jsonld":
        write_jsonld(snapshot or GraphSnapshot.of(store), out)
    elif fmt in RDF_FORMATS:
        write_rdf(snapshot or GraphSnapshot.of(store), fmt, out)
    else:
        raise ValueError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")


def export_graph(store, fmt: str, out: BinaryIO) -> None:
    """Serialize the graph of ``store`` (a KnowledgeStore) in ``fmt`` to the binary stream ``out``.

    The same graph always gives the same bytes.
    """
    _write(store, fmt, out, None)


def _write_file(path: Path, write) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            write(fh)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def export_file(store, fmt: str, path: Path) -> Path:
    """Write ``store`` in ``fmt`` to ``path`` atomically (a reader never sees half a file); return ``path``."""
    return _write_file(Path(path), lambda fh: export_graph(store, fmt, fh))


def export_all(store, folder: str | Path) -> list[Path]:
    """Write every format of :data:`EXPORT_FILES` into ``folder``; return the paths written.

    The store is read once for the four RDF formats.

    >>> import tempfile; from kg.store import open_store
    >>> [p.name for p in export_all(open_store(":memory:"), tempfile.mkdtemp())][:2]
    ['graph.ttl', 'graph.trig']
    """
    folder = Path(folder)
    snapshot = GraphSnapshot.of(store)
    return [_write_file(folder / name, lambda fh, fmt=fmt: _write(store, fmt, fh, snapshot))
            for fmt, name in EXPORT_FILES.items()]


__all__ = ["EXPORT_FILES", "FORMATS", "SUFFIX_FORMATS", "export_all", "export_file",
           "export_graph", "format_for_path"]
