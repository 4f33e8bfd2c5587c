"""Every rule of ontology/relations.yaml runs its own example sentence and must give its expected triples."""
from __future__ import annotations

import pytest

from kg.extract import load_pipeline
from kg.extract.relations import load_rules
from kg.extract.text import fold
from kg.model import Story

RULES = [r for r in load_rules()]


def test_every_rule_has_an_example():
    missing = [r.id for r in RULES if not r.example or not r.expect]
    assert not missing, f"rules without example/expect: {missing}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_example(rule):
    facts = load_pipeline().extract_story(Story(1, rule.story, rule.example))
    names = {k: {fold(n) for n in (e.label_zh, e.label_en, *e.aliases) if n}
             for k, e in facts.entities.items()}
    got = {(r.subject, r.predicate, r.object) for r in facts.relations}
    for s, p, o in rule.expect:
        assert any(p == p2 and fold(s) in names[s2] and fold(o) in names[o2] for s2, p2, o2 in got), (
            f"{rule.id}: expected ({s}, {p}, {o}) from {rule.example!r}; got "
            f"{[(facts.entities[a].name, b, facts.entities[c].name) for a, b, c in got]}")
