"""aikg: AI-industry news digests in, a queryable RDF knowledge graph out.

The package is laid out along the data's path:

    parse     digest files -> Article / Story records        (kg.parse)
    extract   stories -> entities, relations, funding rounds (kg.extract)
    rdf       records -> RDF quads, one named graph a story  (kg.rdf)
    store     an rdflib Dataset: embedded Oxigraph or remote (kg.store)
    analyze   NetworkX analytics over the stored graph       (kg.analyze)
    export    Turtle, TriG, N-Quads, JSON-LD, GraphML        (kg.export)
    explore   the interactive pyvis explorer                 (kg.explore)
"""

__version__ = "0.1.0"
