"""Currencies: one dated rate table for the whole app.

The catalog build converts source prices with it and the recommender converts a
shopper's budget ("under 3000 yuan") into the catalog currency with it. The app
is offline, so the rates are fixed here, with the day they were read.
"""

from __future__ import annotations

CATALOG_CURRENCY = "USD"

# US dollars for one unit of each currency: euro foreign exchange reference rates
# published by the European Central Bank for 15 January 2025 (crossed through EUR,
# rounded to four significant figures). AED is pegged at 3.6725 to the dollar.
RATES_DATE = "2025-01-15"
RATES_SOURCE = "European Central Bank euro reference rates"
USD_PER_UNIT = {
    "USD": 1.0,
    "EUR": 1.030,
    "GBP": 1.221,
    "CNY": 0.1364,
    "INR": 0.01155,
    "PKR": 0.003589,
    "AED": 0.2723,
    "JPY": 0.006375,
    "BDT": 0.008214,
    "CAD": 0.6961,
    "AUD": 0.6196,
    "CHF": 1.094,
    "KRW": 0.0006859,
    "HKD": 0.1284,
    "SGD": 0.7307,
    # Not among the ECB's rates: about 32.9 New Taiwan dollars to the US dollar in mid-January 2025
    # (Central Bank of the Republic of China (Taiwan)), for shoppers who say NT$ or 台币.
    "TWD": 0.03040,
}


class UnknownCurrency(ValueError):
    pass


def to_usd(amount: float, currency: str | None) -> float:
    """`amount` of `currency` in US dollars (no currency means dollars)."""
    code = (currency or CATALOG_CURRENCY).upper()
    try:
        return amount * USD_PER_UNIT[code]
    except KeyError:
        raise UnknownCurrency(f"unknown currency {currency!r}; known: {', '.join(sorted(USD_PER_UNIT))}") from None


def from_usd(amount_usd: float, currency: str | None) -> float:
    """`amount_usd` dollars in `currency`."""
    return amount_usd / to_usd(1.0, currency)


# Shown before the amount; other currencies are written after it ("1,200 AED").
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "INR": "₹", "JPY": "¥"}
# The currencies a store can choose to show prices in.
STORE_CURRENCIES = ("USD", "EUR", "GBP", "CNY", "INR")


def money_text(amount: float, currency: str | None) -> str:
    """An amount as a shopper reads it: "$1,199", "¥3,000", "1,200 AED"."""
    code = (currency or CATALOG_CURRENCY).upper()
    symbol = SYMBOLS.get(code)
    return f"{symbol}{amount:,.0f}" if symbol else f"{amount:,.0f} {code}"


def price_text(amount_usd: float, currency: str | None) -> str:
    """A catalog price (US dollars) shown in the store's currency."""
    return money_text(from_usd(amount_usd, currency), currency)
