"""Entity recognition: find the names in a sentence, known or not.

Known names come from the gazetteer (one Aho-Corasick pass). Names the
gazetteer lacks are discovered from their form and their place in the
sentence:

* Latin names (``GLM-5.3``, ``Claude Opus 4.6``, ``DeepSeek V4 Pro``, ``a16z``):
  maximal runs of Latin words; a gazetteer family at their start
  ("Claude", "Gemini") makes them versions of that family, an
  organisation at their start ("MiniMax M2.5") is split off;
* Han names with a version (``文心大模型 5.0``, ``飞鱼-1.0``);
* organisations by their suffix (生数科技, 清华大学) or by a descriptor before
  them (机器人公司智平方, AI 检测公司 GPTZero);
* people after a role word (创始人王兴兴, CEO 奥尔特曼, 研究员 Nicholas Carlini)
  or right after their organisation before a speech verb (月之暗面张予彤透露);
* product names in quotes after 名为 / 推出 or before a product noun.

The class of a discovered name comes from its shape (model or chip name
shapes), the cue word after it (模型, 芯片, 机器人, 公司 ...), or stays unknown
until a relation rule gives it one.

>>> ms = Recognizer().find("智谱发布 GLM-5，适配华为昇腾")
>>> [(m.text, m.classes) for m in ms]
[('智谱', ('Organization',)), ('GLM-5', ('AIModel',)), ('华为', ('Organization',)), ('昇腾', ('Chip',))]
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kg.extract.funding import ROUND
from kg.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.segment import COMMON_WORD, NOT_NAME_START, Segmentation, is_common_phrase, segment, teach
from kg.extract.text import is_han, is_latin_char

ORG, PER, MOD, PRD, CHP = "Organization", "Person", "AIModel", "Product", "Chip"
CODES = {ORG: "ORG", PER: "PER", MOD: "MOD", PRD: "PRD", CHP: "CHP"}


@dataclass
class Mention:
    """A name in a sentence: ``sentence[start:end]`` and what it may denote."""

    start: int
    end: int
    text: str
    classes: tuple[str, ...] = ()          # candidate core classes, preferred first; () = unknown
    entries: dict[str, Entry] = field(default_factory=dict)  # class -> gazetteer entry
    source: str = "gazetteer"
    name: str = ""                         # canonical name of a discovered entity
    owner: str | None = None               # gazetteer org the surface starts with (腾讯元宝)
    family: Entry | None = None            # family a discovered version belongs to
    alias: str | None = None               # another name given beside it (智平方（AI² Robotics）)
    ref: str | None = None                 # entity key a coreference (该公司) points to
    cue: str | None = None                 # the class noun right after the name (机器人 in EAI机器人)
    full: str | None = None                # the name with its organisation before it (DeepSeek V4 Pro)

    def __post_init__(self):
        if not self.name:
            self.name = self.text

    @property
    def code(self) -> str:
        """Return the class codes used in tagged sentences: ``ORG``, ``MOD,PRD`` or ``UNK``."""
        return ",".join(CODES[c] for c in self.classes) or "UNK"

    @property
    def known(self) -> bool:
        return bool(self.entries)


_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"   # Latin letters with accents (Olšák, Jalapeño, Erdős)
_GREEK = "\u03b1-\u03c9"   # a Greek letter in a model's name: π0.5, τ0-World Model, Brainμ1.0
#: a "+" joins a name's parts (C++, A2+) but not a second name (Atlas 800T A2+MindSpore: two things)
_TOKEN = rf"[A-Za-z0-9{_GREEK}](?:[A-Za-z0-9{_ACCENTED}{_GREEK}²³]|\+(?![A-Z][a-z]))*(?:[.\-_'’](?:[A-Za-z0-9{_ACCENTED}²³]|\+(?![A-Z][a-z]))+)*(?:\+(?![A-Z][a-z]))?"
#: words that open a name of their own with whatever follows them (Project Genie, Project Eden)
_NAME_OPENERS = frozenset({"Project", "Operation"})
#: small words inside a name between capitalised words (Bank of America, Patch the Planet)
_NAME_CONNECTORS = frozenset({"of", "the", "de"})
_LATIN_RUN = re.compile(rf"{_TOKEN}(?: {_TOKEN})*")
_BREAK_TOKENS = frozenset({"CEO", "CTO", "CFO", "COO", "API", "APP", "App", "IPO", "GPU", "GPUs", "CPU", "PC",
                           "SUV", "MPV", "vs", "VS", "and", "or", "the", "of", "for", "with", "in", "on", "to", "by",
                           "is", "AI.", "CEOs"})
_HAN_VERSION = re.compile(r"([\u4e00-\u9fff]{1,10}?(?:AI)?)\s?[-]?\s?(\d+(?:\.\d+)+|\d+)(?![\d.％%])")   # 可灵AI 3.0 too
_RANGE_AFTER = re.compile(r"\s?[-~～—–至到]\s?\d")
_VERSION_STOP = set("年月日号时点分秒%％亿万千百十个倍款项家位名台次元人天周期届代层轮种级步小米度张条篇部所座支件块只份")
#: a quoted name: up to 14 characters, or a longer Latin one ("OpenAI Deployment Company")
_QUOTE = re.compile(r"[“\"「『]([^”\"」』\n]{2,14}|[A-Za-z][A-Za-z0-9 .&'\-]{14,39})[”\"」』]")
#: a quoted name holding its other name in brackets: "小盖（Galbot）"
_ALIAS_INSIDE = re.compile(r"([^（(）)\s][^（(）)]*?)\s?[（(]\s?[A-Za-z][\w .\-]*[）)]$")
_CALLED_WORDS = "名为|名叫|叫做|称为|命名为|代号|代号为"
_CALLED = re.compile(rf"(?:{_CALLED_WORDS})\s*$")   # what follows is a name, verb or not
_NAMED = re.compile(rf"(?:{_CALLED_WORDS}|品牌|推出|推|发布|上线|开源|开发|研发|打造|亮相|内测|公测)了?\s*$")
_TRANSLIT = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,6})?")
#: a Latin alias in brackets that is a model code or a web address (X-Head 1, qianwenai.com), no translated term
_LATIN_ALIAS_AFTER = re.compile(r"\s?[（(]\s?[A-Za-z][A-Za-z .\-]*(?:\d[A-Za-z0-9 .\-]*|\.(?:com|ai|cn|io))[）)]")
_COUNTED_TOKENS = re.compile(r"[\d.]+\s?[KMBTkmbt]?\+? (?:[Tt]okens?|TOKEN|[Ss]tars?)")   # 1M tokens, 3.2k Star
#: a word after a name that is no part of it: a unit (Token), a day of support (Day-0)
_TRAILING_NON_NAME = re.compile(r"(?<![\d.]\d[KMBTkmbt])(?<!\d) (?:[Tt]okens?|TOKEN)$"   # not 100T Token: a count
                                r"| (?:Day|DAY)[- ]?[01]$")   # "M2.7 Day-0 适配": the model, then the day it was supported
#: kinds of device that "AI" describes after a name (Tabbit AI 浏览器, Rokid AI 眼镜); software often
#: carries it in its name (Core AI 框架, Firefly AI 助手, Vertex AI 平台)
_AI_DEVICE_KIND = re.compile(r"\s?(?:浏览器|眼镜|耳机|手机|录音笔|音箱|手表|戒指|吊坠|胸针|相机|电脑|笔记本|平板|设备|硬件)")
#: a release verb right before a name, and a short description up to a kind noun right after it
_RELEASED_JUST_BEFORE = re.compile(r"(?:发布|推出|上线|开源)了?\s?$")
_DESCRIBED_KIND_AFTER = re.compile(r"\s?[\u4e00-\u9fff]{0,8}?(?:基准|评测集|数据集|模型|助手|平台|工具|智能体|应用|框架|系统|引擎)")
_AI_NUMBER = re.compile(r"AI[ -]\d[\w.]*")   # AI 3.0, AI 50, AI 3D (but AI5, a chip, is glued)
_LATIN_PERSON = re.compile(rf"[A-Z][a-z{_ACCENTED}]+(?:[- ][A-Z][a-z{_ACCENTED}]+){{1,2}}")
_SPACES = " \u3000\t"
#: roles of people who make things, right before a Latin name: 开发者 Jihong Min
_MAKER_ROLE_BEFORE = re.compile(r"(?:开发者|作者|维护者|研究者|创作者|贡献者)\s*$")
_APPOINT = "任命|聘请|聘任|委任|提拔"   # 任命周明为 …: the one appointed follows
#: a step in a career (加入, 卸任, 接棒 …)
_CAREER_STEP = "加入|加盟|入职|离职|离开|担任|出任|创办|创立|卸任|辞任|辞去|接任|接棒|升任|现为|现任"
_PERSON_ACT = re.compile(r"\s*(?:正式|已经|已|也|近日|今日|此前|曾|同时|还|将|正|\d{1,2}\s?月(?:底|初|中旬)?\s?)*"
                         r"(?:表示|称|说|透露|认为|指出|宣布|回应|发文|坦言|强调|介绍|起诉|投资|" + _CAREER_STEP + ")")
#: a two-to-four-character Han name right before a step in a career (特努斯接棒, not 会议上说)
_HAN_NAME_ACTS = re.compile(r"[\u4e00-\u9fff]{2,4}?(?=\s*(?:将|已|正式)?(?:" + _CAREER_STEP + "))")
_GENERIC_ROLES = frozenset({"作者", "第一作者", "主要作者", "核心成员", "员工", "前员工", "高管", "前高管", "记者", "工程师", "经理", "顾问", "董事", "博士",
                            "主管", "演员", "歌手", "作家", "投资人", "获得者", "得主",
                            "部长", "副部长", "局长", "副局长", "署长", "厅长", "司长"})
_COBRAND = re.compile(r"\s?[×╳+＋]\s?([\u4e00-\u9fff]{2,6}?)(?:合作|联名|联手|携手|推出|发布)?(?=[，,。；;：:\s]|$)")
_COBRAND_LEFT = re.compile(r"(?:^|(?<=[，,：:；;\s*]))([\u4e00-\u9fff]{2,6})\s?[×╳]\s?")
_PARTNER_WITH = re.compile(r"(?:与|和|同)([\u4e00-\u9fff]{2,6}?)(?=(?:达成|签署|签订|展开|开展|建立|正式)(?:了)?(?:战略|深度|全面)?(?:合作|协议))")
_BARE_VERSION = re.compile(r"v\d+(?:\.\d+)*")
_DOCUMENT_END = re.compile(r"(?:指引|指南|报告|白皮书|蓝皮书|规范|标准|办法|条例|意见|通知|法案|框架|宣言|倡议)$")
_TITLE_MAKER = re.compile(r"^([\u4e00-\u9fff]{3,6})\s?(?=[A-Za-z])")
_JOINED_HANDS = re.compile(r"(?<=联手|携手)([\u4e00-\u9fff]{2,6})(?=[，,；;：:])")
_OWNER_LISTED = re.compile(r"(?:与|和|同|跟|、)([\u4e00-\u9fff]{2,6}?)(?=旗下)")
_INVESTED_IN = re.compile(r"(?:向|对)([\u4e00-\u9fff]{2,6}?)(?=(?:追加|继续|再)?(?:注资|投资|注入)(?:了)?\s*(?:约|近|超|逾)?\s*\d)")
_OFFICE_HEAD = re.compile(r"(?<=[\u4e00-\u9fff])([部局署厅])(?=副?\1长|长官)")   # 星河省科技厅厅长, 某国环境部长官
_FEATURE_TAIL = re.compile(r"([\u4e00-\u9fff]{2,4}?)(助手|智能体|工具)")
_NOT_IN_FEATURE = re.compile(r"[的与和及在是为将把被了或等让向对从给也还都再]|发布|推出|上线|开源|接入|集成|使用|采用|支持|新增|升级|打造|开发|构建|桌面|移动|手机|网页|电脑|车载|车机|云端|端侧|人工智能|官方")
_COMPOUND_AFTER = frozenset("级版类化性型式内外间")
_PRONOUN = re.compile(r"[她他它我你您们]")
_FOR_ROLE = re.compile(r"(?:为|给|面向|帮助|让|供)$")
_YEAR = re.compile(r"\s?(?:19|20)\d\d\s?年")
_FOREIGN_NAME_END = re.compile(r"表示|称|说|透露|认为|指出|宣布|坦言|强调|介绍|回应|直言|预测|警告|承认|在|于|的|与|和|曾|也|则|对此|发文|接受|此前|近日|为|担任|出任")
_COUNTED = re.compile(r"[一二三四五六七八九十两几多数各首][大家个所位款]")


class Recognizer:
    """Find mentions in sentences with a gazetteer and a lexicon (both loaded once)."""

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.lex = lexicon or load_lexicon()
        # verbs the segmenter's dictionary lacks (领投): taught so it reads 领投|大晓|机器人
        teach({str(w): "v" for w in self.lex.data.get("segmenter_verbs") or []})
        # organisations the gazetteer knows as makers of models only (MiniMax), never of chips
        makers = {cls: {e.maker for e in self.gaz.entries.values() if e.cls == cls and e.maker} for cls in (MOD, CHP)}
        self._model_only_makers = makers[MOD] - makers[CHP]
        # each finder, with a cheap test a sentence must pass for it to run (None: always run)
        self._finders = (
            (self._quoted, re.compile(r"[“\"「『]")),
            (self._transliterated, re.compile("[·・•‧]")),
            (self._founders_named, _FOUNDED_BY),
            (self._han_versions, _HAN_VERSION),
            (self._han_models_with_latin_version, _MODEL_NOUN_VERSION),
            (self._suffix_orgs, None),
            (self._office_orgs, _OFFICE_HEAD),
            (self._named_features, self.lex.product_descriptors),
            (self._business_units, None),
            (self._org_devices, _AI_DEVICE),
            (self._org_products, self.lex.product_descriptors),
            (self._cobrand_orgs, re.compile("[×╳+＋]")),
            (self._partner_orgs, _PARTNER_WITH),
            (self._invested_orgs, _INVESTED_IN),
            (self._joined_hands_orgs, _JOINED_HANDS),
            (self._listed_owner_orgs, _OWNER_LISTED),
            (self._partner_lists, _PARTNER_LIST),
            (self._org_lists, re.compile("、|和|及")),
            (self._people_after_roles, self.lex.role_re),
            (self._people_before_roles, re.compile(r"院士|副教授|教授|研究员|博士")),
            (self._people_after_orgs, re.compile(r"表示|称|说|透露|认为|指出|宣布|坦言|强调|介绍|回应|直言|预测|分享|团队|课题组")),
            (self._people_at_clause_start, re.compile(_PERSON_ACT.pattern + "|" + _APPOINT)),
            (self._people_in_item_brackets, _ITEM_BRACKET),
            (self._orgs_before_titles, _TITLE),
            (self._latin_employers, self.lex.role_re),
            (self._descriptor_orgs, self.lex.descriptors),
            (self._subject_orgs, re.compile(r"发布|推出|开源|完成|宣布|获得|起诉|收购|上线|推|联合|携手|联手|领投|跟投|参投|投资|入股|注资|合作|签署|签订|融")),
            (self._org_models, re.compile("大模型")),
            (self._product_names, self.lex.product_descriptors),
            (self._released_han_products, _RELEASE_VERB),
            (self._han_brands_with_codes, _HAN_BRAND_CODE),   # last: the brand may follow its maker
            (self._title_makers, _TITLE_MAKER),
        )

    # ------------------------------------------------------------ public
    def find(self, sentence: str, lead_name: str | bool = False) -> list[Mention]:
        """Return the mentions of ``sentence``, sorted, not overlapping.

        ``lead_name``: the header line of the list the sentence is an item of
        ("王慧文的投资版图："); under a header that introduces names (投资, 产品 …)
        the lead before the colon ("硅基流动：企业级服务") is taken as a name.
        """
        mentions = self._gazetteer(sentence)
        mentions = self._with_product_words(sentence, self._with_editions(sentence, self._latin(sentence, mentions)))
        mentions = self._with_plan_editions(sentence, mentions)
        taken = _Taken(sentence, mentions)
        for finder, precheck in self._finders:
            if precheck is not None and not precheck.search(sentence):
                continue
            for m in finder(sentence, taken):
                if m.source in _HAN_DISCOVERY and m.classes[:1] != (PER,) and is_han(sentence[m.start]) \
                        and not taken.segmentation().could_be_name(m.start, m.end, by_form=m.source in ("suffix", "list"),
                                                                   common_ok=m.source != "subject") \
                        and not self._acting_company(sentence, m):
                    continue
                taken.add(m)
        self._latin_people(sentence, taken)
        if lead_name and _NAME_LIST_HEADER.search(lead_name if isinstance(lead_name, str) else ""):
            for m in self._lead_name(sentence, taken):
                taken.add(m)
        out = [m for m in sorted(taken.mentions, key=lambda m: m.start)
               if not self._compared(sentence, m, taken) and not _programme(sentence, m) and not _work_title(sentence, m)
               and not _edition(sentence, m, taken) and not _lineage(sentence, m)]
        self._parenthesised_aliases(sentence, out)
        self._classed_by_noun_before(sentence, out)
        self._classed_by_counted_noun(sentence, out)
        self._chips_with_kind(sentence, out)
        self._raising_companies(sentence, out)
        self._models_of_model_makers(sentence, out)
        self._owned_latin_products(sentence, out)
        self._maker_chips(sentence, out)
        self._personal_funds(sentence, out)
        self._chip_makers(sentence, out)
        return self._platform_products(sentence, out)

    def _chip_makers(self, s: str, mentions: list[Mention]) -> None:
        """适配燧原科技、AMD 等芯片厂商: a chip maker's name (gazetteer ``chip`` or ``as_chip``) may
        also stand for its chip line, unless a name of its own follows (AMD Instinct, 英伟达 Orin X)."""
        for i, m in enumerate(mentions):
            org = m.entries.get(ORG)
            chip = self.gaz.get(org.as_chip) if org is not None and org.as_chip and CHP not in m.entries else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if chip is None or m.ref is not None or nxt is not None and not s[m.end:nxt.start].strip():
                continue
            m.entries[CHP] = chip
            m.classes = (*m.classes, CHP)

    @staticmethod
    def _raising_companies(s: str, mentions: list[Mention]) -> None:
        """Lumio 完成近 2 亿美元融资 (… B 轮): an unclassed Latin name that raises money or joins hands with
        another (Lumio 联合北辰大学…) at a clause start is a company; so is one owned by another
        that signs an agreement (北辰集团旗下 Lumio 达成合作)."""
        for m in mentions:
            if m.classes or m.known or m.source != "latin":
                continue
            at_clause_start = m.start == 0 or s[m.start - 1] in "，,；;：: "
            before = s[:m.start].rstrip()
            opens = not before or before[-1] in "，,；;：:"   # not after a maker (阿里 ATH 联合…)
            if (_RAISES_AFTER.match(s, m.end) and at_clause_start or _JOINS_AFTER.match(s, m.end) and opens) \
                    or _AGREES_AFTER.match(s, m.end) and _OWNED_BEFORE.search(s, 0, m.start):
                m.classes = (ORG,)

    def _models_of_model_makers(self, s: str, mentions: list[Mention]) -> None:
        """New Latin model names right after a known maker: 星河 AI 发布 M3, a chip-shaped name
        released by a maker of models and no chips, is a model (MiniMax M3 is no Apple M3) unless
        a chip noun follows it; 星河M4 医疗大模型, a model code glued to its Han maker, keeps the
        joined name as a label too."""
        for org, m in zip(mentions, mentions[1:]):
            if m.known or m.family is not None or m.source != "latin" or not org.known \
                    or org.classes[:1] != (ORG,):
                continue
            if m.classes == (CHP,) and org.entries[ORG].key in self._model_only_makers \
                    and _RELEASE_BETWEEN.fullmatch(s[org.end:m.start]) and self.lex.class_cue(s, m.end) != CHP:
                m.classes = (MOD,)
            elif m.classes == (MOD,) and m.full is None and org.end == m.start and is_han(s[org.end - 1]):
                m.full = s[org.start:m.end]

    @staticmethod
    def _personal_funds(s: str, out: list[Mention]) -> None:
        """王慧文家办, 周明家族基金: a person's name glued to a family-office word names that office,
        an organisation."""
        for i, m in enumerate(out):
            fund = _PERSONAL_FUND.match(s, m.end) if PER in m.classes[:1] and m.ref is None else None
            if fund and (i + 1 == len(out) or out[i + 1].start >= fund.end()):
                out[i] = Mention(m.start, fund.end(), s[m.start:fund.end()], (ORG,), {}, "suffix")

    @staticmethod
    def _compared(s: str, m: Mention, taken: "_Taken") -> bool:
        """True for a name only used as a comparison: 研发类 OpenClaw 智能体 (a product *like* it),
        Nova-5 级推理能力, GPT 风格的架构 (a level or a style, not the thing), 较上代 Nova-4,
        对标 Nova-5 (the thing measured against)."""
        if m.classes[:1] != (ORG,) and (_LEVEL_AFTER.match(s, m.end) or _COMPARED_BEFORE.search(s, 0, m.start)):
            return True
        k = m.start
        while k > 0 and s[k - 1] == " ":
            k -= 1
        return k > 0 and s[k - 1] == "类" and taken.segmentation().word_at(k - 1) == "类"

    @staticmethod
    def _maker_chips(s: str, mentions: list[Mention]) -> None:
        """华为芯片, Cerebras 芯片: a known company glued to the word for chip names the company's
        chips, one thing it makes (its ``owner``), not the company (华为芯片厂商 stays the company)."""
        for i, org in enumerate(mentions):
            if not org.known or org.classes[:1] != (ORG,) or org.ref is not None:
                continue
            kind = _MAKER_CHIP_AFTER.match(s, org.end)
            nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(s)
            if kind is None or kind.end() > nxt:
                continue
            chip = Mention(org.start, kind.end(), s[org.start:kind.end()], (CHP,), {}, "maker-chip",
                           owner=org.entries[ORG].key)
            mentions[i] = chip

    @staticmethod
    def _owned_latin_products(s: str, mentions: list[Mention]) -> None:
        """星河 Nova, 星河Nova 上线: an unclassed Latin name right after a known company is one of
        its products (its ``owner``). Not in lists (A、B Nova …), not for a person-shaped name that
        speaks (星河 Anna Berg 表示) and not for organisation words (星河 Cloud Research)."""
        for org, m in zip(mentions, mentions[1:]):
            if m.classes or m.known or m.source != "latin" or not org.known or org.classes[:1] != (ORG,) \
                    or org.ref is not None or s[org.end:m.start] not in ("", " "):
                continue
            if (org.start and s[org.start - 1] in "、和与及,，/&") or re.match(r"\s*(?:、|等|和|与|及|/|&)", s[m.end:]):
                continue
            if _LATIN_PERSON.fullmatch(m.text) and _SPEAKS_AFTER.match(s, m.end) \
                    or set(m.text.split()) & (_LATIN_ORG_WORDS | {"Research", "Cloud"}) \
                    or re.fullmatch(r"[A-Z]{2,4}", m.text):
                continue   # 斯坦福 HAI, 微软 MAI: a short acronym after a company is mostly one of its units
            # 星河 Lumio 宣布…/完成融资: a unit acting as a company is an organisation of its owner
            m.classes = (ORG,) if _UNIT_ACT.match(s, m.end) else (PRD,)
            m.owner = org.entries[ORG].key
            m.full = s[org.start:m.end]   # Rokid Glasses: the full name is a label too

    def _classed_by_counted_noun(self, s: str, mentions: list[Mention]) -> None:
        """发布 Nova X 和 Nova A 两款 CXL 控制器: unclassed Latin names listed before a count and a
        class noun take that class."""
        for i, last in enumerate(mentions):
            tail = _COUNTED_NOUN.match(s, last.end)
            if not tail:
                continue
            cls = self.lex.cue_before(tail.group(1))
            if cls not in (PRD, MOD, CHP):
                continue
            j = i
            while j > 0 and _LIST_GLUE.fullmatch(s[mentions[j - 1].end:mentions[j].start]):
                j -= 1
            for m in mentions[j:i + 1]:
                if not m.classes and not m.known and m.source == "latin":
                    m.classes = (cls,)

    @staticmethod
    def _chips_with_kind(s: str, mentions: list[Mention]) -> None:
        """Vera CPU, Orion GPU: a chip name the text writes with its kind after it keeps that full
        name as a label too (the kind word itself breaks a Latin run)."""
        for m in mentions:
            kind = _CHIP_KIND_AFTER.match(s, m.end) if m.classes[:1] == (CHP,) and not m.known else None
            if kind is not None and not m.full:
                m.full = m.text + " " + kind.group(1)

    def _classed_by_noun_before(self, s: str, mentions: list[Mention]) -> None:
        """视频编辑套件 Google Vids, 自家 Agent 产品 Cowork: an unclassed Latin name after a
        product, model or chip noun (its maker's name may stand between) takes that class."""
        for i, m in enumerate(mentions):
            prev = mentions[i - 1] if i else None
            if prev is not None and CHP in prev.classes and ORG in prev.classes and not m.known \
                    and m.source == "latin" and m.family is None and s[prev.end:m.start] in ("", " ") \
                    and _DIGIT.search(m.text) and self.lex.class_cue(s, m.end, window=3) in (None, CHP):
                m.classes = (CHP,)   # 昆仑芯 P800: a code right after a company's chip line is one of its chips
                continue
            if m.classes == (MOD,) and not m.known and m.source == "latin" and m.family is None \
                    and self.lex.cue_before(s[max(0, m.start - 8):m.start].rstrip()) == CHP \
                    and self.lex.class_cue(s, m.end, window=3) in (None, CHP):
                m.classes = (CHP,)   # AI 芯片 Orion-3: a chip noun before a model-shaped name makes it a chip
                continue
            if m.classes == (ORG,) and not m.known and m.source == "latin" and m.owner is None \
                    and self.lex.cue_before(s[max(0, m.start - 8):m.start]) == MOD:
                m.classes = (MOD,)   # AI 模型 Apple Foundation: a model noun outweighs an organisation word
                continue
            if m.classes or m.known or m.source != "latin":
                continue
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and not s[m.end:nxt.start].strip():
                continue   # 加速器 Cloud TPU v5p: the noun describes the whole run, not "Cloud"
            a = m.start
            if prev is not None and ORG in prev.classes[:1] and not s[prev.end:a].strip():
                a = prev.start
            cls = self.lex.cue_before(s[max(0, a - 8):a].rstrip())
            if cls == ORG and a == m.start:
                m.classes = (ORG,)   # 初创公司 Lindy 开始使用…: a company noun right before the name
                continue
            if cls in (PRD, MOD, CHP):
                m.classes = (cls,)
                if a < m.start:
                    m.full = s[a:m.end]

    def _platform_products(self, s: str, mentions: list[Mention]) -> list[Mention]:
        """微信ClawBot插件, 钉钉Nova助手: a new name right after a known app, with a product noun after
        it, is a product of that app's maker; the app is only where it lives."""
        drop = []
        for x, y in zip(mentions, mentions[1:]):
            entry = x.entries.get(PRD)
            if entry is None or ORG in x.classes[:1] or y.known or y.family is not None or y.ref is not None \
                    or s[x.end:y.start].strip() or not entry.maker or not self.gaz.get(entry.maker):
                continue
            k = y.end
            while k < len(s) and s[k] in _SPACES:
                k += 1
            cue = self.lex.cue_at(s, k)
            if cue is None or self.lex.cue_before(cue) not in (PRD, MOD):
                continue
            y.owner = y.owner or entry.maker
            if not y.classes:
                y.classes = (self.lex.cue_before(cue),)
            drop.append(x)
        return [m for m in mentions if m not in drop] if drop else mentions

    # ------------------------------------------------------------ gazetteer
    def _gazetteer(self, s: str) -> list[Mention]:
        out = []
        for gm in self.gaz.find(s):
            if gm.end - gm.start <= 3 and all(is_han(c) for c in gm.surface) and gm.start > 0 \
                    and gm.end < len(s) and is_han(s[gm.start - 1]) and is_han(s[gm.end]):
                if segment(s).cuts_word(gm.start, gm.end):
                    continue   # 思科 in 蓝思科技: a known name cut out of two other words
            entries: dict[str, Entry] = {}
            for e in gm.entries:
                entries.setdefault(e.cls, e)
                if e.company and ORG not in entries:
                    comp = self.gaz.get(e.company)
                    if comp:
                        entries[ORG] = comp
            m = Mention(gm.start, gm.end, gm.surface, tuple(entries), entries, "gazetteer")
            m.owner = self._owner_prefix(gm.surface, gm.entry)
            out.append(m)
        return out

    def _owner_prefix(self, surface: str, entry: Entry) -> str | None:
        """Return the organisation key a composite name starts with (腾讯元宝 -> tencent)."""
        owner = self.gaz.get(entry.owner) if entry.owner else None
        if owner is None:
            return None
        for name in owner.names:
            if len(name) < len(surface) and surface.lower().startswith(name.lower()):
                return owner.key
        return None

    # ------------------------------------------------------------ Latin names
    def _latin(self, s: str, gaz: list[Mention]) -> list[Mention]:
        """Merge gazetteer matches with Latin runs: split at orgs, extend families, discover the rest."""
        out = list(gaz)
        for run in _LATIN_RUN.finditer(s):
            a, b = run.span()
            if a > 0 and (is_latin_char(s[a - 1]) or s[a - 1] in "@\\" or s[a - 1] == "/" and not _slash_listed(s, a, b)):
                continue
            if " " not in run.group():   # fast path: one token
                exact = [m for m in gaz if m.start == a and m.end == b]
                if exact:
                    continue
                if _BARE_VERSION.fullmatch(run.group()) and self.lex.class_cue(s, b, window=8) != MOD:
                    continue   # 升级至v0.5.0, 低代码v2.0: a version with no name of its own
                if run.group() in _BREAK_TOKENS or self.lex.is_not_name(run.group()):
                    if not any(m.start < b and m.end > a for m in gaz):
                        continue
            inside = [m for m in gaz if m.start < b and m.end > a]
            if any(m.start < a or m.end > b for m in inside):
                # a gazetteer name reaching into Han text (英伟达A100): keep the part after it
                cut = max((m.end for m in inside if m.start < a), default=a)
                if cut >= b:
                    continue
                a = cut
                while a < b and s[a] == " ":
                    a += 1
                inside = [m for m in inside if m.start >= a]
            if inside and inside[-1].end == b and ORG in inside[-1].classes and len(inside) == 1 \
                    and inside[-1].start > a and s[a].isupper() and not self.gaz.lookup(s[a:inside[-1].start].strip()) \
                    and s[a:inside[-1].start].strip() not in _BREAK_TOKENS \
                    and not self.lex.is_not_name(s[a:inside[-1].start].strip()):
                # "Ask Intel", "Azure OpenAI": a name that ends with an organisation's name
                m = Mention(a, b, s[a:b], (), {}, "latin")
                out.append(m)
                out.remove(inside[-1])
                continue
            pieces = self._pieces(s, a, b, inside)
            for piece in pieces:
                if piece not in out:
                    out.append(piece)
            for m in inside:
                if m not in pieces:
                    out.remove(m)
        out.sort(key=lambda m: m.start)
        return self._han_family_versions(s, out)

    def _with_product_words(self, s: str, mentions: list[Mention]) -> list[Mention]:
        """Gemini API, MiniMax Agent, 文心APP, 豆包手机: a known name with a product word right after
        it (lexicon ``product_words``) is one product, made by the name's maker or by the company
        the name is."""
        out: list[Mention] = []
        for i, m in enumerate(mentions):
            word = self.lex.product_word.match(s, m.end)
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            thing = next((m.entries[c] for c in (MOD, PRD) if c in m.entries), None) or m.family
            org = m.entries.get(ORG)
            if word is not None and is_han(word.group()[-1]) \
                    and (thing is None or not is_han(s[m.end - 1]) or word.group()[0] == " "):
                word = None   # 豆包手机, not 小米手机 / Android手机
            if word is not None and word.group() == "助手" and (thing is None or thing.cls != MOD):
                word = None   # 文心助手 is the app of the 文心 models; 元宝助手 is 元宝 itself
            if word is not None and not (nxt is not None and nxt.start < word.end()) and self._new_latin_product(m, word.group()):
                end = word.end()   # Interactions API: a new Latin name and a Latin product word are one product
                out.append(Mention(m.start, end, s[m.start:end], (PRD,), {}, "latin", name=m.text + " " + word.group().strip()))
                continue
            if word is None or nxt is not None and nxt.start < word.end() \
                    or (thing is None or not thing.maker) and org is None:
                out.append(m)
                continue
            end = word.end()
            # one spelling whatever the spacing: 文心 APP and 文心APP are one product
            name = m.text + ("" if is_han(m.text[-1]) else " ") + word.group().strip()
            if thing is not None and thing.maker:
                out.append(Mention(m.start, end, s[m.start:end], (PRD,), {}, "family", name=name, family=thing))
            else:
                out.append(Mention(m.start, end, s[m.start:end], (PRD,), {}, "latin", name=name, owner=org.key))
        return out

    @staticmethod
    def _new_latin_product(m: Mention, word: str) -> bool:
        """True when ``m`` is a Latin name nobody knows, no acronym (REST API), and ``word`` a Latin
        product word after a space: Interactions API names one product."""
        return m.source == "latin" and not m.known and not m.classes and m.family is None and word[:1] == " " \
            and word.strip().isascii() and not re.fullmatch(r"[A-Z0-9]{2,5}", m.text)

    def _with_editions(self, s: str, mentions: list[Mention]) -> list[Mention]:
        """宇树H2 Plus, 小米SU7 Ultra: a known model or product whose name ends with a number, then an
        edition word (lexicon ``name_continuations``), is that edition, made by the same maker."""
        out: list[Mention] = []
        for i, m in enumerate(mentions):
            thing = next((m.entries[c] for c in (MOD, PRD) if c in m.entries), None)
            tail = _EDITION_AFTER.match(s, m.end) if thing is not None and thing.maker and m.text[-1].isdigit() else None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if tail is None or tail.group(1) not in self.lex.continuations or nxt is not None and nxt.start < tail.end():
                out.append(m)
                continue
            out.append(Mention(m.start, tail.end(), s[m.start:tail.end()], (thing.cls,), {}, "family", family=thing))
        return out

    def _with_plan_editions(self, s: str, mentions: list[Mention]) -> list[Mention]:
        """ChatGPT 企业版, 企业版ChatGPT, 豆包专业版: a known model or product with a plan's edition
        (lexicon ``plan_editions``) after or before it is that edition, a product of the same maker,
        one name whichever way it is written (ChatGPT企业版)."""
        out: list[Mention] = []
        for i, m in enumerate(mentions):
            thing = next((m.entries[c] for c in (MOD, PRD) if c in m.entries), None) or m.family
            if thing is None or not thing.maker or m.start >= 2 and s[m.start - 1] == " " and s[m.start - 2].isascii() \
                    and s[m.start - 2].isalnum():
                out.append(m)   # Microsoft 365 Copilot 企业版: the name starts before the known part
                continue
            prev_end = out[-1].end if out else 0
            after = self.lex.plan_edition_after.match(s, m.end)
            before = self.lex.plan_edition_before.search(s, prev_end, m.start)
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if after and not (nxt is not None and nxt.start < after.end()):
                a, b, word = m.start, after.end(), after.group(1)
            elif before:
                a, b, word = before.start(), m.end, before.group(1)
            else:
                out.append(m)
                continue
            out.append(Mention(a, b, s[a:b], (PRD,), {}, "family", name=m.text + word, family=thing))
        return out

    def _noun_after(self, s: str, b: int) -> str | None:
        """Return the class of a short Han noun phrase right after ``s[:b]`` that ends with a
        class noun (" 人形机器人" -> Product), or None."""
        run = _HAN_RUN_AFTER.match(s, b)
        if not run:
            return None
        head = run.group(1)
        return next((c for k in range(1, len(head) + 1) if (c := self.lex.cue_before(head[:k]))), None)

    def _han_family_versions(self, s: str, mentions: list[Mention]) -> list[Mention]:
        """星火X2, 混元T1: a Han family name with a Latin version glued to it is one model."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            entry = next(iter(prev.entries.values()), None) if prev is not None and prev.known else None
            if entry is not None and entry.family and entry.cls in (MOD, PRD, CHP) and prev.end == m.start \
                    and is_han(s[prev.end - 1]) and not m.known and m.source == "latin" and _DIGIT.search(m.text):
                cls = MOD if entry.cls == MOD or self.lex.class_cue(s, m.end, window=3) == MOD else entry.cls
                out[-1] = Mention(prev.start, m.end, s[prev.start:m.end], (cls,), {}, "family", family=entry)
                continue
            out.append(m)
        return out

    def _pieces(self, s: str, a: int, b: int, inside: list[Mention]) -> list[Mention]:
        """Cut the Latin run ``s[a:b]`` into names."""
        tokens = [(t.start() + a, t.end() + a) for t in _NONSPACE.finditer(s[a:b])]
        out: list[Mention] = []
        group: list[tuple[int, int]] = []
        fam: Mention | None = None

        def close():
            nonlocal group, fam
            if group:
                m = self._latin_name(s, group[0][0], group[-1][1], fam)
                if m:
                    out.append(m)
                elif fam is not None:
                    out.append(fam)
            elif fam is not None:
                out.append(fam)
            group, fam = [], None

        i = 0
        while i < len(tokens):
            ta, tb = tokens[i]
            g = next((m for m in inside if m.start == ta), None)
            if g is not None and len(group) == 1 and s[group[0][0]:group[0][1]] in _NAME_OPENERS:
                g = None   # Project Genie: a word that opens names takes the known name after it into one
            if g is not None and fam is not None and len(group) == 1 and CHP in fam.classes[:1] \
                    and CHP in g.classes[:1] and s[group[0][1]:g.start] == " " \
                    and not {e.key for e in g.entries.values()} & {e.key for e in fam.entries.values()}:
                g = None   # Jetson Orin: a chip family's name and another chip's name after it are one
                # chip (Instinct MI300X stays the family's member MI300X)
            if g is not None:
                close()
                j = i
                while j < len(tokens) and tokens[j][1] <= g.end:
                    j += 1
                j = max(j, i + 1)
                entry = next(iter(g.entries.values()))
                extends = entry.cls != ORG and (entry.family or entry.cls in (MOD, PRD) and entry.maker is not None)
                if extends and j < len(tokens) and tokens[j - 1][1] == g.end \
                        and self._continues(s, tokens[j], family=entry.family):   # Android CLI, iOS 27
                    fam = g
                    group = [(g.start, g.end)]
                elif entry.cls == ORG and j < len(tokens) and tokens[j - 1][1] == g.end \
                        and s[tokens[j][0]:tokens[j][1]] in _OFFSHOOT_WORDS and s[g.end:tokens[j][0]] == " " \
                        and not (j + 1 < len(tokens) and s[tokens[j + 1][0]].isupper()
                                 and s[tokens[j][1]:tokens[j + 1][0]] == " "):
                    group = [(g.start, g.end)]   # Anthropic Software: another organisation named after a known one
                else:
                    out.append(g)
                i = j
                continue
            tok = s[ta:tb]
            if group and fam is None and tok in _NAME_CONNECTORS and i + 1 < len(tokens) \
                    and s[tokens[i + 1][0]].isupper() and s[group[0][0]].isupper():
                group.append((ta, tb))   # Trail of Bits, Patch the Planet: one name
                i += 1
                continue
            if tok in _BREAK_TOKENS:
                close()
                i += 1
                continue
            if group and not self._continues(s, (ta, tb), family=fam is not None):
                close()
            group.append((ta, tb))
            i += 1
        close()
        out = self._joined_by_for(s, out, b)
        kept: list[Mention] = []
        for y in out:   # "AI 3.0" names nothing alone; after its maker it is the model (Rakuten AI 3.0)
            if _AI_NUMBER.fullmatch(y.text) and y.family is None:
                x = kept[-1] if kept else None
                if x is not None and x.known and ORG in x.classes and s[x.end:y.start] == " ":
                    kept[-1] = Mention(x.start, y.end, s[x.start:y.end], (MOD,), {}, "latin",
                                       owner=x.entries[ORG].key)
                continue
            kept.append(y)
        out = [self._numbered_product(s, x, b) if x.known and ORG in x.classes[:1] else x for x in kept]
        for x, y in zip(out, out[1:]):   # "DeepSeek V4 Pro": the model's name with its maker
            if x.known and ORG in x.classes and not y.known and y.family is None and s[x.end:y.start] == " ":
                if not y.classes and _DIGIT.search(y.text) or y.classes == (CHP,) \
                        and x.entries[ORG].key in self._model_only_makers and self.lex.class_cue(s, y.end) != CHP:
                    y.classes = (MOD,)   # a versioned name right after its maker: DeepSeek V4, MiniMax M3
                if y.classes and y.classes[0] in (MOD, PRD, CHP):
                    y.full = s[x.start:y.end]   # MatX One 芯片: the maker's name is part of a label
        return out

    def _numbered_product(self, s: str, org: Mention, end: int) -> Mention:
        """"Figure 02 人形机器人": a known company's name, a bare number of up to three digits and
        a product or chip noun name that company's product (or chip); else ``org`` unchanged."""
        num = _NUMBER_AFTER_NAME.match(s, org.end)
        if num is None or num.end() > end or _counts(s, num.end() + s[num.end()].isspace()):
            return org
        cls = self._noun_after(s, num.end())
        if cls not in (PRD, CHP):
            return org
        return Mention(org.start, num.end(), s[org.start:num.end()], (cls,), {}, "latin", owner=org.entries[ORG].key)

    def _joined_by_for(self, s: str, out: list[Mention], end: int) -> list[Mention]:
        """"ChatGPT for Excel", "Claude for Chrome": a product made for another is one name.

        The name keeps the family of its first part, so its maker is known; a known company's
        name opening it (OpenAI for Healthcare) makes the company its maker."""
        merged: list[Mention] = []
        skip_to = -1
        for m in out:
            if m.start < skip_to:
                continue
            tail = _FOR_TAIL.match(s, m.end, end)
            company = ORG in m.classes[:1]
            if tail and m.text[:1].isupper() and (m.known or not company):
                product = Mention(m.start, tail.end(), s[m.start:tail.end()], (PRD,), {}, "latin")
                if company:
                    product.owner = m.entries[ORG].key   # OpenAI for Healthcare: a company's offer for a field
                else:
                    product.family = m.entries.get(PRD) or m.entries.get(MOD) or m.family
                merged.append(product)
                skip_to = tail.end()
                continue
            merged.append(m)
        return merged

    def _continues(self, s: str, tok: tuple[int, int], family: bool) -> bool:
        t = s[tok[0]:tok[1]]
        if t in _BREAK_TOKENS:
            return False
        if t[-1].isdigit() and _counts(s, tok[1]):
            return False   # "Claude 90分钟": a quantity, not a version (but "X 0.5人形机器人…" is one)
        if t.isdigit() and re.match(r" [个倍款项家位名台次人天张条篇件块只份%％]", s[tok[1]:tok[1] + 2]):
            return False   # "Firefox 22 个漏洞": a count, even with a space before its measure word
        if t in self.lex.continuations or t[0].isdigit() or t[0].isupper():
            return True
        if _VERSION_WORD.fullmatch(t):
            return True   # "Music v2": a version word continues any name
        return family and bool(_LOWER_VERSION.match(t))

    def _glued_family(self, text: str) -> Entry | None:
        """Return the model family ``text`` is a version of when the version is glued to the
        family's name (GPT-5.6, Qwen3.6-Plus, Gemini-3.5), else None. Not for a word after the
        family's name (Phi-Bot X1 is no Phi model)."""
        if self.gaz.lookup(text):
            return None
        for cut in (c.start() for c in _GLUED_VERSION.finditer(text)):
            family = next((e for e in self.gaz.lookup(text[:cut]) if e.family and e.cls in (MOD, PRD, CHP)), None)
            if family is not None:
                return family
        return None

    def _latin_name(self, s: str, a: int, b: int, fam: Mention | None) -> Mention | None:
        while (spec := _SPEC_PREFIX.match(s, a, b)) and spec.end() < b:
            a = spec.end()   # "12Hi 48GB HBM4E", "309B MoE": sizes before a name are not part of it
        if (kind := _KIND_WORD_BEFORE_NAME.match(s, a, b)) and a and is_han(s[a - 1]):
            a = kind.end()   # 个人助理Agent LobsterAI: the kind, written in English, then the name
        if (unit := _UNIT_TOKEN.match(s, a, b)) and unit.end() < b and re.search(r"\d\s?$", s[:a]):
            a = unit.end()   # "10 g AI 录音豆": the unit of the number before, not a name's first word
        text = s[a:b].rstrip(".-_'")
        if text.endswith(" AI") and (fam is not None or _ai_before_description(s, a, text)):
            text = text[:-3]   # "Claude AI" is Claude; "A1 Pro AI录音硬件": the product, then what it is
        text = _TRAILING_NON_NAME.sub("", text)   # "Claude Design Token 上限": the name, then the unit
        device = _CHIP_IN_DEVICE.match(text)
        if device:
            text = device.group(1)   # "M4 Mac 上": the chip, then the machine it sits in
        if _COUNTED_TOKENS.fullmatch(text):
            return None   # "0.5B Token", "1M tokens": a count
        b = a + len(text)
        if not text or self.lex.is_not_name(text) or text.isdigit() or _NUMBERISH.fullmatch(text) \
                or _UNIT.fullmatch(text):
            return None
        if len(text) == 1 or not _LETTER.search(text) or _QUANTITY.fullmatch(text) or s.startswith(("轮", " 轮"), b) \
                or _EVENT_YEAR.search(text) or _EVENT_AFTER.match(s, b) or _BENCHMARK.search(text) \
                or _PROCESS_NODE.match(text) or _PROCESS_AFTER.match(s, b) \
                or fam is None and (_NAMED_EVENT_AFTER.match(s, b) or _RANKING_AFTER.match(s, b)):
            return None   # 2000-3000, 4700TPS, A++轮: numbers; HDC2026, Build 2026 大会, FORCE 原动力大会:
            # events; N3E 工艺: a process node; test suites; Trending 榜首: a leaderboard
        entry = next(iter(fam.entries.values())) if fam is not None else self._glued_family(text)
        if fam is not None and entry.cls == PRD and (longer := self._glued_family(text)) is not None \
                and longer.cls == MOD:
            entry = longer   # "Kimi K2.5": a version of the model family Kimi K, not of the app Kimi
        if entry is not None:
            cls = entry.cls
            if self.lex.model_shape.match(text) and cls in (MOD,):
                cls = MOD
            cue = self.lex.class_cue(s, b, window=8)
            if cue == MOD and cls == PRD:   # a product family's model: 可灵 3.0 视频模型
                cls = MOD
            return Mention(a, b, text, (cls,), {}, "family", family=entry)
        known = self.gaz.lookup(text)
        if known:
            entries = {}
            for e in known:
                entries.setdefault(e.cls, e)
            return Mention(a, b, text, tuple(entries), entries, "gazetteer")
        prefix = _ORG_DASH.match(text)
        if prefix:
            org = next((e for e in self.gaz.lookup(prefix.group(1)) if e.cls == ORG), None)
            if org is not None and _DIGIT.search(prefix.group(2)):
                # "DeepSeek-V4": the model V4 of DeepSeek, named like "DeepSeek V4"
                m = Mention(a, b, text, (MOD,), {}, "latin", name=prefix.group(2), owner=org.key)
                m.full = text
                return m
        cue = self.lex.class_cue(s, b)
        if _CHIP_AFTER.match(s, b) or _CODENAME_BEFORE.search(s, 0, a) and _CODE_NAMED_CHIP.match(s, b):
            cue = CHP   # Crescent Island 数据中心 GPU, N1X 自研 ARM 芯片: a chip described after its name,
            # 代号为 SeedChip 的自研 AI 芯片: after a code name, what it names
        noun = self.lex.cue_at(s, b)
        if _LAB_END.search(text) and len(text) > 4 and cue not in (PRD, MOD, CHP):
            return Mention(a, b, text, (ORG,), {}, "latin", cue=noun)   # MMLab, FAIRLabs: a lab
        near = self._noun_after(s, b)   # 远征 A3 人形机器人: the noun phrase right after the name
        # 发布 Lumo AI 外呼评测基准: a name just released and described up to its kind is that thing, no company
        released = text.endswith(" AI") and bool(_RELEASED_JUST_BEFORE.search(s, 0, a)) \
            and bool(_DESCRIBED_KIND_AFTER.match(s, b))
        if " " in text and (text.rsplit(" ", 1)[1] in _LATIN_ORG_WORDS and cue not in (PRD, MOD, CHP)
                            or text.endswith(" AI") and cue in (None, ORG) and not _DIGIT.search(text)
                            and not released and not _AI_DEVICE_KIND.match(s, b)):
            return Mention(a, b, text, (ORG,), {}, "latin", cue=noun)   # Soul AI Lab, Sunday Robotics
        if text.endswith(" AI") and (cue == MOD or near == CHP or _AI_DEVICE_KIND.match(s, b)):
            text, b = text[:-3], b - 3   # "Mythos AI 模型" is Mythos, "Tabbit AI 浏览器" is Tabbit
            near = self._noun_after(s, b)
        elif released and cue is None:
            cue = PRD   # its AI stays in the name (Light AI 游戏资产生成平台)
        if noun is not None and self.lex.cue_before(noun) == MOD and cue == MOD:
            cls: tuple[str, ...] = (MOD,)   # M3模型: the noun glued to the name says what it is
        elif self.lex.chip_shape.match(text) and near == PRD:
            cls = (PRD,)   # a chip-shaped name (A3) that a product noun follows is that product
        elif self.lex.chip_shape.match(text) and cue != MOD or cue == CHP:
            cls = (CHP,)   # but 百川 M4 医疗模型: a model noun after a chip-shaped name makes it a model
        elif self.lex.model_shape.match(text) and len(text) > 2 and _DIGIT.search(text):
            cls = (MOD,)   # a versioned model name stays a model whatever noun follows
        elif cue in (PRD, ORG):
            cls = (cue,)
        elif (self.lex.model_shape.match(text) and len(text) > 2) or cue == MOD:
            cls = (MOD,)
        elif _DIGIT.search(text) and len(text) > 2:
            cls = (MOD,) if not cue else (cue,)
        else:
            cls = ()
        return Mention(a, b, text, cls, {}, "latin", cue=noun)

    # ------------------------------------------------------------ Han names
    def _han_versions(self, s: str, taken: "_Taken"):
        """Han names followed by a version: 文心大模型 5.0, 可灵 3.0, 飞鱼-1.0, and a known chip
        family's model number, letters and all (昇腾910C, 鲲鹏 920: one chip, written unspaced)."""
        for m in _HAN_VERSION.finditer(s):
            ver_a, ver_b = m.span(2)
            # the Han part: walk left from the version over Han characters
            k = m.start(2)
            while k > 0 and s[k - 1] in " -":
                k -= 1
            han_end = k
            fam = taken.at_end(han_end)
            entry = next(iter(fam.entries.values())) if fam is not None and fam.known else None
            chip_family = entry is not None and entry.family and entry.cls == CHP
            code = _CHIP_CODE_LETTERS.match(s, ver_b) if chip_family else None
            if code:
                ver_b = code.end()
            nx = ver_b
            while nx < len(s) and s[nx] in _SPACES:
                nx += 1
            tail = _CONTINUATION.match(s, nx + 1 if s.startswith("-", nx) else nx)
            if tail and tail.group(1) in self.lex.continuations:
                ver_b = nx = tail.end()   # 豆包2.0 Pro, 千问3.6-Plus: the edition word belongs to the version
            elif nx < len(s) and (s[nx] in _VERSION_STOP or is_latin_char(s[nx])):
                continue
            if ver_a > 0 and is_latin_char(s[ver_a - 1]) or _RANGE_AFTER.match(s, ver_b):
                continue   # 月费2.99-49.99美元: a range of numbers, no version
            version = s[ver_a:ver_b]
            if entry is not None:
                if entry.cls == ORG or not entry.family and "." not in version:
                    continue   # 扣子3.0: a dotted version makes any known product a family
                if "." not in version and _COUNT_AFTER.match(s, ver_b):
                    continue   # 昇腾 8000 卡集群, 昇腾 2025 年: a count or a year, no version
                name = s[fam.start:ver_b].replace(" ", "") if chip_family else s[fam.start:ver_b]
                cue = self.lex.class_cue(s, ver_b, window=8)
                cls = cue if cue in (MOD, PRD) else entry.cls
                mention = _replace(fam, Mention(fam.start, ver_b, name, (cls,), {}, "family", family=entry))
                stem = _FAMILY_NOUN_END.sub("", fam.text)
                if fam.text.endswith("AI") and is_han(fam.text[0]):
                    stem = fam.text[:-2].rstrip()   # 可灵AI 3.0 is 可灵 3.0
                if stem != fam.text and len(stem) >= 2:   # 文心大模型 5.1 is 文心 5.1 (the full name a label)
                    mention.name, mention.full = stem + s[fam.end:ver_b], name
                yield mention
                continue
            if re.fullmatch(r"(?:19|20)\d\d", version):
                continue   # 定档2026春, 大会2026: a year, no version of a new name
            noun = _FAMILY_NOUN_END.search(s, max(0, han_end - 3), han_end) if "." in version else None
            stem_end = noun.start() if noun else han_end   # 荣耀魔法大模型3.0: after its maker, the name
            start = self._walk_left(s, stem_end, taken, limit=8)   # goes on before its noun
            maker = taken.at_end(start) if noun else None
            line = self._family_line_before(s, start, taken) if noun and stem_end - start <= 4 else None
            if line is not None:
                # 混元世界模型1.5, 混元3D世界模型2.0: a known model family, what the model does, its
                # noun and a version are one model of that family
                yield _replace(line[0], Mention(line[0].start, ver_b, s[line[0].start:ver_b], (MOD,), {}, "family",
                                                family=line[1]))
                continue
            if noun and (stem_end - start < 2 or s[start:stem_end] in self.lex.model_fields
                         or self.lex.is_not_name(s[start:stem_end])
                         or maker is None or not maker.known or maker.classes[:1] != (ORG,)):
                start = han_end   # 开源翻译模型1.5: no maker glued before, so no name reaching past the noun
            glued = taken.at_end(start)
            line = _model_family(glued) if 1 <= han_end - start <= 4 else None
            if line is not None and all(is_han(c) for c in s[start:han_end]) and "." in version \
                    and taken.segmentation().could_be_name(start, han_end):
                # 混元图像3.0: a known family, a word on what the model does and a version name one model
                # (not 豆包大模型进入 2.0: a verb stands there)
                yield _replace(glued, Mention(glued.start, ver_b, s[glued.start:ver_b], (MOD,), {}, "family",
                                              family=line))
                continue
            before_cls = None
            seg = taken.segmentation()
            for k in range(han_end - 2, start, -1):   # 智驾芯片马赫100: the noun before names the class
                cls_here = self.lex.cue_before(s[start:k])
                if cls_here in (MOD, PRD, CHP) and seg.word_at(k) == s[k:han_end] and seg.tag_at(k) in COMMON_WORD:
                    before_cls = cls_here   # 电脑管家18.0: the noun and a common word after it are the name
                    break
                if cls_here in (MOD, PRD, CHP):
                    start, before_cls = k, cls_here
                    break
            if before_cls is None and self.lex.cue_before(s[max(0, start - 6):start]) in (MOD, PRD, CHP):
                before_cls = self.lex.cue_before(s[max(0, start - 6):start])
            if han_end - start < 2:
                continue
            if "." not in version and not self.lex.class_cue(s, ver_b, window=3) and before_cls is None:
                continue
            ai = re.search(r"(?<![A-Za-z])AI\s?$", s[max(0, start - 3):start])
            if ai and taken.free(start - len(ai.group()), start):
                start -= len(ai.group())   # 发布 AI 数智员工 2.0: "AI" opens the name
            name = s[start:ver_b]
            if self.lex.is_not_name(s[start:han_end]) or s[start:han_end] in self.lex.boundaries \
                    or _DOCUMENT_END.search(s, start, han_end):
                continue   # 《伦理安全指引 1.0》: a document's title, no model or product
            cue = self.lex.class_cue(s, ver_b, window=3) or before_cls
            cls = cue if cue in (PRD, CHP) else MOD
            if not taken.free(start, ver_b):
                continue
            yield Mention(start, ver_b, name, (cls,), {}, "han-version")

    def _family_line_before(self, s: str, start: int, taken: "_Taken"):
        """Return (mention, family) for a known model family glued before ``start``, over a short
        Latin word at most (混元|3D世界: the family 混元), else None."""
        k = start
        while k > 0 and start - k < 3 and s[k - 1].isascii() and s[k - 1].isalnum():
            k -= 1
        glued = taken.at_end(k)
        line = _model_family(glued)
        return (glued, line) if line is not None else None

    def _han_models_with_latin_version(self, s: str, taken: "_Taken"):
        """星河医疗大模型V3.5: a Han name, its model noun, then a Latin version is one model (of the
        family whose name is glued before it, if any)."""
        for m in _MODEL_NOUN_VERSION.finditer(s):
            noun_a, ver_b = m.start(1), m.end()
            inside = [x for x in taken.mentions if x.start < ver_b and x.end > noun_a]
            if any(x.start < m.start(2) or x.end > ver_b for x in inside):
                continue   # the noun or more is part of another name already
            start = self._walk_left(s, noun_a, taken, limit=8)
            prefix = s[start:noun_a]
            if len(prefix) < 2 or not all(is_han(c) for c in prefix) or self.lex.is_not_name(prefix) \
                    or self.lex.cue_before(prefix) is not None or not taken.free(start, noun_a):
                continue
            fam = taken.at_end(start)
            entry = _model_family(fam)
            if entry is not None:   # 讯飞星火医疗大模型 V3.5: a model of the family glued before it
                yield _replace(fam, Mention(fam.start, ver_b, s[fam.start:ver_b], (MOD,), {}, "family", family=entry))
                continue
            yield Mention(start, ver_b, s[start:ver_b], (MOD,), {}, "han-version")

    def _han_brands_with_codes(self, s: str, taken: "_Taken"):
        """星火X2, 拾光S1, 远征 A3: a two-character Han brand glued to a model code (or one space
        before it) is one name.

        The brand must stand alone: after a boundary word, a name or punctuation
        (发布星火X2, 智元远征A3), and be no class noun, time word or other common phrase
        (芯片N9, 财年Q4, 最年轻的P10 stay as they are)."""
        for m in _HAN_BRAND_CODE.finditer(s):
            a, code_a, b = m.start(), m.start(2), m.end()
            code = next((x for x in taken.mentions if x.start == code_a and x.end == b and not x.known), None)
            if code is None or not taken.free(a, code_a) or _NOT_A_CODE.match(m.group(2)):
                continue
            brand = m.group(1)
            spaced = code_a - a > 2   # 璇玑 A3: with a space, only after a class noun or a verb (星河 M4 is a maker)
            before_ok = (not spaced and (a == 0 or not is_han(s[a - 1]) or taken.at_end(a) is not None)) \
                or self.lex.boundary_ends_at(s, a) or self.lex.cue_before(s[max(0, a - 4):a]) is not None
            seg = taken.segmentation()
            if not before_ok or self.lex.is_not_name(brand) or self.lex.cue_before(brand) is not None \
                    or self.lex.boundary_inside(s, a, code_a) or self.lex.boundary_ends_at(s, code_a) \
                    or seg.tag_at(a) in _NOT_A_BRAND or not seg.could_be_name(a, code_a, by_form=True):
                continue
            # the class noun after the name, else the one before it (智驾芯片璇玑 A3 is a chip); a code
            # alone looks like a chip (A3), a brand rarely is one
            cue = self.lex.class_cue(s, b, window=8) or self.lex.cue_before(s[max(0, a - 4):a])
            classes = (cue,) if cue in (MOD, PRD, CHP) else (PRD,) if CHP in code.classes[:1] else code.classes
            # one name however it is spaced (璇玑 A3 and 璇玑A3 are one chip)
            yield _replace(code, Mention(a, b, s[a:b].replace(" ", ""), classes, {}, "brand-code"))

    def _walk_left(self, s: str, end: int, taken: "_Taken", limit: int = 8, passable: bool = False,
                   glued: bool = False) -> int:
        """Return where a Han name ending at ``end`` starts: after the last boundary word.

        ``passable``: domain nouns (机器人, 人工智能 …) do not end the name
        (北京人形机器人创新中心). A few nouns right before the suffix never end it
        (河南投资集团, 华创投资基金). ``glued``: a one-character boundary the segmenter reads
        inside a word does not end the name either (顺为资本)."""
        k = end
        while k > 0 and end - k < limit and is_han(s[k - 1]) and taken.free(k - 1, k):
            if self.lex.boundary_ends_at(s, k) and not (glued and self._glued_boundary(s, k, taken)):
                word = next((w for w in _PASSABLE if s.startswith(w, k - len(w))), None) if passable else None
                if k == end:
                    word = next((w for w in _BEFORE_SUFFIX if s.startswith(w, k - len(w))), word)
                if word is None or end - (k - len(word)) > limit:
                    break
                k -= len(word)
                continue
            k -= 1
        # a boundary word at the very start of the candidate
        while k < end and self._starts_with_boundary(s, k, end):
            k += self._boundary_len(s, k, end)
        return k

    def _glued_boundary(self, s: str, k: int, taken: "_Taken") -> bool:
        """True when the boundary ending at ``k`` is one character that the segmenter reads as the
        end of a noun or of a word it does not know (顺为|资本, 河套|学院: 为 and 套 are part of a
        name, not a verb or a counter), so a name may hold it."""
        longer = any(len(self.lex.boundary_at(s, j) or "") == k - j for j in range(max(0, k - 4), k - 1))
        if s[k - 1] in _PREPOSITIONS or longer:   # 成为资本: the boundary is the word 成为
            return False
        seg = taken.segmentation()
        w = seg.word_start(k - 1)
        return w < k - 1 and k in seg.ends and seg.tag_at(w) not in _NOT_A_BRAND \
            and not self.lex.boundary_at(s, w) and all(is_han(c) for c in s[w:k])

    def _starts_with_boundary(self, s, k, end) -> bool:
        return self._boundary_len(s, k, end) > 0

    def _boundary_len(self, s, k, end) -> int:
        b = self.lex.boundary_at(s, k)
        if b and k + len(b) <= end and len(b) < end - k:
            return len(b)
        return 0

    def _suffix_orgs(self, s: str, taken: "_Taken"):
        """Organisations by suffix: 生数科技, 清华大学, 松延动力 (weak suffixes need an act)."""
        for strong, pat in ((True, self.lex.strong_suffix), (False, self.lex.weak_suffix)):
            for m in pat.finditer(s):
                a, b = m.span()
                if not taken.free(a, b):
                    continue
                if b < len(s) and is_han(s[b]) and self.lex.suffix_continuations.match(s, b) \
                        and not self.lex.role_re.match(s, b):
                    continue   # the suffix word is part of a longer noun (科技公司)
                unit = m.group() in _UNIT_SUFFIXES or m.group() == "大学"
                long = unit or m.group() == "基金"   # 北京人工智能基金: a fund named after its field
                if strong and a >= 4 and s.startswith("AI", a - 2) and is_han(s[a - 3]) and taken.free(a - 2, a):
                    a -= 2   # 狮子山AI实验室: "AI" inside the suffix
                numbered = _NUMBERED_GROUP.search(s, 0, a) if m.group() == "集团" else None
                if numbered and taken.free(numbered.start(1), b):   # 58 集团, 360集团: a group named by a number
                    yield Mention(numbered.start(1), b, s[numbered.start(1):b], (ORG,), {}, "suffix")
                    continue
                start = self._walk_left(s, a, taken, limit=8 if long else 5, passable=long or m.group() == "公司",
                                        glued=strong or long)   # 西湖机器人公司: a name, its kind, then 公司
                if start > 0 and a - start >= (8 if long else 5) and is_han(s[start - 1]) \
                        and not self.lex.boundary_ends_at(s, start) and taken.free(start - 1, start):
                    continue   # the name runs further left than we can tell: better none than a cut one
                if start < a and s[start] in "年月" and re.search(r"\d\s?$", s[:start]):
                    start += 1   # 2026 年北辰电视台: the year is no part of the name
                if 0 < start < a:   # the walk stopped inside a word (自|变量机器人): take the whole word
                    w = taken.segmentation().word_start(start)   # but not a preposition (由|云杉资本)
                    if w < start and all(is_han(c) for c in s[w:start]) and taken.free(w, start) \
                            and s[start - 1] not in _PREPOSITIONS:
                        start = w
                if s[start] == "系" and a - start > 2 and (group := taken.at_end(start)) is not None \
                        and ORG in group.classes:
                    start += 1   # 宁德时代系晨道资本: a fund of the 宁德时代 group, named 晨道资本
                named_for = taken.at_end(a) if start == a and m.group() == "基金会" else None
                if named_for is not None and named_for.known and PER in named_for.classes[:1]:
                    yield Mention(named_for.start, b, s[named_for.start:b], (ORG,), {}, "suffix")
                    continue   # 盖茨基金会: a foundation named after a person
                prefix = s[start:a]
                if len(prefix) < 2 or not all(is_han(c) for c in prefix):
                    continue
                name = s[start:b]
                if self.lex.is_not_name(name) or self.lex.is_not_name(prefix) or _COUNTED.search(prefix):
                    continue
                if self.lex.cue_before(prefix) is not None and m.group() in ("公司", "企业", "集团", "有限公司") \
                        and not self._named_before_kind(s, start, a, taken):
                    continue   # 编程工具公司, 芯片公司: what kind of company, not which
                owner = taken.at_end(start)
                if owner is not None and owner.known and ORG in owner.classes and owner.end == start \
                        and m.group() in _UNIT_SUFFIXES:
                    # 微软亚洲研究院: a unit named after its organisation
                    m2 = Mention(owner.start, b, s[owner.start:b], (ORG,), {}, "suffix",
                                 owner=owner.entries[ORG].key)
                    yield m2
                    continue
                glued = taken.starting_at(b)
                if glued is not None and not glued.known and not glued.classes and glued.source == "latin":
                    continue   # 数字银行Digit: the words describe the new Latin name glued to them
                if not strong:
                    if m.group() == "投资" and _AMOUNT_AFTER.match(s, b):
                        continue   # 向康宁投资 32 亿美元: the verb and its amount, no 康宁投资
                    if re.match(r"\s*[A-Za-z]", s[b:b + 3]) or self.lex.cue_at(s, b):
                        continue   # 检测公司 Veritas, 耦合智能大模型: the words describe the name after them
                    ends_here = b == len(s) or not is_han(s[b]) or self.lex.boundary_starts_at(s, b) \
                        or bool(self.lex.after_person.match(s, b))
                    acts = _org_act(s, b) or bool(_WEAK_OK_AFTER.match(s, b))
                    if acts and not _org_act(s, b) and re.match(r"\s*[）)]", s[b:]) \
                            and _common_words_only(taken.segmentation(), start, a):
                        continue   # Tide（底层引擎）: a kind in brackets, not a company
                    after_verb = bool(_ORG_BEFORE.search(s, max(0, start - 3), start))
                    if not (acts or (after_verb and ends_here) or after_verb and is_han(s[b:b + 1])):
                        continue
                yield Mention(start, b, name, (ORG,), {}, "suffix")

    def _named_before_kind(self, s: str, start: int, a: int, taken: "_Taken") -> bool:
        """True when the words before a company suffix are a name and then its kind (西湖|机器人|公司),
        not only a kind (编程工具公司, 人形机器人公司): the name is a word of two or more characters
        that the dictionary does not know as a common word."""
        seg = taken.segmentation()
        first = seg.word_at(start)
        return first is not None and 2 <= len(first) < a - start and seg.tag_at(start) not in COMMON_WORD \
            and seg.tag_at(start) not in NOT_NAME_START and self.lex.cue_at(s, start + len(first)) is not None \
            and not self.lex.not_name_starts.match(first)

    def _named_features(self, s: str, taken: "_Taken"):
        """A known model or product, a Han phrase, a product noun: Nova深度研究助手 is a product of its own."""
        for base in list(taken.mentions):
            if not base.known or not ({MOD, PRD} & set(base.classes)) or ORG in base.classes[:1]:
                continue
            k = base.end
            m = _FEATURE_TAIL.match(s, k)
            if not m:
                continue
            words = m.group(1)
            e = m.end()
            if e < len(s) and is_han(s[e]) and not (self.lex.boundary_starts_at(s, e) or _org_act(s, e)
                                                     or self.lex.after_person.match(s, e)
                                                     or self.lex.weak_suffix.match(s, e) is None
                                                     and re.match(r"升级|更新|上线|推出|发布|新增|支持|接入", s[e:])):
                continue   # the product noun runs on (助手类, 应用场景)
            if self.lex.cue_at(s, k) or _NOT_IN_FEATURE.search(words) or not taken.free(k, e):
                continue
            yield Mention(base.start, m.end(), s[base.start:m.end()], (PRD,), {}, "descriptor",
                          family=base.entries.get(MOD) or base.entries.get(PRD))

    def _business_units(self, s: str, taken: "_Taken"):
        """A known company plus a business-unit word: 星河数科, 星河智能云, 星河健康 (owned by 星河)."""
        for owner in list(taken.mentions):
            if not owner.known or ORG not in owner.classes or owner.classes[0] != ORG:
                continue
            unit = self.lex.unit_at(s, owner.end)
            if not unit:
                continue
            b = owner.end + len(unit)
            if b < len(s) and is_han(s[b]) and not (self.lex.boundary_starts_at(s, b) or _org_act(s, b)
                                                     or self.lex.after_person.match(s, b)):
                continue   # 星河健康码: the unit word runs on into a longer noun
            if not taken.free(owner.end, b) or self.gaz.lookup(s[owner.start:b]):
                continue
            yield Mention(owner.start, b, s[owner.start:b], (ORG,), {}, "suffix",
                          owner=owner.entries[ORG].key)

    def _org_devices(self, s: str, taken: "_Taken"):
        """星河AI眼镜, 北辰 AI 手机: a known organisation glued to an AI device noun names that device,
        a product of the organisation. The mention spans the device noun only (the organisation
        stays a mention of its own) but its text is the whole name without spaces (北辰AI手机), so
        the device is one node in every digest and the bare noun is never its label."""
        for org in list(taken.mentions):
            if not org.known or org.ref is not None:
                continue
            # also a brand of the organisation's (千问 AI 眼镜: Alibaba's Qwen-branded glasses)
            owner = org.entries[ORG].key if ORG in org.classes[:1] else next(
                (e.maker for e in org.entries.values() if e.cls in (MOD, PRD) and e.maker), None)
            if owner is None:
                continue
            k = org.end + (1 if s[org.end:org.end + 1] == " " else 0)
            device = _AI_DEVICE.match(s, k)
            if device is None or not taken.free(k, device.end()):
                continue
            end = device.end()
            code = _DEVICE_CODE.match(s, end)   # 千问 AI 眼镜 S1: the model code is part of the name
            if code:   # (the code may be found already, as a name of its own: it joins this one)
                alone = taken.at_end(code.end())
                if taken.free(end, code.end()) or alone is not None and not alone.known and alone.start >= end:
                    end = code.end()
            full = s[org.start:end].replace(" ", "")   # one name however it is spaced
            yield Mention(k, end, full, (PRD,), {}, "descriptor", owner=owner)

    def _org_products(self, s: str, taken: "_Taken"):
        """蚂蚁灵光App, 阿里云百炼平台: a known organisation, a short Han name, a product noun.

        The name is the product's; the organisation is its maker (kept as ``owner``)."""
        for org in list(taken.mentions):
            if not org.known or ORG not in org.classes[:1] or org.ref is not None:
                continue
            for n in (4, 3, 2):
                e = org.end + n
                if e > len(s) or not all(is_han(c) for c in s[org.end:e]) or not taken.free(org.end, e):
                    continue
                k = e
                while k < len(s) and s[k] in _SPACES:
                    k += 1
                noun = self.lex.product_descriptors.match(s, k)
                if noun is None or (noun.group()[0].isascii() and is_latin_char(s[noun.end():noun.end() + 1] or " ")):
                    continue
                if re.match(r"\s?[A-Za-z0-9]", s[noun.end():noun.end() + 2]):
                    break   # 星河绳驱机器人T1: the product is the code after the noun; the Han words describe it
                name = s[org.end:e]
                if self.lex.is_not_name(name) or self.lex.cue_before(name) is not None \
                        or self.lex.boundary_inside(s, org.end, e) \
                        or _NOT_IN_FEATURE.search(name) or self.lex.unit_at(s, org.end) or _COUNTED.match(name):
                    continue   # AWS两大平台: a count, no name
                m = Mention(org.end, e, name, (PRD,), {}, "descriptor", owner=org.entries[ORG].key)
                m.full = s[org.start:e]
                yield m
                break

    def _org_models(self, s: str, taken: "_Taken"):
        """长安汽车天枢大模型: a known organisation, a short Han name and 大模型 name the
        organisation's model. Its name keeps 大模型 (天枢大模型); the name with the organisation
        before it is a label too (长安汽车天枢大模型)."""
        for org in list(taken.mentions):
            m = _ORG_MODEL.match(s, org.end)
            if m is None or not org.known or ORG not in org.classes[:1] or org.ref is not None \
                    or not taken.free(*m.span()):
                continue
            a, b = m.span(1)
            name = s[a:b]
            # a field or a generic word says what the model is for, not its name (阿里语音大模型);
            # a team or a verb is the start of a clause (浙大团队揭示大模型 …)
            if self.lex.cue_before(name) is not None or self.lex.boundary_inside(s, a, b) \
                    or _NOT_IN_FEATURE.search(name) or self.lex.unit_at(s, a) \
                    or name in self.lex.model_fields or self.lex.is_not_name(name) \
                    or any(self.lex.is_company_part(name[:k]) for k in range(2, len(name) + 1)) \
                    or _has_verb(taken.segmentation(), a, b):
                continue
            mention = Mention(a, m.end(), s[a:m.end()], (MOD,), {}, "descriptor", owner=org.entries[ORG].key)
            mention.full = s[org.start:m.end()].replace(" ", "")
            yield mention

    def _cobrand_orgs(self, s: str, taken: "_Taken"):
        """The partner after an organisation and a cross or a plus: 星河科技×北辰, 星河科技+北辰 → 北辰."""
        for m in _COBRAND.finditer(s):
            a, b = m.span(1)
            left = taken.at_end(m.start())
            if left is None or ORG not in left.classes or not taken.free(a, b) or self.lex.is_not_name(s[a:b]):
                continue
            if taken.starting_at(len(s) - len(s[b:].lstrip(_SPACES))) is not None:
                continue   # Coatue + 新加坡 GIC: the words describe the name after them
            yield Mention(a, b, s[a:b], (ORG,), {}, "list")
        for m in _COBRAND_LEFT.finditer(s):   # 影禾医脉 × 天坛医院发布: the brand before the cross
            a, b = m.span(1)
            right = taken.starting_at(m.end())
            if right is None or ORG not in right.classes or not taken.free(a, b) or self.lex.is_not_name(s[a:b]) \
                    or self.lex.boundary_inside(s, a, b):
                continue
            yield Mention(a, b, s[a:b], (ORG,), {}, "list")

    def _partner_orgs(self, s: str, taken: "_Taken"):
        """The partner in 与X达成战略合作 / 和X签署合作协议: a short Han run between 与 and the agreement."""
        return self._orgs_between(s, taken, _PARTNER_WITH)

    def _invested_orgs(self, s: str, taken: "_Taken"):
        """The company in 向X注资 30 亿美元 / 对X投资 5 亿元: a short Han run between 向 and the money."""
        return self._orgs_between(s, taken, _INVESTED_IN)

    def _listed_owner_orgs(self, s: str, taken: "_Taken"):
        """The owner in 与伟创力旗下 JetCool: a short Han run between 与/和/、 and 旗下."""
        return self._orgs_between(s, taken, _OWNER_LISTED)

    def _joined_hands_orgs(self, s: str, taken: "_Taken"):
        """The partner in 星河科技联手南湖邮政，…: a Han run between 联手/携手 after a known
        organisation and the end of the clause. Two characters only when the segmenter knows them
        as an organisation's name (not 携手共赢); longer runs must not open with a common word."""
        seg = taken.segmentation()
        for m in self._orgs_between(s, taken, _JOINED_HANDS):
            left = taken.at_end(m.start - 2)
            if left is None or not left.known or ORG not in left.classes[:1]:
                continue
            one_name = seg.word_at(m.start) == m.text and seg.tag_at(m.start) in ("nt", "nz")
            if one_name or (len(m.text) >= 3 and not self._opens_with_common_word(s, m.start, m.end, taken)):
                yield m

    def _title_makers(self, s: str, taken: "_Taken"):
        """智象未来HiDream-O1-Image-Pro, 矩阵超智 MATRIX-3: a title that is only a Han name and a
        Latin model or product name (a list item's link text) names the maker first. The Han name
        must end with an organisation suffix (思谋科技) or hold a word the dictionary does not know
        (智象|未来); kinds and modifiers (向量数据库, 下一代, 新指标) are no makers."""
        m = _TITLE_MAKER.match(s)
        a, b = m.span(1)
        item = taken.starting_at(m.end())
        if item is None or not taken.free(a, b) or not set(item.classes[:1]) <= {MOD, PRD, CHP}:
            return
        rest = s[item.end:].lstrip(_SPACES)
        if rest and rest[0] not in "：:":
            return
        name = s[a:b]
        seg = taken.segmentation()
        if self.lex.is_not_name(name) or self.lex.cue_before(name) is not None or self.lex.role_re.search(name) \
                or name[-1] in "版代级款型" or _ends_with_verb(seg, a, b):
            return   # 马来西亚封禁 Grok: a clause, no maker
        suffix = next((x.group() for p in (self.lex.strong_suffix, self.lex.weak_suffix)
                       for x in p.finditer(name) if x.end() == len(name)), "")
        by_suffix = bool(suffix) and len(name) - len(suffix) >= 2
        unknown_word = any(b2 - a2 >= 2 and seg.tag_at(a2) in (None, "nz", "nt", "nrt", "nr", "ns")
                           for a2, b2 in seg.tokens if a <= a2 < b)
        if by_suffix or unknown_word and seg.tag_at(a) not in ("a", "p", "m", "t", "r", "f", "q", "d", "v"):
            yield Mention(a, b, name, (ORG,), {}, "title")

    def _orgs_between(self, s: str, taken: "_Taken", pattern: re.Pattern):
        """Organisations in group 1 of ``pattern``: a short Han run no other finder claimed."""
        for m in pattern.finditer(s):
            a, b = m.span(1)
            if not taken.free(a, b):
                continue
            name = s[a:b]
            if self.lex.is_not_name(name) or _PRONOUN.search(name) or _NOT_AN_ITEM.search(name) \
                    or self.lex.boundary_inside(s, a, b):
                continue
            yield Mention(a, b, name, (ORG,), {}, "list")

    def _partner_lists(self, s: str, taken: "_Taken"):
        """The partners in 星河正与北辰、Lumina 和南湖精密合作开发 / 豆神教育与微软推出: every item
        between 与 and a joint verb is an organisation, and so is a bare name opening the clause;
        so are they after a 与 that opens a clause whose subject went before (…，与北辰、南湖等合作)."""
        for m in _PARTNER_LIST.finditer(s):
            a, b = m.span(1)
            left_org = any(ORG in x.classes[:1] and 0 <= a - 1 - x.end <= 4 for x in taken.mentions)
            opener = re.search(r"(?:^|[，,；;：:。*\s])([\u4e00-\u9fff]{2,6})$", s[:m.start()])
            subjectless = s[m.start()] == "与" and bool(_CLAUSE_OPENS.search(s, 0, m.start())) \
                and bool(_DEAL_AFTER.match(s, b))
            if not left_org and opener is None and not subjectless:
                continue
            found = []
            for known, new in self._list_items(s, a, b, "、，,和及与", taken, longest=8):
                found.extend(known)
                if new is not None:
                    found.append(new)
                    yield new
            if opener is not None and not left_org and any(ORG in x.classes for x in found):
                oa, ob = opener.span(1)
                if s[oa] in "年月日" and re.search(r"\d\s?$", s[:oa]):
                    oa += 1   # 2024 年拜登政府: the date's unit is not part of the name
                name = s[oa:ob]
                if taken.free(oa, ob) and not self.lex.is_not_name(name) and not _PRONOUN.search(name) \
                        and not self.lex.boundary_inside(s, oa, ob):
                    yield Mention(oa, ob, name, (ORG,), {}, "list")

    def _org_lists(self, s: str, taken: "_Taken"):
        """车企：长安、东风、比亚迪等 / 腾讯云、PPIO 等云平台: the items of a list that an
        organisation noun introduces or closes are organisations."""
        for m in _NAME_LIST.finditer(s):
            a, b = m.span(1)
            before = s[max(0, a - 10):a] + (s[a] if s[a] in "由" else "")
            if not (_ORG_LIST_OPENER.search(before) or _ORG_LIST_CLOSER.match(s[b:b + 8])):
                continue
            lead = re.match(r"[由被向获与]\s*", s[a:b])
            if lead:   # 由道得投资、盛世投资领投: the list starts after 由
                a += lead.end()
            first = re.match(r"[^、和及]*[与同跟]\s*", s[a:b])
            if first:  # 星河计划与北辰、Lumo 等企业合作: the list starts after 与
                a += first.end()
            for _, new in self._list_items(s, a, b, "、和及", taken, longest=6):
                if new is not None:
                    yield new

    def _list_items(self, s: str, a: int, b: int, separators: str, taken: "_Taken", longest: int):
        """Walk the items of the list ``s[a:b]``; for each, yield (the known mentions it holds, a new
        organisation or None). An unclassed Latin name that is a whole item becomes an organisation."""
        for c in re.finditer("[^" + separators + "]+", s[a:b]):
            ca, cb = c.start() + a, c.end() + a
            while ca < cb and s[ca] in _SPACES:
                ca += 1
            while cb > ca and s[cb - 1] in _SPACES:
                cb -= 1
            known = [x for x in taken.mentions if x.start < cb and x.end > ca]
            if known:
                for x in known:
                    if x.start == ca and x.end == cb and x.source == "latin" and not x.classes and not x.known:
                        x.classes = (ORG,)
                yield known, None
                continue
            name = s[ca:cb]
            if 2 <= len(name) <= longest and all(is_han(ch) for ch in name) and not self.lex.is_not_name(name) \
                    and not _PRONOUN.search(name) and not re.search(r"[的了在是等与和及]", name) \
                    and not _NOT_AN_ITEM.search(name) \
                    and self.lex.cue_before(name) is None \
                    and not self.lex.boundary_inside(s, ca, cb):
                yield [], Mention(ca, cb, name, (ORG,), {}, "list")
            else:
                yield [], None

    def _office_orgs(self, s: str, taken: "_Taken"):
        """Offices named by their head: 国家数据局局长 → 国家数据局, 星河省科技厅厅长 → 星河省科技厅."""
        for m in _OFFICE_HEAD.finditer(s):
            a, b = m.span(1)
            if not taken.free(a - 1, b):
                continue
            start = self._walk_left(s, a - 1, taken, limit=10)
            name = s[start:b]
            if b - 1 - start < 2 or self.lex.is_not_name(name):
                continue
            yield Mention(start, b, name, (ORG,), {}, "office")

    def _descriptor_orgs(self, s: str, taken: "_Taken"):
        """Organisations named right after a descriptor: 机器人公司智平方, AI 检测公司 GPTZero."""
        for m in self.lex.descriptors.finditer(s):
            a, b = m.span()
            if not taken.free(a, b):
                continue
            if a == 0 or s[a - 1] in "该这此其本贵母子新老各某每" or not (is_han(s[a - 1]) or is_latin_char(s[a - 1]) or s[a - 1] == " "):
                continue
            if b < len(s) and s[b] in _COMPOUND_AFTER:
                continue   # 企业级, 平台化: the descriptor is part of an adjective, no name follows
            k = b
            while k < len(s) and s[k] in _SPACES:
                k += 1
            nxt = taken.starting_at(k)
            if nxt is not None:
                if not nxt.known and not nxt.classes and nxt.source == "latin":
                    nxt.classes = (ORG,)
                continue
            for n in range(2, 6):
                e = k + n
                if e > len(s) or not all(is_han(c) for c in s[k:e]) or not taken.free(k, e):
                    break
                if e == len(s):
                    break
                if not is_han(s[e]) or s[e] in "（(" or self.lex.boundary_starts_at(s, e) \
                        or self.lex.after_person.match(s, e) or _org_act(s, e):
                    name = s[k:e]
                    if not self.lex.is_not_name(name) and not self.lex.boundary_starts_at(s, k) \
                            and not self.lex.cue_at(s, e) \
                            and not self._opens_with_common_word(s, k, e, taken):   # 企业信息查询平台, 公司估值翻番
                        yield Mention(k, e, name, (ORG,), {}, "descriptor")
                    break

    @staticmethod
    def _opens_with_common_word(s: str, k: int, e: int, taken: "_Taken") -> bool:
        """True when ``s[k:e]`` opens with a dictionary word of two or more characters that
        is a common word (公司估值翻番, 机构紧急评估, 企业服务领域), or ends with a common verb
        (企业高管发送): what follows a descriptor is then talk about it, not its name.
        Proper names (穆迪, 深度机智) and words the dictionary lacks (智平方, 原力灵机) pass."""
        seg = taken.segmentation()
        first = seg.word_at(k) or ""
        if len(first) >= 2 and seg.tag_at(k) in _COMMON_OPENER:
            return True
        last = max((a for a in seg.starts if k < a < e), default=None)
        return last is not None and e - last >= 2 and seg.word_at(last) == s[last:e] and seg.tag_at(last) in ("v", "vn", "ad", "d")

    def _subject_orgs(self, s: str, taken: "_Taken"):
        """A Han name opening a clause as the subject of a company act: 火山引擎推出 …, 福客 AI 获…投资."""
        for m in _SUBJECT_ORG.finditer(s):
            a, b = m.span(1)
            if not taken.free(a, b):
                continue
            name = s[a:b]
            if _AMOUNTISH.search(name):
                continue
            if self.lex.is_not_name(name) or self.lex.boundary_starts_at(s, a) or any(
                    name.endswith(w) for w in ("称", "表示", "显示", "指出", "认为", "报道", "消息")) \
                    or _ADVERB_END.search(name):
                continue
            if self._persons_team(s, a, b):
                continue
            seg = taken.segmentation()
            proper = seg.word_at(a) == name and seg.tag_at(a) in _PROPER_NOUN   # 诺和诺德: one dictionary name
            han_b = a + len(name.removesuffix("AI").rstrip())   # the checks look at the Han name, not its AI
            if not proper and (any(self.lex.boundary_ends_at(s, k) for k in range(a + 1, han_b))
                               or self.lex.boundary_inside(s, a, han_b)):
                continue
            cobrand = a > 0 and s[a - 1] in "×╳"   # 阿里云×小熊推出: a co-brand, a name even if a common word
            # 星火发布 Nova-7: a subject that releases a named model is a maker, even if a common word
            maker = _RELEASES_LATIN.match(s, b) is not None and (a == 0 or s[a - 1] in "，,；;：:")
            yield Mention(a, b, name, (ORG,), {}, "list" if cobrand or maker else "subject")

    def _persons_team(self, s: str, a: int, b: int) -> bool:
        """True when ``s[a:b]`` is a person's name and a team word (谢赛宁团队, 周明课题组): the
        people around a researcher, no company."""
        part = self.lex.company_parts.search(s, a, b)
        if part is None or part.start() - a not in (2, 3) or not self.lex.is_surname(s[a]):
            return False
        return self._person_named(s, a, part.start(), True) is not None

    # ------------------------------------------------------------ people
    def _transliterated(self, s: str, taken: "_Taken"):
        """Transliterated names with a middle dot: 山姆·奥尔特曼, 戴维·格林, CJ·摩西."""
        for m in _DOTS.finditer(s):
            dot = m.start()
            a = dot
            while a > 0 and dot - a < 4 and is_han(s[a - 1]) and taken.free(a - 1, a) and s[a - 1] != "官" \
                    and not self.lex.boundary_ends_at(s, a) and not self._role_ends_at(s, a):
                a -= 1   # not into a title: 首席安全官马特·奈特
            initials = taken.at_end(dot) if a == dot else None
            if initials is not None and initials.source == "latin" and not initials.known \
                    and re.fullmatch(r"[A-Z]{1,3}", initials.text):
                a = initials.start   # CJ·摩西: initials, then the transliterated surname
            else:
                initials = None
            b = dot + 1
            kin = taken.starting_at(b)
            if kin is not None and self._kin_of_known_person(s[a:dot], kin):
                b = kin.end   # 丹妮拉·阿莫代伊: another person of a known person's family
            b = self._dotted_part_end(s, dot, b, taken)
            if b - dot >= 2 and _DOTS.fullmatch(s[b:b + 1]):
                third = self._dotted_part_end(s, b, b + 1, taken)   # 苏珊·诺拉·约翰逊: a third part
                b = third if third > b + 1 else b
            inside = [x for x in taken.mentions if x.start < b and x.end > dot]
            if dot - a < 1 or b - dot < 2 or not taken.free(initials.end if initials else a, dot + 1) \
                    or any(x.start < dot + 1 or x.end > b for x in inside):
                continue
            name = s[a:b]
            if self.gaz.lookup(name):
                continue
            yield Mention(a, b, name, (PER,), {}, "person")

    def _dotted_part_end(self, s: str, dot: int, b: int, taken: "_Taken") -> int:
        """Return where the Han part of a dotted name after the dot at ``dot`` ends, read on from
        ``b`` (at most six characters; 保罗·米德即将离职 ends before 即将)."""
        while b < len(s) and b - dot <= 6 and is_han(s[b]) and (taken.free(b, b + 1) or self._surname_org(taken, b)):
            if b > dot + 1 and (self.lex.after_person.match(s, b) or self.lex.role_re.match(s, b)
                                or _AFTER_FOREIGN_NAME.match(s, b)):
                break
            b += 1
        return b

    @staticmethod
    def _kin_of_known_person(given: str, surname: Mention) -> bool:
        """True when ``surname`` is a known person's family name and the curated names of that
        person spell it with another given name (达里奥·阿莫代伊, so 丹妮拉·阿莫代伊 is someone else)."""
        entry = surname.entries.get(PER)
        if entry is None or not given or surname.end - surname.start > 6:
            return False
        dotted = [n for n in entry.names if _DOTS.search(n) and n.endswith(surname.text)]
        return bool(dotted) and all(not n.startswith(given) for n in dotted)

    @staticmethod
    def _surname_org(taken: "_Taken", pos: int) -> bool:
        """True when ``pos`` lies in a short known organisation name that is also a family name
        after a dot (迈克尔·戴尔: Dell the man, not Dell the company)."""
        return any(x.start <= pos < x.end and x.known and ORG in x.classes and x.end - x.start <= 3
                   for x in taken.mentions)

    def _role_ends_at(self, s: str, pos: int) -> bool:
        return any(s.startswith(w, pos - len(w)) for w in (x for v in self.lex.roles.values() for x in v)
                   if pos >= len(w))

    def _people_before_roles(self, s: str, taken: "_Taken"):
        """戴琼海院士, 蔡峥副教授: a surnamed name right before an academic role."""
        for r in re.finditer(r"院士|副教授|教授|研究员|博士", s):
            e = r.start()
            for n in (3, 2):
                a = e - n
                if a < 0 or not all(is_han(c) for c in s[a:e]) or not taken.free(a, e):
                    continue
                if not self.lex.is_surname(s[a]) or self.lex.boundary_starts_at(s, a) \
                        or s[a:a + 2] in self.lex.not_given_names:
                    continue   # 安全研究员: a field, not 安全 the person
                if n == 3 and self.lex.is_surname(s[a + 1]) and not self.lex.boundary_ends_at(s, a) \
                        and a > 0 and is_han(s[a - 1]) and not taken.at_end(a):
                    continue
                if a > 0 and is_han(s[a - 1]) and not taken.at_end(a) and not self.lex.boundary_ends_at(s, a):
                    continue
                yield Mention(a, e, s[a:e], (PER,), {}, "person")
                break

    def _people_after_roles(self, s: str, taken: "_Taken"):
        for r in self.lex.role_re.finditer(s):
            k = r.end()
            if _FOR_ROLE.search(s, max(0, r.start() - 3), r.start()) and taken.at_end(r.start()) is None:
                continue   # 为科学家设计: the role word names who a thing is for, no title (华为董事 is one)
            while k < len(s) and (s[k] in _SPACES or s[k] in "」”』\"" and k == r.end()):
                k += 1   # 「小冰之父」李笛: the epithet in quotes, then the name
            surname_only = _LATIN_SURNAME.match(s, k)   # 工程主管Federighi在…表示: one Latin word that speaks
            if surname_only and not (_SPEAKS_AFTER.match(s, surname_only.end())
                                     or _PERSON_ACT.match(s, surname_only.end())):   # 得主Jumper离开…
                surname_only = None
            foreign = self._transliterated_name(s, k, taken)
            if foreign is not None:
                yield foreign
                continue
            if r.group() in _GENERIC_ROLES and not (k < len(s) and self.lex.is_surname(s[k])) \
                    and not _LATIN_PERSON.match(s, k) and not surname_only and not _HAN_NAME_ACTS.match(s, k):
                continue   # 硬件主管特努斯接棒: an unsurnamed name after a plain role only when it acts
            if taken.starting_at(k) is not None:
                m = taken.starting_at(k)
                if m.source == "latin" and not m.classes and (_LATIN_PERSON.fullmatch(m.text)
                                                               or surname_only and m.end == surname_only.end()):
                    m.classes = (PER,)
                elif m.source == "latin" and not m.known and set(m.classes[:1]) & {MOD, PRD} \
                        and r.group() not in _GENERIC_ROLES and _LATIN_PERSON.fullmatch(m.text):
                    m.classes = (PER,)   # 科学家 Yi Tay: a name after a title, though it opens like a model (Yi)
                continue
            lm = _LATIN_PERSON.match(s, k)
            if lm:
                if taken.free(k, lm.end()):
                    yield Mention(k, lm.end(), lm.group(), (PER,), {}, "person")
                continue
            m = self._han_person(s, k, taken, surname_needed=False)
            if m:
                yield m
                yield from self._people_listed_after(s, m, taken)

    def _people_listed_after(self, s: str, first: Mention, taken: "_Taken"):
        """联合创始人刘伟、蔡浩宇、罗宇皓: the surnamed names listed after the one a title names."""
        end = first.end
        while end < len(s) and s[end] == "、":
            m = self._han_person(s, end + 1, taken, surname_needed=True)
            if m is None:
                return
            yield m
            end = m.end

    def _transliterated_name(self, s: str, k: int, taken: "_Taken") -> Mention | None:
        """部长贝森特也已…, 负责人卡利诺夫斯基辞职, 负责人詹南德雷亚本周离职: a run of three or more
        characters foreign names are transliterated with, right after a title, is a person's name
        up to where a word, a person's act or punctuation begins. One opening with a Chinese
        surname must be four characters or more (a shorter one is read as a Chinese name)."""
        run = self.lex.transliterated_run(s, k)
        if run < 3:
            return None
        seg = taken.segmentation()
        surnamed = self.lex.is_surname(s[k])
        for e in range(k + run, k + 2, -1):
            if not taken.free(k, e):
                continue
            word = seg.word_at(e) if e < len(s) else None
            ends = e == len(s) or not is_han(s[e]) or bool(_FOREIGN_NAME_END.match(s, e)) \
                or bool(_PERSON_ACT.match(s, e)) or bool(self.lex.after_person.match(s, e)) \
                or word is not None and len(word) >= 2 and seg.tag_at(e) is not None \
                or e == k + run and s[e] == "对"
            if not ends:
                continue
            if surnamed and e - k < 4 or _common_words_only(seg, k, e) or self.lex.boundary_inside(s, k, e):
                return None
            return self._person_named(s, k, e, has_surname=False)
        return None

    def _people_at_clause_start(self, s: str, taken: "_Taken"):
        """周明出任 …, 周明（加入星河）, 任命周明为 …: a surnamed name opening a clause or a list
        item, followed by what people do or by an aside on where they went, or one appointed."""
        for m in itertools.chain(_CLAUSE_PERSON.finditer(s), _LISTED_PERSON.finditer(s), _APPOINTED_PERSON.finditer(s),
                                   _APPOINTED_DESCRIBED.finditer(s), _ANNOUNCED_PERSON.finditer(s)):
            a, b = m.span(1)
            if self._surnamed_name(s, a, b, taken) and not self.lex.boundary_inside(s, a, b):
                yield Mention(a, b, s[a:b], (PER,), {}, "person")

    @staticmethod
    def _acting_company(s: str, m: Mention) -> bool:
        """True when ``m``, found by a company suffix, is a word and the suffix alone (质变科技),
        opens a clause and acts (发布, 完成 …): a company named with a verb, not a phrase
        (共建实验室)."""
        return m.source == "suffix" and m.end - m.start == 4 and m.text[2:] in _COMPANY_WORDS \
            and (m.start == 0 or s[m.start - 1] in "，,；;：:。 ") and _org_act(s, m.end)

    def _founders_named(self, s: str, taken: "_Taken"):
        """由陈天桥和邓亚峰联合创立的 …: surnamed names between 由 and a founding verb are people."""
        for m in _founders(s):
            a, b = m.span(1)
            if self._surnamed_name(s, a, b, taken):
                yield Mention(a, b, s[a:b], (PER,), {}, "person")

    def _surnamed_name(self, s: str, a: int, b: int, taken: "_Taken") -> bool:
        """True when ``s[a:b]``, free, opens with a surname and is no word or known name (成功, 华为)."""
        return self.lex.is_surname(s[a]) and taken.free(a, b) and not self.lex.is_not_name(s[a:b]) \
            and s[a:a + 2] not in self.lex.not_given_names and not self.gaz.lookup(s[a:b])

    def _people_in_item_brackets(self, s: str, taken: "_Taken"):
        """北辰机器人（周明、李华）：…: surnamed names in brackets right after an organisation that
        opens a list item, before its colon (the people behind it)."""
        for m in _ITEM_BRACKET.finditer(s):
            org = taken.at_end(m.start())
            if org is None or ORG not in org.classes[:1]:
                continue
            for n in _BRACKET_NAME.finditer(m.group(1)):
                a, b = m.start(1) + n.start(), m.start(1) + n.end()
                if self._surnamed_name(s, a, b, taken):
                    yield Mention(a, b, s[a:b], (PER,), {}, "person")

    def _orgs_before_titles(self, s: str, taken: "_Taken"):
        """卓驭 CEO 沈劭劼, Framework CEO Nirav Patel: the name between a clause start and a title
        that a person follows is the organisation the person leads."""
        for r in _TITLE.finditer(s):
            held = self._held_role(s, r, taken)
            if held is None or held[1] is not None:
                continue
            end = held[0]
            start = end
            while start > 0 and end - start <= 6 and is_han(s[start - 1]) and taken.free(start - 1, start):
                start -= 1
            if end - start < 2 or end - start > 6 or (start > 0 and is_han(s[start - 1])):
                continue   # no clear left edge: better no organisation than a cut one
            if taken.at_end(len(s[:start].rstrip(_SPACES))) is not None:
                continue   # BitTorrent 协议创始人: the words say what the name before them is
            name = s[start:end]
            if self.lex.is_not_name(name) or _PRONOUN.search(name) or re.search(r"[的前原该其]", name) \
                    or self.lex.cue_before(name) is not None or _TITLE_MODIFIER.search(name) \
                    or _ends_with_verb(taken.segmentation(), start, end):
                continue   # 政府要求 CEO 阿莫迪: a clause ending with a verb names no organisation
            yield Mention(start, end, name, (ORG,), {}, "descriptor")

    @staticmethod
    def _held_role(s: str, r: re.Match, taken: "_Taken") -> tuple[int, Mention | None] | None:
        """For a role or title ``r`` that a person follows, return where the text before it ends
        (spaces left out) and the name ending there, if any; None when no person follows. An
        unclassed Latin name there becomes an organisation: the one the person works for."""
        k = len(s) - len(s[r.end():].lstrip(_SPACES))
        person = taken.starting_at(k)
        if person is None or PER not in person.classes[:1]:
            return None
        end = len(s[:r.start()].rstrip(_SPACES))
        before = taken.at_end(end)
        if before is not None and before.source == "latin" and not before.classes and not before.known:
            before.classes = (ORG,)
        return end, before

    def _latin_employers(self, s: str, taken: "_Taken"):
        """Common Sense Media 研究主管迈克尔·罗布, Reddit 首席执行官史蒂夫·霍夫曼: a Latin name that
        opens a clause right before a role and the person holding it is an organisation. A capitalised
        word the lexicon keeps out of discovery as a news source (Reddit) counts here."""
        for r in self.lex.role_re.finditer(s):
            held = self._held_role(s, r, taken)
            if held is None or held[1] is not None:
                continue
            end = held[0]
            m = _EMPLOYER_WORD.search(s[:end])
            left = s[:m.start()].rstrip(_SPACES) if m else ""
            if m and (not left or left[-1] in _CLAUSE_OPEN or is_han(left[-1])) \
                    and taken.free(m.start(), end) and not self.gaz.lookup(m.group()):
                entry = self.gaz.get(m.group().lower())   # the company the gazetteer lists as Reddit Inc
                if entry is not None and entry.cls == ORG:
                    yield Mention(m.start(), end, m.group(), (ORG,), {ORG: entry}, "gazetteer")
                else:
                    yield Mention(m.start(), end, m.group(), (ORG,), {}, "descriptor")

    def _people_after_orgs(self, s: str, taken: "_Taken"):
        """月之暗面张予彤透露, 北辰大学周明团队: an organisation, then a surnamed name, then a speech
        verb or the person's team."""
        for org in list(taken.mentions):
            if ORG not in org.classes:
                continue
            m = self._han_person(s, org.end, taken, surname_needed=True, strict_after=True)
            if m:
                yield m

    def _han_person(self, s: str, k: int, taken: "_Taken", surname_needed: bool,
                    strict_after: bool = False) -> Mention | None:
        if k >= len(s) or not is_han(s[k]):
            return None
        has_surname = self.lex.is_surname(s[k])
        if surname_needed and not has_surname:
            return None
        lengths = (2, 3) if has_surname else (2, 3, 4, 5)
        for n in lengths:
            e = k + n
            if e > len(s) or not all(is_han(c) for c in s[k:e]) or not taken.free(k, e):
                return None
            if has_surname:
                nxt_ok = e == len(s) or not is_han(s[e]) or bool(self.lex.after_person.match(s, e))
            else:  # a transliterated name without a dot: only before a clear person act or punctuation
                nxt_ok = e < len(s) and (s[e] in "，。、（(" or bool(_FOREIGN_NAME_END.match(s, e))
                                         or bool(_PERSON_ACT.match(s, e))
                                         or e - k <= 4 and bool(_YEAR.match(s, e))   # CTO斯科特2018年曾…
                                         and not self.lex.boundary_inside(s, k, e))      # not 教授荣获 2026 年…
                if e < len(s) and s[e] in "：:":   # 创始人列夫琴：… but not CEO警示：… (a verb)
                    seg = taken.segmentation()
                    nxt_ok = not (seg.word_at(k) and seg.tag_at(k) in COMMON_WORD | NOT_NAME_START)
            if strict_after:
                nxt_ok = e < len(s) and bool(re.match(r"表示|称|说|透露|认为|指出|宣布|坦言|强调|介绍|回应|直言|预测|分享|"
                                                      r"(?:教授|研究员)?(?:团队|课题组)", s[e:]))
            if nxt_ok and not has_surname and (_common_words_only(taken.segmentation(), k, e)
                                               or _prefix_of_word(taken.segmentation(), k, e)
                                               or not taken.segmentation().could_be_name(k, e)):
                return None   # 分析师自动化工具, CTO直接参与: dictionary words, not a transliterated name
            if nxt_ok:
                return self._person_named(s, k, e, has_surname)
        if has_surname and not strict_after:
            # no telling word after the name (楼天城专访, 陈立武同日指出): ask the segmenter where it ends
            seg = taken.segmentation()
            first = seg.word_at(k) or ""
            second = seg.word_at(k + len(first)) or "" if len(first) == 1 else ""
            e = k + len(first) + len(second)
            if 2 <= e - k <= 3 and all(is_han(c) for c in s[k:e]) and taken.free(k, e):
                return self._person_named(s, k, e, has_surname)
        return None

    def _person_named(self, s: str, k: int, e: int, has_surname: bool) -> Mention | None:
        """Return the person ``s[k:e]``, unless it is a word that is not a name."""
        name = s[k:e]
        if self.lex.is_not_name(name) or self.lex.boundary_starts_at(s, k) or self.gaz.lookup(name) \
                or self.lex.after_person.fullmatch(name) or name[:2] in self.lex.not_given_names \
                or _PRONOUN.search(name) or (not has_surname and self.lex.after_person.match(name)):
            return None
        return Mention(k, e, name, (PER,), {}, "person")

    def _released_han_products(self, s: str, taken: "_Taken"):
        """360推出虾书APP, 巨量引擎发布品星云平台: a short Han name between a release verb and a
        product or model noun. A name that is one common word (办公平台, 全新系统) is refused."""
        for r in _RELEASE_VERB.finditer(s):
            k = r.end()
            for n in (4, 3, 2):
                e = k + n
                if e > len(s) or not all(is_han(c) for c in s[k:e]) or not taken.free(k, e):
                    continue
                noun = self.lex.cue_at(s, e)
                cls = self.lex.cue_before(noun) if noun else None
                if cls not in (PRD, MOD) or (noun[0].isascii() and is_latin_char(s[e + len(noun):e + len(noun) + 1] or " ")):
                    continue
                if _QUOTE.match(s, e + len(noun)):
                    break   # 推出漫剧创作平台"万兴剧厂": the name stands in quotes after what it is
                name = s[k:e]
                seg = taken.segmentation()
                if self.lex.is_not_name(name) or self.lex.cue_before(name) is not None or _NOT_IN_FEATURE.search(name) \
                        or self.lex.boundary_inside(s, k, e) \
                        or not seg.could_be_name(k, e, by_form=True) or seg.tag_at(k) in ("a", "b", "m", "f", "d", "r"):
                    continue
                first = seg.word_at(k) or ""
                if len(first) >= 2 and seg.tag_at(k) in COMMON_WORD | {"b"}:
                    continue   # opens with a common word (办公, 数据分析, 通用具身): a kind of product, not a name
                yield Mention(k, e, name, (cls,), {}, "released")   # checked here, not by the common filter
                break

    def _product_names(self, s: str, taken: "_Taken"):
        """Products named right after a product noun: 视频平台光影, 虚拟助手小星."""
        for m in self.lex.product_descriptors.finditer(s):
            a, b = m.span()
            if a == 0 or not taken.free(a, b) or not is_han(s[a - 1]):
                continue
            k = b
            while k < len(s) and s[k] in _SPACES:
                k += 1
            if taken.starting_at(k) is not None:
                continue
            for n in range(2, 5):
                e = k + n
                if e > len(s) or not all(is_han(c) for c in s[k:e]) or not taken.free(k, e):
                    break
                if e < len(s) and (re.match(r"(?:今日|正式|已|将|也|再次|首次)*(?:发布|推出|上线|开启|宣布|新增|迎来|升级)", s[e:])
                                   or s[e] in "（("):
                    name = s[k:e]
                    if not self.lex.is_not_name(name) and not self.lex.boundary_inside(s, k, e) \
                            and not _EVENT_OR_PLACE.search(name):
                        yield Mention(k, e, name, (PRD,), {}, "descriptor")
                    break

    def _latin_people(self, s: str, taken: "_Taken") -> None:
        """Latin names that are people: two or three words that speak, join or lead ("Anna Berg
        正式加入") or follow a maker's role (开发者 Anna Berg); a capitalised name listed after a
        person ("OpenAI 的 Altman、北辰的 Berg 等 20 位领袖": Berg is a person too)."""
        people: list[Mention] = [m for m in taken.mentions if PER in m.classes[:1]]
        for m in sorted(taken.mentions, key=lambda x: x.start):
            if m.source != "latin" or m.classes:
                continue
            if _LATIN_PERSON.fullmatch(m.text) and (
                    _PERSON_ACT.match(s, m.end) or _MAKER_ROLE_BEFORE.search(s, 0, m.start)
                    or re.match(r"\s*(?:对|向|将|在|[（(]\s*(?:加入|加盟|转投|创业|离职))", s[m.end:])
                    or self._role_in_brackets(s, m.end) or self._org_person_quoted(s, m, taken)):
                m.classes = (PER,)
            elif _LATIN_SURNAME.fullmatch(m.text) and any(self._listed_after(s, p, m, taken) for p in people):
                m.classes = (PER,)
            if m.classes:
                people.append(m)

    @staticmethod
    def _org_person_quoted(s: str, m: Mention, taken: "_Taken") -> bool:
        """True when ``m`` stands right after a company (known, or found by its suffix) and before a
        colon and a quote: 英伟达 Jim Fan：“…” (what the person said)."""
        if not _QUOTED_SPEECH.match(s, m.end):
            return False
        return any(x.end in (m.start, m.start - 1) and (x.known or x.source == "suffix") and x.classes[:1] == (ORG,)
                   and s[x.end:m.start].strip() == ""
                   for x in taken.mentions)

    def _role_in_brackets(self, s: str, end: int) -> bool:
        """True when a bracket right after ``s[:end]`` ends with a role: Anna Berg（产品负责人）."""
        aside = _BRACKET_AFTER.match(s, end)
        return aside is not None and any(r.end() == len(aside.group(1)) for r in self.lex.role_re.finditer(aside.group(1)))

    @staticmethod
    def _listed_after(s: str, before: Mention, m: Mention, taken: "_Taken") -> bool:
        """Whether ``m`` is the next item after ``before`` in a 、 list, an owner's name allowed
        before it (OpenAI 的 Altman、Anthropic 的 Amodei, named or not)."""
        if before.end > m.start or m.start - before.end > 24:
            return False
        between = s[before.end:m.start]
        for x in taken.mentions:
            if before.end <= x.start and x.end <= m.start:
                between = between.replace(x.text, "", 1)
        return re.fullmatch(r"\s*[、，,]\s*(?:[\u4e00-\u9fffA-Za-z]{0,8}\s*的\s*)?", between) is not None

    def _lead_name(self, s: str, taken: "_Taken"):
        lead = re.match(r"\s*([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9.·\- ]{1,11})\s*[：:]", s)
        if not lead:
            return
        a, b = lead.span(1)
        name = s[a:b].strip()
        if taken.free(a, b) and not self.lex.is_not_name(name) and not re.search(r"[的了是在和与]", name):
            yield Mention(a, a + len(name), name, (), {}, "lead")

    # ------------------------------------------------------------ quoted names
    def _quoted(self, s: str, taken: "_Taken"):
        for m in _QUOTE.finditer(s):
            a, b = m.span(1)
            inner = m.group(1).strip()
            if aliased := _ALIAS_INSIDE.match(inner):
                inner = aliased.group(1)   # "小盖（Galbot）": the name, its other name in brackets after it
                b = a + len(inner)
            if not inner or re.search(r"[，。！？、：；,!?]", inner) or _CLAUSE_WORD.search(inner):
                continue   # "某种程度上已失败": a quoted clause, not a name
            if _ACCUSED_BEFORE.search(s, 0, m.start()) or re.search(r"(?:制造|出品|原产)$", inner):
                continue   # 指控星河"诱饵调包": a charge; "日本制造"服务器: where a thing is made
            if s.startswith("的", m.end()) and (re.search(r"(?:首|一|新|这|该)款\s?$", s[:m.start()])
                                             or is_han(inner[0]) and _has_verb(taken.segmentation(), a, b)
                                             and not _CALLED.search(s, max(0, m.start() - 8), m.start())):
                continue   # 首款"语音优先"的硬件, "令世界惊讶"的芯片: what kind of thing, not its name
            if _CONCEPT.search(inner[-2:]) or _CONCEPT.match(s, m.end()):
                continue   # 「韬（τ）定律」, "摩尔"定律: a law or an idea, not a product
            if (noun := self.lex.cue_at(s, m.end())) and _CODE_AFTER.match(s, m.end() + len(noun)):
                continue   # 机器人"小脑"芯片D9-Max: a nickname of a kind, the code after the kind names the thing
            inside = [x for x in taken.mentions if x.start < b and x.end > a]
            if any(x.start < a or x.end > b for x in inside):
                continue
            if len(inside) == 1 and inside[0].start == a and inside[0].end == b:
                only = inside[0]
                before = s[max(0, m.start() - 6):m.start()].rstrip()
                if not only.known and not only.classes and _RELEASED_BEFORE.search(before):
                    only.classes = (PRD,)   # 推出"Ask Lumio": a quoted new name just released is a product
                    continue
                cue_before = self.lex.cue_before(before)
                head = _HEAD_NOUN_AFTER.match(s, m.end())
                cue_after = self.lex.cue_before(head.group()) if head else None
                if not only.known and cue_before and cue_before != ORG:
                    only.classes = (cue_before,)
                elif not only.known and not only.classes and cue_after in (MOD, PRD, CHP):
                    only.classes = (cue_after,)
                elif not only.known and not only.classes and (glued := taken.at_end(m.start())) is not None \
                        and glued.known and glued.classes[:1] == (ORG,) \
                        and (cue_glued := self.lex.class_cue(s, m.end(), window=3)) in (MOD, PRD, CHP) \
                        and not s.startswith(("功能", "模式"), m.end()):
                    only.classes = (cue_glued,)   # 星河“Nova”闭源模型: the company's quoted thing, of the kind after it
                continue
            if len(inner) > 10 and not re.search(r"[A-Za-z]", inner) or _JOB_AFTER.match(s, m.end()) \
                    or s.startswith("模式", m.end()):
                continue   # a slogan; 「IDC 设计工程师」岗位: a job; "桌宠"模式: a mode of something, not a product
            cue = self.lex.class_cue(s, m.end(), window=3)
            head = _HEAD_NOUN_AFTER.match(s, m.end())
            if cue is None and head:   # 代号“Baltra”的自研AI服务器芯片: the head noun of the phrase
                cue = self.lex.cue_before(head.group())
            before = s[max(0, m.start() - 8):m.start()].rstrip().rstrip("：:")
            noun_before = self.lex.cue_before(before)
            named = bool(_NAMED.search(before)) or noun_before is not None \
                or bool(_RELEASED_DESCRIBED.search(s, max(0, m.start() - 16), m.start()))   # 推出对话式搜索"Ask Lumio"
            # 星河“小星”公测上线 is a product; 星河“AI+教育”战略 is a plan, not a product
            maker = taken.at_end(m.start())
            owned = maker is not None and maker.known and maker.classes[:1] == (ORG,) \
                and (not is_han(s[m.end():m.end() + 1] or " ") or bool(_PRODUCT_ACT.match(s, m.end())))
            if maker is None and _PRODUCT_ACT.match(s, m.end()):
                # 阿里健康医学AI"氢离子"升级: a known company, a few words on what the thing is, the quoted
                # name and what happened to it
                near = max((x for x in taken.mentions if x.end <= m.start()), key=lambda x: x.end, default=None)
                between = s[near.end:m.start()].strip() if near is not None else ""
                owned = near is not None and near.known and near.classes[:1] == (ORG,) \
                    and bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z ]{1,6}", between)) \
                    and (between.endswith("AI") or self.lex.cue_before(between) in (MOD, PRD)) \
                    and not re.match(r"升级(?:为|成)", s[m.end():])
            if cue is None and noun_before in (PRD, MOD, CHP, ORG):
                cue = noun_before   # 荣耀机器人"元气仔", 初创公司「元节智能」: the noun before names its class
            if cue is None and _FOUNDED_BEFORE.search(before):
                cue = ORG   # 创业：成立"基元律动": what is founded is an organisation
            if cue is None and owned:
                cue = PRD   # 星河「小星」: a quoted name glued to a company is one of its products
            prev = taken.at_end(m.start() - 1) if m.start() and s[m.start() - 1] in "”\"」』" else None
            if cue is None and prev is not None and prev.source == "quote" and prev.classes:
                cue = prev.classes[0]   # “小星”“小辰”: a quoted name right after another is of its kind
            if not cue and not named and _LATIN_ALIAS_AFTER.match(s, m.end()) and len(inner) <= 6:
                cue = PRD   # 仿生人"小月"（X-Head 1）: a short quoted name with a Latin alias after it
            if not cue and not named:
                continue
            known = self.gaz.lookup(inner)
            if not known and inner in self.lex.not_han_names:
                continue   # Cursor 的"自研"模型: a common word in quotes
            if not known and cue != ORG and noun_before is None and prev is None and _FEATURE_AFTER.match(s, m.end()) \
                    and is_common_phrase(inner):
                continue   # 上线"任务提醒"功能, 发布"风险报告"制度: a description in quotes, not a name
            if not known and _SETTING_AFTER.match(s, m.end()):
                continue   # 上线“热情度”调节滑块: the label of a setting
            cls: tuple[str, ...] = (cue,) if cue else ()
            if known:
                entries = {}
                for e in known:
                    entries.setdefault(e.cls, e)
                yield Mention(a, b, inner, tuple(entries), entries, "gazetteer")
                continue
            suffix = self.lex.strong_suffix.match(s, m.end()) if cue == ORG else None
            # "心灵鸡汤"出版社: a company suffix after the quote is part of the name
            yield Mention(a, b, inner, cls, {}, "quote", name=inner + suffix.group() if suffix else "")

    # ------------------------------------------------------------ aliases
    def _parenthesised_aliases(self, s: str, mentions: list[Mention]) -> None:
        """智平方（AI² Robotics）, 星衍（ASTERIS）: the name in brackets is another name of the one before."""
        for i, m in enumerate(mentions[:-1]):
            nxt = mentions[i + 1]
            between = s[m.end:nxt.start].strip().lstrip("」』”\"").strip()   # 「星衍」（ASTERIS）
            after = s[nxt.end:nxt.end + 1]
            if between in ("（", "(") and after in ("）", ")"):
                if m.known and nxt.known:
                    continue
                if not m.known and nxt.known:
                    cls = m.classes[0] if m.classes else None
                    if cls in nxt.entries and (cls != ORG or m.source == "suffix"):
                        # 乔纳森·伊夫（Jony Ive）, "小盖（Galbot）", 灵伴科技（Rokid）
                        m.entries, m.classes = {cls: nxt.entries[cls]}, (cls,)
                    continue
                if m.known:
                    continue
                m.alias = nxt.text
                if not m.classes and nxt.classes:
                    m.classes = nxt.classes
                nxt.alias = m.text
                if not nxt.classes and m.classes:
                    nxt.classes = m.classes


_ACT_AFTER = (r"(?:今日|今天|近日|日前|正式|已经|已|将|也|宣布|首次|再次|再度|再|最新|率先|刚刚|同时|一次性|迅速|随即|很快|立即|积极|随后|还|"
              r"计划|拟|探讨|考虑|正考虑|有意)*"
              r"(?:发布|推出|开源(?!工具|模型|社区|项目|生态|软件|框架|代码|方案|权重|领域)|完成|宣布|获得|获(?!奖|评|选|批|悉|颁)|起诉|收购|上线|推|联合|携手|领投|跟投|参投|投资|入股|注资|与[^，。]{1,12}?(?:合作|联手|携手|联合|共同|签署|签订)|连融|融资(?=\s?[\d近超逾数]))")
_RELEASES_LATIN = re.compile(r"(?:正式|今日|再次|首次|也)?(?:发布|推出|开源|上线)了?\s?[A-Za-z]")
_ORG_ACT = re.compile(r"\s*(?:今日|今天|近日|日前|正式|已经|已|将|也|宣布|首次|再次|最新|率先|刚刚|同时|此前|曾)*"
                      r"(?:发布|推出|开源|完成|获得|起诉|收购|上线|联合|携手|领投|跟投|投资|宣布|披露|公布|表示|称|聘请|任命|聘任|与|和|、|等|隶属|（|\()")


#: a number that names a group, right before 集团 and after a list mark or clause start (not a year: 2025 集团)
_NUMBERED_GROUP = re.compile(r"(?:^|(?<=[、，,：:；;\s]))(?!(?:19|20)\d\d)(\d{2,4})\s?$")
#: a verb of accusing or labelling right before a quote: what is quoted is a charge, not a name
_ACCUSED_BEFORE = re.compile(r"(?:指控|指责|控诉|斥责|斥为|所谓)[^，。；\ue000]{0,12}$")
#: what stands between a maker and the name it releases: adverbs and a release verb
_RELEASE_BETWEEN = re.compile(r"\s*(?:今日|今天|近日|正式|再次|首次|最新|也|又)*\s*(?:发布|推出|开源|上线)(?:了)?\s*(?:新模型|最新模型|新一代模型)?\s*")
_RAISES_AFTER = re.compile(r"\s?(?:宣布|已|已经|正式|近日|今日)*(?:完成|获得|获|拿下)[^，。；\ue000]{0,14}?"
                           r"(?:融资|" + ROUND.pattern + ")")   # … D 轮: a round the funding reader knows
_JOINS_AFTER = re.compile(r"\s?(?:联合(?!创始|创办|创立|首席|总裁|CEO)|携手|联手)")   # Lumio 联合北辰大学开源 …: a company
_AGREES_AFTER = re.compile(r"\s?(?:宣布|已|正式|近日|今日)*(?:达成|签署|签订)[^，。；]{0,14}?(?:合作|协议)")
_OWNED_BEFORE = re.compile(r"旗下(?:的)?\s?$")
_AMOUNT_AFTER = re.compile(r"\s*(?:了)?\s*(?:约|近|超|逾|超过)?\s*[\d一二两三四五六七八九十百千万亿]")
_WEAK_OK_AFTER = re.compile(r"将|对|向|被|已|正在|也|曾|旗下|CEO|创始人|\s*[）)]")
_ORG_BEFORE = re.compile(r"(?:投资|收购|起诉|领投|入股|持有|与|和|、|携手|联合|联手|向|对|参与|注资|控告|并购|买下)\s*$")


_PASSABLE = ("人形机器人", "人工智能", "具身智能", "机器人", "大模型", "智能", "芯片")
#: nouns that are part of the name when they stand right before its suffix (河南投资集团)
_BEFORE_SUFFIX = ("投资", "控股", "产业", "创业")
_UNIT_SUFFIXES = frozenset({"研究院", "研究所", "实验室", "研究中心", "学院", "创新中心", "工作室"})
_NAME_LIST_HEADER = re.compile(r"投资|版图|组合|股东|产品|发布|推出|上线|开源|矩阵|名单|阵容|包括")
_NONSPACE = re.compile(r"\S+")
_DOTS = re.compile(r"[·・•‧]")
_GLUED_VERSION = re.compile(r"(?<=[A-Za-z])(?=[-_]?[A-Za-z]?\d)")   # where a version starts: GPT|-5.6, Kimi|-K2.6
_ORG_DASH = re.compile(r"([A-Za-z][A-Za-z0-9.]+)-((?=[\w.\-]*\d)[A-Za-z0-9][\w.\-]*)$")
_UNIT = re.compile(r"[\d.,]+\s?(?:[kKMGTP]?(?:Hz|B|b|W|Wh|bps|FLOPS|TOPS|OPS)|nm|mm|cm|ms|fps|px|p|K|x|X|GB|MB|TB|万|亿|k|w|W|h|s|min|mAh|V|A)")
_ADVERB_END = re.compile(r"(?:直接|已经|正在|成功|率先|首次|全面|即将|开始|进一步|同步|共同|顺利|快速|迅速|再次|"
                         r"也|还|已|将|均|都|又|就|才|仍|更|最|被|可|能|会|要)$")
_NAME_LIST = re.compile(r"((?:[^、，,。；;：:（）()\n和及在]{2,10}(?:、|和|及))+[^、，,。；;：:（）()\n和及在]{2,10}?)"
                        r"(?=等|$|[，,。；;）)]|\s*(?:共同|联合|也|均|等)?\s*(?:领投|跟投|参投|注资|入股))")
_ORG_LIST_OPENER = re.compile(r"(?:车企|公司|企业|厂商|机构|平台|伙伴|客户|股东|投资方|投资人|投资者|资本|基金)"
                              r"(?:包括|有|如|为|是)?\s*[：:]\s*$|(?:包括|涵盖)\s*$|由\s*$")
_ORG_LIST_CLOSER = re.compile(r"等\s*(?:[\u4e00-\u9fff]{0,4})?(?:公司|企业|厂商|车企|机构|云平台|平台|云厂商|资本|基金|"
                              r"大厂|巨头|实验室|高校|大学|银行|券商|运营商|股东|投资方|央企|国企|出版商|出版社|媒体|供应商)(?![级版化])|"
                              r"\s*(?:等|共同|联合|也|均)?\s*(?:领投|跟投|参投|注资|入股)")
#: one-character prepositions: the segmenter may glue them to the name after them (由云 | 杉资本)
_PREPOSITIONS = frozenset("由与和及向被对给从在获将把")
#: a two-character Han brand glued to a model code (星火X2, 真武M890)
_HAN_BRAND_CODE = re.compile(r"([\u4e00-\u9fff]{2}) ?([A-Z]{1,3}\d{1,4}[A-Za-z]{0,3})(?![A-Za-z0-9.])")
#: codes that are periods and levels, not models (Q4, L4, H1 as half-year)
_NOT_A_CODE = re.compile(r"(?:Q[1-4]|L[0-5]|H[12]|FY\d+|AI\d?)$")
#: part-of-speech tags of words no brand before a code is (测试V4, 最年轻P10, 今年Q4; jieba's tag set)
_NOT_A_BRAND = frozenset({"a", "ad", "d", "m", "t", "r", "p", "c", "f", "q", "v", "vn"})
#: part-of-speech tags of common words no organisation name opens with (jieba's tag set)
_COMMON_OPENER = frozenset({"n", "vn", "v", "a", "ad", "an", "d", "df", "l", "i", "j", "k", "s", "m", "t", "r", "p", "c"})
#: discovered Han names that must sit on word edges and not open with a verb or adverb
_HAN_DISCOVERY = frozenset({"descriptor", "subject", "suffix", "list"})
_CLAUSE_OPENS = re.compile(r"(?:^|[，,；;])\s*(?:已|已经|还|并|也|正|同时|此外)?\s*$")
#: a deal right after a list of partners (…等达成战略合作), not a joint act (与歌手 X 共同演绎)
_DEAL_AFTER = re.compile(r"\s*(?:等)?\s*(?:正式|已|将)?\s*(?:战略|深度|全面)?\s*(?:达成|签署|签订|合作|建立)")
_PARTNER_LIST = re.compile(r"(?:与|和|同|联手|携手|联合)\s*([^，。；;：:\n与]{2,40}?)\s*(?:等(?=合作))?(?:正式|正在|宣布|将|已|共同|联合|战略)?\s*"
                           r"(?:达成|签署|签订|展开|开展|建立|合作|联合|共同|共建|推出|发布|打造|携手|成立|设立|组建|设\s?[\d一二三四五六七八九十百千])")
#: words after a known organisation's name that name another organisation (Anthropic Institute, OpenAI
#: Foundation); a legal form (Cerebras Systems, Anysphere Inc) names the same one
_OFFSHOOT_WORDS = frozenset({"Software", "Institute", "Foundation", "Ventures", "Capital", "Fund"})
_LATIN_ORG_WORDS = frozenset({"Lab", "Labs", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Technologies", "Robotics",
                              "Ventures", "Capital", "Partners", "Holdings", "Foundation", "Institute", "University",
                              "Systems", "Group", "Studio", "Studios", "Networks", "Semiconductor", "Energy",
                              "Fund", "Growth", "Investments", "Management", "Advisors", "Company", "Software",
                              "Asia", "Global", "International"})   # regional arms: Granite Asia
_HEAD_NOUN_AFTER = re.compile(r"的[^，,。；;！!？?\ue000]{1,14}?(?=[，,。；;！!？?]|$|项目|计划)")
_RELEASE_VERB = re.compile(r"(?:发布|推出|上线|开源|亮相|首发|内测|公测)(?:了)?")
_EVENT_YEAR = re.compile(r"(?:^|[A-Za-z]\s?)(?:19|20)\d\d$")
_EVENT_AFTER = re.compile(r"\s*(?:开发者大会|大会|峰会|发布会|博览会|展会|论坛|年会|挑战赛|大赛|黑客松|颁奖|活动"
                          r"|[\u4e00-\u9fff]{1,4}活动)")   # Token Plan 限时免费活动: a campaign
#: a leaderboard after a Latin word (登顶 Trending 榜首, WebDev 榜单): no product of anyone's
_RANKING_AFTER = re.compile(r"\s?(?:排行榜|榜单|榜首)")
#: a law, a theory or an effect: an idea, not a product
_CONCEPT = re.compile(r"定律|理论|法则|效应")
#: an event's own Han name between a Latin name and the event word (FORCE原动力大会, INSPIRE创想者大会)
_NAMED_EVENT_AFTER = re.compile(r"\s*(?!内部|年度|春季|秋季|全球)[\u4e00-\u9fff]{2,3}(?:开发者大会|大会|峰会|发布会|博览会)")
#: a chip maker's process node, not a product (台积电 N3E 工艺, 14A 制程)
_PROCESS_AFTER = re.compile(r"\s*(?:工艺|制程)")
_PLACE_END = r"[上中下里内]$"   # 大会上, 技术上: a place word closes a phrase, not a name
#: a list item that is a topic or a place, not an organisation (内存和存储技术上)
_NOT_AN_ITEM = re.compile(_PLACE_END + r"|技术|方面|领域|(?:服务|供应|提供|制造|开发|运营|厂)商$")   # 云服务商: a kind, not a name
#: a meeting or a place, not a product (应用大会上发布)
_EVENT_OR_PLACE = re.compile(_PLACE_END + r"|大会|会议|峰会|论坛|活动|现场")
_PERSONAL_FUND = re.compile(r"家办|家族办公室|家族基金|个人基金")
_JOB_AFTER = re.compile(r"\s*(?:岗位|职位|一职|职务)")
#: "Agent LobsterAI": a kind word before a name shaped like one (a capital inside it or a digit)
_KIND_WORD_BEFORE_NAME = re.compile(r"(?:Agent|App|APP)\s+(?=[A-Z]\w*(?:[A-Z]|\d)\w*(?:\s|$))")
_UNIT_TOKEN = re.compile(r"(?:g|kg|mg|mm|cm|ml|ms|h|s|W|kW|mAh)\s+")
_SPEC_PREFIX = re.compile(r"\d[\d.]*\s?(?:Hi|B|GB|TB|MB|nm|W|kW|MW|GW|GHz|bit|-bit|核|层)\s+")
_QUANTITY = re.compile(r"\d[\d.,]*[\s-]?[A-Za-z]{1,5}|(?:19|20)\d\d\s?(?:Q[1-4]|H[12])|FY\d{2,4}")   # 4700TPS, 256bit, 256-bit, 1.6T, 3D; 2026Q1, FY26
_LAB_END = re.compile(r"[A-Za-z]Labs?$")   # MMLab: a lab
_CODE_AFTER = re.compile(r"\s?[A-Z][A-Za-z]*\d")
_DEVICE_CODE = re.compile(r"\s?[A-Z][A-Za-z]?\d{1,2}(?:\s?(?:Pro|Max|Ultra|Plus|Air|Lite))?(?![A-Za-z0-9.])")
#: a company's chips: 华为芯片, Cerebras 芯片 (not 华为芯片厂商, 芯片业务 …)
_MAKER_CHIP_AFTER = re.compile(r"\s?(?:AI\s?)?(?:芯片|GPU)(?![\u4e00-\u9fff]{0,2}(?:厂商|企业|公司|巨头|产业|行业|市场|业务|部门|团队|设计|制造|"
                               r"出口|禁令|管制|供应|短缺|产能|事业))")
_FAMILY_NOUN_END = re.compile(r"(?:大模型|模型)$")
_HAN_RUN_AFTER = re.compile(r"\s?(?:AI\s?)?([\u4e00-\u9fff]{1,6})")
_PROCESS_NODE = re.compile(r"\d+(?:\.\d+)?\s?(?:nm|NM|纳米)\b")   # 2nm AI 计算加速器: a process node, no name
_LETTER = re.compile(r"[A-Za-z]")
_TITLE_MODIFIER = re.compile(r"(?:联席|首席|执行|副|前任|现任|临时|代理|全球|区域|中国区|大中华区|总|兼|新任|时任|候任|继任|下任)$")
#: one capitalised mixed-case word (Reddit, GitHub): an employer when a role and a person follow
_EMPLOYER_WORD = re.compile(r"[A-Z][a-z][A-Za-z]+$")
_CLAUSE_OPEN = "，,。；;：:！？!?（(「“\"、\n"
_TITLE = re.compile(r"CEO|CTO|首席执行官|创始人|联合创始人|董事长|总裁|首席[\u4e00-\u9fffA-Z]{1,5}官")
_FOR_TAIL = re.compile(r" for [A-Z][A-Za-z0-9]*(?: [A-Z0-9][A-Za-z0-9]*)*")
_LOWER_VERSION = re.compile(r"[a-z]?\d")
_VERSION_WORD = re.compile(r"v\d+(?:\.\d+)*")
#: a chip's name, then the machine it sits in (M4 Mac, M5 Pro MacBook)
_CHIP_IN_DEVICE = re.compile(r"([AM]\d{1,2}(?: (?:Pro|Max|Ultra))?) (?:Mac|MacBook|iMac|iPad|iPhone)\b.*")
#: right after a chip's name: its kind, part of the name as the maker writes it (Vera CPU)
_CHIP_KIND_AFTER = re.compile(r" ?(CPU|GPU|TPU|NPU)(?![A-Za-z])")
#: after a name: what kind of chip it is (数据中心 GPU, 自研 ARM 芯片, 笔记本芯片)
_CHIP_AFTER = re.compile(r"\s?(?:(?:数据中心|自研|新一代|全新|旗舰|笔记本|服务器|推理|训练|端侧|车载|边缘|AI)\s?){1,2}"
                         r"(?:(?:ARM|Arm|RISC-V|x86)\s?)?(?:GPU|CPU|TPU|NPU|芯片|处理器)(?![A-Za-z])")
#: right before a name: it is a code name (代号为 SeedChip 的自研 AI 芯片)
_CODENAME_BEFORE = re.compile(r"代号[为是]?\s?[“\"「]?$")
_CODE_NAMED_CHIP = re.compile(r"[”\"」]?\s?的" + _CHIP_AFTER.pattern)
#: after a model or product's name: it is a level or a style, not the thing (Nova-5 级推理, GPT 风格)
_LEVEL_AFTER = re.compile(r"\s?(?:级(?![联])|风格)")
#: right before a model, product or chip's name: it is what the news is measured against
_COMPARED_BEFORE = re.compile(r"(?:上代|上一代|前代|前一代|对标|媲美)\s?$")
#: after a quoted phrase: it names a feature, a mode or a policy of something, or nothing at all
_FEATURE_AFTER = re.compile(r"(?:(?:新|全新)?功能|模式|制度|机制|$|[，,。；;：:！!？?—\s」』”\"])")
#: after a quoted label: a control of an app's settings (“热情度”调节滑块, “一键成片”按钮)
_SETTING_AFTER = re.compile(r"\s?(?:调节|设置|切换)?(?:滑块|滑杆|按钮|开关|选项)")
#: words that make a quoted stretch of Han text a clause rather than a name
_CLAUSE_WORD = re.compile(r"[了已没被却很最]")
_NUMBERISH = re.compile(r"[\d.]+[A-Za-z%]{0,2}|\d+\+[A-Za-z]")   # 1.5B, 30%, "2+N" 架构
_DIGIT = re.compile(r"\d")
_AMOUNTISH = re.compile(r"\d|[零一二两三四五六七八九十百千万亿几数多]+[元年月日亿万]|亿|[年月日]$")
_SUBJECT_ORG = re.compile(r"(?:^|(?<=[，,：:；;×╳]))([\u4e00-\u9fff]{2,6}?(?:\s?AI)?)\s?(?=" + _ACT_AFTER + ")")   # 福客 AI 获…
_ASIDE_PART = r"(?:\s*[（(][^（()）]{1,12}[）)])?"   # VLX-Flow（流式感知）: a short aside after a list item
_CONTINUATION = re.compile(r"([A-Za-z]+)(?![A-Za-z0-9])")
_NUMBER_AFTER_NAME = re.compile(r" \d{1,3}(?![\d.%％])(?=\s?[\u4e00-\u9fff])")   # Figure 02 人形机器人
_EDITION_AFTER = re.compile(" ?" + _CONTINUATION.pattern)   # 宇树H2 Plus: an edition word after a number
_COUNTED_NOUN = re.compile(_ASIDE_PART + r"\s*[一二两三四五六七八九十\d]+\s*[款个种项条]\s*([^，。；;,\ue000]{1,10})")
#: what stands between two items of a list of names ("A、B 和 C")
LIST_SEPARATOR = r"\s*(?:、|和|与|及|以及|/)\s*"
_LIST_GLUE = re.compile(_ASIDE_PART + r"(?:" + LIST_SEPARATOR + r"|\s*,\s*)")
_BENCHMARK = re.compile(r"[Bb]ench(?:mark)?(?![a-z])|\bIndex\b|Leaderboard|Arena\b")   # SWE-bench, KimiCodeBench v2, Intelligence Index: test suites and rankings
_AFTER_FOREIGN_NAME = re.compile(r"即将|将|已|曾|正在|也|还|于|在|和|与|及|的|等|被|为|从|向|对|此前|近日|今日|明确|公开|亲自|再次|首次")
#: one capitalised Latin word that may be a surname (Federighi, Amodei)
_LATIN_SURNAME = re.compile(rf"[A-Z][a-z{_ACCENTED}]{{2,}}(?![A-Za-z0-9])")
_SPEAKS_AFTER = re.compile(r"\s?(?:在[^，。]{1,20}?)?(?:表示|称|说|透露|认为|指出|坦言|强调|介绍|回应|直言|预测|发文|承认)")
#: a colon and a quote after a name: what the one named said (星河 Anna Berg：“…”)
_QUOTED_SPEECH = re.compile(r"\s?[：:]\s?[“\"「]")
_RELEASED_DESCRIBED = re.compile(r"(?:推出|发布|上线|内测|公测)了?(?![一二两三四五六七八九十多几数]款)\s?(?:AI\s?)?(?:[\u4e00-\u9fff]{0,6}"
                                 r"(?:搜索|功能|服务|工具|助手|应用|平台|模型|产品|智能体|插件|问答|管家|硬件|设备))?$")
_RELEASED_BEFORE = re.compile(r"(?:推出|发布|上线|开源|内测|公测)了?$")
_PRODUCT_ACT = re.compile(r"(?:正式|已|将|今日|全面)?(?:公测|内测|上线|发布|推出|开放|开启|停运|下线|更新|升级)")
_UNIT_ACT = re.compile(r"\s?(?:宣布|完成|获得|获|与|联合|携手|成立|裁员|招聘|事业群|事业部|部门|团队)")
_PROPER_NOUN = frozenset({"nt", "nz"})   # the segmenter's tags of organisation and other proper names
_LISTED_PERSON = re.compile(r"(?:^|(?<=[，,；;：:。、])|(?<=包括|成员|员工))([\u4e00-\u9fff]{2,3}?)(?=[（(]\s*(?:入职|加入|加盟|转投|离职|跳槽|现任|出任|曾任"
                            r"|[^（()）\n]{1,16}?(?:首席[\u4e00-\u9fffA-Z]{1,5}官|CEO|CTO|COO|CFO|创始人|科学家|研究员|工程师|副?总裁|负责人|董事长|教授)[）)]))")
_APPOINTED_PERSON = re.compile(r"(?<=" + _APPOINT + r")([\u4e00-\u9fff]{2,3}?)(?=为|担任|出任)")
#: 任命中科大 80 后葛小川为 CTO: the one appointed after a short description ending with 后, 的 or a space
_APPOINTED_DESCRIBED = re.compile(r"(?:" + _APPOINT + r")[^，,。；;：:\ue000]{1,14}?(?<=[后的 ])([\u4e00-\u9fff]{2,3}?)(?=为|担任|出任)")
#: 星河科技宣布周明 9 月卸任: the one an announcement is about, then a step in a career
_ANNOUNCED_PERSON = re.compile(r"(?<=宣布)([\u4e00-\u9fff]{2,3}?)(?=\s?(?:\d{1,2}\s?月(?:底|初|中旬)?\s?)?(?:将|已|正式)?"
                               r"(?:卸任|辞任|辞去|离职|加入|加盟|接任|出任|担任|升任))")
#: 北辰机器人（周明、李华）：: two or three Han characters a name, listed in brackets before a colon
_ITEM_BRACKET = re.compile(r"[（(]((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})(?:[，,][^（()）\n]{0,20})?[）)]\s*[：:]")
_BRACKET_AFTER = re.compile(r"\s?[（(]([^（()）\n]{1,16})[）)]")
_BRACKET_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
#: 由周明和李华联合创立的 …: the names of those who founded something, each of two or three Han characters
_FOUNDED_BY = re.compile(r"由((?:[\u4e00-\u9fff]{2,3}?(?:和|与|、|及))*[\u4e00-\u9fff]{2,3}?)(?:等人?)?(?:共同|联合)?(?:创立|创办|创建)")
_FOUNDER_NAME = re.compile(r"([^和与、及]+)")
#: company words that, after a two-character word, name a company even when that word is a verb (质变科技)
_COMPANY_WORDS = frozenset({"科技", "集团", "资本", "创投", "控股"})
_CLAUSE_PERSON = re.compile(r"(?:^|(?<=[，,；;：:。（(]))([\u4e00-\u9fff]{2,3}?)(?=" + _PERSON_ACT.pattern + ")")


_MODEL_NOUN_VERSION = re.compile(r"(大模型|模型)\s?([Vv]\d+(?:\.\d+)+)(?![\d.])")
_AI_DEVICE = re.compile(r"AI\s?(?:智能)?(?:眼镜|耳机|手机|音箱|手表|戒指)(?![\u4e00-\u9fff]{0,1}(?:市场|行业|赛道|产业|品类|领域))")
_FOUNDED_BEFORE = re.compile(r"(?:成立|创立|创办|创建|组建|设立|注册)(?:了)?(?:新公司|公司)?$")
#: a short Han name and 大模型 right after an organisation (see Recognizer._org_models)
_ORG_MODEL = re.compile(r"([\u4e00-\u9fff]{2,5}?)大模型")
#: after a number that follows a family name: a count or a year, no version (昇腾 2 万卡, 昇腾 2025 年,
#: 昇腾 384 超节点)
_COUNT_AFTER = re.compile(r"\s*(?:万|亿|千|百|年|月|日|台|张|块|卡|颗|片|个|元|美元|超节点|TOPS|P\b|T\b)")
#: the letters that end a chip's model number (昇腾910C)
_CHIP_CODE_LETTERS = re.compile(r"[A-Z]{1,2}(?![A-Za-z0-9.%])")
#: after an organisation: 系 and a kind of organisation (清华系 AI Infra 公司, 阿里系创业团队)
_LINEAGE_AFTER = re.compile(r"系(?![列统数])[^，,。；;：:]{0,14}?(?:公司|团队|企业|创业|初创|厂商|创企|机构)")
_PROGRAMME_END = re.compile(r"\s*(?:计划|行动|倡议)\s*[」”』\"]|[」”』\"]\s*[\u4e00-\u9fff]{0,2}?(?:国家级?|专项)?(?:治理)?"
                            r"(?:战略|计划|行动|倡议|政策|规划|公告|通知)|\s*(?:激励|奖励|补贴|扶持)(?:方案|计划|机制|政策)")


def _counts(s: str, pos: int) -> bool:
    """True when a measure word stands at ``pos`` (``_VERSION_STOP``): the number before it counts
    something (3 款眼镜, 90分钟), it is no version or model number; 人形机器人 is no measure."""
    return pos < len(s) and s[pos] in _VERSION_STOP and not s.startswith("人形", pos)


def _founders(s: str):
    """Yield matches whose group 1 is one name of a founders' list (see _FOUNDED_BY):
    由周明和李华联合创立的 gives 周明, then 李华."""
    for m in _FOUNDED_BY.finditer(s):
        yield from _FOUNDER_NAME.finditer(s, m.start(1), m.end(1))


def _model_family(m: Mention | None) -> Entry | None:
    """Return the model family (a gazetteer entry) that known mention ``m`` names, else None
    (混元 -> the Hunyuan line; 腾讯 or an unknown name -> None)."""
    return next((e for e in m.entries.values() if e.family and e.cls == MOD), None) if m is not None else None


def _edition(s: str, m: Mention, taken: "_Taken") -> bool:
    """True when ``m`` names the platform of another thing's edition: Nova Desktop Linux 版, Orbit
    Windows 版 (the edition is Nova's; Linux is not a thing of the sentence)."""
    if not re.match(r"\s?版(?!本|权|图)", s[m.end:]):
        return False
    before = taken.at_end(m.start - 1) if s[m.start - 1:m.start] == " " else taken.at_end(m.start)
    return before is not None and (not before.classes or before.classes[0] in (MOD, PRD))


def _work_title(s: str, m: Mention) -> bool:
    """True for an unknown name that is the whole title of a written work: 技术博客《Scaling Pain》."""
    return not m.known and m.start > 0 and s[m.start - 1] == "《" and s.startswith("》", m.end)


def _lineage(s: str, m: Mention) -> bool:
    """True when an organisation only says where another one comes from: 清华系公司推出…,
    阿里系创业团队 (a company of Tsinghua people, not Tsinghua)."""
    return m.classes[:1] == (ORG,) and bool(_LINEAGE_AFTER.match(s, m.end))


def _programme(s: str, m: Mention) -> bool:
    """True when ``m`` names a programme, not a thing: 「358 宏图计划」, 「Orbit 100T Token 计划」,
    「北辰项目」, "全民AI"国家战略, 「AI 换脸」专项治理公告, Nova Credit 激励方案."""
    if m.known or m.classes[:1] in ((PER,), (ORG,)):
        return False
    return m.text.endswith(("计划", "项目", "工程")) or bool(_PROGRAMME_END.match(s, m.end))


def _org_act(s: str, pos: int) -> bool:
    """True when what follows ``pos`` makes the name before it act as an organisation."""
    return bool(_ORG_ACT.match(s, pos))


def _slash_listed(s: str, a: int, b: int) -> bool:
    """True when the Latin run ``s[a:b]`` after a slash is the next name of a list (Mythos 5/Fable 5),
    not part of a web path (example.com/Docs) or a short option (A/B, /fast)."""
    token = s[:a - 1].rsplit(None, 1)[-1] if s[:a - 1].strip() else ""
    return b - a >= 3 and s[a].isupper() and a >= 2 and s[a - 2].isalnum() and not re.search(r"[.:/]", token[-12:])


def _ends_with_verb(seg: Segmentation, start: int, end: int) -> bool:
    """True when the last word of ``text[start:end]`` (not the whole span) is a dictionary verb."""
    last = seg.word_start(end - 1)
    return last > start and (seg.tag_at(last) or "").startswith("v")


def _has_verb(seg: Segmentation, start: int, end: int) -> bool:
    """True when a word of ``text[start:end]`` is a dictionary verb (统一 in 统一大模型品牌)."""
    return any((seg.tag_at(a) or "").startswith("v") for a, _ in seg.tokens if start <= a < end)


def _common_words_only(seg: Segmentation, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is made of whole common dictionary words of two or more
    characters (自动化|工具), as no transliterated name is (奥尔特曼, 杰弗里|辛顿)."""
    if start not in seg.starts or end not in seg.ends:
        return False
    toks = [(a, b) for a, b in seg.tokens if start <= a < end]
    return all(b - a >= 2 and seg.tag_at(a) in COMMON_WORD for a, b in toks)


def _ai_before_description(s: str, a: int, text: str) -> bool:
    """True when the " AI" ending ``text`` (at ``a`` in ``s``) comes between a product's code and Han
    words on what it is: a name with a digit glued to them (A1 Pro AI录音硬件) or a hyphenated name
    (InternThinker-Knowledge AI 知识底座). Seko AI 发布 … keeps its AI: a company's name."""
    after = a + len(text)
    return bool(_DIGIT.search(text)) and is_han(s[after:after + 1] or " ") \
        or "-" in text and _HAN_RUN_AFTER.match(s, after) is not None


def _prefix_of_word(seg: Segmentation, start: int, end: int) -> bool:
    """True when one dictionary word starts at ``start`` and runs past ``end`` (直接参 of 直接参与)."""
    word = seg.word_at(start)
    return word is not None and start + len(word) > end


def _replace(old: Mention, new: Mention) -> Mention:
    new.owner = old.owner
    return new


class _Taken:
    """The mentions found so far in one sentence, and which characters they cover."""

    def __init__(self, s: str, mentions: list[Mention]) -> None:
        self.s = s
        self.mentions = list(mentions)
        self.cover = [False] * (len(s) + 1)
        for m in mentions:
            self._mark(m, True)

    def _mark(self, m: Mention, value: bool) -> None:
        for k in range(m.start, m.end):
            self.cover[k] = value

    def segmentation(self) -> Segmentation:
        """The sentence's words (segmented once, when first asked)."""
        return segment(self.s)

    def free(self, a: int, b: int) -> bool:
        return not any(self.cover[a:b])

    def add(self, m: Mention) -> None:
        if m in self.mentions:
            return
        replaced = [x for x in self.mentions if x.start >= m.start and x.end <= m.end and x is not m]
        for x in replaced:
            self.mentions.remove(x)
            self._mark(x, False)
        if not self.free(m.start, m.end):
            return
        self.mentions.append(m)
        self._mark(m, True)

    def at_end(self, pos: int) -> Mention | None:
        return next((m for m in self.mentions if m.end == pos), None)

    def starting_at(self, pos: int) -> Mention | None:
        return next((m for m in self.mentions if m.start == pos), None)
