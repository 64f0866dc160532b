"""Means stockpiled or ready and a moment waited for in Russian, Arabic
(script and Arabizi), Chinese, Hindi (Devanagari and Hinglish), Turkish,
Polish and Indonesian (selfharm_waiting_langs.py).  Our own phrasings; hard
negatives as in test_selfharm_waiting.py: a closed pharmacy, money for a
sale, medicine for a trip or a camp, a rope for a swing or climbing, an
exam day, advice about a friend."""

from __future__ import annotations

import pytest

from moderation import Pipeline, Policy
from moderation.stages import build_stages
from tests.moderation.helpers import allowed, self_harm_held


@pytest.fixture(scope="module")
def rules_pipe() -> Pipeline:
    """The pipeline without the learned scorer: these disclosures must be
    carried by the rules alone."""
    policy = Policy.default()
    return Pipeline(policy, [s for s in build_stages(policy) if s.name != "selfharm_model"])


WAITING = [
    ("накопила достаточно таблеток, жду только выходных когда родители уедут", "ru"),
    ("веревка есть, жду только когда все уснут", "ru"),
    ("месяц копила таблетки, пятница тот самый день", "ru"),
    ("коплю таблетки уже несколько недель, осталось только остаться одной дома", "ru"),
    ("таблетки готовы, жду подходящего момента", "ru"),
    ("спрятала таблетки, в субботу когда мама уйдет на работу", "ru"),
    ("собрала достаточно таблеток, жду пока они уедут в отпуск", "ru"),
    ("веревка в шкафу, сегодня ночью когда все уснут", "ru"),
    ("весь месяц копил лекарства, воскресенье тот самый день", "ru"),
    ("лезвия готовы, жду когда останусь одна", "ru"),
    ("я спрятала снотворное, жду когда родители уедут на выходные", "ru"),
    ("جمعت حبوب كفاية، بس بستنى الويكند لما اهلي يسافروا", "ar"),
    ("الحبل عندي، بس بستنى الكل ينام", "ar"),
    ("خبيت دوائي شهر كامل، الجمعة هو اليوم", "ar"),
    ("صرلي اسابيع بجمع حبوب، بس ناقص اكون لحالي بالبيت", "ar"),
    ("الحبوب جاهزه، بستنى الوقت المناسب", "ar"),
    ("مخبية حبوب، السبت لما امي تطلع الشغل", "ar"),
    ("jama3t 7bob kfaye, bas bestanna el weekend lama ahli ysafro", "ar"),
    ("el 7abl 3ndi, bas bestanna kolhom yenamo", "ar"),
    ("5abbet dawa2i shahr kamel, el jom3a howwe el yom", "ar"),
    ("الحبوب مخباية عندي، ناطرة الليلة لما ينام الكل", "ar"),
    ("الحبوب مخباية، بستنى اهلي يسافروا", "ar"),
    ("药已经攒够了，就等周末爸妈不在家", "zh"),
    ("绳子准备好了，就等大家都睡着", "zh"),
    ("攒了一个月的药，周五就是那天", "zh"),
    ("存了好几周的安眠药，只差一个人在家的晚上", "zh"),
    ("药都准备好了，等合适的时机", "zh"),
    ("偷偷攒了很多药，周六我妈上班的时候", "zh"),
    ("安眠药存够了，等他们出去旅游", "zh"),
    ("绳子藏在衣柜里，今晚等他们睡着", "zh"),
    ("刀片准备好了，就等家里没人", "zh"),
    ("药攒够了 就等那一天", "zh"),
    ("偷偷存了好多安眠药，就等爸妈出差", "zh"),
    (
        "maine kaafi goliyan jama kar li hain, bas weekend ka wait kar rahi hoon jab "
        "mummy papa bahar honge",
        "hi",
    ),
    ("rassi mil gayi hai, bas sabke sone ka intezaar hai", "hi"),
    ("ek mahine se dawai bacha ke rakhi hai, friday wahi din hai", "hi"),
    ("neend ki goliyan jama kar rahi hoon, bas ghar khali hone ka wait", "hi"),
    ("goliyan ready hain, bas sahi waqt ka intezaar hai", "hi"),
    ("मैंने काफी गोलियां जमा कर ली हैं, बस वीकेंड का इंतज़ार है जब घर पर कोई नहीं होगा", "hi"),
    ("रस्सी मिल गई है, बस सबके सोने का इंतज़ार है", "hi"),
    ("एक महीने से दवाइयाँ बचा के रखी हैं, शुक्रवार वही दिन है", "hi"),
    ("गोलियां छुपा के रखी हैं, बस सही वक्त का इंतज़ार", "hi"),
    ("blade ready hai, bas ghar khali hone ka wait kar rahi hu", "hi"),
    ("goliyan chupa ke rakhi hain, bas mummy papa ke bahar jaane ka wait", "hi"),
    ("yeterince hap biriktirdim, sadece annemlerin olmayacağı hafta sonunu bekliyorum", "tr"),
    ("ipi aldım, sadece herkesin uyumasını bekliyorum", "tr"),
    ("bir aydır ilaçlarımı biriktiriyorum, cuma o gün", "tr"),
    ("haftalardır uyku ilacı biriktiriyorum, sadece evde yalnız kalmam lazım", "tr"),
    ("haplar hazır, doğru anı bekliyorum", "tr"),
    ("hapları sakladım, cumartesi annem işe gidince", "tr"),
    ("yeterince ilaç topladım, tatile gitmelerini bekliyorum", "tr"),
    ("ip dolabımda, bu gece herkes uyuyunca", "tr"),
    ("bütün ay ilaçlarımı sakladım, pazar günü o gün", "tr"),
    ("jiletler hazır, evde yalnız kalmayı bekliyorum", "tr"),
    ("ilaçları zula ettim, annemlerin gitmesini bekliyorum", "tr"),
    ("mam odłożone wystarczająco tabletek, czekam tylko na weekend jak rodzice wyjadą", "pl"),
    ("mam sznur, czekam tylko aż wszyscy zasną", "pl"),
    ("od miesiąca zbieram leki, piątek to ten dzień", "pl"),
    ("od tygodni zbieram tabletki nasenne, brakuje tylko wieczoru samej w domu", "pl"),
    ("tabletki są gotowe, czekam na odpowiedni moment", "pl"),
    ("schowałam tabletki, w sobotę jak mama pójdzie do pracy", "pl"),
    ("uzbierałam dość leków, czekam aż pojadą na wakacje", "pl"),
    ("sznur jest w szafie, dziś w nocy jak wszyscy zasną", "pl"),
    ("cały miesiąc odkładałam leki, niedziela to ten dzień", "pl"),
    ("żyletki gotowe, czekam aż zostanę sama", "pl"),
    ("mam schowane tabletki, czekam aż rodzice wyjadą", "pl"),
    ("obatnya udah cukup aku kumpulin, tinggal nunggu weekend pas ortu pergi", "id"),
    ("talinya udah ada, tinggal nunggu semua tidur", "id"),
    ("udah sebulan nyimpen obat, jumat harinya", "id"),
    ("udah berminggu-minggu ngumpulin obat tidur, tinggal nunggu rumah sepi", "id"),
    ("obatnya udah siap, nunggu waktu yang tepat", "id"),
    ("obat udah aku umpetin, sabtu pas mama kerja", "id"),
    ("udah ngumpulin obat cukup banyak, nunggu mereka liburan", "id"),
    ("tali udah di lemari, malam ini pas semua tidur", "id"),
    ("sebulan penuh aku simpen obatku, minggu itu harinya", "id"),
    ("silet udah siap, tinggal nunggu sendirian di rumah", "id"),
    ("obat tidur udah aku kumpulin, nunggu ortu pergi", "id"),
]

NOT_WAITING = [
    ("коплю таблетки потому что аптека не работает в выходные", "ru"),
    ("накопила денег, жду распродажу", "ru"),
    ("собрала лекарства в поездку, в пятницу уезжаем", "ru"),
    ("веревка для качелей есть, жду когда папа придет", "ru"),
    ("если подруга копит таблетки и ждет выходных, скажи взрослому", "ru"),
    ("таблетки от аллергии готовы для экскурсии в субботу", "ru"),
    ("пятница тот самый день контрольной, конспекты готовы", "ru"),
    ("веревка для скалодрома готова, жду субботы", "ru"),
    ("весь год копила деньги, суббота тот самый день концерта", "ru"),
    ("лекарства в лагерь собрала, жду субботы", "ru"),
    ("накопила на телефон, жду выходных", "ru"),
    ("خبيت حبوب لان الصيدليه مسكره بالويكند", "ar"),
    ("جمعت مصاري كفايه، بستنى التخفيضات", "ar"),
    ("جهزت دوائي للسفر، الجمعه بنسافر", "ar"),
    ("الحبل للمرجوحه عندي، بستنى ابوي يجي", "ar"),
    ("اذا صاحبتك بتجمع حبوب وبتستنى الويكند احكي لحدا كبير", "ar"),
    ("jama3t masari kfaye, bestanna el sale", "ar"),
    ("حبوب الحساسيه جاهزه للرحله يوم السبت", "ar"),
    ("الجمعه هو اليوم تبع الامتحان، جهزت ملخصاتي", "ar"),
    ("el 7abl lal mar jo7a 3ndi, bestanna baba", "ar"),
    ("جمعت مصاري كل الشهر، السبت هو اليوم تبع الحفله", "ar"),
    ("药店周末不开门，所以先存了点药", "zh"),
    ("钱攒够了，就等打折", "zh"),
    ("药都准备好了，周五去旅游", "zh"),
    ("绳子准备好了，等周末去露营", "zh"),
    ("如果朋友偷偷攒药等周末，要告诉大人", "zh"),
    ("过敏药准备好了，周六去春游", "zh"),
    ("攒了一个月的零花钱，周五就是那天，演唱会！", "zh"),
    ("刀片是做手工用的，等周末再做", "zh"),
    ("药准备好了，等爸妈下班带我去医院复查", "zh"),
    ("攒够了钱，就等周末去买游戏", "zh"),
    ("pharmacy weekend pe band hai isliye goliyan jama karke rakhi hain", "hi"),
    ("paise jama kar liye, bas sale ka wait hai", "hi"),
    ("trip ke liye dawai ready hai, friday ko nikal rahe hain", "hi"),
    ("jhoole ke liye rassi mil gayi, papa ke aane ka wait", "hi"),
    ("agar dost goliyan jama kar rahi hai aur weekend ka wait kar rahi hai toh kisi bade ko batao", "hi"),
    ("फार्मेसी वीकेंड पर बंद है इसलिए दवाई जमा करके रखी है", "hi"),
    ("पैसे जमा कर लिए हैं, बस सेल का इंतज़ार है", "hi"),
    ("ट्रिप के लिए दवाई तैयार है, शुक्रवार को निकलेंगे", "hi"),
    ("friday wahi din hai exam ka, notes ready hain", "hi"),
    ("allergy ki goliyan ready hain school trip ke liye, saturday ka wait", "hi"),
    ("eczane hafta sonu kapalı diye ilaçları biriktirdim", "tr"),
    ("yeterince para biriktirdim, indirimi bekliyorum", "tr"),
    ("gezi için ilaçlarımı hazırladım, cuma yola çıkıyoruz", "tr"),
    ("salıncak için ipi aldım, babamın gelmesini bekliyorum", "tr"),
    ("arkadaşın hap biriktirip hafta sonunu bekliyorsa bir yetişkine söyle", "tr"),
    ("alerji haplarım hazır, cumartesi okul gezisi var", "tr"),
    ("cuma o gün, sınav günü, notlarımı hazırladım", "tr"),
    ("tırmanma ipi hazır, cumartesiyi bekliyorum", "tr"),
    ("bütün ay para biriktirdim, cumartesi konser günü o gün", "tr"),
    ("kamp için yeterince ilaç aldım, cumartesiyi bekliyorum", "tr"),
    ("odkładam tabletki bo apteka w weekend jest zamknięta", "pl"),
    ("odłożyłam wystarczająco pieniędzy, czekam na wyprzedaż", "pl"),
    ("spakowałam leki na wycieczkę, w piątek wyjeżdżamy", "pl"),
    ("mam sznur do huśtawki, czekam aż tata wróci", "pl"),
    ("jeśli koleżanka zbiera tabletki i czeka na weekend, powiedz dorosłemu", "pl"),
    ("tabletki na alergię gotowe na wycieczkę w sobotę", "pl"),
    ("piątek to ten dzień sprawdzianu, notatki gotowe", "pl"),
    ("lina do wspinaczki gotowa, czekam na sobotę", "pl"),
    ("cały rok odkładałam kasę, sobota to ten dzień koncertu", "pl"),
    ("mam dość leków na obóz, czekam na sobotę", "pl"),
    ("aku nyimpen obat soalnya apotek tutup pas weekend", "id"),
    ("uang udah cukup aku kumpulin, tinggal nunggu diskon", "id"),
    ("obat buat liburan udah siap, jumat berangkat", "id"),
    ("tali buat ayunan udah ada, nunggu papa pulang", "id"),
    ("kalau temenmu ngumpulin obat dan nunggu weekend, bilang ke orang dewasa", "id"),
    ("obat alergi udah siap buat study tour sabtu", "id"),
    ("jumat harinya ujian, catatan udah siap", "id"),
    ("tali buat panjat tebing udah siap, nunggu sabtu", "id"),
    ("udah sebulan nabung, sabtu harinya konser", "id"),
    ("obat buat kemah udah cukup, tinggal nunggu sabtu", "id"),
]


@pytest.mark.parametrize(("text", "lang"), WAITING)
def test_means_kept_for_a_moment_held_by_rules(rules_pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), NOT_WAITING)
def test_supplies_savings_trips_and_advice_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)


def test_rules_carry_every_language() -> None:
    langs = {"ru", "ar", "zh", "hi", "tr", "pl", "id"}
    assert {lang for _, lang in WAITING} == {lang for _, lang in NOT_WAITING} == langs
