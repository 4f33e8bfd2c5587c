"""The extraction pipeline: small components with one job each, run in order.

For every story of an article:

1. :func:`~kg.extract.sentences.split_story` cuts it into sentences (title
   first) and marks list items under a header line;
2. :class:`~kg.extract.recognize.Recognizer` finds the names in each
   sentence (gazetteer + discovery), and :mod:`~kg.extract.coref` adds the
   story's subject for 该公司 / 该模型 and keeps track of who the story is about;
3. :mod:`~kg.extract.relations` matches the rules of ``relations.yaml``;
   :func:`~kg.extract.negation.is_negated` vetoes denied facts;
4. :class:`~kg.extract.resolve.Resolver` turns mentions into entity keys,
   one per real-world thing across the whole article;
5. :mod:`~kg.extract.funding` reads amounts, rounds and valuations into
   :class:`~kg.model.FundingRound` records.

>>> from kg.parse import parse_digest
>>> art = parse_digest("---\\ntitle: T\\ndate: 2026-01-02\\n---\\n# T\\n## 星河科技发布 Nova-7\\n星河科技今日发布 Nova-7 大模型。\\n", "d.md")
>>> [(r.subject, r.predicate, r.object) for f in load_pipeline().extract_article(art) for r in f.relations]
[('星河科技', 'releases', 'nova-7')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract.coref import StoryContext, add_coreference, add_dropped_subject, former_employer
from kg.extract.funding import RAISE_VERB, read_funding
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import Lexicon, alternation
from kg.extract.negation import is_negated
from kg.extract.recognize import CODES, LIST_SEPARATOR, Mention, Recognizer
from kg.extract.relations import (CLASS_OF_CODE, GROUP_MARK, Binding, load_rules, match_rules, tag, tagged_offset,
                                  word_list)
from kg.extract.resolve import Resolver
from kg.extract.sentences import Sentence, split_story
from kg.extract.text import fold
from kg.model import Article, Entity, FundingRound, Relation, Story, StoryFacts

ORG, PER, MOD, PRD, CHP = "Organization", "Person", "AIModel", "Product", "Chip"

#: what each predicate may link: subject classes, object classes
SIGNATURES = {
    "investsIn": ({ORG, PER}, {ORG}),
    "releases": ({ORG}, {MOD, PRD}),
    "runsOn": ({MOD, PRD}, {CHP}),
    "manufactures": ({ORG}, {CHP}),
    "partnersWith": ({ORG}, {ORG}),
    "acquires": ({ORG}, {ORG, PRD}),
    "subsidiaryOf": ({ORG}, {ORG}),
    "basedOn": ({MOD, PRD}, {MOD, PRD}),
    "ceoOf": ({PER}, {ORG}),
    "founderOf": ({PER}, {ORG, PRD}),
    "worksFor": ({PER}, {ORG}),
    "sues": ({ORG, PER}, {ORG}),
    "uses": ({ORG}, {MOD, PRD, CHP}),
}

#: what a gazetteer maker named beside its thing in one sentence gives
MAKER_PREDICATE = {MOD: "releases", PRD: "releases", CHP: "manufactures", ORG: "subsidiaryOf"}

#: after a name: it qualifies the next name (OpenAI 支持的 X 完成融资), it is not the one raising
_BACKER_OF = re.compile(r"\s*(?:支持|投资|孵化|参投|领投|押注|背书|持股)的")
#: after a name: it is an investor (星河资本领投 Lumio 种子轮), not the one raising
_INVESTS_NEXT = re.compile(r"\s*(?:等)?\s*(?:联合|共同)?\s*(?:领投|跟投|参投|注资|独家投资|战略投资)"
                           r"|\s*[（(][^（()）]{0,8}轮[^（()）]{0,8}[）)]\s*(?:[、，,。；;]|$)")
#   (领投——星河资本（A 轮）、…: the round a backer led; not 北辰智能（A 轮，2 亿元）：…, the one raising)
#: after a name: it founded the company raising the money (斯坦福团队成立公司获 1 亿美元融资), it is not that company
_FOUNDS_COMPANY = re.compile(r"[^，,。；;]{0,12}?(?:成立|创立|创办|组建)了?(?:新|一家)?(?:公司|企业|初创)")
#: what a size or a tier adds to a released model's name to name one of its variants (-27B, -Flash)
_VARIANT = re.compile(r"\d+(?:\.\d+)?[bmkt](?:a\d+(?:\.\d+)?b)?|mini|pro|max|flash|lite|plus|ultra|turbo|air")   # folded
#: a clause that opens with raising money and names no one: its subject is the story's company
_DROPPED_RAISER = re.compile(r"\s*(?:[-*+]\s*)?(?:今年|去年|此前|近日|日前|最近)?(?:\d{1,2}月|年初|年底)?(?:初|底|中旬)?\s*"
                             r"(?:已|刚刚|宣布)?(?:完成|获得|拿下|筹集|募集)")
_FUNDING_WORD = re.compile(r"融资|募资|筹资|募集|筹集|(?:种子|天使|Pre-?[A-Z]\+?|[A-F]\+{0,2}|战略)\s?轮|获投|战略投资")


@dataclass
class _Analysed:
    """One sentence with its mentions, tagged text and the classes rules gave its mentions."""

    sentence: Sentence
    mentions: list[Mention]
    tagged: str
    spans: list = field(default_factory=list)
    assigned: dict[int, str] = field(default_factory=dict)


class Pipeline:
    """Recognizer, rules, resolver and funding reader, loaded once and reused for every article."""

    def __init__(self, recognizer: Recognizer | None = None, rules=None) -> None:
        self.recognizer = recognizer or Recognizer()
        self.rules = tuple(rules) if rules is not None else load_rules()
        self.gaz = load_gazetteer()

    # ------------------------------------------------------------ articles
    def extract_article(self, article: Article) -> list[StoryFacts]:
        """Return one :class:`StoryFacts` per story of ``article``. A summary story keeps only
        the facts no body story states (the summary repeats the day's news: a fact told in a
        story and again in the summary is one piece of evidence, not two)."""
        facts = self._stories(article.stories)
        told = {(r.subject, r.predicate, r.object) for f in facts if f.story.kind != "summary" for r in f.relations}
        for f in facts:
            if f.story.kind == "summary":
                f.relations = [r for r in f.relations if (r.subject, r.predicate, r.object) not in told]
                f.fundings = []   # rounds are read from the stories, with their amounts and investors
                used = {r.subject for r in f.relations} | {r.object for r in f.relations}
                f.entities = {k: e for k, e in f.entities.items() if k in used}
        return facts

    def extract_story(self, story: Story) -> StoryFacts:
        """Return the facts of one story on its own (entities included)."""
        return self._stories([story])[0]

    def _stories(self, stories: list[Story]) -> list[StoryFacts]:
        """Extract ``stories`` with one resolver, so one name is one entity across them."""
        resolver = Resolver(self.gaz)
        named: set[str] = set()   # the organisations the article names on their own
        facts = [self._story(story, resolver, named) for story in stories]
        for f in facts:
            f.relations = _stated_subsidiaries(f.relations, named, resolver, self.recognizer.lex)
            f.relations = [r for r in f.relations if not _established_beside(r, resolver)]
            f.relations = [r for r in f.relations if not _role_elsewhere(r, resolver)]
            # a name read as two classes in one article keeps one node; a relation bound to it
            # under the other reading no longer fits its predicate's classes
            f.relations = [r for r in f.relations if _fits(r, resolver)]
        _drop_weaker_roles(facts)
        for f in facts:
            used = {r.subject for r in f.relations} | {r.object for r in f.relations}
            for fr in f.fundings:
                used.add(fr.investee)
                used.update(fr.investors)
            f.entities = {k: resolver.entity(k) for k in sorted(used)}
        return facts

    # ------------------------------------------------------------ stories
    def _story(self, story: Story, resolver: Resolver, named: set[str]) -> StoryFacts:
        facts = StoryFacts(story=story)
        analysed: list[_Analysed] = []
        for sent in split_story(story):
            mentions = self.recognizer.find(sent.text, lead_name=sent.header or False)
            analysed.append(_Analysed(sent, mentions, ""))
            named.update(m.entries[ORG].key for m in mentions if ORG in m.entries)
        ctx = StoryContext.of([(a.sentence, a.mentions) for a in analysed], resolver)
        story_org = ctx.org
        by_text = {a.sentence.text: a for a in analysed}
        labels = [self._label_org(a, by_text, resolver) for a in analysed]
        for a, label in zip(analysed, labels):
            here = replace(ctx, org=label) if label else ctx
            add_coreference(a.sentence.text, a.mentions, here, resolver)
            add_dropped_subject(a.sentence.text, a.mentions, here, resolver)
            a.tagged, a.spans = tag(a.sentence.text, a.mentions)
        self._find_investee(analysed, ctx, resolver)
        relations: list[Relation] = []
        for n, a in enumerate(analysed):
            ctx.advance(a.sentence, a.mentions, resolver)
            header = by_text.get(a.sentence.header) if a.sentence.header else None
            here = replace(ctx, org=labels[n]) if labels[n] else ctx
            for b in match_rules(a.tagged, self.rules, header.tagged if header else None):
                emitted = self._emit(b, a, header, here, resolver)
                relations.extend(emitted)
                if b.rule.spread and emitted:
                    relations.extend(self._spread(emitted[0], b.rule, analysed, n, resolver))
            relations.extend(self._maker_beside(a, resolver))
        relations.extend(self._maker_in_story(analysed, ctx, resolver))
        if story_org:
            relations.extend(self._story_makes(analysed, story_org, resolver))
        relations.extend(self._released_variants(analysed, relations, resolver))
        facts.relations = _drop_self_use(_dedupe(_drop_placed_makers(relations, resolver)))
        facts.fundings = self._fundings(analysed, ctx, facts.relations, resolver)
        return facts

    def _label_org(self, a: _Analysed, by_text: dict[str, _Analysed], resolver: Resolver) -> str | None:
        """Return the organisation a line's label names, when the label is only that name ("腾讯："
        then "- 发布 WorkBuddy …", "百度：" then "- 发布红手指 Operator"), else None. A digest groups
        news by company this way; the lines leave their subject out, and it is that organisation,
        not the story's."""
        label = by_text.get(a.sentence.label) if a.sentence.label else None
        if label is None or len(label.mentions) != 1 or ORG not in label.mentions[0].classes[:1]:
            return None
        m = label.mentions[0]
        if not re.fullmatch(r"[\s*]*[：:][\s*]*", label.sentence.text[:m.start] + label.sentence.text[m.end:]):
            return None
        return self._bind(label, 0, ("ORG",), None, resolver)

    def _released_variants(self, analysed: list[_Analysed], relations: list[Relation],
                           resolver: Resolver) -> list[Relation]:
        """Return a releases triple for every model the story names as a size or tier of one
        it says is released: 星河发布 Nova-5 系列 … Nova-5-27B 成功率 72% -> 星河 releases Nova-5-27B."""
        makers: dict[str, tuple[str, set[str]]] = {}   # folded name -> (model, its makers)
        for r in relations:
            if r.predicate == "releases" and resolver.class_of(r.object) == MOD:
                makers.setdefault(fold(resolver.entity(r.object).name), (r.object, set()))[1].add(r.subject)
        out = []
        for a in analysed:
            for i, m in enumerate(a.mentions):
                cls = a.assigned.get(i) or (m.classes[0] if m.classes else None)
                if cls != MOD or m.known:
                    continue
                base = next((b for b in makers if len(b) >= 3 and _variant_of(m.text, b)), None)
                key = self._bind(a, i, ("MOD",), None, resolver) if base else None
                if key and key != makers[base][0]:
                    out.extend(Relation(maker, "releases", key, a.sentence.text, "releases-variant")
                               for maker in sorted(makers[base][1]))
        return out

    def _spread(self, first: Relation, rule, analysed: list[_Analysed], n: int,
                resolver: Resolver) -> list[Relation]:
        """"连发三款模型：A 轻量版，…；B 旗舰版…；C …": the name opening each "；" part after the
        matched one is an object of the same subject."""
        out = []
        while n + 1 < len(analysed) and analysed[n].sentence.text.rstrip().endswith(("；", ";")):
            n += 1
            nxt = analysed[n]
            lead = len(nxt.sentence.text) - len(nxt.sentence.text.lstrip())
            i = next((i for i, m in enumerate(nxt.mentions) if m.start == lead), None)
            if i is None:
                continue
            key = self._bind(nxt, i, rule.slots["O"].classes, rule.unknown_class("O"), resolver)
            if key and resolver.class_of(key) in SIGNATURES[rule.predicate][1]:
                out.append(Relation(first.subject, rule.predicate, key, nxt.sentence.text, rule.id))
        return out

    def _story_makes(self, analysed: list[_Analysed], org: str, resolver: Resolver) -> list[Relation]:
        """星海图完成融资 … 世界模型 Fast-WAM 将延迟压到 190 毫秒: a new model, product or chip
        named in a story about one organisation, in a sentence that names no other organisation
        and compares nothing, is that organisation's."""
        out = []
        lines: dict[str, str] = {}   # the line (MAI of MAI-Voice-2) of each name claimed -> its class
        for a in analysed:
            text = a.sentence.text
            if _COMPARED.search(text) or any(
                    m.ref is None and ORG in m.classes[:1] and (not m.known or resolver.resolve(m, ORG) != org)
                    for m in a.mentions):
                continue   # it compares, or names another organisation
            taken, taken_cls = -1, None   # the last mention claimed: a list goes on from it (机器人 R1 Pro 和 R1 Lite)
            for i, m in enumerate(a.mentions):
                cls = a.assigned.get(i) or (m.classes[0] if m.classes else None)
                listed = taken == i - 1 >= 0 and bool(_LIST_GLUE.fullmatch(text[a.mentions[i - 1].end:m.start]))
                if listed and cls is None:
                    cls = taken_cls   # an unclassed list item is of the kind of the one before
                line = hit.group(1).lower() if (hit := _LINE.match(m.text)) else None
                if not listed and line and lines.get(line) == cls:
                    listed = True   # …MAI-Thinking-1；MAI-Image-2.5、MAI-Voice-2: more of the line just claimed
                if cls not in (MOD, PRD, CHP) or m.known or m.ref is not None or m.source != "latin" \
                        or not _STORY_NAME.fullmatch(m.text) or not (listed or self._introduced(text, m, a.sentence.is_title)) \
                        or (m.family is not None and m.family.maker not in (None, org)) \
                        or (m.owner is not None and m.owner != org) \
                        or is_negated(text, m.start, m.end) or _aside(text, m) \
                        or "作为" in text[max(0, m.start - 16):m.start] \
                        or "匿名" in text[max(0, m.start - 8):m.start] \
                        or _TAKES_IN.search(text, max(0, m.start - 24), m.start):
                    continue   # 作为开源框架 Hermes 的引擎: the name describes what another thing serves
                    # (匿名模型 Lumo: nobody says whose it is);
                    # 已接入开源框架 Hermes Agent: what the organisation's product connects to is another's
                o = self._bind(a, i, (CODES[cls], "UNK"), cls, resolver)
                got = resolver.class_of(o) if o else None   # the class the article first gave the name
                if got in (MOD, PRD, CHP) and resolver.maker_of(o) in (None, org):
                    out.append(Relation(org, MAKER_PREDICATE[got], o, text, "maker-of-story"))
                    taken, taken_cls = i, cls
                    if line:
                        lines[line] = cls
        return out

    def _introduced(self, text: str, m: Mention, in_title: bool = False) -> bool:
        """True when a class noun stands right before the name, or closes an aside after it or
        the aside's first part (世界模型 Fast-WAM, Psi-R2（世界行动模型）, V2（50 亿参数编程模型，…）),
        or when the name heads a line of the text before a colon (Wear OS 7：集成 …; a title
        so headed is about the name, not one of the subject's things)."""
        before = text[max(0, m.start - 8):m.start].rstrip()
        aside = re.match(r"\s*[（(]([^（()），,；;]{1,16})[）)，,；;]", text[m.end:])
        lex = self.recognizer.lex
        return lex.cue_before(before) in (MOD, PRD, CHP) or bool(aside and lex.cue_before(aside.group(1))) \
            or (not in_title and not text[:m.start].strip(" -*•·") and bool(re.match(r"\s*[：:]", text[m.end:])))

    def _maker_in_story(self, analysed: list[_Analysed], ctx: StoryContext,
                        resolver: Resolver) -> list[Relation]:
        """A known model, product or chip whose maker is the story's subject or named in a
        neighbouring sentence: 特斯拉 (the story) … Optimus 人形机器人量产."""
        orgs: dict[str, list[tuple[int, _Analysed, int]]] = {}
        for n, a in enumerate(analysed):
            for i, m in enumerate(a.mentions):
                e = m.entries.get(ORG)
                if e is not None and m.ref is None and a.assigned.get(i) in (None, ORG):
                    orgs.setdefault(e.key, []).append((n, a, i))
        out = []
        for n, a in enumerate(analysed):
            for i, m in enumerate(a.mentions):
                cls = a.assigned.get(i) or (m.classes[0] if m.classes else None)
                if cls not in (MOD, PRD, CHP) or m.ref is not None or _chip_maker_named(m) \
                        or ORG in m.classes and i not in a.assigned:
                    continue   # 摩尔线程发布…: a company's name is its chip line only when a rule says so
                entry = m.entries.get(cls)
                maker = entry.maker if entry else (m.family.maker if m.family else None)
                if not maker or maker not in orgs or is_negated(a.sentence.text, m.start, m.end) \
                        or _aside(a.sentence.text, m) or _member_named(a, entry) \
                        or _SERIES.match(a.sentence.text, m.end) and any(_member_named(b, entry) for b in analysed) \
                        or i and a.mentions[i - 1].entries.get(ORG) is not None \
                        and a.mentions[i - 1].entries[ORG].key == maker \
                        and _bracketed_after(a.sentence.text, a.mentions[i - 1], m) \
                        or _brand_not_meant(a, i, cls) or _place_of_release(a.sentence.text, m):
                    continue
                near = [x for x in orgs[maker] if abs(x[0] - n) <= 1]
                if not near and maker != ctx.org:
                    continue
                _, oa, j = (near or orgs[maker])[0]
                s = self._bind(oa, j, ("ORG",), None, resolver)
                o = self._bind(a, i, (CODES[cls],), None, resolver)
                if s and o:
                    out.append(Relation(s, MAKER_PREDICATE[cls], o, a.sentence.text, "maker-in-story"))
        return out

    # ------------------------------------------------------------ rules
    def _bind(self, a: _Analysed, idx: int, classes: tuple[str, ...], unknown: str | None,
              resolver: Resolver) -> str | None:
        """Return the key of mention ``idx`` read as one of ``classes`` (codes), or None."""
        m = a.mentions[idx]
        wanted = [CLASS_OF_CODE[c] for c in classes if c != "UNK"]
        if m.ref is not None:   # a coreference to the story's subject
            return m.ref if resolver.class_of(m.ref) in wanted else None
        chosen = None
        if idx in a.assigned:
            chosen = a.assigned[idx] if a.assigned[idx] in wanted or (
                not m.classes and "UNK" in classes) else None
            if chosen is None:
                return None
        elif m.classes:
            chosen = next((c for c in m.classes if c in wanted), None)
        elif "UNK" in classes:
            chosen = unknown if unknown in wanted or unknown else (wanted[0] if wanted else None)
        if chosen is None:
            return None
        a.assigned[idx] = chosen
        return resolver.resolve(m, chosen)

    def _emit(self, b: Binding, a: _Analysed, header: _Analysed | None, ctx: StoryContext,
              resolver: Resolver) -> list[Relation]:
        rule = b.rule
        start = tagged_offset(a.spans, b.start)
        end = tagged_offset(a.spans, b.end)
        if is_negated(a.sentence.text, start, end):
            return []
        keys: dict[str, list[str]] = {}
        owned: dict[str, str] = {}   # a listed thing -> the other organisation glued before it
        deployed: set[str] = set()   # things the sentence deploys (一键部署 OpenClaw): used, not released
        for name, idxs in b.slots.items():
            slot = rule.slots[name]
            if len(idxs) > 1:
                idxs = _until_new_owner(a, idxs, cut=rule.predicate in ("subsidiaryOf", "releases", "manufactures"))
            if rule.predicate != "runsOn" and "ORG" not in slot.classes:
                idxs = [i for i in idxs if not _chip_maker_named(a.mentions[i])]
            if rule.predicate in ("releases", "manufactures") and "ORG" not in slot.classes:
                idxs = [i for i in idxs if not _document_about(a.sentence.text, a.mentions[i])]
            if rule.predicate == "releases" and name == "O":
                idxs = [i for i in idxs if not _brand_acts(a, i)]   # 腾讯混元开源 Hy-MT2: not 混元 released
                # 发布 Agentic 模型 Kimi K2.5: the name after the kind is the one released
                idxs = list(dict.fromkeys(i + 1 if _describes_next(a, i, self.recognizer.lex) else i for i in idxs))
            if rule.predicate == "acquires" and name == "O":   # 收购 Slurm 开发商 SchedMD: the company
                idxs = list(dict.fromkeys(i + 1 if _maker_named_next(a, i) else i for i in idxs))
            bound = {i: self._bind(a, i, slot.classes, rule.unknown_class(name), resolver) for i in idxs}
            keys[name] = [k for k in bound.values() if k]
            if rule.predicate == "releases" and name == "O":
                deployed.update(k for i, k in bound.items()
                                if k and _DEPLOYED_BEFORE.search(a.sentence.text, 0, a.mentions[i].start))
            if len(idxs) > 1:
                owned.update(_owned_items(a, bound, resolver))
        for name, idxs in b.header_slots.items():
            slot = rule.header_slots[name]
            keys[name] = [k for k in (self._bind(header, i, slot.classes, rule.unknown_class(name), resolver)
                                      for i in idxs) if k] if header else []
        if rule.require == "parent":
            s, o = keys.get("S"), keys.get("O")
            entry = resolver.entry_of(s[0]) if s else None
            if not (entry and o and entry.owner == o[0]):
                return []
        if rule.require == "model-is-product" and resolver.class_of(ctx.model or "") != PRD:
            return []
        out = []
        for s_name, pred, o_name in rule.emit:
            subjects = self._slot_keys(s_name, keys, a, start, ctx, resolver, b)
            objects = self._slot_keys(o_name, keys, a, start, ctx, resolver, b)
            if s_name in ("story", "topic") and o_name in keys and set(subjects) & set(objects):
                continue   # 与 A、B 合作 in a story whose subject is A: the list's partner is unknown
            for s in subjects:
                for o in objects:
                    if s == o:
                        continue
                    p = pred
                    if p in ("releases", "manufactures"):
                        if o in owned and not resolver.related(s, owned[o]):
                            continue   # 谷歌自研 TPU、微软 Maia: an item of the list glued to its own maker
                        maker = resolver.maker_of(o)
                        if maker and not resolver.related(s, maker) and not _joint_maker(a, maker, resolver):
                            if p == "manufactures" or rule.hosts is None \
                                    or not rule.hosts.search(a.sentence.text, start, end):
                                continue   # 星河的 Lumio made by another: the rule read the wrong maker
                            p = "uses"   # 微软上线 DeepSeek-R1: hosting another maker's model
                    if p == "releases" and o in deployed:
                        p = "uses"   # 联想首发一键部署 OpenClaw: putting it on its devices
                    if p == "uses" and rule.require == "other-maker" and not keys.get("X"):
                        maker = resolver.maker_of(o)
                        if resolver.related(s, maker) if maker else resolver.entry_of(o) is None:
                            continue   # 星河发布 Nova 主机，搭载 Lumo 大模型: a new part of its own
                        if maker and _joint_with(a, maker, resolver):
                            continue   # 星河联合北辰发布参考设计，整合北辰 X2 本体: their joint work
                    sig = SIGNATURES[p]
                    if resolver.class_of(s) not in sig[0] or resolver.class_of(o) not in sig[1]:
                        continue
                    out.append(Relation(s, p, o, a.sentence.text, rule.id))
        return out

    def _slot_keys(self, name: str, keys: dict, a: _Analysed, start: int, ctx: StoryContext,
                   resolver: Resolver, b: Binding) -> list[str]:
        if name in keys:
            return keys[name]
        if name == "story":
            return [ctx.org] if ctx.org else []
        if name == "topic":
            text = a.sentence.text
            for i in range(len(a.mentions) - 1, -1, -1):
                m = a.mentions[i]
                if m.end > start or ORG not in m.classes or text.startswith("系", m.end):
                    continue   # 清华系公司: where the founders come from, not who acts
                if m.ref is not None:
                    return [m.ref]
                lead = text[:m.start]
                cut = max(lead.rfind(c) for c in "，,；;：:。") + 1
                opener = lead[cut:].strip()
                described = len(opener) <= 10 and any(   # AI硬件新锐 Looki: what it is, then its name
                    d.end() == len(opener) for d in self.recognizer.lex.descriptors.finditer(opener))
                if described or re.fullmatch(r"\s*(?:据\S{0,6}|目前|此外|同时|随后|另外|其中|不过|但|而|今年|去年|近日|日前)?\s*", lead[cut:]):
                    k = self._bind(a, i, ("ORG",), None, resolver)
                    if k:
                        return [k]
            return [ctx.org] if ctx.org else []
        if name == "person":   # 他/她: the last person the sentence names before the match
            i = max((i for i, m in enumerate(a.mentions) if m.end <= start and m.ref is None
                     and m.classes[:1] == (PER,)), default=None)
            k = self._bind(a, i, ("PER",), None, resolver) if i is not None else None
            return [k] if k else []
        if name == "investee":
            return [ctx.investee] if ctx.investee else []
        if name == "model":
            text = a.sentence.text
            if text[:start].rstrip().endswith(("：", ":")):   # "白泽"餐饮风控模型：基于 Qwen3-VL-8B
                i = max((i for i, m in enumerate(a.mentions) if m.end <= start and m.ref is None
                         and (m.classes[:1] in ((MOD,), (PRD,)) or not m.classes and m.source == "quote")),
                        default=None)
                k = self._bind(a, i, ("MOD", "PRD", "UNK"), "PRD", resolver) if i is not None else None
                if k:
                    return [k]
            return [ctx.model] if ctx.model else []
        if name == "recent":
            if ctx.recent is not None:
                return [resolver.resolve(ctx.recent, ctx.recent.classes[0])]
            return [ctx.model] if ctx.model else []
        if name in ("maker", "brand"):
            slot = "O" if name == "maker" else "B"
            out = []
            for o in keys.get(slot, []):
                entry = resolver.entry_of(o)
                fam = next((m.family for i, m in enumerate(a.mentions)
                            if i in b.slots.get(slot, []) and m.family is not None), None)
                maker = (entry.maker if entry else None) or (fam.maker if fam else None)
                if maker and self.gaz.get(maker):
                    out.append(resolver.resolve(_entry_mention(self.gaz.get(maker)), self.gaz.get(maker).cls))
            if out or name == "brand":
                return out
            return [ctx.org] if ctx.org else []
        return []

    def _maker_beside(self, a: _Analysed, resolver: Resolver) -> list[Relation]:
        """A known thing and its maker named in one clause: 英伟达 … A100 -> Nvidia manufactures A100."""
        out = []
        orgs: dict[str, int] = {}
        for i, m in enumerate(a.mentions):
            e = m.entries.get(ORG)
            if e is not None and (a.assigned.get(i) in (None, ORG)) and m.ref is None:
                orgs.setdefault(e.key, i)
        owners = {m.owner: i for i, m in enumerate(a.mentions)
                  if m.owner and m.ref is None and self.gaz.get(m.owner) is not None}
        for i, m in enumerate(a.mentions):
            cls = a.assigned.get(i) or (m.classes[0] if m.classes else None)
            if not (orgs or owners) or cls not in (MOD, PRD, CHP) or m.ref is not None:
                continue
            entry = m.entries.get(cls)
            maker = entry.owner if entry else (m.family.maker if m.family else None)
            if m.owner:
                maker = m.owner
            if not maker or maker not in orgs and maker not in owners or _aside(a.sentence.text, m) \
                    or _member_named(a, entry):
                continue
            j = orgs[maker] if maker in orgs else owners[maker]
            if j == i:
                continue
            lo, hi = sorted((a.mentions[j].end, m.start)) if j < i else sorted((m.end, a.mentions[j].start))
            between = a.sentence.text[lo:hi]
            if re.search(r"[；;。]", between) or len(between) > 40:
                continue
            if j == i - 1 and _bracketed_after(a.sentence.text, a.mentions[j], m):
                continue   # 月之暗面（Kimi）: the product's name given as another name of its maker
            if _brand_not_meant(a, i, cls):
                continue   # 腾讯混元发布混元图像3.0, 千问AI眼镜: not the brand's own product here
            if is_negated(a.sentence.text, min(m.start, a.mentions[j].start), max(m.end, a.mentions[j].end)):
                continue
            if maker in orgs:
                s = self._bind(a, j, ("ORG",), None, resolver)
            else:   # 英伟达 GPU、H100: the maker named only inside another of its things
                s = resolver.resolve(_entry_mention(self.gaz.get(maker)), ORG)
            o = self._bind(a, i, (CODES[cls],), None, resolver)
            if s and o:
                out.append(Relation(s, MAKER_PREDICATE[cls], o, a.sentence.text, "maker-beside"))
        lex = self.recognizer.lex
        for i, m in enumerate(a.mentions):   # composite names: 宇树G1机器人 starts with its maker
            if m.owner and m.ref is None and not _aside(a.sentence.text, m) \
                    and not is_negated(a.sentence.text, m.start, m.end):
                cls = a.assigned.get(i) or (m.classes[0] if m.classes else None)
                if cls != ORG and (_brand_acts(a, i) or lex.role_re.match(a.sentence.text[m.end:].lstrip())):
                    continue   # Meta AI 推出 Pixio 模型, Meta AI 研究员: the brand stands for its team
                owner = self.gaz.get(m.owner)
                if cls in MAKER_PREDICATE and owner is not None:
                    o = self._bind(a, i, (CODES[cls],), None, resolver)
                    s = resolver.resolve(_entry_mention(owner), owner.cls)
                    if o and s != o:
                        if cls == ORG:   # 谷歌DeepMind: the named unit belongs to the owner
                            s, o = o, s
                        out.append(Relation(s, MAKER_PREDICATE[cls], o, a.sentence.text, "maker-prefix"))
        return out

    # ------------------------------------------------------------ funding
    def _find_investee(self, analysed: list[_Analysed], ctx: StoryContext, resolver: Resolver) -> None:
        """The organisation raising money in the story: subject of 完成…融资 (else the story's subject)."""
        for a in analysed:
            text = a.sentence.text
            fm = _FUNDING_WORD.search(text)
            if not fm:
                continue
            clause_start = max([text.rfind(c, 0, fm.start()) for c in "，,；;：:"] + [-1]) + 1
            cands = [i for i, m in enumerate(a.mentions)   # 公司 4 月完成融资: the story's company
                     if m.end <= fm.start() and (m.ref is None or resolver.class_of(m.ref) == ORG)
                     and not re.search(r"(?:由|获|向|被)\s*$", text[max(0, m.start - 2):m.start])
                     and not _BACKER_OF.match(text, m.end) and not _INVESTS_NEXT.match(text, m.end)
                     and not _FOUNDS_COMPANY.match(text, m.end)
                     and not former_employer(text, m)]
            # a discovered product name counts only as the subject of its own clause (AI 社区 Loopit 完成融资)
            in_clause = [i for i in cands if a.mentions[i].start >= clause_start and _could_raise(a.mentions[i], True)]
            cands = [i for i in cands if _could_raise(a.mentions[i], False)]
            pick = in_clause[0] if in_clause else (cands[-1] if cands else None)
            if pick is None:
                if ctx.org and resolver.class_of(ctx.org) == ORG and _DROPPED_RAISER.match(text, clause_start) \
                        and not any(clause_start <= m.start < fm.start() for m in a.mentions):
                    ctx.investee = ctx.org   # - 今年2月完成30亿美元融资 (in a story on Anthropic): the story's company
                    return
                continue
            if not in_clause and not RAISE_VERB.search(text[clause_start:fm.start()]):
                continue
            m = a.mentions[pick]
            if not m.known and m.classes and ORG not in m.classes:
                m.classes = (ORG,)   # AI 社区 Loopit 完成融资: whoever raises money is a company
            key = self._bind(a, pick, ("ORG", "UNK"), ORG, resolver)
            if key and not m.known and resolver.class_of(key) != ORG:
                resolver.reclass(key, ORG)   # named as a product earlier in the story, raising money here
            if key and resolver.class_of(key) == ORG:
                ctx.investee = key
                return

    def _fundings(self, analysed: list[_Analysed], ctx: StoryContext, relations: list[Relation],
                  resolver: Resolver) -> list[FundingRound]:
        if not ctx.investee:
            return []
        rounds: list[FundingRound] = []
        current: FundingRound | None = None
        for a in analysed:
            if is_negated(a.sentence.text, 0, len(a.sentence.text)):
                continue
            f = read_funding(a.sentence.text)
            if f is None or not _FUNDING_WORD.search(a.sentence.text + "估值"):
                continue
            if current is None:
                current = FundingRound(investee=ctx.investee, sentence=a.sentence.text)
                rounds.append(current)
            if current.amount is None and f.amount is not None:
                current.amount, current.currency = f.amount, f.currency
            if current.round is None and f.round:
                current.round = f.round
            if current.valuation is None and f.valuation is not None:
                current.valuation = f.valuation
                current.currency = current.currency or f.currency
        if rounds:
            investors = [r.subject for r in relations if r.predicate == "investsIn" and r.object == ctx.investee]
            rounds[0].investors = list(dict.fromkeys(investors))
        return rounds


_CONTRAST = re.compile(r"(?:独立于|替代|取代|对标|超越|击败|不同于|媲美|比肩|优于|超过|挑战|相比|比|弃用|告别|摆脱)\s*$")
#: right after a brand: a kind of device or app named after it (千问AI眼镜, 文心助手, 元宝派)
_DEVICE_AFTER = re.compile(r"\s?(?:AI\s?)?(?:眼镜|耳机|手机|助手|音箱|手表|平板|笔记本|派)")
#: before and after a platform named as where a thing is published (已在 GitHub 和 X 同步开源)
_PLACE_BEFORE = re.compile(r"在[^，,。；;在]{0,30}?$")
_PUBLISHED_AFTER = re.compile(r"\s*(?:[、和及与][^，,。；;]{0,20}?)?(?:等)?(?:平台)?\s*上?\s*(?:同步|同时|正式|全面)?\s*"
                              r"(?:开源|上架|开放下载|提供下载|开放)")
_UNIT_AFTER = re.compile(r"[^，。；]{0,24}?(?:等部门|部门|团队|事业部|业务线|业务部)")


def _variant_of(text: str, base: str) -> bool:
    """True when ``text`` is the (folded) name ``base`` with a size or tier after a separator:
    Nova-5-27B and Nova-5 Flash of Nova-5, not Nova-55B."""
    return any(fold(text[:cut]) == base and _VARIANT.fullmatch(fold(text[cut:]))
               for cut, ch in enumerate(text) if ch in "- ")


def _bracketed_after(text: str, first: Mention, m: Mention) -> bool:
    """True when ``m`` stands alone in brackets right after ``first``, the two opening a clause
    that goes on (月之暗面（Kimi）完成融资), not an item of a list (与特斯拉（Optimus）、Figure 竞争)."""
    return text[first.end:m.start].strip() in ("（", "(") and text[m.end:m.end + 1] in ("）", ")") \
        and not re.match(r"\s*(?:[、，,；;。]|和|与|及|等|$)", text[m.end + 1:])


def _aside(text: str, m: Mention) -> bool:
    """True when a thing is named only as a yardstick or as a department, not as a product:
    "独立于 CUDA 的生态", "包括 Windows、Microsoft 365 等部门"."""
    return bool(_CONTRAST.search(text[max(0, m.start - 6):m.start]) or _UNIT_AFTER.match(text, m.end))


def _brand_not_meant(a: _Analysed, i: int, cls: str) -> bool:
    """True when known thing ``i`` (read as ``cls``) is a brand that does not stand for itself
    here: it acts for its team (:func:`_brand_acts`) or opens another product's name
    (:func:`_names_a_device`), so its maker does not release it in this sentence. Chips are
    always themselves."""
    return cls != CHP and (_brand_acts(a, i) or _names_a_device(a.sentence.text, a.mentions[i], cls))


def _names_a_device(text: str, m: Mention, cls: str) -> bool:
    """True when a brand is only the first word of another product's name, a device named after
    it (千问AI眼镜, 夸克 AI 眼镜 G1, 元宝派) or a model's assistant app (文心助手; not 元宝助手, an
    app's own name): the brand itself is not what is meant."""
    after = _DEVICE_AFTER.match(text, m.end)
    return after is not None and (cls == MOD or not after.group().endswith("助手"))


def _place_of_release(text: str, m: Mention) -> bool:
    """True when a platform is named as where something else is published: 模型已在 Hugging Face
    和 ModelScope 开放下载 (the model is released there, not the platform)."""
    return bool(_PLACE_BEFORE.search(text, 0, m.start) and _PUBLISHED_AFTER.match(text, m.end))


def _could_raise(m: Mention, own_clause: bool) -> bool:
    """True when mention ``m`` may be the organisation raising money."""
    if ORG in m.classes or not m.classes:
        return True
    return own_clause and not m.known and m.family is None and PER not in m.classes


#: a model-like new name: letters (not a lone acronym, not a token count), maybe a version
_STORY_NAME = re.compile(r"(?!.*(?i:token))(?=.*[a-z])[A-Za-z][A-Za-z0-9.\-]+(?: [A-Za-z0-9.\-]+){0,2}")
_LIST_GLUE = re.compile(LIST_SEPARATOR)
#: the line a hyphenated name belongs to: MAI of MAI-Voice-2 (a word of letters, then "-" and more)
_LINE = re.compile(r"([A-Za-z]{2,})-(?=[A-Za-z0-9])")
#: a sentence that measures one thing against another names others' things too
_COMPARED = re.compile(r"超越|超过|对标|优于|领先|相比|对比|击败|比肩|媲美|不如|落后|胜过|碾压|追平|基准|榜单|排名|评测|测试中")
#: a verb by which a product takes in another maker's thing, in the clause that ends at the name
#: (已接入开源框架 Hermes Agent)
_TAKES_IN = re.compile(r"(?:接入|集成|引入|调用|兼容|适配|支持)[^，,；;：:]*$")


_NEW_OWNER = re.compile(r"\s*(?:旗下|的子公司|控股的|" + GROUP_MARK + ")")


_SERIES = re.compile(r"\s?(?:系列|家族)")   # GLM系列: the line, once the story has named its member


def _member_named(a: "_Analysed", entry) -> bool:
    """True when ``entry`` is a family and the sentence names one of its members (Gemma 4 … the
    Gemma series): the member is the news, the family only its line."""
    return entry is not None and entry.family and any(m.family is entry for m in a.mentions)


def _until_new_owner(a: _Analysed, idxs: list[int], cut: bool) -> list[int]:
    """Return the items of a bound list (two or more) without those that only own the next item.

    With ``cut`` (a list of what one owner owns), the list stops at the first item that owns
    what follows it: 淡马锡旗下 Vertex、中信旗下农业基金 lists Vertex only. Without it (a list of
    investors, partners ...), the owners drop out and what they own stays: 投资方包括淡马锡旗下
    Vertex、中信旗下农业基金 lists Vertex and 农业基金. An item glued to the next one owns it
    (河南投资集团汇融基金)."""
    text = a.sentence.text
    owners = [n for n, i in enumerate(idxs) if _NEW_OWNER.match(text, a.mentions[i].end)
              or n + 1 < len(idxs) and idxs[n + 1] == i + 1 and a.mentions[i + 1].start == a.mentions[i].end]
    if cut:
        first = next((n for n in owners if n > 0), None)
        return idxs if first is None else idxs[:first]
    return [i for n, i in enumerate(idxs) if n not in owners]


def _owned_items(a: _Analysed, bound: dict[int, str | None], resolver: Resolver) -> dict[str, str]:
    """Return, for the items of a bound list (mention index -> key) that an organisation's name
    directly precedes (谷歌自研 TPU、微软 Maia、AWS Graviton), the item's key -> that organisation's key."""
    out = {}
    text = a.sentence.text
    for i, key in bound.items():
        if key is None or i == 0 or i - 1 in bound or resolver.class_of(key) not in (MOD, PRD, CHP):
            continue
        before, m = a.mentions[i - 1], a.mentions[i]
        if before.classes[:1] == (ORG,) and before.ref is None and not text[before.end:m.start].strip():
            out[key] = resolver.resolve(before, ORG)
    return out


def _joint_maker(a: _Analysed, maker: str, resolver: Resolver) -> bool:
    """True when the sentence has the maker act jointly with others (星河科技联合北辰大学发布
    Nova): each partner releases the thing too, though the maker owns its name."""
    return any(_JOINT_AFTER.match(a.sentence.text, m.end) for m in _maker_named(a, maker, resolver))


def _joint_with(a: _Analysed, maker: str, resolver: Resolver) -> bool:
    """True when the sentence has another organisation act jointly with the maker, named right
    after 联合/携手/联手 (星河科技联合北辰发布 …): what the maker brings in is their joint work."""
    return any(_JOINT_BEFORE.search(a.sentence.text, 0, m.start) for m in _maker_named(a, maker, resolver))


def _maker_named(a: _Analysed, maker: str, resolver: Resolver):
    """The sentence's own mentions (no coreference) of the known organisation ``maker``."""
    return (m for m in a.mentions if m.known and m.classes[:1] == (ORG,) and m.ref is None
            and resolver.resolve(m, ORG) == maker)


_JOINT_AFTER = re.compile(r"\s*(?:联合|携手|联手|与|和|同)")
_JOINT_BEFORE = re.compile(r"(?:联合|携手|联手)\s*$")


def _entry_mention(entry, surface: str | None = None) -> Mention:
    return Mention(0, 0, entry.zh or entry.en or entry.key, (entry.cls,), {entry.cls: entry}, "gazetteer")


def _dedupe(relations: list[Relation]) -> list[Relation]:
    seen = set()
    out = []
    for r in relations:
        key = (r.subject, r.predicate, r.object)
        if r.predicate == "partnersWith":
            key = (min(r.subject, r.object), r.predicate, max(r.subject, r.object))
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _stated_subsidiaries(relations: list[Relation], named: set[str], resolver: Resolver,
                         lex: Lexicon) -> list[Relation]:
    """Drop the "subsidiaryOf" triples the article does not state:

    * one read only from the unit's name (SK 海力士, 腾讯云) when the article never names the
      parent on its own (``named``); 谷歌DeepMind in an article that also names 谷歌 keeps it;
    * one read from a unit's name that is its parent's name plus a common word (腾讯云, 微软AI,
      星河研究院): the name says whose unit it is, the article states nothing; a unit whose own
      name follows its parent's (谷歌DeepMind, 阿里达摩院) keeps it;
    * one whose subject is a team or department (字节Seed团队, 具身事业部, 成立 Robotics 团队):
      a part of its company, not a subsidiary (lexicon ``company_parts``);
    * one that turns round a parent the gazetteer knows: "Alphabet（谷歌）" read as Alphabet
      subsidiaryOf 谷歌, where Alphabet is 谷歌's parent."""
    def stated(r: Relation) -> bool:
        if r.predicate != "subsidiaryOf":
            return True
        if r.rule == "maker-prefix" and (r.object not in named or not _own_name_after_parent(
                resolver.entity(r.subject), resolver.entity(r.object))):
            return False
        unit = resolver.gaz.get(r.object)
        if unit is not None and unit.parent == r.subject:
            return False
        name = resolver.entity(r.subject).name
        return not lex.is_company_part(name) and not lex.named_as_part(r.sentence, name)
    return [r for r in relations if stated(r)]


def _own_name_after_parent(unit: Entity, parent: Entity) -> bool:
    """True when a name of ``unit`` is a name of ``parent`` followed by another name of ``unit``
    (谷歌DeepMind: 谷歌 + DeepMind), not by a common word (腾讯云: 腾讯 + 云).

    >>> from kg.model import Entity
    >>> g = Entity("google", "Organization", "谷歌", "Google")
    >>> _own_name_after_parent(Entity("deepmind", "Organization", "谷歌DeepMind", aliases=frozenset({"DeepMind"})), g)
    True
    >>> _own_name_after_parent(Entity("google-cloud", "Organization", "谷歌云", "Google Cloud"), g)
    False"""
    own = {n.casefold() for n in unit.names}
    parents = {n.casefold() for n in parent.names}
    return any(n.startswith(p) and n[len(p):].strip() in own for n in own for p in parents)


#: rules that read "releases" from where a product stands (near its maker, in its maker's story);
#: not a maker glued to its product (谷歌Chrome发布…, 谷歌搜索…): there the product is the news
_BY_PLACE = frozenset({"maker-beside", "maker-in-story", "maker-of-story", "releases-possessive"})


def _established_beside(r: Relation, resolver: Resolver) -> bool:
    """True for "releases" read from place alone whose object is a long-established platform
    (腾讯元宝在微信中…, 谷歌与 YouTube…): the news names it, it does not release it."""
    if r.predicate != "releases" or r.rule not in _BY_PLACE:
        return False
    entry = resolver.gaz.get(r.object)
    return entry is not None and entry.established


_ROLES = frozenset({"ceoOf", "founderOf", "worksFor"})


def _role_elsewhere(r: Relation, resolver: Resolver) -> bool:
    """True for a role read from the story, not the sentence (its organisation goes unnamed
    there: "CEO 纳德拉警告…" in a story about another company), given to a person the gazetteer
    knows to head other organisations (``leads``). A role whose organisation the sentence names
    is the text's word and stays: people change jobs."""
    if r.predicate not in _ROLES:
        return False
    entry = resolver.entry_of(r.subject)
    if entry is None or not entry.leads or any(resolver.related(r.object, k) for k in entry.leads):
        return False
    text = r.sentence.casefold()
    return not any(n.casefold() in text for n in resolver.entity(r.object).names)


def _fits(r: Relation, resolver: Resolver) -> bool:
    """True when the final classes of ``r``'s ends are those its predicate takes (data-model.md)."""
    subjects, objects = SIGNATURES[r.predicate]
    return resolver.class_of(r.subject) in subjects and resolver.class_of(r.object) in objects


def _chip_maker_named(m: Mention) -> bool:
    """True when ``m`` is a chip maker's company name read as its chip line (gazetteer ``as_chip``):
    a reading only for what a model runs on (适配燧原科技、AMD), not for what is made or used."""
    org, chip = m.entries.get(ORG), m.entries.get(CHP)
    return m.classes[:1] == (ORG,) and org is not None and chip is not None and org.as_chip == chip.key


def _drop_self_use(relations: list[Relation]) -> list[Relation]:
    """Who makes a thing does not also 'use' it (AMD 部署 AMD 的 Helios)."""
    made = {(r.subject, r.object) for r in relations if r.predicate in ("releases", "manufactures")}
    return [r for r in relations if not (r.predicate == "uses" and (r.subject, r.object) in made)]


_JOINT = re.compile(r"联合|共同|携手|联手")   # a joint work has several makers


@lru_cache(maxsize=1)
def _document_after() -> re.Pattern:
    """A few words, then a kind of document or a thing made for a name (the rules' ``documents`` and
    ``made_for`` words); not across 和, 及, 与, 并 (发布 Nova 模型及技术报告 releases Nova)."""
    return re.compile(r"[”\"」』]?\s?的?(?:(?![和及与并])[\u4e00-\u9fffA-Za-z“\"「 ]){0,6}?(?:"
                      + alternation(word_list("documents") + word_list("made_for"))
                      + r")(?![版室]|工具|系统|平台|功能|服务|引擎|助手)")   # not 实验版, 实验室, 购物建议工具


def _document_about(text: str, m: Mention) -> bool:
    """True when ``m`` names what a document is about or what something is made for: 发布 *OpenClaw*
    安全使用指南, 发布 *OpenClaw* 应用开发 Skill (no model or product released).

    A name inside the title of a work (发布《Nova 智能体安全风险评估》) is what the work is about too.

    >>> _document_about("星河发布Nova安全使用指南", Mention(4, 8, "Nova", ("PRD",), {}, "latin"))
    True
    """
    opened = text.rfind("《", 0, m.start)
    in_title = opened >= 0 and "》" not in text[opened:m.start] and "》" in text[m.end:]
    return in_title or _document_after().match(text, m.end) is not None


@lru_cache(maxsize=1)
def _brand_verb() -> re.Pattern:
    """Adverbs, then a verb a brand acts with (the rules' ``brand_acts`` words)."""
    adverbs = alternation(word_list("adv"))
    return re.compile(r"(?:\s*(?:" + adverbs + r"))*\s*(?:" + alternation(word_list("brand_acts")) + r")了?")


#: after a model's name: the phrase ends, or goes on to say it is a model (not 技能库, 插件 …)
_MODEL_ENDS = re.compile(r"\s?(?:[^\u4e00-\u9fff\s]|$|[\u4e00-\u9fff]{0,6}?模型)")


def _describes_next(a: _Analysed, i: int, lex: Lexicon) -> bool:
    """True when mention ``i`` only says what kind of thing the Latin name right after it is,
    in the shape name, a model or product kind, next name (最新 *Agentic* 模型 Kimi K2.5, 手机版
    *OpenClaw* 应用 JVS Claw, *Lumo* 运控基座模型 BFM-2): the next name is the thing meant.

    >>> from kg.extract.recognize import Recognizer
    >>> r = Recognizer(); text = "月之暗面发布最新Agentic模型Lumo K2"
    >>> found = _Analysed(Sentence(text, 1), r.find(text), "")
    >>> [m.text for m in found.mentions], _describes_next(found, 1, r.lex)
    (['月之暗面', 'Agentic', 'Lumo K2'], True)
    """
    if i + 1 >= len(a.mentions):
        return False
    text, m, nxt = a.sentence.text, a.mentions[i], a.mentions[i + 1]
    between = text[m.end:nxt.start]
    kind = between.lstrip("”\"」』")   # “氛围编程”工具 Opal: a quoted description, then its kind
    return 0 < len(kind.strip()) <= 8 and re.fullmatch(r"\s?[\u4e00-\u9fffA-Za-z]+\s?", kind) is not None \
        and lex.cue_before(kind.strip()) in (MOD, PRD) and not re.search(r"[和与及、]|的", between) \
        and nxt.text[:1].isascii() and nxt.text[:1].isalpha() and nxt.classes[:1] != (CHP,)


def _maker_named_next(a: _Analysed, i: int) -> bool:
    """True when mention ``i`` only says what the company named right after it makes, in the shape
    thing, maker word, company (Slurm 开发商 SchedMD, Lumo 的母公司 Nova Labs): the company is meant."""
    if i + 1 >= len(a.mentions):
        return False
    m, nxt = a.mentions[i], a.mentions[i + 1]
    same = {e.key for e in m.entries.values()} & {e.key for e in nxt.entries.values()}
    return _MAKER_WORD.fullmatch(a.sentence.text[m.end:nxt.start]) is not None \
        and (nxt.classes[:1] == (ORG,) or not nxt.classes) and not same   # not Cursor 开发商 Anysphere: one company


#: between a thing and the company after it that makes it (Slurm 开发商 SchedMD)
_MAKER_WORD = re.compile(r"\s?(?:[\u4e00-\u9fffA-Za-z]{0,6}?的?)(?:开发商|开发公司|研发商|母公司|背后的?公司|运营商|制造商)\s?")


#: what stands before a name that opens its clause: nothing, or a mark that ends a clause
_CLAUSE_BEFORE = re.compile(r"(?:^|[，,。；;：:！!？?\n])\s*$")


def _opens_clause(a: _Analysed, i: int) -> bool:
    """True when mention ``i`` opens its clause, alone or right after an organisation (腾讯混元…),
    not after a verb or a preposition (英伟达发布 Nemotron…, OpenAI 为 ChatGPT…)."""
    start = a.mentions[i].start
    if i and a.mentions[i - 1].entries.get(ORG) is not None and not a.sentence.text[a.mentions[i - 1].end:start].strip():
        start = a.mentions[i - 1].start
    return _CLAUSE_BEFORE.search(a.sentence.text, 0, start) is not None


#: deploying right before a name: the thing is put to use, not made (一键部署 OpenClaw; not 发布并部署)
_DEPLOYED_BEFORE = re.compile(r"(?<![并和与及])部署(?:了)?\s?$")
#: right after a verb: a model described, not named (0.3B 端侧模型, 图像3.0图生图模型)
_DESCRIBED_MODEL = re.compile(r"\s?[^，,。；;：:！!？?\n]{0,12}?模型")


def _brand_acts(a: _Analysed, i: int) -> bool:
    """True when brand ``i`` of the sentence acts for its team, so that it is not what is released:

    * any brand releasing a model named right after it: 腾讯混元*发布了混元图像3.0图生图模型*
      (not 星河 Nova 2 发布, nor 星河 Nova 上线 Lumo 功能, nor 星河 Nova 上线 Lumen 技能库);
    * a model brand without a version that opens its clause (alone or after its maker),
      releasing anything named or a model it describes: 腾讯混元发布 Hy-Memory, 腾讯混元发布
      0.3B 端侧模型 (not 英伟达发布 Nemotron 3 开源模型), or standing before a new name that is
      released: 阿里云通义 Lumo 发布."""
    text, m = a.sentence.text, a.mentions[i]
    unversioned_model = (a.assigned.get(i) or (m.classes[0] if m.classes else None)) == MOD \
        and not re.search(r"\d", m.text)
    nxt = a.mentions[i + 1] if i + 1 < len(a.mentions) else None
    if unversioned_model and nxt is not None and not nxt.known and nxt.family is None \
            and not text[m.end:nxt.start].strip() and _brand_verb().match(text, nxt.end) and _opens_clause(a, i):
        return True   # 阿里云通义 Lumo 发布: the brand before a new name released
    verb = _brand_verb().match(text, m.end)
    if verb is None:
        return False
    model_brand = unversioned_model and _opens_clause(a, i)   # the clause is read only when a verb follows
    if model_brand and _DESCRIBED_MODEL.match(text, verb.end()):
        return True   # 腾讯混元发布 0.3B 端侧模型: a model brand releasing a model it describes
    if i + 1 >= len(a.mentions):
        return False
    k = i + 1
    between = text[verb.end():a.mentions[k].start]
    cls = a.assigned.get(k) or (a.mentions[k].classes[0] if a.mentions[k].classes else None)
    return len(between) <= 12 and not re.search(r"[，,。；;：:！!？?\n]", between) \
        and (model_brand and cls != CHP or cls == MOD and _MODEL_ENDS.match(text, a.mentions[k].end) is not None)


@lru_cache(maxsize=1)
def _bought_before() -> re.Pattern:
    """A verb of buying (the rules' ``acquire`` words), maybe what the bought thing is, at the end."""
    return re.compile("(?:" + alternation(word_list("acquire")) + r")了?\s?"
                      r"(?:[^\s，,。；;：:]{0,10}?(?:平台|公司|工具|产品|应用|初创))?\s?$")


def _bought_in(sentence: str, thing: Entity) -> bool:
    """True when ``sentence`` names ``thing`` right after a verb of buying (通过收购Windsurf…,
    收购AI数据平台Osmos): what is bought was made by someone else.

    >>> from kg.model import Entity
    >>> _bought_in("通过收购Windsurf并深耕企业服务", Entity("windsurf", "Product", "Windsurf"))
    True
    >>> _bought_in("Windsurf 发布新版", Entity("windsurf", "Product", "Windsurf"))
    False"""
    for name in thing.names:
        at = sentence.find(name)
        if at > 0 and _bought_before().search(sentence, 0, at):
            return True
    return False


def _drop_placed_makers(relations: list[Relation], resolver: Resolver) -> list[Relation]:
    """A maker read from where a thing stands (``_BY_PLACE``) gives way to what the story states:
    not the buyer of what it bought (Cursor收购平台Graphite: Cursor does not release Graphite),
    nor an organisation apart from the one the same sentence has release it (in an LG story,
    "SwitchBot 推出机器人 Onero H1" is SwitchBot's; 谷歌 beside 谷歌DeepMind发布… stays, and so
    do the makers of a joint work, A与B的团队联合发布…)."""
    made = ("releases", "manufactures")
    bought = {(r.subject, r.object) for r in relations if r.predicate == "acquires"}
    stated: dict[tuple[str, str], set[str]] = {}   # (thing, sentence) -> makers a rule states there
    for r in relations:
        if r.predicate in made and r.rule not in _BY_PLACE:
            stated.setdefault((r.object, r.sentence), set()).add(r.subject)

    def placed_wrongly(r: Relation) -> bool:
        if r.predicate not in made or r.rule not in _BY_PLACE:
            return False
        if (r.subject, r.object) in bought or _bought_in(r.sentence, resolver.entity(r.object)):
            return True
        others = stated.get((r.object, r.sentence))
        return others is not None and not _JOINT.search(r.sentence) \
            and not any(resolver.related(r.subject, k) for k in others)
    return [r for r in relations if not placed_wrongly(r)]


def _drop_weaker_roles(facts: list[StoryFacts]) -> None:
    """A person who is CEO or founder of an organisation in the article does not also merely work for it."""
    strong = {(r.subject, r.object) for f in facts for r in f.relations if r.predicate in ("ceoOf", "founderOf")}
    for f in facts:
        f.relations = [r for r in f.relations if not (r.predicate == "worksFor" and (r.subject, r.object) in strong)]


@lru_cache(maxsize=1)
def load_pipeline() -> Pipeline:
    """Return the configured :class:`Pipeline` (built once per process)."""
    return Pipeline()
