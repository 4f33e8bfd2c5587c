"""``aikg explain SUBJECT PREDICATE OBJECT``: the stories and sentences that state a triple.

Every extracted triple sits in the named graph of the story it came from,
with an ``aikg:Evidence`` node holding the sentence. This command finds the
two entities by any of their names (英伟达, NVIDIA, nvidia …), then prints,
for each story that states the triple, its date, title, link and sentence.

Exit codes: 0 the triple is stated; 1 it is not; 2 unknown entity,
unknown predicate or no store.
"""
from __future__ import annotations

import json
import sys
import unicodedata

import click

from kg.cli import main
from kg.cli.graph import _open, store_option
from kg.cli.output import error
from kg.namespaces import PREDICATES, SYMMETRIC


def _clean(text: str) -> str:
    """Return news text safe for a terminal: control characters (ANSI escapes …) removed."""
    return "".join(ch for ch in str(text) if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"))


def predicate_name(text: str) -> str | None:
    """Return the contract's local name for ``text`` (``investsIn``, ``aikg:investsin`` …), or None.

    >>> predicate_name("aikg:investsin"), predicate_name("RELEASES"), predicate_name("likes")
    ('investsIn', 'releases', None)
    """
    local = text.split(":", 1)[-1].split("#")[-1].strip().lower()
    return next((p for p in PREDICATES if p.lower() == local), None)


def explain_triple(g, subject: str, predicate: str, obj: str) -> dict:
    """Return what the projected graph ``g`` knows of ``subject predicate obj``.

    The result has ``subject``/``object`` (the entities' display names, or None
    when no entity has that name), ``predicate`` and ``stories``: a list of
    dicts with ``title``, ``date``, ``url``, ``sentence`` and ``iri``, oldest
    first, one per story that states the triple.
    """
    from kg.analyze.lookup import entity_names, find_entities, fold

    def exact(name):
        key = fold(name)
        found = [n for n in find_entities(g, name)
                 if key in {fold(x) for x in entity_names(g.nodes[n])}]
        return found or find_entities(g, name)[:1]

    subs, objs = exact(subject), exact(obj)
    out = {"subject": g.nodes[subs[0]]["label"] if subs else None,
           "object": g.nodes[objs[0]]["label"] if objs else None,
           "predicate": predicate, "stories": []}
    seen = set()
    for s in subs:
        for o in objs:
            pairs = [(s, o), (o, s)] if predicate in SYMMETRIC else [(s, o)]
            for a, b in pairs:
                data = g.get_edge_data(a, b, key=predicate)
                if not data:
                    continue
                out["subject"], out["object"] = g.nodes[a]["label"], g.nodes[b]["label"]
                for st in data.get("stories", []):
                    if st["iri"] not in seen:
                        seen.add(st["iri"])
                        out["stories"].append(st)
    out["stories"].sort(key=lambda x: (x.get("date") or "", x.get("iri") or ""))
    return out


@main.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("object", metavar="OBJECT")
@click.option("--json", "as_json", is_flag=True, help="JSON on stdout instead of text.")
@store_option
def explain(subject, predicate, object, as_json, store_location):  # noqa: A002 (click name)
    """Show the stories and sentences that state SUBJECT PREDICATE OBJECT.

    Entities are found by any of their names, in any language or case
    (英伟达 = NVIDIA = nvidia). PREDICATE is one of the thirteen relations
    (investsIn, releases, runsOn, ...; case does not matter).

    \b
    Examples:
      aikg explain 英伟达 investsIn OpenAI
      aikg explain 智谱 releases GLM-5 --json
    """
    from kg.analyze.projection import load_graph
    pred = predicate_name(predicate)
    if pred is None:
        error(f"unknown predicate {predicate!r}; one of: {', '.join(PREDICATES)}")
        sys.exit(2)
    with _open(store_location) as store:
        g = load_graph(store)
    result = explain_triple(g, subject, pred, object)
    for name, found in ((subject, result["subject"]), (object, result["object"])):
        if found is None:
            error(f"no entity named {name!r} in the graph")
            sys.exit(2)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        n = len(result["stories"])
        head = f"{_clean(result['subject'])} {pred} {_clean(result['object'])}"
        click.echo(f"{head}: {n} stor{'y' if n == 1 else 'ies'}" if n else f"{head}: not stated in any story")
        for st in result["stories"]:
            click.echo("")
            click.echo(f"{st.get('date') or '????-??-??'}  {_clean(st.get('title') or '(untitled story)')}")
            if st.get("url"):
                click.echo(f"  {_clean(st['url'])}")
            if st.get("sentence"):
                click.echo(f"  “{_clean(st['sentence'])}”")
    sys.exit(0 if result["stories"] else 1)
