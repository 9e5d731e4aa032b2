"""Every visible string of the GUI in one place, in English, with its Simplified Chinese.

The English text is the translation key; `tr()` looks it up in the compiled Qt
translation (`assets/i18n/phone_guide_zh_CN.qm`, made from the `.ts` source by
`python -m app.ui.i18n`). Recommender explanations are translated by their code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "PhoneGuide"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


ASPECT_LABELS = {
    "camera": ("Great camera", "拍照好"), "selfie_camera": ("Good selfies", "自拍好"),
    "battery": ("Long battery", "续航长"), "performance": ("Fast", "性能强"), "display": ("Great screen", "屏幕好"),
    "charging": ("Fast charging", "快充"), "storage": ("Lots of storage", "存储大"), "durability": ("Tough", "耐用"),
    "value": ("Good value", "性价比"), "lightweight": ("Light", "轻薄"), "audio": ("Good sound", "音质好"),
    "software_updates": ("Long updates", "更新久"), "compactness": ("Compact", "小巧"),
}
FEATURE_LABELS = {
    "5g": ("5G", "5G"), "nfc": ("NFC", "NFC"), "wireless_charging": ("Wireless charging", "无线充电"),
    "headphone_jack": ("Headphone jack", "耳机孔"), "expandable_storage": ("Memory card", "存储卡"),
    "water_resistance": ("Water resistant", "防水"), "dual_sim": ("Dual SIM", "双卡"), "esim": ("eSIM", "eSIM"),
    "stylus": ("Stylus", "手写笔"), "foldable": ("Foldable", "折叠屏"),
}
USE_CASE_LABELS = {
    "gaming": ("Gaming", "游戏"), "photography": ("Photography", "摄影"), "video": ("Video", "视频"),
    "business": ("Work", "办公"), "senior": ("For an older person", "老人使用"), "kids": ("For a child", "孩子使用"),
    "travel": ("Travel", "旅行"), "social_media": ("Social media", "社交媒体"), "outdoor": ("Outdoors", "户外"),
    "music": ("Music", "音乐"),
}

# English -> Chinese, for every string the GUI shows (the .ts file is made from this table).
CHINESE = {
    "Phone guide": "选机助手",
    "Find the right phone in two minutes": "两分钟找到合适的手机",
    "Answer a few quick questions, or just tell us what you need.": "回答几个简单问题,或者直接告诉我们您的需求。",
    "Start": "开始",
    "Tell me what you need…": "告诉我您的需求……",
    "Go": "确定",
    "Show phones": "查看手机",
    "Start over": "重新开始",
    "Back": "返回",
    "Skip": "跳过",
    "Next": "下一步",
    "Question {n} of about {total}": "第 {n} 题,共约 {total} 题",
    "What is your budget?": "您的预算是多少?",
    "Which system do you prefer?": "您喜欢哪个系统?",
    "Any brands you want, or want to avoid?": "有想要或想避开的品牌吗?",
    "What size suits you?": "您喜欢多大的手机?",
    "What will you use it for?": "您主要用它做什么?",
    "How important is the camera?": "拍照有多重要?",
    "How important is battery life?": "续航有多重要?",
    "How important is speed?": "性能有多重要?",
    "Any must-have features?": "有必须要的功能吗?",
    "How much storage do you need?": "您需要多大存储?",
    "Up to": "最高",
    "Or tap an example:": "或者点一个例子:",
    "Small phone, great camera, under $500, no Samsung": "小屏手机,拍照好,3000元以内,不要三星",
    "For my mum: big screen, loud, easy": "给我妈用:大屏,声音大,简单好用",
    "Gaming phone that doesn't overheat": "打游戏不发烫的手机",
    "Currency": "货币",
    "Android": "安卓",
    "iPhone (iOS)": "iPhone(iOS)",
    "Either": "都可以",
    "Compact": "小屏",
    "Large screen": "大屏",
    "Doesn't matter": "无所谓",
    "Very important": "非常重要",
    "Somewhat": "一般",
    "Not important": "不重要",
    "Want": "想要",
    "Avoid": "不要",
    "Lots": "越多越好",
    "Under {amount}": "{amount}以内",
    "From {amount}": "{amount}起",
    "No {brand}": "不要{brand}",
    "No {feature}": "不要{feature}",
    "Not important: {aspect}": "不重要:{aspect}",
    "At least {amount} GB storage": "存储至少 {amount} GB",
    "At least {amount} GB RAM": "运存至少 {amount} GB",
    "From {year}": "{year}年及以后",
    "Remove": "移除",
    "What I understood:": "我理解的是:",
    "Nothing yet": "暂无",
    "Did you mean: {chip}?": "您是指:{chip}?",
    "Yes": "是",
    "No": "否",
    "{count} phones fit": "有 {count} 款手机符合",
    "Only {count} phones fit. Try:": "只有 {count} 款手机符合。可以试试:",
    "Nothing fits all of that. The smallest changes that would:": "没有手机能满足全部条件。只需稍作调整:",
    "{change} → {count} phones": "{change} → {count} 款",
    "Price unknown": "价格未知",
    "Store price": "门店价",
    "store price": "门店价", "launch price": "首发价", "seen in {month}": "{month} 售价",
    "converted from the {market} price": "按{market}价格换算", "price unknown": "价格未知",
    "in stock": "有货", "out of stock": "缺货",
    "Cheaper": "更便宜",
    "Better camera": "拍照更好",
    "Longer battery": "续航更长",
    "Smaller": "更小",
    "Bigger screen": "屏幕更大",
    "Faster": "更快",
    "Newer": "更新款",
    "Keep": "收藏",
    "Kept": "已收藏",
    "Compare": "对比",
    "Compare ({count})": "对比({count})",
    "Shortlist ({count})": "收藏夹({count})",
    "Choose 2 to 4 phones to compare.": "请选择 2 到 4 款手机进行对比。",
    "Your shortlist is empty. Tap Keep on a phone to add it.": "收藏夹是空的。点击手机上的\"收藏\"即可加入。",
    "Export CSV…": "导出 CSV……",
    "Export printable page…": "导出可打印页面……",
    "Save as PDF…": "保存为 PDF……",
    "Scan to take your shortlist with you": "扫码带走您的收藏",
    "Saved to {path}": "已保存到 {path}",
    "Still there?": "还在吗?",
    "Tap anywhere to keep going. Starting over in {seconds} seconds.": "点击任意处继续。{seconds} 秒后将重新开始。",
    "Staff PIN": "员工密码",
    "Enter the staff PIN": "请输入员工密码",
    "Wrong PIN.": "密码错误。",
    "Settings": "设置",
    "Language": "语言",
    "Idle timeout (seconds)": "无操作超时(秒)",
    "Show phones from year": "显示此年份及以后的手机",
    "Learn from earlier shoppers on this device": "参考本机此前顾客的选择",
    "Import the store's list…": "导入门店商品清单……",
    "Bring back the previous list": "恢复上一份清单",
    "Store list": "门店清单",
    "Show only our assortment": "只显示本店在售机型",
    "Folder synced with store lists": "同步门店清单的文件夹",
    "Choose…": "选择……",
    "Market": "市场",
    "none: the catalog's prices are shown": "无:显示目录价格",
    "{file}: {count} phones, imported {when}": "{file}:{count} 款手机,导入于 {when}",
    "the store database could not be read; import the list again": "无法读取门店数据库,请重新导入清单",
    "Store list imported: {count} phones.": "门店清单已导入:{count} 款手机。",
    "The file could not be read: {error}": "无法读取文件:{error}",
    "The previous list is back.": "已恢复上一份清单。",
    "There is no earlier list.": "没有更早的清单。",
    "New staff PIN (leave empty to keep)": "新员工密码(留空则不变)",
    "About": "关于",
    "Text size": "文字大小",
    "High contrast": "高对比度",
    "Loading the language model…": "正在加载语言模型……",
    "The language model could not be loaded; choose answers with the buttons.": "语言模型无法加载,请用按钮选择答案。",
    "Sorry, that could not be read: {error}": "抱歉,无法读取:{error}",
    "Battery": "电池", "Screen": "屏幕", "Camera": "相机", "Chip": "芯片", "Weight": "重量", "Storage": "存储",
    "Price": "价格", "Year": "年份", "Charging": "充电", "Water resistance": "防水", "Headphone jack": "耳机孔",
    "RAM": "运存", "Selfie camera": "前置相机", "Refresh rate": "刷新率", "Operating system": "系统",
    "yes": "有", "no": "无", "unknown": "未知",
    "Not confirmed": "未确认",
    "Keyboard": "键盘", "Microphone": "麦克风",
    "Hold to talk, or tap": "按住说话,或轻点", "Listening…": "正在听……", "Reading…": "正在识别……",
    "Didn't catch that; try again": "没听清,请再说一次", "Could not read that": "无法识别", "Delete": "删除", "Space": "空格", "Enter": "确认",
    "1 phone fits": "有 1 款手机符合",
    "No staff PIN is set.": "尚未设置员工密码。",
    "Too many wrong tries. Try again in {seconds} seconds.": "错误次数过多。请在 {seconds} 秒后再试。",
    "Set a staff PIN for this kiosk (4 to 12 digits)": "为这台自助机设置员工密码(4 到 12 位数字)",
    "Enter the same PIN again": "请再次输入相同的密码",
    "The PINs were not the same 4 to 12 digits. Try again.": "两次输入的不是相同的 4 到 12 位数字。请重试。",
    "A kiosk needs a staff PIN. Start it again to set one.": "自助机需要员工密码。请重新启动并设置。",
    "{change} → 1 phone": "{change} → 1 款",
    "★★★★★ Best match": "★★★★★ 最符合",
    "★★★★☆ Almost as good": "★★★★☆ 几乎同样合适",
    "★★★☆☆ Good match": "★★★☆☆ 比较符合",
    "★★☆☆☆ Fair match": "★★☆☆☆ 基本符合",
    "Only a few phones fit. Try:": "符合的手机不多。可以试试:",
    "Compare phones": "对比手机",
    "Up to {count} phones side by side.": "最多 {count} 款手机并排对比。",
    "Remove {phone}": "移除 {phone}",
    "Your shortlist": "您的收藏",
    "Sorry, that could not be done: {error}": "抱歉,操作未能完成:{error}",
    # the Session's notes to the shopper (app/session.py)
    "An answer is a list of options, not {value}.": "答案应是选项列表,而不是 {value}。",
    "A budget must be more than nothing and less than ten million.": "预算必须大于零且小于一千万。",
    "“{option}” is not an answer to this question.": "“{option}”不是这个问题的答案。",
    "Choose one answer to this question.": "这个问题只能选一个答案。",
    "Sorry, I can't read typed wishes right now ({error}). Please use the buttons.":
        "抱歉,现在无法读取文字需求({error})。请用按钮选择。",
    "Sorry, I didn't catch a phone wish in that. Try, for example: “under $400, good camera, no Samsung”.":
        "抱歉,没听懂您对手机的要求。可以这样说:“3000元以内,拍照好,不要三星”。",
    "Please answer yes or no.": "请回答是或否。",
    "There is nothing to confirm.": "没有需要确认的内容。",
    "There is no “{chip}” to remove.": "没有可移除的“{chip}”。",
    "“{kind}” is not a way to compare phones.": "“{kind}”不是比较手机的方式。",
    "No phone that fits your other wishes is {better} than the {phone}.": "没有既符合您其他要求、又比{phone}{better}的手机。",
    "cheaper": "更便宜", "better at photos": "拍照更好", "longer-lasting": "续航更长", "smaller": "更小",
    "bigger": "屏幕更大", "faster": "更快", "newer": "更新",
    "That change is no longer offered.": "这个调整已不再提供。",
    "You can compare at most four phones. Take one out first.": "最多只能对比四款手机。请先移除一款。",
    "There is no phone “{phone}” in the catalog.": "目录中没有手机“{phone}”。",
    "Nothing fits all of that. The nearest changes are below.": "没有手机能满足全部条件。下面是最接近的调整。",
    "There is no question “{question}”.": "没有问题“{question}”。",
    "That is not text.": "这不是文字。",
    "Type or say what you need, for example “a small phone with a good camera”.":
        "请输入或说出您的需求,例如“拍照好的小屏手机”。",
    "That is too long for me: please say what you need in a few sentences (at most {limit} characters).":
        "内容太长了:请用几句话说明您的需求(最多 {limit} 个字符)。",
    "That does not look like words I can read.": "这看起来不像我能读懂的文字。",
}
# Brands as Chinese shoppers name them; the rest keep their Latin names (OPPO, vivo, Nothing, …).
BRAND_NAMES_ZH = {
    "Apple": "苹果", "Samsung": "三星", "Google": "谷歌", "Xiaomi": "小米", "Huawei": "华为", "Honor": "荣耀",
    "OnePlus": "一加", "Realme": "真我", "Motorola": "摩托罗拉", "Sony": "索尼", "Nokia": "诺基亚", "Lenovo": "联想",
    "Meizu": "魅族", "Nubia": "努比亚", "ZTE": "中兴", "Asus": "华硕",
}
for english, chinese in (list(ASPECT_LABELS.values()) + list(FEATURE_LABELS.values()) + list(USE_CASE_LABELS.values())
                         + list(BRAND_NAMES_ZH.items())):
    CHINESE.setdefault(english, chinese)

# Chinese templates for the recommender's explanation codes (app/recommend/explain.py).
EXPLANATIONS_ZH = {
    "aspect_top": "{fact} —— 在{peer_group}的手机中排前 {percent}%",
    "aspect_strong": "{fact} —— 优于{peer_group}的多数手机",
    "aspect_among_best": "{aspect}在{peer_group}的手机中名列前茅",
    "within_budget": "{price} —— 在您的预算 {budget} 之内",
    "has_feature": "有{feature}",
    "use_case_fit": "适合{use_case}:{fact}",
    "matches_description": "与您的描述很接近",
    "chosen_together": "常与您喜欢的手机一起被选择",
    "store_price": "门店价 {price}",
    "aspect_weak": "{aspect}较弱:{fact}",
    "not_confirmed": "{feature}未确认",
    "stretch": "超出预算 {over}",
    "out_of_stock": "本店缺货",
    "price_unknown": "价格未知",
    "coming_soon": "尚未上市",
    "cheaper_than": "比第 {rank} 名便宜 {amount}",
    "dearer_than": "比第 {rank} 名贵 {amount}",
    "better_than": "{aspect}优于第 {rank} 名",
    "worse_than": "{aspect}不如第 {rank} 名",
    "raise_budget": "把预算提高到 {budget}",
    "lower_budget_min": "降低最低价格到 {budget}",
    "any_brand": "也考虑{brands}以外的品牌",
    "allow_brand": "也考虑{brand}",
    "any_os": "也考虑{os}手机",
    "drop_feature": "不要求{feature}",
    "allow_feature": "允许{feature}",
    "less_storage": "接受 {storage} 存储",
    "less_ram": "接受 {ram} 运存",
    "older_year": "包括 {year} 年的手机",
    "any_size": "尺寸不限",
    "several": "{first},并且{second}",
}
WORDS_ZH = {  # the words explanation values are made of
    "camera": "相机", "selfie camera": "前置相机", "battery": "电池", "performance": "性能", "screen": "屏幕",
    "charging": "充电", "storage": "存储", "durability": "耐用性", "weight": "重量", "size": "尺寸",
    "value for money": "性价比", "software updates": "系统更新", "sound": "音质",
    "a headphone jack": "耳机孔", "a memory card slot": "存储卡槽", "water resistance": "防水", "dual SIM": "双卡",
    "a stylus": "手写笔", "a folding screen": "折叠屏", "wireless charging": "无线充电", "5G": "5G", "NFC": "NFC",
    "eSIM": "eSIM", "gaming": "游戏", "photography": "摄影", "filming and watching video": "拍摄和观看视频",
    "work": "办公", "older users": "老年人", "kids": "孩子", "travel": "旅行", "social media": "社交媒体",
    "the outdoors": "户外", "music": "音乐", "Android": "安卓", "iOS": "iOS",
}


# Pieces of the recommender's catalog facts ("5,000 mAh battery"), most specific first.
FACT_WORDS_ZH = (
    (" MP camera with telephoto", " MP 相机(带长焦)"), (" MP camera with ultrawide", " MP 相机(带超广角)"),
    (" MP selfie camera", " MP 前置相机"), (" MP camera", " MP 相机"), (" mAh battery", " mAh 电池"),
    (" water and dust resistance", " 防水防尘"), (" W charging", " W 快充"), (" + wireless", " + 无线充电"),
    ("up to ", "最高 "), (" storage", " 存储"), (" screen", " 屏幕"), ("updates from ", "更新始于 "),
    ("headphone jack", "耳机孔"), ("speakers", "扬声器"),
)


def fact_zh(text: str) -> str:
    if text in WORDS_ZH:
        return WORDS_ZH[text]
    for english, chinese in FACT_WORDS_ZH:
        text = text.replace(english, chinese)
    return text


def peer_group_zh(text: str) -> str:
    """'under $400' -> '$400以内', 'from 2022 on' -> '2022年起'."""
    if text.startswith("under "):
        return text[len("under "):] + "以内"
    if text.startswith("from "):
        return text[len("from "):].removesuffix(" on") + "年起"
    return text


def explanation_text(explanation, language: str) -> str:
    """An explanation in the shopper's language (English text comes from the recommender)."""
    if language != "zh_CN" or explanation.code not in EXPLANATIONS_ZH:
        return explanation.text
    values = {}
    for key, value in explanation.values.items():
        if key == "peer_group":
            value = peer_group_zh(value)
        elif key == "fact":
            value = fact_zh(value)
        elif key == "brands":
            value = " / ".join(BRAND_NAMES_ZH.get(brand, brand) for brand in value.split(" / "))
        elif isinstance(value, str):
            value = WORDS_ZH.get(value, value)
        values[key] = value
    if explanation.code == "several":
        changes = explanation.values.get("changes", [])
        if len(changes) == 2:
            return EXPLANATIONS_ZH["several"].format(first=explanation_text(changes[0], language),
                                                     second=explanation_text(changes[1], language))
    try:
        return EXPLANATIONS_ZH[explanation.code].format(**values)
    except (KeyError, IndexError):
        return explanation.text
