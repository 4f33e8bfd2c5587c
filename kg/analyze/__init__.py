"""Analyze: NetworkX analytics over the stored graph, one module per family.

``projection.load_graph(store)`` turns the RDF graph into a NetworkX
MultiDiGraph (entities as nodes, relations as edges with their evidence);
every other module works on that graph.
"""
