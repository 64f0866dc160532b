"""Veiled threats of harm_veiled_more_scripts.py (ru tr pl id ar hi zh),
Egyptian "استنى لما نخرج من المدرسة بكرة وهتعرف انت بتكلم مين" included.

Hard negatives: a day off, a test, a reason for warning a sibling, advice to
tell again, a plan to go together, praise of the pictures, a film after
school, reports.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'продолжай стучать учителям и посмотришь, что будет с твоим самокатом',
    'ещё раз пожалуешься директору — посмотрим, как ты доберёшься до школы',
    'скажи училке ещё раз и посмотрим, доедет ли твой велик до дома',
    'я знаю, что ты ходишь домой одна через парк в 4. завтра увидишь',
    'передай своему младшему брату, чтобы был осторожнее после школы. просто говорю',
    'в понедельник тебе будет не до смеха. мы с братом будем на остановке 🔪',
    'за спортзалом после уроков. маму в этот раз не приводи',
    'подожди до понедельника, когда все увидят фотки. увидишь',
    'не приходи в пятницу в школу. поверь, что-то случится',
    'öğretmenlere ispiyonlamaya devam et de scooterına ne olacak gör',
    'bir daha müdüre şikayet edersen bakalım okula nasıl geleceksin',
    'öğretmene bir daha söyle de bakalım bisikletin eve sağ salim varacak mı',
    "saat 4'te parktan eve tek başına yürüdüğünü biliyorum. yarın görürsün",
    'küçük kardeşine söyle okuldan sonra dikkatli olsun. sadece söylüyorum',
    'pazartesi gülemeyeceksin. abimle otobüs durağında olacağız 🔪',
    'okuldan sonra spor salonunun arkası. bu sefer anneni getirme',
    'pazartesiyi bekle, herkes fotoğrafları görünce görürsün',
    'cuma okula gelme. güven bana, bir şey olacak',
    'kabluj dalej nauczycielom i zobaczysz, co się stanie z twoją hulajnogą',
    'poskarż się jeszcze raz dyrektorowi, to zobaczymy, jak dojdziesz jutro do szkoły',
    'powiedz jeszcze raz pani to zobaczymy czy twój rower dojedzie do domu',
    'wiem, że wracasz sama przez park o 16. jutro zobaczysz',
    'powiedz swojemu młodszemu bratu, żeby uważał po szkole. tak tylko mówię',
    'w poniedziałek nie będzie ci do śmiechu. ja i mój brat będziemy na przystanku 🔪',
    'za salą gimnastyczną po lekcjach. tym razem nie przyprowadzaj mamy',
    'poczekaj do poniedziałku aż wszyscy zobaczą zdjęcia. zobaczysz',
    'nie przychodź w piątek do szkoły. uwierz mi, coś się stanie',
    'terus aja ngadu ke guru, liat aja apa yang terjadi sama skuter lo',
    'ngadu lagi ke kepsek, liat aja gimana lo bisa nyampe sekolah besok',
    'bilang lagi ke bu guru, kita liat sepeda lo bisa nyampe rumah gak',
    'gue tau lo pulang sendirian lewat taman jam 4. besok lo liat aja',
    'bilangin adek lo hati-hati pulang sekolah. gue cuma ngingetin',
    'senin lo gak bakal bisa ketawa lagi. gue sama abang gue bakal di halte 🔪',
    'belakang aula abis sekolah. kali ini jangan bawa nyokap lo',
    'tunggu senin pas semua orang liat fotonya. liat aja nanti',
    'jumat jangan masuk sekolah. percaya deh, bakal ada sesuatu',
    'كمل فتن على المدرسين وشوف ايش بيصير لسكوترك',
    'اشتكي للمدير مره ثانيه وشوف كيف بتوصل المدرسه بكره',
    'قول للمعلمه مره ثانيه ونشوف اذا دراجتك بتوصل البيت',
    'اعرف انك ترجع البيت لحالك من الحديقه الساعه ٤. بكره بتشوف',
    'قول لاخوك الصغير ينتبه بعد المدرسه. بس اقول',
    'يوم الاثنين ما راح تضحك. انا واخوي بنكون في الموقف 🔪',
    'ورا الصاله الرياضيه بعد المدرسه. هالمره لا تجيب امك',
    'استنى لين الاثنين لما الكل يشوف الصور. بتشوف',
    'لا تجي المدرسه يوم الخميس. صدقني، بيصير شي',
    'استنى لما نخرج من المدرسة بكرة وهتعرف انت بتكلم مين',
    'teachers ko chugli karta reh, phir dekhna teri scooty ka kya hota hai',
    'ek baar aur principal se complain kiya to dekhte hain kal school kaise aata hai',
    'फिर से टीचर को बताया तो देखना तेरी साइकिल का क्या होता है',
    'mujhe pata hai tu 4 baje park se akeli ghar jaati hai. kal dekhna',
    'apne chhote bhai ko bol school ke baad dhyan rakhe. bas bol raha hoon',
    'monday ko hasna bhool jayega. main aur mera bhai bus stop pe honge 🔪',
    'school ke baad sports hall ke peeche. is baar apni mummy ko mat lana',
    'monday tak ruk jab sab photos dekhenge. dekhna',
    'friday ko school mat aana. trust me, kuch hone wala hai',
    '继续跟老师打小报告，看看你的滑板车会怎么样',
    '再跟老师告状一次，看你的自行车还能不能骑回家',
    '再去找校长投诉，看你明天怎么来上学',
    '我知道你每天四点一个人走公园回家。明天你就知道了',
    '告诉你弟弟放学路上小心点。我只是说说',
    '周一你就笑不出来了。我和我哥会在公交站等你🔪',
    '放学后体育馆后面。这次别带你妈来',
    '等到周一大家都看到照片的时候。你等着瞧',
    '周五别来学校。相信我，会出事的',
    'kardeşine söyle dikkatli olsun, sadece söylüyorum',
    # chat messages shown in review and phrasings of the same classes
    'أعرف بيتكم، البيت الأبيض بجانب المسجد. قل لأخيك الصغير ينتبه بعد المدرسة. سترى',
    'قولي لاخوك ينتبه بعد المدرسه. بتشوف',
    'قل لأختك تنتبه وهي راجعة من المدرسة. صدقني',
    'evinizi biliyorum, mavi kapılı olan. kardeşine söyle okuldan sonra dikkatli olsun. göreceksin',
    'küçük kardeşine söyle dikkatli olsun. görürsün',
    'ablana söyle yarın başka yoldan dönsün. göreceksin',
    'расскажешь учителям ещё раз — посмотрим, доедет ли твой велик до дома 🙂',
    'настучишь директору ещё раз — посмотрим, доедет ли твой самокат до дома',
    'скажешь учительнице опять — увидишь, что будет',
    'müdüre bir daha şikayet edersen okul çıkışı görüşürüz, bisikletine de iyi bak 🙂',
    'bir daha müdüre söylersen okuldan sonra görüşürüz',
    'öğretmene bir daha şikayet edersen telefonuna da iyi bak',
    'ну посмотрим как ты завтра дойдёшь до школы, если опять пожалуешься учителю',
    'посмотрим, как ты доберёшься домой, если снова настучишь',
    'ну посмотрим как ты завтра доедешь до школы, если ещё раз скажешь учителю',
    'powiedz jeszcze raz pani to zobaczysz co się stanie po lekcjach',
    'powiedz jeszcze raz wychowawczyni, zobaczysz co się stanie',
    'poskarż się znowu to zobaczysz co się stanie jutro',
    'pulang sekolah nanti liat aja apa yang terjadi kalau lo ngadu lagi',
]

PASS = [
    'не приходи в пятницу в школу, у учителей методический день',
    'в понедельник тебе будет не до смеха, когда увидишь контрольную по математике 😂',
    'передай сестре, что есть дорога получше, мост закрыт',
    'cuma okula gelme, öğretmenlerin seminer günü',
    'pazartesi gülemeyeceksin matematik sınavını görünce 😂',
    'nie przychodź w piątek do szkoły, jest dzień wolny',
    'w poniedziałek nie będzie ci do śmiechu jak zobaczysz sprawdzian z matmy 😂',
    'jumat jangan masuk sekolah, guru lagi rapat',
    'senin lo gak bakal bisa ketawa pas liat ulangan matematika 😂',
    'لا تجي المدرسه يوم الخميس، عندنا اجازه',
    'ما راح تضحك يوم الاثنين لما تشوف اختبار الرياضيات 😂',
    'friday ko school mat aana, chutti hai',
    'monday ko hasna bhool jayega jab maths ka test dekhega 😂',
    '周一你就笑不出来了，数学考试成绩出来了😂',
    'если снова будут обижать, скажи учителю ещё раз и посмотрим, что она сделает',
    'я знаю, что ты ходишь домой через парк, завтра пойдём вместе',
    'передай брату, чтобы был осторожнее, на улице гололёд',
    'подожди до понедельника, когда все увидят фотки с поездки, они классные',
    'после уроков идём в кино, маму в этот раз не бери',
    'он написал мне "тебе будет не до смеха, мы с братом будем ждать" и я рассказала маме',
    'bir daha öğretmene söyle, bakalım ne diyecek',
    'kardeşine söyle dikkatli olsun, yollar buz tuttu',
    'okula gelme saatini biliyorum',
    'pazartesiyi bekle, herkes fotoğrafları görünce çok beğenecek, harika çıktılar',
    'powiedz jeszcze raz pani, zobaczymy co zrobi',
    'powiedz bratu, żeby uważał, bo jest ślisko',
    'wiem, że wracasz przez park, jutro pójdziemy razem',
    'bilang lagi ke guru, liat aja nanti dia bakal bantu',
    'bilangin adek lo hati-hati, soalnya jalanan licin',
    'tunggu senin pas semua liat foto study tour, bagus banget',
    'قول لاخوك ينتبه، الشارع زحمه',
    'apne bhai ko bol dhyan rakhe, bahut barish ho rahi hai',
    'phir se teacher ko bataya to dekhna wo kya karti hai',
    '告诉你弟弟小心点，下雪路滑。我只是说说',
    '再跟老师告状一次，看看老师会怎么样处理',
    '周末别来学校，放假了，相信我',
    "after school we're going to the cinema, don't bring your mum this time",
    'después de clase vamos al cine, esta vez no traigas a tu mamá',
    'скажи маме ещё раз и посмотрим, что она ответит',
    'я знаю, когда ты выходишь, завтра пойдём вместе',
    'не приходи завтра в школу, если заболела, поверь',
    'подожди до понедельника, когда все увидят фотки с поездки, они красивые',
    'за школой после уроков, маму в этот раз не бери на вечеринку',
    'annene bir daha söyle, bakalım ne diyecek',
    'eve yalnız döndüğünü biliyorum, yarın beraber gidelim',
    'bu sefer anneni getirme, parti sadece bizim için',
    'okula gelme, hastasın, inan bana',
    'powiedz mamie jeszcze raz, zobaczymy co powie',
    'wiem, kiedy wracasz, jutro pójdziemy razem',
    'tym razem nie przyprowadzaj mamy na imprezę, wstyd',
    'nie przychodź jutro do szkoły, jesteś chora, uwierz mi',
    'bilang lagi ke nyokap, kita liat dia mau apa',
    'gue tau lo pulang jam 4, besok bareng yuk',
    'kali ini jangan bawa nyokap lo ke bioskop, malu',
    'jangan masuk sekolah kalo masih sakit, percaya deh',
    'قول لامك مره ثانيه وشوف ايش تقول',
    'اعرف انك ترجع البيت الساعه ٤، بكره نروح مع بعض',
    'لا تجي المدرسه بكره اذا انت مريض، صدقني',
    'hasna bhool jayega jab movie dekhega, bahut sad hai',
    'mujhe pata hai tu 4 baje ghar jaati hai, kal saath chalenge',
    'is baar apni mummy ko party mein mat lana',
    'school mat aana kal agar bukhar hai, trust me',
    '再跟妈妈说一次，看看她怎么说',
    '告诉你妹妹小心点，路上结冰了',
    '放学后去看电影，这次别带你妈来，太尴尬了',
    '周一你就笑不出来了，那部电影太悲伤了',
    '别来学校了，你发烧了，相信我',
    # look-alikes of the classes above
    'ты расскажешь учителям? хорошо, я с тобой пойду',
    'расскажи учителю ещё раз, посмотрим, что она скажет',
    'قل لأخيك ينتبه لأن الطريق مسكر',
    'kardeşine söyle dikkatli olsun çünkü yollar buz',
    'powiedz jeszcze raz pani, to może coś zrobi',
    'zobaczysz co się stanie jak dodasz sodę do octu',
    'liat aja apa yang terjadi kalau kamu campur cuka sama soda kue',
    'bir daha müdüre söylersen ona da söyle, beni de çağırsın',
    # a surprise after the warning
    'kardeşine söyle evde kalsın, sürpriz var. göreceksin',
]

REPORTS = [
    'он написал мне "тебе будет не до смеха, мы с братом будем ждать" и я рассказала маме',
]


@pytest.mark.parametrize("text", HELD)
def test_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
