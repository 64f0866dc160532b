"""Offers of the writer's own sexual pictures to the chat, and nude swaps
(appended to `harm.RULES`; rule `sexual:offer`, hold).

Why: the solicitation rules (harm.py, harm_more.py, harm_undress*.py) are
written in the *request* form - "send nudes", "show me what's under that
hoodie" - and grooming_trade.py holds "trade nudes".  The offer turns it
round: "who wants to see my hot pics?", "dm me if u want my spicy pics",
"chi vuole vedere le mie foto hot?", "wer will meine nacktbilder sehen",
"quien quiere ver mis fotos sin ropa", "qui veut mes photos coquines",
"quem quer minhas fotos peladas".  Nothing is asked of the reader, and the
words are ordinary ("hot", "spicy", "pics"), so no rule saw it.  The
offer is sexual content put in front of children, and the usual opening of
a swap; a human sees it.

Two halves in one sentence, in either of two orders:

* a sexual picture: a picture noun with a sexual qualifier ("hot pics",
  "nudes", "fotos sin ropa", "photos coquines", "Nacktbilder", "fotos
  peladas"), or the writer naked ("who wants to see me naked");
* an offer to the chat before it - "who wants / anyone want", "do you want
  to see", "if you want", "dm me for", "I'll send you", "selling", a swap
  verb - or a call to contact the writer after it ("..., dm me").

With a picture asked back - "send one back", "if you send yours", "si me
mandas las tuyas", "en échange", a swap verb - the hit also carries
`grooming` (a second rule, `_with_back`).

What passes: a thing that is hot or spicy ("hot pics of my lunch 🌶️", "my
pics from the hot springs", "spicy pics of the tacos i made"; the
qualifier must sit on the picture noun and a picture *of* a thing is
dropped), holiday pictures, hot weather, nudes as a topic ("trading nudes is
illegal under 18": no offer), leaks and victims ("someone leaked my nudes,
dm me if you know who": a leak word in the gap stops the match), refusals
("why do you want my nudes", "you want my nudes? no"), and reports ("a boy
asked who wants to trade nudes and we reported him"), which the report
frames excuse as for every directed rule.  Other languages:
harm_nude_offers_langs.py.
"""

from __future__ import annotations

from .rules import Rule, rule

# a leak, a theft, a report or a negation between the halves: a victim or a warning
_STOP = (r"leaked|leak|leaks|hacked|stole|stolen|spread|spreading|posted|exposed|deleted|threaten\w*|"
         r"blackmail\w*|report\w*|police|never|not|no|dont|shouldnt|illegal|"
         r"diffus\w*|rubat\w*|pubblicat\w*|ricatt\w*|denunci\w*|polizia|segnalat\w*|mai|non|"
         r"geleakt|gestohlen|verbreitet|gepostet|gehackt|erpress\w*|polizei|gemeldet|anzeige|nie|"
         r"niemals|nicht|kein\w*|"
         r"filtr\w*|robaron|robado|publicaron|subieron|hackearon|chantaj\w*|policia|nunca|"
         r"fuite|fuitees?|volees?|publiees?|piratee?|chantag\w*|plainte|jamais|pas|"
         r"vaz\w*|roubaram|postaram|espalharam|hackearam|nao|"
         r"слили|слил|слила|украли|взломали|шантаж\w*|полици\w*|пожаловал\w*|никогда|не|"
         r"wyciekl\w*|ukradl\w*|zhakowal\w*|szantaz\w*|policj\w*|zglosil\w*|nigdy|"
         r"kesebar|disebar|nyebar|bocor|dicuri|dihack|lapor\w*|polisi|jangan|"
         r"سرق\w*|انسرقت|سربت|سرب|تسريب|ابتزاز|يبتز|هكر|بلغت|الشرطه|لا")


def _gap(n: int = 6) -> str:
    """Up to `n` words of one sentence, none of them a stop word."""
    return r"(?: (?!(?:" + _STOP + r")\b)[^ .!?]+){0," + str(n) + r"}?"


def offer(head: str, pic: str, cta: str = "", thing: str = "") -> str:
    """`head` then the picture, or (with `cta`) the picture then a call to
    contact the writer; `thing` is a look-ahead after the picture."""
    out = r"\b(?:" + head + r")" + _gap() + r" (?:" + pic + r")\b" + thing
    if cta:
        out += r"|\b(?:" + pic + r")\b" + thing + _gap() + r" (?:" + cta + r")\b"
    return out


def with_back(head: str, invite: str, trade: str, pic: str, back: str, cta: str = "",
              thing: str = "") -> str:
    """The offer with a picture asked back or a swap word anywhere after its
    head (or the asking back before it), or an invitation to swap ("let's
    trade", "intercambiamos") as the head.  A bare swap verb is no offer:
    "trading nudes is illegal" is a lesson."""
    ahead = r"(?=.*?\b(?:" + back + r"|" + trade + r")\b)"
    out = (r"\b(?:" + head + r")" + ahead + _gap() + r" (?:" + pic + r")\b" + thing
           + r"|\b(?:" + invite + r")" + _gap(3) + r" (?:" + pic + r")\b" + thing
           + r"|\b(?:" + back + r")\b.*?" + r"\b(?:" + head + r")" + _gap() + r" (?:" + pic + r")\b"
           + thing)
    if cta:
        out += r"|\b(?:" + pic + r")\b" + thing + ahead + _gap() + r" (?:" + cta + r")\b"
    return out


# -- en ----------------------------------------------------------------------------
_SEXY_EN = r"(?:sexy|naughty|naked|lewd|explicit|nsfw|topless|x rated|slutty|kinky)"
_PIC_EN = r"(?:pictures?|videos?|vids?|selfies?|snaps?|content|clips?|pix)"
_BODY_EN = (r"(?:naked|nude|topless|in my (?:underwear|bra|panties|boxers|undies|lingerie|thong)|"
            r"without (?:any |my )?clothes|with no clothes(?: on)?)")
_EN_PIC = (r"(?:my |some of my |one of my |a few of my |more of my |some |a )?(?:" + _SEXY_EN
           + r"(?: \w+)? " + _PIC_EN + r"|(?:hot|spicy|nude|dirty|private|body|underwear|lingerie|bra|booty|"
           r"thirst trap) " + _PIC_EN + r"|nudes|nudies|noodz|nudez|n00dz|thirst traps|(?:a|one) nude(?! (?:"
           r"lipstick|lip|lips|nail|nails|polish|heels|shoes|makeup|palette|shade|colou?r|tones?|eyeshadow|"
           r"foundation|gloss|bra|dress|top|beach|painting|drawing|sketch|statue)\b))|me "
           + _BODY_EN + r"|" + _PIC_EN + r" of me " + _BODY_EN)
# a picture of a thing: "hot pics of my lunch", "spicy pics from the taco place"
_THING_EN = (r"(?! (?:of|from|at|with) (?:the|my|a|an|our|this|that|these|those|his|her|their|your)\b"
             r"(?! (?:body|boobs|butt|ass|chest|abs|bum|bra|underwear)\b))"
             # a refusal after it: "you want my nudes? no"
             r"(?! ?[?.!]* ?(?:no|nope|never|ew+|hell no|in your dreams|creep|weirdo|go away)\b)")
_WHO_EN = (r"(?:who|whoever|anyone|anybody|any1|any of you|everyone|people|ppl|you guys|guys|yall|"
           r"y'all|who else|who here)")
_EN_HEAD = (_WHO_EN + r"(?: \w+)? (?:want|wants|would like|wanna|is interested in|interested in)|"
            r"(?<!why )(?:do|would|if|dont|do not) you (?:\w+ )?(?:want|like)|"
            r"(?:^|(?<=[.!?] ))(?:you |yall )?want|"
            r"i (?:will|can|could|am going to|might) (?:send|show|give|dm|sell|snap|drop|trade)(?: you| "
            r"yall| you all| you guys| anyone| anybody| whoever| everyone)|"
            r"(?:dm|message|msg|text|pm|inbox|snap|add|hmu|hit me up|contact|slide into my dms)(?: me)? "
            r"(?:for|to see|to get|if|and i will send|and i will show)|(?:i am )?selling|taking offers for")
# (no price with "$": the phrase form drops "$", so "for $5" could never match; without
# that branch the texts of the call are the cheap test before the picture-first branch)
_EN_CTA = (r"dm me|message me|msg me|text me|pm me|hmu|hit me up|inbox me|add me|snap me|who wants|"
           r"anyone want|dm for|link in (?:my )?bio|for sale|to (?:anyone|anybody|"
           r"whoever|everyone) (?:who|that) (?:wants|asks|dms)|to the first \d+")
_EN_TRADE = r"(?:trade|trading|swap|swapping|exchange|exchanging)"
_EN_INVITE = r"(?:let us|lets) (?:trade|swap|exchange)"
_EN_BACK = (r"(?:send|show|give|snap|dm)(?: me)? (?:yours|urs|your own|one back|some back|yours back|"
            r"one of yours|back|one too|me one)|if you (?:send|show|snap|dm|give)(?: me)? (?:yours|urs|"
            r"one|some|back|me one)|you (?:send|show)(?: me)? (?:yours|urs|one) first|in (?:return|"
            r"exchange)|mine for yours|i show you mine|you show me yours|your turn|for (?:yours|one "
            r"of yours)|" + _EN_TRADE)

# -- it ----------------------------------------------------------------------------
_IT_PIC = (r"(?:foto|fotografie|video|picture|pictures|selfie|scatti)(?: mie| di me)? (?:hot|piccanti|"
           r"nude|nuda|nudo|nudi|sexy|ose|spinte|intime|private|senza vestiti|in intimo|in mutande|in "
           r"reggiseno|hard|erotiche|provocanti|porche|zozze)|nudes")
_IT_THING = r"(?! (?:del|della|delle|dei|dal|dalla|di un|di una|al|alla|in spiaggia|in vacanza)\b)"
_IT_HEAD = (r"chi (?:\w+ )?(?:vuole|vuol|vorrebbe|e interessato|e interessata)|qualcuno (?:\w+ )?"
            r"(?:vuole|vorrebbe)|vuoi|volete|vorresti|ti (?:mando|invio|faccio vedere)|vi (?:mando|"
            r"invio|faccio vedere)|(?:te|ve) le (?:mando|invio)|vendo")
_IT_CTA = r"scrivimi|scrivetemi|in privato|in dm|in direct|contattami|chi (?:le )?vuole|a chi interessa"
_IT_TRADE = r"(?:scambi\w*|scambiamo|scambiare|scambiarci)"
_IT_INVITE = r"scambiamo(?:ci)?|facciamo (?:uno )?scambio"
_IT_BACK = (r"se (?:tu )?mi (?:mandi|invii|fai vedere) (?:le tue|la tua|una tua|qualcosa)|(?:mandami|"
            r"inviami|fammi vedere) (?:anche )?(?:le tue|la tua|una tua)|in cambio|tocca a te|" + _IT_TRADE)

# -- de ----------------------------------------------------------------------------
_DE_PIC = (r"(?:nacktbilder|nacktbild|nacktfotos|nacktfoto|nacktselfies?|nacktvideos?|nudes|"
           r"(?:heisse|heissen|sexy|versaute|versauten|freizugige|freizugigen|intime|intimen|"
           r"private|privaten|nackte|nackten|scharfe|scharfen|heisses|versautes) (?:bilder|bild|"
           r"fotos|foto|pics|picture|pictures|videos?|selfies?)|(?:bilder|fotos|pictures|videos?) "
           r"von mir (?:nackt|oben ohne|in unterwasche|in unterhose|im bh))")
_DE_THING = r"(?! (?:vom|von der|von dem|aus dem|aus der|vom urlaub)\b)"
_DE_HEAD = (r"(?:lass|lasst) uns|wer (?:\w+ )?(?:will|mochte|hat lust|braucht|kriegt)|(?:will|mochte) (?:jemand|wer)|"
            r"jemand (?:\w+ )?(?:lust|interesse)|(?:willst|wollt|mochtest|mochtet) (?:du|ihr)|ich "
            r"(?:schick|schicke|sende|zeig|zeige|verkaufe) (?:dir|euch)|verkaufe|schreib(?:t)? mir "
            r"(?:wenn|falls|fur)|(?:wenn|falls) (?:du|ihr) (?:\w+ )?(?:willst|wollt|mochtest)")
_DE_CTA = r"schreib mir|schreibt mir|per dm|in dm|privat|melde dich|meldet euch|wer will"
_DE_TRADE = r"(?:tausch\w*|austausch\w*)"
_DE_INVITE = r"(?:lass|lasst) uns (?:\w+ )?(?:tauschen|austauschen)"
_DE_BACK = (r"(?:wenn|falls) du (?:mir )?(?:deine|deins|eins|welche|auch welche) (?:\w+ )?(?:schickst|"
            r"sendest|zeigst)|schick (?:mir )?(?:auch )?(?:deine|deins|zuerst deine)|im austausch|"
            r"dafur (?:deine|schickst du)|gegen deine|du bist dran|" + _DE_TRADE)

# -- es ----------------------------------------------------------------------------
_ES_PIC = (r"(?:fotos?|fotitos|videos?|picture|pictures|selfies?)(?: mias| de mi)? (?:sin ropa|"
           r"desnud[oa]s?|hot|calientes?|sexys?|sexis?|picantes?|intimas?|en ropa interior|en "
           r"lenceria|en calzones|subidas de tono|atrevidas?|prohibidas?|xxx|hot)|nudes|"
           r"(?:mi|mis) packs?\b(?! de)")
_ES_THING = r"(?! (?:de la|del|de los|de las|de mi (?!cuerpo)|en la playa|en la piscina)\b)"
_ES_HEAD = (r"qu?ien (?:\w+ )?(?:quiere|kiere|quisiera|quiera)|alguien (?:\w+ )?(?:quiere|kiere)|"
            r"quieres|kieres|quereis|te (?:mando|paso|envio|enseno)|les (?:mando|paso|envio|"
            r"enseno)|vendo")
_ES_CTA = (r"escribeme|escribanme|al privado|por privado|al priv|al dm|al md|por md|por dm|"
           r"quien quiere|hablame")
_ES_TRADE = r"(?:intercambi\w*|cambiamos|cambiar)"
_ES_INVITE = r"intercambiamos|cambiamos|hagamos (?:un )?intercambio"
_ES_BACK = (r"si (?:tu )?me (?:mandas|envias|pasas|muestras|ensenas) (?:las tuyas|la tuya|una tuya|"
            r"una|tus fotos)|(?:mandame|pasame|enviame) (?:tu |tambien )?(?:las tuyas|la tuya|una "
            r"tuya)|a cambio|las tuyas|te toca|" + _ES_TRADE)

# -- fr ----------------------------------------------------------------------------
_FR_PIC = (r"(?:pictures?|videos?|selfies?|nudes|nude)(?: de moi)? (?:coquines?|hot|nues?|nus|"
           r"sexy|osees?|intimes|sans vetements?|sans habits|en sous vetements|en lingerie|"
           r"chaudes?|privees?|hard|cochonnes?|sexes?)|nudes")
_FR_THING = r"(?! (?:de la|du|des|de mes|a la plage|en vacances|de vacances)\b)"
_FR_HEAD = (r"qui (?:\w+ )?(?:veut|voudrait|veux|en veut)|quelqu'?un (?:\w+ )?(?:veut|voudrait)|"
            r"tu veux|vous voulez|tu voudrais|veux tu|voulez vous|je (?:t'?envoie|vous envoie|te "
            r"montre|vous montre|vends)|je les vends|(?:mp|dm|ecris|ecrivez)(?: moi)? si")
_FR_CTA = r"mp moi|en mp|en prive|dm moi|ecris moi|ecrivez moi|qui veut|qui en veut"
_FR_TRADE = r"(?:echang\w*|on s'?echange)"
_FR_INVITE = r"on s'?echange|echangeons|on echange"
_FR_BACK = (r"si tu (?:m'?envoies|m'?en envoies|me montres) (?:les tiennes|la tienne|une|des "
            r"tiennes)|(?:envoie|envoies|montre)(?: moi)? (?:les tiennes|la tienne)|en echange|"
            r"les tiennes|a ton tour|" + _FR_TRADE)

# -- pt ----------------------------------------------------------------------------
_PT_PIC = (r"(?:fotos?|fotinhas?|videos?|picture|pictures|selfies?)(?: minhas)? (?:peladas?|"
           r"pelados?|nuas?|nus|sem roupa|hot|sensuais|quentes|intimas|picantes|de calcinha|de "
           r"lingerie|safadas?|ousadas?|proibidas?)|nudes|(?:meu|meus) packs?\b(?! de)")
_PT_THING = r"(?! (?:da|do|das|dos|na praia|na piscina)\b)"
_PT_HEAD = (r"quem (?:\w+ )?(?:quer|qr|kr|queria)|alguem (?:\w+ )?(?:quer|qr|kr|queria)|(?:voce|vc|"
            r"video call|tu|voces|vcs) (?:quer|querem|qr)|(?:^|(?<=[.!?] ))quer|te (?:mando|passo|envio|"
            r"mostro)|(?:eu )?vendo|(?:me )?chama no (?:pv|privado|direct|dm) se")
_PT_CTA = r"chama no (?:pv|privado|direct|dm|zap)|me chama|no pv|no privado|no direct|quem quer"
_PT_TRADE = r"(?:troc\w*)"
_PT_INVITE = r"(?:vamos|bora|bora la) trocar|trocamos"
_PT_BACK = (r"se (?:voce|vc|tu) (?:me )?(?:mandar|enviar|mostrar|passar) (?:as suas|a sua|uma sua|as "
            r"tuas|a tua|umas)|(?:manda|mande|envia)(?: pra mim)? (?:as suas|a sua|as tuas|a tua)|em "
            r"troca|sua vez|" + _PT_TRADE)

# The second gate (`requires`): words one of which is a whole word of every
# match, from its head, invitation or call to contact ("who wants", "dm me",
# "quien quiere", "mp moi").  Why not the picture words: "nudes" is one in every
# language, and each language's rules then ran on any message with "nudes"
# ("nudes pls ..." cost about 100 us); a language's offer words are rare in the
# others.  The English swap rule is gated on the picture asked back or the swap
# word instead (rarer than "want"; the other languages' swap words are stems).
_LANGS: dict[str, tuple[str, str, str, str, tuple[str, str], str, str, str]] = {
    # lang: (head, picture, call after, thing, (invite, trade), back, triggers, offer words)
    "en": (_EN_HEAD, _EN_PIC, _EN_CTA, _THING_EN, (_EN_INVITE, _EN_TRADE), _EN_BACK,
           "nudes nude nudies noodz nudez n00dz naked topless sexy naughty lewd nsfw spicy hot dirty "
           "explicit private body underwear lingerie bra booty thirst slutty kinky rated",
           "want wants would wanna interested like send show give dm sell snap drop trade message "
           "msg text pm inbox add hmu hit contact slide selling taking swap exchange link sale sales "
           "asks dms first"),
    "it": (_IT_HEAD, _IT_PIC, _IT_CTA, _IT_THING, (_IT_INVITE, _IT_TRADE), _IT_BACK,
           "hot piccanti nude nuda nudo nudi sexy ose spinte intime private vestiti intimo mutande "
           "reggiseno hard erotiche provocanti porche zozze nudes",
           "chi qualcuno vuoi volete vorresti mando invio faccio vendo scambiamo scambiamoci "
           "facciamo scrivimi scrivetemi privato dm direct contattami"),
    "de": (_DE_HEAD, _DE_PIC, _DE_CTA, _DE_THING, (_DE_INVITE, _DE_TRADE), _DE_BACK,
           "nacktbilder nacktbild nacktfotos nacktfoto nacktselfie nacktselfies nacktvideo "
           "nacktvideos nudes heisse heissen versaute versauten freizugige freizugigen intime "
           "intimen nackte nackten scharfe scharfen heisses versautes nackt",
           "lass lasst wer jemand willst wollt mochtest mochtet dir euch verkaufe schreib schreibt "
           "wenn falls dm privat melde meldet"),
    "es": (_ES_HEAD, _ES_PIC, _ES_CTA, _ES_THING, (_ES_INVITE, _ES_TRADE), _ES_BACK,
           "ropa desnudo desnuda desnudos desnudas hot calientes caliente sexys sexy sexis picantes "
           "picante intimas intima interior lenceria calzones tono atrevidas atrevida prohibidas "
           "xxx nudes pack packs",
           "quien qien alguien quieres kieres quereis mando paso envio enseno vendo intercambiamos "
           "cambiamos hagamos escribeme escribanme privado priv dm md hablame"),
    "fr": (_FR_HEAD, _FR_PIC, _FR_CTA, _FR_THING, (_FR_INVITE, _FR_TRADE), _FR_BACK,
           "coquine coquines hot nue nues nus sexy osee osees intimes vetements vetement habits "
           "lingerie chaude chaudes privee privees hard cochonne cochonnes nudes nude",
           "qui veut voudrait veux voulez voudrais je si sechange echange echangeons mp prive dm "
           "ecris ecrivez"),
    "pt": (_PT_HEAD, _PT_PIC, _PT_CTA, _PT_THING, (_PT_INVITE, _PT_TRADE), _PT_BACK,
           "pelada peladas pelado pelados nua nuas nus roupa hot sensuais quentes intimas picantes "
           "calcinha lingerie safada safadas ousada ousadas proibida proibidas nudes pack packs",
           "quem alguem quer querem qr mando passo envio mostro vendo chama trocar trocamos pv "
           "privado direct"),
}
_EN_BACK_WORDS = ("send show give snap dm return exchange mine yours turn trade trading swap swapping "
                  "exchanging")

RULES: list[Rule] = [
    *(rule("sexual:offer", "sexual", trig, offer(head + "|" + invite, pic, cta, thing), requires=words)
      for head, pic, cta, thing, (invite, _), _, trig, words in _LANGS.values()),
    *(rule("sexual:offer", ("sexual", "grooming"), trig,
           with_back(head, invite, trade, pic, back, cta, thing),
           requires=_EN_BACK_WORDS if lang == "en" else words)
      for lang, (head, pic, cta, thing, (invite, trade), back, trig, words) in _LANGS.items()),
]
