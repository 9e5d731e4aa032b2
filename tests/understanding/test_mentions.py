"""The exact half of understanding: amounts, currencies, brands and models read from text."""

import pytest

from app.understanding.mentions import BRAND, MODEL, NUMBER, correct_brand_typos, find_mentions, words_number, zh_number


def readings(text):
    return [(m.kind, text[m.start:m.end], m.value, m.currency) for m in find_mentions(text)]


@pytest.mark.parametrize("text, value, currency", [
    ("under $500", 500, "USD"), ("no more than 900 euros", 900, "EUR"), ("1.5k-ish", 1500, None),
    ("5 hundo", 500, None), ("seven fifty", 750, None), ("two grand", 2000, None), ("预算三千元以内", 3000, "CNY"),
    ("两千五", 2500, None), ("1.2k", 1200, None), ("£400", 400, "GBP"), ("₹30,000", 30000, "INR"),
    ("30k rupees", 30000, "INR"), ("fifteen hundred", 1500, None), ("three hundred and fifty dollars", 350, "USD"),
    ("3000块", 3000, "CNY"), ("3k左右", 3000, None), ("1w以内", 10000, None), ("1.5w", 15000, None), ("6w左右", 60000, None), ("1500 tops", 1500, None), ("¥2999", 2999, "CNY"), ("五千以内", 5000, None), ("1.5万", 15000, None),
    ("no more than $2,499.99", 2499.99, "USD"), ("under 350$", 350, "USD"), ("max 200£", 200, "GBP"),
])
def test_amounts(text, value, currency):
    numbers = [m for m in find_mentions(text) if m.kind == NUMBER]
    assert [(n.value, n.currency) for n in numbers] == [(value, currency)]


def test_a_symbol_after_an_amount_is_not_also_before_the_next():
    text = "300$ 400 max"
    assert [(text[m.start:m.end], m.currency) for m in find_mentions(text)] == [("300", "USD"), ("400", None)]


def test_memory_sizes():
    assert [(m.value, m.unit) for m in find_mentions("运存16G,存储1T")] == [(16, "gb"), (1024, "gb")]
    assert [m.value for m in find_mentions("8+256")] == [8, 256]
    assert [(m.value, m.unit) for m in find_mentions("256GB at least")] == [(256, "gb")]
    # a word that starts with t or g after a number is not a terabyte or gigabyte
    assert [(m.value, m.unit) for m in find_mentions("350 to 750")] == [(350, None), (750, None)]


def test_brands_and_aliases():
    found = readings("no Redmi, Poco or Galaxy; maybe a Pixel, iQOO or Red Magic, 华为也行")
    brands = [value for kind, _, value, _ in found if kind == BRAND]
    assert brands == ["Xiaomi", "Xiaomi", "Samsung", "Google", "Vivo", "Nubia", "Huawei"]


def test_plural_brands_and_brand_like_words():
    brands = lambda text: [value for kind, _, value, _ in readings(text) if kind == BRAND]  # noqa: E731
    assert brands("my last two Xiaomis died, Samsungs are fine") == ["Xiaomi", "Samsung"]
    assert brands("想买摩托edge") == ["Motorola"]
    assert brands("天天打王者荣耀,骑摩托车上班") == []
    assert brands("荣耀X50") == ["Honor"]


def test_models_with_years_are_not_amounts():
    assert readings("iPhone 12 or anything newer") == [(BRAND, "iPhone", "Apple", None), (MODEL, "12", 2020, None)]
    assert [(k, v) for k, _, v, _ in readings("Galaxy S24 or newer")] == [(BRAND, "Samsung"), (MODEL, 2024)]
    assert [(k, v) for k, _, v, _ in readings("三星S23或更新")] == [(BRAND, "Samsung"), (MODEL, 2023)]


def test_qianwan_as_by_all_means_is_not_an_amount():
    assert not readings("千万别让她沉迷游戏")
    assert [v for k, _, v, _ in readings("预算一千万")] == [10_000_000]


def test_a_comma_between_numbers_is_not_a_thousands_separator():
    assert [v for k, _, v, _ in readings("小米10,2020年买的") if k == NUMBER] == [10, 2020]
    assert not [m for m in find_mentions("it's 10 years old") if m.kind == MODEL]
    assert [(k, v) for k, _, v, _ in readings("a Galaxy A54 or newer")] == [(BRAND, "Samsung"), (MODEL, 2023)]


@pytest.mark.parametrize("text", [
    "at most 145 x 70 x 9 mm", "around 150g", "5000mAh", '6.1" screen', "120Hz, 65W, 50MP", "my 12-year-old",
    "20 to 30 hours", "4K video", "5.4英寸左右", "用了2年", "三千毫安", "about 180 grams", "8 or more hours",
    "48+ hours", "two or so days",
])
def test_measurements_are_not_amounts(text):
    assert not [m for m in find_mentions(text) if m.kind == NUMBER], text


def test_amounts_beside_measurements():
    assert [(m.value, m.unit) for m in find_mentions("RAM - 4GB+, 128G storage, 6.7 inch, under $300")] == [
        (4, "gb"), (128, "gb"), (300, None)]
    assert [m.value for m in find_mentions("2023年以后的, 300 w good cam")] == [2023, 300]


def test_a_brand_name_is_not_an_amount():
    assert [(k, v) for k, _, v, _ in readings("预算3000元,不要三星")] == [(NUMBER, 3000), (BRAND, "Samsung")]
    assert [(k, v) for k, _, v, _ in readings("一加也行")] == [(BRAND, "OnePlus")]


def test_cat_the_brand_is_not_the_animal():
    for text in ("a CAT S62", "Caterpillar rugged phone", "卡特彼勒", "a Cat phone"):
        assert [m.value for m in find_mentions(text) if m.kind == BRAND] == ["Cat"], text
    assert not find_mentions("my cat knocks it off the table")


def test_number_words():
    assert words_number("nineteen ninety nine") == 1999
    assert words_number("one hundred fifty") == 150
    assert words_number("a") is None
    assert zh_number("一千八") == 1800 and zh_number("两千") == 2000 and zh_number("十二") == 12


@pytest.mark.parametrize("text", ["", "🙂" * 50, "\x00\x01\x02", "a" * 10000, "１２３", "$$$", "k k k grand"])
def test_strange_text_never_fails(text):
    assert isinstance(find_mentions(text), list)


@pytest.mark.parametrize("text, values", [
    ("2-3 hundred", [200, 300]), ("two or three hundred bucks", [200, 300]),
    ("between four and six hundred euros", [400, 600]), ("2 and 3 hundred", [200, 300]), ("3 to 4k", [3000, 4000]),
    ("1.5-2k", [1500, 2000]), ("$200 to 300", [200, 300]),
])
def test_a_range_shares_its_scale(text, values):
    assert [m.value for m in find_mentions(text) if m.kind == NUMBER] == values


def test_a_scale_is_not_shared_across_unrelated_numbers():
    assert [m.value for m in find_mentions("I have 2 kids and 3 hundred books") if m.kind == NUMBER] == [2, 300]


def test_a_model_number_without_its_brand_once_the_brand_is_named():
    models = lambda text: [(v, m) for k, m, v, _ in readings(text) if k == MODEL]  # noqa: E731
    assert models("an iPhone, a 13 or newer") == [(2021, "13")]
    assert models("苹果手机,13以上的") == [(2021, "13")]
    assert models("Pixel please, 8a or anything later") == [(2024, "8a")]
    # not without a brand, not with two brands that could own it, and not a memory size
    assert models("a 13 or newer") == []
    assert models("iPhone or Pixel, 8 or newer") == []
    assert models("an iPhone with RAM 8 or more") == []
    assert models("iPhone, 12 or more apps open") == []


@pytest.mark.parametrize("text, values", [
    ("250-five hundred", [250, 500]), ("300 to 4 hundred pounds", [300, 400]), ("1,200-two grand", [1200, 2000]),
    ("2-3 hundred", [200, 300]), ("two or three hundred bucks", [200, 300]),
    ("between four and six hundred euros", [400, 600]), ("2 and 3 hundred", [200, 300]),
])
def test_a_range_shares_its_scale_only_when_the_first_end_is_smaller(text, values):
    assert [m.value for m in find_mentions(text) if m.kind == NUMBER] == values


def test_an_ellipsis_before_an_amount_keeps_it():
    assert [(m.value, m.currency) for m in find_mentions("谢谢......220块钱以下")] == [(220, "CNY")]
    assert [m.value for m in find_mentions("budget...500 max")] == [500]
    assert [m.value for m in find_mentions("version 1.2.3")] == [1.2]


@pytest.mark.parametrize("text, values", [
    ("between six hundred and eight hundred pounds", [600, 800]),
    ("between one hundred and fifty and two hundred and fifty", [150, 250]),
    ("between two fifty and four twenty euros", [250, 420]), ("between 2 hundo and two eighty", [200, 280]),
    ("three hundred and fifty dollars", [350]), ("one thousand two hundred", [1200]),
    ("two thousand five hundred and fifty", [2550]), ("seven hundred and fifty a great screen", [750]),
    ("between one hundred and one fifty dollars", [100, 150]), ("two hundred and one", [201]),
])
def test_amounts_said_in_words_are_split_at_and_only_between_whole_amounts(text, values):
    assert [m.value for m in find_mentions(text) if m.kind == NUMBER] == values


@pytest.mark.parametrize("text, value, currency", [
    ("up to HK$4000", 4000, "HKD"), ("A$900 max", 900, "AUD"), ("AU$900 max", 900, "AUD"),
    ("under NT$15,000", 15000, "TWD"), ("800 AUD", 800, "AUD"), ("5000 HKD", 5000, "HKD"), ("12000 TWD", 12000, "TWD"),
    ("2000 RMB", 2000, "CNY"), ("RMB 2000", 2000, "CNY"), ("300 quid", 300, "GBP"), ("预算3000港币", 3000, "HKD"),
    ("一万台币左右", 10000, "TWD"), ("一万新台币", 10000, "TWD"), ("1500澳元以内", 1500, "AUD"), ("800澳币", 800, "AUD"),
    ("500刀以内", 500, "USD"), ("两千块以内", 2000, "CNY"), ("一千二百块", 1200, "CNY"),
    # the currency word before the amount, with or without a word before it
    ("港币五千以内", 5000, "HKD"), ("预算港币五千", 5000, "HKD"), ("人民币三千以内", 3000, "CNY"),
    ("美金500以内", 500, "USD"), ("新台币一万五", 15000, "TWD"), ("澳元八百左右", 800, "AUD"),
    # the code written onto the amount
    ("USD1200 max", 1200, "USD"), ("budget RMB3000", 3000, "CNY"), ("Rs15000 tops", 15000, "INR"),
    ("HKD5000以内", 5000, "HKD"), ("under EUR450", 450, "EUR"),
])
def test_currencies_beyond_the_store_five(text, value, currency):
    numbers = [m for m in find_mentions(text) if m.kind == NUMBER]
    assert [(n.value, n.currency) for n in numbers] == [(value, currency)]


@pytest.mark.parametrize("text", ["Mars2000", "fusd1200", "XRS300", "Galaxy A54"])
def test_letters_that_only_end_like_a_currency_code_keep_their_digits_in_the_word(text):
    assert [m for m in find_mentions(text) if m.kind == NUMBER] == []


@pytest.mark.parametrize("text, values", [
    ("a grand and a half, max", [1500]), ("two and a half grand", [2500]), ("1 and a half thousand", [1500]),
    ("two twenty-five tops", [225]), ("a hundred twenty-eight gigs", [128]), ("十二加五一二", [12, 512]),
    ("一二八G起步", [128]), ("两三千", [3000]), ("运存十二G", [12]), ("NFC4000元以内", [4000]),
    ("a 6.7-incher for 700", [700]), ("a 6.1 inch screen", []),
])
def test_spoken_and_glued_amounts(text, values):
    assert [m.value for m in find_mentions(text) if m.kind == NUMBER] == values


def test_a_number_of_hundreds_of_digits_is_no_amount():
    assert [m for m in find_mentions("9" * 400 + " dollars") if m.kind == NUMBER] == []
    assert [m.value for m in find_mentions("under " + "9" * 12 + " dollars")] == [999_999_999_999]


@pytest.mark.parametrize("text, brands", [
    ("a Nothing phone under 500", ["Nothing"]), ("Honor or Nothing, whichever is cheaper", ["Honor", "Nothing"]),
    ("I'd take a Nothing or a OnePlus", ["Nothing", "OnePlus"]), ("想买个Nothing手机", ["Nothing"]),
    ("荣耀或者Nothing都行", ["Honor", "Nothing"]), ("Nothing Phone (2a)", ["Nothing"]), ("CMF Phone 1", ["Nothing"]),
    ("Nothing fancy, just calls", []), ("Nothing from Apple, please", ["Apple"]), ("there is nothing I like", []),
    ("a rugged Cat for the site", ["Cat"]), ("a Cat S62", ["Cat"]), ("CAT S75", ["Cat"]), ("要个Cat三防手机", ["Cat"]),
    ("Nothing or Fairphone, I like both", ["Nothing", "Fairphone"]), ("Nothing或者一加", ["Nothing", "OnePlus"]),
    ("Nothing and nobody", []), ("my cat knocks it off the table", []), ("my Cat keeps knocking it off the sofa", []),
])
def test_words_that_are_also_brands(text, brands):
    assert [m.value for m in find_mentions(text) if m.kind == BRAND] == brands


def test_a_terabyte_said_in_chinese_and_a_oneplus_model_named_in_chinese():
    assert [(m.value, m.unit) for m in find_mentions("存储一个T的最好")] == [(1024, "gb")]
    assert [(m.value, m.unit) for m in find_mentions("两个G运存")] == [(2, "gb")]
    years = [m.value for m in find_mentions("至少是一加10那年出的") if m.kind == MODEL]
    assert years == [2022]


@pytest.mark.parametrize("said, meant", [
    ("samsng", "samsung"), ("Samsumg", "samsung"), ("xiomi", "xiaomi"), ("huwaei", "huawei"), ("hauwei", "huawei"),
    ("motorolla", "motorola"), ("nokai", "nokia"), ("iphnoe", "iphone"), ("googel", "google"), ("oneplsu", "oneplus"),
])
def test_a_mistyped_brand_name_is_spelled_right(said, meant):
    assert correct_brand_typos(f"anything but a {said}, thanks") == f"anything but a {meant}, thanks"


@pytest.mark.parametrize("text", [
    "my phone is broken", "I googled it", "honour matters", "a realm of choice", "techno music", "goggles for swimming",
    "samsungs and iphones", "the Samsung Galaxy", "sony", "oppo", "a sonny boy", "opposite",
])
def test_words_one_slip_from_a_brand_stay_as_they_are(text):
    assert correct_brand_typos(text) == text


@pytest.mark.parametrize("text", [
    "2026-12-05 14:32:10", "03/12/2028", "5.12.26", "I'm out the door at 5:30", "+1 555 123 4567",
    "call +86 138 0013 8000", "my number is 07700 900123", "555-123-4567", "call (555) 123-4567 after work", "www.shop.net/?id=66517&p=6", "https://x.com/phones/500",
    "bob99@mail.com",
])
def test_addresses_dates_times_and_phone_numbers_hold_no_amount(text):
    assert [m for m in find_mentions(text) if m.kind == NUMBER] == []


@pytest.mark.parametrize("text, values", [
    ("8/256", [8, 256]), ("12+256", [12, 256]), ("12+256, 128 or 512", [12, 256, 128, 512]), ("8+128 256 512", [8, 128, 256, 512]), ("16+512\n512G", [16, 512, 512]), ("500-700", [500, 700]),
    ("+500 bucks", [500]), ("at 3:30 I still have 400 dollars", [400]), ("16:9 screen", [16, 9]),
])
def test_memory_pairs_ranges_and_amounts_beside_them_are_still_read(text, values):
    assert [m.value for m in find_mentions(text) if m.kind == NUMBER] == values
