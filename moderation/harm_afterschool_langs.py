"""A fight announced for after school in ru tr id ar hi zh (the shapes of
harm_afterschool.py - read its docstring first; appended to `harm.RULES`).

"жду тебя после школы", "после уроков за школой, ты и я", "okul çıkışı seni
bekliyor olacağım, arkadaşlarını da getir, görürsün", "pulang sekolah gue
tunggu di gerbang, jangan kabur lo", "بستناك عند باب المدرسة بكرة",
"chhutti ke baad dekh lena", "放学后校门口见，你别跑".  A plan ("жду тебя
после школы, пойдём в кино", "okul çıkışı seni bekliyorum, beraber eve
gideriz", "放学别走，一起去吃饭": `frames_meetup.py`), a game and reports pass.
"""

from __future__ import annotations

from .frames_meetup import HOSTILE
from .harm_afterschool import meet_rule
from .packs.zh import zrule
from .rules import Rule, rule

_MEET: dict[str, tuple[str, str, str, str]] = {
    "ru": (
        r"\b(?:жду тебя|подожду тебя|буду ждать тебя|встретимся|увидимся|поимаю тебя|встречу тебя|"
        r"поговорим)\b",
        r"\b(?:после (?:школы|уроков)|у (?:школы|ворот)|за (?:школои|гаражами)|возле школы)\b",
        "школы уроков ворот школои гаражами",
        "увидишь приходи бери ссышь боишься струсишь убегаи сбежишь уидешь убежишь я разберемся "
        "попробуи конец хана крышка ссыкло трус",
    ),
    "tr": (
        r"\b(?:seni )?(?:bekliyorum|bekliyor olacagim|bekleyecegim|beklicem|bekliycem|gorusuruz|"
        r"bulusuruz)\b",
        r"\b(?:okul (?:cikisi|cikisinda|cikista|bitince|dagilinca|sonrasi|bahcesinde)|okuldan sonra)\b",
        "cikisi cikisinda cikista bitince dagilinca sonrasi bahcesinde okuldan",
        "gorursun yalniz getir cesaretin kacma ben hesaplasiriz gununu korkak",
    ),
    "id": (
        r"\b(?:(?:aku|ak|gue|gw|gua) (?:\w+ )?tunggu(?: (?:lu|lo|kamu|kau|elo|elu))?|ketemu)\b",
        r"\b(?:pulang sekolah|di gerbang|depan sekolah|belakang sekolah|abis sekolah|habis sekolah|"
        r"pulsek)\b",
        "sekolah gerbang pulsek",
        "kabur sendiri sendirian bawa berani gue kita awas liat mampus abis habis pengecut cemen",
    ),
    "ar": (
        r"(?:بستناك|استناك|راح استناك|انتظرك|بنتظرك|اشوفك|نتقابل|بلاقيك|نشوفك|استناني)",
        r"(?:بعد المدرسه|عند (?:باب|بوابه) المدرسه|برا المدرسه|ورا المدرسه|بعد الدوام|بعد الحصه)",
        "المدرسه الدوام الحصه",
        "بتشوف تشوف حتشوف هتشوف تعال جيب لو لا وانت نتفاهم نتحاسب جبان",
    ),
    "hi": (
        r"\b(?:mil|milna|milo|milte hain|aa|aaja|aana|ruk|rukna|wait kar|intezaar kar)\b",
        r"\b(?:(?:chhutti|chutti|school|class|tuition) ke baad|school ke bahar)\b",
        "chhutti chutti school class tuition",
        "dekh akela doston dosto bhaiyon himmat bhaagna bhagna main tu hisaab batata tamaam dekhte",
    ),
}

RULES: list[Rule] = [
    *(meet_rule(lang, *parts) for lang, parts in _MEET.items()),
    # the bare wait at the exit (es fr pt id ar zh: harm_threats.py and the packs)
    rule("threat:violence", "threat", "школы уроков школои гаражами",
         r"\b(?:жду|подожду|буду ждать) тебя (?:завтра |сегодня |)(?:после (?:школы|уроков)|у (?:школы|"
         r"ворот школы)|за (?:школои|гаражами)|возле школы)\b|\b(?:после (?:школы|уроков)|за гаражами|за "
         r"школои) (?:жду|подожду|буду ждать) тебя\b",
         requires="жду подожду ждать"),
    rule("threat:violence", "threat", "cikisi cikisinda cikista bitince dagilinca sonrasi",
         r"\b(?:seni okul (?:cikisi|cikisinda|cikista|bitince|dagilinca|sonrasi)|okul (?:cikisi|"
         r"cikisinda|cikista|bitince|dagilinca|sonrasi) seni) (?:bekliyor olacagim|bekleyecegim|beklicem|"
         r"bekleyecegiz|beklicez|bekliycem|bekliyor olucam)\b"),
    rule("threat:violence", "threat", "chhutti chutti school class tuition",
         r"\b(?:chhutti|chutti) (?:ke baad|me|mein) (?:(?:tujhe|tereko|tumhe) )?dekh (?:lena|lunga|lungi|"
         r"lenge)\b|\b(?:school|class|tuition) ke baad (?:(?:tujhe|tereko|tumhe) )?dekh (?:lunga|lungi|"
         r"lenge|lena)\b",
         requires="dekh"),
    rule("threat:violence", "threat", "بستناك استناك بنتظرك انتظرك حستناك هستناك",
         r"(?:بستناك|استناك|راح استناك|بنتظرك|انتظرك|حستناك|هستناك) (?:بكره |بكرا |)(?:عند (?:باب|بوابه) "
         r"المدرسه|برا المدرسه|ورا المدرسه|بعد الدوام)"),
    zrule("threat:violence", "threat", "放 校",
          r"(?:放[学學](?:后|以后|了)?[^。!?]{0,10}?(?:见|等你|等着你|别走|堵你|找你)|(?:校门口|学校门口|学校后面|"
          r"操场后面)(?:见|等你|堵你))[\s\S]{0,20}?" + HOSTILE["zh"]),
]
