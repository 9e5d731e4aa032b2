"""How much each aspect counts: the one table for priorities and use cases.

An aspect the shopper stresses counts `PRIORITY`; one they wave away counts
`DEPRIORITIZED`; the rest keep a small `BASE` so that, all else equal, a better
phone still wins (halved once the shopper has said what matters to them). Each use case adds the weights below: what shoppers with that
need are known to care about. A negative weight takes away (never below
`DEPRIORITIZED`): what that need does not pay for, such as a gaming chip for a
phone meant for an older person.
"""

from __future__ import annotations

from app.catalog.scores import ASPECTS

BASE = {
    "camera": 0.35, "selfie_camera": 0.1, "battery": 0.35, "performance": 0.35, "display": 0.25,
    "charging": 0.1, "storage": 0.1, "durability": 0.1, "lightweight": 0.05, "compactness": 0.0,
    "value": 0.3, "software_updates": 0.15, "audio": 0.05,
}
PRIORITY = 2.0
DEPRIORITIZED = 0.02

USE_CASES = {
    # fast chip, smooth bright screen, a battery and charger that keep up with long sessions
    "gaming": {"performance": 1.5, "display": 0.8, "battery": 0.8, "charging": 0.5, "audio": 0.3},
    # the camera first, room for the photos
    "photography": {"camera": 1.6, "storage": 0.5, "display": 0.3},
    # stabilised 4K camera, storage for footage, a screen to watch on
    "video": {"camera": 1.0, "storage": 0.6, "display": 0.8, "battery": 0.4, "audio": 0.3},
    # all-day battery, updates and security, enough speed for calls and documents
    "business": {"battery": 0.8, "software_updates": 0.8, "performance": 0.5, "display": 0.3},
    # simple, light, loud and long-lasting: a battery that lasts, light in the hand, loud
    # speakers, years of updates, a fair price; not a gaming chip or a camera rig
    "senior": {"battery": 1.0, "lightweight": 0.8, "audio": 0.8, "software_updates": 0.6, "value": 0.6,
               "durability": 0.3, "display": 0.2, "performance": -0.3, "charging": -0.1},
    # not too dear, lasts the school day, survives a drop, kept up to date
    "kids": {"value": 0.8, "battery": 0.6, "durability": 0.3, "software_updates": 0.4, "performance": -0.2},
    # battery away from a charger, a camera for the trip, survives the weather
    "travel": {"battery": 1.0, "camera": 0.8, "durability": 0.4, "lightweight": 0.3},
    # selfie and main cameras, a good screen for scrolling
    "social_media": {"selfie_camera": 1.0, "camera": 0.7, "display": 0.6, "battery": 0.3},
    # rugged and water-resistant, a big battery
    "outdoor": {"durability": 1.5, "battery": 1.0, "lightweight": 0.2},
    # speakers and a jack, storage for a library, battery for playback
    "music": {"audio": 1.5, "storage": 0.6, "battery": 0.5},
}


def aspect_weights(priorities, deprioritized, use_cases) -> dict[str, float]:
    """Weight per aspect for one shopper; they need not sum to 1."""
    said_something = bool(priorities or use_cases)
    weights = {a: w * (0.5 if said_something else 1.0) for a, w in BASE.items()}
    for use_case in use_cases:
        for aspect, extra in USE_CASES[use_case].items():
            weights[aspect] = max(DEPRIORITIZED, weights[aspect] + extra)
    for rank, aspect in enumerate(priorities):
        # the first thing said weighs a little more than the fifth
        weights[aspect] += PRIORITY * (1.0 - 0.08 * min(rank, 5))
    for aspect in deprioritized:
        weights[aspect] = DEPRIORITIZED
    return {a: weights[a] for a in ASPECTS}
