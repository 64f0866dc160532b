"""Spam: get-rich brags and price-tagged sales, each with a call-to-action.

Two classes the earlier waves missed because their offer has no "free",
"cheap" or "earn N a day" cue:

* a **get-rich brag**: the writer *made* an amount of money in a short time
  ("made 500$ in one day with this crypto app 🚀 dm me for the invite
  code", "gané 500 euros en un día con esta app, escríbeme", "bir günde
  500 TL kazandım, dm at").  Three halves are needed: the brag (money, not
  game currency, and a time span), a scheme word anywhere in the message
  (crypto, trading, app, bot, method, invest...) and a call-to-action to the
  reader (dm me, link in bio, invite code).  "i made 500 robux selling
  shirts" (game currency, no span), "i made 50 dollars in one day
  babysitting, text me if you need a sitter" (no scheme) and "crypto scams
  are everywhere" (no brag) pass; a warning after the brag ("...is a scam")
  is talk about it.
* a **price-tagged sale**: a quantity of game currency, followers or
  accounts with a price ("1000 robux only 5$", "1000 diamantes solo 5
  euros", "1000 robux tylko 20 zł", "1000 dm cuma 10rb") and a
  call-to-action.  A buyer's story ("i got 1000 robux for 10 dollars") has
  a buying verb right before the quantity; a question cannot reach the
  call-to-action (the stretch stops at "?").

Patterns are matched against the phrase form: "$" and "€" are dropped,
"2" between words may read "to", "10,000" is "10 000".
"""

from __future__ import annotations

from .rules import Rule, rule

_AMOUNT = r"\d{1,3}(?:(?: \.)? \d{3})+(?: ?k)?|\d[\d,.]*(?: ?(?:k|rb|ribu|jt|juta))?"
_MONEY_UNIT = (r"(?:dollars?|usd|bucks|euros?|eur|pounds|gbp|quid|reais|rs|pesos|zl|zlotych|"
               r"tl|lira|liras|rupiah|rupees|franken|chf)")
_SPAN = (r"(?:(?:in|per|a|an|every|each|this|last|within|en|al|por|em|por|no|na|in|an|pro|w|"
         r"za|dalam) )?(?:(?:one|a|an|1|2|to|two|\d+|single|just|only|un|una|um|uma|une|un|"
         r"einem|einer|jeden|jedna|jednym|satu|solo|so|seul|seule) )?(?:day|days|week|weeks|"
         r"hour|hours|night|month|dia|dias|semana|semanas|hora|horas|mes|jour|jours|journee|"
         r"semaine|semaines|heure|heures|mois|tag|tagen|woche|wochen|stunde|stunden|giorno|"
         r"giorni|settimana|ora|ore|dzien|dni|tydzien|tygodnie|godzine|godziny|hari|minggu|jam)")
_BRAG = (
    r"(?:made|earned|make|earn|making|earning|got|pulled|cleared|profited) (?:over |like |about |"
    r"almost |up to |around )?(?:" + _AMOUNT + r") ?(?:" + _MONEY_UNIT + r" )?" + _SPAN
    + r"|(?:gane|ganamos|genere|hice|saque|ganhei|ganhamos|faturei|lucrei|fiz|gagne|j ?ai gagne|"
    r"j ?ai fait|j ?ai touche|ho guadagnato|guadagnato|zarobilem|zarobilam|zarobilismy) (?:mas de |"
    r"mais de |plus de |oltre |ponad |hasta |ate )?(?:" + _AMOUNT + r") ?(?:" + _MONEY_UNIT
    + r" )?" + _SPAN
    + r"|(?:" + _AMOUNT + r") ?(?:" + _MONEY_UNIT + r" )?(?:an|in|pro) (?:einem |einer |\d+ )?"
    r"(?:tag|tagen|woche|wochen|stunde|stunden) verdient"
    + r"|(?:bir|1|\d+|tek) (?:gunde|haftada|saatte|ayda|gecede) (?:" + _AMOUNT + r") ?(?:"
    + _MONEY_UNIT + r" |dolar )?kazandim"
    + r"|(?:sehari|seminggu|sejam|semalam|(?:dalam |cuma )?(?:1|satu) (?:hari|minggu|jam)) "
    r"(?:bisa |udah |sudah )?(?:dapet|dapat|dpt|cuan|untung|profit) (?:" + _AMOUNT + r")"
    + r"|(?:dapet|dapat|dpt|cuan|untung|profit) (?:" + _AMOUNT + r") ?(?:" + _MONEY_UNIT
    + r" )?(?:sehari|seminggu|sejam|per hari|dalam sehari|dalam seminggu)"
)
_SCHEME = (r"(?:crypto|cryptos|bitcoin|btc|eth|usdt|trading|trade|trades|forex|invest|investing|"
           r"investment|app|apps|bot|method|system|signals|nft|nfts|stocks|platform|referral|"
           r"cripto|criptomonedas|criptomoedas|inversion|invertir|investimento|investir|metodo|"
           r"sistema|plataforma|aplicacion|aplicativo|appli|application|methode|krypto|"
           r"plattform|methode|kripto|aplikasi|trading|investasi|uygulama\w*|yatirim|bahis|"
           r"aplikacja|aplikacji|aplikacje|inwestycj\w*|metoda|metode)")
# the first letters of the scheme words: the look-ahead that finds one is tried at every
# word of the message, and most words start with another letter
_SCHEME_AHEAD = r"(?=[abcefikmnprstuy])"
_SCHEME_WORDS = (
    "crypto cryptos bitcoin btc eth usdt trading trade trades forex invest investing investment app "
    "apps bot method system signals nft nfts stocks platform referral cripto criptomonedas "
    "criptomoedas inversion invertir investimento investir metodo sistema plataforma aplicacion "
    "aplicativo appli application methode krypto plattform kripto aplikasi investasi uygulama "
    "uygulamasi uygulamayla uygulamadan yatirim bahis aplikacja aplikacji aplikacje inwestycja "
    "inwestycje inwestycji metoda metode"
)
# a brag told about someone else ("my dad made 500 in one day trading
# stocks") is news, not an offer
_OTHERS = ("he", "she", "they", "dad", "mom", "mum", "brother", "sister", "uncle", "aunt", "cousin",
           "friend", "someone", "people", "guy", "girl", "papa", "mama", "ayahku", "abangku", "babam",
           "abim")
# one look-behind per word length (a look-behind has a fixed width): seven tests instead of
# 22 at each word the brag may start at, after a look-ahead for the letters a brag starts
# with (a digit, or the first letter of its verbs and span words: most words fail it)
_NOT_OTHERS = r"(?=[bcdefghjlmpstuz\d])" + "".join(
    rf"(?<!\b(?:{'|'.join(w for w in _OTHERS if len(w) == n)}) )"
    for n in sorted({len(w) for w in _OTHERS})
)
_WARNED = (r"(?![^.!?]{0,60}\b(?:scam|scams|scammer|scammers|fake|fraud|lie|lies|not real|trap|"
           r"estafa|golpe|arnaque|betrug|truffa|dolandiric\w*|sahte|penipuan|penipu|hoax|hoaks|"
           r"bohong|oszust\w*|sciema)\b)")
_CTA = (
    r"(?:dm|pm|message|msg|text|inbox|hmu|hit) (?:me|us)|dm for|ask me how|link in (?:my )?bio|"
    r"(?:invite|referral|promo) (?:code|link)|"
    r"escribeme|escribenos|mandame (?:dm|md|mensaje)|link en (?:mi )?bio|codigo de invitacion|"
    r"(?:me )?chama no (?:pv|privado|direct|dm)|me chama|link na bio|codigo de convite|"
    r"ecris moi|ecrivez moi|contacte moi|lien en bio|code d ?invitation|"
    r"schreib mir|schreibt mir|link in der bio|einladungscode|"
    r"scrivimi|scriveteci|link in bio|codice invito|"
    r"dm (?:at|atin|atin|atabilirsin)|bana yaz|mesaj at|davet kodu|"
    r"(?:dm|chat|wa|japri|pm) (?:aku|gue|gw|saya|admin|min|kak)|kode (?:referal|referral|undangan)|"
    r"link di bio|wa \. me|pisz|piszcie|napisz|kod (?:zaproszenia|polecajacy)|link w bio|"
    r"\w+ \. (?:com|top|xyz|ly|me|io|net|org|link|site|online|club|shop|info|biz|cc|co|app|vip|"
    r"win|live|pro|gg)"
)

_GOODS = (r"(?:robux|vbucks|v bucks|diamonds?|diamantes|diamants|diamanten|diamenty|dm|gems|gemas|"
          r"gemy|uc|coins|koin|nitro|followers?|seguidores|abonnes|follower|takipci|obserwujacych|"
          r"likes|views|accounts?|accs?|akun|konta|skins?|pavos|minecoins|pulsa)")
_ONLY = (r"(?:(?:for )?(?:only|just)|solo|por solo|por|apenas|por apenas|seulement|pour "
         r"seulement|pour|nur|fur nur|fur|a solo|tylko|za tylko|za|cuma|hanya|harga|sadece|"
         r"yalnizca|for|per)")
_SELL_CTA = (
    r"(?:dm|pm|message|msg|text|whatsapp|contact|hmu|hit up|add) (?:me|us|admin|the admin|our "
    r"admin)|dm for|link in (?:my )?bio|escribeme|escribenos|mandame (?:dm|md|mensaje)|"
    r"chama no (?:pv|privado|direct|dm)|me chama|ecris moi|contacte moi|schreib mir|scrivimi|"
    r"pisz|piszcie|napisz|(?:dm|chat|wa|japri|pm) (?:aku|gue|gw|saya|admin|min|kak)|wa \. me|"
    r"dm (?:at|atin)|bana yaz|mesaj at"
)
_PRICE = (
    r"(?<!got )(?<!bought )(?<!buy )(?<!paid )(?<!spent )(?<!gift )(?:" + _AMOUNT + r") "
    + _GOODS + r" " + _ONLY + r" (?:" + _AMOUNT + r")(?: ?(?:" + _MONEY_UNIT + r"|dolar|"
    r"dolares|zloty|lei))?"
)

RULES: list[Rule] = [
    rule("spam:scam", "spam",
         "made earned make earn making earning got pulled cleared profited gane ganamos genere "
         "hice saque ganhei ganhamos faturei lucrei fiz gagne ai guadagnato zarobilem zarobilam "
         "zarobilismy verdient kazandim sehari seminggu sejam semalam dalam cuma dapet dapat dpt "
         "cuan untung profit",
         r"^(?=.*?\b" + _SCHEME_AHEAD + _SCHEME + r"\b).*?\b" + _NOT_OTHERS + r"(?:" + _BRAG + r")\b"
         + _WARNED + r"[^?]{0,80}?\b(?:" + _CTA + r")\b",
         # the look-ahead scans the whole message: a scheme word first, cheaply
         requires=_SCHEME_WORDS),
    rule("spam:promo", "spam",
         "only just solo por apenas seulement pour nur fur tylko za cuma hanya harga sadece "
         "yalnizca for per",
         r"\b" + _PRICE + r"\b" + _WARNED + r"[^?]{0,60}?\b(?:" + _SELL_CTA + r")\b" + _WARNED,
         requires="dm pm message msg text whatsapp contact hmu hit add link escribeme escribenos "
                  "mandame chama ecris contacte schreib scrivimi pisz piszcie napisz chat wa "
                  "japri bana mesaj"),
]
