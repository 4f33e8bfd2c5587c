"""aikg benchmarks: store backends, scaling, and the per-digest write path, measured side by side.

Run from the project root:

    .venv/bin/python bench/run.py            # the whole ../shared/corpus: tables 1 and 2 (~5 min)
    .venv/bin/python bench/run.py --quick    # the first 40 digests (~1 min)
    .venv/bin/python bench/run.py --all      # tables 1 to 4 (~8 min; --quick --all ~2 min)

Every measurement runs in a fresh subprocess, so peak memory (the child's
peak resident set size, which sees Oxigraph's Rust allocations that
tracemalloc cannot) belongs to that run alone. Times are wall-clock seconds
from time.perf_counter; query times are the best of up to three runs, and a
query that runs past ``--budget`` seconds is stopped and shown as timed out.
``--repeat N`` runs everything N times and keeps the best times.

Tables:

1. store backends: build the corpus into Oxigraph on disk (the default),
   Oxigraph in memory and rdflib's in-memory Dataset; rebuild it (every
   digest replaced by its already extracted facts: store writes only); run
   the shipped queries, ``aikg stats`` and the NetworkX projection; export
   all five formats; ratios against the default;
2. scaling: 1x, 2x, 4x copies of the corpus (renamed files, so every copy is
   new articles and stories about the same entities) into the default store,
   as ``aikg build`` does, and 4x again flushing the store every 25 digests:
   time per digest and peak memory;
3. (--all) export: every format through rdflib's serializers (how aikg
   exported before) and through aikg's (pyoxigraph, sorted);
4. (--all) write path: ways to write one pre-extracted digest (aikg's single
   SPARQL Update per digest vs. pyoxigraph calls vs. rdflib).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPUS = ROOT.parent / "shared" / "corpus"
QUICK_DIGESTS = 40
#: an export may take this many times the query budget
EXPORT_BUDGET_FACTOR = 3
#: (copies of the corpus, flush the store every N digests or 0) of the scaling table
SCALES = ((1, 0), (2, 0), (4, 0), (4, 25))
TABLES = ("backends", "scaling", "exports", "writes")
#: run by default; the others with --all or --only
DEFAULT_TABLES = ("backends", "scaling")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def digest_paths(corpus: Path, limit: int | None) -> list[Path]:
    paths = sorted(corpus.glob("*.md"))
    return paths[:limit] if limit else paths


class QueryTimeout(Exception):
    """A workload ran past its time budget."""


def _alarm(signum, frame):
    raise QueryTimeout


def best_of(fn, store, runs: int = 3, budget: float = 30.0) -> tuple[float | None, int]:
    """Return (best time, rows) over up to ``runs`` runs; (None, 0) when one run exceeds ``budget`` seconds.

    Stops repeating once 5 s have been spent. The budget is a SIGALRM, which
    interrupts Python code (rdflib's engine) and is checked between Oxigraph calls.
    """
    times, rows = [], 0
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(runs):
        signal.setitimer(signal.ITIMER_REAL, budget)
        t = time.perf_counter()
        try:
            rows = fn(store)
        except QueryTimeout:
            return None, 0
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - t)
        if sum(times) > 5:
            break
    return min(times), rows


class WriteTimer:
    """Wraps a store's replace_article to add up the time spent writing (not parsing/extracting)."""

    def __init__(self, store) -> None:
        self.seconds = 0.0
        self._replace = store.replace_article
        store.replace_article = self

    def __call__(self, article, facts):
        t = time.perf_counter()
        try:
            return self._replace(article, facts)
        finally:
            self.seconds += time.perf_counter() - t


class RecordingPipeline:
    """Wraps the extraction pipeline and keeps what it extracted, so a rebuild can skip extraction."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.seen: list = []

    def extract_article(self, article):
        facts = self.pipeline.extract_article(article)
        self.seen.append((article, facts))
        return facts


# ------------------------------------------------------------------ workers (one per subprocess)

def worker_backend(name: str, corpus: Path, limit: int | None, budget: float) -> dict:
    from backends import folder_size, open_backend
    from workloads import workloads

    from kg.export import export_all
    from kg.extract import load_pipeline
    from kg.ingest import ingest

    paths = digest_paths(corpus, limit)
    pipeline = RecordingPipeline(load_pipeline())
    baseline = peak_rss_mb()
    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        store = open_backend(name, Path(tmp))
        timer = WriteTimer(store)
        t = time.perf_counter()
        report = ingest(store, paths, pipeline)
        build = time.perf_counter() - t
        write = timer.seconds
        timer.seconds = 0.0
        t = time.perf_counter()
        for article, facts in pipeline.seen:  # every digest again: the replace path, with deletions
            store.replace_article(article, facts)
        rebuild = time.perf_counter() - t
        built_mb = peak_rss_mb()
        quads = sum(1 for _ in store.quads())
        queries = {}
        for qname, fn in workloads().items():
            seconds, rows = best_of(fn, store, budget=budget)
            queries[qname] = {"seconds": seconds, "rows": rows}
        export, _ = best_of(lambda st: export_all(st, Path(tmp) / "exports"), store, runs=1,
                            budget=budget * EXPORT_BUDGET_FACTOR)
        disk = folder_size(Path(tmp) / "store")
        store.close()
    return {"backend": name, "digests": report.digests, "errors": len(report.errors),
            "relations": report.relations, "quads": quads, "build": build, "write": write,
            "rebuild": rebuild, "queries": queries, "export": export,
            "baseline_mb": baseline, "peak_mb": peak_rss_mb(), "disk_bytes": disk, "budget": budget,
            "built_mb": built_mb}


def copy_corpus(paths: list[Path], copies: int, folder: Path) -> None:
    """Copy every digest ``copies`` times into ``folder``, renamed so each copy is a new article."""
    for k in range(copies):
        for p in paths:
            shutil.copyfile(p, folder / (p.name if k == 0 else f"{p.stem}-copy{k}{p.suffix}"))


def worker_scale(copies: int, corpus: Path, limit: int | None, flush_every: int = 0) -> dict:
    """Build ``copies`` copies of the corpus into the default store, as ``aikg build`` does.

    With ``flush_every`` > 0, Oxigraph's ``Store.flush()`` is called after
    every ``flush_every`` digests (not what the product does today: the
    candidate fix for RocksDB's write buffers growing with the store).
    """
    from backends import folder_size, open_backend

    from kg.extract import load_pipeline
    from kg.ingest import ingest
    from kg.parse import iter_digest_paths

    pipeline = load_pipeline()
    baseline = peak_rss_mb()
    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        src = Path(tmp) / "digests"
        src.mkdir()
        copy_corpus(digest_paths(corpus, limit), copies, src)
        store = open_backend("oxigraph-disk", Path(tmp))
        timer = WriteTimer(store)
        done = 0

        def flush(path):
            nonlocal done
            done += 1
            if flush_every and done % flush_every == 0:
                store.dataset.store._inner.flush()  # oxrdflib's pyoxigraph.Store (bench only)

        t = time.perf_counter()
        report = ingest(store, iter_digest_paths([src]), pipeline, on_digest=flush)
        build = time.perf_counter() - t
        peak = peak_rss_mb()
        quads = len(store.dataset.store._inner)
        store.close()
        disk = folder_size(Path(tmp) / "store")
    return {"copies": copies, "flush_every": flush_every, "digests": report.digests,
            "errors": len(report.errors), "build": build, "write": timer.seconds, "quads": quads,
            "baseline_mb": baseline, "peak_mb": peak, "disk_bytes": disk}


def rdflib_serialize(store, fmt: str, out) -> None:
    """Export as aikg did before pyoxigraph: an rdflib Graph/Dataset filled from store.quads(), rdflib's serializer."""
    from rdflib import Dataset, Graph

    from kg.namespaces import bind_prefixes
    named = fmt in ("trig", "nquads")
    graph = Dataset() if named else Graph()
    bind_prefixes(graph)
    for s, p, o, g in store.quads():
        if not named:
            graph.add((s, p, o))
        elif g is None:
            graph.default_graph.add((s, p, o))
        else:
            graph.add((s, p, o, g))
    graph.serialize(destination=out, format={"jsonld": "json-ld"}.get(fmt, fmt), encoding="utf-8")


def worker_exports(corpus: Path, limit: int | None) -> dict:
    """Time every export format two ways on one in-memory Oxigraph store: rdflib's serializers and aikg's."""
    import io

    from kg.export import EXPORT_FILES, export_graph
    from kg.extract import load_pipeline
    from kg.ingest import ingest
    from kg.store import open_store

    store = open_store(":memory:")
    ingest(store, digest_paths(corpus, limit), load_pipeline())
    rows = []
    for fmt in EXPORT_FILES:
        out = io.BytesIO()
        t = time.perf_counter()
        export_graph(store, fmt, out)
        ours, size = time.perf_counter() - t, len(out.getvalue())
        theirs, their_size = None, None
        if fmt != "graphml":
            out = io.BytesIO()
            t = time.perf_counter()
            rdflib_serialize(store, fmt, out)
            theirs, their_size = time.perf_counter() - t, len(out.getvalue())
        rows.append({"format": fmt, "aikg": ours, "bytes": size, "rdflib": theirs,
                     "rdflib_bytes": their_size})
    t = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        from kg.export import export_all
        export_all(store, tmp)
    return {"quads": store.count(), "rows": rows, "all": time.perf_counter() - t}


#: digests written through rdflib's SPARQL Update processor (about a second each)
RDFLIB_SPARQL_DIGESTS = 10


def worker_writes(corpus: Path, limit: int | None) -> dict:
    """Time ways of writing pre-extracted digests: into Oxigraph (memory, disk) and rdflib's Memory store."""
    import pyoxigraph as ox
    from backends import open_backend

    from kg.export.rdf import TermConverter
    from kg.extract import load_pipeline
    from kg.parse import read_digest
    from kg.rdf import article_quads
    from kg.store.update import replace_article_update

    pipeline = load_pipeline()
    extracted = []
    t = time.perf_counter()
    for p in digest_paths(corpus, limit):
        article = read_digest(p)
        extracted.append((article, pipeline.extract_article(article)))
    extract = time.perf_counter() - t

    t = time.perf_counter()
    updates = [replace_article_update(a, *article_quads(a, f)) for a, f in extracted]
    make_text = time.perf_counter() - t
    term = TermConverter()
    ox_quads, quads_total = [], 0
    for article, facts in extracted:
        default, named = article_quads(article, facts)
        quads_total += len(default) + len(named)
        ox_quads.append([ox.Quad(term(s), term(p), term(o), ox.DefaultGraph()) for s, p, o in default]
                        + [ox.Quad(term(s), term(p), term(o), term(g)) for s, p, o, g in named])

    def pyox(store):
        return store.dataset.store._inner  # oxrdflib's pyoxigraph.Store (bench only)

    def replace_article(store, n):
        for article, facts in extracted[:n]:
            store.replace_article(article, facts)

    def store_update(store, n):
        failed = 0
        for text in updates[:n]:
            try:
                store.update(text)
            except RecursionError:  # rdflib's pyparsing grammar on a large INSERT DATA
                failed += 1
        return failed

    def pyoxigraph_update(store, n):
        for text in updates[:n]:
            pyox(store).update(text)

    def delete_then_extend(store, n):  # two transactions per digest: NOT atomic
        for text, quads in zip(updates[:n], ox_quads):
            pyox(store).update(text[:text.index("INSERT DATA")].rstrip(" ;\n"))
            pyox(store).extend(quads)

    everything = len(extracted)
    few = min(everything, RDFLIB_SPARQL_DIGESTS)
    cases = [  # (backend, label, write function, digests)
        ("oxigraph-memory", "replace_article (aikg: update text + Oxigraph update)", replace_article, everything),
        ("oxigraph-memory", "the same update text only (oxrdflib -> Oxigraph)", store_update, everything),
        ("oxigraph-memory", "the same text, pyoxigraph Store.update directly", pyoxigraph_update, everything),
        ("oxigraph-memory", "Store.update(DELETE) + Store.extend (2 transactions)", delete_then_extend, everything),
        ("oxigraph-disk", "replace_article (aikg: update text + Oxigraph update)", replace_article, everything),
        ("oxigraph-disk", "the same update text only (oxrdflib -> Oxigraph)", store_update, everything),
        ("oxigraph-disk", "the same text, pyoxigraph Store.update directly", pyoxigraph_update, everything),
        ("oxigraph-disk", "Store.update(DELETE) + Store.extend (2 transactions)", delete_then_extend, everything),
        ("rdflib-memory", "rdflib remove + addN (the bench adapter)", replace_article, everything),
        ("rdflib-memory", "the same update text, rdflib SPARQL Update processor", store_update, few),
    ]
    rows = []
    with tempfile.TemporaryDirectory(prefix="aikg-bench-") as tmp:
        for k, (backend, label, fn, n) in enumerate(cases):
            store = open_backend(backend, Path(tmp) / str(k))
            t = time.perf_counter()
            failed = fn(store, n) or 0
            first = time.perf_counter() - t
            t = time.perf_counter()
            fn(store, n)  # again over the same data: now the deletions have work to do
            again = time.perf_counter() - t
            quads = sum(1 for _ in store.quads())
            store.close()
            rows.append({"backend": backend, "label": label, "digests": n, "first": first,
                         "again": again, "quads": quads, "failed": failed})
    return {"digests": everything, "quads": quads_total, "extract": extract,
            "make_text": make_text, "rows": rows}


#: result fields that are times: the best over repeated runs is kept
TIME_FIELDS = {"build", "write", "rebuild", "export", "aikg", "rdflib", "all", "seconds", "first", "again",
               "extract", "make_text"}


def _min(values: list):
    done = [v for v in values if v is not None]  # None: timed out
    return min(done) if done else None


def best_times(runs: list):
    """Merge repeated worker results: the minimum of every time field, the first run's other values."""
    first = runs[0]
    if isinstance(first, dict):
        return {k: (_min([r[k] for r in runs]) if k in TIME_FIELDS else best_times([r[k] for r in runs]))
                for k in first}
    return first


def run_worker(args: list[str], repeat: int = 1) -> dict:
    """Run one worker ``repeat`` times, each in a fresh Python process; return the merged JSON result."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(BENCH), str(ROOT)]))
    runs = []
    for _ in range(repeat):
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
        if proc.returncode != 0:
            sys.exit(f"bench worker {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return best_times(runs)


# ------------------------------------------------------------------ tables

def table(headers: list[str], rows: list[list]) -> str:
    cells = [headers] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    line = lambda r: "| " + " | ".join(c.rjust(w) if i else c.ljust(w)  # noqa: E731
                                       for i, (c, w) in enumerate(zip(r, widths))) + " |"
    sep = "|" + "|".join("-" * (w + 1) + (":" if i else "-") for i, w in enumerate(widths)) + "|"
    return "\n".join([line(cells[0]), sep] + [line(r) for r in cells[1:]])


def secs(x: float) -> str:
    return f"{x:.3f} s" if x < 10 else f"{x:.1f} s"


def ratio(x: float, base: float) -> str:
    return f"{x / base:.2f}x" if base else "-"


def backend_table(results: list[dict]) -> str:
    base = results[0]
    metrics = [("build (parse+extract+write)", lambda r: r["build"], secs),
               ("  of which store writes", lambda r: r["write"], secs),
               ("rebuild: replace every digest", lambda r: r["rebuild"], secs)]
    for q in base["queries"]:
        metrics.append((q, lambda r, q=q: r["queries"][q]["seconds"], secs))
    mib = lambda x: f"{x:.0f} MiB"  # noqa: E731
    metrics += [("export all 5 formats", lambda r: r["export"], secs),
                ("peak RSS after build + rebuild", lambda r: r["built_mb"], mib),
                ("peak RSS at the end (queries, export)", lambda r: r["peak_mb"], mib),
                ("  of which over the baseline", lambda r: r["peak_mb"] - r["baseline_mb"], mib)]
    headers = ["", *[r["backend"] + (" (default)" if i == 0 else "") for i, r in enumerate(results)]]
    rows = []
    for name, get, fmt in metrics:
        cells = []
        for i, r in enumerate(results):
            value = get(r)
            if value is None:
                limit = r["budget"] * (EXPORT_BUDGET_FACTOR if name.startswith("export") else 1)
                cells.append(f"timed out (> {limit:.0f} s)")
            else:
                cells.append(fmt(value) + ("" if i == 0 or get(base) is None
                                           else f" ({ratio(value, get(base))})"))
        rows.append([name, *cells])
    rows.append(["quads stored", *[f"{r['quads']:,}" for r in results]])
    rows.append(["on disk", *[f"{r['disk_bytes'] / 2**20:.1f} MiB" if r["disk_bytes"] else "-"
                              for r in results]])
    return table(headers, rows)


def scale_table(results: list[dict]) -> str:
    base = results[0]
    base_per = base["build"] / base["digests"] * 1000
    rows = []
    for r in results:
        per = r["build"] / r["digests"] * 1000
        label = f"{r['copies']}x" + (f" + flush every {r['flush_every']}" if r["flush_every"] else "")
        rows.append([label, r["digests"], f"{r['quads']:,}", secs(r["build"]),
                     f"{per:.1f} ms ({ratio(per, base_per)})",
                     f"{r['write'] / r['digests'] * 1000:.1f} ms",
                     f"{r['peak_mb']:.0f} MiB", f"{r['peak_mb'] - r['baseline_mb']:.0f} MiB",
                     f"{r['disk_bytes'] / 2**20:.1f} MiB"])
    return table(["copies", "digests", "quads", "build", "per digest", "write per digest",
                  "peak RSS", "over baseline", "on disk"], rows)


def writes_table(res: dict) -> str:
    """Per-digest write times; ratios against the first row of the same backend (aikg's path)."""
    rows, base = [], {}
    for r in res["rows"]:
        per_first = r["first"] / r["digests"] * 1000
        per_again = r["again"] / r["digests"] * 1000
        base.setdefault(r["backend"], per_again)
        rows.append([f"{r['backend']}: {r['label']}", r["digests"], f"{per_first:.2f} ms",
                     f"{per_again:.2f} ms ({ratio(per_again, base[r['backend']])})",
                     f"{r['quads']:,}" + (f" ({r['failed']} digests failed: RecursionError)"
                                          if r["failed"] else "")])
    return table(["write path", "digests", "per digest, empty store",
                  "per digest, replacing", "quads after"], rows)


def exports_table(res: dict) -> str:
    rows = []
    for r in res["rows"]:
        if r["rdflib"] is None:
            rows.append([r["format"], "-", secs(r["aikg"]), "-", f"{r['bytes'] / 2**20:.1f} MiB"])
        else:
            rows.append([r["format"], secs(r["rdflib"]), secs(r["aikg"]), ratio(r["aikg"], r["rdflib"]),
                         f"{r['bytes'] / 2**20:.1f} MiB (rdflib {r['rdflib_bytes'] / 2**20:.1f})"])
    rows.append(["all five (aikg export --all)", "-", secs(res["all"]), "-", "-"])
    return table(["format", "rdflib serializer", "aikg (pyoxigraph, sorted)", "aikg / rdflib", "size"],
                 rows)


def warn_failures(results: list[dict], key: str) -> None:
    for r in results:
        if r["errors"]:
            print(f"warning: {r['errors']} digests failed to build ({key} {r[key]}): "
                  "their times are missing from the table", file=sys.stderr)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help=f"first {QUICK_DIGESTS} digests only")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of digests (*.md)")
    ap.add_argument("--digests", type=int, default=None, help="use only the first N digests")
    ap.add_argument("--all", action="store_true",
                    help="also the export-serializer and write-path tables (a few minutes more)")
    ap.add_argument("--only", choices=TABLES, action="append",
                    help="run only these tables (repeatable)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run every measurement N times and keep the best time (default 1)")
    ap.add_argument("--budget", type=float, default=5.0,
                    help="seconds one query may run before it is stopped (default 5; an export "
                         f"gets {EXPORT_BUDGET_FACTOR} times as long)")
    ap.add_argument("--json", type=Path, help="also write the raw results to this file")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    limit = a.digests or (QUICK_DIGESTS if a.quick else None)

    if a.worker:
        kind, *rest = a.worker
        if kind == "backend":
            out = worker_backend(rest[0], a.corpus, limit, a.budget)
        elif kind == "exports":
            out = worker_exports(a.corpus, limit)
        elif kind == "scale":
            out = worker_scale(int(rest[0]), a.corpus, limit, int(rest[1]) if rest[1:] else 0)
        else:
            out = worker_writes(a.corpus, limit)
        print(json.dumps(out))
        return 0

    if not a.corpus.is_dir() or not any(a.corpus.glob("*.md")):
        print(f"error: no digests in {a.corpus} (pass --corpus DIR)", file=sys.stderr)
        return 2
    from backends import BACKENDS
    n = len(digest_paths(a.corpus, limit))
    passes = (["--corpus", str(a.corpus), "--budget", str(a.budget)]
              + (["--digests", str(limit)] if limit else []))
    only = set(a.only or (TABLES if a.all else DEFAULT_TABLES))
    print(f"aikg bench: {n} digests from {a.corpus}, Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, best of {a.repeat} run(s), load average "
          f"{os.getloadavg()[0]:.1f} at start\n")
    raw = {}
    started = time.perf_counter()
    if "backends" in only:
        raw["backends"] = [run_worker(["backend", b, *passes], a.repeat) for b in BACKENDS]
        warn_failures(raw["backends"], "backend")
        print("## Store backends (ratios vs the default)\n")
        print(backend_table(raw["backends"]) + "\n")
    if "exports" in only:
        raw["exports"] = run_worker(["exports", *passes], a.repeat)
        print(f"## Export: rdflib's serializers vs aikg's, {raw['exports']['quads']:,} quads "
              "(Oxigraph in memory)\n")
        print(exports_table(raw["exports"]) + "\n")
    if "scaling" in only:
        raw["scaling"] = [run_worker(["scale", str(k), str(flush), *passes], a.repeat)
                          for k, flush in SCALES]
        warn_failures(raw["scaling"], "copies")
        print("## Scaling: copies of the corpus into the default store\n")
        print(scale_table(raw["scaling"]) + "\n")
    if "writes" in only:
        raw["writes"] = run_worker(["writes", *passes], a.repeat)
        w = raw["writes"]
        print(f"## Write path: {w['digests']} pre-extracted digests, {w['quads']:,} quads "
              f"(parse+extract {secs(w['extract'])}, update text {secs(w['make_text'])})\n")
        print(writes_table(w) + "\n")
    print(f"total bench time {secs(time.perf_counter() - started)}")
    if a.json:
        a.json.write_text(json.dumps(raw, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path[:0] = [str(BENCH), str(ROOT)]
    sys.exit(main())
