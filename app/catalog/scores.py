"""Per-aspect scores in [0, 1] for every phone: the numbers the recommender ranks with.

Every formula is here and only here. A score reads the phone's own catalog facts
(plus a few build-time facts the spec's columns do not keep, prefixed `_`);
when a phone lacks every fact a score needs, the score is None (unknown), never
a guess. `ramp(x, low, high)` maps `low` to 0 and `high` to 1, linearly, clipped.

camera          main sensor resolution (log scale), sensor size, OIS, a telephoto
                and an ultrawide lens, and 4K video: what separates a camera
                flagship from a budget phone that also says "50 MP".
selfie_camera   front camera resolution and 4K selfie video.
battery         measured endurance first: GSMArena's active-use score (hours) or, for
                older reviews, its endurance rating; each is mapped onto the
                capacity score by matching the mean and spread of the two on the
                phones that have both (`calibrate_battery`). Without a measurement:
                capacity in mAh, mostly absolute (3,000 -> 0, 6,000 -> 1), a little
                relative to screen area, since a big screen drinks more.
performance     AnTuTu where a source gives it; else the median AnTuTu of phones
                with the same chipset; else the chipset family tier table
                `CHIPSET_TIERS`; RAM adds a little.
display         OLED, refresh rate, pixel density and peak brightness.
charging        wired watts (log scale, 10 W -> 0, 120 W -> 1) and wireless charging.
storage         largest storage option (log scale, 32 GB -> 0, 1 TB -> 1), card slot.
durability      the IP rating (IP68/69 best), and rugged builds (MIL-STD, "rugged").
lightweight     weight: 140 g -> 1, 240 g -> 0.
compactness     screen diagonal (5.4" -> 1, 6.9" -> 0) and a little weight (150 g -> 1,
                230 g -> 0); foldables in between.
value           quality per price: how much better the phone's overall quality is
                than phones of its price usually are (a fit of quality on
                log price over the whole catalog), squashed to [0, 1].
software_updates years of OS upgrades still to come: the maker's stated number
                ("up to 7 major Android upgrades") or else the maker's published
                policy for phones of that year (`UPDATE_POLICIES`), minus the years
                since launch, over 7.
audio           stereo speakers, a headphone jack, and loudness measured by
                GSMArena where it exists; unknown when the speakers are.
"""

from __future__ import annotations

import math
import re
import statistics

ASPECTS = (
    "camera", "selfie_camera", "battery", "performance", "display", "charging", "storage",
    "durability", "lightweight", "compactness", "value", "software_updates", "audio",
)

CURRENT_YEAR = 2026  # the year of the newest source data; "years since launch" counts from it

# What "compact" and "large" mean (shared/spec/preferences.md); every check uses these.
COMPACT_MAX_IN = 6.3   # main screen at most this many inches …
COMPACT_MAX_G = 200    # … and weighing at most this many grams
LARGE_MIN_IN = 6.6     # main screen at least this many inches


def size_class(screen_in: float | None, weight_g: float | None) -> str | None:
    """'compact', 'large' or None (in between, or the screen is unknown)."""
    if screen_in is None:
        return None
    if screen_in >= LARGE_MIN_IN:
        return "large"
    if screen_in <= COMPACT_MAX_IN and (weight_g is None or weight_g <= COMPACT_MAX_G):
        return "compact"
    return None

# Chipset families -> performance tier in [0, 1], for phones no benchmark covers.
# First match wins, so the more specific patterns come first.
CHIPSET_TIERS = (
    (r"snapdragon 8 elite|dimensity 9[45]\d\d|apple a1[89]|apple a2\d|tensor g[45]|exynos 2[56]00|kirin 90[23]0", 1.0),
    (r"snapdragon 8 gen 3|dimensity 93\d\d|apple a17|exynos 2400|tensor g3", 0.9),
    (r"snapdragon 8s? gen 2|snapdragon 8\+ gen 1|dimensity 92\d\d|apple a16|dimensity 8400|snapdragon 8s gen [34]|kirin 9010|kirin 9000",
     0.82),
    (r"snapdragon 8 gen 1|snapdragon 888|dimensity 9000|apple a15|tensor g2|exynos 2200|dimensity 83\d\d", 0.74),
    (r"snapdragon 87\d|snapdragon 86\d|apple a14|tensor\b|exynos 2100|dimensity 8[012]\d\d|snapdragon 7\+ gen|snapdragon 7s? gen [34]",
     0.66),
    (r"snapdragon 855|snapdragon 845|apple a1[23]|exynos 990|exynos 98\d\d|dimensity 1[012]\d\d|snapdragon 7s? gen [12]|snapdragon 78\d|dimensity 7[0-9]\d\d|exynos 1[34]80",
     0.55),
    (r"snapdragon 7[0-7]\d|snapdragon 835|apple a11|exynos 13[38]0|exynos 12[0-9]0|dimensity [89]\d\d\b|helio g99|snapdragon 6 gen|dimensity 6[0-9]\d\d|kirin 9[0-9]\d",
     0.42),
    (r"snapdragon 6\d\d|snapdragon 4 gen|helio g9\d|helio g8\d|dimensity 7\d\d\b|apple a10|exynos 9\d\d\d|kirin 8\d\d|tiger t7|unisoc t[67]\d\d",
     0.3),
    (r"helio|snapdragon 4\d\d|exynos|unisoc|spreadtrum|kirin|apple a[89]\b|mediatek", 0.18),
)


# (brand, first model year, major OS upgrades promised), newest first; else 2 (Android) or 6 (iOS).
UPDATE_POLICIES = (
    ("Google", 2023, 7), ("Google", 2016, 3),
    ("Samsung", 2024, 6), ("Samsung", 2021, 4),
    ("OnePlus", 2024, 4), ("Fairphone", 2023, 5), ("Nothing", 2023, 3), ("Xiaomi", 2024, 4),
)


def ramp(x: float | None, low: float, high: float) -> float | None:
    if x is None:
        return None
    return min(1.0, max(0.0, (x - low) / (high - low)))


def weighted(parts: list[tuple[float | None, float]]) -> float | None:
    """Weighted mean of the parts that are known; None when none is."""
    known = [(v, w) for v, w in parts if v is not None]
    if not known:
        return None
    return sum(v * w for v, w in known) / sum(w for _, w in known)


def log_ramp(x: float | None, low: float, high: float) -> float | None:
    if x is None or x <= 0:
        return None
    return ramp(math.log(x), math.log(low), math.log(high))


def chipset_tier(chipset: str | None) -> float | None:
    if not chipset:
        return None
    name = chipset.lower()
    for pattern, tier in CHIPSET_TIERS:
        if re.search(pattern, name):
            return tier
    return None


def chipset_family(chipset: str | None) -> str | None:
    """'Qualcomm SM8650-AC Snapdragon 8 Gen 3' -> 'snapdragon 8 gen 3': phones that share a chip."""
    if not chipset:
        return None
    name = re.sub(r"\([^)]*\)", "", chipset.lower())
    found = re.search(r"(snapdragon|dimensity|helio|exynos|kirin|tensor|apple|unisoc|tiger)\s*[\w+ ]*", name)
    return " ".join(found.group(0).split()) if found else None


def chip_name(chipset: str | None) -> str | None:
    """The chip as shoppers know it: 'Qualcomm SM8550-AB Snapdragon 8 Gen 2 (4 nm)' -> 'Snapdragon 8 Gen 2'.

    Qualcomm and MediaTek names carry a part number before the marketing name; a
    name without a marketing name ('Mediatek MT6580') is kept as it is.
    """
    if not chipset:
        return None
    name = re.sub(r"\s*\([^)]*\)", "", chipset).strip()
    marketing = re.search(r"\b(snapdragon|dimensity|helio)\b", name, re.IGNORECASE)
    return name[marketing.start():] if marketing else name


def camera(p: dict) -> float | None:
    if p["main_camera_mp"] is None:
        return None
    return weighted([
        (log_ramp(p["main_camera_mp"], 8, 100), 2.0),
        (ramp(p.get("_sensor_inches"), 1 / 3.2, 1 / 1.3), 3.0),
        (p.get("_ois"), 1.5),
        (p["has_telephoto"], 2.0),
        (p["has_ultrawide"], 1.0),
        (p["video_4k"], 1.0),
    ])


def selfie_camera(p: dict) -> float | None:
    if p["selfie_camera_mp"] is None:
        return None
    return weighted([(log_ramp(p["selfie_camera_mp"], 5, 50), 3.0), (p.get("_selfie_4k"), 1.0)])


def battery_capacity(p: dict) -> float | None:
    """The battery score from capacity alone (mAh, a little per screen area)."""
    if p["battery_mah"] is None:
        return None
    per_area = p["battery_mah"] / (p["screen_in"] ** 2) if p["screen_in"] else None
    return weighted([(ramp(p["battery_mah"], 3000, 6000), 4.0), (ramp(per_area, 80, 150), 1.0)])


# The two measurements GSMArena has published, each with its own scale.
MEASURES = ("battery_active_h", "_endurance_h")


def calibrate_battery(phones: list[dict]) -> dict[str, tuple[float, float]]:
    """measure -> (a, b) with capacity score ≈ a + b x measurement, matched on phones with both.

    Mean and spread are matched (not a least-squares fit, which would pull every
    measured phone towards the middle); with fewer than 10 phones having both, the
    measurement is not used.
    """
    out = {}
    for measure in MEASURES:
        pairs = [(p[measure], battery_capacity(p)) for p in phones
                 if p.get(measure) is not None and battery_capacity(p) is not None]
        if len(pairs) < 10:
            continue
        hours = [h for h, _ in pairs]
        capacity = [c for _, c in pairs]
        b = statistics.pstdev(capacity) / (statistics.pstdev(hours) or 1.0)
        out[measure] = (statistics.fmean(capacity) - b * statistics.fmean(hours), b)
    return out


def battery(p: dict, calibration: dict[str, tuple[float, float]] | None = None) -> float | None:
    for measure in MEASURES:
        if calibration and measure in calibration and p.get(measure) is not None:
            a, b = calibration[measure]
            return min(1.0, max(0.0, a + b * p[measure]))
    return battery_capacity(p)


def performance(p: dict, family_antutu: dict[str, float]) -> float | None:
    antutu = p["antutu"] or family_antutu.get(chipset_family(p["chipset"]) or "")
    chip = log_ramp(antutu, 150_000, 2_200_000) if antutu else chipset_tier(p["chipset"])
    if chip is None:
        return None
    return weighted([(chip, 5.0), (ramp(p["ram_gb"], 2, 16), 1.0)])


def display(p: dict) -> float | None:
    ppi = None
    if p["resolution"] and p["screen_in"]:
        w, h = (int(v) for v in p["resolution"].split("x"))
        ppi = math.hypot(w, h) / p["screen_in"]
    oled = None if p["display_type"] is None else float(p["display_type"] == "oled")
    return weighted([
        (oled, 2.0),
        (ramp(p["refresh_hz"], 60, 120), 2.0),
        (ramp(ppi, 250, 500), 1.0),
        (ramp(p.get("_brightness_nits"), 500, 2500), 1.0),
    ])


def charging(p: dict) -> float | None:
    return weighted([(log_ramp(p["charging_w"], 10, 120), 3.0), (p["wireless_charging"], 1.0)])


def storage(p: dict) -> float | None:
    if not p["storage_gb"]:
        return None
    return weighted([(log_ramp(max(p["storage_gb"]), 32, 1024), 4.0), (p["expandable_storage"], 1.0)])


def durability(p: dict) -> float | None:
    ip = p["ip_rating"]
    water = None if ip is None else int(ip[-1])
    ip_score = None if water is None else ramp(water, 3, 8)
    if ip_score is None and not p.get("_rugged"):
        return None
    return min(1.0, (ip_score or 0.0) * 0.8 + (0.3 if p.get("_rugged") else 0.0))


def lightweight(p: dict) -> float | None:
    return None if p["weight_g"] is None else 1.0 - ramp(p["weight_g"], 140, 240)


def compactness(p: dict) -> float | None:
    if p["screen_in"] is None:
        return None
    if p["foldable"]:
        return 0.4  # the folded phone is pocketable, the open screen is not: in between
    # screen size mostly, and a heavy phone is less of a one-hand phone
    return weighted([(1.0 - ramp(p["screen_in"], 5.4, 6.9), 3.0),
                     (None if p["weight_g"] is None else 1.0 - ramp(p["weight_g"], 150, 230), 1.0)])


def software_updates(p: dict) -> float | None:
    if p["os"] not in ("ios", "android"):
        return None
    promised = p.get("_os_upgrades")
    if promised is None:
        promised = next((n for brand, year, n in UPDATE_POLICIES if p["brand"] == brand and p["year"] >= year),
                        6 if p["os"] == "ios" else 2)
    left = promised - (CURRENT_YEAR - p["year"])
    return ramp(left, 0, 7)


def audio(p: dict) -> float | None:
    if p.get("_stereo") is None and p.get("_loudness_lufs") is None:
        return None
    return weighted([(p.get("_stereo"), 2.0), (p["headphone_jack"], 1.0),
                     (ramp(p.get("_loudness_lufs"), -30, -23), 1.0)])


def score_all(phones: list[dict]) -> dict[str, dict[str, float | None]]:
    """phone id -> aspect -> score, for the whole catalog at once (value needs all prices)."""
    family_runs: dict[str, list[int]] = {}
    for p in phones:
        family = chipset_family(p["chipset"])
        if p["antutu"] and family:
            family_runs.setdefault(family, []).append(p["antutu"])
    family_antutu = {f: statistics.median(v) for f, v in family_runs.items()}
    calibration = calibrate_battery(phones)

    scores: dict[str, dict[str, float | None]] = {}
    for p in phones:
        scores[p["id"]] = {
            "camera": camera(p), "selfie_camera": selfie_camera(p), "battery": battery(p, calibration),
            "performance": performance(p, family_antutu), "display": display(p), "charging": charging(p),
            "storage": storage(p), "durability": durability(p), "lightweight": lightweight(p),
            "compactness": compactness(p), "software_updates": software_updates(p), "audio": audio(p),
        }
    _add_value(phones, scores)
    return {pid: {a: (None if v is None else round(v, 4)) for a, v in s.items()} for pid, s in scores.items()}


def _quality(s: dict) -> float | None:
    return weighted([(s["camera"], 1.0), (s["performance"], 1.0), (s["battery"], 1.0), (s["display"], 1.0),
                     (s["charging"], 0.5), (s["storage"], 0.5)])


def _add_value(phones: list[dict], scores: dict) -> None:
    points = [(math.log(p["price_usd"]), _quality(scores[p["id"]])) for p in phones if p["price_usd"]]
    points = [(x, y) for x, y in points if y is not None]
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    slope = (sum((x - mean_x) * (y - mean_y) for x, y in points)
             / sum((x - mean_x) ** 2 for x, _ in points))
    spread = statistics.pstdev(y - (mean_y + slope * (x - mean_x)) for x, y in points) or 1.0
    for p in phones:
        quality = _quality(scores[p["id"]])
        if not p["price_usd"] or quality is None:
            scores[p["id"]]["value"] = None
            continue
        residual = quality - (mean_y + slope * (math.log(p["price_usd"]) - mean_x))
        scores[p["id"]]["value"] = 1.0 / (1.0 + math.exp(-1.5 * residual / spread))
