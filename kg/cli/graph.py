"""Commands that build, inspect and export the graph: build, extract, stats, query, export."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rdflib import Literal, URIRef

from kg.cli import main
from kg.cli.output import error, format_table, info
from kg.export import FORMATS, export_all, export_graph, format_for_path
from kg.ingest import IngestReport, ingest
from kg.namespaces import PREFIXES
from kg.parse import iter_digest_paths
from kg.store import ENV_VAR, StoreError, open_store

store_option = click.option(
    "--store", "store_location", envvar=ENV_VAR, default=None, metavar="DIR|URL",
    help="Store folder (default .aikg/), ':memory:', or a SPARQL endpoint URL. Env: AIKG_STORE.")


def _open(location, create=False):
    try:
        return open_store(location, create=create)
    except StoreError as exc:
        error(str(exc))
        sys.exit(2)


def _run_ingest(store, inputs, quiet: bool) -> IngestReport:
    paths = list(iter_digest_paths(inputs))
    if not paths:
        error(f"no digest files (*.md) in {' '.join(map(str, inputs))}")
        sys.exit(2)
    from rich.console import Console
    console = Console(stderr=True)
    if quiet or len(paths) == 1 or not console.is_terminal:  # no bar in logs and pipes
        return ingest(store, paths)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("building", total=len(paths))
        return ingest(store, paths, on_digest=lambda p: bar.advance(task))


def _report(report: IngestReport) -> int:
    for line in report.errors:
        error(line)
    info(f"{_count(report.digests, 'digest')}, {_count(report.stories, 'story', 'stories')}, "
         f"{_count(report.relations, 'relation')}"
         + (f"; {len(report.errors)} failed" if report.errors else ""))
    return 1 if report.errors else 0


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build(inputs, store_location, quiet):
    """Ingest digests (files or folders of *.md) into the store.

    A digest already in the store is replaced, so building the same folder
    twice leaves the graph as it was. Bad files are reported on stderr and
    skipped (exit code 1); the others still go in.

    \b
    Example:
      aikg build examples/
    """
    with _open(store_location, create=True) as store:
        report = _run_ingest(store, inputs, quiet)
        sys.exit(_report(report))


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file; its suffix names the format (.trig .nq .ttl .jsonld .graphml). "
                   "Default: TriG on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def extract(inputs, output, quiet):
    """Extract digests straight to an RDF file, without a store.

    \b
    Example:
      aikg extract examples/2026-02-24-glm5-chips.md -o out.trig
    """
    try:
        fmt = format_for_path(output) if output else "trig"
    except ValueError as exc:
        error(str(exc))
        sys.exit(2)
    with open_store(":memory:") as store:
        report = _run_ingest(store, inputs, quiet)
        _write(store, fmt, output)
    sys.exit(_report(report))


def _write(store, fmt: str, output: Path | None) -> None:
    if output is None:
        export_graph(store, fmt, sys.stdout.buffer)
        sys.stdout.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".part")
    with open(tmp, "wb") as fh:
        export_graph(store, fmt, fh)
    tmp.replace(output)


@main.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout instead of tables.")
def stats(store_location, as_json):
    """Count entities per class, relations per predicate, articles and stories.

    \b
    Example:
      aikg stats
    """
    from kg.analyze.stats import graph_stats
    with _open(store_location) as store:
        st = graph_stats(store)
    if as_json:
        click.echo(json.dumps(st, ensure_ascii=False, indent=2))
        return
    click.echo(format_table(["what", "count"], [[k, v] for k, v in st["totals"].items()]))
    click.echo()
    click.echo(format_table(["class", "entities"], sorted(st["classes"].items(), key=lambda x: -x[1])))
    click.echo()
    click.echo(format_table(["predicate", "triples", "distinct", "stories"],
                            [[p, c["triples"], c["distinct"], c["stories"]]
                             for p, c in st["predicates"].items()]))


QUERY_FORMATS = ("table", "csv", "tsv", "json")


def compact(term) -> str:
    """Return a term as people read it: prefixed IRI, or the literal's text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
            if s.startswith(str(ns)):
                return f"{prefix}:{s[len(str(ns)):]}"
        return s
    if isinstance(term, Literal):
        return str(term)
    return term.n3()


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True)
@store_option
def query(sparql, query_file, fmt, store_location):
    """Run a SPARQL query (a string or -f FILE) over the union of all graphs.

    The prefixes aikg:, aid:, adoc:, rdfs:, skos:, dcterms:, prov:, owl:, xsd:
    are predeclared.

    \b
    Examples:
      aikg query -f queries/investors-of-company.rq
      aikg query "SELECT (COUNT(*) AS ?n) WHERE { ?s aikg:releases ?o }" --format csv
    """
    if bool(sparql) == bool(query_file):
        error("give a query string or -f FILE (one of them)")
        sys.exit(2)
    text = query_file.read_text(encoding="utf-8") if query_file else sparql
    with _open(store_location) as store:
        try:
            result = store.query(text)
            if result.type == "SELECT":
                rows = list(result)
                variables = [str(v) for v in result.vars]
        except Exception as exc:
            where = f"{query_file}: " if query_file else ""
            error(f"{where}bad query: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
            sys.exit(2)
    if result.type == "ASK":
        click.echo("true" if result.askAnswer else "false")
    elif result.type == "CONSTRUCT":
        click.echo(result.graph.serialize(format="turtle"))
    elif fmt == "table":
        click.echo(format_table(variables, [[compact(v) for v in r] for r in rows]))
    elif fmt == "json":
        click.echo(json.dumps([{v: (None if r[i] is None else str(r[i])) for i, v in enumerate(variables)}
                               for r in rows], ensure_ascii=False, indent=2))
    else:
        import csv
        w = csv.writer(sys.stdout, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(variables)
        for r in rows:
            w.writerow(["" if v is None else str(v) for v in r])


@main.command()
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="Output format; default: from the -o suffix, else turtle.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: stdout).")
@click.option("--all", "all_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              metavar="DIR", help="Write every format into DIR: graph.ttl graph.trig graph.nq "
                                  "graph.jsonld graph.graphml.")
@click.option("--from", "sources", multiple=True, metavar="PATH",
              type=click.Path(exists=True, path_type=Path),
              help="Build these digests (files or folders) into a fresh in-memory store and "
                   "export that, instead of --store. Repeatable.")
@store_option
def export(fmt, output, all_dir, sources, store_location):
    """Export the stored graph: turtle|trig|nquads|jsonld|graphml.

    Turtle and JSON-LD hold the union of all graphs (entities and relations);
    TriG and N-Quads keep one named graph per story (provenance); GraphML is
    the property graph for Gephi, Cytoscape, networkx and igraph. The same
    graph always gives the same bytes.

    \b
    Examples:
      aikg export -o graph.ttl
      aikg export --format nquads > graph.nq
      aikg export --all exports/ --from examples/    (regenerate exports/)
    """
    if all_dir is not None and (fmt or output):
        error("--all DIR writes every format: give it without --format and -o")
        sys.exit(2)
    if fmt is None and all_dir is None:
        try:
            fmt = format_for_path(output) if output else "turtle"
        except ValueError as exc:
            error(str(exc))
            sys.exit(2)
    if sources:
        store = open_store(":memory:")
        report = _run_ingest(store, sources, quiet=True)
        if report.errors:  # a partial export would look complete: write nothing
            _report(report)
            error("nothing exported")
            sys.exit(1)
    else:
        store = _open(store_location)
    with store:
        if all_dir is None:
            _write(store, fmt, output)
            return
        for path in export_all(store, all_dir):
            info(f"wrote {path} ({path.stat().st_size:,} bytes)")
