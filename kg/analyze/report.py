"""Report: every analysis section over one graph, as a dict, as tables, as an HTML page.

:func:`build_report` runs the sections (each from its own module) and
returns one JSON-ready dict; :func:`report_tables` turns it into plain
tables (title, headers, rows) that the terminal prints; :func:`render_html`
makes a self-contained page (inline CSS and SVG charts, no scripts, nothing
fetched) where every piece of text from the news is HTML-escaped.

Entities are named by their labels in the language the graph was loaded
with; the dict keeps each entity's IRI under ``"id"`` for machines, but no
table or page shows an IRI.

>>> import networkx as nx
>>> report = build_report(nx.MultiDiGraph())
>>> report["summary"]["entities"], [t.title for t in report_tables(report)][:1]
(0, ['Most central entities per class (PageRank on the undirected graph, weighted by evidence)'])
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

import networkx as nx

from kg.analyze import charts
from kg.analyze.centrality import central_entities
from kg.analyze.chips import chip_adoption, model_chip_matrix, platform_adoption
from kg.analyze.communities import SEED as COMMUNITY_SEED
from kg.analyze.communities import detect_communities
from kg.analyze.investors import strongest_pairs, top_investors
from kg.analyze.timeline import relations_per_month, risers

#: the report's sections, in order; ``build_report(sections=...)`` picks some
SECTIONS = ("central", "investors", "communities", "chips", "timeline")


def graph_summary(g: nx.MultiDiGraph) -> dict:
    """Return what ``g`` holds: ``{"entities", "linked_entities", "relations", "statements", "stories", "first_date", "last_date"}``.

    ``relations`` counts distinct (subject, predicate, object) edges,
    ``statements`` the (relation, story) pairs, ``stories`` the distinct
    stories stating a relation; dates are the first and last story dates.

    >>> graph_summary(nx.MultiDiGraph())["relations"]
    0
    """
    stories, dates = set(), []
    statements = 0
    for _, _, data in g.edges(data=True):
        statements += data.get("count", 1)
        for st in data.get("stories", []):
            stories.add(st.get("iri"))
            if st.get("date"):
                dates.append(st["date"][:10])
    return {
        "entities": g.number_of_nodes(),
        "linked_entities": sum(1 for n in g if g.degree(n) > 0),
        "relations": g.number_of_edges(), "statements": statements, "stories": len(stories),
        "first_date": min(dates, default=None), "last_date": max(dates, default=None),
    }


def build_report(g: nx.MultiDiGraph, top: int = 10, weeks: int = 4, until: dt.date | None = None,
                 sections=SECTIONS, lang: str | None = None,
                 betweenness_sample: int | None = None) -> dict:
    """Return the analysis report of ``g``: ``{"summary", "options", <section>: ...}`` for each of ``sections``.

    Sections (see their modules): ``central`` (:mod:`~kg.analyze.centrality`),
    ``investors`` (``{"top", "pairs"}``, :mod:`~kg.analyze.investors`),
    ``communities`` (:mod:`~kg.analyze.communities`), ``chips``
    (``{"matrix", "platforms", "chips"}``, :mod:`~kg.analyze.chips`),
    ``timeline`` (``{"months", "risers"}``, :mod:`~kg.analyze.timeline`).
    ``top`` bounds every ranking; ``weeks`` and ``until`` set the risers'
    windows.

    >>> sorted(build_report(nx.MultiDiGraph(), sections=["chips"]))
    ['chips', 'options', 'summary']
    """
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown report section(s): {', '.join(sorted(unknown))}")
    report: dict = {
        "summary": graph_summary(g),
        "options": {"top": top, "weeks": weeks, "until": until.isoformat() if until else None,
                    "lang": lang, "sections": [s for s in SECTIONS if s in sections]},
    }
    if "central" in sections:
        report["central"] = central_entities(g, top=top, betweenness_sample=betweenness_sample)
    if "investors" in sections:
        report["investors"] = {"top": top_investors(g, top), "pairs": strongest_pairs(g, top)}
    if "communities" in sections:
        report["communities"] = {"seed": COMMUNITY_SEED, "groups": detect_communities(g)[:top]}
    if "chips" in sections:
        report["chips"] = {"matrix": model_chip_matrix(g, top_models=2 * top, top_chips=top),
                           "platforms": platform_adoption(g, top), "chips": chip_adoption(g, top)}
    if "timeline" in sections:
        report["timeline"] = {"months": relations_per_month(g),
                              "risers": risers(g, weeks=weeks, until=until, top=top)}
    return report


@dataclass
class Table:
    """One table of the report: which section, a title, column headers, rows of cells, a note."""

    section: str
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    note: str = ""


def _listing(labels: list[str], most: int = 6) -> str:
    shown = ", ".join(labels[:most])
    return shown + (f" (+{len(labels) - most})" if len(labels) > most else "")


def report_tables(report: dict) -> list[Table]:
    """Return the tables of ``report`` (from :func:`build_report`), in section order.

    Cells are plain strings or numbers; entities appear by label only.

    >>> [t.section for t in report_tables(build_report(nx.MultiDiGraph(), sections=["investors"]))]
    ['investors', 'investors']
    """
    tables: list[Table] = []
    if "central" in report:
        central = report["central"]
        k = central.get("betweenness_sample")
        note = (f"betweenness estimated from {k} sampled source entities (seeded)" if k
                else "betweenness exact")
        rows = [[cls, i, r["label"], f"{r['pagerank']:.4f}", f"{r['betweenness']:.4f}", r["neighbors"], r["evidence"]]
                for cls, ranked in central["by_class"].items() for i, r in enumerate(ranked, 1)]
        tables.append(Table("central", "Most central entities per class "
                            "(PageRank on the undirected graph, weighted by evidence)",
                            ["class", "#", "entity", "pagerank", "betweenness", "neighbours", "evidence"],
                            rows, note))
    if "investors" in report:
        inv = report["investors"]
        tables.append(Table("investors", "Investors by portfolio size",
                            ["#", "investor", "companies", "evidence", "portfolio"],
                            [[i, r["label"], r["companies"], r["evidence"], _listing(r["portfolio"])]
                             for i, r in enumerate(inv["top"], 1)],
                            "companies: distinct investees; evidence: stories stating the investments"))
        tables.append(Table("investors", "Strongest co-investment pairs (investors backing the same companies)",
                            ["#", "investor", "investor", "shared", "companies"],
                            [[i, r["a_label"], r["b_label"], r["shared"], _listing(r["companies"])]
                             for i, r in enumerate(inv["pairs"], 1)]))
    if "communities" in report:
        com = report["communities"]
        tables.append(Table("communities", f"Communities (Louvain, seed {com['seed']})",
                            ["#", "size", "relations", "most central members", "classes"],
                            [[i, c["size"], c["relations"], _listing([m["label"] for m in c["members"]]),
                              ", ".join(f"{k} {v}" for k, v in c["classes"].items())]
                             for i, c in enumerate(com["groups"], 1)],
                            "members ranked by the evidence of their relations inside the community"))
    if "chips" in report:
        chips = report["chips"]
        m = chips["matrix"]
        tables.append(Table("chips", "Models and the chips they run on",
                            ["model", "class", "chips", "runs on"],
                            [[model["label"], model["cls"], model["chips"],
                              _listing([c["label"] for c, n in zip(m["chips"], counts) if n])]
                             for model, counts in zip(m["models"], m["counts"])]))
        tables.append(Table("chips", "Chipmakers by platform adoption",
                            ["#", "chipmaker", "adopters", "adopted chips"],
                            [[i, r["label"], r["adopters"], _listing(r["chips"])]
                             for i, r in enumerate(chips["platforms"], 1)],
                            "adopters: distinct models/products running on, or organizations using, "
                            "any chip the maker manufactures"))
        tables.append(Table("chips", "Chips by adopters",
                            ["#", "chip", "maker", "adopters", "adopted by"],
                            [[i, r["label"], ", ".join(r["makers"]) or "?", r["adopters"],
                              _listing(r["adopter_labels"])]
                             for i, r in enumerate(chips["chips"], 1)]))
    if "timeline" in report:
        tl = report["timeline"]
        tables.append(Table("timeline", "Relations per month",
                            ["month", "statements", "new relations", "stories"],
                            [[r["month"], r["statements"], r["new"], r["stories"]] for r in tl["months"]],
                            "statements: (relation, story) pairs; new: relations first stated that month"))
        ri = tl["risers"]
        if ri["until"]:
            title = (f"Rising entities: stories in the last {ri['weeks']} weeks "
                     f"({ri['recent'][0]} to {ri['recent'][1]}) vs the {ri['weeks']} weeks before "
                     f"({ri['previous'][0]} to {ri['previous'][1]})")
        else:
            title = "Rising entities (no dated stories)"
        tables.append(Table("timeline", title, ["#", "entity", "class", "recent", "previous", "rise"],
                            [[i, r["label"], r["cls"], r["recent"], r["previous"], f"+{r['rise']}"]
                             for i, r in enumerate(ri["rows"], 1)],
                            "recent/previous: distinct stories stating a relation of the entity in each window"))
    return tables


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;
margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ddd}
h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right}
.note{color:#666;font-size:.88em}.chart{overflow-x:auto;margin:1em 0}
figcaption{color:#444;font-size:.9em;margin-top:.3em}
"""

_SECTION_TITLES = {"central": "Centrality", "investors": "Investors", "communities": "Communities",
                   "chips": "Chips", "timeline": "Time"}


def _html_table(table: Table) -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in table.headers)
    body = []
    for row in table.rows:
        cells = "".join(
            f'<td class="num">{escape(str(c))}</td>' if isinstance(c, (int, float)) else
            f"<td>{escape('' if c is None else str(c))}</td>" for c in row)
        body.append(f"<tr>{cells}</tr>")
    if not table.rows:
        body.append(f'<tr><td colspan="{len(table.headers)}">(none)</td></tr>')
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    return (f"<h3>{escape(table.title)}</h3>{note}<table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def report_charts(report: dict) -> dict[str, list[tuple[str, str]]]:
    """Return ``{section: [(caption, svg), ...]}``: the charts of ``report``.

    Investors: top investors by portfolio size. Chips: the model × chip
    heat map and chipmakers by adoption. Time: relation statements per
    month and the risers.

    >>> report_charts(build_report(nx.MultiDiGraph()))["investors"]
    []
    """
    out: dict[str, list[tuple[str, str]]] = {s: [] for s in SECTIONS}

    def add(section: str, caption: str, svg: str) -> None:
        out[section].append((caption, svg))

    if report.get("investors", {}).get("top"):
        caption = "Investors by number of portfolio companies"
        add("investors", caption, charts.bar_chart(
            [(r["label"], r["companies"]) for r in report["investors"]["top"]], caption))
    chips = report.get("chips", {})
    if chips.get("matrix", {}).get("models"):
        m = chips["matrix"]
        caption = "Models (rows) × chips (columns): stories saying the model runs on the chip"
        add("chips", caption, charts.heat_map([r["label"] for r in m["models"]],
                                              [c["label"] for c in m["chips"]], m["counts"], caption))
    if chips.get("platforms"):
        caption = "Chipmakers by platform adopters"
        add("chips", caption, charts.bar_chart([(r["label"], r["adopters"]) for r in chips["platforms"]],
                                               caption))
    tl = report.get("timeline", {})
    if tl.get("months"):
        caption = "Relation statements per month"
        add("timeline", caption, charts.line_chart([(r["month"], r["statements"]) for r in tl["months"]],
                                                   caption))
    if tl.get("risers", {}).get("rows"):
        caption = "Rising entities: more stories in the last weeks than in the weeks before"
        add("timeline", caption, charts.bar_chart([(r["label"], r["rise"]) for r in tl["risers"]["rows"]],
                                                  caption))
    return out


def render_html(report: dict, title: str = "aikg analysis") -> str:
    """Return ``report`` as a self-contained HTML page: summary, then per section its charts and tables.

    No script, no stylesheet or font link: the page works offline. Every
    label, title and note is HTML-escaped.

    >>> page = render_html(build_report(nx.MultiDiGraph()))
    >>> page.startswith("<!DOCTYPE html>") and "<script" not in page
    True
    """
    s = report["summary"]
    opts = report.get("options", {})
    span = f"{s['first_date']} to {s['last_date']}" if s["first_date"] else "no dated stories"
    parts = [
        "<!DOCTYPE html>", '<html lang="{}"><head><meta charset="utf-8">'.format(
            "en" if opts.get("lang") == "en" else "zh"),
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{s['entities']} entities ({s['linked_entities']} with relations), {s['relations']} distinct "
        f"relations told {s['statements']} times by {s['stories']} stories; {escape(span)}.</p>",
    ]
    tables = report_tables(report)
    graphs = report_charts(report)
    for section in opts.get("sections", SECTIONS):
        if section not in report:
            continue
        parts.append(f'<section id="{section}"><h2>{escape(_SECTION_TITLES[section])}</h2>')
        parts += [f'<figure class="chart">{svg}<figcaption>{escape(caption)}</figcaption></figure>'
                  for caption, svg in graphs.get(section, [])]
        parts += [_html_table(t) for t in tables if t.section == section]
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)
