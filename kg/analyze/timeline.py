"""Time: how much the news said per month, and which entities are rising.

Dates come from the stories (the digest's date): a relation stated by a
story dated 2026-02-24 is a statement of February 2026. Stories without a
date are left out of every count here.

**Risers.** Given a window of N weeks ending on day ``until`` (inclusive;
by default the latest story date in the graph), an entity's *recent
evidence* is the number of distinct stories dated in
``(until - N weeks, until]`` that state at least one relation of the
entity; its *previous evidence* counts the same over the N weeks before,
``(until - 2N weeks, until - N weeks]``. Its *rise* is recent minus
previous. Risers are the entities with a positive rise, largest rise
first (ties: more recent evidence, then label).

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("a", label="A"); g.add_node("b", label="B")
>>> st = [{"iri": "s1", "date": "2026-01-05"}, {"iri": "s2", "date": "2026-02-10"}]
>>> _ = g.add_edge("a", "b", key="uses", predicate="uses", count=2, first_date="2026-01-05", stories=st)
>>> [(m["month"], m["statements"]) for m in relations_per_month(g)]
[('2026-01', 1), ('2026-02', 1)]
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import networkx as nx


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _statements(g: nx.MultiDiGraph):
    """Yield ``(subject, object, predicate, story iri, date)`` for every dated relation statement of ``g``."""
    for s, o, key, data in g.edges(keys=True, data=True):
        for st in data.get("stories", []):
            day = _day(st.get("date", ""))
            if day is not None:
                yield s, o, data.get("predicate", key), st.get("iri", ""), day


def _months(first: dt.date, last: dt.date) -> list[str]:
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def relations_per_month(g: nx.MultiDiGraph) -> list[dict]:
    """Return one row per calendar month from the first to the last dated statement of ``g``.

    Each row is ``{"month": "YYYY-MM", "statements", "new", "stories"}``:
    ``statements`` counts relation statements (one per relation and story
    stating it), ``new`` the distinct relations first stated that month,
    ``stories`` the distinct stories stating any relation. Months with no
    news are listed with zeros, so the series has no gaps.

    >>> relations_per_month(nx.MultiDiGraph())
    []
    """
    statements: dict[str, int] = defaultdict(int)
    stories: dict[str, set] = defaultdict(set)
    first_seen: dict[tuple, dt.date] = {}
    days = []
    for s, o, p, story, day in _statements(g):
        month = day.isoformat()[:7]
        statements[month] += 1
        stories[month].add(story)
        first_seen[s, p, o] = min(day, first_seen.get((s, p, o), day))
        days.append(day)
    if not days:
        return []
    new: dict[str, int] = defaultdict(int)
    for day in first_seen.values():
        new[day.isoformat()[:7]] += 1
    return [{"month": m, "statements": statements.get(m, 0), "new": new.get(m, 0),
             "stories": len(stories.get(m, ()))}
            for m in _months(min(days), max(days))]


def latest_date(g: nx.MultiDiGraph) -> dt.date | None:
    """Return the latest story date of any relation statement in ``g``, or None when nothing is dated.

    >>> latest_date(nx.MultiDiGraph()) is None
    True
    """
    return max((day for *_, day in _statements(g)), default=None)


def risers(g: nx.MultiDiGraph, weeks: int = 4, until: dt.date | None = None, top: int = 10) -> dict:
    """Return the entities of ``g`` whose evidence rose most in the last ``weeks`` weeks (see the module docstring).

    The result is ``{"until", "recent", "previous", "weeks", "rows"}``:
    ``until`` the last day (ISO), ``recent`` and ``previous`` the two
    windows as ``[first day, last day]`` (inclusive, ISO), and ``rows`` the
    ``top`` risers ``{"id", "label", "cls", "recent", "previous", "rise"}``.
    ``until`` is None and ``rows`` empty when nothing in ``g`` is dated.

    >>> risers(nx.MultiDiGraph())["rows"]
    []
    """
    until = until or latest_date(g)
    if until is None:
        return {"until": None, "recent": None, "previous": None, "weeks": weeks, "rows": []}
    span = dt.timedelta(weeks=weeks)
    recent_start, previous_start = until - span, until - 2 * span
    recent: dict[str, set] = defaultdict(set)
    previous: dict[str, set] = defaultdict(set)
    for s, o, _, story, day in _statements(g):
        if recent_start < day <= until:
            bucket = recent
        elif previous_start < day <= recent_start:
            bucket = previous
        else:
            continue
        bucket[s].add(story)
        bucket[o].add(story)
    rows = []
    for node in set(recent) | set(previous):
        r, p = len(recent.get(node, ())), len(previous.get(node, ()))
        if r > p:
            rows.append({"id": node, "label": g.nodes[node].get("label", node),
                         "cls": g.nodes[node].get("cls"), "recent": r, "previous": p, "rise": r - p})
    rows.sort(key=lambda x: (-x["rise"], -x["recent"], x["label"]))
    one_day = dt.timedelta(days=1)
    return {
        "until": until.isoformat(), "weeks": weeks,
        "recent": [(recent_start + one_day).isoformat(), until.isoformat()],
        "previous": [(previous_start + one_day).isoformat(), recent_start.isoformat()],
        "rows": rows[:top],
    }
