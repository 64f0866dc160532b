"""Sextortion for payment and threats without a violent verb aimed at "you"
(appended to `harm.RULES`).

Found missing on a blind evaluation; written as classes, in several
languages:

* sextortion for money: "i have ur pics. send 100$ in btc or the whole
  school sees them".  The older sextortion rules need a posting verb with
  the pictures ("i'll post your pics"); a payment demand instead names the
  *audience that will see them*.  Held when the writer claims the reader's
  pictures, a payment follows (an amount, btc, gift cards, robux, money) and
  then "or / unless / otherwise" with an audience or a posting verb.  "i have
  ur pics from the trip, want me to send them?" has no demand and passes;
  news and warnings ("scammers say 'i have your pics...'") are reports.
* a weapon brought, then one person "is done / dead / finished": "bringing
  my brothers knife tmrw, that kid is done" ("that kid is done with school"
  and toy weapons pass).
* "ur getting jumped monday": the reader is going to be beaten (games pass).
* revenge for reporting: "whoever reported my account ... i will find out /
  find you", German "wer mich (nochmal) meldet, den find ich".
* knowing the reader's school as a threat in German, Spanish and Italian
  ("ich weiß wo eure schule ist", "sé dónde está tu colegio", "so in quale
  scuola vai"); English/French/Portuguese are in `harm_threats.py`.
"""

from __future__ import annotations

from .harm_weapons import _BRING_WEAPON_EN
from .rules import Rule, rule

_PICS_EN = (r"(?:all )?(?:your|ur|all your|all ur) (?:private |naked |nude |spicy )?(?:pictures|"
            r"picture|nudes|videos|video|pics|photos|snaps|screenshots|chats|messages|dms)\b"
            r"(?! (?:from|of|at) (?:the|our|my|this|that|last|school|class) )")
# what is demanded: an amount, a currency, a payment method
_PAY = (r"(?:\d+|btc|bitcoin|crypto|gift ?cards?|giftcards?|robux|v ?bucks|paypal|cash ?app|venmo|"
        r"money|cash|pay|paysafe|steam cards?|amazon cards?|itunes|apple cards?|google play|euros?|"
        r"dollars?|pounds|quid|bucks|dinero|plata|pasta|tarjetas? regalo|paga|pagame|argent|thunes|"
        r"fric|cartes? cadeaux?|paie|paye|geld|kohle|gutscheine?|gutscheinkarten?|zahl|bezahl|"
        r"dinheiro|grana|pix|cartao presente|cartoes presente|paga|soldi|ricarica|ricariche|"
        r"carte regalo|carta regalo)")
_AUDIENCE = (r"(?:everyone|everybody|(?:the|your|ur) (?:whole |entire )?(?:school|class|year|grade|"
             r"family|followers|contacts|friends|parents|mum|mom|dad|gc|group chat)|the internet|"
             r"online|everywhere|the group|they go|it goes|i (?:post|leak|share|send|upload|expose|"
             r"spread|show)|i will (?:post|leak|share|send|upload|expose|spread|show)|ill (?:post|"
             r"leak|share|send|upload|expose|spread|show)|they will be (?:posted|everywhere|online))")
_OR_EN = r"\b(?:or|unless|otherwise|or else|if not|if you do not|if you dont|else)\b"

RULES: list[Rule] = [
    # "i have ur pics. send 100$ in btc or the whole school sees them"
    rule("threat:sextortion", ("threat", "sexual"),
         "have got saved kept screenshotted screenshot recorded send pay give transfer",
         r"\bi (?:have|got|have got|saved|kept|still have|screenshotted|recorded|screenshot) "
         + _PICS_EN + r"[^?]{0,80}?\b" + _PAY + r"\b[^?]{0,50}?" + _OR_EN + r"[^?]{0,30}?\b"
         + _AUDIENCE + r"\b|"
         # the demand first: "send 50 in gift cards or everyone sees your pics"
         r"\b(?:send|pay|give|transfer|get) (?:me )?[^.?]{0,30}?\b" + _PAY + r"\b[^?]{0,40}?"
         + _OR_EN + r"[^?]{0,30}?\b(?:everyone|everybody|the whole \w+|your (?:whole )?\w+|i \w+) "
         r"(?:\w+ )?(?:sees|see|gets|get|will see|will get|post|posts|leak|share|send) " + _PICS_EN),
    rule("threat:sextortion", ("threat", "sexual"), "tengo tenemos guarde",
         r"\b(?:tengo|tenemos|guarde) (?:todas )?(?:tus|las) (?:fotos|pictures|videos|nudes|pack|"
         r"capturas)\b(?! (?:del|de la|de los) )[^?]{0,80}?\b" + _PAY + r"\b[^?]{0,50}?\b(?:o|si no|"
         r"sino|o si no)\b[^?]{0,30}?\b(?:todo el (?:colegio|instituto|mundo|insti)|toda (?:la "
         r"escuela|tu (?:familia|clase))|todos|tus (?:padres|amigos|seguidores)|(?:las|los) "
         r"(?:subo|publico|paso|mando|filtro|comparto))\b"),
    rule("threat:sextortion", ("threat", "sexual"), "j'ai jai",
         r"\b(?:j'ai|jai) (?:toutes )?tes (?:photos|pictures|nudes|videos|captures|screens)\b"
         r"(?! de )[^?]{0,80}?\b" + _PAY + r"\b[^?]{0,50}?\b(?:sinon|ou)\b[^?]{0,30}?\b(?:tout le "
         r"(?:monde|college|lycee)|toute (?:l'ecole|la classe|ta famille)|tes (?:parents|potes|"
         r"abonnes)|je (?:les )?(?:poste|balance|publie|envoie|diffuse))\b"),
    rule("threat:sextortion", ("threat", "sexual"), "hab habe haben",
         r"\b(?:ich hab|ich habe|hab|wir haben) (?:alle )?deine (?:bilder|fotos|nacktbilder|nudes|"
         r"videos|pictures)\b(?! (?:vom|von der|aus dem) )[^?]{0,80}?\b" + _PAY + r"\b[^?]{0,50}?"
         r"\b(?:oder|sonst|ansonsten)\b[^?]{0,30}?\b(?:die ganze (?:schule|klasse)|alle|jeder|deine "
         r"(?:eltern|freunde|follower)|ich (?:poste|schick|schicke|leake|zeig|verschick))"),
    rule("threat:sextortion", ("threat", "sexual"), "tenho temos",
         r"\b(?:eu )?(?:tenho|temos) (?:todas )?(?:as )?(?:suas|tuas) (?:fotos|pictures|nudes|"
         r"videos|prints)\b(?! (?:da|do|de) )[^?]{0,80}?\b" + _PAY + r"\b[^?]{0,50}?\b(?:ou|senao|"
         r"se nao)\b[^?]{0,30}?\b(?:a escola (?:toda|inteira)|toda a escola|todo mundo|todos|seus "
         r"pais|teus pais|eu (?:posto|vazo|mando|espalho))\b"),
    rule("threat:sextortion", ("threat", "sexual"), "ho abbiamo",
         r"\b(?:ho|abbiamo) (?:tutte )?(?:le tue|i tuoi) (?:foto|pictures|nudes|video)\b"
         r"(?! (?:della|del|dalla|di) )[^?]{0,80}?\b" + _PAY + r"\b[^?]{0,50}?\b(?:o|altrimenti)\b"
         r"[^?]{0,30}?\b(?:tutta la (?:scuola|classe)|tutti|i tuoi (?:genitori|amici)|(?:le|li) "
         r"(?:pubblico|mando|posto|giro))\b"),
    # -- a weapon brought, then one person "is done" ------------------------------
    rule("threat:weapon", "threat",
         "gun guns knife knives blade machete pistol rifle shotgun weapon weapons firearm glock "
         "revolver piece strap",
         r"\b" + _BRING_WEAPON_EN + r"[^?]{0,50}?\b(?:(?:that|this) (?:kid|guy|boy|girl|dude|lad|"
         r"loser|bitch|idiot|snitch|rat|bully|nerd|freak|prick|twat|man|bro|guys?|kids)|he|she|him|"
         r"her|hes|shes) (?:is |s )?(?:so )?(?:done|dead|"
         r"finished|over|getting it|gonna get it|going to get it)\b(?! (?:with|for|eating|playing|"
         r"talking|yet|already|now ?\?))"),
    # -- "ur getting jumped monday" -----------------------------------------------
    rule("threat:violence", "threat", "jumped beaten beat battered bodied stabbed shanked merked smacked knocked "
                                      "banged done",
         r"\b(?:you are|your|youre|you) (?:getting|gonna get|going to get|about to get|bout to get|"
         r"will get) (?:jumped|beaten up|beat up|battered|bodied|stabbed|shanked|merked|"
         r"smacked up|knocked out|banged up|done in)\b(?! (?:in|on|at) (?:fortnite|minecraft|"
         r"roblox|the game|game|cod|warzone|fifa|valorant|apex|gta|the match|the round)| by (?:the|a) "
         r"(?:game|bot|boss|ball|wave))",
         # "you" and "getting" are everywhere: the harm word is the trigger
         requires="getting get gonna going about"),
    # -- revenge for reporting ----------------------------------------------------
    rule("threat:violence", "threat", "reported snitched grassed reports reporting",
         r"\b(?:whoever|who ever|the person who|the one who|if (?:someone|anyone|you)) (?:\w+ )?"
         r"(?:reported|snitched on|grassed on|grassed|reports|keeps reporting) (?:me|my account|us|"
         r"my acc|my page)\b[^?]{0,60}?\b(?:i (?:will|am going to|am gonna)|ill|imma) (?:find "
         r"(?:out|you|them|u)|get (?:you|them)|catch (?:you|them)|track (?:you|them))\b"),
    rule("threat:violence", "threat", "meldet gemeldet verpetzt verpfeift",
         r"\bwer (?:mich|uns|meinen account) (?:\w+ )?(?:meldet|gemeldet hat|verpetzt|verpfeift)\b"
         r"[^.?]{0,20}?\b(?:den|die|der) (?:find|finde|krieg|kriege|hol|erwisch|erwische) ich\b"),
    # -- "i know where your school is" in de / es / it ------------------------------
    rule("threat:stalking", "threat", "weiss weis donde colegio instituto escuela dove quale scuola",
         r"\b(?:ich )?(?:weiss|weis) (?:genau )?(?:wo|auf welche) (?:deine|eure|dein) (?:schule|"
         r"klasse|haus)\b(?!(?: ist| liegt)? (?:die|sie|das|der) (?:ist|liegt) (?:neben|bei|"
         r"gegenuber|direkt|auch))|\b(?:ich )?(?:weiss|weis) (?:genau )?(?:wo|auf welche schule) (?:du|ihr) "
         r"(?:gehst|geht|zur schule gehst|wohnst|wohnt)\b|"
         r"\b(?:yo )?se (?:donde|a que) (?:esta tu|queda tu|(?:colegio|instituto|escuela) vas|"
         r"estudias|vas al colegio)\b|"
         r"\b(?:io )?so (?:dove|in quale scuola|che scuola) (?:vai a scuola|abiti|studi|vai|e la "
         r"tua scuola|fai)\b"),
]
