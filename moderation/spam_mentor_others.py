"""Investment spam that promotes a *third person*: a "mentor", an account
manager, a broker (appended to `spam.RULES` after `spam_mentor.py`).

`spam_mentor.py` catches the writer's own pitch ("dm me, I'll mentor you");
the testimonial form names somebody else and sends the reader to them:

    "I made $3000 in one week trading crypto with Mr. Daniel, DM him on
    telegram he's legit 💯", "my account manager Mrs Sarah doubled my money,
    contact her on whatsapp", "gané 3000 dólares con el señor Daniel en
    cripto, escríbele por telegram", "благодаря наставнику заработал 3000$
    на крипте, напишите ему", "Daniel bey sayesinde kriptodan 3000 dolar
    kazandım, ona yazın", "berkat Mr Daniel aku profit 3 juta dari crypto,
    hubungi beliau", "unko telegram pe message karo", "تواصل معه".

Three parts in one message, in the 12 languages asked for (en es pt fr de it
ru tr pl id hi ar):

* a **call to contact the third person**: "dm him", "contact her on
  whatsapp", "his telegram is", "escríbele", "contacte-le", "schreib ihm",
  "scrivigli", "напиши ему", "ona yazın", "napisz do niego", "hubungi
  beliau", "unko message karo", "تواصل معه" (`_CTA3`);
* a **testimonial**: the writer's own gain ("I made 3000", "doubled my
  money", "turned my 200 into 4500", "kazandım", "zarobiłem") or a word of
  trust ("legit", "trusted", "thanks to", "de confianza", "sayesinde",
  "amanah", "موثوق");
* a **finance word** (crypto, bitcoin, forex, investment, account manager,
  broker...: the `requires=` gate of the first rule).  Without one, the second
  rule takes a gain of the writer's *and* a mentor, broker or a title (Mr,
  Mrs, señora, Herr, pani, pak, sir...) in the message: "thanks to coach Mike
  I make 2000 every week, message him".

What passes: the gain of somebody else ("my uncle made money with crypto but
lost it all"), a tutor or a teacher without money ("my maths tutor Mr. Daniel
helped me a lot, ask him about the club", "DM the teacher on teams if you miss
the lesson": no finance word, no gain, and a school word between the parts
stops the stretch), warnings ("Mr Daniel said crypto ads are usually scams",
"..., it's a scam": the look-ahead; "not a scam" is the spam's own denial and
warns of nothing), questions ("is he legit?") and reports (the scam frames);
and pocket money earned for work ("I made 50 dollars babysitting for Mrs
Jones, text her"): the second rule skips a message naming the work.
Category `spam`, rule `spam:scam`, so the spam stage blocks it.

Cost: two rules per language (`_LANGS`), each triggered by its own
language's contact words and gated by finance or role words, so a message
runs only its language's small alternations (one rule over all twelve
languages cost 0.5-2 ms per candidate message).
"""

from __future__ import annotations

from .rules import Rule, rule
from .spam_mentor import _AMT, _CUR, _SCHOOL

# an amount that is money: not game currency, points or marks

# an amount that is money: not game currency, points or marks
_MONEY = (_AMT + _CUR + r"(?! ?(?:robux|vbucks|v bucks|coins?|gems|diamonds?|points?|xp|followers|"
          r"likes|views|subs|subscribers|kills|wins|kg|km|steps|marks|percent|%|seguidores|takipci|"
          r"diamantes|pontos|puntos|punkte|punti|очков|puan|punktow))")
# a currency word or a profit after the amount: "got 5000 dollars", "received 2k profit"
_PAID = _AMT + r"(?:" + _CUR[:-1] + r"| ?(?:profit|profits|in profit|returns?))"
# no school word between the parts ("I got 90 in the maths test thanks to Mr Daniel, email him")
# (one look-ahead for the stretch: one per character cost a millisecond on long messages)
_GAP = (r"(?![^?]{0,100}?\b(?:" + _SCHOOL + r"|test|tests|exam|exams|maths|math|grade|grades|"
        r"marks|tutor|homework|profe|prof|professor|professora|lehrer|lehrerin)\b)[^?]{0,100}?")
# pocket money earned for work: "I made 50 dollars babysitting for Mrs Jones, text her"
_NOT_WORK = (r"(?!.*?\b(?:babysit\w*|selling|sold|chores|mowing|lemonade|bake sale|car wash|"
             r"tutoring|walking dogs|dog walking|shift|paper round|cuidando|canguro|baby ?sitting|"
             r"nachhilfe|vendendo|vendiendo)\b)")
# a warning or a question after a part; "not a scam" is the spam's own denial
_WARN = (r"(?![^.!]{0,80}(?:\?|\b(?<!not a )(?<!no )(?<!is not a )(?:scam|scams|scammer|fake|"
         r"fraud|lie|lies|ponzi|pyramid|arnaque|estafa|golpe|betrug|truffa|dolandirici\w*|sahte|"
         r"oszust\w*|sciema|penipuan|penipu|bohong|hoax|dhokha|farzi|развод|мошенни\w*|обман|نصب|"
         r"احتيال)\b))")
# trust words every language borrows, as a predicate ("he's legit 💯", "100% legit, contact her"):
# "he's legit obsessed", "the club is legit fun" are intensifiers
_TRUST_ANY = (r"\b(?:is|s|are|hes|shes|he's|she's|its|it's|totally|100|completely|really|very|so|super|"
              r"proven|verified) (?:legit(?= ?(?:$|[.!?]|(?:and|not|no|100|fr|af|trust|bro|guys|ppl|"
              r"people|contact|dm|pm|message|msg|text|hit|reach|write|chat|call|add|whatsapp|telegram|"
              r"check|he|she|i|you|just|my|his|her|with|on)\b))|trusted\b)"
              r"|\btrusted (?:\w+ )?(?:trader|broker|mentor|manager|expert|account manager)\b")
# finance words every language borrows (not "trading" alone: game trades)
_FIN_ANY = "crypto cryptos bitcoin btc eth usdt forex fx nft binary manager broker"
_HI_MONEY = r"(?:\S+ ){0,6}?" + _MONEY + r" (?:\S+ ){0,2}?"

# per language: (contact the third person, its trigger words, the writer's gain, trust,
# finance words for the first rule, mentor / title words for the second)
_LANGS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (  # en
        r"\b(?:dm|pm|message|msg|text|contact|inbox|whatsapp|hit up|reach out to|reach|write to|"
        r"write|chat with|talk to|email|add|call) (?:him|her|mr|mrs|ms|miss|sir|madam|mister)\b"
        r"|\b(?:his|her) (?:telegram|whatsapp|number|contact|handle|instagram|signal|details)"
        r"(?: (?:is|number|handle|link|below|in|on)\b| :)",
        "dm pm message msg text contact inbox whatsapp hit reach write chat talk email add call "
        "his her",
        r"\b(?:i|we|i have|i've|ive|i just|i already|i now|and i|i finally) (?:made|earned|earn|make|"
        r"withdrew|withdrawn|cashed out|profited) (?:over |about |almost |up to |around |like |a "
        r"profit of |a total of )?" + _MONEY
        + r"|\b(?:i|we|i have|i've|ive|i just|i already|i now|and i|i finally|and) (?:received|got|"
        r"gained) (?:over |about |almost |up to |around |like |a profit of |a total of )?" + _PAID
        + r"|\b(?:made|earned|got|helped) me (?:earn |make |get |over |about )?" + _MONEY
        + r"|\b(?:doubled|tripled|multiplied|10x|grew) (?:my|our) (?:money|investment|savings|"
        r"capital|funds|deposit|portfolio|account|bitcoin|crypto|income)"
        + r"|\bturned (?:my )?" + _MONEY + r" into " + _AMT
        + r"|\b(?:helped me|i was able to) (?:recover|get back) (?:my|all my)",
        # "thanks to" only with a title or a role: "thanks to my uncle I understand crypto" passes
        r"\b(?:trustworthy|reliable|the real deal|(?:thanks to|thank you) (?:my )?(?:mr|mrs|ms|miss|"
        r"sir|madam|mentor|broker|account manager|manager|coach)|changed my life|(?:highly )?"
        r"recommend (?:him|her))\b",
        "investment investments investing invested investor stocks broker brokers manager trader",
        "mentor coach broker trader expert manager mr mrs ms miss madam sir mister",
    ),
    (  # es
        r"\b(?:escribele|escribale|escribanle|contactalo|contactala|contactenlo|contactenla|hablale|"
        r"agregalo|agregala|mandale (?:un )?(?:mensaje|dm|md|whatsapp|wasap|msj))\b"
        r"|\b(?:escribe|escriban|contacta|contacten|habla|hablen) (?:a|al|con) (?:el |la )?(?:senor|"
        r"senora|sr|sra|mr|mrs|licenciado|licenciada|don|dona)\b",
        "escribele escribale escribanle contactalo contactala contactenlo contactenla hablale "
        "agregalo agregala mandale escribe escriban contacta contacten habla hablen",
        r"\b(?:gane|ganamos|genere|saque|retire|cobre|he ganado) (?:mas de |casi )?" + _MONEY
        + r"|\bme (?:hizo|ayudo a) ganar " + _MONEY
        + r"|\b(?:duplico|triplico|multiplico) (?:mi|mis) (?:dinero|inversion|ahorros|capital)",
        r"\b(?:de confianza|confiable|lo recomiendo|la recomiendo|gracias a (?:la |el |mi )?(?:senor|"
        r"senora|sr|sra|don|dona|gestor|gestora|asesor|asesora|mentor))\b",
        "cripto criptomonedas inversion inversiones invertir invertido gestor gestora gestores "
        "asesor asesora broker",
        "senor senora sr sra gestor gestora asesor asesora mentor coach don dona licenciado "
        "licenciada",
    ),
    (  # pt
        r"\b(?:chama|chamem|fala com|falem com|contate|contata|contatem|manda (?:mensagem|msg|dm|"
        r"um zap|whats|zap) (?:pra|para)) (?:ele|ela|o sr|a sra|o senhor|a senhora)\b"
        r"|\b(?:whatsapp|whats|zap|telegram|numero|contato|instagram) (?:dele|dela)\b",
        "chama chamem fala falem contate contata contatem manda whatsapp whats zap telegram numero "
        "contato instagram",
        r"\b(?:ganhei|ganhamos|lucrei|faturei|saquei|tirei) (?:mais de |quase )?" + _MONEY
        + r"|\bme (?:fez|ajudou a) (?:ganhar|lucrar) " + _MONEY
        + r"|\b(?:dobrou|triplicou|multiplicou) (?:o )?(?:meu|minha) (?:dinheiro|investimento|"
        r"poupanca|capital)",
        r"\b(?:confiavel|de confianca|recomendo|gracas a (?:o |a |ao |meu |minha )?(?:sr|sra|senhor|"
        r"senhora|dona|gerente|gestor|gestora|mentor))\b",
        "cripto criptomoedas investimento investimentos investir gerente gestor gestora corretor "
        "corretora",
        "sr sra senhor senhora dona gerente gestor gestora mentor coach",
    ),
    (  # fr
        r"\b(?:contacte|contactez|ajoute|ajoutez) (?:le|la)\b|\b(?:ecris|ecrivez|envoie|envoyez) lui\b"
        r"|\b(?:contacte|contactez|ecris a|ecrivez a) (?:m|mr|mme|monsieur|madame)\b",
        "contacte contactez ajoute ajoutez ecris ecrivez envoie envoyez",
        r"\b(?:j'ai|jai|j ai) (?:deja |enfin )?(?:gagne|touche|fait|retire|encaisse) (?:plus de )?"
        + _MONEY
        + r"|\b(?:m'a|ma|a) (?:double|triple|multiplie) mon (?:argent|capital|investissement|"
        r"epargne)",
        r"\b(?:fiable|de confiance|je (?:le|la|vous le|vous la) recommande|grace a (?:m|mr|mme|"
        r"monsieur|madame|mon (?:mentor|conseiller|courtier)|ma (?:conseillere|gestionnaire)))\b",
        "cryptomonnaie investissement investir gestionnaire conseiller conseillere courtier bourse",
        "m mr mme monsieur madame gestionnaire conseiller conseillere courtier mentor coach",
    ),
    (  # de: the verb last ("ich habe 3000€ in einer woche verdient")
        r"\b(?:schreib|schreibt|schreibe|schreiben sie) (?:ihm|ihr|herrn|frau)\b"
        r"|\b(?:kontaktier|kontaktiere|kontaktiert|kontaktieren sie) (?:ihn|sie|herrn|frau)\b"
        r"|\bmelde dich bei (?:ihm|ihr|herrn|frau)\b",
        "schreib schreibt schreibe schreiben kontaktier kontaktiere kontaktiert kontaktieren melde",
        r"\b(?:ich|hab|habe) (?:\w+ ){0,6}?" + _MONEY + r" (?:\w+ ){0,5}?(?:verdient|gemacht|"
        r"ausgezahlt bekommen)|\b(?:ich verdiene|verdiene ich) (?:jetzt )?" + _MONEY
        + r"|\b(?:hat|haben) mein (?:geld|kapital|investment|erspartes) (?:verdoppelt|verdreifacht)",
        r"\b(?:serios|vertrauenswurdig|zuverlassig|empfehle|dank (?:herrn|frau|meinem (?:mentor|"
        r"berater)|meiner beraterin))\b",
        "krypto kryptos investment investition investitionen investiert kontomanager "
        "kontomanagerin berater beraterin broker aktien",
        "herrn herr frau berater beraterin mentor coach",
    ),
    (  # it
        r"\b(?:scrivigli|scrivetegli|scrivile|scrivetele|contattalo|contattala|contattatelo|"
        r"contattatela|mandagli)\b|\b(?:il suo|al suo) (?:whatsapp|telegram|numero|contatto)\b",
        "scrivigli scrivetegli scrivile scrivetele contattalo contattala contattatelo contattatela "
        "mandagli suo",
        r"\b(?:ho )?(?:guadagnato|incassato|prelevato) (?:oltre |piu di )?" + _MONEY
        + r"|\b(?:mi )?ha (?:raddoppiato|triplicato) (?:i miei|il mio) (?:soldi|capitale|"
        r"investimento|risparmi)",
        r"\b(?:affidabile|di fiducia|lo consiglio|la consiglio|grazie (?:a|al|alla) (?:signor|signora|"
        r"sig|mio mentore|mia consulente))\b",
        "cripto criptovalute investimento investimenti investire gestore gestrice consulente broker",
        "signor signora sig gestore gestrice consulente mentore mentor coach",
    ),
    (  # ru (folded: ей -> еи, ё -> е)
        r"\b(?:пиши|пишите|напиши|напишите|обращаитесь|обращаися) (?:ему|еи|к нему|к неи)"
        r"|\b(?:свяжитесь|свяжись) с (?:ним|неи)|\b(?:его|ее) (?:телеграм\w*|ватсап\w*|whatsapp|"
        r"telegram|номер|контакт\w*)",
        "пиши пишите напиши напишите обращаитесь обращаися свяжитесь свяжись его ее",
        r"\b(?:заработал|заработала|заработали|поднял|подняла|вывел|вывела) (?:уже |более |больше )?"
        + _MONEY + r"|\b" + _MONEY + r" (?:\S+ ){0,3}?(?:заработал|заработала|поднял|подняла)"
        + r"|\b(?:удвоил|удвоила|утроил|утроила) (?:мои|мне)",
        r"\b(?:надежн\w*|проверенн\w*|рекомендую|благодаря (?:мистеру|господину|наставнику|"
        r"наставнице|брокеру|менеджеру))",
        "крипта крипте крипту криптои крипто криптовалюта криптовалюте криптовалюту криптовалюты "
        "биткоин биткоине биткоинах форекс трейдинг трейдинге инвестиции инвестициях инвестировал "
        "инвестировала менеджер менеджера менеджером брокер брокера брокером",
        "мистер мистера мистеру мистером господин наставник наставника наставнику наставнице "
        "менеджер брокер брокера брокеру",
    ),
    (  # tr
        r"\b(?:ona|kendisine|kendisiyle|onunla) (?:\w+ )?(?:yazin|yaz|ulasin|ulas|mesaj atin|mesaj at|"
        r"dm atin|dm at|iletisime gecin|iletisime gec)\b"
        r"|\b(?:bey|hanim|hoca)'?(?:e|a|ya|ye) (?:\w+ )?(?:yazin|yaz|ulasin|ulas)\b",
        "ona kendisine kendisiyle onunla beye hanima hocaya",
        r"\b" + _MONEY + r" (?:dolar |lira )?(?:\w+ ){0,3}?(?:kazandim|kazandik|cektim)\b"
        + r"|\b(?:kazandim|kazandik) " + _MONEY
        + r"|\bparam\w* (?:ikiye|uce|2ye|iki katina) (?:katladi|cikardi)",
        r"\b(?:guvenilir|tavsiye ederim|(?:bey|hanim|hoca|hocam|mentorum) sayesinde)\b",
        "kripto kriptodan kriptoya kriptoyla kriptoda bitcoinden borsa borsadan forexten yatirim "
        "yatirimla yatirimdan yatirimi yoneticim yoneticisi yoneticimiz",
        "bey hanim hoca yoneticim yoneticisi mentor mentorum",
    ),
    (  # pl
        r"\b(?:napisz|piszcie|pisz|napiszcie|odezwij sie|odezwijcie sie) do (?:niego|niej|pana|pani)\b"
        r"|\bskontaktuj(?:cie)? sie z (?:nim|nia|panem|pania)\b"
        r"|\b(?:jego|jej) (?:telegram\w*|whatsapp\w*|numer|kontakt)\b",
        "napisz piszcie pisz napiszcie odezwij odezwijcie skontaktuj skontaktujcie jego jej",
        r"\b(?:zarobilem|zarobilam|zarobilismy|wyplacilem|wyplacilam) (?:juz |ponad |prawie )?"
        + _MONEY
        + r"|\b(?:podwoil|podwoila|potroil|potroila) (?:moje|mi) (?:pieniadze|oszczednosci|kapital|"
        r"inwestycje)",
        r"\b(?:sprawdzon\w*|zaufany|zaufana|godn\w* zaufania|polecam|dzieki (?:panu|pani|"
        r"mentorowi|doradcy))\b",
        "krypto kryptowaluty kryptowalut kryptowalutach kryptowalutami bitcoinie inwestycje "
        "inwestycji inwestycjach inwestowanie inwestowaniu menedzer menedzerka opiekun opiekunka "
        "doradca",
        "pan pana panu panem pani opiekun opiekunka doradca menedzer menedzerka mentor",
    ),
    (  # id
        r"\b(?:chat|hubungi|dm|wa|kontak|japri|pm|chat aja) (?:dia|beliau|pak|bu|bapak|ibu|mr|mrs|"
        r"mas|mbak|bang|om|tante)\b"
        r"|\b(?:nomor|no|kontak|wa|telegram|instagram) (?:beliau|nya)\b|\b(?:nomornya|kontaknya|"
        r"wanya)\b",
        "chat hubungi dm wa kontak japri pm nomor no instagram telegram nomornya kontaknya wanya",
        r"\b(?:aku|gw|gue|saya|ku) (?:\w+ )?(?:profit|untung|dapet|dapat|cuan|wd|narik|tarik) "
        r"(?:sampai |sampe |udah |hampir )?" + _MONEY
        + r"|\b(?:duit|uang|modal)(?:ku| aku| gw| gue| saya) (?:jadi |naik )?(?:dua|2|tiga|3|\d+) "
        r"?(?:x|kali)",
        r"\b(?:amanah|terpercaya|terbukti|recommended|rekomended|(?:berkat|makasih|terima kasih) "
        r"(?:\w+ )?(?:pak|bu|bapak|ibu|mr|mrs|mas|mbak|om|tante|kak|mentor))\b",
        "kripto investasi saham manager",
        "pak bu bapak ibu mr mrs mas mbak bang om tante kak mentor coach",
    ),
    (  # hi: romanised and Devanagari (no \b around its vowel signs)
        r"\b(?:unko|usko|unhe|unhein|use|usse|unse|inko|inse|inhe) (?:\w+ )?(?:\w+ )?(?:dm|message|"
        r"msg|contact|call|whatsapp|text|ping|sampark|baat)(?: (?:karo|kro|kariye|karein|kar lo|"
        r"kijiye))\b|\b(?:unka|uska|unke|uske|inka) (?:whatsapp|telegram|number|contact|insta\w*)\b"
        r"|(?:उनसे|उससे|इनसे) (?:संपर्क|बात|कांटेक्ट)|(?:उन्हें|उसे|उनको|उसको|इन्हें) (?:\S+ ){0,3}?"
        r"(?:मैसेज|मेसेज|कॉल|डीएम)|(?:उनका|उसका|इनका) (?:व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|नंबर)",
        "unko usko unhe unhein use usse unse inko inse inhe unka uska unke uske inka उनसे उससे "
        "इनसे उन्हें उसे उनको उसको इन्हें उनका उसका इनका",
        r"\b(?:maine|mene|humne) " + _HI_MONEY + r"(?:kamaye|kamaya|kamai|kama liye|kama liya|"
        r"profit)\b|\b(?:mere|mera|meri) (?:paise|paisa|investment|savings) (?:double|doguna|dugna|"
        r"dugne|triple)\b|(?:मैंने|मेने) (?:\S+ ){0,6}?" + _AMT + r" (?:\S+ ){0,2}?(?:कमाए|कमाये|"
        r"कमा लिए)|(?:मेरे|मेरा) (?:पैसे|पैसा) (?:डबल|दोगुने|दुगने)",
        r"\b(?:bharosemand|bharose ?mand|(?:sir|maam|ma'am|ji|mentor) ki (?:wajah|madad|help) se)\b|"
        r"भरोसेमंद|(?:सर|मैम|जी) की (?:वजह|मदद) से",
        "nivesh share manager क्रिप्टो बिटकॉइन ट्रेडिंग निवेश फॉरेक्स",
        "sir maam ji mentor coach manager सर मैम जी",
    ),
    (  # ar (folded: ة -> ه)
        r"(?:تواصل|تواصلوا|تواصلي) (?:مع|معاه)(?:ه|ها)?|(?:كلمه|كلموه|كلميه|كلمها|كلموها|راسله|"
        r"راسلوه|راسليه|راسلها|راسلوها)(?=\s|$)|(?:رقمه|رقمها|واتسابه|واتسابها)(?=\s|$)",
        "تواصل تواصلوا تواصلي كلمه كلموه كلميه كلمها كلموها راسله راسلوه راسليه راسلها راسلوها "
        "رقمه رقمها واتسابه واتسابها",
        r"(?:ربحت|كسبت|طلعت|سحبت|حققت) (?:\S+ )?" + _AMT
        + r"|(?:ضاعف|ضاعفت|ضاعفلي|ضاعفتلي) (?:\S+ )?(?:فلوسي|اموالي|راس مالي|استثماري)",
        r"موثوق|انصح (?:به|بها)|بفضل (?:الاستاذ|الاستاذه|استاذ|مدربي|مرشدي)",
        "كريبتو الكريبتو بيتكوين البيتكوين تداول التداول فوركس الفوركس استثمار الاستثمار الرقميه "
        "مدير مديره",
        "استاذ الاستاذ الاستاذه مدير مديره مدربي مرشدي",
    ),
)


def _either_order(first: str, second: str, after: str = "") -> str:
    """`first` then `second` or the other way round, each not warned about."""
    return (r"(?:" + first + r")" + _WARN + after + _GAP + r"(?:" + second + r")" + _WARN + r"|(?:"
            + second + r")" + _WARN + _GAP + r"(?:" + first + r")" + _WARN + after)


RULES: list[Rule] = []
for _cta, _cta_words, _gain, _trust, _fin, _roles in _LANGS:
    # a finance word in the message: a gain of the writer's or a word of trust, and the contact
    RULES.append(rule("spam:scam", "spam", _cta_words,
                      _either_order(_gain + r"|" + _trust + r"|" + _TRUST_ANY, _cta),
                      requires=_fin + " " + _FIN_ANY))
    # no finance word: the writer's gain, a mentor or a title, and the contact
    RULES.append(rule("spam:scam", "spam", _cta_words, _either_order(_gain, _cta, _NOT_WORK),
                      requires=_roles))
