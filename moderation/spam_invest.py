"""Investment and crypto spam with no mentor and no promoted person (appended to
`spam.RULES` after `spam_mentor_others.py`): en es fr pt de it here, tr pl id hi ru
ar zh in `spam_invest_langs.py`.

Why: `spam_mentor.py` needs an "invest N and get M back" sentence, trading
signals or a mentor; `spam_mentor_others.py` a third person to contact;
`spam_sales.py` the writer's own "made N in a day".  The plain pitch has none
of them and passed:

    "my uncle made £3000 in a week with this crypto bot, dm me, put in £50 and
    i'll double it guaranteed 🚀", "trading bot pays me 500 a day, ask me how",
    "guadagna 500€ al giorno con i bitcoin, investi solo 20€, scrivimi in
    privato, GARANTITO".

Each language names five parts, and a rule holds two of them in one stretch of
the message (either order, at most 16 words and no question mark or school word
between, no warning after either part, as in `spam_mentor_others.py`):

* **invest**: an imperative to put in an amount ("invest 20", "put in 50
  quid", "investi solo 20", "invierte solo 20", "sadece 20 TL yatır"); not the
  writer's or a relative's past ("my uncle put 500 into bitcoin and lost it",
  "i put in 20 dollars at the vending machine");
* **earn**: a rate of money ("earn 500 a day", "pays me 500 a day",
  "guadagna 500 al giorno", "get 200 back in 24h"), money made "with this
  bot", or money doubled ("doubles your money");
* **double**: the writer's offer to multiply the reader's money ("i'll double
  it", "i double any amount you send", "te lo duplico", "je te le double");
* **guarantee**: "guaranteed", "no risk", "garantito", "sin riesgo";
* **contact**: "dm me", "ask me how", "scrivimi in privato" (and every
  call-to-action of `spam_mentor._CTA`).

Rules: invest with earn, double or a guarantee; double with a guarantee or a
contact; invest or earn with a contact (earn also with a guarantee) only in a
message naming a scheme (crypto, bitcoin, bot, trading, app...: the `requires=`
gate), so "my sister earns 500 a month at her job", "deposit 20 pounds for the
school trip, message me" and "guaranteed i'll beat you at fifa, dm me" pass.
Money made "with this / my" scheme counts from a hundred up ("i made 20 dollars
with my app, dm me for feedback" passes), and a rate of money needs a thing to
pay it ("crypto bot makes 300 a day") or the reader's "you / me" ("pays me 500 a
day"): "my dad made 500 in one day trading stocks, text me later" is news.  Game
currency is not money ("this bot pays out 500 coins a day, ask me how to join").  Lessons
("'double your money guaranteed' is always a scam"), news, savings and class
projects pass (no imperative with an amount, a warning, a quote or the scam
frames).  Category `spam`, rule `spam:scam`: the spam stage blocks it.
"""

from __future__ import annotations

from .rules import Rule, rule
from .spam_mentor import _AMT, _CTA, _SCHOOL
from .spam_mentor_others import _WARN

# currencies the phrase form keeps as words ("£50" is "50", "50 quid" stays)
CUR = (r"(?: ?(?:dollars?|usd|usdt|euros?|eur|pounds?|quid|gbp|bucks|reais|reals|pesos|zl|zloty|"
       r"zlotych|tl|lira|liras|rupiah|rs|rupees|rupaye|rupaiye|btc|eth|dolares|dolar|dolars|"
       r"franken|chf|rubles|рублеи|рублей|руб|р|долларов|доллар|дол|баксов|дирхам|دولار|ريال|"
       r"جنيه|درهم|دينار))?")
# an amount that is money: not game currency, collectables or marks
NOT_GAME = (r"(?! ?(?:more |extra )?(?:robux|vbucks|v bucks|coins?|gems|diamonds?|points?|xp|"
            r"followers|likes|views|subs|stickers|cards|messages|msgs|pics|pictures|memes|times|"
            r"minutes|mins|seconds|pages|kg|km|steps|marks|percent|%|seguidores|takipci|diamantes|"
            r"pontos|puntos|punkte|punti|очков|монет|puan|punktow|monedas|moedas|monete|pieces)\b)")
MONEY = _AMT + CUR + NOT_GAME
# hundreds or more: "i made 20 dollars with my app, dm me for feedback" is a child's app
BIG = r"(?=\d{3}|\d{1,3} \d{3}|\d+ ?(?:k|rb|ribu|jt|juta|mil|bin|tys|lakh)\b|[iseta](?:k|jt|rb)\b)"
# the teller is somebody else or the writer's own past ("my uncle put 500 into ..."): checked
# after the verb, so every alternative still starts with a literal (a fast search)
_TELLERS = ("i", "he", "she", "they", "we", "dad", "mum", "mom", "uncle", "aunt", "brother",
            "sister", "cousin", "friend", "someone", "who")


def not_told(*verbs: str) -> str:
    """`verbs` as an alternation, each not right after a teller."""
    return "(?:" + "|".join(v + "".join(rf"(?<!\b{w} {v})" for w in _TELLERS) for v in verbs) + ")"


# between two parts: whole words (a regex attempt per word, not per character: cheap on long
# messages), no question mark, no school word ("... for the school trip, message me"); an
# Arabic word may carry "و" / "ف" ("... وبضاعفها لك")
GAP = (r" (?![^?]{0,100}?\b(?:" + _SCHOOL + r"|test|tests|exam|exams|maths|math|grade|grades|"
       r"marks|tutor|homework|profe|prof|professor|professora|lehrer|lehrerin)\b)(?:[^\s?]+ ){0,16}?(?:و|ف)?")


def _either_order(first: str, after: str, before: str) -> str:
    """`first` then `after`, or `before` then `first`, each not warned about.  `before`
    is the language's own short list: a part searched for from every word of a long
    message must be cheap; `after` is only tried once `first` has matched."""
    return (r"(?:" + first + r")" + _WARN + GAP + r"(?:" + after + r")" + _WARN + r"|(?:" + before
            + r")" + _WARN + GAP + r"(?:" + first + r")" + _WARN)


def lang_rules(invest: str, invest_words: str, earn: str, earn_words: str, double: str,
               double_words: str, guarantee: str, contact: str, scheme: str,
               gate: str) -> list[Rule]:
    """The rules of one language (see the module docstring).  The invest verbs are
    everyday words ("put", "send", "manda", "metti"), so the rule pairing them with
    earn, double or a guarantee also needs one of `gate` (the span, double and
    guarantee words of the language) or a scheme word."""
    cta = _CTA + r"|" + contact
    second = earn + r"|" + (double or "(?!)") + r"|" + guarantee
    out = [
        rule("spam:scam", "spam", invest_words, _either_order(invest, second, second),
             requires=gate + " " + scheme),
        # "invest just 2 pounds in a cake for the bake sale, dm me": a contact needs a scheme
        rule("spam:scam", "spam", invest_words, _either_order(invest, cta, contact),
             requires=scheme),
        rule("spam:scam", "spam", earn_words,
             _either_order(earn, guarantee + r"|" + cta, guarantee + r"|" + contact),
             requires=scheme),
    ]
    if double:
        out.append(rule("spam:scam", "spam", double_words,
                        _either_order(double, guarantee + r"|" + cta, guarantee + r"|" + contact)))
    return out


# schemes every language borrows
SCHEME_ANY = ("crypto cryptos bitcoin bitcoins btc eth usdt forex fx bot bots trading nft nfts app "
              "apps binance metatrader")

# -- en ------------------------------------------------------------------------------
_SPAN_EN = (r"(?:(?:a|per|every|each|an) (?:day|week|hour|month|night)|daily|weekly|hourly|"
            r"(?:in|within) (?:just |only )?(?:24|48|72|12|\d+|one|a|two|three|seven) ?(?:h|hr|hrs|"
            r"hours?|days?|weeks?|mins?|minutes)|in (?:24h|48h|72h|12h|1h|2h|24hrs|48hrs)|overnight|"
            r"by (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
_EARN_EN = (
    r"\b(?:earn|make|get|receive|withdraw|cash out) (?:up to |over |about |like |"
    r"around |at least )?" + MONEY + r" (?:profit |back |returns? |in profit )?" + _SPAN_EN
    + r"|\b(?:pays|paid|makes|made|gives|gave|earns|earned|brings|sends|generates) (?:me|us|you|him|"
    r"her) (?:up to |over |about |like |around |at least )?" + MONEY + r" (?:profit )?" + _SPAN_EN
    # a thing as the subject: "crypto bot makes 300 a day" ("my dad made 500 in one day" is news)
    + r"|\b(?:bot|bots|app|system|robot|algorithm|program|software|it|this) (?:pays|makes|earns|"
    r"generates|brings|gives|pays out) "
    r"(?:up to |over |about |like |around |at least )?" + MONEY + r" (?:profit )?" + _SPAN_EN
    + r"|\b(?:made|earned|makes|earns|make|earn|got|gets|pulled|profited) (?:over |about |like )?"
    + BIG + MONEY + r" (?:" + _SPAN_EN + r" )?(?:with|using|from|on|off) (?:this|these|that|my|our)\b"
    + r"|\b(?:doubles|triples|doubled|tripled|multiplies) (?:your|my|his|her|their|any) (?:money|"
    r"cash|investment|savings|deposit|bitcoin|crypto)\b"
    + r"|\b(?:turns?|turned) (?:your |my |his |her )?" + MONEY + r" into " + _AMT
)
_DOUBLE_EN = (
    r"\b(?:i|we|i will|we will|i can|we can|i am going to|i am gonna|imma|the bot will|it will|"
    r"this bot will|my bot will) (?:\w+ )?(?:double|triple|10x|x10|quadruple|multiply) (?:it|that|"
    r"them|your money|your cash|your investment|your deposit|any amount|whatever you|what you|"
    r"the amount|every \w+ you)\b|\b(?:i|we) (?:will |can )?turn it into " + _AMT
)
_INVEST_EN = (
    r"\b" + not_told("invest", "deposit", "stake") + r" (?:only |just |as little as |from |min |minimum "
    r"|a small |a tiny )?" + MONEY
    + r"|\b" + not_told("put in", "put", "send me", "send", "drop", "transfer") + r" (?:only |just |as little as )?"
    + _AMT + r"(?: ?(?:dollars?|usd|usdt|euros?|pounds?|quid|gbp|bucks|btc|eth)\b| (?=and |n |& "
    r"|then ))"
)
_GUAR_EN = (r"\b(?:guaranteed|guarantee|guaranteeed|guranteed|no risk|zero risk|risk free|"
            r"can not lose|cannot lose|never lose|100 legit|100 safe|100 real|not a scam|no scam)\b")
_CTA_EN = (r"\b(?:ask me how|ask me for (?:the |more )?(?:link|info|details)|text me|message me|hmu|"
           r"hit me up|link in (?:my )?bio|join my (?:telegram|whatsapp|channel|group)|"
           r"msg me|inbox me|dm me|pm me|contact me|whatsapp me|telegram me|add me on (?:telegram|"
           r"whatsapp|snap\w*)|dm for (?:info|details|more|the link)|comment (?:info|yes|"
           r"interested))\b|\b(?:want in|interested|who wants in|wanna (?:know how|join|try)|want to "
           r"(?:know how|join|try)) \?")

# -- it ------------------------------------------------------------------------------
_SPAN_IT = (r"(?:al giorno|al di|a settimana|alla settimana|ogni giorno|ogni settimana|al mese|in "
            r"(?:24|48|\d+) ?(?:h|ore|giorni)|in (?:una|1) (?:settimana|giornata|notte)|giornalieri)")
_EARN_IT = (
    r"\b(?:guadagna|guadagnate|guadagni|guadagno|fai|fate|prendi|ricevi|incassa|intasca) "
    r"(?:fino a |oltre |almeno )?" + MONEY + r" (?:\w+ )?" + _SPAN_IT
    + r"|\b(?:mi|ti|ci) (?:paga|fa guadagnare|fa fare|da) " + MONEY + r" " + _SPAN_IT
    + r"|\b(?:raddoppia|triplica|moltiplica) (?:i tuoi|i miei|i) soldi\b"
)
_DOUBLE_IT = (r"\b(?:te li|te lo|ve li|ti) (?:raddoppio|triplico|moltiplico)\b|\b(?:io )?"
              r"(?:raddoppio|triplico) (?:i tuoi soldi|qualsiasi cifra|tutto)\b")
_INVEST_IT = (r"\b(?:investi|investite|inverti|metti|mettete|deposita|depositate|versa|versate|"
              r"mandami|inviami) (?:solo |soltanto |appena |anche solo |minimo |da )?" + MONEY)
_GUAR_IT = r"\b(?:garantit[oaie]|guadagno sicuro|senza rischi?o?|zero rischi|rischio zero|100 sicuro)\b"
_CTA_IT = r"\b(?:scrivimi|scrivetemi|in privato|in dm|contattami|chiedimi come|mandami un messaggio)\b"

# -- es ------------------------------------------------------------------------------
_SPAN_ES = (r"(?:al dia|por dia|diarios|a la semana|por semana|cada dia|cada semana|al mes|por mes|"
            r"en (?:24|48|\d+) ?(?:h|hs|horas|dias)|en (?:una|1) (?:semana|noche|dia))")
_EARN_ES = (
    r"\b(?:gana|ganen|ganas|genera|generas|generan|saca|sacas|cobra|cobras|recibe|recibes) "
    r"(?:hasta |mas de |minimo )?" + MONEY + r" (?:\w+ )?" + _SPAN_ES
    + r"|\b(?:me|te|nos) (?:paga|da|deja|hace ganar) " + MONEY + r" " + _SPAN_ES
    + r"|\b(?:duplica|triplica|multiplica|dobla) (?:tu|tus|mi|el) (?:dinero|plata|inversion)\b"
)
_DOUBLE_ES = (r"\b(?:te lo|se lo|te la|te los|os lo) (?:duplico|triplico|multiplico|doblo)\b|\b(?:yo )?"
              r"(?:duplico|triplico) (?:tu dinero|cualquier cantidad|lo que mandes|lo que envies)\b")
_INVEST_ES = (r"\b(?:invierte|inviertan|inverti|invertis|mete|meta|deposita|depositen|manda|mandame|"
              r"envia|enviame|pon) (?:solo |solamente |apenas |desde |minimo |tan solo )?" + MONEY)
_GUAR_ES = r"\b(?:garantizad[oa]s?|garantia|sin riesgos?|cero riesgos?|100 seguro|seguro al 100)\b"
_CTA_ES = (r"\b(?:al privado|por privado|al priv(?:ate)?|por priv(?:ate)?|escribeme|escribanme|preguntame como|"
           r"mandame (?:un )?(?:dm|md|mensaje|msj|whatsapp))\b")

# -- fr ------------------------------------------------------------------------------
_SPAN_FR = (r"(?:par jour|par semaine|chaque jour|chaque semaine|par mois|en (?:24|48|\d+) ?(?:h|"
            r"heures|jours)|en (?:une|1) (?:semaine|nuit|journee))")
_EARN_FR = (
    r"\b(?:gagne|gagnez|gagner|touche|touchez|encaisse|encaissez|recois|recevez|retire|retirez) "
    r"(?:jusqu'a |plus de |au moins )?" + MONEY + r" (?:\w+ )?" + _SPAN_FR
    + r"|\b(?:me|te|nous|vous) (?:rapporte|paie|paye|donne|fait gagner) " + MONEY + r" " + _SPAN_FR
    + r"|\b(?:double|doublez|triple|triplez|multiplie|multipliez) (?:ton|votre|mon) (?:argent|"
    r"investissement|capital)\b"
)
_DOUBLE_FR = r"\bje (?:te |vous )(?:le |la |les )?(?:double|triple|multiplie)\b"
_INVEST_FR = (r"\b(?:investis|investissez|mets|mettez|depose|deposez|envoie|envoies|envoyez|place|"
              r"placez|verse|versez) (?:moi )?(?:seulement |juste |que |a partir de |minimum |au moins )?"
              + MONEY)
_GUAR_FR = (r"\b(?:garanti|garantie|garantis|garanties|gain assure|sans risques?|zero risques?|"
            r"100 sur|100 fiable)\b")
_CTA_FR = (r"\b(?:en prive|en mp|en dm|ecris moi|ecrivez moi|contacte moi|contactez moi|demande moi "
           r"comment|envoie moi un (?:message|dm|mp))\b")

# -- pt ------------------------------------------------------------------------------
_SPAN_PT = (r"(?:por dia|ao dia|no dia|diarios|por semana|na semana|todo dia|todos os dias|por mes|"
            r"no mes|em (?:24|48|\d+) ?(?:h|hs|horas|dias)|em (?:uma|1) (?:semana|noite|dia))")
_EARN_PT = (
    r"\b(?:ganhe|ganha|ganhem|fature|fatura|faturem|lucre|lucra|lucrem|receba|recebe|saque|saca) "
    r"(?:ate |mais de |no minimo )?" + MONEY + r" (?:\w+ )?" + _SPAN_PT
    + r"|\b(?:me|te|nos) (?:paga|da|rende|faz ganhar) " + MONEY + r" " + _SPAN_PT
    + r"|\b(?:dobra|dobre|triplica|triplique|multiplica|multiplique) (?:o |a )?(?:seu|sua|teu|tua|"
    r"meu) (?:dinheiro|grana|investimento|capital)\b"
)
_DOUBLE_PT = (r"\b(?:eu )?(?:te |lhe )?(?:dobro|triplico|multiplico|duplico) (?:o seu|o teu|seu "
              r"dinheiro|teu dinheiro|qualquer valor|o que (?:voce|video call) mandar|isso|ele)\b")
_INVEST_PT = (r"\b(?:invista|investe|invistam|coloca|coloque|deposita|deposite|manda|mande|envia|"
              r"envie|bota|bote) (?:so |apenas |somente |a partir de |no minimo |minimo )?" + MONEY)
_GUAR_PT = (r"\b(?:garantid[oa]s?|garantia|sem riscos?|risco zero|zero riscos?|100 seguro|"
            r"lucro certo)\b")
_CTA_PT = (r"\b(?:me chama|chama (?:no|na) (?:pv|privado|dm|direct|inbox|whats\w*)|no privado|no pv|"
           r"me manda (?:uma )?(?:mensagem|msg|dm|direct)|me pergunta como|pergunta como)\b")

# -- de ------------------------------------------------------------------------------
_SPAN_DE = (r"(?:am tag|pro tag|taglich|pro woche|in der woche|jeden tag|im monat|pro monat|in "
            r"(?:24|48|\d+) ?(?:h|std|stunden|tagen)|in (?:einer|1) (?:woche|nacht))")
_EARN_DE = (
    r"\b(?:verdiene|verdient|mach|macht|hol dir|holt euch|kassiere|kassier|bekomme|bekommst) "
    r"(?:bis zu |uber |mindestens )?" + MONEY + r" (?:\w+ )?" + _SPAN_DE
    + r"|\b(?:zahlt|bringt|gibt) (?:mir|dir|uns|euch) " + MONEY + r" " + _SPAN_DE
    + r"|\b(?:verdopple|verdoppel|verdoppelt|verdreifache|verdreifacht) (?:dein|euer|mein) "
    r"(?:geld|investment|kapital)\b"
)
_DOUBLE_DE = (r"\bich (?:verdopple|verdoppel|verdreifache|vervielfache) (?:es|das|dein geld|deinen "
              r"einsatz|jeden betrag|alles)\b")
_INVEST_DE = (r"\b(?:investiere|investier|investiert|zahl|zahle|leg|lege|schick|schicke|sende|"
              r"uberweis|uberweise) (?:mir )?(?:nur |schon |ab |bloss |mindestens |einfach )?" + MONEY)
_GUAR_DE = r"\b(?:garantiert|garantie|ohne risiko|risikofrei|null risiko|100 sicher)\b"
_CTA_DE = r"\b(?:schreib mir|schreibt mir|privat|per dm|per pn|frag mich wie|meld dich)\b"

_SCHEME_LATIN = (
    "invest investing investment investments investors cripto criptomonedas criptomoneda "
    "criptomoedas criptovalute bitcoins inversion inversiones investimento investimenti "
    "investissement krypto kryptowahrung aktien borsa bolsa bourse robo robot robo trader plattform "
    "plataforma piattaforma system sistema metodo methode method platform stocks binary"
)

RULES: list[Rule] = [
    *lang_rules(_INVEST_EN, "invest deposit stake put send drop transfer", _EARN_EN,
                "earn make get receive withdraw cash pays paid makes made gives gave earns earned "
                "brings sends generates got gets pulled profited doubles triples doubled tripled multiplies "
                "turn turns turned", _DOUBLE_EN, "double triple 10x x10 quadruple multiply",
                _GUAR_EN, _CTA_EN, SCHEME_ANY + " " + _SCHEME_LATIN,
                "day days week weeks hour hours hr hrs h daily weekly hourly month night overnight "
                "tomorrow tonight monday tuesday wednesday thursday friday saturday sunday 24h 48h 72h "
                "12h 1h 2h 24hrs 48hrs mins minutes double triple 10x x10 quadruple multiply doubles "
                "triples doubled tripled multiplies turn turns turned guaranteed guarantee "
                "guaranteeed guranteed risk lose legit safe real scam"),
    *lang_rules(_INVEST_IT, "investi investite inverti metti mettete deposita depositate versa "
                "versate mandami inviami", _EARN_IT, "guadagna guadagnate guadagni guadagno fai "
                "fate prendi ricevi incassa intasca paga raddoppia triplica moltiplica",
                _DOUBLE_IT, "raddoppio triplico moltiplico", _GUAR_IT, _CTA_IT,
                SCHEME_ANY + " " + _SCHEME_LATIN,
                "giorno di settimana mese ore h giorni notte giornata giornalieri raddoppio "
                "triplico moltiplico raddoppia triplica moltiplica garantito garantita garantiti "
                "garantite sicuro rischi rischio"),
    *lang_rules(_INVEST_ES, "invierte inviertan inverti invertis mete meta deposita depositen manda "
                "mandame envia enviame pon", _EARN_ES, "gana ganen ganas genera generas generan "
                "saca sacas cobra cobras recibe recibes paga deja duplica triplica multiplica dobla",
                _DOUBLE_ES, "duplico triplico multiplico doblo", _GUAR_ES, _CTA_ES,
                SCHEME_ANY + " " + _SCHEME_LATIN,
                "dia diarios semana mes h hs horas dias noche duplico triplico multiplico doblo "
                "duplica triplica multiplica dobla garantizado garantizada garantizados "
                "garantizadas garantia riesgo riesgos seguro"),
    *lang_rules(_INVEST_FR, "investis investissez mets mettez depose deposez envoie envoies "
                "envoyez place placez verse versez", _EARN_FR, "gagne gagnez gagner touche touchez "
                "encaisse encaissez recois recevez retire retirez rapporte paie paye fait double "
                "doublez triple triplez multiplie multipliez", _DOUBLE_FR,
                "double triple multiplie", _GUAR_FR, _CTA_FR, SCHEME_ANY + " " + _SCHEME_LATIN,
                "jour semaine mois h heures jours nuit journee double doublez triple triplez "
                "multiplie multipliez garanti garantie garantis garanties assure risque risques "
                "sur fiable"),
    *lang_rules(_INVEST_PT, "invista investe invistam coloca coloque deposita deposite manda mande "
                "envia envie bota bote", _EARN_PT, "ganhe ganha ganhem fature fatura faturem lucre "
                "lucra lucrem receba recebe saque saca paga rende faz dobra dobre triplica triplique "
                "multiplica multiplique", _DOUBLE_PT, "dobro triplico multiplico duplico", _GUAR_PT,
                _CTA_PT, SCHEME_ANY + " " + _SCHEME_LATIN,
                "dia diarios semana dias mes h hs horas noite dobro triplico multiplico duplico "
                "dobra dobre triplica triplique multiplica multiplique garantido garantida "
                "garantidos garantidas garantia risco riscos seguro certo"),
    *lang_rules(_INVEST_DE, "investiere investier investiert zahl zahle leg lege schick schicke "
                "sende uberweis uberweise", _EARN_DE, "verdiene verdient mach macht hol holt "
                "kassiere kassier bekomme bekommst zahlt bringt gibt verdopple verdoppel verdoppelt "
                "verdreifache verdreifacht", _DOUBLE_DE, "verdopple verdoppel verdreifache "
                "vervielfache", _GUAR_DE, _CTA_DE, SCHEME_ANY + " " + _SCHEME_LATIN,
                "tag taglich woche monat h std stunden tagen nacht verdopple verdoppel verdoppelt "
                "verdreifache verdreifacht vervielfache garantiert garantie risiko risikofrei "
                "sicher"),
]
