"""Exact reading of the things a shopper names: amounts, currencies, brands, models.

This is the deterministic half of understanding. It finds every number (digits,
"1.2k", "two grand", "seven fifty", 两千五, "8+256", "1TB"), the currency said with
it, every brand or brand alias, and model numbers with a known release year
("iPhone 12", "Galaxy S24"). It never decides what a mention means for the
shopper: whether 500 is a maximum or a minimum, whether Samsung is wanted or
refused, is the language model's job (a role per mention).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

NUMBER, BRAND, MODEL = "number", "brand", "model"


@dataclass(frozen=True)
class Mention:
    kind: str            # NUMBER, BRAND or MODEL
    start: int           # character span in the text
    end: int
    value: float | str   # the amount, the canonical brand, or the model's release year
    currency: str | None = None
    unit: str | None = None  # "gb" when the amount was said as a memory size ("256GB", "1TB")
    brand: str | None = None  # for a model: its maker


# -- brands ----------------------------------------------------------------------------

BRAND_ALIASES = {
    "Apple": ["apple", "iphone", "iphones", "苹果"],
    "Samsung": ["samsung", "galaxy", "三星"],
    "Google": ["google", "pixel", "pixels", "谷歌"],
    "OnePlus": ["oneplus", "one plus", "一加"],
    "Xiaomi": ["xiaomi", "redmi", "poco", "mi", "小米", "红米"],
    "Motorola": ["motorola", "moto", "摩托罗拉", "摩托"],
    "Sony": ["sony", "xperia", "索尼"],
    "Nokia": ["nokia", "诺基亚"],
    "Oppo": ["oppo"],
    "Vivo": ["vivo", "iqoo"],
    "Realme": ["realme", "真我"],
    "Huawei": ["huawei", "华为"],
    "Honor": ["honor", "荣耀"],
    "Asus": ["asus", "rog", "zenfone", "华硕"],
    "Nothing": ["nothing phone", "cmf", "nothing"],
    "Fairphone": ["fairphone"],
    "ZTE": ["zte", "中兴"],
    "Nubia": ["nubia", "red magic", "redmagic", "努比亚", "红魔"],
    "Tecno": ["tecno"],
    "Infinix": ["infinix"],
    "Cat": ["cat phone", "cat s", "cat", "caterpillar", "卡特彼勒"],
    "Ulefone": ["ulefone"],
    "Doogee": ["doogee"],
    "Blackview": ["blackview"],
    "Lenovo": ["lenovo", "联想"],
    "LG": ["lg"],
    "HTC": ["htc"],
    "Meizu": ["meizu", "魅族"],
    "TCL": ["tcl"],
}
_ALIAS_TO_BRAND = {alias: brand for brand, aliases in BRAND_ALIASES.items() for alias in aliases}

# Brand names shoppers often mistype ("samsng", "xiomi", "huwaei", "motorolla"): a word one slip away from one of
# these (a letter missing, extra, wrong, or two swapped) is read as the brand. Not shorter names, where one slip
# makes another word, and never the words below, which are one slip from a brand but mean something else.
TYPO_PRONE_BRANDS = ("samsung", "xiaomi", "huawei", "motorola", "oneplus", "iphone", "google", "nokia", "lenovo",
                     "galaxy", "xperia", "fairphone", "infinix", "blackview", "ulefone")
NOT_A_TYPO = {"phone", "goggle", "googly", "googled", "googles", "googling"}
_LATIN_WORD = re.compile(r"(?<![\w'])[a-z]{5,}(?![\w'])", re.I)


def _one_slip_from(name: str) -> set[str]:
    """Every way to type `name` with one slip: a letter missing, extra or wrong, or two letters swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(name[:i], name[i:]) for i in range(len(name) + 1)]
    slips = {head + tail[1:] for head, tail in splits if tail}
    slips |= {head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1}
    slips |= {head + c + tail[1:] for head, tail in splits if tail for c in letters}
    slips |= {head + c + tail for head, tail in splits for c in letters}
    return slips - {name}


# every slip of every typo-prone name, looked up in one step (a long post has hundreds of words)
_SLIPS: dict[str, str] = {}
for _name in TYPO_PRONE_BRANDS:
    for _slip in _one_slip_from(_name):
        _SLIPS.setdefault(_slip, _name)


def correct_brand_typos(text: str) -> str:
    """The text with each mistyped brand name spelled right, so the model and the brand reader both know it."""
    def correct(match: re.Match) -> str:
        said = match.group(0).lower()
        if said in _ALIAS_TO_BRAND or said.removesuffix("s") in _ALIAS_TO_BRAND or said in NOT_A_TYPO:
            return match.group(0)
        return _SLIPS.get(said, match.group(0))
    return _LATIN_WORD.sub(correct, text)


_BRAND_RE = re.compile(
    r"(?<![a-z0-9])(" + "|".join(sorted((re.escape(a) for a in _ALIAS_TO_BRAND if a.isascii()), key=len, reverse=True))
    + r")s?(?![a-z0-9])|(" + "|".join(sorted((re.escape(a) for a in _ALIAS_TO_BRAND if not a.isascii()), key=len,
                                            reverse=True)) + ")",
    re.IGNORECASE,
)  # "s?": a plural names the brand too ("two Xiaomis", "Samsungs")

# -- models with a release year ("X or newer" sets min_year to the model's year) ----------

IPHONE_YEARS = {"6": 2014, "6s": 2015, "7": 2016, "8": 2017, "x": 2017, "xr": 2018, "xs": 2018, "11": 2019,
                "12": 2020, "13": 2021, "14": 2022, "15": 2023, "16": 2024, "16e": 2025, "17": 2025}
GALAXY_S_YEARS = {"7": 2016, "8": 2017, "9": 2018, "10": 2019, "20": 2020, "21": 2021, "22": 2022, "23": 2023,
                  "24": 2024, "25": 2025}
PIXEL_YEARS = {"2": 2017, "3": 2018, "3a": 2019, "4": 2019, "4a": 2020, "5": 2020, "5a": 2021, "6": 2021, "6a": 2022,
               "7": 2022, "7a": 2023, "8": 2023, "8a": 2024, "9": 2024, "9a": 2025, "10": 2025}
ONEPLUS_YEARS = {"7": 2019, "8": 2020, "9": 2021, "10": 2022, "11": 2023, "12": 2024, "13": 2025}
# Galaxy A models: the last digit is the generation (A52 2021 … A56 2025), across the A1x to A7x lines.
GALAXY_A_YEARS = {f"{line}{generation}": year for line in "1234567"
                  for generation, year in (("2", 2021), ("3", 2022), ("4", 2023), ("5", 2024), ("6", 2025))}
NOTE_YEARS = {"8": 2017, "9": 2018, "10": 2019, "20": 2020}
_MODEL_PATTERNS = (
    ("Apple", re.compile(r"(?:iphone|苹果)\s*(\d{1,2}e?|xr|xs|x|6s)(?![\d])", re.I), IPHONE_YEARS),
    ("Samsung", re.compile(r"(?:galaxy\s*s\s?|(?<![a-z0-9_'])s)(\d{1,2})(?!\d)", re.I), GALAXY_S_YEARS),
    ("Samsung", re.compile(r"galaxy\s*a\s?(\d{2})(?!\d)", re.I), GALAXY_A_YEARS),
    ("Samsung", re.compile(r"galaxy\s*note\s?(\d{1,2})(?!\d)", re.I), NOTE_YEARS),
    ("Google", re.compile(r"pixel\s*(\d{1,2}a?)(?![\d])", re.I), PIXEL_YEARS),
    ("OnePlus", re.compile(r"(?:one\s?plus|一加)\s*(\d{1,2})(?!\d)", re.I), ONEPLUS_YEARS),
)

# -- numbers ---------------------------------------------------------------------------

MOST_NUMBER = 1e12  # above any price in any currency, any storage or any year

SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "hundo": 100, "hundos": 100, "thousand": 1000, "grand": 1000, "k": 1000}
_WORD = r"(?:" + "|".join(sorted(list(SMALL) + list(TENS) + list(SCALES), key=len, reverse=True)) + r")"
_WORDS_RE = re.compile(rf"(?<![a-z]){_WORD}(?:[\s-]+(?:and\s+)?{_WORD})*(?![a-z])", re.I)

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_ZH_RE = re.compile(r"[零〇一二两三四五六七八九十百千万]+|\d+(?:\.\d+)?[千万]")

# Chinese words that name money wherever they stand, before or after an amount (港币五千, 五千港币) or apart from it.
CURRENCY_WORDS_ZH = {"美元": "USD", "美金": "USD", "欧元": "EUR", "英镑": "GBP", "人民币": "CNY", "港币": "HKD",
                     "港元": "HKD", "港纸": "HKD", "新台币": "TWD", "台币": "TWD", "澳元": "AUD", "澳币": "AUD",
                     "卢比": "INR"}
CURRENCY_BEFORE = [("hk$", "HKD"), ("nt$", "TWD"), ("au$", "AUD"), ("a$", "AUD"), ("hkd", "HKD"), ("twd", "TWD"),
                   ("ntd", "TWD"), ("aud", "AUD"), ("usd", "USD"), ("us$", "USD"), ("$", "USD"), ("eur", "EUR"), ("€", "EUR"), ("£", "GBP"),
                   ("gbp", "GBP"), ("¥", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("₹", "INR"), ("rs.", "INR"),
                   ("rs", "INR"), ("inr", "INR"), *CURRENCY_WORDS_ZH.items()]

# A currency code written onto its amount ("USD1200", "RMB3000", "Rs15000") does not make the amount part of a word.
# (?=\d) comes first so that the look-behinds run only where a number starts: a 4,000-character post stays 0.1 ms.
_GLUED_CODES = "|".join(rf"(?<=(?<![a-z]){token})" for token, _ in CURRENCY_BEFORE if token.isascii() and token.isalpha())
_DIGITS_RE = re.compile(
    r"(?=\d)(?:(?<![A-Za-z0-9])|" + _GLUED_CODES + r")(?<!\d\.)(\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(k|grand|thousand|hundred)(?![a-z]))?", re.I)

CURRENCY_AFTER = [("dollars", "USD"), ("dollar", "USD"), ("bucks", "USD"), ("buck", "USD"), ("usd", "USD"),
                  ("euros", "EUR"), ("euro", "EUR"), ("eur", "EUR"), ("€", "EUR"), ("pounds", "GBP"),
                  ("quid", "GBP"), ("gbp", "GBP"), ("yuan", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("元", "CNY"),
                  ("块钱", "CNY"), ("块", "CNY"), ("rupees", "INR"), ("rupee", "INR"), ("inr", "INR"),
                  ("hkd", "HKD"), ("hk dollars", "HKD"), ("twd", "TWD"), ("ntd", "TWD"), ("aud", "AUD"),
                  *CURRENCY_WORDS_ZH.items(), ("刀", "USD"),  # 刀: dollars, in Chinese texting
                  ("$", "USD"), ("£", "GBP"), ("₹", "INR")]  # "350$": symbols written after, as in much of Europe
# A memory size: spelled out after a space ("256 GB", "1 terabyte"), or a bare T/G written onto the number
# ("1T", "16g内存") but not the start of a word ("350 to 750", "1500 tops").
_GB_AFTER = re.compile(r"\s*(tb|terabytes?|gb|gigs?|gigabytes?)\b|(tb|gb|t|g|\s*个[gt])(?![a-z-])", re.I)

# A measurement, not an amount of money or memory: "5000mAh", "6.1 inch", "145 x 70 mm", "20 to 30 hours", "150g",
# "12-year-old", "4K video", "8 or more hours". Such numbers are not offered to the model as mentions at all.
_MEASURE_AFTER = re.compile(
    r"\s*(?:(?:or\s+(?:more|less|fewer|so)|\+|plus)\s*)?"  # "8 or more hours", "48+ hours"
    r"(?:mm|cm|millimet(?:er|re)s?|mah|mp|megapixels?|hz|ghz|watts?|hours?|hrs?|minutes?|mins?|days?|weeks?|"
    r"months?|years?|yrs?|inch(?:es|ers?)?|nits|fps|percent|%|x\s*\d|×\s*\d|-(?:year|inch(?:er)?|hour|day|month)|"
    r"k?\s*(?:video|recording)|英寸|寸|毫米|厘米|小时|分钟|天|周|个月|岁|倍|毫安|万像素|像素|瓦|帧)(?![a-z])"
    r"|(?:w|h|\"|”|'')(?![a-z])|\s*k?\s*视频",
    re.I)
_MEASURE_BEFORE = re.compile(r"(?:^|[^a-z])[x×]\s*$", re.I)  # "145 x 70": not "max 70"
_GRAMS = re.compile(r"\s*(?:g|grams?|克)(?![a-z])", re.I)  # "150g" is a weight; 128G/256G/512G are memory
_WAN = re.compile(r"w(?![a-z])", re.I)
_WAN_BUDGET = re.compile(r"\s*(?:以内|以下|左右|上下|出头|多|内|块|元|预算|的预算)")
_RANGE_TO = re.compile(r"\s*(?:to|or|-|–|~|～|至|到)\s*$", re.I)
# The first end of a range that shares the second end's scale: the 2 of "2-3 hundred", the 5 of "5 or 6 grand",
# the four of "between four and six hundred".
NUMBER_WORDS = "|".join(sorted(set(SMALL) - {"a", "an"} | set(TENS), key=len, reverse=True))
_SHARED_SCALE = re.compile(
    rf"\s*(?:to|or|and|-|–|~)\s*(\d+(?:\.\d+)?|{NUMBER_WORDS})\s*(k|grand|thousand|hundred|hundos?)(?![a-z])", re.I)


_HALF = re.compile(r"(?<![a-z0-9])(an?|one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:(grand|thousand|k|hundred)"
                   r"\s+and\s+a\s+half|and\s+a\s+half\s+(grand|thousand|k|hundred))(?![a-z])", re.I)
_GLUED = re.compile(r"(?<=[A-Za-z])(\d{2,7})(?=\s*(?:元|块|rmb|yuan|dollars|bucks|euros|rupees|美元|刀))", re.I)


def is_measure(text: str, start: int, end: int, value: float) -> bool:
    """Whether the number at text[start:end] measures something (size, weight, time, age) rather than money."""
    if _MEASURE_AFTER.match(text, end) or _MEASURE_BEFORE.search(text[max(0, start - 4):start]):
        return True
    if re.match(r"\d{4}\s*年", text[start:end + 3]) is None and re.match(r"\s*年", text[end:end + 2]):
        return True  # "2年" is two years of use; "2023年" stays a year
    return bool(_GRAMS.match(text, end)) and 60 <= value <= 400 and value not in (64, 128, 256)


def zh_number(text: str) -> float | None:
    """两千五 -> 2500, 一千八 -> 1800, 三千 -> 3000, 1.5万 -> 15000, 十二 -> 12."""
    if len(text) >= 3 and all(ch in ZH_DIGITS and ch != "两" for ch in text):  # 五一二, 一二八: said digit by digit
        return float("".join(str(ZH_DIGITS[ch]) for ch in text)) or None
    digit_unit = re.fullmatch(r"(\d+(?:\.\d+)?)([千万])", text)
    if digit_unit:
        return float(digit_unit.group(1)) * ZH_UNITS[digit_unit.group(2)]
    total, section, digit, last_unit = 0, 0, None, None
    for ch in text:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch]
        elif ch in ZH_UNITS:
            unit = ZH_UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section, digit = 0, None
            else:
                section += (1 if digit is None else digit) * unit
                digit = None
            last_unit = unit
        else:
            return None
    if digit is not None:
        # 两千五: a trailing digit after a unit counts in the next unit down
        if last_unit and last_unit >= 100 and len(text) >= 2 and text[-2] in ZH_UNITS:
            section += digit * (last_unit // 10)
        else:
            section += digit
    value = total + section
    return float(value) if value else None


def words_number(text: str) -> float | None:
    """'two grand' 2000, 'seven fifty' 750, 'fifteen hundred' 1500, '5 hundo' handled by digits."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens or all(t in ("a", "an") for t in tokens) or tokens == ["k"]:
        return None
    groups, current = [], 0
    for token in tokens:
        if token in SMALL:
            if current and current % 100 == 0 and current < 1000 and SMALL[token] < 10:
                current += SMALL[token]
            elif current and current < 20:
                groups.append(current)
                current = SMALL[token]
            else:
                current += SMALL[token]
        elif token in TENS:
            if current and current < 100:  # "seven fifty", "nineteen ninety": a new group
                groups.append(current)
                current = TENS[token]
            else:
                current += TENS[token]
        elif SCALES.get(token) == 100:  # "one thousand two hundred": only the part below a thousand
            current = current // 1000 * 1000 + (current % 1000 or 1) * 100
        elif token in SCALES:
            current = (current or 1) * SCALES[token]
    groups.append(current)
    if len(groups) == 2 and groups[0] < 100 and groups[1] < 100:
        return float(groups[0] * 100 + groups[1])  # "seven fifty" -> 750
    return float(sum(groups)) if sum(groups) else None


def word_amounts(match: re.Match) -> list[tuple[int, int]]:
    """The amounts a run of number words says, as spans: "one hundred and fifty" is one, "six hundred and eight
    hundred" and "two fifty and four twenty" are two. A part after "and" joins the amount before it only when that
    amount ends in a scale and the part has none and says less than a hundred ("hundred and fifty"; not the
    "one fifty" of "between one hundred and one fifty")."""
    spans: list[tuple[int, int]] = []
    start = match.start()
    last = match.end() - len(re.search(r"(?:[\s-]+an?)*$", match.group(0), re.I).group(0))  # "fifty a great…"
    for part in [*re.finditer(r"\s+and\s+", match.group(0)[:last - match.start()], re.I), None]:
        end = match.start() + part.start() if part else last
        words = re.split(r"[\s-]+", match.string[start:end].lower())
        if spans and not set(words) & set(SCALES) and match.string[spans[-1][0]:spans[-1][1]].lower().endswith(
                tuple(SCALES)) and (words_number(match.string[start:end]) or 0) < 100:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        if part:
            start = match.start() + part.end()
    first = re.match(rf"(?:{'|'.join(SCALES)})\b[\s-]*", match.string[spans[0][0]:spans[0][1]], re.I)
    if first and re.search(r"\d\s*$", match.string[:match.start()]):  # the scale of "2 hundo and two eighty"
        spans[0] = (spans[0][0] + first.end(), spans[0][1])
    return [(a, b) for a, b in spans if a < b]


def shared_scale(text: str, end: int, first: float) -> int:
    """The scale that the number ending at `end` shares with the range's second end: 100 for the 2 of
    "2-3 hundred"; 1 when there is none, or when the first end is already the bigger ("250-five hundred")."""
    match = _SHARED_SCALE.match(text, end)
    if not match:
        return 1
    second = match.group(1)
    second_value = float(second) if second[0].isdigit() else words_number(second)
    return SCALES[match.group(2).lower()] if second_value and first < second_value else 1


def _currency_near(text: str, start: int, end: int) -> tuple[str | None, int, int]:
    before = text[max(0, start - 5):start].lower().rstrip()
    for token, code in CURRENCY_BEFORE:
        ahead = before[:-len(token)][-1:]
        if token[-1].isalpha():  # "rs" inside a word is no rupee; but Chinese has no spaces: 预算港币五千
            clash = token.isascii() and ahead.isalpha()
        else:  # the "$" of "300$ 400" is 300's
            clash = ahead.isdigit()
        if before.endswith(token) and not clash:
            return code, start - (len(text[max(0, start - 5):start]) - len(before)) - len(token), end
    after = text[end:end + 12].lower()
    stripped = after.lstrip()
    for token, code in CURRENCY_AFTER:
        if stripped.startswith(token) and not stripped[len(token):len(token) + 1].isalpha() or (
                stripped.startswith(token) and not token.isascii()):
            return code, start, end + (len(after) - len(stripped)) + len(token)
    return None, start, end


def find_numbers(text: str) -> list[Mention]:
    found: list[Mention] = []
    measures: list[int] = []  # where each measurement starts
    taken = [False] * len(text)

    def add(start: int, end: int, value: float | None) -> None:
        if value is None or any(taken[start:end]):
            return
        if not math.isfinite(value) or value > MOST_NUMBER:
            return  # a run of hundreds of digits is no amount, storage or year
        for k in range(start, end):
            taken[k] = True
        currency, c_start, c_end = _currency_near(text, start, end)
        if currency is None and is_measure(text, start, end, value):
            measures.append(start)
            return
        unit = None
        gb = _GB_AFTER.match(text, end)
        if gb and currency is None:
            said = (gb.group(1) or gb.group(2)).lower().lstrip(" 个")  # 一个T: one terabyte
            unit = "gb"
            if said.startswith("t"):
                value *= 1024
        found.append(Mention(NUMBER, start, end, float(value), currency=currency, unit=unit))

    for match in _HALF.finditer(text):  # "a grand and a half", "two and a half thousand"
        said = match.group(1).lower()
        whole = float(said) if said[0].isdigit() else SMALL[said]
        add(match.start(), match.end(), (whole + 0.5) * SCALES[(match.group(2) or match.group(3)).lower()])
    for match in _GLUED.finditer(text):  # "NFC4000元": an amount written onto a word, with its currency after it
        add(match.start(1), match.end(1), float(match.group(1)))
    for match in _DIGITS_RE.finditer(text):
        number = float(match.group(1).replace(",", ""))
        scale = (match.group(2) or "").lower()
        number *= SCALES.get(scale, 1)
        tail = re.match(r"\s*(hundos?)\b", text[match.end():], re.I)
        end = match.end()
        if tail and not scale:  # "5 hundo"
            number *= 100
            end += tail.end()
        if not scale and not tail:
            number *= shared_scale(text, end, number)
        if not scale and re.match(r"[千万]", text[end:end + 1]):
            number *= ZH_UNITS[text[end]]
            end += 1
        elif not scale and _WAN.match(text, end) and (number < 5 or _WAN_BUDGET.match(text, end + 1)):
            number *= 10000  # "1w以内", "1.5w": w is 万 in Chinese texting; "65W" stays watts
            end += 1
        add(match.start(), end, number)
    for match in _ZH_RE.finditer(text):
        if match.group(0) == "千万" and re.match(r"[别不要记得注]", text[match.end():match.end() + 1]):
            continue  # 千万别…, 千万不要…: "by all means", not ten million
        add(match.start(), match.end(), zh_number(match.group(0)))
    for match in _WORDS_RE.finditer(text):
        for start, end in word_amounts(match):
            number = words_number(text[start:end])
            if number is not None:
                number *= shared_scale(text, end, number)  # "two or three hundred"
            add(start, end, number)
    # the first end of a measured range: "20 to 30 hours"
    return [m for m in found if not any(m.end <= k and _RANGE_TO.fullmatch(text[m.end:k]) for k in measures)]


# Words that are also brands (Nothing, Cat) are brands only where a phone is meant: before "phone" or a model
# ("Nothing Phone", "Cat S62", Nothing手机), or written capitalised after an article, an "or"/"and" or a word that
# picks a phone ("a Nothing", "Honor or Nothing", "a rugged Cat", 或者Nothing), never at the start of a sentence.
_PHONE_AFTER = re.compile(r"\s*(?:phones?\b|s\d{2}|手机|三防|的手机)", re.I)
_PICKS_BEFORE = re.compile(r"(?:\b(?:an?|the|or|and|rugged|new|another|buy|get|want|prefer)|"
                           r"或者|或|和|还是|个|台|买|要|选|、|/)\s*$", re.I)


_OR_AFTER = re.compile(r"\s*(?:or|and|/|或者|或|和|还是)\s*(?:an?\s+)?", re.I)


def _names_a_phone(text: str, match: re.Match) -> bool:
    if _PHONE_AFTER.match(text, match.end()):
        return True
    said = match.group(0)
    if not said[:1].isupper():
        return False
    if _PICKS_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
        return True
    joined = _OR_AFTER.match(text, match.end())  # "Nothing or Fairphone", Nothing或者一加
    other = joined and _BRAND_RE.match(text, joined.end())
    return bool(other) and (other.group(1) or other.group(2)).lower() not in ("nothing", "cat")


def find_brands(text: str) -> list[Mention]:
    out = []
    for match in _BRAND_RE.finditer(text):
        said = match.group(1) or match.group(2)
        alias = said.lower()
        brand = _ALIAS_TO_BRAND.get(alias) or _ALIAS_TO_BRAND.get(said)
        if alias == "mi" and not re.match(r"\s*\d", text[match.end():]):
            continue  # "mi" is only Xiaomi before a model number ("Mi 11")
        if alias == "cat" and not (said == "CAT" or _names_a_phone(text, match)):
            continue  # "my cat" is the animal; the brand is written CAT, or said as a phone ("a rugged Cat", "Cat S62")
        if alias == "nothing" and not _names_a_phone(text, match):
            continue  # "nothing fancy", "Nothing from Apple": the word; "a Nothing phone", "Honor or Nothing": the brand
        if said == "荣耀" and text[max(0, match.start() - 2):match.start()] == "王者":
            continue  # 王者荣耀 is a game
        if said == "摩托" and text[match.end():match.end() + 1] == "车":
            continue  # 摩托车 is a motorbike
        if brand:
            out.append(Mention(BRAND, match.start(), match.end(), brand))
    return out


def find_models(text: str) -> list[Mention]:
    """Model numbers with a known release year: the number part of 'iPhone 12', 'S24', 'Pixel 8a'."""
    out = []
    for brand, pattern, years in _MODEL_PATTERNS:
        for match in pattern.finditer(text):
            key = match.group(1).lower().replace(" ", "")
            if key in years:
                out.append(Mention(MODEL, match.start(1), match.end(1), float(years[key]), brand=brand))
    return out


# A model number said without its brand, once the brand was named elsewhere: "an iPhone, a 13 or newer",
# 苹果手机,13以上的. Only when it looks forward ("or newer", 以上) and names no memory ("RAM 8 or more").
_YEARS_BY_BRAND = {"Apple": IPHONE_YEARS, "Google": PIXEL_YEARS, "OnePlus": ONEPLUS_YEARS}
_BARE_MODEL = re.compile(
    r"(?<![\w.$€£¥])(?<!\d,)(\d{1,2}[a-z]?)"
    r"(?=\s*(?:(?:or|and)\s+(?:anything\s+|something\s+)?(?:newer|later|up|above)|(?:或者?|及)?(?:以上|之后|以后|更新)))",
    re.I)
_MEMORY_BEFORE = re.compile(r"(?:ram|memory|storage|内存|运存|存储)\W{0,3}$", re.I)


def bare_models(text: str, brands: list[Mention], models: list[Mention]) -> list[Mention]:
    named = {b.value for b in brands if b.value in _YEARS_BY_BRAND}
    if len(named) != 1:
        return []  # "a 13 or newer" is only a model when one brand can own it
    brand = named.pop()
    out = []
    for match in _BARE_MODEL.finditer(text):
        year = _YEARS_BY_BRAND[brand].get(match.group(1).lower())
        taken = any(m.start <= match.start(1) < m.end for m in models)
        if year and not taken and not _MEMORY_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            out.append(Mention(MODEL, match.start(1), match.end(1), float(year), brand=brand))
    return out


# Digits that count nothing a shopper wants: web and mail addresses, dates, clock times and phone numbers.
# ("8/256" and "500-700" are not dates: a date has three parts, two of them of one or two digits.)
_NOT_AMOUNTS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|"
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b|"
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b|"
    r"(?<![\w+])\+\d{1,3}(?:[ -]?\(?\d{2,5}\)?){2,}|\b0\d{3,5}[ -]?\d{5,7}\b|(?:\(\d{3}\) ?|\b\d{3}-)\d{3}-\d{4}\b",
    re.I)


def find_mentions(text: str) -> list[Mention]:
    """Every mention, in text order; a model number or a brand's name (三星, 一加) is not also read as an amount,
    nor are the digits of an address, a date, a time or a phone number."""
    models, brands = find_models(text), find_brands(text)
    models += bare_models(text, brands, models)
    taken = [(m.start, m.end) for m in models + brands] + [m.span() for m in _NOT_AMOUNTS.finditer(text)]
    numbers = [n for n in find_numbers(text)
               if not any(s <= n.start < e or n.start <= s < n.end for s, e in taken)]
    mentions = models + numbers + brands
    return sorted(mentions, key=lambda m: (m.start, m.end))


# -- what the shopper says besides the things named -------------------------------------------

# A currency said on its own, not beside an amount: "not dollars, rupees: 25,000", "sorry, I mean euros",
# 不是人民币，是美元. Only words that name money wherever they stand (not 元, 块, 刀 or "pounds", which also weigh).
STATED_CURRENCIES = {"dollars": "USD", "bucks": "USD", "usd": "USD", "euros": "EUR", "eur": "EUR", "quid": "GBP",
                     "sterling": "GBP", "gbp": "GBP", "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "rupees": "INR",
                     "inr": "INR", "hkd": "HKD", "aud": "AUD", "twd": "TWD", **CURRENCY_WORDS_ZH}
_STATED_RE = re.compile(r"(?<![a-z])(" + "|".join(sorted(STATED_CURRENCIES, key=len, reverse=True)) + r")(?![a-z])",
                        re.I)
_REFUSED_BEFORE = re.compile(r"(?:\b(?:not|no|never)\s+(?:in\s+)?|不是|不用|不要|别用)$", re.I)


def stated_currencies(text: str, numbers: list[Mention]) -> list[tuple[int, str]]:
    """(where, code) of each currency named apart from any amount, and not refused ("not dollars")."""
    out = []
    for match in _STATED_RE.finditer(text):
        beside = any((n.end <= match.start() and not text[n.end:match.start()].strip())
                     or (match.end() <= n.start and not text[match.end():n.start].strip())
                     for n in numbers if n.kind == NUMBER)
        if beside or _REFUSED_BEFORE.search(text[max(0, match.start() - 10):match.start()]):
            continue
        out.append((match.start(), STATED_CURRENCIES[match.group(1).lower()]))
    return out


# Words that take back what was just said: "400, hmm, make that 450", "a Motorola - no wait, a Nokia", 两千…哦不，一千八.
CORRECTION = re.compile(
    r"(?:^|[,.;:!?…—–\-\s])\s*(?:no\s+)?wait\b|\bscratch\s+that\b|\bmake\s+(?:it|that)\b|\bi\s+mean\b|\bsorry\b|"
    r"\bactually\b|\bor\s+rather\b|\bcorrection\b|\bon\s+second\s+thought\b|\bchange\s+(?:it|that)\s+to\b|"
    r"哦不|噢不|啊不|不对|说错了?|算了|更正|改成|不不|不[,，]|应该是",
    re.I)


def corrects(text: str, earlier: Mention, later: Mention) -> bool:
    """Whether the shopper takes back `earlier` between it and `later`."""
    return earlier.end <= later.start and bool(CORRECTION.search(text, earlier.end, later.start))
