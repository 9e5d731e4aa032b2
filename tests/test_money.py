"""Money as a shopper reads it and as the recommender compares it: the rate table, the conversions
both ways, and the price text on a card, checked against figures worked out here by hand."""

import pytest

from app.money import STORE_CURRENCIES, UnknownCurrency, from_usd, money_text, price_text, to_usd

# US dollars per unit on 15 January 2025 (the European Central Bank's reference rates, four figures)
RATES = {"USD": 1.0, "EUR": 1.030, "GBP": 1.221, "CNY": 0.1364, "INR": 0.01155, "AED": 0.2723, "JPY": 0.006375}


@pytest.mark.parametrize("code, rate", RATES.items())
def test_an_amount_in_a_currency_is_its_worth_in_dollars(code, rate):
    assert to_usd(1000, code) == pytest.approx(1000 * rate)
    assert from_usd(1000 * rate, code) == pytest.approx(1000)


def test_no_currency_means_dollars_and_a_code_in_small_letters_is_read():
    assert to_usd(500, None) == 500 and from_usd(500, None) == 500
    assert to_usd(3000, "cny") == pytest.approx(409.2)


def test_an_unknown_currency_is_a_clear_error_naming_the_known_ones():
    with pytest.raises(UnknownCurrency) as raised:
        to_usd(100, "XYZ")
    message = str(raised.value)
    assert message.startswith("unknown currency 'XYZ'; known: AED, AUD, BDT, CAD, CHF, CNY, EUR, GBP, HKD, INR, JPY,")
    assert message.endswith("TWD, USD")


@pytest.mark.parametrize("amount, code, shown", [
    (449, "USD", "$449"), (1199.4, "USD", "$1,199"), (1199.5, None, "$1,200"), (3000, "CNY", "¥3,000"),
    (899, "EUR", "€899"), (799, "GBP", "£799"), (24999, "INR", "₹24,999"), (150000, "JPY", "¥150,000"),
    (1200, "AED", "1,200 AED"), (1200, "aed", "1,200 AED"), (45, "eur", "€45"), (0, "USD", "$0"),
])
def test_an_amount_is_written_the_way_a_shopper_reads_it(amount, code, shown):
    assert money_text(amount, code) == shown


@pytest.mark.parametrize("dollars, code, shown", [
    (449, "USD", "$449"), (449, None, "$449"), (449, "CNY", "¥3,292"), (449, "EUR", "€436"), (449, "GBP", "£368"),
    (449, "INR", "₹38,874"),
])
def test_a_catalog_price_is_shown_in_the_stores_currency(dollars, code, shown):
    assert price_text(dollars, code) == shown


def test_every_currency_a_store_can_choose_is_written_with_its_sign():
    assert set(STORE_CURRENCIES) == {"USD", "EUR", "GBP", "CNY", "INR"}
    for code in STORE_CURRENCIES:
        assert not money_text(10, code)[0].isdigit(), code
