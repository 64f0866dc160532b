"""Money offers with a phone call-to-action ("🔥GANA DINERO FÁCIL🔥 escribe
al 612 34 58 90 y te explico", "earn $500 a day, whatsapp me on +44 ...").

Why a rule family of its own: the money-offer rules in spam.py need a click
or link word; these scams send the reader to a phone number instead, and the
PII stage alone only redacted the number, so the offer was shown.  Both
halves are needed, in either order and within one sentence-ish stretch:

* an offer of money: an amount or money after earn/make/win (gana, ganhe,
  gagne, verdiene, guadagna...), "easy/fast money" (dinero fácil, dinheiro
  rápido, argent facile, schnelles Geld, soldi facili), "work from home",
  "passive income", "ingresos/renda extra";
* a call-to-action to a number: write / text / call / WhatsApp (me|us) (at|
  on|al|au|no|an|al) and seven or more digits, or an app name right before
  the digits ("wsp 612 ...", "zap 11 9...").

Either half alone is everyday talk: "call me at 5 after practice", "escribe
al profe si no entiendes", "i want to make money from home one day".  Talk
about such scams ("earn money fast is a scam, never text the number") is
left alone by a scam word after the offer, as in spam.py.
"""

from __future__ import annotations

from .rules import Rule, rule

_AMOUNT = r"(?:\d[\d,. ]*k?|[٠-٩][٠-٩,. ]*)"
_NOT_WARNING = (r"(?![^.!?]{0,60}\b(?:scam|scams|scammer|fake|fraud|lie|lies|not real|trap|estafa|"
                r"golpe|arnaque|betrug|truffa|развод|мошенн\w*|обман)\b)")
_OFFER = (
    r"(?:(?:earn|make|win|get|receive) (?:up to |over |easy |quick |fast |real |extra |free |"
    r"daily )*(?:" + _AMOUNT + r" ?(?:dollars|usd|euros?|pounds|gbp|eur)?|money|cash)|"
    r"(?:easy|fast|quick) (?:money|cash)|(?:work|earn|money) from home|passive income|"
    r"(?:gana|gane|ganar|genera|generar|consigue|ganhe|ganha|ganhar|fature|lucre|gagne|gagnez|"
    r"gagner|verdiene|verdient|verdienen|guadagna|guadagnate|guadagnare) (?:hasta |ate |"
    r"jusqu'a |bis zu |fino a )?(?:" + _AMOUNT + r" ?(?:dolares|euros?|pesos|reais|eur|usd)?|"
    r"(?:mucho |de l'|schnelles |leichtes |tanti )?(?:dinero|plata|dinheiro|grana|argent|"
    r"thunes|geld|soldi|denaro))|(?:dinero|plata|dinheiro|grana|argent|soldi) (?:facil|rapido|"
    r"rapide|facile|facili|veloce|veloci|extra)|(?:ingresos|renda|ganancias) extra|"
    r"(?:schnelles|leichtes) geld|trabaja desde casa|trabalhe de casa|travaille de chez toi)"
)
# seven or more digits with spaces, dots or dashes between (the phrase form
# writes "+34 612-34-58-90" as "34 612 34 58 90")
_NUMBER = r"(?=(?:[ .-]*\d){7})\d[\d .-]*\d"
_CTA_VERB = (
    r"(?:text|txt|call|ring|whatsapp|whats app|message|msg|dm|contact|reach|hit) (?:me|us) "
    r"(?:up )?(?:at|on|via|to)?|(?:text|call|whatsapp|contact) (?:at|on)|"
    r"(?:escribe|escribeme|escribenos|llama|llamame|llamanos|contacta|contactame|manda un "
    r"(?:mensaje|whatsapp|wsp)|mandame un (?:mensaje|whatsapp|wsp)) (?:al|a|en|por)?|"
    r"(?:ecris moi|ecrivez moi|ecris|appelle moi|appelez moi|contacte moi|contactez moi|envoie "
    r"un (?:message|sms)) (?:au|sur|par)?|"
    r"(?:me chama|chama|liga|me liga|escreve|me manda (?:msg|mensagem)|manda (?:msg|mensagem)) "
    r"(?:no|na|pro|pelo|para o)?|"
    r"(?:schreib mir|schreibt mir|ruf mich|ruft mich|meld dich|meldet euch) (?:an |unter |auf )?|"
    r"(?:scrivimi|scriveteci|chiamami|chiamateci|contattami|contattateci|scrivi) (?:al|su|a)?"
)
_APP = r"(?:whatsapp|whats app|wsp|wpp|zap|telegram|tg|signal|sms|tel|telefono|telefone|numero)"
_CTA = r"(?:(?:" + _CTA_VERB + r") ?(?:(?:el |o |le |il |mein |my |our )?" + _APP + r" ?)?|" \
    + _APP + r" )" + _NUMBER

_TRIGGERS = (
    "earn make win get receive easy fast quick work money passive gana gane ganar genera "
    "generar consigue ganhe ganha ganhar fature lucre gagne gagnez gagner verdiene verdient "
    "verdienen guadagna guadagnate guadagnare dinero plata dinheiro grana argent soldi ingresos "
    "renda ganancias schnelles leichtes trabaja trabalhe travaille"
)

# one of these (a call-to-action word) must be in the message too
_REQUIRES = (
    "text txt call ring whatsapp whats message msg dm contact reach hit escribe escribeme "
    "escribenos llama llamame llamanos contacta contactame manda mandame ecris ecrivez appelle "
    "appelez contacte contactez envoie chama liga escreve schreib schreibt ruf ruft meld meldet "
    "scrivimi scriveteci chiamami chiamateci contattami contattateci scrivi wsp wpp zap telegram "
    "tg signal sms tel telefono telefone numero"
)

RULES: list[Rule] = [
    rule("spam:scam_contact", "spam", _TRIGGERS,
         r"\b" + _OFFER + r"\b" + _NOT_WARNING + r"[^?]{0,80}?\b" + _CTA
         + r"|\b" + _CTA + r"\b[^?]{0,80}?\b" + _OFFER + r"\b" + _NOT_WARNING,
         requires=_REQUIRES),
]
