"""Pieces shared by `spam_account_scams.py` and `spam_account_scams_langs.py`: the gap
between the two halves of a scam (no negation, condition or report in it), the filler
before a requested object (no "anyone"), a warning after it, the security identities and
account threats of en es fr pt de it (the langs module pairs them with Hinglish and other
requests: "Security team: ... code bhejo"), and the giveaway gaps that a school raffle or a
charity draw stops.  A module of their own so that the two rule modules import it, not
each other.
"""

from __future__ import annotations

# between two halves: no negation, condition or report ("... never asks for the code", "if you
# send ...", "... said don't send")
NEG = (r"never|not|no|dont|cant|won't|wont|if|said|says|told|tells|warned|jamais|pas|ne|si|nunca|"
       r"dijo|dice|nao|se|disse|diz|niemals|nie|nicht|kein|wenn|falls|mai|non|ha detto|asla|eger|"
       r"hicbir|dedi|nigdy|jesli|powiedzial\w*|jangan|jika|kalau|bilang|tidak|gak|nggak|mat|agar|"
       r"nahi|nhi|kabhi|никогда|не|если|сказал\w*|لا|ابدا|اذا|لو")
GAP = r"(?: (?!(?:" + NEG + r")\b)[^ ?]+){0,30}? "
# a filler word before the object that is no "anyone" ("never give anyone the code")
F = (r"(?:(?!(?:anyone|anybody|nobody|someone|strangers|nadie|personne|ninguem|ninguen|niemandem|"
     r"nessuno|nikomu|kimseye|siapapun|siapa pun|никому|kisi|किसी)\b)\S+ )")
# a warning after the request: "..., it's a scam"
NOT_WARNED = (r"(?![^.!?]{0,60}\b(?:scam|scams|scammer|fake|phishing|arnaque|estafa|golpe|betrug|"
              r"truffa|dolandirici\w*|oszust\w*|penipuan|penipu|fraud|dhokha|развод|мошенни\w*)\b)")

# a security service of no named platform ("Security team:", "Service Sécurité")
SEC_LATIN = (
    r"security (?:team|department|dept|service|center|centre|unit|division|alert|notice)|account "
    r"security|safety team|trust (?:and|&) safety|fraud (?:team|department)|"
    r"(?:service|equipe|centre) (?:de )?securite|securite (?:du|des) comptes?|"
    r"(?:equipo|servicio|departamento|centro) de seguridad|"
    r"(?:equipe|servico|central|centro|time) de seguranca|"
    r"sicherheitsteam|sicherheitsdienst|sicherheitsabteilung|sicherheitscenter|kontosicherheit|"
    r"(?:team|servizio|ufficio|reparto|centro) (?:di )?sicurezza|sicurezza (?:dell'?)?account"
)
# a threat to the reader's account ("your account will be suspended")
THREAT_LATIN = (
    r"(?:your|ur) (?:account|acc|acct|profile) (?:will be|is going to be|is about to be|has been|"
    r"was|gets|will get|is being|is getting) (?:\w+ )?(?:suspended|locked|deleted|banned|closed|"
    r"disabled|terminated|blocked|frozen|compromised|hacked|flagged|restricted|removed)|"
    r"(?:ton|votre) compte (?:va etre|sera|a ete|est) (?:\w+ )?(?:suspendu|bloque|supprime|banni|"
    r"desactive|ferme|pirate|signale|gele|restreint)|"
    r"(?:tu|su) cuenta (?:sera|va a ser|ha sido|fue|esta siendo) (?:\w+ )?(?:suspendida|"
    r"bloqueada|eliminada|borrada|baneada|cerrada|desactivada|hackeada|congelada|restringida)|"
    r"(?:sua|tua) conta (?:vai ser|sera|foi|esta sendo) (?:\w+ )?(?:suspensa|bloqueada|excluida|"
    r"apagada|banida|desativada|encerrada|hackeada|invadida|congelada|restrita)|"
    r"(?:dein|ihr) (?:konto|account|profil) (?:wird|wurde|ist) (?:\w+ ){0,2}?(?:gesperrt|geloscht|"
    r"deaktiviert|gebannt|geschlossen|gehackt|eingefroren|eingeschrankt)|"
    r"il (?:tuo|suo) (?:account|profilo) (?:verra|sara|e stato|sta per essere) (?:\w+ )?(?:sospeso|"
    r"bloccato|eliminato|cancellato|bannato|disattivato|chiuso|hackerato|congelato|limitato)"
)
# a school raffle or a charity draw asks for a ticket price: no giveaway scam
NOT_CHARITY = (r"school|class|charity|fundraiser|fundraising|pta|fete|tombola|colegio|escuela|ecole|"
               r"escola|schule|scuola|cole|insti|caridad|caritatif|caridade|wohltatig\w*|beneficenza|"
               r"ticket|tickets|boleto|boletos|rifa|billet|billets|bilhete|lose|biglietto|biglietti|"
               r"благотворительн\w*|okul|szkola|sekolah|مدرسه|स्कूल")
GIVE_WORDS = r"(?: (?!(?:" + NOT_CHARITY + r")\b)\S+){0,8}? "
GIVE_GAP = r"(?: (?!(?:" + NEG + r"|" + NOT_CHARITY + r")\b)[^ ?]+){0,30}? "

# the fee as money to send: "just send £5 for shipping" ("£" is dropped and "$4" reads "for",
# so the amount is any word or two), "envía 5€ para el envío", "schick 5€ für den Versand"
SEND_FEE = (
    r"\b(?:send|sending|transfer|paypal|cashapp|cash app|venmo|revolut|zelle|pp)(?: me| us| it)? "
    r"(?:\S+ ){0,4}?(?:for|4|to cover|towards|toward) (?:the |ur |your |my )?(?:shipping|delivery|"
    r"postage|fees?|handling|processing)|"
    r"\b(?:envia|enviad|envien|enviame|manda|mandad|manden|mandame|transfiere|bizum|bizumea|"
    r"bizumeame)(?: me)? (?:\S+ ){0,4}?(?:para|por) (?:el |los |la )?(?:envio|gastos|comision|tasa|"
    r"transporte)|"
    r"\b(?:envoie|envoyez|envoies|vire|virez)(?: moi| nous)? (?:\S+ ){0,4}?pour (?:les |la |le |l')?"
    r"(?:frais|livraison|port|envoi)|"
    r"\b(?:manda|mande|envia|envie|faz um pix|faz pix|pix|transfere)(?: pra mim| pra gente)? "
    r"(?:\S+ ){0,4}?(?:pro|pra|para o|para a|do|pelo|pela) (?:frete|envio|entrega|taxa)|"
    r"\b(?:schick|schickt|schicke|sende|sendet|uberweis|uberweise|uberweist)(?: mir| uns)? "
    r"(?:\S+ ){0,4}?fur (?:den |die |das )?(?:versand|porto|versandkosten|lieferung|gebuhr)|"
    r"\b(?:manda|mandami|mandate|mandatemi|invia|inviami|inviate|ricarica|bonifico)(?: mi)? "
    r"(?:\S+ ){0,4}?per (?:la |le |il )?(?:spedizione|spese|commissione|consegna)"
)
