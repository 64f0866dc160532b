"""Scams aimed at children's game and chat accounts (appended to `spam.RULES`;
category `spam`, which the spam stage blocks).  Five shapes the older spam
rules let through, en es fr pt de it here, ru tr pl id ar hi zh in
`spam_account_scams_langs.py`:

* a prize that asks for the login to "confirm" the account: "Congrats! You
  won 5,000 robux, to claim confirm your account: DM me your username and
  password", "Hai vinto 5000 robux ... mandami in privato nome utente e
  password".  `spam_credentials.py` wants the verb right before the
  password ("send your password"); a prize announcement names the username
  first and often puts "in private" in between.  The win is the second
  person ("you won", `spam_prize._WON`): "I won robux and they asked for my
  password" is the writer's story.  Rule `spam:phishing`.
* a fake security service: "Security team: your account will be suspended.
  Send us the 6-digit code from the SMS" - a security identity or a threat to
  the reader's account, then a request for a code or password.
  `spam_support.py` needs a platform next to the role ("roblox support"),
  `spam_game_support.py` a self-presentation ("I am the admin").  Rule
  `spam:phishing`.
* a giveaway with a fee: "giving away 2 iPhones to my followers, just pay £4
  shipping" - a giveaway of a prize (or to followers) and a payment of
  shipping, a fee or an amount.  No free word, no link.  Rule `spam:scam`.
  The fee is also money to send ("im giving away 3 PS5s to my followers,
  just send £5 for shipping", "cashapp me 5 for the delivery fee", "envía
  5€ para el envío": `SEND_FEE`); the phrase form drops "£" and reads "$4"
  as "for" and "PS5s" as "psss", so the amount is any word or two.
* the takeover trick: "oops I sent my login code to your number by mistake,
  can you send it back?" - a code, the reader's number, and a request to
  send it on.  The code is the reader's own login code.  Rule
  `spam:phishing`.
* a site that imitates the game: "free robux, log in at robIox .com",
  "r0blox .com", "roblox-rewards .com" - a domain with a game name changed or
  extended, and game currency or a log-in in the message.  A space before
  ".com" keeps the link detector away; the phrase form has " . com" either
  way.  The real "roblox . com" and "fortnite . com" are left out, except
  when the message spells the name with a digit ("r0blox", which the phrase
  form folds back to "roblox": that rule is triggered by the raw token).
  Rule `spam:phishing`.

What passes: "never send anyone the 6-digit code, it's how accounts get
stolen" (no identity or threat; the "never" frame), "I got a message saying I
won robux and asked for my password, I reported it" (the writer's win; the
report frame), "our school's security team talked about phishing" (no
request), "I won a giveaway on the official channel, they never asked for
money" (no payment), "I need to log in to roblox to do the event" (no
domain), "shipping was £4 for my hoodie" (no giveaway).  A negation, an "if"
or a report verb between the halves stops a match ("your account can get
hacked if you give anyone the code").
"""

from __future__ import annotations

from .rules import Rule, rule
from .spam_account_scams_parts import (
    GAP,
    GIVE_GAP,
    GIVE_WORDS,
    NOT_WARNED,
    SEC_LATIN,
    SEND_FEE,
    THREAT_LATIN,
)
from .spam_account_scams_parts import F as _F
from .spam_prize import _WON

# -- a prize and the login --------------------------------------------------------------
_PASS = (r"(?:password|passwort|pass|pw|passcode|mot de passe|mdp|contrasena|clave|senha|"
         r"credenziali|zugangsdaten|logindaten|login daten|login details|login info|identifiants|"
         r"datos de acceso|dados de acesso)")
_ASK = (r"(?:send|give|dm|tell|enter|type|write|share|drop|put|confirm|provide|text|pm|inbox|"
        r"manda|mandame|envia|enviame|dame|escribe|escribeme|pasame|pon|confirma|"
        r"envoie|envoies|envoyez|donne|donnez|ecris|ecrivez|confirme|mets|entre|entrez|tape|"
        r"me manda|passa|me passa|digita|coloca|informa|"
        r"schick|schicke|schickt|sende|gib|gebt|nenn|sag|schreib|tipp|bestatige|"
        r"mandami|inviami|invia|dammi|scrivi|scrivimi|dimmi|inserisci|conferma)")
# the reader's password: "your password", or named with the username ("username and password")
_YOUR = r"(?:your|ur|tu|tus|ton|tes|votre|vos|sua|seu|tua|teu|dein|deine|deinen|il tuo|la tua|i tuoi|le tue)"
_USER = (r"(?:username|user name|user|login|email|e mail|id|account|usuario|correo|cuenta|pseudo|"
         r"identifiant|nom d'utilisateur|usuario|conta|benutzername\w*|nutzername\w*|nickname|"
         r"nome utente|utente)")
_PRIZE_LOGIN = (
    r"(?:" + _WON + r")" + GAP + _ASK + r" " + _F + r"{0,6}?(?:" + _YOUR + r" (?:\w+ )?" + _PASS + r"|"
    + _USER + r" (?:\w+ ){0,2}?(?:and|&|n|e|y|why|et|und|o|or) (?:" + _YOUR + r" |la |le |il |"
    r"das |dein |the )?" + _PASS + r")\b" + NOT_WARNED
)

# -- a security service or a threat to the account, then a code ----------------------------
_CODE_ASK = (
    r"\b(?:send|give|tell|text|reply with|respond with|forward|share|dm|read|provide|enter|type|"
    r"confirm)(?: me| us| it to us| it to me| back)? " + _F + r"{0,4}?(?:code|otp|pin|password|"
    r"passcode)\b|"
    r"\b(?:envoie|envoies|envoyez|donne|donnez|communique|communiquez|transmets|transmettez|renvoie|"
    r"renvoyez|indique|indiquez|ecris|ecrivez|dis|dites|tape|tapez|confirme|confirmez)(?: nous| moi)? "
    + _F + r"{0,4}?(?:code|mot de passe|mdp)\b|"
    r"\b(?:envia|envianos|enviame|manda|mandanos|mandame|dame|danos|dinos|dime|reenvia|reenvianos|"
    r"comparte|escribe|escribenos|facilitanos|indicanos|proporcionanos|confirma)(?: nos| me)? "
    + _F + r"{0,4}?(?:codigo|contrasena|clave|pin)\b|"
    r"\b(?:manda|mande|envia|envie|passa|passe|fala|diga|informe|informa|digita|digite|compartilha|"
    r"confirma|confirme|repassa|repasse)(?: pra gente| pra mim| para nos| para mim| pra nos)? "
    + _F + r"{0,4}?(?:codigo|senha|pin)\b|"
    r"\b(?:schick|schicke|schickt|sende|sendet|gib|gebt|nenn|nenne|nennt|sag|sagt|teil|teile|"
    r"schreib|schreibe|ubermittle|bestatige|schicken sie|senden sie|geben sie|nennen sie)(?: uns| mir)? "
    + _F + r"{0,4}?(?:code|passwort|pin)\b|"
    r"\b(?:manda|mandaci|mandami|invia|inviaci|inviami|dacci|dammi|dicci|dimmi|comunica|comunicaci|"
    r"comunicami|scrivi|scrivici|inoltra|inoltraci|conferma) " + _F + r"{0,4}?(?:codice|password|pin)\b"
)

# -- a giveaway with a fee ------------------------------------------------------------------
_GIVE = (r"(?:giving away|give away|giveaway|giveaways|gifting|raffling|raffle|sweepstakes|"
         r"sorteo|sorteando|sortear|regalo|regalando|regalamos|voy a regalar|"
         r"je fais gagner|faire gagner|concours|j'offre|joffre|je donne|tirage au sort|a gagner|"
         r"sorteio|vou sortear|to dando|estou dando|vou dar|presenteando|"
         r"verlose|verlosen|verlosung|gewinnspiel|verschenke|verschenken|"
         r"regaliamo|sto regalando|in palio|estrazione|concorso)")
PRIZE = (r"(?:iphones?|ipads?|ps5s?|ps 5|psss?|playstations?|xbox|switch|nintendo|airpods|macbooks?|laptops?|"
         r"samsung|galaxy|phones?|gift ?cards?|robux|vbucks|v bucks|consoles?|tablets?|headphones|"
         r"followers|subscribers|subs|winners|lucky|seguidores|abonnes|abonnees|follower|"
         r"telefonos?|moviles?|celulares?|telephones?|portables?|handys?|konsolen?|cuffie|"
         r"telefoni|cellulari|iscritti|tarjetas? regalo|cartes? cadeaux?|vale presente|gutscheine?|"
         r"buoni)")
_PAY = (
    r"(?:\bpay(?:ing)? (?:\S+ ){0,3}?(?:shipping|delivery|postage|fee|fees|handling|processing|"
    r"customs|tax|\d+|dollars?|pounds?|euros?|bucks|quid)|\bcover (?:the )?(?:shipping|delivery|"
    r"postage)|\b(?:shipping|delivery|postage|entry|processing) (?:fee|cost|charge)s? (?:is|of|"
    r"only|just)|"
    r"\b(?:paga|pagar|pagues|pagas|pagan|abona|abonar|pagando) (?:\S+ ){0,3}?(?:envio|gastos|"
    r"comision|tasa|\d+|euros?|pesos|dolares)|"
    r"\b(?:payer|payez|paye|payes|regler|reglez) (?:\S+ ){0,3}?(?:frais|livraison|port|\d+|euros?)|"
    r"\b(?:pagar|paga|pague|pagando|pagam|pagues) (?:\S+ ){0,3}?(?:frete|entrega|envio|taxa|\d+|reais)|"
    r"\b(?:zahl|zahlt|zahle|zahlen|bezahl|bezahlt|bezahle|bezahlen|uberweise|uberweist) (?:\S+ ){0,3}?"
    r"(?:versand|versandkosten|porto|gebuhr|liefergebuhr|\d+|euro)|"
    r"\b(?:versand\w*|porto|\w*gebuhr\w*|\d+ euro) (?:\S+ ){0,2}?(?:zahlen|bezahlen|zahlt|bezahlt|"
    r"uberweisen)|"
    r"\b(?:paga|pagare|pagate|paghi|pagando) (?:\S+ ){0,3}?(?:spedizione|spese|commissione|tassa|\d+|"
    r"euro)|" + SEND_FEE + r")\b"
)
_GIVE_FEE = (
    r"\b(?:" + _GIVE + GIVE_WORDS + PRIZE + r"|" + PRIZE + r"(?: \S+){0,3}? " + _GIVE
    + r")\b" + GIVE_GAP + _PAY + NOT_WARNED
)

# -- the takeover trick -------------------------------------------------------------------
_CODE = r"(?:\w*codes?|otp|codigo|codice|pin)"
_YOUR_NUM = (r"(?:(?:to|on|at) (?:your|ur) (?:number|phone|mobile|cell|phone number)|a tu (?:numero|movil|"
             r"celular|telefono)|(?:a|sur) ton (?:numero|portable|telephone|tel)|(?:pro|para o|no|pro "
             r"teu|pro seu|para o seu|no seu|no teu) (?:numero|celular|telefone|cel|zap)|(?:an|auf) "
             r"(?:deine|dein) (?:nummer|handynummer|handy|telefon)|(?:al|sul) tuo (?:numero|cellulare|"
             r"telefono))")
_MISTAKE_OR_ASK = (
    r"(?:send it back|send it to me|send me it|send me the code|send it over|forward it|text it to me|"
    r"tell me the code|give me the code|read me the code|screenshot it|send back|reenviar|"
    r"reenviarmelo|me lo (?:mandas|pasas|envias|reenvias|puedes mandar|puedes pasar|puedes enviar|das|"
    r"dices)|pasamelo|mandamelo|envialo|me le renvoyer|me le renvoie|renvoie le moi|me l'envoyer|"
    r"me l envoyer|me le donner|me le dire|envoie le moi|me manda|me mandar|manda pra mim|me passa|"
    r"me passar|repassa|schick ihn mir|schick mir den|ihn mir schicken|ihn mir sagen|sag mir den|"
    r"ihn mir weiterleiten|me lo rimandi|me lo mandi|me lo giri|rimandamelo|mandamelo|dimmelo|me lo "
    r"dici|me lo puoi)"
)
# "I put your number in by mistake, a code will come, send it to me"
_PUT_NUM = (r"(?:put|typed|entered|used|gave|puse|meti|use|j'ai mis|mis|coloquei|botei|usei|"
            r"eingegeben|angegeben|ho messo|messo|inserito) (?:in )?(?:your|ur|tu|ton|seu|teu|deine|il "
            r"tuo) (?:number|phone number|numero|nummer|handynummer)")
_TAKEOVER = (r"\b" + _CODE + r"\b(?: \S+){0,6}? " + _YOUR_NUM + r"\b[^?]{0,120}?\b" + _MISTAKE_OR_ASK
             + r"\b|\b" + _PUT_NUM + r"\b[^?]{0,80}?\b" + _CODE + r"\b[^?]{0,80}?\b" + _MISTAKE_OR_ASK
             + r"\b")

# -- a site that imitates the game -------------------------------------------------------
TLD = (r"(?:\.|dot) (?:com|net|org|xyz|ru|top|site|online|live|app|gg|io|me|co|info|fun|shop|club|pro|"
       r"cc|link|vip|win|gift|gifts)")
_FAKE_NAME = (r"\w*(?:roblox|robiox|robiux|robux|rbx|rblx|roblx|robloks|robiox|vbucks|fortnite|"
              r"fortnlte|fortnight|epicgames|epic games)\w*")
# currency or a log-in anywhere in the message
_BAIT = (r"(?:robux|robuxy|robuxow|vbucks|v bucks|pavos|free|gratis|gratuit\w*|kostenlos\w*|gratuito|"
         r"bedava|darmow\w*|бесплатн\w*|робукс\w*|روبوكس|مجانا|रोबक्स|muft|claim|log in|login|"
         r"sign in|connecte toi|connectez vous|inicia sesion|iniciar sesion|faz login|fazer login|"
         r"entre com|log dich|einloggen|melde dich|accedi|effettua l'accesso|войди|войдите|заходи|"
         r"залогинься|zaloguj\w*|giris yap|masuk|سجل دخول|लॉगिन|登录)")
_FAKE_SITE = (r"\b(?!(?:roblox|fortnite|epicgames) (?:\.|dot) com\b)(?!fortnite (?:\.|dot) gg\b)" + _FAKE_NAME
              + r"(?: \w+){0,2} " + TLD + r"\b")
_LEET_SITE = r"\b(?:roblox|fortnite)(?: \w+){0,2} " + TLD + r"\b"

_TLD_WORDS = ("com net org xyz ru top site online live app gg io me co info fun shop club pro cc link "
              "vip win gift gifts")
_BAIT_WORDS = ("robux robuxy robuxow vbucks bucks pavos free gratis gratuit gratuits gratuite "
               "gratuites kostenlos kostenlose kostenlosen gratuito bedava darmowe darmowy darmowa "
               "бесплатно бесплатные бесплатный робуксы робукс робуксов روبوكس مجانا रोबक्स muft "
               "claim log login sign connecte connectez inicia iniciar faz fazer entre dich "
               "einloggen melde accedi effettua войди войдите заходи залогинься zaloguj zalogowac "
               "giris masuk سجل लॉगिन")

RULES: list[Rule] = [
    rule("spam:phishing", "spam",
         "won selected chosen picked winner vinto selezionato selezionata estratto estratta scelto "
         "scelta vincitore ganaste ganado ganar afortunado afortunada ganador ganadora "
         "seleccionado seleccionada elegido elegida gagne gagnant selectionne selectionnee ganhou "
         "ganhaste selecionado selecionada sorteado sorteada escolhido escolhida gewonnen "
         "ausgewahlt ausgelost gewinner",
         _PRIZE_LOGIN,
         requires="password passwort pass pw passcode mot mdp contrasena clave senha credenziali "
                  "zugangsdaten logindaten login"),
    # the code words are the rarer gate: they trigger, the service or threat is the second gate
    rule("spam:phishing", "spam",
         "code otp pin password passcode mot mdp codigo contrasena clave senha passwort codice",
         r"\b(?:" + SEC_LATIN + r"|" + THREAT_LATIN + r")\b" + GAP + r"(?:" + _CODE_ASK + r")"
         + NOT_WARNED,
         requires="security safety trust fraud securite seguridad seguranca sicherheitsteam "
                  "sicherheitsdienst sicherheitsabteilung sicherheitscenter kontosicherheit "
                  "sicurezza suspended locked deleted banned closed disabled terminated blocked "
                  "frozen compromised hacked flagged restricted removed suspendu bloque supprime "
                  "banni desactive ferme pirate signale gele restreint suspendida bloqueada "
                  "eliminada borrada baneada cerrada desactivada hackeada congelada restringida "
                  "suspensa excluida apagada banida desativada encerrada invadida restrita "
                  "gesperrt geloscht deaktiviert gebannt geschlossen gehackt eingefroren "
                  "eingeschrankt sospeso bloccato eliminato cancellato bannato disattivato chiuso "
                  "hackerato congelato limitato"),
    rule("spam:scam", "spam",
         "giving give giveaway giveaways gifting raffling raffle sweepstakes sorteo sorteando sortear "
         "regalo regalando regalamos regalar fais faire concours j'offre joffre donne tirage gagner "
         "sorteio dando dar presenteando verlose verlosen verlosung gewinnspiel verschenke "
         "verschenken regaliamo palio estrazione concorso",
         _GIVE_FEE,
         requires="pay paying cover shipping delivery postage entry processing handling fee fees "
                  "envio gastos frais port livraison envoi frete entrega taxa versand versandkosten "
                  "lieferung spedizione spese consegna paga pagar pagues "
                  "pagas pagan abona abonar pagando payer payez paye payes regler reglez pague pagam "
                  "zahl zahlt zahle zahlen bezahl bezahlt bezahle bezahlen uberweise uberweist "
                  "pagare pagate paghi"),
    rule("spam:phishing", "spam",
         "number phone mobile cell numero movil celular telefono portable telephone tel telefone "
         "cel zap nummer handynummer handy telefon cellulare",
         _TAKEOVER),
    # the bait is the rarer gate ("me", "live", "app" are top-level domains): it triggers
    rule("spam:phishing", "spam", _BAIT_WORDS,
         r"\b" + _BAIT + r"\b[^?]{0,150}?" + _FAKE_SITE + r"|" + _FAKE_SITE + r"[^?]{0,150}?\b" + _BAIT
         + r"\b",
         requires=_TLD_WORDS),
    # "r0blox", "robl0x": the phrase form reads "roblox", the raw token shows the digit
    rule("spam:phishing", "spam", "r0blox robl0x r0bl0x rob10x r0b1ox f0rtnite fortn1te f0rtn1te "
         "fortnit3 f0rtnit3",
         r"\b" + _BAIT + r"\b[^?]{0,150}?" + _LEET_SITE + r"|" + _LEET_SITE + r"[^?]{0,150}?\b" + _BAIT
         + r"\b",
         requires=_TLD_WORDS),
]

from .spam_account_scams_langs import RULES as _L  # noqa: E402

RULES += _L
