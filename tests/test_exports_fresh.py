"""The committed exports/ are the exports of examples/ as the code builds them today.

Rebuilds examples/ (the session ``example_store``), exports every format and
compares the content with the files in exports/: the sets of quads (TriG,
N-Quads) or triples (Turtle, JSON-LD), and the nodes and edges with their
attributes (GraphML). When this fails, regenerate with the command below
and commit the result.
"""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.export import EXPORT_FILES, export_graph

EXPORTS = Path(__file__).resolve().parent.parent / "exports"
REGENERATE = ".venv/bin/aikg export --all exports/ --from examples/"
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
              "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


@pytest.fixture(scope="module")
def fresh(example_store, examples_dir) -> dict[str, bytes]:
    if not any(examples_dir.glob("*.md")):
        pytest.skip("examples/ holds no digest")
    out = {}
    for fmt in EXPORT_FILES:
        buf = io.BytesIO()
        export_graph(example_store, fmt, buf)
        out[fmt] = buf.getvalue()
    return out


def committed(fmt: str) -> bytes:
    path = EXPORTS / EXPORT_FILES[fmt]
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `{REGENERATE}`")
    return path.read_bytes()


def _difference(name: str, fresh: set, old: set) -> str:
    missing, extra = sorted(map(str, fresh - old)), sorted(map(str, old - fresh))
    return (f"exports/{name} is stale ({len(missing)} missing, {len(extra)} no longer produced; "
            f"e.g. missing {missing[:2]}, extra {extra[:2]}): run `{REGENERATE}`")


@pytest.mark.parametrize("fmt", list(OX_FORMATS))
def test_committed_rdf_export_has_the_content_of_a_fresh_one(fresh, fmt):
    new = set(ox.parse(fresh[fmt], format=OX_FORMATS[fmt]))
    old = set(ox.parse(committed(fmt), format=OX_FORMATS[fmt]))
    assert new == old, _difference(EXPORT_FILES[fmt], new, old)


def _graphml_content(data: bytes) -> tuple[set, set]:
    g = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    nodes = {(n, tuple(sorted(d.items()))) for n, d in g.nodes(data=True)}
    edges = {(s, o, tuple(sorted(d.items()))) for s, o, d in g.edges(data=True)}
    return nodes, edges


def test_committed_graphml_has_the_nodes_and_edges_of_a_fresh_one(fresh):
    new_nodes, new_edges = _graphml_content(fresh["graphml"])
    old_nodes, old_edges = _graphml_content(committed("graphml"))
    assert new_nodes == old_nodes, _difference("graph.graphml", new_nodes, old_nodes)
    assert new_edges == old_edges, _difference("graph.graphml", new_edges, old_edges)


def test_committed_exports_are_byte_identical_to_fresh_ones(fresh):
    """Exports are deterministic, so a clean regeneration leaves `git diff exports/` empty."""
    stale = [EXPORT_FILES[f] for f in EXPORT_FILES if committed(f) != fresh[f]]
    assert not stale, f"exports/{', exports/'.join(stale)} differ from a fresh export: run `{REGENERATE}`"
