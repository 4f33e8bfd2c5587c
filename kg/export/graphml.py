"""Write the entity-relation graph as GraphML, for Gephi, Cytoscape, yEd, networkx and igraph.

Built from :func:`kg.analyze.projection.load_graph`, so it is the same graph
the analytics and the explorer see:

* one ``node`` per entity, ``id`` its IRI, with ``label`` (Chinese name,
  else English), ``class`` (one of the five core classes), ``label_zh``,
  ``label_en`` and ``aliases`` (every alias, joined by ``" | "``);
* one directed ``edge`` per distinct relation (subject, predicate, object)
  with ``predicate``, ``count`` (evidence count: how many stories state
  it), ``first_date`` and ``last_date`` (ISO dates), and one source for it:
  ``story`` (the story IRI), ``title`` (its title) and ``url`` (its link),
  taken from the earliest story with an http(s) link (``url`` is empty
  when no story has one: a ``javascript:`` link never gets through).

Every attribute is a typed scalar (``string``, ``count`` is ``int``) and
every node or edge carries all of them (empty string when unknown), so the
file loads the same in every reader. Nodes and edges are sorted: the same
graph gives the same bytes. Characters XML 1.0 cannot carry (control
characters other than tab, newline and carriage return) are dropped.

>>> import io
>>> from kg.store import open_store
>>> out = io.BytesIO(); write_graphml(open_store(":memory:"), out)
>>> b'<graph id="aikg" edgedefault="directed">' in out.getvalue()
True
"""
from __future__ import annotations

import re
from typing import BinaryIO

import networkx as nx

from kg.analyze.projection import load_graph

#: joins an entity's aliases into one string attribute
ALIAS_SEPARATOR = " | "

#: (key id, attribute name, GraphML type) of node and edge attributes
NODE_KEYS = (
    ("n0", "label", "string"),
    ("n1", "class", "string"),
    ("n2", "label_zh", "string"),
    ("n3", "label_en", "string"),
    ("n4", "aliases", "string"),
)
EDGE_KEYS = (
    ("e0", "predicate", "string"),
    ("e1", "count", "int"),
    ("e2", "first_date", "string"),
    ("e3", "last_date", "string"),
    ("e4", "story", "string"),
    ("e5", "title", "string"),
    ("e6", "url", "string"),
)

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})


def _text(value) -> str:
    return _NOT_XML.sub("", str(value)).translate(_TEXT_ESCAPES)


def _attr(value) -> str:
    return _NOT_XML.sub("", str(value)).translate(_ATTR_ESCAPES)


def _is_web_url(url) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))


def node_attributes(data: dict) -> dict:
    """Return the GraphML attributes of a projection node (all scalar).

    >>> node_attributes({"label": "智谱", "cls": "Organization", "label_zh": "智谱",
    ...                  "label_en": "Zhipu AI", "aliases": ["GLM", "智谱AI"]})["aliases"]
    'GLM | 智谱AI'
    """
    return {
        "label": data.get("label") or "",
        "class": data.get("cls") or "",
        "label_zh": data.get("label_zh") or "",
        "label_en": data.get("label_en") or "",
        "aliases": ALIAS_SEPARATOR.join(data.get("aliases") or ()),
    }


def edge_attributes(data: dict) -> dict:
    """Return the GraphML attributes of a projection edge (all scalar): the first story with a link is its source.

    >>> edge_attributes({"predicate": "uses", "count": 2, "first_date": "2026-01-01",
    ...     "last_date": "2026-01-03", "stories": [{"iri": "s1", "title": "T1", "url": ""},
    ...     {"iri": "s2", "title": "T2", "url": "https://x.test/2"}]})["title"]
    'T2'
    """
    stories = data.get("stories") or []
    source = next((s for s in stories if _is_web_url(s.get("url"))), stories[0] if stories else {})
    url = source.get("url") or ""
    return {
        "predicate": data["predicate"],
        "count": int(data.get("count", len(stories))),
        "first_date": data.get("first_date") or "",
        "last_date": data.get("last_date") or "",
        "story": source.get("iri") or "",
        "title": source.get("title") or "",
        "url": url if _is_web_url(url) else "",
    }


def graphml_lines(g: nx.MultiDiGraph):
    """Yield the lines of the GraphML document of projection ``g``, nodes and edges sorted."""
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
    for kind, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for key, name, typ in keys:
            yield f'  <key id="{key}" for="{kind}" attr.name="{name}" attr.type="{typ}"/>'
    yield '  <graph id="aikg" edgedefault="directed">'
    for node in sorted(g.nodes):
        attrs = node_attributes(g.nodes[node])
        data = "".join(f'<data key="{k}">{_text(attrs[n])}</data>' for k, n, _ in NODE_KEYS)
        yield f'    <node id="{_attr(node)}">{data}</node>'
    for s, o, _, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        attrs = edge_attributes(d)
        data = "".join(f'<data key="{k}">{_text(attrs[n])}</data>' for k, n, _ in EDGE_KEYS)
        yield f'    <edge source="{_attr(s)}" target="{_attr(o)}">{data}</edge>'
    yield "  </graph>"
    yield "</graphml>"


def write_graphml(store, out: BinaryIO) -> None:
    """Write the entity-relation graph of ``store`` to the binary stream ``out`` as GraphML."""
    for line in graphml_lines(load_graph(store)):
        out.write(line.encode("utf-8") + b"\n")


__all__ = ["ALIAS_SEPARATOR", "EDGE_KEYS", "NODE_KEYS", "edge_attributes", "graphml_lines",
           "node_attributes", "write_graphml"]
