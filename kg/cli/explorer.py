"""The ``explore`` command: write the interactive explorer page."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import main
from kg.cli.graph import _open, store_option
from kg.cli.output import error, info


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


@main.command()
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("graph.html"), show_default=True, help="The HTML file to write.")
@click.option("--focus", metavar="NAME",
              help="Only the neighbourhood of this entity (Chinese or English name, or IRI).")
@click.option("--depth", type=click.IntRange(1, 6), default=2, show_default=True,
              help="Hops around --focus.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the labels and of the page.")
@click.option("--title", default=None, help="Page title (default: aikg explorer).")
def explore(store_location, output, focus, depth, lang, title):
    """Write the graph as one interactive HTML page that works offline.

    Open the file by double-click: entities coloured and shaped by class and
    sized by centrality, relations coloured by predicate; click one to see
    the stories behind it; search, filter by class, predicate and date, and
    focus on an entity's neighbourhood.

    \b
    Examples:
      aikg explore -o graph.html
      aikg explore --focus 英伟达 --depth 2 -o nvidia.html
    """
    from kg.analyze.projection import load_graph
    from kg.explore import UnknownEntity, write_explorer
    with _open(store_location) as store:
        graph = load_graph(store, lang=lang)
    try:
        summary = write_explorer(graph, output, focus=focus, depth=depth, lang=lang, title=title)
    except UnknownEntity as exc:
        error(str(exc))
        sys.exit(2)
    except OSError as exc:
        error(f"{output}: cannot write ({exc.strerror or exc})")
        sys.exit(2)
    where = (f" around {summary['focus_label']} (depth {summary['depth']})"
             if summary["focus"] is not None else "")
    dates = f", stories {summary['dates'][0]} to {summary['dates'][1]}" if summary["dates"] else ""
    info(f"wrote {output}: {_count(summary['nodes'], 'entity', 'entities')}, "
         f"{_count(summary['edges'], 'relation')}, {_count(summary['stories'], 'story', 'stories')}"
         f"{where}{dates} ({summary['bytes'] / 1e6:.1f} MB)")
    if not summary["nodes"]:
        info("the graph has no entities yet: run `aikg build` first")
