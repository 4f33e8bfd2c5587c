"""Typical read workloads, the same on every backend: the project's own SPARQL queries, stats, projection.

Each workload takes a KnowledgeStore and returns a number of rows (so a
backend that returns nothing is visible). The SPARQL workloads are the
files shipped in ``queries/``, run as ``aikg query -f`` runs them.
"""
from __future__ import annotations

from pathlib import Path

from kg.analyze.projection import load_graph
from kg.analyze.stats import graph_stats

QUERIES = Path(__file__).resolve().parent.parent / "queries"

#: the shipped queries the benchmark runs (name -> file in queries/)
QUERY_FILES = {
    "investors-of-company.rq": "who invests in Anthropic (label match + UNION over story graphs)",
    "facts-with-sources.rq": "every fact about OpenAI with story, link and sentence",
    "most-cited-facts.rq": "facts ranked by evidence count (GROUP BY over all story graphs)",
}


def sparql_workload(path: Path):
    text = path.read_text(encoding="utf-8")

    def run(store) -> int:
        return len(list(store.query(text)))
    return run


def stats(store) -> int:
    """What ``aikg stats`` runs: counts per class and per predicate."""
    return len(graph_stats(store)["predicates"])


def projection(store) -> int:
    """What every analytics command and the explorer run first: the NetworkX projection."""
    return load_graph(store).number_of_edges()


def workloads() -> dict:
    """Return workload name -> function(store) -> rows (shipped queries that exist, stats, projection)."""
    out = {name: sparql_workload(QUERIES / name) for name in QUERY_FILES if (QUERIES / name).is_file()}
    out["aikg stats"] = stats
    out["projection (load_graph)"] = projection
    return out
