"""Spam classes the first waves missed: account phishing with a link,
follow-for-follow / sub-for-sub begging, and cheap game currency for sale
with a contact call-to-action.

Why each needs two halves (so the everyday half alone passes):

* phishing: "verify / confirm / log in to your account" *and* a domain in
  the message ("just verify ur account at robux-gifts-now.xyz").  "roblox
  made me verify my account" (my, no link) and "verify your account in the
  settings" (no domain) are ordinary.
* begging: a trade of follows/subs/likes ("sub 4 sub", "follow for follow",
  "follow me and i follow back", "like por like").  "i subbed to her
  channel", "follow the link in the assignment" and "she followed me back"
  are not a trade; a judgement after it ("sub for sub is so cringe") is
  talk about it.
* selling: cheap / selling + game currency or accounts, then "dm me / contact
  admin / whatsapp".  A question ("where can i buy cheap robux?") cannot
  reach its call-to-action: the stretch between them stops at "?".

Patterns are matched against the phrase form (``Prepared.plain``): "ur" is
"your", "4" between words is "for", "x.xyz" is "x . xyz".
"""

from __future__ import annotations

from .rules import Rule, rule

_DOMAIN = (r" \. (?:com|gg|tv|be|ly|net|org|io|me|co|app|link|gl|live|xyz|top|site|online|club|"
           r"shop|info|biz|cc|vip|win|pro|ru|tk|ml|ga|cf|gift|gifts|fun)\b")
_NOT_SCHOOL = (r"(?!.*\b(?:homework|assignment|project|class|classroom|lesson|teacher|school|"
               r"tarea|deberes|clase|devoirs|classe|hausaufgaben|klasse|lehrer|compiti|scuola|"
               r"escola|aula)\b)")
_PHISH = (
    r"(?:verify|verifiy|confirm|validate|activate|unlock|(?:log|sign) ?in (?:to|on|with)|login "
    r"(?:to|on|with)|enter|type) (?:your|you) (?:roblox |discord |epic |steam |fortnite |"
    r"instagram |insta |tiktok )?(?:account|acc|acct|login|username|password|details|info)|"
    r"(?:verifica|confirma|valida) (?:tu|su) cuenta|(?:verifique|verifica|confirme|confirma) "
    r"(?:sua|tua|a sua) conta|(?:verifie|verifiez|confirme|confirmez|valide|validez) (?:ton|"
    r"votre) compte|(?:verifiziere|verifizier|bestatige|bestaetige|bestatigt) (?:dein|deinen|"
    r"ihr|euer) (?:konto|account)|(?:verifica|conferma|verificate|confermate) (?:il tuo|"
    r"il vostro) account"
)
_JUDGED = (r"(?![^.!?]{0,60}\b(?:cringe|dumb|stupid|annoying|lame|scam|scams|fake|does not work|"
           r"never works|is so|is such|is banned|against the rules)\b)")
_TRADE = r"(?:sub|subs|like|likes|follow|follows|seguidor|seguidores|abo|abos)"
_BEG = (
    r"(?:" + _TRADE + r" (?:for|por|x|pour|contre|gegen|per) (?:a |un |una |um |uma |ein )?"
    + _TRADE + r"(?: back)?|f4f|l4l|s4s|sub4sub|follow4follow|like4like|"
    r"follow (?:me|my \w+|us|each other)\b[^.?]{0,40}?\b(?:and|n|for|then|ill|i will|i ll|i "
    r"follow) (?:a |i (?:will |ll |)|you )?follow(?:s| you)? back|"
    r"(?:sigueme|seguime|siganme) (?:y|why) te sigo|te sigo de vuelta|sigo de volta|segue que eu sigo|"
    r"(?:abonne toi|abonnez vous) (?:et |je )?(?:je )?(?:m'abonne|m abonne|te suis|vous suis) en retour|"
    r"(?:folgt|folg) mir(?: und)? ich folge (?:euch |dir )?zuruck|"
    r"(?:seguitemi|seguimi) e (?:ricambio|ti seguo)|ricambio (?:il )?follow)"
)
_CURRENCY = (r"(?:robux|vbucks|v bucks|diamonds|diamantes|diamants|gems|gemas|uc|coins|nitro|"
             r"accounts?|accs?|followers|seguidores|skins?|pavos|minecoins)")
_SELL_CTA = (
    r"(?:dm|pm|message|msg|text|whatsapp|contact|hmu|hit up|add) (?:me|us|admin|the admin|our "
    r"admin)|(?:escribeme|escribenos|mandame (?:dm|md|mensaje)|chama no (?:pv|privado|direct)|me "
    r"chama|ecris moi|contacte moi|schreib mir|scrivimi)"
)

RULES: list[Rule] = [
    rule("spam:phishing", "spam",
         "verify verifiy confirm validate activate unlock log sign login enter type verifica "
         "confirma valida verifique confirme verifie verifiez confirmez valide validez "
         "verifiziere verifizier bestatige bestaetige bestatigt conferma verificate confermate",
         r"^" + _NOT_SCHOOL + r"(?=.*?" + _DOMAIN + r").*?(?<!never )(?<!not )(?<!dont )(?<!ever )\b"
         + _PHISH + r"\b" + _JUDGED,
         requires="com gg tv be ly net org io me co app link gl live xyz top site online club "
                  "shop info biz cc vip win pro ru tk ml ga cf gift gifts fun"),
    rule("spam:promo", "spam",
         "sub subs like likes follow follows seguidor seguidores abo abos f4f l4l s4s sub4sub "
         "follow4follow like4like sigueme seguime siganme sigo segue abonne abonnez folgt folg "
         "seguitemi seguimi ricambio",
         r"\b" + _BEG + r"\b" + _JUDGED),
    rule("spam:promo", "spam",
         "cheap cheapest selling sell sale barato baratos baratas vendo venta pas cher billig "
         "verkaufe economici vendesi",
         r"\b(?:cheap|cheapest|selling|sell|barat[oa]s?|vendo|pas cher|billige?|verkaufe|"
         r"economici) (?:\w+ ){0,2}?" + _CURRENCY + r"\b" + _JUDGED + r"[^?]{0,60}?\b"
         + _SELL_CTA + r"\b",
         requires="dm pm message msg text whatsapp contact hmu hit add escribeme escribenos "
                  "mandame chama ecris contacte schreib scrivimi"),
]
