"""Game scams that name no platform (appended to `spam.RULES`; category
`spam`, which the spam stage blocks):

* a fake "game support team", "admin" or "moderator of the server" asking
  for the reader's login: "hello this is the game support team, your
  account will be banned, send your password to verify", "moderator of the
  server here: verify your account by sending me your password", "soy admin
  del servidor, mándame el código que te llegó", "ben sunucu
  yöneticisiyim, gelen kodu söyle", "main game ka admin hoon, apna password
  bhejo".  spam_support.py needs a platform next to the role ("roblox
  support"); the impersonator who says only "game support" or "the admin"
  passed.  Rule `spam:phishing`.
* a currency top-up that asks for the login: "i can top up your v-bucks,
  just give me your login", "je recharge tes diamants, donne ton
  identifiant et ton mdp", "ich lade deine v-bucks auf, gib mir dein
  passwort".  spam_credentials.py gates on free / promo / giveaway words; a
  paid or "cheap" top-up offers none.  Rule `spam:phishing`.

The staff identity must be the writer's own: a self-presentation ("i am /
this is / we are / soy / je suis / ich bin / я / ben / jestem / aku / انا /
main ... hoon"), a role with "here" ("admin here", "moderator of the server
here"), or a game or server named with the role ("game support", "server
staff", "admin del servidor").  The request is an imperative for the
password, a verification code, "the code we sent you" or "verify your
account" with a deadline - a username alone is not a login ("i'm the admin
of our class group, send me your username so i can add you" passes).

What passes: a child asking how to reset a password (no identity), advice
("never give your password to 'support', it's a scam": a negation between
the halves, and the scam frame), "the admin of our class group is the
teacher" (no request), "admin of the server here, the event starts at 6",
"i bought diamonds with my pocket money", reports of a scam ("someone
pretending to be game support asked for my password"; the scam and report
frames).  Free-recharge link spam: spam_free_recharge.py.
"""

from __future__ import annotations

from .rules import Rule, rule
from .spam_support import (
    _NOT_WARNED,
    _REQ_DE,
    _REQ_ES,
    _REQ_FR,
    _REQ_HI,
    _REQ_ID,
    _REQ_IT,
    _REQ_PL,
    _REQ_PT,
    _REQ_TR,
)

# no negation, report verb or warning between the identity and the request ("... never
# asks for your password", "... said don't share your code", "nunca pide tu contraseña")
_NEG = (r"never|not|no|dont|cant|said|says|told|tells|will never|jamais|pas|ne|nunca|dijo|dice|"
        r"nao|disse|diz|niemals|nie|nicht|kein|mai|non|ha detto|asla|hicbir|dedi|nigdy|powiedzial\w*|"
        r"jangan|bilang|tidak|gak|nggak|mat|nahi|nhi|kabhi|никогда|не|сказал\w*|لا|ابدا|ما")
# in words (the request is tried at word starts only), up to 30 of them, no question mark
_GAP = r"(?: (?!(?:" + _NEG + r")\b)[^ ?]+){0,30}? "

# -- the writer's staff identity with no platform --------------------------------------
_ROLE_EN = (r"(?:support|staff|admin|admins|administrator|moderator|moderators|mod|mods|owner|"
            r"helpdesk|help desk|security|moderation|customer service|tech support)")
_ID_EN = (r"(?:i am|we are|this is|it is|here is|i work for|i work at|message from)(?: (?!(?:" + _NEG
          + r")\b)[\w']+){0,3}? (?:an? |the )?(?:official |real )?(?:game'?s? |server'?s? |account |security |"
          r"customer |technical |tech |moderation |admin |support )?(?:support|staff|admin|administrator|"
          r"moderator|mod|team|helpdesk|help desk)|(?:game|server|official|account|official game) "
          + _ROLE_EN + r"|" + _ROLE_EN + r"(?: team)?(?: of (?:this|the|our) (?:server|game|group|chat|clan|"
          r"guild|community))? here|(?:the )?(?:support|security|moderation|admin) team (?:here|speaking)")
_ID_FR = (r"(?:je suis|on est|nous sommes|c'est|ici)(?: \w+){0,2}? (?:un |une |le |la |l'|du |de l'|de la )?"
          r"(?:admin|administrateur|modo|moderateur|moderatrice|support|staff|equipe|service client)|"
          r"(?:support|equipe|staff|admin|administrateur|moderation|modo|moderateur)(?: technique)? (?:du|"
          r"de ce|de notre) (?:jeu|serveur)|(?:admin|modo|support|staff) ici")
_ID_ES = (r"(?:soy|somos|aqui|habla|te habla|te escribe)(?: \w+){0,2}? (?:el |la |un |una |del |de )?"
          r"(?:admin|administrador|administradora|moderador|moderadora|mod|soporte|staff|equipo)|"
          r"(?:soporte|equipo|staff|admin|administrador|moderador|moderacion)(?: tecnico)? (?:del|de este|"
          r"de nuestro) (?:juego|servidor|server)|soporte tecnico|(?:admin|moderador|soporte) aqui")
_ID_PT = (r"(?:sou|somos|aqui e|fala)(?: \w+){0,2}? (?:o |a |um |uma |do |da )?(?:admin|adm|"
          r"administrador|moderador|moderadora|mod|suporte|staff|equipe)|(?:suporte|equipe|staff|admin|"
          r"adm|administrador|moderador|moderacao)(?: tecnico)? (?:do|deste|desse) (?:jogo|servidor|server)|"
          r"suporte tecnico|(?:admin|adm|suporte|moderador) aqui")
_ID_DE = (r"ich bin (?:\w+ ){0,2}?(?:admin|administrator|moderator|mod|support|supporter|spielsupport)|"
          r"wir sind (?:\w+ ){0,2}?(?:support|team|admins|moderatoren)|hier (?:ist|spricht|schreibt) (?:\w+ )"
          r"{0,2}?(?:support|team|admin|moderator)|(?:support|team|admin|administrator|moderator|mods?)(?: "
          r"des| vom| von diesem| von dem) (?:spiels?|servers?)|spiel ?support|vom support|(?:admin|"
          r"support|moderator) hier")
_ID_IT = (r"(?:sono|siamo|qui e|ti scrive|vi scrive)(?: \w+){0,2}? (?:l'|il |lo |un |una |del |dello |"
          r"della |dal )?(?:admin|amministratore|moderatore|moderatrice|mod|supporto|staff|team|assistenza)|"
          r"(?:supporto|team|staff|admin|amministratore|moderatore|assistenza)(?: tecnic[oa])? (?:del|di "
          r"questo|dello) (?:gioco|server)|(?:admin|supporto|staff) qui")
_ID_TR = (r"\b(?:ben|biz)(?: \w+){0,2}? (?:destek ekib\w*|yonetici\w*|admin\w*|moderator\w*|yetkili\w*|"
          r"ekib\w*)|(?:oyun|oyunun|sunucu|sunucunun|server|serverin) (?:destek\w*|yonetici\w*|admin\w*|"
          r"yetkili\w*|ekib\w*|moderator\w*)|destek ekibi\w*|adminim|yoneticiyim|yetkiliyim|moderatorum")
_ID_PL = (r"jestem (?:\w+ ){0,2}?(?:adminem|administratorem|moderatorem|modem|z supportu|z obslugi|ze "
          r"wsparcia|z administracji|pracownikiem)|(?:tu|pisze|piszemy z) (?:\w+ )?(?:support|wsparcie|"
          r"administracja|obsluga|moderacja)|(?:wsparcie|support|admin|administracja|moderacja|obsluga|"
          r"zespol) (?:gry|serwera|techniczn\w*)")
_ID_ID = (r"\b(?:aku|saya|gue|gw|kami|ini)(?: \w+){0,2}? (?:admin|cs|customer service|moderator|mod|tim "
          r"support|pihak|staff|support)\b|(?:admin|cs|tim|moderator|pihak|support|staff) (?:game|server|"
          r"resmi|official)")
_ID_HI = (r"\b(?:main|mai|hum|ham)(?: \w+){0,3}? (?:admin|moderator|mod|support|staff|team)(?: se)? "
          r"(?:hoon|hu|hun|hain|hai|h)\b|\b(?:game|server|group) (?:ka|ke|ki) (?:admin|moderator|mod|"
          r"support|staff|team)\b|\b(?:game|server) (?:support|admin|team)\b")
_ID_RU = (r"(?:\bя\b|\bмы\b|\bэто\b|вас беспокоит|пишет)(?: \S+){0,2}? (?:админ\S*|администратор\S*|"
          r"администрац\S*|модератор\S*|поддержк\S*|техподдержк\S*|сотрудник\S*)|(?:поддержка|техподдержка|"
          r"администрация|админ\S*|администратор\S*|модератор\S*|команда) (?:игры|сервера|проекта)")
_ID_AR = (r"انا (?:\S+ ){0,2}?(?:ادمن|الادمن|مشرف|المشرف|دعم|الدعم|موظف|فريق)|(?:ادمن|مشرف|دعم|الدعم|"
          r"فريق دعم|فريق|اداره|موظف) (?:\S+ )?(?:اللعبه|السيرفر|الخادم)|معك (?:الدعم|فريق|الادمن|المشرف)")

# -- the request for the login --------------------------------------------------------
_CODE = r"(?:verification|security|login|sms|2fa|otp|confirmation|one time|\d+ digit|six digit)"
_REQ_EN = (r"\b(?:send|give|tell|dm|text|reply with|provide|share|confirm|enter|type|write|drop|sending|"
           r"giving|telling|entering)(?: me| us| it to me| it to us)? (?:\w+ ){0,3}?(?:(?:your|ur) (?:\w+ )"
           r"{0,2}?(?:password|passcode|pw|login|login details|log in details|credentials|account details|"
           + _CODE + r" code|otp|pin)|(?:the|that|this) (?:" + _CODE + r" )?code (?:(?:we|i|that|you|they) )?"
           r"(?:just |have |got |received )?(?:sent|got|received|texted|emailed|get)|(?:the|that) " + _CODE
           + r" code|(?:username|user name|email|user|id|login) (?:and|&|n) (?:your |ur )?password)\b|"
           r"\b(?:we|i) (?:need|require) (?:\w+ )?(?:your|ur) (?:password|login|credentials|" + _CODE
           + r" code)\b|\bverify (?:your|ur) (?:account|acc|identity) (?:by|with) (?:sending|giving|"
           r"entering|typing)\b")
# a username and a password named together, in any of the Latin languages (not the writer's own)
_PAIR = (r"\b(?<!\bmy )(?<!\bmi )(?<!\bmon )(?<!\bmein )(?<!\bmeu )(?<!\bmoje )(?:user|username|user name|utente|nome "
         r"utente|usuario|login|identifiant|pseudo|nick|id|email|e mail)(?: \w+)? (?:e|y|et|und|and|&|n|aur|"
         r"i|dan|ve) (?:la |tu |ton |dein |deine |il |sua |seu |your |ur )?(?:password|contrasena|senha|mot "
         r"de passe|mdp|passwort|pw|haslo|sifre\w*|sandi)\b")
_REQ_RU = (r"(?:отправь|пришли|скинь|скажи|напиши|дай|назови|подтверди|введи|сообщи|продиктуй)(?: мне| "
           r"нам)? (?:\S+ ){0,3}?(?:пароль|код|логин и пароль|данные от аккаунта)")
_REQ_AR = (r"(?:ارسل|ارسلي|ابعت|ابعتلي|اعطني|عطني|اكتب|اكتبلي|قول|قولي|قلي|اكد|ادخل)(?: لي)? (?:\S+ ){0,3}?"
           r"(?:كلمه السر|كلمه المرور|الباسورد|باسورد|الكود|كود|رمز التحقق|الرمز|الرقم السري)")

# session 20: the login asked for as a need ("soy del equipo de soporte ..., necesito tu
# contraseña", "sou do suporte do free fire, preciso da tua senha")
_NEED = (r"\b(?:(?:necesito|necesitamos) (?:\w+ )?(?:tu|su) (?:contrasena|clave|codigo)|(?:preciso|precisamos) "
         r"(?:\w+ )?(?:da|de|do) (?:tua|sua|teu|seu) (?:senha|codigo|login)|(?:j'ai|on a|nous avons) besoin de "
         r"(?:ton|votre) (?:mot de passe|mdp|code|identifiant)|(?:ho|abbiamo) bisogno (?:della|del) (?:tua|"
         r"vostra|tuo) (?:password|codice)|(?:brauche|brauchen) (?:\w+ )?(?:dein|deine|deinen) (?:passwort|"
         r"code|zugangsdaten)|(?:potrzebuje|potrzebujemy) (?:\w+ )?(?:twojego|twoje) (?:hasla|haslo|kodu)|"
         r"(?:butuh|perlu) (?:\w+ )?(?:password|sandi|kode|otp)|(?:sifrene|sifrenize|koduna) ihtiyac\w*|"
         r"(?:tumhara|apka|aapka|apna) (?:\w+ )?(?:password|otp) (?:chahiye|chaiye))\b")
_LATIN_REQ = "|".join((_PAIR, _REQ_EN, _REQ_FR, _REQ_ES, _REQ_PT, _REQ_DE, _REQ_IT, _REQ_TR, _REQ_PL, _REQ_ID,
                       _REQ_HI, _NEED))
_LATIN_ID = "|".join((_ID_EN, _ID_FR, _ID_ES, _ID_PT, _ID_DE, _ID_IT, _ID_TR, _ID_PL, _ID_ID, _ID_HI))
_LOGIN_WORDS = ("password passcode pw login credentials details code otp pin verify mot mdp identifiants "
                "contrasena clave codigo senha passwort zugangsdaten logindaten bestatigungscode "
                "sicherheitscode codice credenziali sifreni sifrenizi parolani parolanizi kodunu kodu haslo "
                "hasla kod logowania sandi kode pass")

# -- a top-up asking for the login ---------------------------------------------------------
_TOPUP = (r"(?:top ?up|topup|topping up|recharge|recharging|refill|reload|load up|ricarico|ricarica|"
          r"ricaricare|recargo|recarga|recargar|cargo|je recharge|recharger|recarrego|recarga|faco "
          r"recarga|lade|laden|aufladen|auflade|закину|закинуть|пополню|пополнить|yuklerim|yukleme|"
          r"yukleyebilirim|doladuje|doladowanie|doladowac|isi|isiin|شحن|اشحن|bharwa|recharge kar)")
_CURRENCY = (r"(?:diamonds?|dm|uc|robux|v bucks|vbucks|coins?|gems?|gold|credits|points|cp|tokens|"
             r"crystals|primogems|minecoins|gettoni|monete|diamanti|gemme|diamantes|gemas|monedas|pavos|"
             r"diamants|gemmes|pieces|moedas|joias|diamanten|munzen|edelsteine|алмаз\S*|гем\S*|робукс\S*|"
             r"монет\S*|голд\S*|elmas\w*|jeton\w*|diamenty|diamentow|monety|klejnoty|koin|berlian|"
             r"جواهر|الجواهر|شدات|كوينز)")
_TOPUP_WORDS = ("top topup topping recharge recharging refill reload load ricarico ricarica ricaricare "
                "recargo recarga recargar cargo recharger recarrego lade laden aufladen auflade закину "
                "закинуть пополню пополнить yuklerim yukleme yukleyebilirim doladuje doladowanie "
                "doladowac isi isiin شحن اشحن bharwa")

RULES: list[Rule] = [
    rule("spam:phishing", "spam",
         "support staff admin admins administrator moderator moderators mod mods owner helpdesk "
         "security moderation team administrateur modo moderateur moderatrice equipe administrador "
         "administradora moderador moderadora soporte equipo adm suporte moderacao supporter "
         "spielsupport amministratore supporto assistenza destek yonetici yoneticisiyim yetkili "
         "yetkiliyim adminim ekibi ekibiyim moderatorum adminem administratorem moderatorem modem "
         "supportu obslugi wsparcia wsparcie administracji administracja zespol cs pihak tim ladmin "
         "lamministratore lassistenza",
         r"(?:\b(?:" + _LATIN_ID + r")\b)" + _GAP + r"(?:" + _LATIN_REQ + r")" + _NOT_WARNED,
         requires=_LOGIN_WORDS),
    rule("spam:phishing", "spam",
         "админ админы админом администратор администратора администрация администрации модератор "
         "модератора поддержка поддержки техподдержка сотрудник команда",
         r"(?:" + _ID_RU + r")(?:(?!\b(?:не|никогда)\b)[^?]){0,150}?\b" + _REQ_RU + _NOT_WARNED),
    # Devanagari: "मैं फ्री फायर सपोर्ट से हूँ, अपना पासवर्ड भेजो" (session 20)
    rule("spam:phishing", "spam", "सपोर्ट एडमिन मॉडरेटर टीम support admin",
         r"(?:सपोर्ट|एडमिन|मॉडरेटर|टीम|support|admin) (?:से )?(?:हूँ|हूं|हैं|है)[^?]{0,80}?(?:पासवर्ड|ओटीपी|"
         r"password|otp)(?: \S+){0,2}? (?:भेजो|भेज दो|बताओ|बता दो|दे दो|दो|चाहिए)"),
    rule("spam:phishing", "spam", "ادمن الادمن مشرف المشرف دعم الدعم موظف فريق اداره",
         r"(?:" + _ID_AR + r")(?:(?!(?:لا|ما|ابدا) )[^?]){0,150}?" + _REQ_AR),
    # a top-up with the login asked for, either order
    rule("spam:phishing", "spam", _TOPUP_WORDS,
         r"\b" + _TOPUP + r" (?:\w+ ){0,3}?" + _CURRENCY + r"\b" + _GAP + r"(?:" + _LATIN_REQ + r")"
         + _NOT_WARNED + r"|\b" + _CURRENCY + r" (?:\w+ ){0,2}?" + _TOPUP + r"\b" + _GAP + r"(?:"
         + _LATIN_REQ + r")" + _NOT_WARNED + r"|(?<!never )(?<!not )(?:" + _LATIN_REQ + r")" + _GAP
         + r"\b" + _TOPUP + r" (?:\w+ ){0,3}?" + _CURRENCY + r"\b",
         requires=_LOGIN_WORDS),
    rule("spam:phishing", "spam", "закину закинуть пополню пополнить",
         r"\b(?:закину|закинуть|пополню|пополнить) (?:\S+ ){0,3}?" + _CURRENCY
         + r"(?:(?!\b(?:не|никогда)\b)[^?]){0,150}?\b" + _REQ_RU),
    rule("spam:phishing", "spam", "شحن اشحن",
         r"(?:شحن|اشحن) (?:\S+ ){0,3}?" + _CURRENCY + r"(?:(?!(?:لا|ما|ابدا) )[^?]){0,150}?" + _REQ_AR),
]
