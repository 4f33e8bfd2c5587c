"""Export: the stored graph as Turtle, TriG, N-Quads, JSON-LD or GraphML."""
from kg.export.rdf import FORMATS, SUFFIX_FORMATS, export_graph, format_for_path

__all__ = ["FORMATS", "SUFFIX_FORMATS", "export_graph", "format_for_path"]
