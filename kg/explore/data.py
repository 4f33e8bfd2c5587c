"""Turn the projected graph into the explorer page's data: a pyvis network plus the stories.

The page gets one JSON object (see :func:`explorer_data`):

* ``vis``: the nodes, edges and options of a pyvis :class:`~pyvis.network.Network`
  (what vis-network draws: plain-text labels, colours, shapes, sizes and
  precomputed positions; physics off, so the page is settled as soon as it
  is drawn). No news text goes into a vis ``title`` (vis shows titles as
  HTML tooltips); the page shows it in its side panel as text.
* ``nodes`` / ``edges``: per vis id, what the side panel shows (names,
  class, degree; predicate, evidence count, dates, and for every story the
  evidence sentence).
* ``stories``: ``[iri, title, date, url]`` once per story, referred to by index.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="智谱", label_zh="智谱", label_en="Zhipu AI", cls="Organization", aliases=[])
>>> g.add_node("b", label="GLM-5", label_zh="", label_en="GLM-5", cls="AIModel", aliases=[])
>>> _ = g.add_edge("a", "b", key="releases", predicate="releases", count=1, first_date="2026-02-12",
...                last_date="2026-02-12", stories=[{"iri": "s1", "title": "t", "date": "2026-02-12",
...                "url": "https://example.org/", "sentence": "智谱发布了 GLM-5。"}])
>>> d = explorer_data(g)
>>> len(d["vis"]["nodes"]), len(d["vis"]["edges"]), d["stories"]
(2, 1, [['s1', 't', '2026-02-12', 'https://example.org/']])
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx
from pyvis.network import Network

from kg.explore.layout import layout_positions
from kg.explore.style import class_style, load_style, predicate_style, ui_text

#: vis-network options: no physics (positions come from kg.explore.layout), labels as canvas text
VIS_OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "hideEdgesOnDrag": True, "tooltipDelay": 300,
                    "multiselect": False, "navigationButtons": False, "keyboard": False},
    "nodes": {"borderWidth": 1, "borderWidthSelected": 3,
              "font": {"face": "system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
                       "color": "#1f2328", "strokeWidth": 4, "strokeColor": "#ffffff"},
              # size grows with value = sqrt(degree / top degree); labels under 9 screen
              # pixels are not drawn (the page draws the hubs' names itself when zoomed out)
              "scaling": {"min": 10, "max": 56, "label": {"enabled": False, "drawThreshold": 10}}},
    "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1,
              "scaling": {"label": {"drawThreshold": 10}},
              "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
              "font": {"size": 11, "align": "horizontal", "color": "#57606a",
                       "strokeWidth": 3, "strokeColor": "#ffffff"}},
}


def _label(data: dict, lang: str, fallback: str) -> str:
    other = "en" if lang == "zh" else "zh"
    return data.get(f"label_{lang}") or data.get("label") or data.get(f"label_{other}") or fallback


def _node_colour(colour: str) -> dict:
    return {"background": colour, "border": "#ffffff",
            "highlight": {"background": colour, "border": "#1f2328"},
            "hover": {"background": colour, "border": "#1f2328"}}


def explorer_data(g: nx.MultiDiGraph, *, lang: str = "zh", focus=None, depth: int = 2,
                  title: str | None = None, seed: int = 7) -> dict:
    """Return the page data (a JSON-ready dict, see module docstring) for drawing ``g``.

    ``focus`` is a node of ``g`` the page opens focused on (``depth`` hops);
    ``lang`` picks the labels and the page's own text.
    """
    nodes = sorted(g.nodes, key=str)
    index = {n: i for i, n in enumerate(nodes)}
    simple = nx.Graph(g.to_undirected(as_view=True))
    degree = {n: simple.degree(n) - (1 if simple.has_edge(n, n) else 0) for n in nodes}
    top = max(degree.values(), default=0) or 1
    pos = layout_positions(simple, seed=seed)

    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    net.options = VIS_OPTIONS
    side_nodes = []
    for n in nodes:
        data = g.nodes[n]
        style = class_style(data.get("cls"))
        centrality = math.sqrt(degree[n] / top)
        x, y = pos[n]
        net.add_node(index[n], label=_label(data, lang, str(n).rsplit("/", 1)[-1]),
                     shape=style["shape"], color=_node_colour(style["color"]),
                     value=round(centrality, 4), font={"size": round(14 + 14 * centrality)},
                     x=x, y=y)
        side_nodes.append({"iri": str(n), "label": _label(data, lang, str(n)),
                           "zh": data.get("label_zh") or "", "en": data.get("label_en") or "",
                           "aliases": list(data.get("aliases") or ()), "cls": data.get("cls") or "",
                           "degree": degree[n]})

    stories: list[list[str]] = []
    story_index: dict[str, int] = {}
    side_edges = []
    parallel: Counter = Counter()
    for s, o, key, data in sorted(g.edges(keys=True, data=True),
                                  key=lambda e: (str(e[0]), str(e[1]), str(e[2]))):
        predicate = data.get("predicate") or str(key)
        style = predicate_style(predicate)
        evidence = []
        for st in data.get("stories") or ():
            iri = st.get("iri") or ""
            if iri not in story_index:
                story_index[iri] = len(stories)
                stories.append([iri, st.get("title") or "", st.get("date") or "", st.get("url") or ""])
            evidence.append([story_index[iri], st.get("sentence") or ""])
        count = data.get("count") or len(evidence) or 1
        pair = tuple(sorted((index[s], index[o])))
        nth = parallel[pair]
        parallel[pair] += 1
        edge = {"id": len(side_edges), "label": style[lang] if lang in style else style["en"],
                "color": {"color": style["color"], "highlight": style["color"],
                          "hover": style["color"], "opacity": 0.75},
                "width": round(1 + math.log2(count), 2)}
        if style["symmetric"]:
            edge["arrows"] = {"to": {"enabled": False}}
        if s == o or nth:
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if nth % 2 else "curvedCCW",
                              "roundness": 0.15 * (1 + nth // 2)}
        net.add_edge(index[s], index[o], **edge)
        side_edges.append({"s": index[s], "o": index[o], "p": predicate, "n": count,
                           "d0": data.get("first_date") or "", "d1": data.get("last_date") or "",
                           "ev": evidence})

    vis_nodes, vis_edges, _heading, _height, _width, _options = net.get_network_data()
    class_counts = Counter(d["cls"] for d in side_nodes)
    predicate_counts = Counter(e["p"] for e in side_edges)
    dates = sorted(st[2] for st in stories if st[2])
    known = load_style()
    classes = {c: {**class_style(c), "count": class_counts.get(c, 0)}
               for c in [*known["classes"], *sorted(set(class_counts) - set(known["classes"]))]}
    predicates = {p: {**predicate_style(p), "count": predicate_counts[p]}
                  for p in [*known["predicates"], *sorted(set(predicate_counts) - set(known["predicates"]))]
                  if predicate_counts.get(p)}
    return {
        "meta": {"title": title or "aikg explorer", "lang": lang,
                 "focus": index[focus] if focus is not None else None, "depth": depth,
                 "nodes": len(side_nodes), "edges": len(side_edges), "stories": len(stories),
                 "dates": [dates[0], dates[-1]] if dates else None},
        "ui": ui_text(lang),
        "classes": classes,
        "predicates": predicates,
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": VIS_OPTIONS},
        "nodes": side_nodes,
        "edges": side_edges,
        "stories": stories,
    }

