"""Place the nodes ahead of time, so the page shows a settled graph at once.

Each connected component is laid out on its own by Fruchterman-Reingold
(igraph's C implementation: under a second for thousands of nodes, where
NetworkX's pure-Python spring layout takes tens of seconds), scaled so an
edge is at least about ``edge_length`` pixels long and each node has about
that much room, nodes pushed apart where their labels would overlap,
and the components are packed
around each other, largest first. The result is deterministic for a given ``seed``.

>>> import networkx as nx
>>> pos = layout_positions(nx.path_graph(3))
>>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
True
"""
from __future__ import annotations

import math
import random
from contextlib import contextmanager

import igraph
import networkx as nx


@contextmanager
def _seeded(seed: int):
    """Make igraph draw its random numbers from ``random.Random(seed)`` for the duration."""
    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


def _component_layout(g: nx.Graph, nodes: list, edge_length: float) -> dict:
    """Return positions for one connected component, centred on 0, edges ~``edge_length`` long."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:  # side by side, a little further apart: both labels on one line
        return {nodes[0]: (-edge_length * 0.65, 0.0), nodes[1]: (edge_length * 0.65, 0.0)}
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted({tuple(sorted((index[a], index[b]))) for a, b in g.subgraph(nodes).edges() if a != b})
    coords = igraph.Graph(n=len(nodes), edges=edges).layout_fruchterman_reingold(
        niter=500, grid="auto").coords
    lengths = [math.dist(coords[a], coords[b]) for a, b in edges]
    mean = sum(lengths) / len(lengths) if lengths else 1.0
    xs, ys = [x for x, _ in coords], [y for _, y in coords]
    area = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) ** 2
    # edges about edge_length long, and at least edge_length squared of room per node
    # (hubs pull their leaves close, which would crowd a big component)
    scale = max(edge_length / mean if mean > 0 else 1.0,
                math.sqrt(len(nodes) * edge_length ** 2 / area))
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    pos = {n: ((coords[i][0] - cx) * scale, (coords[i][1] - cy) * scale) for n, i in index.items()}
    return _spread(pos, 0.6 * edge_length)


def _spread(pos: dict, distance: float, aspect: float = 1.8, rounds: int = 12) -> dict:
    """Push apart nodes closer than ``distance`` (horizontal gaps count ``1/aspect``: labels are wide).

    A few rounds of pairwise pushes over a grid of ``distance``-sized cells;
    returns new positions, the layout's shape kept.
    """
    nodes = list(pos)
    xy = [[pos[n][0] / aspect, pos[n][1]] for n in nodes]
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[int]] = {}
        for i, (x, y) in enumerate(xy):
            grid.setdefault((int(x // distance), int(y // distance)), []).append(i)
        moved = False
        for (cx, cy), members in grid.items():
            near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in grid.get((cx + dx, cy + dy), ())]
            for i in members:
                for j in near:
                    if j <= i:
                        continue
                    dx, dy = xy[j][0] - xy[i][0], xy[j][1] - xy[i][1]
                    d = math.hypot(dx, dy)
                    if d >= distance:
                        continue
                    if d < 1e-9:  # same spot: split along a fixed, index-dependent direction
                        dx, dy, d = math.cos(i + j), math.sin(i + j), 1.0
                    push = (distance - d) / 2 / d
                    xy[i][0] -= dx * push
                    xy[i][1] -= dy * push
                    xy[j][0] += dx * push
                    xy[j][1] += dy * push
                    moved = True
        if not moved:
            break
    return {n: (x * aspect, y) for n, (x, y) in zip(nodes, xy)}


def _skyline_place(skyline: list, w: float, h: float, width: float) -> tuple[float, float]:
    """Place a ``w`` x ``h`` box at the lowest, then leftmost, spot on ``skyline``; update it.

    ``skyline`` is a list of ``[x, width, top]`` segments covering ``[0, width]``.
    """
    best = None
    for i, (x, _, _) in enumerate(skyline):
        if x + w > width + 1e-6 and x > 0:
            break
        top, covered, j = 0.0, 0.0, i
        while covered < w and j < len(skyline):
            top = max(top, skyline[j][2])
            covered = skyline[j][0] + skyline[j][1] - x
            j += 1
        if best is None or top < best[1] - 1e-6:
            best = (x, top)
    x, y = best
    new = [x, w, y + h]
    out = []
    for sx, sw, st in skyline:
        if sx + sw <= x or sx >= x + w:
            out.append([sx, sw, st])
            continue
        if sx < x:
            out.append([sx, x - sx, st])
        if sx + sw > x + w:
            out.append([x + w, sx + sw - x - w, st])
    out.append(new)
    out.sort()
    merged = [out[0]]
    for seg in out[1:]:
        if abs(seg[2] - merged[-1][2]) < 1e-6:
            merged[-1][1] += seg[1]
        else:
            merged.append(seg)
    skyline[:] = merged
    return x, y


def _pack(blocks: list[dict], gap: float, aspect: float = 1.2) -> dict:
    """Pack laid-out components (largest first) into a box about ``aspect`` times wider than tall.

    Bottom-left skyline packing: each component goes to the lowest free
    spot, so small components fill the room beside the big ones.
    """
    boxes = []
    for pos in blocks:
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + gap, max(ys) - min(ys) + gap))
    area = sum(w * h for _, _, w, h in boxes)
    width = max(max(w for _, _, w, _ in boxes), math.sqrt(area * aspect))
    skyline = [[0.0, width, 0.0]]
    out: dict = {}
    for pos, (x0, y0, w, h) in zip(blocks, boxes):
        x, y = _skyline_place(skyline, w, h, width)
        for n, (px, py) in pos.items():
            out[n] = (px - x0 + x, py - y0 + y)
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in out.items()}


def layout_positions(g: nx.Graph, *, seed: int = 7, edge_length: float = 160.0) -> dict:
    """Return ``{node: (x, y)}`` canvas positions (pixels at zoom 1) for every node of ``g``.

    Works on any NetworkX graph (direction and parallel edges are ignored).
    Unconnected nodes end up in the last rows.

    >>> import networkx as nx
    >>> pos = layout_positions(nx.Graph([("a", "b"), ("b", "c"), ("c", "a")]), edge_length=100)
    >>> sorted(pos) == ["a", "b", "c"]
    True
    """
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g.to_undirected(as_view=True)) if g.is_directed() or g.is_multigraph() else g
    components = sorted((sorted(c, key=str) for c in nx.connected_components(simple)),
                        key=lambda c: (-len(c), str(c[0])))
    with _seeded(seed):
        blocks = [_component_layout(simple, nodes, edge_length) for nodes in components]
    return _pack(blocks, gap=edge_length)
