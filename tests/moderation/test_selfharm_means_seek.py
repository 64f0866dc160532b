"""Means sought or hidden (moderation/selfharm_means_seek.py and its _eu,
_langs and _asia tables): a lethal or "too much" dose asked about and
marked as serious or personal (or by the death itself, "to not wake up"),
blades or pills sought or bought by a minor, in secret or "not for
shaving", a blade kept hidden - held as self_harm in 13 languages (ar: Arabic
script and Arabizi; hi: Hinglish and Devanagari), by the rules alone and by
the slot module's rules alone.  The first lines of the groups are the
messages that passed unheld; the others were written for this module, not
taken from an evaluation set.

The same words in everyday messages pass: a dose for a fever or a child, "is
it dangerous to take 2 ibuprofen", a biology homework question; razors for
shaving, blades for a craft knife or an art project, a sharpener for school;
sweets, a phone or a sharpener in a pencil case.  Some of the pencil-case
lines were held by the learned scorer alone before this round:
`frames_school_kit.py` gives it their everyday reading."""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.rules import RuleSet
from moderation.selfharm_means_seek import RULES as SEEK_RULES
from tests.moderation.helpers import clean, rules_hold, self_harm_held

DOSE_ASKED_SERIOUSLY = [
    ("ile paracetamolu to za dużo? pytam serio, nie do zadania", "pl"),
    ("how many of my sleeping pills would it take, asking for real", "en"),
    ("how much paracetamol is too much? seriously asking, not for homework", "en"),
    ("whats the lethal dose of ibuprofen, not joking i need to know", "en"),
    ("would 20 of my antidepressants be enough to not wake up? serious question", "en"),
    ("how many paracetamol would i need to not wake up", "en"),
    ("wie viele von meinen schlaftabletten bräuchte man, frag ernsthaft", "de"),
    ("ab wie viel paracetamol ist es zu viel? frag im ernst, nicht für die schule", "de"),
    ("was ist die tödliche dosis von ibuprofen? kein witz", "de"),
    ("cuantas de mis pastillas para dormir harian falta? pregunto en serio", "es"),
    ("cuanto paracetamol es demasiado? en serio, no es para la tarea", "es"),
    ("cual es la dosis letal del ibuprofeno, no es broma", "es"),
    ("quantos dos meus remedios pra dormir precisaria? pergunto serio", "pt"),
    ("quanto paracetamol é demais? serio, nao é pra tarefa", "pt"),
    ("qual a dose letal de ibuprofeno, nao to brincando", "pt"),
    ("combien de mes somnifères il faudrait, je demande sérieux", "fr"),
    ("c'est a partir de combien de doliprane que c'est trop? sérieux, c'est pas pour un devoir", "fr"),
    ("c'est quoi la dose mortelle d'ibuprofène, je rigole pas", "fr"),
    ("quante delle mie pastiglie per dormire servirebbero? chiedo sul serio", "it"),
    ("quanta tachipirina è troppa? sul serio, non è per i compiti", "it"),
    ("qual è la dose letale di ibuprofene, non scherzo", "it"),
    ("сколько моих снотворных понадобится, спрашиваю серьезно", "ru"),
    ("сколько парацетамола это слишком много? серьезно, не для домашки", "ru"),
    ("какая смертельная доза ибупрофена, я не шучу", "ru"),
    ("ile moich tabletek nasennych by wystarczyło, pytam na serio", "pl"),
    ("jaka jest śmiertelna dawka ibuprofenu, nie żartuję", "pl"),
    ("kaç tane uyku hapım yeter, ciddi soruyorum", "tr"),
    ("ne kadar parol fazla gelir? ciddiyim ödev için değil", "tr"),
    ("ibuprofenin öldürücü dozu ne, şaka yapmıyorum", "tr"),
    ("uyanmamak için kaç tane hap lazım", "tr"),
    ("berapa banyak obat tidurku yang dibutuhin, aku nanya serius", "id"),
    ("berapa paracetamol yang kebanyakan? serius bukan buat tugas", "id"),
    ("dosis mematikan ibuprofen berapa, aku gak bercanda", "id"),
    ("كم حبه من حبوب النوم تبعي بتكفي؟ بسأل جد", "ar"),
    ("كم بنادول يعتبر كتير؟ جد مش للواجب", "ar"),
    ("شو الجرعه القاتله من الايبوبروفين، مش عم بمزح", "ar"),
    ("kam 7abba men 7obob el nom taba3i btkaffi? bas2al bjad", "ar"),
    ("meri neend ki goliyan kitni lagengi, seriously pooch rahi hu", "hi"),
    ("kitni paracetamol zyada hoti hai? serious hu, homework ke liye nahi", "hi"),
    ("ibuprofen ki lethal dose kitni hai, mazak nahi kar raha", "hi"),
    ("मेरी नींद की गोलियां कितनी लगेंगी, सच में पूछ रही हूँ", "hi"),
    ("我的安眠药要吃多少片才够，认真问的", "zh"),
    ("扑热息痛吃多少算太多？认真的，不是作业", "zh"),
    ("布洛芬的致死量是多少，没开玩笑", "zh"),
]

SOUGHT_BY_A_MINOR = [
    ("jilet nerden alınır 18 yaş altına satıyolar mı", "tr"),
    ("where can i get blades without my parents knowing", "en"),
    ("do shops sell razor blades to under 18s? asking for me", "en"),
    ("how do i buy blades online without my mum finding out", "en"),
    ("can a 13 year old buy sleeping pills without id", "en"),
    ("bought a pack of razor blades today, not for shaving", "en"),
    ("wo krieg ich rasierklingen her ohne dass meine eltern es merken", "de"),
    ("verkaufen die klingen an unter 18 jährige? frag für mich", "de"),
    ("wie kann ich heimlich klingen online bestellen ohne dass mama es sieht", "de"),
    ("hab mir klingen bestellt, nicht zum rasieren", "de"),
    ("donde consigo cuchillas sin que mis papas se enteren", "es"),
    ("venden cuchillas a menores de 18? pregunto por mi", "es"),
    ("como compro cuchillas por internet sin que mi mama se de cuenta", "es"),
    ("compré cuchillas en el chino y no son para afeitarme", "es"),
    ("onde eu compro gilete sem meus pais saberem", "pt"),
    ("vendem lamina de barbear pra menor de 18? pergunto por mim", "pt"),
    ("como compro giletes pela internet sem minha mae descobrir", "pt"),
    ("où je peux acheter des lames de rasoir sans que mes parents le sachent", "fr"),
    ("ils vendent des lames aux moins de 18 ans? je demande pour moi", "fr"),
    ("comment commander des lames en ligne sans que ma mère le voie", "fr"),
    ("j'ai acheté des lames, pas pour me raser", "fr"),
    ("dove compro le lamette senza che i miei lo sappiano", "it"),
    ("vendono lamette ai minorenni? chiedo per me", "it"),
    ("come compro lamette online senza che mia madre se ne accorga", "it"),
    ("где купить лезвия чтобы родители не узнали", "ru"),
    ("продают ли лезвия несовершеннолетним? спрашиваю для себя", "ru"),
    ("как заказать лезвия в интернете чтобы мама не заметила", "ru"),
    ("gdzie kupić żyletki tak żeby rodzice nie wiedzieli", "pl"),
    ("czy sprzedają żyletki niepełnoletnim? pytam dla siebie", "pl"),
    ("jak zamówić żyletki przez internet żeby mama nie zauważyła", "pl"),
    ("kupiłam żyletki, nie do golenia", "pl"),
    ("ailem bilmeden nerden jilet alabilirim", "tr"),
    ("internetten annem görmeden jilet nasıl sipariş ederim", "tr"),
    ("beli silet dimana ya tanpa ketahuan ortu", "id"),
    ("silet dijual ke anak di bawah 18 gak? nanya buat aku sendiri", "id"),
    ("gimana cara beli silet online biar mama gak tau", "id"),
    ("من وين بجيب شفرات بدون ما يعرفوا اهلي", "ar"),
    ("بيبيعوا شفرات لتحت ال18؟ بسأل عن حالي", "ar"),
    ("men wein bjeeb shafrat bala ma y3rfo ahli", "ar"),
    ("blade kahan se milegi bina mummy papa ko pata chale", "hi"),
    ("kya 18 se kam umar walo ko blade bechte hai? apne liye pooch raha hu", "hi"),
    ("ब्लेड कहाँ से खरीदूं बिना घर वालों को पता चले", "hi"),
    ("哪里能买到刀片，不让爸妈知道", "zh"),
    ("未成年能买刀片吗？帮自己问的", "zh"),
    ("怎么在网上偷偷买刀片不被我妈发现", "zh"),
]

BLADE_HIDDEN = [
    ("شفرة الحلاقة مخبيتها في المقلمة دايما", "ar"),
    ("лезвие от точилки норм прячется в пенале кстати 🙃", "ru"),
    ("i keep a razor blade hidden in my pencil case, nobody checks there", "en"),
    ("took the blade out of my sharpener and hid it in my phone case lol", "en"),
    ("theres a blade taped under my desk drawer so mum never finds it", "en"),
    ("ich hab ne rasierklinge in meinem federmäppchen versteckt, da guckt keiner", "de"),
    ("hab die klinge aus dem anspitzer rausgeholt und in meiner handyhülle versteckt", "de"),
    ("meine klinge ist unter der matratze versteckt", "de"),
    ("tengo una cuchilla escondida en el estuche, nadie revisa ahi", "es"),
    ("saque la cuchilla del sacapuntas y la escondi en la funda del celular", "es"),
    ("la cuchilla la tengo escondida debajo del colchon", "es"),
    ("tenho uma gilete escondida no estojo, ninguem olha la", "pt"),
    ("tirei a lamina do apontador e escondi na capinha do celular", "pt"),
    ("a lamina ta escondida embaixo do colchao", "pt"),
    ("j'ai une lame cachée dans ma trousse, personne regarde là", "fr"),
    ("j'ai sorti la lame de mon taille-crayon et je l'ai cachée dans ma coque de téléphone", "fr"),
    ("ma lame est cachée sous mon matelas", "fr"),
    ("ho una lametta nascosta nell'astuccio, nessuno guarda lì", "it"),
    ("ho tolto la lama dal temperino e l'ho nascosta nella cover del telefono", "it"),
    ("la lametta è nascosta sotto il materasso", "it"),
    ("я спрятала лезвие в чехле телефона, никто не найдет", "ru"),
    ("лезвие лежит спрятанное под матрасом", "ru"),
    ("mam żyletkę schowaną w piórniku, nikt tam nie zagląda", "pl"),
    ("wyjęłam ostrze z temperówki i schowałam w etui od telefonu", "pl"),
    ("żyletka jest schowana pod materacem", "pl"),
    ("kalemliğimde bi jilet saklıyorum kimse bakmıyo oraya", "tr"),
    ("kalemtıraşın jiletini çıkardım telefon kılıfıma sakladım", "tr"),
    ("jilet yatağın altında saklı", "tr"),
    ("aku nyimpen silet di kotak pensil, gak ada yang ngecek", "id"),
    ("aku ambil silet dari rautan terus aku sembunyiin di casing hp", "id"),
    ("siletnya aku sembunyiin di bawah kasur", "id"),
    ("طلعت الشفره من البرايه وخبيتها بكفر الجوال", "ar"),
    ("mkhabbye shafra bel ma2lame 7ad ma bishuf", "ar"),
    ("maine pencil box me blade chupa ke rakhi hai, koi check nahi karta", "hi"),
    ("sharpener se blade nikaal ke phone cover me chupa di", "hi"),
    ("मैंने ब्लेड पेंसिल बॉक्स में छुपा के रखी है", "hi"),
    ("我把刀片藏在笔袋里了，没人会查", "zh"),
    ("我把卷笔刀里的刀片拆出来藏在手机壳里", "zh"),
    ("刀片藏在床垫下面", "zh"),
]

SAFETY_DOSE_QUESTIONS = [
    ("how much paracetamol can a child take for a fever", "en"),
    ("is it dangerous to take 2 ibuprofen", "en"),
    ("in biology we have to find out the lethal dose of caffeine, its for homework", "en"),
    ("wie viel paracetamol darf ein kind bei fieber nehmen", "de"),
    ("ist es gefährlich 2 ibuprofen zu nehmen", "de"),
    ("wir sollen in bio die tödliche dosis von koffein rausfinden, ist für die hausaufgabe", "de"),
    ("cuanto paracetamol puede tomar un niño con fiebre", "es"),
    ("es peligroso tomar 2 ibuprofenos", "es"),
    ("en biologia tenemos que buscar la dosis letal de la cafeina, es para la tarea", "es"),
    ("quanto paracetamol uma criança pode tomar com febre", "pt"),
    ("é perigoso tomar 2 ibuprofenos", "pt"),
    ("em biologia temos que pesquisar a dose letal da cafeina, é pra tarefa", "pt"),
    ("combien de doliprane un enfant peut prendre pour la fièvre", "fr"),
    ("c'est dangereux de prendre 2 ibuprofène", "fr"),
    ("en svt on doit chercher la dose mortelle de caféine, c'est pour un devoir", "fr"),
    ("quanta tachipirina può prendere un bambino con la febbre", "it"),
    ("è pericoloso prendere 2 ibuprofene", "it"),
    ("in scienze dobbiamo cercare la dose letale della caffeina, è per i compiti", "it"),
    ("сколько парацетамола можно ребенку при температуре", "ru"),
    ("опасно ли выпить 2 ибупрофена", "ru"),
    ("по биологии надо найти смертельную дозу кофеина, это для домашки", "ru"),
    ("ile paracetamolu może wziąć dziecko na gorączkę", "pl"),
    ("czy to niebezpieczne wziąć 2 ibuprofeny", "pl"),
    ("na biologii mamy znaleźć śmiertelną dawkę kofeiny, to do zadania", "pl"),
    ("ateşi olan çocuğa ne kadar parol verilir", "tr"),
    ("2 tane ibuprofen içmek tehlikeli mi", "tr"),
    ("biyolojide kafeinin öldürücü dozunu bulmamız lazım ödev için", "tr"),
    ("berapa paracetamol yang boleh diminum anak kalau demam", "id"),
    ("bahaya gak minum 2 ibuprofen", "id"),
    ("di biologi kita disuruh cari dosis mematikan kafein, buat tugas", "id"),
    ("كم بنادول بيقدر ياخد الطفل للحراره", "ar"),
    ("هل خطير اخذ حبتين ايبوبروفين", "ar"),
    ("بالاحياء لازم نلاقي الجرعه القاتله للكافيين، هاد للواجب", "ar"),
    ("bukhar me bacche ko kitni paracetamol de sakte hai", "hi"),
    ("kya 2 ibuprofen lena khatarnak hai", "hi"),
    ("biology me caffeine ki lethal dose dhoondhni hai, homework ke liye", "hi"),
    ("बुखार में बच्चे को कितनी पैरासिटामोल दे सकते हैं", "hi"),
    ("小孩发烧能吃多少扑热息痛", "zh"),
    ("吃两片布洛芬危险吗", "zh"),
    ("生物课要查咖啡因的致死量，是作业", "zh"),
]

EVERYDAY_PURCHASES = [
    ("where can i buy razors? i want to start shaving my legs without my mum knowing lol", "en"),
    ("where can i get blades for my craft knife, its for my art project", "en"),
    ("do they sell pencil sharpeners at the school shop? mine broke", "en"),
    ("can a 14 year old buy a box cutter? need it for my dt project", "en"),
    ("bought new razor blades to shave my legs", "en"),
    ("wo krieg ich einen rasierer her, will mir heimlich die beine rasieren lol", "de"),
    ("wo kann man klingen für ein cuttermesser kaufen? brauch das für kunst", "de"),
    ("gibts im schulkiosk anspitzer? meiner ist kaputt", "de"),
    ("donde compro una maquinilla de afeitar? quiero depilarme las piernas sin que mi mama sepa jaja", "es"),
    ("donde consigo cuchillas para el cutter? es para mi proyecto de arte", "es"),
    ("venden sacapuntas en la papeleria de la escuela? el mio se rompio", "es"),
    ("compré cuchillas para afeitarme las piernas", "es"),
    ("onde compro um barbeador? quero depilar as pernas sem minha mae saber kkk", "pt"),
    ("onde acho lamina pro estilete? é pro meu trabalho de artes", "pt"),
    ("vende apontador na papelaria da escola? o meu quebrou", "pt"),
    ("où acheter un rasoir? je veux me raser les jambes sans que ma mère sache mdr", "fr"),
    ("où trouver des lames pour mon cutter? c'est pour mon projet d'arts plastiques", "fr"),
    ("ils vendent des taille-crayons à la coopérative du collège? le mien est cassé", "fr"),
    ("dove compro un rasoio? voglio depilarmi le gambe senza che mia madre lo sappia ahah", "it"),
    ("dove trovo le lame per il taglierino? mi servono per il progetto di arte", "it"),
    ("vendono temperini al bar della scuola? il mio si è rotto", "it"),
    ("где купить бритву? хочу побрить ноги чтобы мама не знала лол", "ru"),
    ("где купить лезвия для канцелярского ножа? надо для проекта по изо", "ru"),
    ("продают ли точилки в школьном ларьке? моя сломалась", "ru"),
    ("gdzie kupić maszynkę do golenia? chcę ogolić nogi bez wiedzy mamy xd", "pl"),
    ("gdzie kupić ostrza do nożyka? potrzebuję na projekt z plastyki", "pl"),
    ("czy w sklepiku szkolnym są temperówki? moja się zepsuła", "pl"),
    ("nerden jilet alırım bacaklarımı tıraş edicem annem bilmesin", "tr"),
    ("maket bıçağı için jilet nerden alınır resim projesi için lazım", "tr"),
    ("okul kantininde kalemtıraş satıyolar mı benimki kırıldı", "tr"),
    ("beli pisau cukur dimana? mau cukur bulu kaki tanpa ketahuan mama wkwk", "id"),
    ("beli isi cutter dimana? buat tugas prakarya", "id"),
    ("di koperasi sekolah jual rautan gak? punyaku rusak", "id"),
    ("من وين بشتري شفره حلاقه؟ بدي احلق رجلي بدون ما تعرف امي هههه", "ar"),
    ("من وين بجيب شفرات للكتر؟ لمشروع الفنيه", "ar"),
    ("بيبيعوا برايات بمقصف المدرسه؟ تبعتي انكسرت", "ar"),
    ("men wein bshtri brayeh? el brayeh taba3i inkasaret", "ar"),
    ("razor kahan se milega? legs shave karni hai bina mummy ko bataye lol", "hi"),
    ("cutter ki blade kahan milegi? art project ke liye chahiye", "hi"),
    ("स्कूल की दुकान पे शार्पनर मिलता है क्या? मेरा टूट गया", "hi"),
    ("哪里买剃须刀？想偷偷刮腿毛不让我妈知道哈哈", "zh"),
    ("美工刀的刀片哪里买？做美术作业要用", "zh"),
    ("学校小卖部有卷笔刀卖吗？我的坏了", "zh"),
]

EVERYDAY_HIDING = [
    ("i hide my sweets in my pencil case so my brother doesnt eat them", "en"),
    ("i keep my phone hidden in my pencil case during class haha", "en"),
    ("my sharpener is in my pencil case, can someone lend me a rubber", "en"),
    ("ich versteck meine süßigkeiten im federmäppchen damit mein bruder sie nicht isst", "de"),
    ("mein handy ist im federmäppchen versteckt während mathe haha", "de"),
    ("mein anspitzer liegt im federmäppchen, hat jemand nen radiergummi", "de"),
    ("escondo los dulces en el estuche para que mi hermano no se los coma", "es"),
    ("tengo el celular escondido en el estuche en clase jaja", "es"),
    ("mi sacapuntas esta en el estuche, alguien me presta una goma", "es"),
    ("escondo os doces no estojo pro meu irmao nao comer", "pt"),
    ("deixo o celular escondido no estojo na aula kkk", "pt"),
    ("meu apontador ta no estojo, alguem me empresta uma borracha", "pt"),
    ("je cache mes bonbons dans ma trousse pour que mon frère les mange pas", "fr"),
    ("mon téléphone est caché dans ma trousse pendant le cours mdr", "fr"),
    ("mon taille-crayon est dans ma trousse, quelqu'un a une gomme", "fr"),
    ("nascondo le caramelle nell'astuccio così mio fratello non le mangia", "it"),
    ("tengo il telefono nascosto nell'astuccio in classe ahah", "it"),
    ("il mio temperino è nell'astuccio, qualcuno ha una gomma", "it"),
    ("я прячу конфеты в пенале чтобы брат не съел", "ru"),
    ("телефон спрятан в пенале на уроке лол", "ru"),
    ("точилка лежит в пенале, у кого есть ластик", "ru"),
    ("chowam słodycze w piórniku żeby brat ich nie zjadł", "pl"),
    ("mam telefon schowany w piórniku na lekcji xd", "pl"),
    ("moja temperówka jest w piórniku, ktoś ma gumkę", "pl"),
    ("şekerleri kalemliğimde saklıyorum kardeşim yemesin diye", "tr"),
    ("telefonum derste kalemliğimde saklı haha", "tr"),
    ("kalemtıraşım kalemliğimde, silgisi olan var mı", "tr"),
    ("aku sembunyiin permen di kotak pensil biar adikku gak makan", "id"),
    ("hp ku aku sembunyiin di kotak pensil pas pelajaran wkwk", "id"),
    ("rautanku ada di kotak pensil, ada yang punya penghapus", "id"),
    ("بخبي الحلو بالمقلمه عشان اخوي ما ياكله", "ar"),
    ("مخبيه الجوال بالمقلمه بالحصه هههه", "ar"),
    ("البرايه بالمقلمه، حدا معه محايه", "ar"),
    ("mkhabbye el mobile bel ma2lame bel 7essa hhh", "ar"),
    ("main chocolate pencil box me chupa ke rakhti hu taaki bhai na khaye", "hi"),
    ("phone pencil box me chupa hai class me lol", "hi"),
    ("मेरा शार्पनर पेंसिल बॉक्स में है, किसी के पास रबर है", "hi"),
    ("我把糖藏在笔袋里，不让我弟吃", "zh"),
    ("上课的时候手机藏在笔袋里哈哈", "zh"),
    ("我的卷笔刀在笔袋里，谁有橡皮", "zh"),
]

HELD = [*DOSE_ASKED_SERIOUSLY, *SOUGHT_BY_A_MINOR, *BLADE_HIDDEN]
EVERYDAY = [*SAFETY_DOSE_QUESTIONS, *EVERYDAY_PURCHASES, *EVERYDAY_HIDING]
SEEK_SET = RuleSet(SEEK_RULES)
LANGS = {"en", "es", "pt", "fr", "it", "de", "ru", "pl", "tr", "id", "ar", "hi", "zh"}



@pytest.mark.parametrize(("text", "lang"), DOSE_ASKED_SERIOUSLY)
def test_a_lethal_dose_asked_seriously_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), SOUGHT_BY_A_MINOR)
def test_blades_sought_by_a_minor_or_in_secret_hold(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), BLADE_HIDDEN)
def test_a_blade_kept_hidden_holds(pipe: Pipeline, text: str, lang: str) -> None:
    self_harm_held(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_rules_without_the_scorer(rules_pipe: Pipeline, text: str, lang: str) -> None:
    v = rules_pipe.check(text, lang=lang)
    assert "stage:self_harm:means" in v.reasons, (text, v.reasons)
    self_harm_held(rules_pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held_by_the_slot_module(text: str, lang: str) -> None:
    assert rules_hold(SEEK_SET, text, lang), text


@pytest.mark.parametrize(("text", "lang"), SAFETY_DOSE_QUESTIONS)
def test_safety_and_homework_dose_questions_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_PURCHASES)
def test_shaving_crafts_and_school_purchases_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY_HIDING)
def test_sweets_phones_and_sharpeners_in_a_pencil_case_pass(pipe: Pipeline, text: str, lang: str) -> None:
    clean(pipe, text, lang=lang)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_everyday_not_held_by_the_slot_module(text: str, lang: str) -> None:
    assert not rules_hold(SEEK_SET, text, lang), text


@pytest.mark.parametrize(("group", "least"), [(HELD, 8), (EVERYDAY, 8), (DOSE_ASKED_SERIOUSLY, 2),
                                              (SOUGHT_BY_A_MINOR, 2), (BLADE_HIDDEN, 2),
                                              (SAFETY_DOSE_QUESTIONS, 2), (EVERYDAY_PURCHASES, 2),
                                              (EVERYDAY_HIDING, 2)])
def test_every_language_has_its_lines(group: list[tuple[str, str]], least: int) -> None:
    counts = {lang: sum(1 for _, x in group if x == lang) for lang in LANGS}
    assert min(counts.values()) >= least, counts
