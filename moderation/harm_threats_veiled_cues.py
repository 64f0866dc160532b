"""Cues shared by the harm_threats_veiled*.py rules (read its docstring
first): what turns a warning, a wait or a knife back into everyday talk.

Each is a look-ahead over the rest of the message, placed right after the
first cue of a rule (the "if I were you", the brother, the sibling, the
knife), so a reason or a plan anywhere after it passes: a warning about a
stranger online, a wet floor or a test is advice (`ADVICE`); a knife for the
cake or a birthday is a tool or a gift (`FOOD`); the wifi's password is
everyone's (`NO_WIFI`); "wait for you at the final, good luck" is a cheer
(`CONTEST`); a greeting, a party or a trip after a sibling named is friendly
(`FRIENDLY`).  Words in all 13 languages, on the phrase form.
"""

from __future__ import annotations

# a warning about a stranger online, a test or a wet floor is advice
ADVICE = (r"(?!.*?(?:\b(?:internet|online|stranger|strangers|guy|dude|app|website|link|scam\w*|hacker\w*|test|exam|"
          r"quiz|homework|wet|slippery|icy|mopped|traffic|snow|rain|chico|tipo|desconocid\w*|examen|mojad\w*|mec|"
          r"type|inconnu\w*|controle|mouille\w*|cara|desconhecid\w*|prova|molhad\w*|tizio|sconosciut\w*|verifica|"
          r"bagnat\w*|typen?|fremde\w*|klassenarbeit|nass|glatt|gosc\w*|facet\w*|obc\w*|sprawdzian\w*|mokr\w*|asing|"
          r"ujian|licin|интернет\w*|парн\w*|незнаком\w*|контрольн\w*|мокр\w*|скольз\w*|adam\w*|yabanci|sinav\w*|"
          r"islak|kaygan|ladke|aadmi|anjaan|money|wallet|purse|valuables|dinero|cartera|argent|portefeuille|"
          r"dinheiro|carteira|soldi|portafoglio|geld|geldbeutel|portemonnaie|pieniadze|portfel|uang|dompet|деньг\w*|"
          r"кошел\w*|cuzdan\w*|paise|batua)\b|النت|الانترنت|غريب|الشخص|امتحان|مبلول|فلوس|محفظه|इंटरनेट|अनजान|网上|陌生|"
          r"网友|考试|滑|钱))")
# a knife for the cake or a present is a tool or a gift
FOOD = (r"(?!.*?(?:\b(?:cake|cut|cutting|cooking|cook|kitchen|bread|fruit|apples?|pizza|carve|pumpkin|camping|"
        r"fishing|bbq|sandwich\w*|tarta|pastel|cortar|cocina\w*|fruta|manzanas?|gateau|couper|cuisine|pain|pommes?|"
        r"bolo|cozinha|pao|maca|torta|tagliare|cucina|pane|frutta|mela|kuchen|schneiden|kochen|kochkurs|brot|obst|"
        r"apfel|tort\w*|krojeni\w*|kroic|gotowani\w*|chleb|kue|motong|potong|masak|roti|buah|торт\w*|резать|"
        r"порежем|кулинар\w*|хлеб|pasta\w*|kesmek|kesecegiz|keselim|ekmek|meyve|kaat\w*|khana|sabzi|birthday|present|"
        r"gift|christmas|scouts?|whittl\w*|cumple\w*|regalo|navidad|anniversaire|cadeau|noel|aniversario|presente|"
        r"natal|compleanno|natale|geburtstag|geschenk|weihnachten|urodziny|prezent|ultah|hadiah|подарок|днюх\w*|"
        r"hediye|dogum gunu|gift|janamdin)\b|كيك|تقطع|نقطع|الطبخ|خبز|فواكه|عيد ميلاد|هديه|केक|काट|तोहफा|蛋糕|切|做饭|"
        r"水果|面包|烹饪|生日|礼物))")
# the router's password is everyone's
NO_WIFI = r"(?!.*?(?:\b(?:wifi|wi fi|wlan|router|hotspot)\b|вайфа|واي فاي|وايفاي))"
# a match, a race or a show: "good luck" and "wait for you" are a cheer
CONTEST = (r"(?!.*?(?:\b(?:tournament|competition|race|contest|finals?|trials?|audition|match|game|quiz|torneo|"
           r"competicion|carrera|partido|tournoi|finale|torneio|competicao|corrida|jogo|gara|partita|turnier|"
           r"wettbewerb|rennen|spiel|turniej\w*|zawod\w*|mecz\w*|turnamen|lomba|pertandingan|турнир\w*|"
           r"соревнован\w*|матч\w*|финал\w*|turnuva\w*|yarisma\w*|mac|maca|macta|maci|macin|maclar\w*|final\w*)\b|"
           r"بطوله|مسابقه|ماتش|مباراه|टूर्नामेंट|मैच|比赛|决赛))")
# a greeting, a party or a shared class after a sibling named: friendly
FRIENDLY = (r"(?!.*?(?:\b(?:hi|hello|say hi|card|note|birthday|party|invite|gift|present|thanks|saludo|saluda|"
            r"saludos|cumple|fiesta|regalo|bonjour|coucou|anniv|fete|cadeau|oi|ola|beijo|aniversario|festa|presente|"
            r"ciao|saluta|salutala|compleanno|hallo|gruss|grusse|geburtstag|geschenk|czesc|pozdrow\w*|urodziny|"
            r"prezent|halo|salam|ultah|hadiah|привет|передаи|днюх\w*|подарок|selam|dogum gunu|hediye|namaste|trip|"
            r"excursion|excursion|sortie|passeio|gita|ausflug|wycieczk\w*|study tour|экскурси\w*|gezi)\b|سلم|"
            r"عيد ميلاد|هديه|नमस्ते|生日|礼物|打招呼|问好))")


def pair(first: str, second: str, gap: int = 120) -> str:
    """`first` then `second` later in the message (sentences may end between)."""
    return r"(?:" + first + r").{0," + str(gap) + r"}?(?:" + second + r")"
