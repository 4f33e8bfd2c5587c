"""Entity resolution: one key per real-world thing across names, languages and stories.

A mention resolved to a gazetteer entry takes the entry's key (英伟达,
NVIDIA and Nvidia are all ``nvidia``). A discovered name takes a key made
from its name; within an article, every mention whose folded name (case,
spaces, ``-_.·`` ignored) and class agree gets the same key, and a name
given in brackets beside it (智平方（AI² Robotics）) joins it. Every surface
form seen becomes an alias, so the graph carries all names the text used.

>>> from kg.extract.recognize import Recognizer
>>> r, res = Recognizer(), Resolver()
>>> keys = {res.resolve(m, m.classes[0]) for s in ("英伟达发布", "NVIDIA 发布", "Nvidia 称") for m in r.find(s)}
>>> sorted(keys)
['nvidia']
"""
from __future__ import annotations

import re

from kg.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from kg.extract.lexicon import load_lexicon
from kg.extract.recognize import Mention
from kg.extract.text import canonical_case, display_name, fold, is_han, slugify
from kg.model import Entity

_TAILS = re.compile(r"\s*(?:系列|版本|正式版|家族)$")


def has_han(text: str) -> bool:
    return any(is_han(c) for c in text)


class Resolver:
    """Resolve mentions to entity keys for one article and build their :class:`Entity` records."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.lex = load_lexicon()
        self._by_name: dict[tuple[str, str], str] = {}   # (class, folded name) -> key
        self._cls: dict[str, str] = {}                   # key -> class
        self._entry: dict[str, Entry] = {}               # key -> gazetteer entry
        self._names: dict[str, list[str]] = {}           # key -> names seen, first is canonical
        self._extra: dict[str, set[str]] = {}            # key -> aliases that are never labels
        self._maker: dict[str, str] = {}                 # key -> maker org key (family versions)
        self._shared: dict[str, dict[str, set[str]]] = {}  # key -> name it was called by -> other readings

    def resolve(self, mention: Mention, cls: str) -> str:
        """Return the entity key of ``mention`` read as class ``cls`` (and remember its names)."""
        entry = mention.entries.get(cls)
        if entry is not None:
            key = entry.key
            self._entry[key] = entry
            self._cls[key] = cls
            owners = {e.key for e in self.gaz.lookup(mention.text)}
            if not owners or key in owners:   # not a name of another reading (寒武纪 the chip)
                self._remember(key, mention.text)
            else:   # a name of the chip too: it names the company only if the chip stays unnamed
                self._shared.setdefault(key, {}).setdefault(mention.text.strip(), set()).update(owners)
            return key
        name = _TAILS.sub("", mention.name).strip() or mention.name
        known = next((e for e in self.gaz.lookup(name) if e.cls == cls), None)
        if known is not None:   # a discovered form of a curated name ("Claude AI" -> Claude)
            self._entry[known.key] = known
            self._cls[known.key] = cls
            self._remember(known.key, mention.text)
            return known.key
        folded = fold(name)
        key = self._by_name.get((cls, folded))
        if key is None and mention.alias:
            key = self._by_name.get((cls, fold(mention.alias)))
        if key is None and cls == "Person":
            key = self._same_person(name)
        if key is None and (None, folded) in self._by_name:
            # a discovered name keeps the class it was first given in the article
            # (Helix 02 系统 … Helix 02 的架构): one node, not one per reading
            key = self._by_name[(None, folded)]
            self._remember(key, mention.text)
            return key
        if key is None:
            key = slugify(name)
            if key in self.gaz.entries or (key in self._cls and self._cls[key] != cls):
                key = f"{key}-{cls.lower()}"
            self._cls[key] = cls
        self._by_name[(cls, folded)] = key
        self._by_name.setdefault((None, folded), key)
        if mention.family is not None and mention.family.maker:
            self._maker.setdefault(key, mention.family.maker)
        elif mention.owner and cls in ("AIModel", "Product", "Chip"):
            self._maker.setdefault(key, mention.owner)   # DeepSeek-V4: made by the name it starts with
        self._remember(key, name)
        self._remember(key, mention.text)
        if mention.full:
            self._extra.setdefault(key, set()).add(mention.full)
            self._by_name.setdefault((cls, fold(mention.full)), key)
        if mention.cue and cls in ("Product", "Chip") and not has_han(name):
            # EAI机器人: the bare name with the noun after it is another name (not a label)
            self._extra.setdefault(key, set()).add(name + mention.cue)
        if mention.alias:
            self._by_name[(cls, fold(mention.alias))] = key
            self._remember(key, mention.alias)
        return key

    def _same_person(self, name: str) -> str | None:
        """The person already met whose Latin name is ``name`` in full or by surname alone
        (John Jumper … Jumper, either order): the one such person, else None."""
        words = name.lower().split()
        if not words or not re.fullmatch(r"[a-z][a-z.'-]*", words[-1]) or has_han(name):
            return None
        found = set()
        for key, names in self._names.items():
            if self._cls.get(key) != "Person":
                continue
            same = [n.lower().split() for n in names if n.lower().split()[-1:] == words[-1:]]
            if len(words) == 1 and any(len(w) > 1 for w in same):
                found.add(key)   # Jumper after John Jumper
            elif len(words) > 1 and any(len(w) == 1 for w in same) and not any(len(w) > 1 for w in same):
                found.add(key)   # John Jumper after Jumper (not after Anna Berg … Berg: Peter Berg is another)
        return found.pop() if len(found) == 1 else None

    def add_alias(self, key: str, name: str) -> None:
        """Record another surface form of an already resolved entity."""
        if key in self._cls:
            self._remember(key, name)

    def _remember(self, key: str, name: str) -> None:
        names = self._names.setdefault(key, [])
        name = name.strip()
        if name and name not in names:
            names.append(name)

    def entity(self, key: str) -> Entity:
        """Return the :class:`Entity` of a resolved key, with every name seen as an alias."""
        cls = self._cls[key]
        seen = self._names.get(key, [])
        entry = self._entry.get(key)
        if entry is not None:
            # 摩尔线程 for the company in an article that never names its chip line: the name is the
            # company's here (annotation guide: the two are kept apart only when both occur)
            seen = seen + [n for n, others in self._shared.get(key, {}).items() if not others & self._cls.keys()]
            aliases = frozenset(n for n in (*entry.names, *seen) if n not in (entry.zh, entry.en))
            return Entity(key=key, cls=cls, label_zh=entry.zh, label_en=entry.en, aliases=aliases,
                          same_as=entry.qid, subclass=entry.subclass)
        # one label per language, spelled the same in every article (display_name);
        # every spelling seen is an alias
        def label(n: str) -> str:
            if cls in ("AIModel", "Product", "Chip"):
                return display_name(n) if re.search(r"\d", n) else canonical_case(" ".join(n.split()))
            return " ".join(n.split())
        zh = next((label(n) for n in seen if has_han(n)), None)
        en = next((label(n) for n in seen if not has_han(n)), None)
        aliases = frozenset(n for n in (*seen, *self._extra.get(key, ())) if n not in (zh, en))
        return Entity(key=key, cls=cls, label_zh=zh, label_en=en, aliases=aliases)

    def entry_of(self, key: str) -> Entry | None:
        """Return the gazetteer entry behind a key, if any."""
        return self._entry.get(key)

    def reclass(self, key: str, cls: str) -> bool:
        """Give a discovered entity (not a gazetteer one) the class ``cls``; return whether it could."""
        if key in self._entry or key in self.gaz.entries:
            return self._cls.get(key) == cls
        self._cls[key] = cls
        return True

    def maker_of(self, key: str) -> str | None:
        """Return the organisation key known to make a model/product/chip (gazetteer or family)."""
        entry = self._entry.get(key)
        return (entry.maker if entry else None) or self._maker.get(key)

    def related(self, a: str, b: str) -> bool:
        """True when organisations ``a`` and ``b`` are one, or parent and unit, per the gazetteer,
        or one's name opens with the other's (Google Cloud and Google, 华为云 and 华为)."""
        if a == b:
            return True
        ea, eb = self.gaz.get(a), self.gaz.get(b)
        return bool((ea and ea.parent == b) or (eb and eb.parent == a)
                    or (ea and eb and ea.parent and ea.parent == eb.parent)
                    or (ea and eb and (_named_after(ea, eb) or _named_after(eb, ea))))

    def class_of(self, key: str) -> str | None:
        return self._cls.get(key)


def _named_after(unit: Entry, owner: Entry) -> bool:
    """True when ``unit``'s name is ``owner``'s name and more: Google Cloud / Google, 谷歌云 / 谷歌."""
    for u, o in ((unit.en, owner.en), (unit.zh, owner.zh)):
        if not u or not o or len(o) < 2 or not u.startswith(o) or u == o:
            continue
        if not o.isascii() or u[len(o)] == " ":   # a whole Latin word: Google Cloud, not Googleplex
            return True
    return False
