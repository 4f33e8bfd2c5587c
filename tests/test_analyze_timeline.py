"""Time: relations per month and risers, with windows counted by hand."""
from __future__ import annotations

import datetime as dt

from analyze_graph import make_graph
from kg.analyze.timeline import latest_date, relations_per_month, risers


def graph():
    ents = {k: ("Organization", None, k.upper()) for k in "abcdef"}
    return make_graph(ents, [
        ("a", "uses", "b", ["2026-01-10", "2026-03-05"]),      # r1
        ("a", "investsIn", "c", ["2026-01-20"]),               # r2
        ("c", "releases", "d", ["2026-03-20", "2026-03-21"]),  # r3
        ("c", "uses", "e", [("news-9", "2026-03-15")]),        # r4 and r5: one story tells both
        ("c", "partnersWith", "f", [("news-9", "2026-03-15")]),
    ])


def test_relations_per_month_has_no_gaps():
    # Jan: r1 and r2 told once each (2 statements, both new, 2 stories);
    # Feb: nothing; Mar: r1 again, r3 twice, r4, r5 (5 statements; new r3 r4 r5; stories r1/2, r3/1, r3/2, news-9)
    assert relations_per_month(graph()) == [
        {"month": "2026-01", "statements": 2, "new": 2, "stories": 2},
        {"month": "2026-02", "statements": 0, "new": 0, "stories": 0},
        {"month": "2026-03", "statements": 5, "new": 3, "stories": 4}]


def test_risers_over_the_last_two_weeks():
    # until = latest story date 2026-03-21; recent = Mar 8..21, previous = Feb 22..Mar 7.
    # C: recent stories r3/1, r3/2, news-9 = 3, previous 0 -> +3; D: 2 -> +2; E, F: news-9 -> +1 each.
    # A and B: one previous story (r1 on Mar 5), none recent -> falling, not listed.
    result = risers(graph(), weeks=2)
    assert result["until"] == "2026-03-21"
    assert result["recent"] == ["2026-03-08", "2026-03-21"]
    assert result["previous"] == ["2026-02-22", "2026-03-07"]
    assert [(r["label"], r["recent"], r["previous"], r["rise"]) for r in result["rows"]] == [
        ("C", 3, 0, 3), ("D", 2, 0, 2), ("E", 1, 0, 1), ("F", 1, 0, 1)]
    assert len(risers(graph(), weeks=2, top=2)["rows"]) == 2


def test_risers_until_a_given_day_ignore_later_stories():
    # until Mar 7, two weeks: recent = Feb 22..Mar 7 holds r1's Mar 5 story (A and B +1);
    # previous = Feb 8..21 holds nothing; the March 15-21 stories are after the window.
    result = risers(graph(), weeks=2, until=dt.date(2026, 3, 7))
    assert [(r["label"], r["rise"]) for r in result["rows"]] == [("A", 1), ("B", 1)]


def test_undated_graph():
    g = make_graph({"a": ("Organization", "A", None), "b": ("Organization", "B", None)},
                   [("a", "uses", "b", [""])])
    assert latest_date(g) is None
    assert relations_per_month(g) == []
    assert risers(g)["rows"] == [] and risers(g)["until"] is None
    assert latest_date(graph()) == dt.date(2026, 3, 21)
