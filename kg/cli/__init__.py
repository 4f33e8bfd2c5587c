"""The ``aikg`` command line: one module per family of commands.

Exit codes: 0 success; 1 some inputs failed (the others went through);
2 usage error, unreadable query or missing store.
"""
from __future__ import annotations

import click

from kg import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="aikg")
def main() -> None:
    """aikg: turn AI-industry news digests into a knowledge graph.

    \b
    Typical session:
      aikg build examples/                 ingest digests into the store (.aikg/)
      aikg stats                           what the graph holds
      aikg query -f queries/investors-of-company.rq
      aikg export -o exports/graph.ttl     Turtle, TriG, N-Quads, JSON-LD, GraphML

    Every command takes --store DIR (or $AIKG_STORE); the default is .aikg/
    in the current folder.
    """


from kg.cli import graph  # noqa: E402,F401  (registers build, extract, stats, query, export)

for _name in ("analysis", "explorer", "evidence"):  # optional command families
    try:
        __import__(f"kg.cli.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"kg.cli.{_name}":
            raise
