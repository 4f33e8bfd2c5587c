"""Commands that analyse the stored graph with NetworkX: analyze, path, neighbors.

Entities are named by their labels (``--lang zh|en``), never by IRIs.
Exit codes: 0 success; 1 nothing found (no path between the two entities);
2 usage error, missing store, or an entity name that matches nothing.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

import click

from kg.cli import main
from kg.cli.graph import _open, store_option
from kg.cli.output import error, format_table, info

lang_option = click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                           help="Language of the entity labels shown.")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON on stdout instead of tables.")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _plain(cell) -> object:
    """Return a table cell with control characters (terminal escapes from the news) made harmless."""
    if not isinstance(cell, str):
        return cell
    return _CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else "\ufffd", cell)


def _table(headers, rows) -> str:
    return format_table(headers, [[_plain(c) for c in r] for r in rows])


def _load(store_location, lang: str):
    from kg.analyze.projection import load_graph
    with _open(store_location) as store:
        return load_graph(store, lang)


def _write_page(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        error(f"{path}: cannot write ({exc.strerror or exc})")
        sys.exit(2)
    info(f"wrote {path}")


def _name(g, node: str) -> str:
    """Return a node's label, with its other-language label in brackets when it differs."""
    data = g.nodes[node]
    other = data.get("label_en") if data.get("label") == data.get("label_zh") else data.get("label_zh")
    name = f"{data['label']} ({other})" if other and other != data.get("label") else data["label"]
    return _plain(name)


def _similar(g, name: str, n: int = 5) -> list[str]:
    """Return up to ``n`` nodes whose names look like ``name``: containment either way, then close spellings."""
    from kg.analyze.lookup import entity_names, fold
    key = fold(name)
    folded: dict[str, str] = {}
    hits: list[str] = []
    for node, data in g.nodes(data=True):
        for label in entity_names(data):
            f = fold(label)
            folded.setdefault(f, node)
            if len(f) >= 2 and (f in key or key in f) and node not in hits:
                hits.append(node)
    for f in difflib.get_close_matches(key, list(folded), n=n, cutoff=0.6):
        if folded[f] not in hits:
            hits.append(folded[f])
    hits.sort(key=lambda v: -g.degree(v))
    return hits[:n]


def _named(g, node: str, key: str) -> bool:
    """Return whether one of ``node``'s names folds to ``key`` exactly."""
    from kg.analyze.lookup import entity_names, fold
    return key in {fold(x) for x in entity_names(g.nodes[node])}


def _find(g, name: str) -> str:
    """Return the entity called ``name``; or exit 2 with one error line and suggestions.

    An exact name (any language, folded) wins, the most connected entity
    first when several share it. Otherwise a name that is part of exactly
    one entity's name finds it (``zhipu`` finds "Zhipu AI"); when it is part
    of several, they are listed as suggestions.
    """
    from kg.analyze.lookup import find_entities, fold
    key = fold(name)
    found = find_entities(g, name)
    exact = [n for n in found if _named(g, n, key)]
    if exact:
        if len(exact) > 1:
            others = ", ".join(f"{_name(g, n)} [{g.nodes[n].get('cls')}]" for n in exact[1:4])
            info(f"note: {name!r} also names {others}; using {_name(g, exact[0])} "
                 f"[{g.nodes[exact[0]].get('cls')}], the most connected")
        return exact[0]
    if len(found) == 1:
        info(f"note: using {_name(g, found[0])} for {name!r}")
        return found[0]
    near = found[:6] or _similar(g, name)
    hint = f"; did you mean: {', '.join(_name(g, n) for n in near)}" if near else ""
    error(f"no entity named {name!r} in the graph ({g.number_of_nodes()} entities){hint}")
    sys.exit(2)


def _print_tables(tables) -> None:
    for t in tables:
        click.echo(f"## {t.title}")
        if t.note:
            click.echo(f"   ({t.note})")
        click.echo(_table(t.headers, t.rows) if t.rows else "(none)")
        click.echo()


@main.command()
@store_option
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1),
              help="Rows per ranking.")
@lang_option
@click.option("--weeks", default=4, show_default=True, type=click.IntRange(min=1),
              help="Risers: compare the last N weeks with the N weeks before.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Risers: last day of the recent window (default: the latest story date).")
@click.option("--section", "sections", multiple=True,
              type=click.Choice(["central", "investors", "communities", "chips", "timeline"]),  # report.SECTIONS
              help="Only these sections (repeatable; default: all).")
@click.option("--betweenness-sample", type=click.IntRange(min=1), default=None,
              help="Estimate betweenness from K sampled entities (default: exact up to 1000 entities, 300 sampled above).")
@json_option
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a self-contained HTML page with the tables and charts (instead of "
                   "the terminal tables; with --json, both).")
def analyze(store_location, top, lang, weeks, until, sections, betweenness_sample, as_json, html_path):
    """Report on the graph: central entities, investors, communities, chips, time.

    \b
    Sections:
      central      PageRank and betweenness, top entities of each class
      investors    investors by portfolio size; strongest co-investment pairs
      communities  Louvain communities (fixed seed) and their central members
      chips        model-to-chip matrix; chipmakers by platform adoption
      timeline     relations per month; entities rising in the last N weeks

    \b
    Examples:
      aikg analyze --top 5
      aikg analyze --section investors --lang en --json
      aikg analyze --html report.html
    """
    from kg.analyze.report import SECTIONS, build_report, render_html, report_tables
    g = _load(store_location, lang)
    if g.number_of_edges() == 0:
        info("note: the graph holds no relations yet (build digests into it with `aikg build DIR`)")
    report = build_report(g, top=top, weeks=weeks, until=until.date() if until else None,
                          sections=sections or SECTIONS, lang=lang,
                          betweenness_sample=betweenness_sample)
    if html_path:
        _write_page(html_path, render_html(report))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    elif not html_path:
        s = report["summary"]
        click.echo(f"{s['entities']} entities, {s['relations']} relations told {s['statements']} times "
                   f"by {s['stories']} stories"
                   + (f", {s['first_date']} to {s['last_date']}" if s["first_date"] else "") + "\n")
        _print_tables(report_tables(report))


def _relation_text(hop: dict) -> str:
    """Return a hop as an arrow: ``-investsIn->`` forwards, ``<-investsIn-`` backwards, ``-partnersWith-`` symmetric."""
    from kg.namespaces import SYMMETRIC
    if hop["predicate"] in SYMMETRIC:
        return f"-{hop['predicate']}-"
    return f"-{hop['predicate']}->" if hop["direction"] == "forward" else f"<-{hop['predicate']}-"


@main.command()
@click.argument("source")
@click.argument("target")
@store_option
@click.option("--limit", default=5, show_default=True, type=click.IntRange(min=1),
              help="At most this many paths.")
@click.option("--max-hops", type=click.IntRange(min=1), default=None,
              help="Give up when the entities are further apart than this.")
@lang_option
@json_option
def path(source, target, store_location, limit, max_hops, lang, as_json):
    """Shortest relation paths between two entities, with the story behind every hop.

    SOURCE and TARGET are entity names in Chinese or English (case, spaces
    and -_. do not matter). Relations are followed in either direction:
    "A -investsIn-> B" is walked forwards, "B <-investsIn- A" backwards;
    a symmetric relation shows no arrowhead ("A -partnersWith- B").
    Exit code 1 when the two are not connected.

    \b
    Examples:
      aikg path 英伟达 智谱
      aikg path nvidia "Zhipu AI" --lang en --json
    """
    from kg.analyze.paths import relation_paths
    g = _load(store_location, lang)
    a, b = _find(g, source), _find(g, target)
    if a == b:
        error(f"{source!r} and {target!r} name the same entity ({_name(g, a)})")
        sys.exit(2)
    found = relation_paths(g, a, b, limit=limit + 1, max_hops=max_hops)
    more, found = len(found) > limit, found[:limit]
    if as_json:
        click.echo(json.dumps({"source": {"id": a, "label": g.nodes[a]["label"]},
                               "target": {"id": b, "label": g.nodes[b]["label"]},
                               "paths": found}, ensure_ascii=False, indent=2))
    if not found:
        within = f" within {max_hops} hops" if max_hops else ""
        error(f"no path between {_name(g, a)} and {_name(g, b)}{within}")
        sys.exit(1)
    if as_json:
        return
    hops = found[0]["length"]
    plural = "s" * (len(found) > 1)
    shown = (f"the strongest {len(found)} shortest path{plural}" if more
             else f"{len(found)} shortest path{plural}")
    click.echo(f"{_name(g, a)} → {_name(g, b)}: {shown} of {hops} hop{'s' * (hops > 1)}"
               + (" (more with --limit)" if more else "") + "\n")
    for i, p in enumerate(found, 1):
        click.echo(f"path {i}  (weakest hop told by {p['weakest']} stor{'y' if p['weakest'] == 1 else 'ies'}, "
                   f"{p['evidence']} in all)")
        rows = []
        for k, h in enumerate(p["hops"], 1):
            st = h["stories"][0] if h["stories"] else {}
            more = f" (+{len(h['stories']) - 1} more)" if len(h["stories"]) > 1 else ""
            rows.append([k, h["from_label"], _relation_text(h), h["to_label"], st.get("date", ""),
                         (st.get("title", "") + more).strip(), st.get("url", "")])
        click.echo(_table(["hop", "from", "relation", "to", "date", "story", "url"], rows))
        click.echo()


@main.command()
@click.argument("name")
@store_option
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=1, max=4),
              help="How many hops out.")
@click.option("--top", default=50, show_default=True, type=click.IntRange(min=0),
              help="At most this many rows in the table (0: all).")
@lang_option
@json_option
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write an interactive explorer page of the neighbourhood instead of the table.")
def neighbors(name, store_location, depth, top, lang, as_json, html_path):
    """The entities around one entity (its ego graph), nearest first.

    Each row says how the entity is reached: the relation between it and a
    nearer entity, as "subject -predicate-> object".

    \b
    Examples:
      aikg neighbors 智谱 --depth 2
      aikg neighbors nvidia --lang en --json
      aikg neighbors 智谱 --depth 2 --html zhipu.html
    """
    from kg.analyze.neighborhood import ego_graph, neighbors_table
    g = _load(store_location, lang)
    center = _find(g, name)
    if html_path:
        _write_explorer(g, html_path, center, depth, lang)
        if not as_json:
            return
    rows = neighbors_table(g, center, depth)
    if as_json:
        ego = ego_graph(g, center, depth)
        click.echo(json.dumps({
            "center": {"id": center, "label": g.nodes[center]["label"], "cls": g.nodes[center].get("cls")},
            "depth": depth, "neighbors": rows,
            "relations": [{"subject": s, "subject_label": ego.nodes[s]["label"], "predicate": d["predicate"],
                           "object": o, "object_label": ego.nodes[o]["label"], "count": d.get("count", 1)}
                          for s, o, d in ego.edges(data=True)],
        }, ensure_ascii=False, indent=2))
        return
    click.echo(f"{_name(g, center)} [{g.nodes[center].get('cls')}]: {len(rows)} entit"
               f"{'y' if len(rows) == 1 else 'ies'} within {depth} hop{'s' * (depth > 1)}\n")
    shown = rows if top == 0 else rows[:top]
    table = []
    for r in shown:
        s, o = (r["via_label"], r["label"]) if r["direction"] == "forward" else (r["label"], r["via_label"])
        table.append([r["distance"], r["label"], r["cls"], f"{s} -{r['predicate']}-> {o}", r["evidence"]])
    click.echo(_table(["hops", "entity", "class", "reached by", "evidence"], table) if table else "(none)")
    if len(shown) < len(rows):
        info(f"showing {len(shown)} of {len(rows)} (--top 0 for all)")


def _write_explorer(g, path: Path, center: str, depth: int, lang: str) -> None:
    """Write the explorer page (kg.explore) of ``center``'s neighbourhood to ``path``."""
    try:
        from kg.explore import write_explorer
    except ImportError as exc:
        error(f"the explorer is not available in this installation ({exc})")
        sys.exit(2)
    try:
        summary = write_explorer(g, path, focus=center, depth=depth, lang=lang)
    except OSError as exc:
        error(f"{path}: cannot write ({exc.strerror or exc})")
        sys.exit(2)
    info(f"wrote {path}: {summary['nodes']} entities, {summary['edges']} relations within {depth} "
         f"hop{'s' * (depth > 1)} of {_name(g, center)}")
