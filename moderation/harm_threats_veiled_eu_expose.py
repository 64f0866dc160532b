"""Exposure as blackmail and a weapon brought, in es fr pt it de
(harm_threats_veiled.py's classes; appended to `harm.RULES` with
harm_threats_veiled_eu.py).

"una palabra más y mando esas fotos tuyas a todo el curso", "si tu fais pas
ce que je dis tout le monde saura que...", "printo tua conversa com o Lucas
e posto no stories", "se lo dici alla prof racconto a tutti di tuo padre",
"wenn du petzt weiß morgen jeder, in wen du verknallt bist"; "mañana me
traigo el cuchillo y a ver quién se hace el valiente", "lundi j'ai un cutter
dans mon sac pour toi", "morgen bring ich das Messer mit, dann schauen wir
mal wer hier groß redet".  The pictures of the trip sent to the class, a
score posted on a story and a knife for the cooking class pass.
"""

from __future__ import annotations

from .harm_threats_veiled_cues import FOOD, pair
from .rules import Rule, rule

_END = r"(?= ?$| [.!?])"

# -- exposure: (triggers, condition, send, the reader's things, audience, all will know, obey, screenshot)
_EXPOSE: dict[str, tuple[str, ...]] = {
    "es": ("palabra vez si como diselo chivate cuentaselo sigue todo todos toda captura capturas pantallazo "
           "screen",
           r"\b(?:una palabra mas|otra palabra|una vez mas|si (?:lo |se lo |me )?(?:cuentas|dices|hablas|bloqueas|"
           r"subes|chivas)|si te chivas|como (?:vuelvas a|digas|hables|te chives|se lo digas|lo cuentes)|diselo a|"
           r"chivate|cuentaselo a|sigue (?:hablando|asi))\b",
           r"(?:mando|mandare|envio|enviare|paso|pasare|subo|subire|publico|ensenare|enseno|cuento|contare|pongo|"
           r"voy a (?:mandar|enviar|pasar|subir|publicar|ensenar|contar|poner))",
           r"(?:(?:esas|esa|las|tus|estas) (?:\w+ )?(?:fotos|foto|capturas|videos|video|audios|mensajes|chats)"
           r"(?: tuyas| tuyos| de ti| de lo que)?|tu (?:chat|conversacion|diario|secreto)|tus (?:secretos|mensajes|"
           r"chats|"
           r"conversaciones|audios))",
           r"(?:todo el (?:mundo|curso|insti|instituto|cole|colegio|grupo)|toda la (?:clase|escuela)|todos|el "
           r"grupo(?: de clase| del curso)?|mi historia|tu (?:madre|padre|mama|papa|crush)|tus padres)\b",
           r"\b(?:todo el mundo|todos|toda la clase|todo el (?:insti|cole|curso)) (?:se (?:va|van) a enterar|se "
           r"entera\w*|va a saber|van a saber|sabra\w*|lo sabra\w*)\b",
           r"\bsi no (?:haces|hace) lo que (?:te digo|yo digo|te mando|yo quiero)\b|\bsi no me haces caso\b",
           r"\b(?:captura|capturas|pantallazo|screen|hago captura|hacer captura) (?:de )?tu (?:chat|conversacion|"
           r"conver|mensajes|dm) con \w+[^.!?]{0,40}?\b(?:lo |la |los )?(?:subo|subire|mando|pongo|publico|paso|"
           r"subir|poner|mandar|publicar) (?:a|en) (?:mi historia|mis historias|el grupo|todo el mundo|todos|"
           r"instagram|tiktok)\b"),
    "fr": ("mot si va dis continue tout toute screen screener capturer capture",
           r"\b(?:encore un mot|un mot de plus|si tu (?:parles|dis|balances|caftes|le dis|me bloques|postes|"
           r"racontes)|va le dire|dis le a|continue)\b",
           r"(?:j'envoie|jenvoie|j'enverrai|je (?:vais )?(?:envoyer|envoie|montrer|montre|poster|poste|balancer|"
           r"balance|raconter|raconte|mettre|mets|publier|publie))",
           r"(?:(?:tes|ta|ton) (?:\w+ )?(?:pictures|photos|photo|videos|video|messages|conv|conversation|"
           r"conversations|captures|screens|secrets?|journal|vocaux)|(?:les|ces|cette) (?:\w+ )?(?:pictures|photos|"
           r"photo|videos|video|captures|screens) (?:de toi|ou t'es|ou tu es))",
           r"(?:a )?(?:tout le monde|toute la (?:classe|\w+)|tout le (?:college|lycee|bahut|groupe)|(?:le|ton) "
           r"groupe(?: de (?:la )?classe)?|ma story|en story|(?:ta|ton) (?:mere|pere|daronne|daron|crush)|tes "
           r"parents)\b",
           r"\b(?:tout le monde|toute la classe|tout le college) (?:va savoir|saura|sait|va apprendre|apprendra|"
           r"va decouvrir|va etre au courant)\b",
           r"\bsi tu (?:fais pas|ne fais pas) ce que (?:je (?:te )?dis|je veux)\b|\bsi tu m'(?:obeis|ecoutes) pas\b",
           r"\b(?:screen|screener|capturer|capture) (?:de )?(?:ta|tes) (?:conv|conversation|discussion|messages|dm) "
           r"avec \w+[^.!?]{0,40}?\b(?:la |les )?(?:mettre|mets|poster|poste|envoyer|envoie|balancer|balance) "
           r"(?:en story|sur (?:ma|mon) \w+|a tout le monde|dans le groupe)\b"),
    "pt": ("palavra vez se conta continua todo sala escola turma print printo printar printei",
           r"\b(?:mais uma palavra|(?:fala|falar) mais uma vez|se (?:voce |video call |tu )?(?:contar|falar|me "
           r"bloquear|postar|dedurar|abrir a boca)|conta pra|continua)\b",
           r"(?:mando|mandarei|envio|posto|postarei|mostro|espalho|conto|jogo|vou (?:mandar|enviar|postar|mostrar|"
           r"espalhar|contar|jogar))",
           r"(?:(?:aquelas|essas|as|tuas|suas) (?:\w+ )?(?:fotos|foto|prints|videos|video|audios|mensagens|"
           r"conversas)(?: tuas| suas| de (?:voce|video call|ti))?|(?:tua|sua) (?:conversa|foto|diario)|(?:teu|seu) "
           r"(?:segredo|segredinho|diario|video))",
           r"(?:pra |para |no |na |em |pros |nos )?(?:(?:a )?sala toda|(?:a )?escola toda|todo mundo|(?:o )?grupo"
           r"(?: da sala| da turma)?|(?:os )?stories|meu status|(?:a )?turma toda|(?:tua|sua) (?:mae|pai)|(?:teus|"
           r"seus) pais)\b",
           r"\b(?:todo mundo|a sala toda|a escola toda|a turma toda) (?:vai saber|vai descobrir|fica sabendo|vai "
           r"ficar sabendo)\b",
           r"\bse (?:voce |video call |tu )?nao (?:fizer|fazer) o que eu (?:mando|mandei|falo|falei|quero)\b|\bse "
           r"nao me obedecer\b",
           r"\b(?:print|printo|printar|printei|vou printar) (?:a |da )?(?:tua|sua) (?:conversa|conversas|mensagens|"
           r"dm) com (?:o |a )?\w+[^.!?]{0,40}?\b(?:posto|postar|mando|mandar|jogo|jogar) (?:no|na|nos|pro|pra|"
           r"em) (?:stories|status|meu status|grupo|todo mundo|instagram)\b"),
    "it": ("parola se dillo continua tutti tutta screen screenshotto screenno",
           r"\b(?:un'altra parola|un altra parola|ancora una parola|se (?:lo )?(?:dici|parli|racconti|mi blocchi|"
           r"posti|fai la spia)|dillo a|continua)\b",
           r"(?:mando|mandero|invio|pubblico|mostro|posto|racconto|dico|metto|faccio vedere)",
           r"(?:(?:le tue|quelle|quella|queste|le|gli) (?:\w+ )?(?:foto|video|chat|screen|messaggi|vocali)(?: tue| "
           r"di te| di quello che)?|(?:la tua|il tuo) (?:chat|segreto|diario|video)|i tuoi (?:segreti|messaggi|video))",
           r"(?:a )?(?:tutta la (?:classe|scuola)|tutti|tutto il (?:gruppo|mondo)|(?:nel|sul) gruppo(?: della "
           r"classe)?|nelle (?:mie )?storie|(?:tua|tuo) (?:madre|padre|mamma|papa)|ai tuoi)\b",
           r"\b(?:tutti|tutta la (?:classe|scuola)) (?:sapranno|verranno a sapere|scopriranno|lo sapranno)\b",
           r"\bse non fai (?:quello|cio) che (?:ti )?dico\b|\bse non mi (?:ubbidisci|obbedisci)\b|\bse non fai "
           r"come dico\b",
           r"\b(?:faccio lo screen|screenshotto|screenno|lo screen) (?:della|delle) (?:tua|tue) (?:chat|"
           r"conversazion[ei]|messaggi) con \w+[^.!?]{0,40}?\b(?:lo |la |le )?(?:metto|pubblico|mando|posto) "
           r"(?:nelle storie|nelle mie storie|sul gruppo|nel gruppo|a tutti|in storia)\b"),
    "de": ("wort noch wenn sag erzahl jeder alle ganze screenshotte screenshot screene screenshots",
           r"\b(?:noch ein wort|noch einmal|wenn du (?:petzt|was sagst|es sagst|mich blockierst|redest|was "
           r"postest)|sag es|erzahl es)\b",
           r"(?:schick|schicke|sende|poste|stell|zeig|zeige|erzahl|verbreite|leite)",
           r"(?:(?:deine|die|diese) (?:\w+ )?(?:bilder|fotos|videos|nachrichten|chats|screenshots|"
           r"sprachnachrichten)(?: von dir)?|(?:dein|deinen) (?:chat|tagebuch|geheimnis|video|verlauf))",
           r"(?:an |in |mit )?(?:die ganze (?:klasse|schule|stufe)|alle|jeden|jedem|die klassengruppe|die gruppe|"
           r"meine story|deine (?:mutter|eltern)|deinen vater)\b",
           r"\b(?:jeder|alle|die ganze (?:klasse|schule|stufe)) (?:erfahrt|erfahren|wird wissen|wissen)\b|\b(?:erfahrt|"
           r"erfahren|wissen|weiss) (?:es )?(?:morgen )?(?:jeder|alle|die ganze (?:klasse|schule|stufe))\b",
           r"\bwenn du nicht (?:machst|tust) was ich (?:sage|sag|will)\b|\bwenn du nicht gehorchst\b",
           r"\b(?:screenshotte|screenshot von|screene|mach screenshots von) (?:deinem|deinen|deine) (?:chat|"
           r"nachrichten|verlauf) mit \w+[^.!?]{0,40}?\b(?:stell|poste|schick|teile) (?:\w+ )?(?:in meine story|in "
           r"die gruppe|an alle|in die klassengruppe)\b"),
}

# the secret told: "... racconto a tutti di tuo padre", "je raconte à tout le monde que"
_THAT = {"es": r"que|lo de|de que", "fr": r"que|qu'|pour", "pt": r"que|sobre", "it": r"di|che", "de": r"dass|wie|was|"
r"wer|in wen"}

# -- a weapon brought: (triggers, bring, weapon, then we'll see / for you) --------------------------
_WEAPON: dict[str, tuple[str, str, str, str]] = {
    "es": ("cuchillo navaja cuchilla cutter bate tubo barra martillo pistola arma punal manopla",
           r"(?:traigo|traere|me traigo|llevo|llevare|voy a traer|voy a llevar|tengo)",
           r"(?:cuchillo|navaja|cuchilla|cutter|bate|tubo|barra de hierro|martillo|pistola|arma|punal|manopla|"
           r"puno americano)",
           r"(?:(?:why |y |you |ya )?a ver (?:quien|si (?:sigues|te sigues|tienes|eres))|(?:why |y |you |ya )?"
           r"veras" + _END + r"|\bpara ti\b|\bpa ti\b|\bte espera\b)"),
    "fr": ("couteau couteaux cutter lame canif opinel batte barre marteau flingue pistolet arme poing tournevis",
           r"(?:ramene|ramener|apporte|apporter|amene|j'ai|jai|prends|aurai)",
           r"(?:couteau|couteaux|cutter|lame|canif|opinel|batte|barre de fer|marteau|flingue|pistolet|arme|poing "
           r"americain|tournevis)",
           r"(?:on (?:va )?(?:verra|voir) (?:qui|si (?:tu|t'es))|tu (?:verras|vas voir)" + _END
           + r"|\bpour toi\b|\bt'attend\b)"),
    "pt": ("faca canivete estilete taco bastao barra martelo arma revolver soco",
           r"(?:trago|levo|vou trazer|vou levar|tenho|trazer|levar)",
           r"(?:faca|canivete|estilete|taco|bastao|barra de ferro|martelo|arma|revolver|soco ingles)",
           r"(?:(?:a gente|vamos|quero) ve[r]? (?:quem|se (?:voce|video call|tu))|quero ver (?:voce|video call|tu)|"
           r"vai ver(?: so)?" + _END
           + r"|\bpra (?:voce|video call|ti)\b|\bte espera\b)"),
    "it": ("coltello coltellino taglierino lama mazza spranga martello pistola arma tirapugni cacciavite",
           r"(?:porto|portero|ho|avro|mi porto)",
           r"(?:coltello|coltellino|taglierino|lama|mazza|spranga|martello|pistola|arma|tirapugni|cacciavite)",
           r"(?:vediamo (?:chi|se (?:ridi|fai|sei|parli|hai))|vedrai" + _END + r"|\bper te\b|\bti aspetta\b)"),
    "de": ("messer klappmesser taschenmesser cutter klinge baseballschlager schlager schlagring eisenstange "
           "hammer pistole waffe knarre schraubenzieher",
           r"(?:bring|bringe|hab|habe|nehm|nehme|ist)",
           r"(?:messer|klappmesser|taschenmesser|cutter|klinge|baseballschlager|schlager|schlagring|eisenstange|"
           r"hammer|pistole|waffe|knarre|schraubenzieher)",
           r"(?:(?:schauen|sehen) wir (?:mal )?(?:wer|ob du)|mal sehen (?:wer|ob du)|sehen wir weiter|du wirst "
           r"(?:schon )?sehen" + _END + r"|\bfur dich\b|\bwartet auf dich\b)"),
}


def _rules(lang: str) -> list[Rule]:
    exp_trig, cond, send, stuff, aud, find, obey, shot = _EXPOSE[lang]
    weap_trig, bring, weapon, then = _WEAPON[lang]
    return [
        rule("threat:exposure", "threat", exp_trig,
             cond + r"[^?]{0,50}?\b" + send + r" (?:a |al |ai |pra |"
             r"para )?(?:(?:\w+ )?" + stuff + r"[^.!?]{0,30}?\b" + aud + r"|" + aud
             + r" " + stuff + r"|" + aud + r" (?:" + _THAT[lang] + r"))|" + pair(find, obey, 80)
             + r"|" + pair(cond, find, 40) + r"|" + pair(obey, find, 40) + r"|" + shot),
        rule("threat:weapon", "threat", weap_trig,
             r"\b" + bring + r" (?:\S+ ){0,3}?" + weapon + r"\b" + FOOD + r"[^?]{0,50}?" + then),
    ]


RULES: list[Rule] = [r for lang in ("es", "fr", "pt", "it", "de") for r in _rules(lang)]
