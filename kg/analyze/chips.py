"""Chips: which models run on which chips, and whose chip platforms are adopted.

Works on three predicates of the projection:

* ``runsOn`` (model or product → chip): the model-to-chip matrix;
* ``manufactures`` (organization → chip): a chip's maker(s);
* ``uses`` (organization → chip), for chips only: an organization adopting
  a chip directly.

A chip's **adopters** are the distinct entities that run on it (``runsOn``
subjects) or use it (``uses`` subjects). A chipmaker's **platform
adoption** is the number of distinct adopters of all the chips it
manufactures (an entity on two of its chips counts once).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("nv", label="Nvidia", cls="Organization"); g.add_node("h100", label="H100", cls="Chip")
>>> g.add_node("glm", label="GLM-5", cls="AIModel")
>>> _ = g.add_edge("nv", "h100", key="manufactures", predicate="manufactures", count=1)
>>> _ = g.add_edge("glm", "h100", key="runsOn", predicate="runsOn", count=2)
>>> [(r["label"], r["adopters"]) for r in platform_adoption(g)]
[('Nvidia', 1)]
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

RUNS_ON, MANUFACTURES, USES = "runsOn", "manufactures", "uses"


def _label(g: nx.Graph, node: str) -> str:
    return g.nodes[node].get("label", node)


def _edges(g: nx.MultiDiGraph, predicate: str):
    for s, o, data in g.edges(data=True):
        if data.get("predicate") == predicate and s != o:
            yield s, o, data.get("count", 1)


def chip_makers(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Return ``{chip: [maker, ...]}`` from the ``manufactures`` edges of ``g`` (makers sorted by label).

    >>> m = nx.MultiDiGraph(); m.add_node("nv", label="Nvidia"); m.add_node("h100", label="H100")
    >>> _ = m.add_edge("nv", "h100", key="manufactures", predicate="manufactures", count=1)
    >>> chip_makers(m)
    {'h100': ['nv']}
    """
    makers: dict[str, set[str]] = defaultdict(set)
    for maker, chip, _ in _edges(g, MANUFACTURES):
        makers[chip].add(maker)
    return {c: sorted(ms, key=lambda m: _label(g, m)) for c, ms in makers.items()}


def model_chip_matrix(g: nx.MultiDiGraph, top_models: int | None = None,
                      top_chips: int | None = None) -> dict:
    """Return the model-to-chip matrix of ``g`` from its ``runsOn`` edges.

    The result is ``{"models": [...], "chips": [...], "counts": [[...]]}``:
    ``models`` rows ``{"id", "label", "cls", "chips"}`` (``chips``: how many
    distinct chips it runs on), ``chips`` rows ``{"id", "label", "makers",
    "models"}`` (``makers``: maker labels, ``models``: how many distinct
    models run on it), and ``counts[i][j]`` the evidence count of model i
    running on chip j (0 when none). Chips come most-run-on first, models
    on-most-chips first (ties: more evidence, then label). ``top_chips`` and
    ``top_models`` cut the matrix; chips are cut first, then models that
    run on none of the kept chips are dropped.

    >>> model_chip_matrix(nx.MultiDiGraph())
    {'models': [], 'chips': [], 'counts': []}
    """
    cell: dict[tuple[str, str], int] = defaultdict(int)
    for model, chip, count in _edges(g, RUNS_ON):
        cell[model, chip] += count
    makers = chip_makers(g)
    per_chip: dict[str, set[str]] = defaultdict(set)
    chip_evidence: dict[str, int] = defaultdict(int)
    for (model, chip), count in cell.items():
        per_chip[chip].add(model)
        chip_evidence[chip] += count
    chips = sorted(per_chip, key=lambda c: (-len(per_chip[c]), -chip_evidence[c], _label(g, c)))
    chips = chips[:top_chips] if top_chips is not None else chips
    kept = set(chips)
    per_model: dict[str, set[str]] = defaultdict(set)
    model_evidence: dict[str, int] = defaultdict(int)
    for (model, chip), count in cell.items():
        if chip in kept:
            per_model[model].add(chip)
            model_evidence[model] += count
    models = sorted(per_model, key=lambda m: (-len(per_model[m]), -model_evidence[m], _label(g, m)))
    models = models[:top_models] if top_models is not None else models
    return {
        "models": [{"id": m, "label": _label(g, m), "cls": g.nodes[m].get("cls"),
                    "chips": len(per_model[m])} for m in models],
        "chips": [{"id": c, "label": _label(g, c), "makers": [_label(g, m) for m in makers.get(c, [])],
                   "models": len(per_chip[c])} for c in chips],
        "counts": [[cell.get((m, c), 0) for c in chips] for m in models],
    }


def chip_adopters(g: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Return ``{chip: {adopter, ...}}``: the entities that run on (``runsOn``) or use (``uses``) each chip.

    Only objects whose class is ``Chip`` count for ``uses``; ``runsOn``
    objects count whatever their class (the predicate says they are chips).

    >>> m = nx.MultiDiGraph(); m.add_node("h100", cls="Chip")
    >>> _ = m.add_edge("meta", "h100", key="uses", predicate="uses", count=1)
    >>> chip_adopters(m)
    {'h100': {'meta'}}
    """
    adopters: dict[str, set[str]] = defaultdict(set)
    for model, chip, _ in _edges(g, RUNS_ON):
        adopters[chip].add(model)
    for user, chip, _ in _edges(g, USES):
        if g.nodes[chip].get("cls") == "Chip":
            adopters[chip].add(user)
    return dict(adopters)


def chip_adoption(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Return the ``top`` chips of ``g`` by number of adopters.

    Rows ``{"id", "label", "makers", "adopters", "adopter_labels"}``, most
    adopted first (ties: label). ``makers`` are the labels of the chip's
    makers (empty when no ``manufactures`` edge names one).

    >>> chip_adoption(nx.MultiDiGraph())
    []
    """
    makers = chip_makers(g)
    rows = [{"id": c, "label": _label(g, c), "makers": [_label(g, m) for m in makers.get(c, [])],
             "adopters": len(users), "adopter_labels": sorted(_label(g, u) for u in users)}
            for c, users in chip_adopters(g).items()]
    rows.sort(key=lambda r: (-r["adopters"], r["label"]))
    return rows[:top]


def platform_adoption(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Return the ``top`` chipmakers of ``g`` by platform adoption (see the module docstring).

    Rows ``{"id", "label", "adopters", "chips"}``: ``adopters`` is the
    number of distinct entities running on or using any chip the maker
    manufactures, ``chips`` the labels of its adopted chips, most adopted
    first. Makers none of whose chips is adopted are left out. Ties go to
    more adopted chips, then to the label.

    >>> platform_adoption(nx.MultiDiGraph())
    []
    """
    adopters = chip_adopters(g)
    made: dict[str, list[str]] = defaultdict(list)
    for chip, makers in chip_makers(g).items():
        for maker in makers:
            made[maker].append(chip)
    rows = []
    for maker, chips in made.items():
        used = [c for c in chips if adopters.get(c)]
        if not used:
            continue
        users = set().union(*(adopters[c] for c in used))
        used.sort(key=lambda c: (-len(adopters[c]), _label(g, c)))
        rows.append({"id": maker, "label": _label(g, maker), "adopters": len(users),
                     "chips": [_label(g, c) for c in used]})
    rows.sort(key=lambda r: (-r["adopters"], -len(r["chips"]), r["label"]))
    return rows[:top]
