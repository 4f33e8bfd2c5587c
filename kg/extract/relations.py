"""Relation rules: patterns over tagged sentences, read from ``ontology/relations.yaml``.

A sentence is *tagged* by replacing every mention with a slot token
``\\ue000{i}:{CODES}\\ue001`` (``CODES`` like ``ORG`` or ``CHP,ORG`` or ``UNK``).
Each rule's pattern (see the header of ``relations.yaml`` for the pattern
language) is compiled once into a regular expression over tagged text; a
match binds slots to mentions and emits triples.

>>> rules = load_rules()
>>> next(r for r in rules if r.id == "releases-verb").predicate
'releases'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.extract.gazetteer import ONTOLOGY, load_yaml
from kg.extract.lexicon import alternation, load_lexicon
from kg.extract.recognize import CODES, MOD, ORG, PER, PRD, Mention
from kg.namespaces import PREDICATES

RULES_PATH = ONTOLOGY / "relations.yaml"

CLASS_OF_CODE = {v: k for k, v in CODES.items()}
IMPLICIT = frozenset({"story", "topic", "investee", "model", "recent", "maker", "brand", "person"})

OPEN, CLOSE = "\ue000", "\ue001"
_TOKEN = OPEN + r"\d+:[A-Z,]+" + CLOSE
_ORG_TOKEN = OPEN + r"\d+:[A-Z,]*ORG[A-Z,]*" + CLOSE
_NON_ORG_TOKEN = OPEN + r"\d+:(?![A-Z,]*ORG)[A-Z,]+" + CLOSE
_SEP_WORD = r"\s*(?:、|和|与|及|以及|及其|,|/|&|\+|＋)\s*"   # MedGemma 1.5+MedASR: two models
_QUOTE_OPEN, _QUOTE_CLOSE = "[“\"「『]?", "[”\"」』]?"   # list items may stand in quotes: “小星”“小辰”
#: a bracketed aside after a list item, names in it included: "V4-Pro（1.6T）", "产业基金（大基金三期）";
#: the names in an aside are no items of the list, unless the aside is another name of the item
#: ("Manus（蝴蝶效应公司）", "乔纳森·伊夫（Jony Ive）"; see :func:`_bound`)
_ASIDE = r"(?:\s*[（(](?:[^（()）\ue000\ue001，。；]|" + _TOKEN + r"){1,16}[）)])?"
_ASIDE_IN_LIST = re.compile(r"[（(]([^（()）]*)[）)]")
_ALIAS_ASIDE = re.compile(r"\s*" + _TOKEN + r"\s*(?:公司|集团)?\s*")
#: a bracketed aside inside a gap counts as one step, names and commas in it included:
#: "周明（曾创办 Lumina，后出售）将加入星河科技"
_ASIDE_TEXT = r"[（(][^（()）\n]{0,40}[）)]"
#: word lists of verbs (not of titles or roles, which a bracketed aside may follow)
#: 系 after a group's name marks what belongs to it (宁德时代系晨道资本), unlike 系列 and 系统
GROUP_MARK = r"系(?![列统])"
_VERB_LISTS = frozenset({"release", "host", "lifecycle", "invest", "sue", "partner", "use", "adapt", "acquire"})
_ITEM_NOUN = r"(?:(?![并后将已是在向对给为被把让的及和与、])[\u4e00-\u9fff]){0,4}?"
_ITEM_END_BASE = (r"\s*(?:、|和|与|及|以及|,|/|&|\+|＋|等|[一二两三四五六七八九十几多\d]+\s*[款个家种项位名大条]|"
                  r"[，。；;：:）)！？!?\n\ue000—]|" + GROUP_MARK + "|$)")


@lru_cache(maxsize=1)
def _item_end() -> str:
    """Lookahead closing a loose-list item: a separator, punctuation, a boundary word (a verb) or a
    place of the organisation named (the rules' ``org_places`` words: 宁德时代工厂)."""
    return "(?=" + _ITEM_END_BASE + r"|\s*(?:" + alternation(list(load_lexicon().boundaries) + word_list("org_places")) + "))"


class RuleError(ValueError):
    """A rules file that cannot be compiled; the message names the file and the rule."""


@dataclass
class Slot:
    name: str
    classes: tuple[str, ...]     # codes: ORG, PER, MOD, PRD, CHP, UNK
    kind: str                    # "one", "list", "loose", "optional"


@dataclass
class Rule:
    """One pattern for one predicate, compiled."""

    id: str
    predicate: str
    pattern: str
    regex: re.Pattern
    slots: dict[str, Slot]
    emit: list[tuple[str, str, str]]
    unknown: str | dict[str, str] | None = None
    header: re.Pattern | None = None
    header_slots: dict[str, Slot] = field(default_factory=dict)
    require: str | None = None
    example: str = ""
    story: str = ""
    expect: list[tuple[str, str, str]] = field(default_factory=list)
    needs: list | None = None
    spread: bool = False               # O also takes every MOD/PRD heading a later "；" part
    hosts: re.Pattern | None = None    # a releases rule whose subject may host another maker's thing (-> uses):
    # when the match contains one of these words (an empty pattern: always)
    anchor: re.Pattern | None = None   # a word the sentence must contain (a fast pre-check)
    anchor_words: tuple[str, ...] = ()

    def unknown_class(self, slot: str) -> str | None:
        """Return the class an unclassed name bound to ``slot`` takes, or None.

        >>> rule = Rule("r", "releases", "", re.compile(""), {}, [], unknown={"S": "Organization"})
        >>> rule.unknown_class("S"), rule.unknown_class("O")
        ('Organization', None)
        """
        if isinstance(self.unknown, dict):
            return self.unknown.get(slot)
        return self.unknown


@dataclass
class Binding:
    """A rule match: the mentions bound to each slot."""

    rule: Rule
    slots: dict[str, list[int]]           # slot -> mention indices in the sentence
    header_slots: dict[str, list[int]]    # slot -> mention indices in the header line
    start: int                            # match span in the tagged sentence
    end: int


# ------------------------------------------------------------------ compiling

def _cue_words() -> str:
    lex = load_lexicon()
    return alternation([c for c, _ in lex.class_cues if len(c) >= 2 or not c.isascii()])


def _mention_re(classes: tuple[str, ...], group: str | None) -> str:
    alts = "|".join(classes)
    idx = f"(?P<{group}>\\d+)" if group else r"\d+"
    # a name may carry another name of itself in brackets: Andreessen Horowitz（a16z）
    return OPEN + idx + r":[A-Z,]*\b(?:" + alts + r")\b[A-Z,]*" + CLOSE + r"(?:\s*[（(]" + _TOKEN + r"[）)])?"


_PLAIN_GROUP = re.compile(r"\(((?:[\u4e00-\u9fffA-Za-z]+\|)*[\u4e00-\u9fffA-Za-z]+)\)|([\u4e00-\u9fffA-Za-z]+)")


def anchor_words(pattern: str, words: dict[str, list[str]]) -> list[str]:
    """Return words one of which a sentence must contain for ``pattern`` to match ([] = no filter).

    The anchor is the first required word list (``{@list}``) or plain group of words, outside
    any bracket (a group may be optional, an alternative or a lookahead).

    >>> anchor_words("{S:ORG} (?! {@release}) 收购 {O:ORG}", {"release": ["发布"]})
    ['收购']
    """
    toks = _tokens(pattern)
    depth = 0
    for i, tok in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        inside = depth > 0 or prev.endswith(("(", "(?:", "|")) or nxt.startswith(("|", ")"))
        if not tok.startswith("{"):
            depth += _bracket_balance(tok)
        if tok.startswith("{@") and tok.endswith("}") and not inside:
            return list(words.get(tok[2:-1], []))
        if tok.startswith("{") or inside:
            continue
        m = _PLAIN_GROUP.fullmatch(tok)
        if m:
            return (m.group(1) or m.group(2)).split("|")
    return []


def _bracket_balance(regex: str) -> int:
    """Return how many more groups ``regex`` opens than it closes (escapes and [...] skipped).

    >>> _bracket_balance(r"(?!\\s*[（(]")
    1
    """
    balance, i = 0, 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i += 1
            while i < len(regex) and regex[i] != "]":
                i += 2 if regex[i] == "\\" else 1
        elif c == "(":
            balance += 1
        elif c == ")":
            balance -= 1
        i += 1
    return balance


def _tokens(pattern: str) -> list[str]:
    return re.findall(r"\{[A-Za-z@][^}]*\}|(?:[^\s{]|\{\d+(?:,\d*)?\})+", pattern)


def _compile_pattern(pattern: str, words: dict[str, list[str]], rule_id: str, path: Path):
    """Return (regex source, slots) for a pattern string."""
    slots: dict[str, Slot] = {}
    parts: list[str] = []
    for tok in _tokens(pattern):
        if not (tok.startswith("{") and tok.endswith("}")):
            parts.append(tok)
            continue
        body = tok[1:-1]
        if body == "adv":
            parts.append(r"(?:\s*(?:" + alternation(words.get("adv", [])) + r"))*")
            continue
        m = re.fullmatch(r"(gap|ogap|dgap|farx|far|wide)(?::(\d+))?", body)
        if m:
            kind, n = m.group(1), m.group(2)
            if kind == "dgap":   # a description: what it is for may be said (面向, 针对), what it uses not
                parts.append(r"(?:(?!支持|关于|基于|适配|兼容|接入|调用|使用|采用|替代|超越|对标)[^\ue000\ue001，,。；;！!？?：:\n]){0,%s}?"
                             % (n or 30))
                continue
            if kind == "ogap":
                parts.append(r"(?:(?!支持|关于|针对|基于|对于|为了|面向|适配|兼容|接入|调用|使用|采用|替代|超越|对标|以(?![上下来及后前内])|(?<![通应采使适作利运费信实效常专])用(?!户))"
                             r"[^\ue000\ue001，,。；;！!？?：:\n]){0,%s}?" % (n or 10))
                continue
            if kind == "farx":
                # names allowed, but an organisation only inside 基于/借助/通过 … (not a second subject)
                parts.append(r"(?:[^\ue000\ue001，,。；;！!？?\n]|%s|(?:(?<=基于|借助|通过|依托|利用|联合|携手)|(?<=在|与|和|向|对|为|给))\s*%s){0,%s}?"
                             % (_NON_ORG_TOKEN, _ORG_TOKEN, n or 24))
                continue
            if kind == "gap":
                parts.append(r"(?:[^\ue000\ue001，,。；;！!？?：:\n]|%s){0,%s}?" % (_ASIDE_TEXT, n or 10))
            elif kind == "far":
                parts.append(r"(?:[^\ue000\ue001，,。；;！!？?\n]|%s|%s){0,%s}?" % (_ASIDE_TEXT, _TOKEN, n or 24))
            else:
                parts.append(r"(?:[^\ue000\ue001。；;！!？?\n]|%s){0,%s}?" % (_TOKEN, n or 60))
            continue
        if body.startswith("@"):
            name = body[1:]
            if name not in words:
                raise RuleError(f"{path}: rule {rule_id!r}: unknown word list {name!r}")
            # a verb right before a bracket is a label in a list: 平台（…）、应用（SpaceX 星链）
            label = r"(?!\s*[（(])" if name in _VERB_LISTS else ""
            parts.append("(?:" + alternation(words[name]) + ")" + label)
            continue
        m = re.fullmatch(r"([A-Za-z]\w*)(\+\+|\+|\?)?:([A-Z|]+)", body)
        if not m:
            raise RuleError(f"{path}: rule {rule_id!r}: cannot read {tok!r}")
        name, mark, cls = m.group(1), m.group(2) or "", m.group(3)
        classes = tuple(cls.split("|"))
        bad = [c for c in classes if c not in CLASS_OF_CODE and c != "UNK"]
        if bad:
            raise RuleError(f"{path}: rule {rule_id!r}: unknown class {bad[0]!r}")
        if name in slots or name in IMPLICIT:
            raise RuleError(f"{path}: rule {rule_id!r}: slot {name!r} used twice or reserved")
        kind = {"": "one", "+": "list", "++": "loose", "?": "optional"}[mark]
        slots[name] = Slot(name, classes, kind)
        tail = ""   # a class noun after a name (模型, 公司 ...) is part of its slot token, see tag()
        if kind == "one":
            piece = _mention_re(classes, name) + tail
        elif kind == "optional":
            piece = "(?:" + _mention_re(classes, name) + tail + ")?"
        else:
            owner = "" if "ORG" in classes else r"(?:" + _ORG_TOKEN + r"\s*)?"
            item = owner + _QUOTE_OPEN + _mention_re(classes, None) + _QUOTE_CLOSE + tail + _ASIDE + (_item_end() if kind == "loose" else "")
            # an item may carry a short noun after it before the separator ("A 机械臂与 B 平台"); in a
            # loose list a short descriptor may follow the separator ("A、B 和开源旗舰 C") and an owner
            # may stand before what it owns ("淡马锡旗下 Vertex"), but other words alone between two
            # names make no list ("X 或获国家 Y")
            loose = kind == "loose"
            descriptor = r"(?:[^\ue000\ue001，,。；;：:\n]{0,14}?)" if loose else ""
            noun = r"(?:[^\ue000\ue001，,。；;：:\n、]{0,8}?)" if loose else _ITEM_NOUN   # A 与 B 的产业投资方、C
            owned = r"(?:(?:旗下(?:的)?|" + GROUP_MARK + r")\s*)?" if loose else ""
            sep = r"(?:" + noun + _SEP_WORD + descriptor + r"|\s*" + owned + ")"
            piece = f"(?P<{name}>{item}(?:{sep}{item})*)"
        parts.append(piece)
    return r"\s*".join(parts), slots


def _triples(items, rule_id, path, names) -> list[tuple[str, str, str]]:
    out = []
    for t in items or []:
        if not isinstance(t, (list, tuple)) or len(t) != 3:
            raise RuleError(f"{path}: rule {rule_id!r}: bad triple {t!r}")
        s, p, o = (str(x) for x in t)
        if p not in PREDICATES:
            raise RuleError(f"{path}: rule {rule_id!r}: unknown predicate {p!r}")
        for x in (s, o):
            if names is not None and x not in names and x not in IMPLICIT:
                raise RuleError(f"{path}: rule {rule_id!r}: emit names unknown slot {x!r}")
        out.append((s, p, o))
    return out


def _read(path: Path) -> dict:
    try:
        return load_yaml(path) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: {exc}".splitlines()[0]) from None


@lru_cache(maxsize=1)
def _project_rules() -> dict:
    """The project's rules file, parsed once per process."""
    return _read(RULES_PATH)


def word_list(name: str) -> list[str]:
    """Return the project's word list ``name`` (``words:`` in relations.yaml), e.g. the verbs of
    buying, for code that reads the same words outside a rule.

    >>> "收购" in word_list("acquire")
    True"""
    return [str(w) for w in (_project_rules().get("words") or {}).get(name) or []]


def read_rules(path: Path = RULES_PATH) -> list[Rule]:
    """Read and compile a rules file; raise :class:`RuleError` on a bad one."""
    data = _project_rules() if path == RULES_PATH else _read(path)
    words = {k: [str(w) for w in v] for k, v in (data.get("words") or {}).items()}
    rules = []
    seen = set()
    for item in data.get("rules") or []:
        rid = str(item.get("id") or "")
        if not rid or rid in seen:
            raise RuleError(f"{path}: a rule has no id or a duplicate id ({rid!r})")
        seen.add(rid)
        pred = str(item.get("predicate") or "")
        if pred not in PREDICATES:
            raise RuleError(f"{path}: rule {rid!r}: unknown predicate {pred!r}")
        if "\n" in str(item.get("pattern") or ""):   # a YAML "\n" is a line break, which splits a token
            raise RuleError(f"{path}: rule {rid!r}: the pattern holds a line break (write \\\\n for one)")
        source, slots = _compile_pattern(str(item.get("pattern") or ""), words, rid, path)
        header = header_slots = None
        if item.get("header"):
            hsrc, header_slots = _compile_pattern(str(item["header"]), words, rid, path)
            header = re.compile(hsrc)
        names = set(slots) | set(header_slots or {})
        emit = _triples(item.get("emit"), rid, path, names) or [("S", pred, "O")]
        for s, _, o in emit:
            for x in (s, o):
                if x not in names and x not in IMPLICIT:
                    raise RuleError(f"{path}: rule {rid!r}: emit names unknown slot {x!r}")
        if item.get("spread") and "O" not in slots:
            raise RuleError(f"{path}: rule {rid!r}: 'spread' needs an O slot")
        unknown = item.get("unknown")
        for slot_name, cls in (unknown.items() if isinstance(unknown, dict) else [(None, unknown)]):
            if slot_name is not None and slot_name not in names:
                raise RuleError(f"{path}: rule {rid!r}: 'unknown' names unknown slot {slot_name!r}")
            if cls and cls not in CODES:
                raise RuleError(f"{path}: rule {rid!r}: 'unknown' must be a core class, not {cls!r}")
        try:
            regex = re.compile(source)
        except re.error as exc:
            raise RuleError(f"{path}: rule {rid!r}: bad pattern ({exc})") from None
        anchors = anchor_words(str(item.get("pattern") or ""), words)
        rules.append(Rule(
            id=rid, predicate=pred, pattern=str(item.get("pattern")), regex=regex, slots=slots,
            anchor=re.compile(alternation(anchors)) if anchors else None, anchor_words=tuple(anchors),
            emit=emit, unknown=unknown, header=header, header_slots=header_slots or {},
            require=item.get("require"), spread=bool(item.get("spread")), hosts=_hosts(item.get("hosts"), words, rid, path),
            example=str(item.get("example") or ""),
            story=str(item.get("story") or ""),
            expect=_triples(item.get("expect"), rid, path, None)))
    return rules


def _hosts(value, words: dict[str, list[str]], rule_id: str, path: Path) -> re.Pattern | None:
    """``hosts: true`` -> a pattern that always matches; ``hosts: LIST`` -> the words of word list LIST."""
    if not value:
        return None
    if value is True:
        return re.compile("")
    if str(value) not in words:
        raise RuleError(f"{path}: rule {rule_id!r}: 'hosts' is true or a word list, not {value!r}")
    return re.compile(alternation(words[str(value)]))


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Return the project's compiled rules (read once per process)."""
    return tuple(read_rules())


# ------------------------------------------------------------------ matching

def tag(sentence: str, mentions: list[Mention]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Return ``sentence`` with every mention replaced by its slot token, and the token spans.

    A class noun right after a name (模型, 公司, 芯片 …, see ``lexicon.yaml:
    class_cues``) is swallowed into the name's token, so "Nova-7 大模型" is one
    slot. The spans are (tagged start, tagged end, plain start, plain end) per token.
    """
    lex = load_lexicon()
    out = []
    spans = []
    last = 0
    length = 0
    for i, m in enumerate(mentions):
        if m.start < last:
            continue
        piece = sentence[last:m.start]
        out.append(piece)
        length += len(piece)
        end = m.end
        k = end
        while k < len(sentence) and sentence[k] == " ":
            k += 1
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
        cue = lex.cue_at(sentence, k)
        if cue and k + len(cue) <= nxt and not (lex.cue_before(cue) == ORG and m.classes[:1] in ((PRD,), (MOD,), (PER,))):
            end = k + len(cue)   # but 千问团队 stays a product and a team: the team is not the product,
            # and 周明团队 is a person's group, not the person
        token = f"{OPEN}{i}:{m.code}{CLOSE}"
        out.append(token)
        spans.append((length, length + len(token), m.start, end))
        length += len(token)
        last = end
    out.append(sentence[last:])
    return "".join(out), spans


_IDX = re.compile(OPEN + r"(\d+):")
_CANDIDATES: dict = {}   # (rules, class codes present) -> rules that can match
_CODES_RE = re.compile(r"\d+:([A-Z,]+)" + CLOSE)


_AUTOMATA: dict = {}


def _anchors_in(text: str, rules) -> set[str]:
    """Return the ids of the rules one of whose anchor words occurs in ``text`` (one automaton pass)."""
    auto = _AUTOMATA.get(id(rules))
    if auto is None:
        import ahocorasick
        auto = ahocorasick.Automaton()
        owners: dict[str, set[str]] = {}
        for r in rules:
            for w in r.anchor_words:
                owners.setdefault(w, set()).add(r.id)
        for w, ids in owners.items():
            auto.add_word(w, frozenset(ids))
        if owners:
            auto.make_automaton()
        _AUTOMATA[id(rules)] = auto = (auto if owners else None)
    if auto is None:
        return set()
    found: set[str] = set()
    for _, ids in auto.iter(text):
        found |= ids
    return found


def _needs(rule: Rule) -> list[frozenset[str]]:
    """For each required slot of a rule, the class codes one of which the sentence must carry."""
    return [frozenset(s.classes) for s in rule.slots.values() if s.kind != "optional"]


def match_rules(tagged: str, rules, header_tagged: str | None = None) -> list[Binding]:
    """Return every rule binding in a tagged sentence (and its tagged list header)."""
    out = []
    if OPEN not in tagged:
        return out
    codes = frozenset(c for group in _CODES_RE.findall(tagged) for c in group.split(","))
    key = (id(rules), codes)
    candidates = _CANDIDATES.get(key)
    if candidates is None:
        candidates = [r for r in rules if all(need & codes for need in _needs(r))]
        _CANDIDATES[key] = candidates
    present = _anchors_in(tagged, rules)
    for rule in candidates:
        if rule.anchor is not None and rule.id not in present:
            continue
        hslots: dict[str, list[int]] = {}
        if rule.header is not None:
            if header_tagged is None:
                continue
            hm = rule.header.search(header_tagged)
            if not hm:
                continue
            hslots = _bound(hm, rule.header_slots)
        for m in rule.regex.finditer(tagged):
            out.append(Binding(rule, _bound(m, rule.slots), hslots, m.start(), m.end()))
    return out


def _bound(match: re.Match, slots: dict[str, Slot]) -> dict[str, list[int]]:
    """Return the mention indices each slot of ``slots`` bound in ``match``."""
    out = {}
    for name, slot in slots.items():
        g = match.group(name)
        if g is None:
            out[name] = []
        elif slot.kind in ("list", "loose"):
            out[name] = [int(x) for x in _IDX.findall(_ASIDE_IN_LIST.sub(_alias_or_nothing, g))]
        else:
            out[name] = [int(g)]
    return out


def _alias_or_nothing(aside: re.Match) -> str:
    """Keep a list item's bracketed aside when it is another name of the item, else drop it."""
    return aside.group(1) if _ALIAS_ASIDE.fullmatch(aside.group(1)) else ""


def tagged_offset(spans: list[tuple[int, int, int, int]], pos: int) -> int:
    """Map a position in the tagged sentence back to the plain sentence (see :func:`tag`)."""
    shift = 0
    for ta, tb, pa, pb in spans:
        if tb <= pos:
            shift += (tb - ta) - (pb - pa)
        elif ta < pos:
            return pa
        else:
            break
    return pos - shift
