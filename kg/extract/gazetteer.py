"""The curated gazetteer: known entities and their names, as data.

``ontology/gazetteer.yaml`` lists one entry per real-world thing (class,
Chinese and English names, aliases, optional Wikidata QID, maker/parent).
:class:`Gazetteer` loads it once, checks that no name is given to two
entries, and finds every name in a text with one Aho-Corasick automaton
(pyahocorasick), leftmost-longest, respecting word edges for Latin names.

>>> gaz = load_gazetteer()
>>> [(m.start, m.end, m.entry.key) for m in gaz.find("英伟达与 Nvidia 是一家")]
[(0, 3, 'nvidia'), (5, 11, 'nvidia')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick
import yaml

from kg.extract.text import fold, is_latin_char

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when available: 10x faster


def load_yaml(path: Path):
    """Return the data of a YAML file (safe loader, the C one when PyYAML has it)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)

ONTOLOGY = Path(__file__).resolve().parent.parent.parent / "ontology"
GAZETTEER_PATH = ONTOLOGY / "gazetteer.yaml"
LEXICON_PATH = ONTOLOGY / "lexicon.yaml"

CLASS_ORDER = ("Organization", "Person", "AIModel", "Product", "Chip")


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message names file and entry."""


@dataclass(frozen=True)
class Entry:
    """One curated entity (or one class reading of it)."""

    key: str
    cls: str
    zh: str | None = None
    en: str | None = None
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    subclass: str | None = None
    maker: str | None = None     # organisation key (models, products, chips)
    parent: str | None = None    # organisation key (organisations)
    family: bool = False
    company: str | None = None   # for a chip-platform reading: the company key
    established: bool = False    # a platform launched long ago (微信, Android): named, not released, in the news
    leads: tuple[str, ...] = ()  # people: the organisations they are known to head or to have founded
    as_chip: str | None = None   # organisations: the Chip entry their name stands for in a chip slot

    @property
    def names(self) -> list[str]:
        """Return every name of the entry: zh, en, then aliases."""
        out = []
        for n in (self.zh, self.en, *self.aliases):
            if n and n not in out:
                out.append(n)
        return out

    @property
    def owner(self) -> str | None:
        """Return the key of the organisation that owns this entry, if known."""
        return self.maker or self.parent or self.company


@dataclass(frozen=True)
class GazetteerMatch:
    """A name of the gazetteer found in a text: ``text[start:end]``."""

    start: int
    end: int
    surface: str
    entries: tuple[Entry, ...]   # every reading of the name, primary first

    @property
    def entry(self) -> Entry:
        return self.entries[0]


@dataclass
class Gazetteer:
    """Entries by key, names by folded form, and the automaton over names."""

    entries: dict[str, Entry] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=dict)  # folded name -> entry keys
    masks: tuple[str, ...] = ()
    _automaton: object = None

    # ---------------------------------------------------------------- lookups
    def lookup(self, name: str) -> list[Entry]:
        """Return the entries one of whose names folds to ``name``'s folded form."""
        return [self.entries[k] for k in self.by_name.get(fold(name), ())]

    def get(self, key: str) -> Entry | None:
        """Return the entry with ``key`` (or None)."""
        return self.entries.get(key)

    def is_composite(self, entry: Entry, name: str) -> bool:
        """True when ``name`` is the owner's name followed by another name of ``entry``.

        Such names (腾讯元宝, 谷歌DeepMind, 英伟达A100) are not matched as one
        piece: the text then shows the owner and the entry side by side,
        which is what the adjacency rules read.
        """
        owner = self.entries.get(entry.owner) if entry.owner else None
        if owner is None or entry.cls == "Organization":
            return False
        for oname in owner.names:
            if name.startswith(oname) and len(name) > len(oname):
                rest = name[len(oname):].strip()
                if any(fold(rest) == fold(n) for n in entry.names if n != name):
                    return True
        return False

    # ---------------------------------------------------------------- matching
    def automaton(self):
        """Return the Aho-Corasick automaton over lower-cased names (built once)."""
        if self._automaton is None:
            auto = ahocorasick.Automaton()
            variants: dict[str, list] = {}
            for folded, keys in self.by_name.items():
                for key in keys:
                    for name in self.entries[key].names:
                        if fold(name) != folded or self.is_composite(self.entries[key], name):
                            continue
                        for v in _spacing_variants(name):
                            variants.setdefault(v.lower(), [])
                            item = (v, key)
                            if item not in variants[v.lower()]:
                                variants[v.lower()].append(item)
            for low, items in variants.items():
                auto.add_word(low, ("name", low, tuple(items)))
            for m in self.masks:
                auto.add_word(m.lower(), ("mask", m.lower(), ()))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def find(self, text: str) -> list[GazetteerMatch]:
        """Return the names of the gazetteer in ``text``, leftmost-longest, not overlapping.

        A Latin name must not touch a Latin letter or digit on either side
        ("Meta" is not found in "Metaverse", "GLM-5" not in "GLM-5.1"); a
        short all-capitals name ("SK", "AMD") must match its case exactly.
        """
        low = text.lower()
        if len(low) != len(text):  # a rare character changed length when lower-cased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        found = []
        masks = []
        for end, (kind, word, items) in self.automaton().iter(low):
            start = end - len(word) + 1
            if kind == "mask":
                masks.append((start, end + 1))
                continue
            surface = text[start:end + 1]
            keys = []
            for variant, key in items:
                if _needs_case(variant) and surface != variant:
                    continue
                if surface.islower() and not variant.islower() and _after_latin_word(text, start):
                    continue   # "Thinker cosmos": a lower-case word inside another name, not Cosmos
                if key not in keys:
                    keys.append(key)
            if not keys or not _edges_ok(text, start, end + 1):
                continue
            found.append((start, end + 1, surface, keys))
        found = [f for f in found
                 if not any(ms <= f[0] and f[1] <= me and (f[1] - f[0]) < (me - ms) for ms, me in masks)]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        out: list[GazetteerMatch] = []
        last_end = -1
        for start, end, surface, keys in found:
            if start < last_end:
                continue
            entries = tuple(self.entries[k] for k in keys)
            out.append(GazetteerMatch(start, end, surface, entries))
            last_end = end
        return out


def _needs_case(name: str) -> bool:
    """Latin names of up to three characters, or all-capitals up to four, match their case exactly."""
    if re.search(r"[^\x00-\x7f]", name):
        return False
    compact = name.replace(" ", "")
    return len(compact) <= 3 or (len(compact) <= 4 and compact.upper() == compact)


def _after_latin_word(text: str, start: int) -> bool:
    """True when ``text[start]`` follows a Latin word and one space ("Thinker cosmos")."""
    return start >= 2 and text[start - 1] == " " and text[start - 2].isascii() and text[start - 2].isalnum()


def _edges_ok(text: str, start: int, end: int) -> bool:
    """True when a match does not continue a Latin word or a version number on either side."""
    first, last = text[start], text[end - 1]
    if is_latin_char(first) and start > 0 and is_latin_char(text[start - 1]):
        return False
    if is_latin_char(last) and end < len(text):
        nxt = text[end]
        if is_latin_char(nxt):
            return False
        if nxt in ".-_" and end + 1 < len(text) and text[end + 1].isascii() and text[end + 1].isalnum():
            return False
    return True


def _spacing_variants(name: str) -> list[str]:
    """Return ``name`` as written, without spaces, and with a space between Han and Latin parts."""
    out = [name]
    tight = name.replace(" ", "")
    if tight not in out:
        out.append(tight)
    spaced = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])", " ", tight)
    if spaced not in out:
        out.append(spaced)
    return out


# ------------------------------------------------------------------ loading

def _entry(cls: str, key: str, data: dict, path: Path) -> list[Entry]:
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: entry {key!r} is not a mapping")
    unknown = set(data) - {"zh", "en", "aka", "qid", "sub", "maker", "parent", "family", "chip", "also", "established",
                           "leads", "as_chip"}
    if unknown:
        raise GazetteerError(f"{path}: entry {key!r} has unknown fields {sorted(unknown)}")
    aliases = tuple(str(a) for a in data.get("aka") or ())
    main = Entry(key=key, cls=cls, zh=_s(data.get("zh")), en=_s(data.get("en")), aliases=aliases,
                 qid=_s(data.get("qid")), subclass=_s(data.get("sub")), maker=_s(data.get("maker")),
                 parent=_s(data.get("parent")), family=bool(data.get("family")),
                 established=bool(data.get("established")),
                 leads=tuple(str(k) for k in data.get("leads") or ()),
                 as_chip=_s(data.get("as_chip")) or (f"{key}-chip" if data.get("chip") else None))
    out = [main]
    chip = data.get("chip")
    if chip:
        out.append(Entry(key=f"{key}-chip", cls="Chip", zh=_s(chip.get("zh")), en=_s(chip.get("en")),
                         aliases=tuple(str(a) for a in chip.get("aka") or ()), maker=key, company=key,
                         family=True))   # a platform: "昇腾 950", "MTT S5000" are its chips
    also = data.get("also")
    if also:
        if also not in CLASS_ORDER:
            raise GazetteerError(f"{path}: entry {key!r}: 'also' must be a core class, not {also!r}")
        out.append(Entry(key=f"{key}-{also.lower()}", cls=also, zh=main.zh, en=main.en, aliases=aliases,
                         maker=main.parent or key))
    return out


def _s(v) -> str | None:
    return None if v is None else str(v)


def read_gazetteer(path: Path = GAZETTEER_PATH, lexicon_path: Path = LEXICON_PATH) -> Gazetteer:
    """Read and check a gazetteer file; raise :class:`GazetteerError` on a bad one."""
    try:
        data = load_yaml(path) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise GazetteerError(f"{path}: {exc}".splitlines()[0]) from None
    gaz = Gazetteer()
    for cls, entries in data.items():
        if cls not in CLASS_ORDER:
            raise GazetteerError(f"{path}: unknown class section {cls!r}")
        for key, item in (entries or {}).items():
            for entry in _entry(cls, str(key), item, path):
                if entry.key in gaz.entries:
                    raise GazetteerError(f"{path}: key {entry.key!r} is defined twice")
                gaz.entries[entry.key] = entry
    for entry in gaz.entries.values():
        shared_ok = entry.key.endswith(f"-{entry.cls.lower()}")  # an 'also' reading shares names
        for name in entry.names:
            keys = gaz.by_name.setdefault(fold(name), [])
            others = [k for k in keys if not shared_ok and not gaz.entries[k].key.endswith(
                f"-{gaz.entries[k].cls.lower()}")]
            if others and entry.key not in keys:
                raise GazetteerError(f"{path}: name {name!r} is given to both {others[0]} and {entry.key}")
            if entry.key not in keys:
                keys.append(entry.key)
        for ref in (entry.maker, entry.parent, *entry.leads):
            if ref and ref not in gaz.entries:
                raise GazetteerError(f"{path}: entry {entry.key!r} refers to unknown key {ref!r}")
        if entry.as_chip and getattr(gaz.entries.get(entry.as_chip), "cls", None) != "Chip":
            raise GazetteerError(f"{path}: entry {entry.key!r}: as_chip {entry.as_chip!r} is not a Chip entry")
    # primary reading first: the entry whose own section the name comes from
    for keys in gaz.by_name.values():
        keys.sort(key=lambda k: (gaz.entries[k].key.endswith(f"-{gaz.entries[k].cls.lower()}"),))
    lex = load_yaml(lexicon_path) or {}
    gaz.masks = tuple(lex.get("masks") or ())
    return gaz


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the project gazetteer (read once per process)."""
    return read_gazetteer()
