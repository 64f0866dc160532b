"""Personal information the redactor showed (session 20), one class per test, in the
13 languages: phone numbers read with digits and number words mixed and numbers read
in spelled-out groups (pii_spelled_mixed.py, pii_spelled_vocab.py, the Chinese comma
groups of pii_spelled_scripts.py), emails read aloud with local "at" / "dot" words
(pii_emails_spoken.py), handles given as "I am X" after a platform named earlier in
the sentence (pii_handles_intro.py), and Arabizi words after a platform name that
are no handle (pii_handles_more.py).  Numbers that are no personal information -
years, scores, prices, times, counting, page numbers, helplines - and the same words
in everyday sentences are shown as written."""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import clean


def _redacted(pipe: Pipeline, text: str, lang: str, secret: str, placeholder: str) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action is Action.REDACT and "pii" in v.categories, (text, v.action, v.reasons)
    assert secret not in v.text and placeholder in v.text, (text, v.text)


MIXED_DIGITS = [
    ("en", "ring me on 07 nine 44 one 2 three 8 8 five 0", "44 one"),
    ("en", "my cell is 0 seven 7 double 1 four 5 6 two 9 3", "double 1"),
    ("en", "text me 0 6 four 2 seven 1 1 nine 8 3", "seven 1"),
    ("es", "mi número es 6 tres 4 cero 2 ocho 8 1 siete", "cero 2"),
    ("es", "mi cel: 7 uno 3 cinco 5 9 dos 0 seis", "cinco 5"),
    ("es", "llámame 6 nueve 1 4 cuatro 3 ocho 2 0", "cuatro 3"),
    ("fr", "mon portable c'est 06 quatre 1 2 sept 9 huit 3 5", "sept 9"),
    ("fr", "appelle moi 0 sept 6 5 deux 1 9 neuf 4 0", "deux 1"),
    ("fr", "mon num 07 trois 8 8 un 4 cinq 2 6", "un 4"),
    ("pt", "meu número é 9 dois 1 oito 7 3 quatro 6 5", "oito 7"),
    ("pt", "me liga 11 nove 7 cinco 4 3 dois 1 8 6", "cinco 4"),
    ("pt", "o meu telemóvel 9 seis 3 1 sete 0 2 oito 4", "sete 0"),
    ("it", "il mio cell è 3 quattro 7 - 2 9 uno - 6 otto 5 0", "uno - 6"),
    ("it", "chiamami al 3 3 nove 1 sei 8 - 2 zero 4 7", "sei 8"),
    ("it", "numero: 3 otto 0 5 due 6 tre 1 9 4", "due 6"),
    ("de", "meine nummer ist 0 1 sieben 6 - vier 2 neun 8 - 3 null", "vier 2"),
    ("de", "ruf mich an: 0 eins 5 2 acht 7 - 6 drei 9 1", "acht 7"),
    ("de", "handy 01 sechs 3 zwei 8 5 vier 7 0", "zwei 8"),
    ("pl", "mój numer to 6 zero 2 siedem 4 1 osiem 5 3", "siedem 4"),
    ("pl", "zadzwoń do mnie 5 1 trzy 8 dwa 6 9 cztery 0", "dwa 6"),
    ("pl", "nr tel 7 dziewięć 3 2 jeden 5 6 osiem 4", "jeden 5"),
    ("id", "nomor hp aku 0 8 5 tujuh 2 1 empat 9 8 3", "tujuh 2"),
    ("id", "wa aku 08 satu 3 sembilan 6 2 lima 4 7", "sembilan 6"),
    ("id", "hubungi 0 delapan 1 2 enam 5 3 tiga 9 0", "enam 5"),
    ("ar", "رقمي ٠ ١ ٠ خمسة ٨ ٢ سبعة ٣ ٦ ٤ تسعة", "خمسة"),
    ("ar", "nemrti 0 1 2 sab3a 6 4 tleta 9 8 5 tamanya", "sab3a"),
    ("ar", "ra2mi 05 5amsa 3 2 arba3a 9 1 7 tes3a", "arba3a"),
    ("zh", "我的手机是1三9 2 0 四7八5 6 1", "四7八"),
    ("zh", "电话 15八 3 二4 五 6 7 9 0", "二4"),
    ("zh", "打给我 1八6 0 七 2 3 4 九 1 5", "七 2"),
    ("ru", "мой номер 8 девять 2 5 - три 1 4 - семь 0 - 6 два", "три 1"),
    ("ru", "звони 8 9 один 0 пять 6 - 4 2 восемь 3", "пять 6"),
    ("ru", "телефон: 8 девять 1 7 шесть 3 2 ноль 5 4", "шесть 3"),
    ("hi", "mera number hai 9 aath 1 2 paanch 6 4 saat 0 3", "paanch 6"),
    ("hi", "मेरा नंबर 9 आठ 1 2 पांच 6 4 सात 0 3", "पांच 6"),
    ("hi", "call karo 7 nau 3 2 chaar 8 1 do 6 5", "chaar 8"),
    ("tr", "numaram 0 beş 4 1 iki 7 3 sekiz 6 9 0", "iki 7"),
    ("tr", "beni ara 05 yedi 3 dört 2 1 8 altı 9", "dört 2"),
    ("tr", "telefonum 0 5 üç 2 6 dokuz 1 4 sekiz 7", "dokuz 1"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), MIXED_DIGITS)
def test_phone_read_in_digits_and_words_mixed_is_redacted(
    pipe: Pipeline, lang: str, text: str, secret: str
) -> None:
    _redacted(pipe, text, lang, secret, "[phone removed]")


SPELLED_GROUPS = [
    ("en", "write it down: seven four eight, fifteen, twenty six, ninety one", "twenty six"),
    ("en", "my number is three one two, sixty four, eighty, fifty five, two", "sixty four"),
    ("en", "nine one seven sixty three forty two eighteen five", "forty two"),
    ("es", "anótalo: seis ocho dos, quince, cuarenta y siete, noventa", "cuarenta y siete"),
    ("es", "mi móvil: seis uno nueve, veintidós, treinta y ocho, setenta y uno", "veintidós"),
    ("es", "seis cinco tres once setenta y cuatro dieciocho dos", "setenta y cuatro"),
    ("fr", "note bien : six quarante-deux, dix-huit, soixante-quinze, trente", "dix-huit"),
    ("fr", "mon numéro sept, vingt-trois, quatre-vingt-onze, cinquante-quatre, douze",
     "cinquante-quatre"),
    ("fr", "sept trois quatre-vingt-onze dix-neuf vingt-deux six huit", "dix-neuf"),
    ("pt", "anota: nove oito sete, quarenta e dois, dezesseis, trinta e cinco", "dezesseis"),
    ("pt", "meu celular é nove sete um, sessenta e três, vinte e oito, doze", "vinte e oito"),
    ("pt", "nove seis dois quarenta e um dezoito setenta e sete cinco", "dezoito"),
    ("it", "segnatelo: tre tre otto, dodici, quarantasei, novantuno", "quarantasei"),
    ("it", "il mio numero tre quattro sette, venti, trentuno, ottantotto", "trentuno"),
    ("it", "tre due nove diciassette cinquanta tre quattro otto sei", "diciassette"),
    ("de", "schreib dir auf: null eins sechs drei, vierzehn, achtundfünfzig, zwanzig",
     "achtundfünfzig"),
    ("de", "meine nummer null eins fünf zwei, dreiundsiebzig, elf, neunzig, sechs", "elf"),
    ("de", "null eins sieben neun dreizehn vierundzwanzig achtzig", "dreizehn"),
    ("pl", "zapisz: pięćset dwanaście, trzysta czterdzieści, osiemdziesiąt siedem", "trzysta"),
    ("pl", "mój numer sześćset, dwieście trzynaście, czterdzieści pięć, siedem", "dwieście"),
    ("pl", "siedemset dwadzieścia jeden sto trzy osiemdziesiąt dziewięć, cztery, pięć", "sto trzy"),
    ("id", "catat: nol delapan lima dua, tiga empat, tujuh satu, sembilan enam", "tujuh satu"),
    ("id", "nomor aku nol delapan satu tiga, dua belas, empat puluh lima, enam", "dua belas"),
    ("id", "simpan ya nol delapan tujuh tujuh, lima puluh, dua satu, delapan", "lima puluh"),
    ("ar", "نمرتي صفر خمسة، سبعة وعشرون، ثلاثة وستون، ثمانية عشر، تسعة", "ثلاثة وستون"),
    ("ar", "سجل: صفر ستة، أربعة وأربعون، خمسة عشر، ستة وثمانون، واحد", "خمسة عشر"),
    ("ar", "raqmi sefr 5amsa sab3a, etnashar, arba3a w talateen, tis3een", "etnashar"),
    ("zh", "我的手机号一五八，三二六七，四九零一", "三二六七"),
    ("zh", "记一下：一八六、五五三二、七零九八", "五五三二"),
    ("zh", "一三九，二四六八，零七五三，加我", "二四六八"),
    ("ru", "запиши: восемь девятьсот пять, триста двенадцать, сорок, шестьдесят один", "триста"),
    ("ru", "мой номер восемь, девятьсот тридцать, сто пять, семьдесят два, ноль", "сто пять"),
    ("ru", "восемь девятьсот семьдесят семь двести сорок один тридцать три", "двести"),
    ("hi", "mera number nau aath, chauntees, chhappan, athattar, ek", "chhappan"),
    ("hi", "मेरा नंबर नौ सात, बयालीस, अट्ठासी, पंद्रह, दो", "अट्ठासी"),
    ("hi", "likh lo: aath saat, pachpan, ikkees, nabbe, teen", "ikkees"),
    ("tr", "numaram sıfır beş yüz kırk iki, üç yüz on bir, altmış, yirmi yedi", "üç yüz"),
    ("tr", "not et: sıfır beş yüz elli, iki yüz yirmi, otuz üç, on dört", "otuz üç"),
    ("tr", "sıfır beş yüz otuz iki yüz on sekiz kırk bir doksan dokuz", "kırk bir"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), SPELLED_GROUPS)
def test_phone_read_in_spelled_groups_is_redacted(
    pipe: Pipeline, lang: str, text: str, secret: str
) -> None:
    _redacted(pipe, text, lang, secret, "[phone removed]")


NUMBERS_THAT_ARE_NO_PHONE = [
    ("en", "the score was twelve to thirty-four at half time"),
    ("en", "count with me 1 2 three four 5 6 seven 8 nine 10"),
    ("en", "buses at seven fifteen, eight thirty, nine forty five, ten fifty"),
    ("en", "my marks: eighty, ninety, seventy five, sixty, eighty five"),
    ("en", "the draw was 7, twelve, 23, thirty four, 41 and 45"),
    ("en", "nineteen ninety nine, twenty twelve and twenty twenty were the years"),
    ("es", "uno dos tres cuatro cinco seis siete ocho nueve diez, ¡ya voy!"),
    ("es", "ganamos cuatro a dos y luego tres a uno"),
    ("es", "nací en dos mil once, tengo trece años"),
    ("fr", "un deux trois quatre cinq six sept huit neuf dix, prêts ?"),
    ("fr", "le film commence à vingt heures quarante-cinq"),
    ("pt", "o jogo acabou três a três, depois dois a um"),
    ("pt", "tirei nove, oito e dez nas provas"),
    ("it", "uno due tre quattro cinque sei sette otto nove dieci, via!"),
    ("it", "abbiamo vinto cinque a zero, poi tre a uno e due a due"),
    ("de", "eins zwei drei vier fünf sechs sieben acht neun zehn, ich komme"),
    ("de", "wir haben vier zu zwei gewonnen, dann drei zu eins"),
    ("pl", "wygraliśmy trzy do zera, potem dwa do jednego"),
    ("pl", "mam dwanaście lat, brat ma siedemnaście"),
    ("id", "tim kami menang dua satu, terus tiga kosong"),
    ("id", "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"),
    ("ar", "واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"),
    ("ar", "عمري ثلاثة عشر وأخوي عمره خمسة عشر"),
    ("ar", "الامتحان الساعة ثمانية ونص، من صفحة ٤٠ لـ ٦٢"),
    ("zh", "一二三四五六七八九十，我们一起数"),
    ("zh", "第一、二、三、四、五、六、七题都做完了"),
    ("ru", "раз два три четыре пять шесть семь восемь девять десять"),
    ("ru", "мы выиграли пять три, потом два ноль"),
    ("hi", "ek do teen char paanch chhe saat aath nau das"),
    ("hi", "humne 45 runs se jeeta, 3 wicket bache the"),
    ("tr", "bir iki üç dört beş altı yedi sekiz dokuz on"),
    ("tr", "maçı iki sıfır kazandık, sonra üç bir"),
]


@pytest.mark.parametrize(("lang", "text"), NUMBERS_THAT_ARE_NO_PHONE)
def test_numbers_that_are_no_phone_are_shown(pipe: Pipeline, lang: str, text: str) -> None:
    clean(pipe, text, lang=lang)


SPOKEN_EMAILS = [
    ("en", "my email is sam_02 at the rate yahoo dot com", "sam_02"),
    ("en", "email me: priya.k at d rate gmail dot com", "priya.k"),
    ("en", "mail: lily2011 at 163 点 com", "lily2011"),
    ("de", "meine mail: jonas punkt weber ät web punkt de", "weber"),
    ("de", "schreib an mia_08 ät gmx punkt net", "mia_08"),
    ("de", "mail mir: tim2010 ät t-online punkt de", "tim2010"),
    ("tr", "e-postam zeynep.kaya et hotmail nokta com", "zeynep.kaya"),
    ("tr", "mailim emre_2009 et gmail nokta com", "emre_2009"),
    ("tr", "mail adresim efe10 et outlook nokta com", "efe10"),
    ("id", "email aku rina.s et gmail titik com", "rina.s"),
    ("id", "emailku budi_08 et yahoo titik co titik id", "budi_08"),
    ("id", "kirim ke tasya2011 et gmail titik com ya", "tasya2011"),
    ("ru", "моя почта masha.ivanova собака мейл точка ру", "masha.ivanova"),
    ("ru", "пиши на dima2010 собачка гмейл точка ком", "dima2010"),
    ("ru", "почта: kolya_09 эт яндекс точка ру", "kolya_09"),
    ("ar", "ايميلي omar_99 ات جيميل دوت كوم", "omar_99"),
    ("ar", "بريدي lina.h آت ياهو نقطة كوم", "lina.h"),
    ("ar", "ابعتلي على ahmed2010 آت هوتميل دوت كوم", "ahmed2010"),
    ("hi", "meri email anjali.s at the rate gmail dot com hai", "anjali.s"),
    ("hi", "मेरी ईमेल rohit_12 एट जीमेल डॉट कॉम है", "rohit_12"),
    ("hi", "ईमेल करो aman2009 एट द रेट याहू डॉट कॉम पर", "aman2009"),
    ("zh", "我的邮箱 wangfang08 at qq 点 com", "wangfang08"),
    ("zh", "发到 zhao_li 小老鼠 163 点 com", "zhao_li"),
    ("zh", "邮箱是 chen2011 at 126 點 com", "chen2011"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), SPOKEN_EMAILS)
def test_email_read_with_local_words_is_redacted(
    pipe: Pipeline, lang: str, text: str, secret: str
) -> None:
    _redacted(pipe, text, lang, secret, "[email removed]")


EMAIL_WORDS_IN_SENTENCES = [
    ("fr", "tom et jerry point com c'était un vieux site"),
    ("fr", "je suis allé au parc et gmail point com ça existe ?"),
    ("tr", "gmail nokta com yazmak zor"),
    ("tr", "ali et yedi, ben tavuk yedim"),
    ("id", "pakai titik koma di akhir kalimat"),
    ("ru", "моя собака любит гулять, точка"),
    ("ru", "собака яндекса это просто мем"),
    ("ar", "الشتاء آت لا محالة"),
    ("ar", "ضع نقطة في آخر الجملة"),
    ("hi", "डॉट लगाना मत भूलना"),
    ("de", "ich hab das at schon gesehen, punkt"),
    ("zh", "三点见，别迟到"),
]


@pytest.mark.parametrize(("lang", "text"), EMAIL_WORDS_IN_SENTENCES)
def test_at_and_dot_words_in_sentences_are_shown(pipe: Pipeline, lang: str, text: str) -> None:
    clean(pipe, text, lang=lang)


INTRO_HANDLES = [
    ("en", "add me on snapchat, there i'm mia.rose_11", "mia.rose_11"),
    ("en", "on twitch i go by pixel_fox22", "pixel_fox22"),
    ("en", "find me on tiktok, my name there is dance.queen09", "dance.queen09"),
    ("es", "estoy en discord, allí soy nico_gamer07", "nico_gamer07"),
    ("es", "en tiktok me encuentras como sofi.baila_10", "sofi.baila_10"),
    ("es", "por insta soy laura.mtz_09", "laura.mtz_09"),
    ("fr", "sur insta, là-bas je suis chloe.dsn_08", "chloe.dsn_08"),
    ("fr", "passe sur discord, je m'appelle hugo_lfr09", "hugo_lfr09"),
    ("fr", "sur tiktok c'est moi : ines.danse12", "ines.danse12"),
    ("pt", "tô no tiktok, lá eu sou duda.dancinha_08", "duda.dancinha_08"),
    ("pt", "no discord me procura como pedro_gamer10", "pedro_gamer10"),
    ("pt", "no snap sou ana.clara_09", "ana.clara_09"),
    ("it", "vieni su discord, lì sono marco_gaming09", "marco_gaming09"),
    ("it", "su insta mi trovi come giulia.b_07", "giulia.b_07"),
    ("it", "su twitch sono ale_live2010", "ale_live2010"),
    ("de", "komm auf discord, dort bin ich finn_zockt08", "finn_zockt08"),
    ("de", "auf tiktok findest du mich als lea.tanzt_09", "lea.tanzt_09"),
    ("de", "auf insta ich bin emma_k.2010", "emma_k.2010"),
    ("pl", "na tiktoku jestem zuzia.tanczy_10", "zuzia.tanczy_10"),
    ("pl", "na snapie: kuba_mlody08", "kuba_mlody08"),
    ("pl", "wbij na discorda, tam jestem bartek_gra09", "bartek_gra09"),
    ("id", "di ig namaku salsa.putri_09", "salsa.putri_09"),
    ("id", "main roblox yuk, di sana aku rafi_gamer10", "rafi_gamer10"),
    ("id", "di tiktok cari aku dinda.dance07", "dinda.dance07"),
    ("ar", "على انستا انا noor.ahmed_09", "noor.ahmed_09"),
    ("ar", "fi snap ana yousef_10x", "yousef_10x"),
    ("ar", "على تيك توك اسمي layla.dance_08", "layla.dance_08"),
    ("zh", "快手搜 豆豆_2010 就是我", "豆豆_2010"),
    ("zh", "抖音搜 momo_xiaoyu 就是我", "momo_xiaoyu"),
    ("zh", "小红书搜索 甜甜酱 就是我", "甜甜酱"),
    ("ru", "в тиктоке я masha.dance_09", "masha.dance_09"),
    ("ru", "заходи в дискорд, там я tema_pro2010", "tema_pro2010"),
    ("ru", "в инсте меня зовут liza.k_08", "liza.k_08"),
    ("hi", "insta par main priya_dance09 hoon", "priya_dance09"),
    ("hi", "youtube pe main gamer.aryan_10 hu", "gamer.aryan_10"),
    ("hi", "इंस्टा पर मैं neha.art_09 हूँ", "neha.art_09"),
    ("tr", "instagram'da ben zeynep.art_09", "zeynep.art_09"),
    ("tr", "discord'da ben emir_oyuncu10", "emir_oyuncu10"),
    ("tr", "youtube'da benim adım can.oyun_08", "can.oyun_08"),
]


@pytest.mark.parametrize(("lang", "text", "secret"), INTRO_HANDLES)
def test_handle_introduced_after_a_platform_is_redacted(
    pipe: Pipeline, lang: str, text: str, secret: str
) -> None:
    v = pipe.check(text, lang=lang)
    assert v.action in (Action.REDACT, Action.HOLD) and "pii" in v.categories, (text, v.reasons)
    assert secret not in v.text and "[handle removed]" in v.text, (text, v.text)


PLATFORM_TALK = [
    ("en", "on discord i'm always online after school"),
    ("en", "on roblox im level 50 now lol"),
    ("en", "on insta i'm following nasa.gov for the space pics"),
    ("es", "en tiktok soy muy malo haciendo bailes"),
    ("es", "en discord soy moderador del server 2"),
    ("fr", "sur snap je suis trop nulle aux flammes"),
    ("fr", "sur youtube je suis abonné à 3 chaînes de maths"),
    ("pt", "no insta eu sou muito tímida"),
    ("pt", "no roblox sou nível 40 já"),
    ("it", "su tiktok sono diventata famosa per 2 giorni"),
    ("it", "su discord sono quasi sempre offline"),
    ("de", "auf discord bin ich fast nie online"),
    ("de", "auf youtube bin ich bei 2 kanälen abonniert"),
    ("pl", "na discordzie jestem codziennie o 18"),
    ("pl", "na tiktoku jestem od 2 lat"),
    ("id", "di tiktok aku suka nonton video kucing"),
    ("id", "di ig aku jarang upload, cuma 3 post"),
    ("ar", "على سناب انا ما عندي ستريك"),
    ("ar", "shoft video 3la youtube 3an el 7ayawanat, 7elw awi"),
    ("ar", "fi youtube 3la tool 7aga 7elwa"),
    ("ar", "3la insta ana 3ayez a3mel account gedid"),
    ("zh", "抖音搜 一下就知道了"),
    ("zh", "抖音搜索 怎么做蛋糕 就有教程"),
    ("ru", "в майнкрафте я построил дом за 2 дня"),
    ("ru", "в дискорде я почти не сижу"),
    ("hi", "discord pe main bahut active hoon"),
    ("hi", "youtube pe main 2 ghante video dekhta hoon"),
    ("tr", "tiktok'ta ben de izledim o videoyu"),
    ("tr", "instada ben 2 saat kaldım"),
]


@pytest.mark.parametrize(("lang", "text"), PLATFORM_TALK)
def test_talk_about_a_platform_keeps_its_words(pipe: Pipeline, lang: str, text: str) -> None:
    clean(pipe, text, lang=lang)
