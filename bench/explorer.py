"""Time the explorer on a whole graph: writing the page, and the page getting settled and interactive.

Runs ``write_explorer`` on a store's graph (or on a synthetic graph of a
given size), opens the page in headless Chromium (the system browser,
through Playwright) with every network request blocked, and reports:

* ``write``: seconds to load the graph from the store and write the HTML;
* ``settled``: seconds from navigation until the page has drawn its
  settled view (positions are precomputed, physics is off, so "settled" is
  the first fitted frame) — ``window.kgExplorer.ready``;
* ``search+click``: seconds for a search on the page and a click on the
  first hit until the side panel shows its stories;
* ``filter``: seconds to apply a predicate filter (uncheck the commonest
  predicate) and redraw.

Usage::

    .venv/bin/python bench/explorer.py --store /tmp/e-corpus
    .venv/bin/python bench/explorer.py --synthetic 3000
    .venv/bin/python bench/explorer.py --store /tmp/e-corpus --screenshot docs/explorer-corpus.png
    .venv/bin/python bench/explorer.py --store /tmp/e-corpus --focus 智谱 --select 智谱 \
        --relation-to GLM-5 --screenshot docs/explorer-focus.png
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.explore import write_explorer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CLASSES = ["Organization", "Person", "AIModel", "Product", "Chip"]
PREDICATES = ["investsIn", "releases", "runsOn", "manufactures", "partnersWith", "acquires",
              "subsidiaryOf", "basedOn", "ceoOf", "founderOf", "worksFor", "sues", "uses"]


def synthetic_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """Return a graph shaped like a news graph: a scale-free core plus many small components."""
    rnd = random.Random(seed)
    core = nx.barabasi_albert_graph(int(n * 0.6), 1, seed=seed)
    pairs = list(core.edges())
    k = core.number_of_nodes()
    while k < n:
        size = rnd.choice([2, 2, 2, 3, 3, 4])
        pairs += [(k, k + j) for j in range(1, size) if k + j < n]
        k += size
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"urn:e{i}", label=f"实体{i}", label_zh=f"实体{i}", label_en=f"Entity {i}",
                   cls=rnd.choice(CLASSES), aliases=[])
    for s, o in pairs:
        p = rnd.choice(PREDICATES)
        stories = [{"iri": f"urn:s{rnd.randrange(5000)}", "title": f"Story about {s} and {o}",
                    "date": f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                    "url": "https://example.org/", "sentence": f"实体{s} 与 实体{o} 有关。"}
                   for _ in range(rnd.choice([1, 1, 1, 2, 3]))]
        dates = sorted(x["date"] for x in stories)
        g.add_edge(f"urn:e{s}", f"urn:e{o}", key=p, predicate=p, count=len(stories),
                   first_date=dates[0], last_date=dates[-1], stories=stories)
    return g


def measure_page(path: Path, screenshot: Path | None = None, viewport=(1600, 1000),
                 select: str | None = None, relation_to: str | None = None) -> dict:
    """Open ``path`` in headless Chromium offline; return timings (seconds) and what the page shows.

    The screenshot is taken once the page is settled, after selecting the
    entity named ``select`` through the search box (and then its relation to
    ``relation_to`` in the side panel), when given.
    """
    from playwright.sync_api import sync_playwright
    out: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        blocked: list[str] = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                      else (blocked.append(route.request.url), route.abort()))
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("html[data-ready=true]", state="attached", timeout=300_000)
        out["settled"] = time.perf_counter() - start
        out["settled_in_page"] = page.evaluate("kgExplorer.readyAt") / 1000
        out["shown"] = page.evaluate("document.getElementById('count').textContent")
        if select:
            page.fill("#search", select)
            page.click("#search-results li button")
            if relation_to:
                page.locator("#panel .rel li", has=page.locator(".link-button", has_text=relation_to)) \
                    .first.locator(".link-button").last.click()
            page.evaluate("kgExplorer.network.fit({animation: false})")  # the whole page in view
            page.wait_for_timeout(300)
        if screenshot:
            page.screenshot(path=str(screenshot))

        hub = page.evaluate("(() => { const d = kgExplorer.data; let best = 0;"
                            " d.nodes.forEach((n, i) => { if (n.degree > d.nodes[best].degree) best = i; });"
                            " return d.nodes.length ? d.nodes[best].label : null; })()")
        if hub:
            start = time.perf_counter()
            page.fill("#search", hub)
            page.click("#search-results li button")
            page.wait_for_selector("#panel[data-kind=node] .story")
            out["search+click"] = time.perf_counter() - start
        top = page.evaluate("Object.entries(kgExplorer.data.predicates)"
                            ".sort((a, b) => b[1].count - a[1].count).map(x => x[0])[0] || null")
        if top:
            start = time.perf_counter()
            page.uncheck(f"input[data-predicate={top}]")
            page.evaluate("new Promise(r => { kgExplorer.network.once('afterDrawing', r);"
                          " kgExplorer.network.redraw(); })")
            out["filter"] = time.perf_counter() - start
            page.check(f"input[data-predicate={top}]")
        out["console_errors"] = errors
        out["blocked_requests"] = blocked
        browser.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--store", help="store folder (e.g. built from ../shared/corpus)")
    src.add_argument("--synthetic", type=int, metavar="N", help="a synthetic graph of N entities")
    ap.add_argument("--focus", help="write the neighbourhood of this entity only")
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--lang", default="zh")
    ap.add_argument("-o", "--output", type=Path, default=None, help="keep the HTML here")
    ap.add_argument("--screenshot", type=Path, default=None)
    ap.add_argument("--select", help="select this entity (search box) before the screenshot")
    ap.add_argument("--relation-to", help="then show its relation to this entity")
    args = ap.parse_args(argv)

    start = time.perf_counter()
    if args.store:
        from kg.analyze.projection import load_graph
        from kg.store import open_store
        with open_store(args.store) as store:
            graph = load_graph(store, lang=args.lang)
    else:
        graph = synthetic_graph(args.synthetic)
    loaded = time.perf_counter() - start
    output = args.output or Path(tempfile.mkdtemp()) / "graph.html"
    start = time.perf_counter()
    summary = write_explorer(graph, output, focus=args.focus, depth=args.depth, lang=args.lang)
    written = time.perf_counter() - start
    result = {"entities": summary["nodes"], "relations": summary["edges"], "stories": summary["stories"],
              "html_mb": round(summary["bytes"] / 1e6, 2), "load_graph": round(loaded, 2),
              "write": round(written, 2)}
    result.update({k: (round(v, 2) if isinstance(v, float) else v)
                   for k, v in measure_page(output, args.screenshot, select=args.select,
                                                 relation_to=args.relation_to).items()})
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 1 if result["console_errors"] or result["blocked_requests"] else 0


if __name__ == "__main__":
    sys.exit(main())
