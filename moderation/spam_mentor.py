"""Investment / crypto "mentor" spam (appended to `spam.RULES`): "invest 50 and
get 500 back, my mentor shows how", "forex trading signals, join my telegram",
"my account manager helped me earn 10k with crypto, contact him on whatsapp",
"i can teach you how to make 1000 a day trading forex, hmu".

The get-rich brag rule (`spam_sales.py`) needs the writer to have *made* an
amount in a span of time; these pitches make no such claim, or put it on a
mentor.  Three shapes, each in the 13 languages of the package:

* a **promise of a return**: an imperative to invest / deposit / send an
  amount and get a bigger one back ("invest 50 and get 500 back",
  "investis 50€ et récupère 500€", "вложи 50 и получи 500", "50 yatır 500
  al", "modal 50rb jadi 500rb", "投资50元回报500元"), "send 100 and i'll
  double it", "double your money", "guaranteed profit".  The writer's own
  past ("my dad invested 1000 and got 200 back") is no imperative, and a
  question in the sentence ("... what is the interest?") is homework;
* **trading signals** with an invitation: forex / crypto / trading / VIP
  signals and "join my telegram", "dm me", "link in bio", in either order;
* a **mentor pitch**: a mentor, a coach, "i'll teach you", an account
  manager, passive income, huge returns, with a contact call-to-action (dm
  me, contact him on whatsapp, join my group) in a message that names a
  finance word (crypto, bitcoin, forex, trading, invest...: the `requires=`
  gate): "my mentor at the coding club helped me, dm me if you want to join"
  names none.

What passes: talk about it ("we learned about crypto scams in class", "my
uncle lost money on bitcoin", "is investing in stocks a good idea when you're
older?"), a warning after the offer ("... it's a scam": the look-ahead) and
reports and advice (the discussion and scam frames, as for every spam rule).
Category `spam`, rule `spam:scam`, so the spam stage blocks it.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

# "5k", "1jt" are "sk", "ijt" in the phrase form (a lone digit is read as a letter)
_AMT = (r"(?:\d[\d,.]*(?: (?:\d{3}))*(?: ?(?:k|rb|ribu|jt|juta|mil|bin|tys|lakh|hazar))?|"
        r"[iseta](?:k|jt|rb))")
_CUR = (r"(?: ?(?:dollars?|usd|usdt|euros?|eur|pounds|gbp|bucks|reais|pesos|zl|tl|lira|rupiah|rs|"
        r"rupees|rupaye|btc|eth|rubles|рублеи|руб|р|долларов|дол|دولار|ريال|جنيه|درهم))?")
# a warning after the offer, or a question in the same sentence (homework, asking whether it is real)
_NOT_WARNED = (r"(?![^.!]{0,80}(?:\?|\b(?:scam|scams|scammer|fake|fraud|lie|lies|ponzi|pyramid|"
               r"arnaque|estafa|golpe|betrug|truffa|dolandirici\w*|sahte|oszust\w*|sciema|penipuan|"
               r"penipu|bohong|hoax|dhokha|farzi|развод|мошенни\w*|обман|نصب|احتيال)\b))")

# -- promise of a return --------------------------------------------------------------
_PROMISE = (
    # en
    r"\b(?:invest|deposit|put in|send) (?:me )?(?:just |only )?" + _AMT + _CUR + r",? "
    r"(?:and |& |then |n )?(?:you |i will |ill |we will )?(?:get|receive|earn|make|take home|"
    r"withdraw|cash out|double it|triple it|turn it into|it becomes) (?:back )?" + _AMT
    + r"|\b(?:send|invest|give) (?:me )?" + _AMT + _CUR + r" (?:\w+ ){0,2}?(?:and|n|&) (?:i will|ill|"
    r"we will|we ll|i am going to) (?:double|triple|10x|multiply) it"
    # fr es pt
    + r"|\b(?:investis|investissez|mets|depose|place|envoie) " + _AMT + _CUR + r",? (?:et |puis )?"
    r"(?:recupere|recois|gagne|touche|obtiens|retire) " + _AMT
    + r"|\b(?:invierte|inviertes|mete|deposita|manda) " + _AMT + _CUR + r",? (?:y |why )?(?:recibe|"
    r"recibes|gana|ganas|obten|obtienes|saca|sacas|cobra|cobras) " + _AMT
    + r"|\b(?:invista|investe|coloca|deposita|manda) " + _AMT + _CUR + r",? (?:e )?(?:receba|recebe|"
    r"ganhe|ganha|saque|saca|tira) " + _AMT
    # de it
    + r"|\b(?:investiere|investier|zahl|leg) " + _AMT + _CUR + r",? (?:ein |an )?(?:und )?"
    r"(?:bekomme|bekommst|erhalte|erhaltst|kriegst|verdiene|hol dir) " + _AMT
    + r"|\b(?:investi|investite|metti|deposita) " + _AMT + _CUR + r",? (?:e )?(?:ricevi|ricevete|"
    r"guadagni|prendi|ritira|ritiri|ottieni) " + _AMT
    # tr pl id hi
    + r"|\b" + _AMT + _CUR + r" (?:yatir|yatirin|yatirana) " + _AMT + _CUR + r" (?:al|alin|kazan|"
    r"kazanin|cek)\b"
    + r"|\b(?:zainwestuj|wplac|wplacisz|wrzuc) " + _AMT + _CUR + r",? (?:i )?(?:odbierz|dostaniesz|"
    r"zarobisz|wyplac|wyplacisz|otrzymasz|dostan) " + _AMT
    + r"|\b(?:investasi|invest|depo|deposit|modal|tanam) " + _AMT + _CUR + r",? (?:\w+ )?(?:dapat|"
    r"dapet|jadi|profit|cair|balik|untung) " + _AMT
    + r"|\b" + _AMT + _CUR + r" (?:invest|lagao|daalo|dalo|jama) (?:karo |kro )?(?:aur |or |and )?"
    + _AMT + _CUR + r" (?:pao|paao|kamao|milenge|lo|le lo)\b"
)
_PROMISE_TRIGGERS = (
    "invest deposit put send investis investissez mets depose place envoie invierte inviertes mete "
    "deposita manda invista investe coloca investiere investier zahl leg investi investite metti "
    "yatir yatirin yatirana zainwestuj wplac wplacisz wrzuc investasi depo deposit modal tanam "
    "lagao daalo dalo jama"
)
# "if you invest 100 and get 110 back, that is 10 percent": a sum, not an offer
_NOT_SUM = (r"(?![^.!?]{0,40}\b(?:that is|thats|which is|means|percent|interest|times (?:more|as)|"
            r"c'est|es un|e um|das sind|sono il)\b)")

# -- trading signals + an invitation ----------------------------------------------------
# "trading tips" and "vip tips" are game talk (trading pets): bare trading needs "signals"
_SIGNALS = (r"\b(?:(?:forex|fx|crypto|cripto|krypto|kripto|btc|bitcoin|binary|options|stock|stocks|"
            r"pump|xauusd)(?: trading)? (?:signals?|tips|calls|pumps|signaux|senales|sinais|signale|"
            r"segnali|sinyal\w*|sygnaly)|trading (?:signals?|signaux|senales|sinais|signale|segnali|"
            r"sinyal\w*|sygnaly))\b|\b(?:signaux|senales|sinais|"
            r"signale|segnali|sinyal\w*|sygnaly) (?:de |di |do |z )?(?:\w+ )?(?:forex|fx|crypto|"
            r"cripto|krypto|kripto|trading|bitcoin|btc|binarias|binaires)\b")
_CTA = (r"\b(?:(?:dm|pm|message|msg|inbox|text|contact|whatsapp|hit up) (?:me|us|him|her|them)|hmu|"
        r"dm for|hit me up|link in (?:my |the )?bio|join (?:my |our |the )?(?:vip |free |private )?"
        r"(?:telegram|whatsapp|discord|group|channel|community|team)|(?:my|our|his|her) (?:vip )?"
        r"(?:telegram|whatsapp|channel|vip group)|t \. me|"
        r"ecris moi|ecrivez moi|contacte moi|contactez moi|mp moi|dm moi|rejoins|rejoignez|lien en bio|"
        r"(?:mon|notre) (?:telegram|whatsapp|canal|groupe)|"
        r"escribeme|escribenos|mandame (?:dm|md|mensaje|un mensaje)|contactame|hablame|unete|unanse|"
        r"link en (?:mi )?bio|(?:mi|nuestro) (?:telegram|whatsapp|canal|grupo)|"
        r"me chama|chama no (?:pv|privado|direct|dm|whats\w*)|me manda (?:mensagem|dm|direct)|"
        r"entra (?:no|pro|nel) (?:meu|nosso|mio|nostro) \w+|link na bio|(?:meu|nosso) (?:telegram|"
        r"whatsapp|canal|grupo)|"
        r"schreib mir|schreibt mir|kontaktier mich|melde dich|tritt (?:meiner|unserer) \w+ bei|"
        r"link in (?:der|meiner) bio|(?:meine|meiner|unsere|unserer) (?:telegram|whatsapp)\w*|"
        r"scrivimi|scriveteci|contattami|unisciti|(?:il mio|il nostro) (?:telegram|canale|gruppo)|"
        r"bana yaz|dm at|dmden yaz|mesaj at|katil|katilin|grubuma|kanalima|"
        r"napisz (?:do mnie|na priv)|piszcie|pisz na priv|dolacz|dolaczcie|link w bio|"
        r"(?:moj|mojego|mojej|naszego|naszej) (?:telegram\w*|kanal\w*|grup\w*)|"
        r"(?:dm|chat|wa|pm) (?:aku|gue|gw|saya|admin|kak)|japri|gabung|hubungi (?:aku|saya|kami)|"
        r"grup telegram|link di bio|"
        r"(?:dm|message|msg|contact|join|inbox|whatsapp) (?:karo|kro|kar lo)|(?:mera|mere|hamara) "
        r"(?:telegram|whatsapp|channel|group))\b")
# -- a pitch with a call-to-action ----------------------------------------------------
# money doubled or guaranteed, passive income: a pitch whatever it is about
_PITCH_MONEY = (
    r"\b(?:(?:double|triple) your (?:money|investment|bitcoin|crypto|cash|income)|guaranteed "
    r"(?:profits?|returns?|income|daily profit|roi)|financial freedom|passive income|"
    r"(?:huge|insane|daily|weekly) (?:returns|profits)|"
    r"(?:double|doubler) (?:ton|votre) argent|(?:profit|gains?|revenus?) garantis?|revenus? passifs?|"
    r"liberte financiere|(?:duplica|dobla) tu dinero|ganancias? garantizadas?|ingresos pasivos|"
    r"libertad financiera|(?:dobra|duplica) (?:seu|teu) dinheiro|lucro garantido|renda passiva|"
    r"liberdade financeira|verdopple dein geld|garantierte[rn]? (?:gewinn|rendite)|passives "
    r"einkommen|finanzielle freiheit|raddoppia i tuoi soldi|(?:guadagno|profitto|guadagni) "
    r"garantit[oi]|reddito passivo|liberta finanziaria|parani (?:ikiye|uce) katla|garantili kazanc|"
    r"pasif gelir|finansal ozgurluk|podwoj (?:swoje )?pieniadze|gwarantowan\w* zysk|pasywny dochod|"
    r"wolnosc finansowa|(?:dijamin|pasti) (?:untung|profit|cuan)|penghasilan pasif|paisa double|"
    r"passive income)\b")
# a mentor, a coach, "i'll teach you": only with a finance word in the message (`requires=`);
# "my mentor" / "mentor you", never a bare "mentor" ("looking for a mentor") or "my coach"
_PITCH_TEACH = (
    r"\b(?:(?:my|our) (?:\w+ )?mentor|mentor you|be your mentor|mentorship|mentoring|coach you|"
    r"teach you|show you how|guide you|help you (?:earn|make|invest|grow your)|account manager|"
    r"(?:mon|notre) mentor|je te (?:coache|forme|montre|apprends|guide)|(?:mi|nuestro) mentor|"
    r"te (?:enseno|ensenare|muestro|guio|ensino|mostro)|(?:meu|nosso) mentor|(?:mein|meine|unser) "
    r"mentor\w*|ich (?:coache|zeige|zeig|bringe|bring) (?:dich|dir|euch)|(?:il mio|mio) mentore|"
    r"ti (?:insegno|mostro|faccio da mentore)|mentorum|mentorluk|sana (?:ogretirim|ogretecegim|"
    r"gosteririm)|(?:moj|mojego|twoim) mentor\w*|naucze cie|pokaze ci|mentor (?:aku|gue|gw|saya|"
    r"ku)|ngajarin|aku ajarin|diajarin|(?:mere|mera|hamare) mentor|sikhaunga|sikhayenge|sikha "
    r"dunga|sikhata hoon)\b")
# no school word between the pitch and the call: "... for our school investing club, dm me"
_SCHOOL = (r"school|class|club|homework|project|teacher|lesson|ecole|cours|escuela|colegio|clase|"
           r"escola|aula|schule|klasse|scuola|classe|okul|szkola|sekolah")
_GAP_NS = r"(?:(?!\b(?:" + _SCHOOL + r")\b)[^?]){0,100}?"
_FIN_WORDS = (
    # not "trading" / "trade" / "profit" alone: children trade pets and items in games
    # nor the verb "invest" ("invest in yourself")
    "crypto cryptos bitcoin btc eth usdt forex fx investing investment "
    "investments investor binary options stocks nft cripto criptomonedas criptomoedas inversion "
    "invertir inversiones investimento investir investimentos investissement investir bourse krypto "
    "aktien kripto yatirim borsa kryptowaluty kryptowalut inwestycje inwestowanie inwestycji "
    "investasi saham kriptodan kriptoya kriptoyla kriptoda borsada "
    "yatirimla yatirimi"
)

RULES: list[Rule] = [
    rule("spam:scam", "spam", _PROMISE_TRIGGERS,
         r"(?:" + _PROMISE + r")\b" + _NOT_WARNED + _NOT_SUM),
    rule("spam:scam", "spam",
         "signals signal tips calls pumps signaux senales sinais signale segnali sinyal sinyalleri "
         "sinyali sygnaly",
         r"(?:" + _SIGNALS + r")" + _NOT_WARNED + r"[^?]{0,80}?" + _CTA + r"|" + _CTA + r"[^?]{0,80}?"
         r"(?:" + _SIGNALS + r")" + _NOT_WARNED),
    rule("spam:scam", "spam",
         "double triple guaranteed financial passive huge insane daily weekly doubler profit gains "
         "gain revenus revenu passifs liberte duplica dobla ganancias ganancia ingresos libertad dobra "
         "lucro renda liberdade verdopple garantierte garantierter garantierten passives finanzielle "
         "raddoppia guadagno profitto guadagni reddito liberta parani garantili pasif finansal podwoj "
         "gwarantowany gwarantowane gwarantowanego pasywny wolnosc dijamin pasti penghasilan paisa",
         r"(?:" + _PITCH_MONEY + r")" + _NOT_WARNED + _GAP_NS + _CTA + r"|" + _CTA + _GAP_NS + r"(?:"
         + _PITCH_MONEY + r")" + _NOT_WARNED),
    rule("spam:scam", "spam",
         "mentor mentorship mentoring coach teach show guide help manager coache forme montre "
         "apprends enseno ensenare muestro guio ensino mostro mentore coache zeige zeig bringe bring "
         "insegno mentorum mentorluk ogretirim ogretecegim gosteririm mentorem mentora naucze pokaze "
         "ngajarin ajarin diajarin sikhaunga sikhayenge sikha sikhata",
         r"(?:" + _PITCH_TEACH + r")" + _NOT_WARNED + _GAP_NS + _CTA + r"|" + _CTA + _GAP_NS + r"(?:"
         + _PITCH_TEACH + r")" + _NOT_WARNED,
         requires=_FIN_WORDS),
    # ru: "вложи 50 и получи 500", "сигналы форекс, вступай в мой телеграм", "наставник ... пиши в лс"
    rule("spam:scam", "spam",
         "вложи вложите инвестируи закинь внеси удвою удвоим удвоить гарантированныи гарантированная "
         "сигналы сигнал заработал заработала заработали поднял наставник наставника наставником ментор научу обучу",
         r"(?:\b(?:вложи|вложите|инвестируи|закинь|внеси) " + _AMT + _CUR + r",? (?:и )?(?:получи|"
         r"получишь|заработаи|заработаешь|выведи|выведешь|забери) " + _AMT + r"|\b(?:удвою|удвоим|"
         r"удвоить) (?:твои |тебе |твой )?(?:деньги|вклад|депозит)|\bгарантированн\S* (?:доход|"
         r"прибыль)|\bсигнал\S* (?:по )?(?:форекс\S*|крипт\S*|трейдинг\S*|бинарн\S*)[^?]{0,80}?"
         r"\b(?:вступаи|вступаите|подписываися|заходи|пиши|напиши|в лс|в личку|ссылка|телеграм\S*|"
         r"канал\S*)|\b(?:наставник\S*|ментор\S*|научу|обучу)[^?]{0,80}?\b(?:крипт\S*|форекс\S*|"
         r"трейдинг\S*|инвест\S*|биткоин\S*)[^?]{0,80}?\b(?:пиши|напиши|в лс|в личку|вступаи|"
         r"телеграм\S*)|\b(?:заработал\S*|поднял\S*) " + _AMT + r"[^?]{0,60}?\b(?:крипт\S*|форекс\S*|"
         r"трейдинг\S*|инвест\S*|биткоин\S*)[^?]{0,60}?\b(?:пиши|напиши|в лс|в личку|вступаи|"
         r"телеграм\S*))" + _NOT_WARNED),
    # ar: "استثمر 50 واربح 500", "توصيات تداول فوركس، انضم لقناتي", "ربح مضمون"
    rule("spam:scam", "spam", "استثمر استثمري ادفع حط ضاعف مضمون مضمونه توصيات اشارات ربحت كسبت طلعت مرشدي مدربي "
         "بعلمك هعلمك اعلمك",
         r"(?:(?:استثمر|استثمري|ادفع|حط) " + _AMT + _CUR + r",? ?(?:و ?)?(?:اربح|اكسب|خذ|تاخذ|استلم|"
         r"احصل علي|تربح) " + _AMT + r"|ضاعف (?:فلوسك|اموالك)|(?:ربح|ارباح|دخل) مضمون|(?:توصيات|"
         r"اشارات) (?:\S+ )?(?:تداول|فوركس|كريبتو|بيتكوين|العملات)[^?]{0,80}?(?:انضم|انضموا|راسلني|"
         r"قناتي|جروبي|قروبي|تليجرام|التليجرام|واتساب)|(?:ربحت|كسبت|طلعت|مرشدي|مدربي|بعلمك|هعلمك|اعلمك)"
         r"[^?]{0,80}?(?:كريبتو|الكريبتو|بيتكوين|البيتكوين|تداول|التداول|فوركس|الفوركس|العملات الرقميه)"
         r"[^?]{0,80}?(?:راسلني|كلمني|تواصل معي|انضم|خاص|واتساب|تليجرام))" + _NOT_WARNED),
    zrule("spam:scam", "spam", "投 稳 保 翻 信 导 师",
          r"(?:投资|投入|充值|投)[^。!?]{0,3}\d+[^。!?]{0,6}(?:回报|赚|拿回|收益|返|变成)[^。!?]{0,3}\d+|"
          r"稳赚不赔|保证(?:收益|盈利|回报)|(?:资金|收益)翻倍|(?:外汇|炒币|加密货币|比特币|交易|股票)"
          r"[^。!?]{0,4}信号[^。!?]{0,30}(?:加|进|私信|联系|电报|群)|(?:导师|老师)(?:带|教)[^。!?]{0,20}"
          r"(?:炒币|外汇|投资|理财|赚)[^。!?]{0,20}(?:私信|加我|联系|进群)|(?:私信|加我)[^。!?]{0,10}"
          r"(?:导师|带你)(?:炒币|赚钱|投资)?"),
]
