"""Reading the raw scrapes into phone records (build time only).

Each reader turns one raw row into a dict with the columns of `spec/catalog.md`,
every value parsed into its type; a fact the row does not give is None. The
quirks handled here are the ones `shared/data/catalog-sources/SOURCES.md` lists.
"""

from __future__ import annotations

import csv
import re
from typing import Iterator

from app.catalog.prices import china_only
from app.money import to_usd
from app.preferences import BRANDS

# -- names ---------------------------------------------------------------------

# Source spellings that are another canonical maker name; sub-brands come first
# because they are read off the start of the model name.
SUB_BRANDS = {
    "redmi": "Xiaomi", "poco": "Xiaomi", "iqoo": "Vivo", "nubia": "Nubia", "red magic": "Nubia",
    "rog": "Asus",
}
BRAND_SPELLINGS = {b.lower(): b for b in BRANDS} | {
    "oneplus 2": "OnePlus", "sony_ericsson": "Sony Ericsson", "t_mobile": "T-Mobile", "t mobile": "T-Mobile",
    "tecno": "Tecno", "lava": "Lava", "doogee": "Doogee", "cat": "Cat", "tcl": "TCL",
    "alcatel": "Alcatel", "we": "WE", "hmd": "HMD", "zte": "ZTE", "lg": "LG", "htc": "HTC",
    "blu": "BLU", "vivo": "Vivo", "oppo": "Oppo", "asus": "Asus", "nothing": "Nothing",
    "realme": "Realme", "honor": "Honor", "huawei": "Huawei", "meizu": "Meizu", "iqoo": "Vivo",
    "poco": "Xiaomi", "redmi": "Xiaomi", "cmf": "Nothing", "itel": "itel", "ai+": "AI+",
}


def canonical_brand(raw: str) -> str:
    key = raw.strip().lower().replace("-", " ").strip()
    if key in BRAND_SPELLINGS:
        return BRAND_SPELLINGS[key]
    return " ".join(w if w.isupper() and len(w) <= 3 else w.capitalize() for w in raw.replace("_", " ").split())


def split_brand_model(brand: str, model: str) -> tuple[str, str]:
    """Canonical brand and the model name without it; sub-brands become their maker."""
    model = " ".join(model.split())
    lowered = model.lower()
    if lowered.startswith(brand.lower() + " "):
        model = model[len(brand) + 1:]
        lowered = model.lower()
    for prefix, maker in SUB_BRANDS.items():
        if lowered.startswith(prefix + " ") or lowered == prefix:
            if prefix == "nubia":  # "ZTE nubia Red Magic 9 Pro": the maker's name is not part of the model's
                model = model[len(prefix) + 1:]
            return maker, model
    return canonical_brand(brand), model


def slug(*parts: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", " ".join(parts).lower().replace("+", " plus ")).strip("-")


def match_key(brand: str, model: str) -> str:
    """A key that equal phones share across sources: case, spaces, '5G' and punctuation ignored."""
    text = model.lower()
    text = re.sub(r"\(\s*\d+\s*(gb|tb)[^)]*\)", " ", text)          # "(256GB)" variant suffix
    text = re.sub(r"\b\d+\s*(gb|tb)(\s*/\s*\d+\s*(gb|tb))?\b", " ", text)  # "128GB" suffix
    text = re.sub(r"\b5g\b", " ", text)
    if brand == "Motorola":
        text = re.sub(r"^\s*moto\b", " ", text)  # "Moto G84" and "G84" are one phone
    text = text.replace("+", "plus")
    return brand.lower() + "|" + re.sub(r"[^a-z0-9]+", "", text)


# -- numbers in text -------------------------------------------------------------

def first_number(pattern: str, text: str | None, cast=float):
    if not text:
        return None
    found = re.search(pattern, text, flags=re.IGNORECASE)
    return cast(found.group(1).replace(",", "")) if found else None


HIGHEST_REFRESH_HZ = 240   # no phone panel refreshes faster; a larger "Hz" is PWM dimming or touch sampling


def refresh_rate(text: str | None) -> int | None:
    """The screen's highest refresh rate: "AMOLED, 144Hz, 3840Hz PWM" is 144, not 840 (or 3840)."""
    rates = [int(h) for h in re.findall(r"(?<![\d.])(\d{2,3})\s*Hz(?!\s*(?:PWM|touch))", text or "", re.I)]
    rates = [r for r in rates if r <= HIGHEST_REFRESH_HZ]
    return max(rates, default=None)


def flag(text: str | None, yes: str, no: str | None = None):
    """1 when `yes` matches, 0 when `no` matches (or the text is there at all when `no` is None)."""
    if not text or not text.strip():
        return None
    if re.search(yes, text, flags=re.IGNORECASE):
        return 1
    if no is None or re.search(no, text, flags=re.IGNORECASE):
        return 0
    return None


IP_PATTERN = re.compile(r"\bIP([0-6X])([0-9])\b", re.IGNORECASE)


def best_ip_rating(texts) -> str | None:
    """The strongest IP code mentioned anywhere (IP68 over IP54; IP68/IP69 keeps IP69 too)."""
    found = set()
    for text in texts:
        for dust, water in IP_PATTERN.findall(text or ""):
            found.add((dust.upper(), int(water)))
    if not found:
        return None
    dust, water = max(found, key=lambda dw: (dw[1] >= 8, dw[1], dw[0] != "X", dw[0]))
    return f"IP{dust}{water}"


def water_resistant(ip_rating: str | None) -> int | None:
    if ip_rating is None:
        return None
    return int(int(ip_rating[-1]) >= 4)


def storage_options(text: str | None) -> list[int]:
    """Storage sizes in GB from '128GB 8GB RAM, 256GB 8GB RAM' or '256GB' ('1TB' is 1024)."""
    sizes = set()
    for part in (text or "").split(","):
        found = re.match(r"\s*(\d+(?:\.\d+)?)\s*(TB|GB)\b", part, flags=re.IGNORECASE)
        if found:
            size = float(found.group(1)) * (1024 if found.group(2).upper() == "TB" else 1)
            if size >= 1:
                sizes.add(int(size))
    return sorted(sizes)


def ram_options(text: str | None) -> list[float]:
    out = []
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(GB|MB)\s*RAM", text or "", flags=re.IGNORECASE):
        out.append(float(amount) / (1024 if unit.upper() == "MB" else 1))
    return out


def platform(os_text: str) -> str:
    """'android', 'ios' or 'other' from an OS description ("Android 14, …", "iOS v18.3").

    HarmonyOS up to 4.x (and EMUI) is built on Android's open-source code and runs
    Android apps, so it counts as Android; HarmonyOS 5 and later ("NEXT") does not.
    """
    text = os_text.strip().lower()
    if text.startswith("ios") or " ios" in f" {text}":
        return "ios"
    if "android" in text or "emui" in text:
        return "android"
    harmony = re.search(r"harmony\s*os\s*(?:v\s*)?(\d+)?", text)
    if harmony:
        version = int(harmony.group(1)) if harmony.group(1) else None
        return "other" if (version is not None and version >= 5) or "next" in text else "android"
    return "other"


def panel(display_text: str) -> str | None:
    """'oled' or 'lcd' from a display description, None when it says neither."""
    if "oled" in display_text.lower():
        return "oled"
    return "lcd" if re.search(r"lcd|ips|tft|pls", display_text, re.I) else None


# -- prices ----------------------------------------------------------------------

# GSMArena's street-price symbols and the market each one is a price in; C$ and A$
# name no market the app serves, so they are read past.
STREET_SYMBOLS = (("C$", None), ("A$", None), ("$", "US"), ("€", "EU"), ("£", "UK"), ("₹", "IN"))
MARKET_CURRENCY = {"US": "USD", "EU": "EUR", "UK": "GBP", "CN": "CNY", "IN": "INR"}
CURRENCY_MARKET = {"EUR": "EU", "INR": "IN", "USD": "US", "GBP": "UK", "CNY": "CN"}


def price_fact(market: str, price: float, kind: str, as_of: str | None, source: str) -> dict:
    return {"market": market, "currency": MARKET_CURRENCY[market], "price": price, "kind": kind,
            "as_of": as_of, "source": source}


def gsmarena_prices(text: str | None, announced: str | None, scraped: str | None, source: str) -> list[dict]:
    """Price facts from GSMArena's Price cell (spec/catalog.md, "Prices per market").

    "About N EUR" (or INR) is the site's estimate around announcement: a launch
    price in that market, dated at announcement. A list with symbols
    ("$ 799.99 / € 949.00 / £ 799.00") is what shops asked when the page was
    scraped: street prices, dated by the scrape.
    """
    if not text or not text.strip():
        return []
    text = text.replace("\u2009", " ").replace("\xa0", " ")
    about = re.match(r"About\s+([\d,.]+)\s+([A-Z]{3})", text)
    if about:
        market = CURRENCY_MARKET.get(about.group(2))
        amount = float(about.group(1).replace(",", ""))
        return [price_fact(market, amount, "launch", announced, source)] if market else []
    facts = []
    seen = set()
    for part in text.split("/"):
        part = part.strip()
        for symbol, market in STREET_SYMBOLS:
            if part.startswith(symbol):
                number = re.match(r"([\d,]+(?:\.\d+)?)", part[len(symbol):].strip())
                if number and market and market not in seen:
                    seen.add(market)
                    facts.append(price_fact(market, float(number.group(1).replace(",", "")), "street", scraped,
                                            source))
                break
    return facts


def gsmarena_price(text: str | None) -> tuple[float, str] | None:
    """One US-dollar figure from a Price cell: a $ price first, else a converted one (`…_converted`)."""
    facts = gsmarena_prices(text, None, None, "gsmarena")
    for market in ("US", "EU", "UK", "IN"):
        for found in facts:
            if found["market"] == market:
                return _converted(found["price"], found["currency"])
    return None


def _converted(amount: float, currency: str) -> tuple[float, str] | None:
    if amount <= 0:
        return None
    try:
        usd = to_usd(amount, currency)
    except ValueError:
        return None
    return round(usd, 2), "usd" if currency == "USD" else f"{currency.lower()}_converted"


# -- GSMArena ----------------------------------------------------------------------

LENS_COLUMNS = ("Single", "Dual", "Triple", "Quad", "Penta", "Five", "Dual or Triple")
NOT_PHONE_WORDS = re.compile(r"\b(ipad|tab|tablet|pad|watch|band|buds|fit|gear|matepad|mediapad|chromebook|tv)\b", re.I)
NOT_PHONE_OS = re.compile(r"ipados|wear|watch|tizen|chrome|lite ?os|fitbit|rtos", re.I)
PHONE_OS = re.compile(r"android|ios|harmony|emui|windows phone|windows 10 mobile|sailfish|kaios|blackberry|firefox", re.I)


def lenses(text: str | None) -> list[str]:
    """One string per lens: the scraper glued lenses together ('…OIS10 MP, f/2.4…')."""
    if not text:
        return []
    # A lens starts at "N MP" that is not a note inside brackets ("64 MP (16 MP eff.)").
    parts = re.split(r"(?<![\d.(])(?=\d+(?:\.\d+)?\s*MP\b(?!\s*eff))", text)
    return [p.strip() for p in parts if re.match(r"\d+(?:\.\d+)?\s*MP", p.strip())]


def rear_and_selfie(row: dict) -> tuple[str, str]:
    """Which camera cells are the rear camera and which the selfie camera (SOURCES.md's rule)."""
    filled = {c: row.get(c, "") for c in LENS_COLUMNS if row.get(c, "").strip()}
    twins = {c: row.get(c + "_1", "") for c in ("Single", "Dual", "Triple") if row.get(c + "_1", "").strip()}
    if twins:
        return " ".join(filled.values()), " ".join(twins.values())
    multi = [c for c in filled if c != "Single"]
    if not multi:
        return filled.get("Single", ""), ""
    if "Single" in filled and multi == ["Dual"]:
        # Usually a dual rear and a single selfie camera, sometimes the other way round:
        # the side with the sharper first lens is the rear.
        single_mp = first_number(r"(\d+(?:\.\d+)?)\s*MP", filled["Single"]) or 0
        dual_mp = first_number(r"(\d+(?:\.\d+)?)\s*MP", filled["Dual"]) or 0
        if single_mp > dual_mp:
            return filled["Single"], filled["Dual"]
        return filled["Dual"], filled["Single"]
    rear = max(multi, key=lambda c: len(lenses(filled[c])))
    selfie = " ".join(v for c, v in filled.items() if c != rear)
    return filled[rear], selfie


def sensor_inches(lens: str) -> float | None:
    """Main sensor size as a fraction of an inch, from '1/1.28"'."""
    found = re.search(r'\b1/(\d+(?:\.\d+)?)"', lens)
    return 1.0 / float(found.group(1)) if found else None


def gsmarena_is_phone(row: dict) -> bool:
    name, os_text = row.get("Model Name", ""), row.get("OS", "")
    if NOT_PHONE_WORDS.search(name) or NOT_PHONE_OS.search(os_text):
        return False
    if "no cellular" in row.get("Technology", "").lower():
        return False
    if not PHONE_OS.search(os_text):
        return False  # a feature phone without a smartphone OS, or no OS named at all
    screen = first_number(r"([\d.]+)\s*inches", row.get("Size"))
    foldable = "foldable" in row.get("Type", "").lower()
    if screen is None or screen < 3.5 or (screen > 7.2 and not foldable):
        return False
    return True


MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"), start=1)}
# When GSMArena's pages were scraped: street prices are dated by it (SOURCES.md §1, §4).
KOLENMG_SCRAPED = "2025-01-17"
LF_KALI_SCRAPED = "2026-04-07"
DSS_REPORT_SCRAPED = "2026-09-05"


def announced_date(text: str | None) -> str | None:
    """'2025, August 20' -> '2025-08-20'; '2024, March' -> '2024-03-01'; a year alone is not a date."""
    found = re.search(r"((?:19|20)\d\d),?\s+([A-Za-z]+)(?:\s+(\d{1,2}))?", text or "")
    if not found or found.group(2).lower() not in MONTHS:
        return None
    day = int(found.group(3)) if found.group(3) else 1
    return f"{found.group(1)}-{MONTHS[found.group(2).lower()]:02d}-{day:02d}"


def active_use_hours(text: str | None) -> float | None:
    """GSMArena's measured battery 'Active use score 11:57h' in hours (11.95)."""
    found = re.search(r"active use score\s*(\d+):(\d\d)", text or "", re.IGNORECASE)
    return round(int(found.group(1)) + int(found.group(2)) / 60, 2) if found else None


class Skipped:
    """How many source rows a reader left out, by reason (the build reports them)."""

    def __init__(self):
        self.counts: dict[str, int] = {}

    def __call__(self, reason: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1


def _gsmarena_rows(path, skipped: Skipped | None = None) -> Iterator[tuple[dict, int, str]]:
    """(row, year, status) for every phone row of a GSMArena file worth recommending."""
    skipped = skipped or Skipped()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if not row.get("Model Name", "").strip():
                skipped("empty_rows")
                continue
            if not gsmarena_is_phone(row):
                skipped("not_phones")
                continue
            status_text = row.get("Status", "")
            status = status_text.split(".")[0].strip().lower()
            if status not in ("available", "discontinued", "coming soon"):
                skipped("cancelled_or_rumoured")
                continue  # not something to recommend
            year = first_number(r"((?:19|20)\d\d)", row.get("Announced"), int) or first_number(
                r"((?:19|20)\d\d)", status_text, int)
            if year is None:
                skipped("no_year")
                continue
            yield row, year, status.replace(" ", "_")


def read_gsmarena(path, skipped: Skipped | None = None) -> Iterator[dict]:
    """The whole-catalogue GSMArena scrape of January 2025 (SOURCES.md §1)."""
    for row, year, status in _gsmarena_rows(path, skipped):
        yield gsmarena_record(row, year, status)


REAR_LENSES = 'Main camera (rear, lenses " | ")'
SELFIE_LENSES = 'Selfie camera (lenses " | ")'


def read_gsmarena_recent(path, skipped: Skipped | None = None) -> Iterator[dict]:
    """The GSMArena rows announced from August 2025 on (SOURCES.md §4 and §6: one importer for both).

    These files name the rear and selfie cameras in their own columns, one lens per
    " | " segment with the main (wide) lens first, so no guessing between `Single`
    and `Dual` is needed; prices are dated by the scrape each row came from.
    """
    for row, year, status in _gsmarena_rows(path, skipped):
        scraped = DSS_REPORT_SCRAPED if "phone-dss-report" in row.get("source", "") else LF_KALI_SCRAPED
        yield gsmarena_record(row, year, status, rear=row.get(REAR_LENSES, ""), selfie=row.get(SELFIE_LENSES, ""),
                              source="gsmarena-recent", scraped=scraped)


def gsmarena_record(row: dict, year: int, status: str, rear: str | None = None, selfie: str | None = None,
                    source: str = "gsmarena", scraped: str = KOLENMG_SCRAPED) -> dict:
    brand, model = split_brand_model(canonical_brand(row["Brand"] or row["source_file"].removesuffix(".csv")),
                                     row["Model Name"])
    all_text = [v for k, v in row.items() if v and k not in ("Model Name", "Model Image", "source_file", "URL")]
    if rear is None:
        rear, selfie = rear_and_selfie(row)
    rear_lenses = lenses(rear)
    main = rear_lenses[0] if rear_lenses else ""
    os_text = row.get("OS", "")
    charging = row.get("Charging", "")
    announced = announced_date(row.get("Announced"))
    prices = gsmarena_prices(row.get("Price"), announced, scraped, source)
    if china_only(brand, model):
        # GSMArena's "About N EUR" for a China model is its estimate of the Chinese price in
        # euros: a launch price in China, not a sale in Europe.
        prices = [{**f, "market": "CN"} if f["kind"] == "launch" and f["market"] == "EU" else f for f in prices]
    performance = row.get("Performance", "")
    antutu = [int(n) for n in re.findall(r"(\d{5,8})\s*\(v1?\d\)", performance.split("GeekBench")[0])]
    dims = re.findall(r"([\d.]+)\s*x\s*([\d.]+)\s*x\s*([\d.]+)\s*mm", row.get("Dimensions", ""))
    ip = best_ip_rating(all_text)
    ram = ram_options(row.get("Internal"))
    resolution = re.search(r"(\d+)\s*x\s*(\d+)\s*pixels", row.get("Resolution", ""))
    display = row.get("Type", "")
    return {
        "id": slug(brand, model),
        "brand": brand,
        "model": model,
        "year": year,
        "status": status,
        "price_usd": None,
        "price_source": None,
        "os": platform(os_text),
        "chipset": re.sub(r"\s*\([^)]*nm\)\s*$", "", row.get("Chipset", "")).strip() or None,
        "ram_gb": max(ram) if ram else None,
        "storage_gb": storage_options(row.get("Internal")),
        "expandable_storage": flag(row.get("Card slot"), r"^(yes|micro|sd|nm|memory)", r"^no"),
        "battery_mah": first_number(r"(\d{3,5})\s*mAh", row.get("Type_1"), int),
        "charging_w": first_number(r"(\d+(?:\.\d+)?)\s*W\s+wired", charging),
        "wireless_charging": (1 if re.search(r"(?<!reverse )wireless", re.sub(r"\d+(\.\d+)?W reverse wireless",
                                                                              "", charging), re.I)
                              else 0) if charging.strip() else None,
        "screen_in": first_number(r"([\d.]+)\s*inches", row.get("Size")),
        "resolution": f"{resolution.group(1)}x{resolution.group(2)}" if resolution else None,
        "display_type": panel(display),
        "refresh_hz": refresh_rate(display),
        "weight_g": first_number(r"([\d.]+)\s*g\b", row.get("Weight"))
        or first_number(r"^\s*([\d.]*[1-9][\d.]*)\s*\([\d.]+\s*oz\)", row.get("Weight")),  # "209 (7.37 oz)"
        # a foldable gives unfolded then folded: the folded thickness is what a pocket feels
        "thickness_mm": float(dims[-1][2]) if dims else None,
        "main_camera_mp": first_number(r"(\d+(?:\.\d+)?)\s*MP", main),
        "rear_cameras": len(rear_lenses) or None,
        "has_telephoto": (1 if "telephoto" in rear.lower() else 0) if rear else None,
        "has_ultrawide": (1 if "ultrawide" in rear.lower() else 0) if rear else None,
        "selfie_camera_mp": first_number(r"(\d+(?:\.\d+)?)\s*MP", selfie),
        "video_4k": flag(row.get("Video"), r"\b[48]K@"),
        "has_5g": flag(row.get("Technology"), r"\b5G\b"),
        "nfc": flag(row.get("NFC"), r"^\s*yes", r"^\s*no"),
        "headphone_jack": flag(row.get("3.5mm jack"), r"^\s*yes", r"^\s*no"),
        "ip_rating": ip,
        "water_resistance": water_resistant(ip),
        "dual_sim": flag(row.get("SIM"), r"dual|sim\s*\+\s*(nano|micro|mini|e)?-?sim|esim", None),
        "esim": flag(row.get("SIM"), r"esim"),
        "stylus": 1 if any("stylus" in t.lower() or "s pen" in t.lower() for t in all_text) else 0,
        "foldable": 1 if "foldable" in display.lower() or "unfolded" in row.get("Dimensions", "").lower() else 0,
        "antutu": max(antutu) if antutu else None,
        "image_url": row.get("Model Image") or None,
        "source": source,
        "battery_active_h": active_use_hours(row.get("Battery (new)")),
        "announced": announced,
        "_release": announced_date(re.sub(r"^[^.]*\.", "", row.get("Status", ""))),  # "Exp. release 2025, March"
        "_prices": prices,
        "_endurance_h": first_number(r"endurance rating\s*(\d+)\s*h", row.get("Battery (old)")),
        # facts the aspect scores read that the spec's columns do not keep
        "_sensor_inches": sensor_inches(main) if main else None,
        "_ois": 1 if main and "ois" in main.lower() else 0,
        "_selfie_4k": flag(row.get("Video_1"), r"\b4K@"),
        "_stereo": flag(row.get("Loudspeaker"), r"stereo"),
        "_os_upgrades": first_number(r"up to (\d+) major", os_text, int),
        "_rugged": 1 if re.search(r"rugged|mil-std", " ".join(all_text), re.I) else 0,
        "_brightness_nits": first_number(r"(\d{3,4})\s*nits", display, int),
        "_loudness_lufs": first_number(r"(-\d+(?:\.\d+)?)\s*LUFS", row.get("Loudspeaker_1")),
    }


# -- mobiledokan (recent models GSMArena lacks) -------------------------------------

def read_mobiledokan(path, skipped: Skipped | None = None) -> Iterator[dict]:
    skipped = skipped or Skipped()
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kind = row.get("device_type", "").lower().replace(" ", "")
            if kind != "smartphone" or not row.get("model", "").strip():
                skipped("not_phones")
                continue
            status = {"available": "available", "out of stock": "available", "upcoming": "coming_soon"}.get(
                row.get("status", "").strip().lower())
            if status is None:
                skipped("cancelled_or_rumoured")
                continue  # rumoured, or the header leaked into the row
            year = first_number(r"((?:19|20)\d\d)", row.get("release_date"), int)
            if year is None or year > 2026:
                skipped("no_year")
                continue
            yield mobiledokan_record(row, year, status)


def mobiledokan_lenses(text: str | None) -> list[str]:
    """mobiledokan's rear-camera text, one string per lens.

    The cell (named `resolution` in this scrape) lists lenses as
    "50 MP f/1.8, Wide Angle, Primary Camera, 12 MP f/2.2, Ultra-Wide Angle Camera, …";
    a lens starts at a whole "N MP" figure.
    """
    parts = re.split(r"(?<![\d.])(?=\d+(?:\.\d+)?\s*MP\b)", text or "")
    return [p.strip(" ,") for p in parts if re.match(r"\d+(?:\.\d+)?\s*MP", p.strip())]


def mobiledokan_main_lens(lenses_: list[str]) -> str:
    """The main camera is the lens called primary or plain wide, not the last one listed."""
    for lens in lenses_:
        if re.search(r"primary", lens, re.I) and not re.search(r"ultra", lens, re.I):
            return lens
    for lens in lenses_:
        if re.search(r"wide", lens, re.I) and not re.search(r"ultra", lens, re.I):
            return lens
    return lenses_[0] if lenses_ else ""


def mobiledokan_date(text: str | None) -> str | None:
    """'09 July 2025' -> '2025-07-09'."""
    found = re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+((?:19|20)\d\d)", text or "")
    if not found or found.group(2).lower() not in MONTHS:
        return None
    return f"{found.group(3)}-{MONTHS[found.group(2).lower()]:02d}-{int(found.group(1)):02d}"


def mobiledokan_record(row: dict, year: int, status: str) -> dict:
    brand, model = split_brand_model(canonical_brand(row["brand"]), row["model"])
    model = re.sub(r"\s*\(\s*\d+\s*(GB|TB)[^)]*\)\s*$", "", model, flags=re.I).strip()
    screen = row.get("screen_size", "")
    resolution = re.search(r"(\d{3,4})\s*x\s*(\d{3,4})", screen)
    ip = best_ip_rating([row.get("ip_rating", ""), row.get("waterproof", ""), row.get("ruggedness", "")])
    storage = storage_options(row.get("internal_storage"))
    ram = first_number(r"(\d+(?:\.\d+)?)\s*GB", row.get("ram"))
    rear = row.get("resolution", "")  # this scrape's `resolution` is the rear camera (SOURCES.md §3)
    rear_lenses = mobiledokan_lenses(rear)
    main = mobiledokan_main_lens(rear_lenses)
    jack = row.get("audio_jack", "")
    display = row.get("display_type", "")
    return {
        "id": slug(brand, model),
        "brand": brand,
        "model": model,
        "year": year,
        "status": status,
        "price_usd": None,
        "price_source": None,
        "os": platform(row.get("operating_system", "")),
        "chipset": row.get("chipset") or None,
        "ram_gb": ram,
        "storage_gb": storage,
        "expandable_storage": 1 if row.get("expandable_memory", "").strip() else None,
        "battery_mah": first_number(r"(\d{3,5})\s*mAh", row.get("battery_capacity"), int),
        "charging_w": first_number(r"(\d+(?:\.\d+)?)\s*W", row.get("quick_charging")),
        "wireless_charging": None,
        "screen_in": first_number(r"^\s*([\d.]+)", screen),
        "resolution": f"{resolution.group(1)}x{resolution.group(2)}" if resolution else None,
        "display_type": panel(display),
        "refresh_hz": refresh_rate(row.get("refresh_rate")),
        "weight_g": first_number(r"([\d.]+)\s*gram", row.get("weight")),
        "thickness_mm": first_number(r"([\d.]+)\s*mm", row.get("thickness")),
        "main_camera_mp": first_number(r"(\d+(?:\.\d+)?)\s*MP", main),
        "rear_cameras": len(rear_lenses) or None,
        "has_telephoto": (1 if re.search(r"telephoto|periscope", rear, re.I) else 0) if rear_lenses else None,
        "has_ultrawide": (1 if re.search(r"ultra[- ]?wide", rear, re.I) else 0) if rear_lenses else None,
        "selfie_camera_mp": None,
        "video_4k": flag(row.get("video"), r"\b[48]K@"),
        "has_5g": flag(row.get("network"), r"\b5G\b"),
        "nfc": None,
        "headphone_jack": flag(jack, r"3\.5", r"type-c|lightning|usb"),
        "ip_rating": ip,
        "water_resistance": water_resistant(ip),
        "dual_sim": flag(row.get("sim_slot"), r"dual"),
        "esim": 1 if "esim" in row.get("sim_size", "").lower() else None,
        "stylus": None,
        "foldable": 1 if re.search(r"foldable", display, re.I) or re.search(r"\b(fold|flip)\d*\b|\brazr\b", model, re.I)
        else 0,
        "antutu": None,
        "image_url": row.get("image_url") or None,
        "source": "mobiledokan",
        "battery_active_h": None,
        "announced": mobiledokan_date(row.get("release_date")),
        "_release": mobiledokan_date(row.get("release_date")),
        "_prices": [],
        "_endurance_h": None,
        "_sensor_inches": sensor_inches(main) if main else None,
        "_ois": 1 if "ois" in row.get("video", "").lower() else 0,
        "_selfie_4k": None,
        "_stereo": None,
        "_os_upgrades": None,
        "_rugged": 1 if "rugged" in row.get("ruggedness", "").lower() else 0,
        "_brightness_nits": first_number(r"(\d{3,4})\s*nits", row.get("brightness"), int),
        "_loudness_lufs": None,
    }


# -- Mobiles Dataset (2025): launch prices per market ----------------------------------

KAGGLE_PRICE_COLUMNS = {"US": "Launched Price (USA)", "CN": "Launched Price (China)", "IN": "Launched Price (India)"}


def kaggle_amount(text: str | None) -> float | None:
    """'USD 1,099' -> 1099; 'USD 396,22' is a comma decimal (396.22); '¥13,999' -> 13999; 'Not available' -> None."""
    text = (text or "").strip()
    text = re.sub(r"(\d),(\d{2})\s*$", r"\1.\2", text)
    return first_number(r"([\d,]+(?:\.\d+)?)", text)


def read_launch_prices(path) -> dict[str, dict]:
    """match_key -> {"prices": {market: launch price of the cheapest variant}, "year", a few gap facts}."""
    out: dict[str, dict] = {}
    with open(path, encoding="latin-1", newline="") as handle:
        for row in csv.DictReader(handle):
            company, model = row["Company Name"].strip(), row["Model Name"]
            if company.lower() in SUB_BRANDS and not model.lower().startswith(company.lower()):
                model = f"{company} {model}"  # "POCO" + "F6" is the Poco F6
            brand, model = split_brand_model(canonical_brand(company), model)
            usd = kaggle_amount(row.get("Launched Price (USA)"))
            if not usd:
                continue
            year = first_number(r"(\d{4})", row.get("Launched Year"), int)
            if year and year > 2030:
                year = 2000 + year % 100  # the "2924" typo
            key = match_key(brand, model)
            entry = out.get(key)
            if entry is None or usd < entry["price_usd"]:
                out[key] = {
                    "price_usd": usd,
                    "prices": {market: amount for market, column in KAGGLE_PRICE_COLUMNS.items()
                               if (amount := kaggle_amount(row.get(column)))},
                    "year": year,
                    "battery_mah": first_number(r"([\d,]+)\s*mAh", row.get("Battery Capacity"), int),
                    "weight_g": first_number(r"([\d.]+)\s*g", row.get("Mobile Weight")),
                    "ram_gb": first_number(r"(\d+(?:\.\d+)?)\s*GB", row.get("RAM")),
                    "screen_in": first_number(r"([\d.]+)\s*inch", row.get("Screen Size")),
                    "main_camera_mp": first_number(r"(\d+(?:\.\d+)?)\s*MP", row.get("Back Camera")),
                    "selfie_camera_mp": first_number(r"(\d+(?:\.\d+)?)\s*MP", row.get("Front Camera")),
                }
    return out


# -- smartprix (India, January 2026, CC0) ---------------------------------------------

SMARTPRIX_DATE = "2026-01-15"


def _truthy(text: str | None) -> int | None:
    text = (text or "").strip().lower()
    return 1 if text == "true" else 0 if text == "false" else None


def read_smartprix(path) -> dict[str, dict]:
    """match_key -> the listing's facts and its cheapest variant's rupee price (SOURCES.md §5).

    One row per memory variant ("Apple iPhone 17 Pro (512GB)", "Galaxy A56 5G (8GB RAM +
    256GB)"); the variants fold into one phone whose price is the cheapest listing.
    """
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            raw_brand, name = row["brand"].strip(), row["model"].strip()
            if raw_brand.lower() == "cmf" and not name.lower().startswith("nothing"):
                name = "Nothing " + name  # "CMF Phone 2 Pro" is Nothing's
            brand, model = split_brand_model(canonical_brand(raw_brand), name)
            if brand == "Nothing" and model.lower().startswith("cmf by nothing "):
                model = "CMF " + model[len("cmf by nothing "):]
            model = re.sub(r"\s*\([^)]*\d\s*(GB|TB)[^)]*\)\s*$", "", model, flags=re.I).strip()
            price = first_number(r"^([\d.]+)$", row.get("price_inr", "").strip())
            key = match_key(brand, model)
            storage = first_number(r"^(\d+)", row.get("storage_gb"), int)
            ram = first_number(r"^([\d.]+)", row.get("ram_gb"))
            entry = out.setdefault(key, {
                "brand": brand, "model": model, "price_inr": None, "storage_gb": set(), "ram_gb": None,
                "nfc": _truthy(row.get("has_nfc")), "has_5g": _truthy(row.get("has_5g")),
                "selfie_camera_mp": first_number(r"^([\d.]+)", row.get("front_camera_main_mp")),
                "main_camera_mp": first_number(r"^([\d.]+)", row.get("rear_camera_main_mp")),
                "battery_mah": first_number(r"^(\d+)", row.get("battery_mah"), int),
                "charging_w": first_number(r"^([\d.]+)", row.get("charging_watt")),
                "screen_in": first_number(r"^([\d.]+)", row.get("display_inches")),
                "refresh_hz": refresh_rate(f"{row.get('refresh_rate_hz', '')} Hz"),
                "os": "ios" if row.get("os_name", "").strip().lower() == "ios" else "android",
            })
            if price and price > 0 and (entry["price_inr"] is None or price < entry["price_inr"]):
                entry["price_inr"] = price
            if storage:
                entry["storage_gb"].add(storage)
            if ram and (entry["ram_gb"] or 0) < ram:
                entry["ram_gb"] = ram
    for entry in out.values():
        entry["storage_gb"] = sorted(entry["storage_gb"])
    return out


def smartprix_record(listing: dict, year: int, announced: str | None, model: str | None = None) -> dict:
    """A phone only the Indian listing knows (no dates, weights or dimensions there).

    The build makes one only for a phone whose announcement date it learns elsewhere
    (the curated launch prices), so that every field here is the listing's own fact.
    """
    brand, model = listing["brand"], model or listing["model"]
    record = {name: None for name in (
        "price_usd", "price_source", "chipset", "expandable_storage", "wireless_charging", "resolution",
        "display_type", "weight_g", "thickness_mm", "rear_cameras", "has_telephoto", "has_ultrawide", "video_4k",
        "headphone_jack", "ip_rating", "water_resistance", "dual_sim", "esim", "stylus", "antutu", "image_url",
        "battery_active_h", "_endurance_h", "_sensor_inches", "_selfie_4k", "_stereo", "_os_upgrades",
        "_brightness_nits", "_loudness_lufs")}
    record.update({
        "id": slug(brand, model), "brand": brand, "model": model, "year": year, "status": "available",
        "os": listing["os"], "ram_gb": listing["ram_gb"], "storage_gb": listing["storage_gb"],
        "battery_mah": listing["battery_mah"], "charging_w": listing["charging_w"],
        "screen_in": listing["screen_in"], "refresh_hz": listing["refresh_hz"],
        "main_camera_mp": listing["main_camera_mp"], "selfie_camera_mp": listing["selfie_camera_mp"],
        "has_5g": listing["has_5g"], "nfc": listing["nfc"],
        "foldable": 1 if re.search(r"\b(fold|flip)\d*\b|\brazr\b", model, re.I) else 0,
        "source": "smartprix", "announced": announced, "_release": None, "_prices": [], "_ois": 0, "_rugged": 0,
    })
    return record
