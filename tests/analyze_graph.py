"""Build small projection graphs by hand for the analysis tests.

A graph made here has the attribute schema of
``kg.analyze.projection.load_graph``: nodes keyed by entity IRI with
label/label_zh/label_en/cls/aliases, edges keyed by predicate with
predicate/count/first_date/last_date/stories.
"""
from __future__ import annotations

import networkx as nx

from kg.namespaces import CLASS_SEGMENT, entity_iri


def iri(key: str, cls: str = "Organization") -> str:
    return str(entity_iri(cls, key))


def make_graph(entities: dict[str, tuple], relations: list[tuple], lang: str = "zh") -> nx.MultiDiGraph:
    """Return a MultiDiGraph of ``entities`` and ``relations``.

    ``entities``: key -> (class, zh label or None, en label or None).
    ``relations``: (subject key, predicate, object key, [story dates]); one
    story per date, titled "<subject> <predicate> <object> #n". A date may
    instead be a pair (story key, date) to make several relations share one
    story (its IRI and title are then the story key).
    """
    g = nx.MultiDiGraph()
    ids = {}
    for key, (cls, zh, en) in entities.items():
        assert cls in CLASS_SEGMENT, cls
        ids[key] = iri(key, cls)
        label = (zh or en) if lang == "zh" else (en or zh)
        g.add_node(ids[key], label=label, label_zh=zh or "", label_en=en or "", cls=cls, aliases=[])
    for s, p, o, dates in relations:
        stories = []
        for n, d in enumerate(dates, 1):
            story, d = d if isinstance(d, tuple) else (f"{s}-{p}-{o}/{n}", d)
            title = story if isinstance(dates[n - 1], tuple) else f"{s} {p} {o} #{n}"
            stories.append({"iri": f"https://w3id.org/aikg/doc/{story}", "title": title, "date": d,
                            "url": f"https://news.example/{story}", "sentence": ""})
        stories.sort(key=lambda x: (x["date"], x["iri"]))
        g.add_edge(ids[s], ids[o], key=p, predicate=p, count=len(stories),
                   first_date=stories[0]["date"] if stories else "",
                   last_date=stories[-1]["date"] if stories else "", stories=stories)
    return g
