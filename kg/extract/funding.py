"""Funding facts: amounts in units, currencies, rounds and valuations.

>>> parse_amount("1.5亿美元")
(150000000.0, 'USD')
>>> parse_amount("10万亿韩元")
(10000000000000.0, 'KRW')
>>> parse_amount("超10亿元")
(1000000000.0, 'CNY')
>>> find_round("完成 A+ 轮融资"), find_round("Pre-IPO轮"), find_round("种子轮融资")
('A+轮', 'Pre-IPO', '种子轮')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

UNITS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4,
         "千": 1e3, "B": 1e9, "M": 1e6, "K": 1e3, "billion": 1e9, "million": 1e6}
CURRENCIES = {"美元": "USD", "美金": "USD", "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "韩元": "KRW",
              "日元": "JPY", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "英镑": "GBP", "新台币": "TWD",
              "卢比": "INR", "$": "USD", "US$": "USD", "¥": "CNY", "€": "EUR"}
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_NUM = r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
_UNIT = r"(?P<unit>万亿|千亿|百亿|亿|千万|百万|万|千)?"
_CUR = r"(?P<cur>美元|美金|元人民币|人民币|韩元|日元|欧元|港元|港币|英镑|新台币|卢比|元)"
AMOUNT = re.compile(r"(?P<pre>超过|超|逾|近|约|高达|达)?\s*" + _NUM + r"\s*" + _UNIT + r"\s*" + _CUR)
AMOUNT_EN = re.compile(r"(?P<cur>US\$|\$|€|¥)\s?(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>B|M|K|billion|million)?\b")
ROUND = re.compile(r"(?:Pre-?IPO|pre-?IPO)|(?:Pre-?)?[A-H]\d?\+*\s?(?:轮|系列)|天使\+?轮|种子\+?轮|战略融资|首轮|"
                   r"新一轮|Series [A-H]\+?|(?:B|C|D)\s?轮系列")
VALUATION = re.compile(r"估值(?:已|将|或|有望)?(?:达到?|为|突破|超过?|约|升至|至|高达|逾|近|接近|翻倍至)?\s*"
                       r"(?P<amount>(?:超过|超|逾|近|约)?\s*" + _NUM.replace("?P<num>", "") + r"\s*(?:万亿|千亿|百亿|亿|千万|百万|万)?\s*"
                       r"(?:美元|美金|元人民币|人民币|韩元|日元|欧元|港元|港币|英镑|元)?)")
FUNDING_CUE = re.compile(r"融资|募资|筹集|筹资|募集|领投|跟投|投资方|估值")
RAISE_VERB = re.compile(r"(?:宣布|正在|已|已经|近日|刚刚)?(?:完成|获得|获|拿下|敲定|筹集|募集|融资|启动|开启|进行|计划|拟|推进|寻求)")


def _cn_number(text: str) -> float | None:
    """Return the value of a simple Chinese numeral (三, 十二, 三百, 两千); None if unreadable."""
    if not text:
        return None
    total, cur = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "千":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return float(total + cur)


def _value(num: str, unit: str | None) -> float | None:
    if re.match(r"\d", num):
        v = Decimal(num.replace(",", ""))
    else:
        cn = _cn_number(num)
        if cn is None:
            return None
        v = Decimal(int(cn))
    return float(v * Decimal(int(UNITS.get(unit or "", 1.0))))


def parse_amount(text: str) -> tuple[float, str] | None:
    """Return (value in units, ISO currency) of the first amount in ``text``, or None."""
    m = AMOUNT.search(text)
    if m:
        v = _value(m.group("num"), m.group("unit"))
        if v is not None:
            return v, CURRENCIES[m.group("cur")]
    m = AMOUNT_EN.search(text)
    if m:
        v = _value(m.group("num"), m.group("unit"))
        if v is not None:
            return v, CURRENCIES[m.group("cur")]
    return None


def find_round(text: str) -> str | None:
    """Return the funding round named in ``text`` (种子轮, A+轮, Pre-IPO ...), normalised, or None."""
    m = ROUND.search(text)
    if not m:
        return None
    r = re.sub(r"\s+", "", m.group())
    if re.match(r"(?i)pre-?ipo", r):
        return "Pre-IPO"
    r = r.replace("系列", "轮") if re.match(r"[A-H]", r) else r
    r = re.sub(r"轮轮$", "轮", r)
    m2 = re.match(r"(?i)series([a-h]\+?)", r)
    if m2:
        return m2.group(1).upper() + "轮"
    return r


@dataclass
class FundingFacts:
    """What one sentence says about a funding round."""

    amount: float | None = None
    currency: str | None = None
    round: str | None = None
    valuation: float | None = None


def read_funding(sentence: str) -> FundingFacts | None:
    """Return the amount, round and valuation a funding sentence states, or None if it states none.

    >>> f = read_funding("北辰智能完成 1.5 亿美元种子轮融资，估值 8 亿美元")
    >>> (f.amount, f.currency, f.round, f.valuation)
    (150000000.0, 'USD', '种子轮', 800000000.0)
    """
    if not FUNDING_CUE.search(sentence):
        return None
    facts = FundingFacts(round=find_round(sentence))
    val = VALUATION.search(sentence)
    val_span = (-1, -1)
    if val:
        parsed = parse_amount(val.group("amount")) or _bare(val.group("amount"))
        if parsed:
            facts.valuation = parsed[0]
            val_span = val.span()
    for m in AMOUNT.finditer(sentence):
        if val_span[0] <= m.start() < val_span[1]:
            continue
        v = _value(m.group("num"), m.group("unit"))
        if v is not None:
            facts.amount, facts.currency = v, CURRENCIES[m.group("cur")]
            break
    if facts.currency is None and val and parse_amount(val.group("amount")):
        facts.currency = parse_amount(val.group("amount"))[1]
    if facts.amount is None and facts.round is None and facts.valuation is None:
        return None
    return facts


def _bare(text: str) -> tuple[float, str | None] | None:
    m = re.search(_NUM + r"\s*" + _UNIT, text)
    if not m or not m.group("unit"):
        return None
    v = _value(m.group("num"), m.group("unit"))
    return (v, None) if v is not None else None
