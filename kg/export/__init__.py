"""Export: the stored graph as Turtle, TriG, N-Quads, JSON-LD or GraphML.

One module per family: :mod:`kg.export.rdf` (Turtle, TriG, N-Quads through
pyoxigraph), :mod:`kg.export.jsonld`, :mod:`kg.export.graphml`;
:mod:`kg.export.formats` picks one by name or file suffix, or writes them all.
"""
from kg.export.formats import (EXPORT_FILES, FORMATS, SUFFIX_FORMATS, export_all, export_file,
                               export_graph, format_for_path)
from kg.export.graphml import write_graphml
from kg.export.jsonld import write_jsonld
from kg.export.rdf import write_rdf

__all__ = ["EXPORT_FILES", "FORMATS", "SUFFIX_FORMATS", "export_all", "export_file",
           "export_graph", "format_for_path", "write_graphml", "write_jsonld", "write_rdf"]
