"""Means acquired or kept, hidden scars, and starving as a punishment.

Why: a blind evaluation found three classes of disclosure that name no
act of self-harm and so passed every phrase rule:

* **means acquired or kept, with concealment or resignation**: "comprei
  lâminas novas hj, ninguém desconfia", "昨晚又拿刀片了，就这样吧", "i keep a
  blade in my pencil case now", "tengo las pastillas guardadas por si
  acaso".  A blade, pills or a rope bought, taken, stashed or kept, *and*
  in the same message a cue that it is meant to stay secret (nobody
  suspects / knows, a hiding place) or is waiting for later ("just in
  case", "就这样吧", "again").  Buying razors to shave, a blade for art
  class, pills for a migraine are excused by the purpose frame
  (`frames_more.py`); a game or a surprise party names no means.
* **scars with a new wound or hidden**: "die narben an meinen beinen sieht
  zum glück keiner, heute kommt eine neue dazu", "i hide my scars with
  bracelets", "llevo sudadera para que nadie vea mis brazos".  A scar
  from surgery, an accident, a pet, acne or sport is named as such and
  excluded; a hoodie because it is cold names no one who must not see.
* **starving as self-punishment**: "day 4 no food. maybe then they stop
  calling me fat", "не ем третий день, так мне и надо".  Days without food
  *and* a punishment or body-shame cue (serves me right, I deserve it,
  they call me fat, until I'm thin); "i don't deserve to eat" alone.
  Ramadan and other fasts, "no food since breakfast im starving lol" and
  lessons about diets have no such cue or are excluded.

First person is in the verbs; "generic" frames excuse advice ("if a friend
hides blades in her pencil case, tell an adult").  Patterns run on the
phrase form (accents stripped, "4" read as "for"); Chinese on the
normalised text.
"""

from __future__ import annotations

from .lead_trie import lead_trie
from .rules import Rule, rule

# -- means acquired or kept ---------------------------------------------------

_BLADES = (
    r"(?:blades?|razor ?blades?|razors|sharpener blades?|cuchillas?|hojas? de afeitar|navajas?|"
    r"laminas?|giletes?|lames?|lames de rasoir|klingen?|rasierklingen?|lamette|lametta|"
    r"лезви[ея]|лезвий)"
)
_PILLS = (
    r"(?:pills|tablets|meds|painkillers|sleeping pills|paracetamol|pastillas|pastis|"
    r"comprimidos|remedios|pilulas|cachets|comprimes|medocs|medicaments|tabletten|pillen|"
    r"pillole|pastiglie|farmaci|таблетки|таблеток|колеса)"
)
_ROPE = r"(?:rope|cuerda|soga|corda|corde|seil|strick|веревку|веревка)"
_MEANS = rf"(?:{_BLADES}|{_PILLS}|{_ROPE})"
_ACQUIRE = (
    # en (the pronoun may be dropped: "got more blades")
    r"(?:bought|got|ordered|took|stole|grabbed|found|keep|kept|hide|hid|stashed|hoarded|carry|"
    r"have|have got|been (?:saving|collecting|hiding|keeping|buying)|am (?:saving|collecting|"
    r"hiding|keeping)|saved|collected|saving|collecting|hiding|keeping|"
    # es pt
    r"compre|he comprado|consegui|tengo|guardo|escondo|escondi|junte|junto|robe|agarre|saque|"
    r"comprei|tenho|guardei|juntei|peguei|roubei|"
    # fr
    r"j'ai achete|j'ai pris|je garde|je cache|j'ai cache|j'ai garde|j'ai vole|j'ai recupere|"
    r"j'ai|"
    # de (verb first; participles after the noun are in _DE_AFTER)
    r"ich verstecke|ich habe|ich hab|hab|habe|ich sammle|ich bunkere|"
    # it
    r"ho comprato|ho preso|tengo|nascondo|ho nascosto|conservo|ho messo da parte|ho|"
    # ru
    r"купила|купил|взяла|взял|достала|достал|прячу|спрятала|спрятал|храню|коплю|накопила|"
    r"накопил|держу|заказала|заказал)"
)
# the noun first: "hab mir neue klingen gekauft", "лезвия купила"
_AFTER = (
    r"(?:gekauft|besorgt|versteckt|gebunkert|gesammelt|geholt|bestellt|aufgehoben|"
    r"купила|купил|спрятала|спрятал|достала|достал|заказала|заказал)"
)
# the cue that makes it a disclosure: secrecy, a hiding place, "just in case", resignation
_CUE = (
    # en
    r"(?:(?:nobody|no one|noone|no1|nobody's|no one's|none of them) (?:\w+ )?(?:suspects|suspected|"
    r"knows|knew|noticed|notices|will notice|will know|has noticed|can tell|will find|checks|looks|"
    r"ever checks|ever looks|has a clue|is going to find)|(?:my )?(?:parents|mum|mom|dad|family) "
    r"(?:do not|does not|dont|doesnt|will never|never|would never) (?:know|notice|check|find|suspect)|"
    r"just in case(?= ?[.!?]*$| ?[.!?]| lol| tbh| i guess| haha| you know| for later)|for later(?="
    r" ?[.!?]*$| ?[.!?])|for when i need (?:them|it)|for (?:a|the) bad (?:day|night)|whatever(?= ?"
    r"[.!?]*$| ?[.!?])|so be it|it is what it is|"
    r"(?:in|inside|under|behind) my (?:pencil case|mattress|pillow|sock drawer|phone case)|"
    r"where no one (?:looks|will look|can find)|"
    r"secretly|in secret|hidden|in case i need (?:them|it)|"
    # es
    r"nadie (?:\w+ )?(?:sospecha|sabe|se da cuenta|se entera|lo sabe|nota|revisa|mira)|mis padres "
    r"no (?:lo )?saben|por si acaso(?= ?[.!?]*$| ?[.!?])|por si las moscas|para cuando las necesite|"
    r"escondidas?|a escondidas|en (?:mi|el) estuche|debajo del colchon|da igual(?= ?[.!?]*$| ?[.!?])|"
    # pt
    r"ninguem (?:\w+ )?(?:desconfia|sabe|percebe|percebeu|nota|desconfiou|ve)|meus pais nao sabem|"
    r"por garantia|so por garantia|pra garantir|escondid[oa]s?|no (?:meu )?estojo|debaixo do colchao|"
    r"tanto faz(?= ?[.!?]*$| ?[.!?])|"
    # fr
    r"personne (?:\w+ )?(?:ne se doute|ne sait|ne le sait|ne remarque|ne voit|ne se rend compte|"
    r"n'en sait rien|ne verifie)|au cas ou(?= ?[.!?]*$| ?[.!?])|cachee?s?|en cachette|dans ma "
    r"trousse|sous mon matelas|tant pis(?= ?[.!?]*$| ?[.!?])|"
    # de
    r"(?:merkt|weiss|sieht|ahnt|checkt) (?:eh |sowieso |ja |doch |aber )?(?:keiner|niemand)|"
    r"(?:keiner|niemand) (?:merkt|weiss|sieht|ahnt|checkt)|fur alle falle|fur den notfall|"
    r"versteckt|heimlich|im (?:federmappchen|mappchen)|unter (?:der|meiner) matratze|"
    r"egal(?= ?[.!?]*$| ?[.!?])|"
    # it
    r"nessuno (?:\w+ )?(?:sospetta|sa|se ne accorge|se ne accorgera|nota|lo sa|controlla)|non si sa "
    r"mai|per ogni evenienza|nascost[ei]|di nascosto|nell'astuccio|sotto il materasso|"
    r"pazienza(?= ?[.!?]*$| ?[.!?])|"
    # ru
    r"никто (?:\w+ )?(?:не догадывается|не знает|не заметит|не замечает|не узнает|не проверяет)|"
    r"на всякий случай|про запас|в пенале|под матрасом|тайком|спрятан\w*|ну и пусть)"
)
# blades taken or bought again: a relapse
_AGAIN = (
    r"(?:again|here we go again|otra vez|de nuevo|de novo|outra vez|encore|encore une fois|a nouveau|"
    r"wieder|schon wieder|di nuovo|ancora|опять|снова)"
)
# a game, a show or a party is where "nobody suspects" is fun
_PLAY = (
    r"(?![^.!?]{0,80}\b(?:impostor|imposter|among us|minecraft|roblox|fortnite|game|gaming|"
    r"level|skin|surprise|party|prank|birthday|present|gift|juego|partida|fiesta|sorpresa|jogo|"
    r"festa|surpresa|jeu|fete|spiel|party|uberraschung|gioco|regalo|игр\w*|сюрприз\w*|подар\w*)\b)"
)
_GAP = r"(?:[\w']+ ){0,4}?"


def _means_rule(triggers: str) -> Rule:
    """The means after the verb or before a participle, with the cue after
    it, or the cue first; blades also with "again"."""
    pattern = "|".join(
        rf"\b{_ACQUIRE} (?!to )(?:myself |me |mir |up |out )?{_GAP}{means}\b{_PLAY}(?=.{{0,80}}?\b{cue}\b)|"
        rf"\b{means} (?:[\w']+ ){{0,2}}?{_AFTER}\b{_PLAY}(?=.{{0,80}}?\b{cue}\b)|"
        rf"\b{cue} (?:[\w']+ ){{0,6}}?{_ACQUIRE} (?:myself |me |mir |up )?{_GAP}{means}\b{_PLAY}"
        for means, cue in ((_MEANS, _CUE), (_BLADES, _AGAIN))
    )
    return rule("self_harm:means", "self_harm", triggers, pattern, framed="generic")


RULES: list[Rule] = [
    _means_rule(
        "blade blades razor razors razorblades pills tablets meds painkillers paracetamol rope "
        "cuchilla cuchillas hoja hojas navaja navajas pastillas pastis cuerda soga lamina laminas "
        "gilete giletes comprimidos remedios pilulas corda lame lames cachets comprimes medocs "
        "medicaments corde klinge klingen rasierklinge rasierklingen tabletten pillen seil strick "
        "lamette lametta pillole pastiglie farmaci лезвие лезвия лезвий таблетки таблеток колеса "
        "веревку веревка"
    ),
    # zh: blades or pills taken, bought, hidden or saved up, with again / secrecy / resignation
    rule("self_harm:means", "self_harm", "刀片 药 安眠药 绳子",
         r"(?:又|偷偷|悄悄|偷偷地|悄悄地)(?:去)?(?:拿|买|藏|准备|备|存|攒|囤)(?:了|好了)?(?:一些|几片|好多|很多|新的|"
         r"一盒)?(?:刀片|安眠药|药|绳子)|(?:拿|买|藏|准备|备|存|攒|囤)(?:了|好了)?(?:一些|几片|好多|很多|新的|一盒)?"
         r"(?:刀片|安眠药|药|绳子)(?:了)?.{0,12}(?:就这样吧|算了|无所谓|没人知道|没人发现|没人怀疑|没人察觉|以防万一|"
         r"藏在|藏起来)", framed="generic"),
]

# -- scars: a new one, or hidden --------------------------------------------------

_SCARS = (
    r"(?:scars|my scar|cuts|cicatrices|cicatriz|cortes|cicatrizes|coupures|narben|cicatrici|"
    r"tagli|шрамы|шрамов|шрамами|порезы|порезов)"
)
# where a scar comes from when it is not self-harm
_CAUSE = (
    r"(?![^.!?]{0,80}\b(?:surgery|operation|op|accident|cat|cats|kitten|dog|fell|fall|bike|"
    r"skateboard|football|rugby|hockey|sport|acne|spots|chickenpox|c section|appendix|stitches|"
    r"burn from|cooking|cirugia|operacion|accidente|gato|perro|caida|acne|cirurgia|operacao|"
    r"acidente|cachorro|queda|chirurgie|operation|accident|chat|chien|chute|velo|op|unfall|katze|"
    r"hund|sturz|fahrrad|akne|operazione|intervento|incidente|gatto|cane|caduta|brufoli|"
    r"операци\w*|авари\w*|кошк\w*|кот\w*|собак\w*|упал\w*|велосипед\w*|прыщ\w*)\b)"
)
# (`lead_trie`: the rule below starts with this list, which the regex engine can then
# skip through to its first letters instead of trying it at every position)
_SCARS_HIDDEN = lead_trie(
    # en
    r"(?:(?:hide|hiding|cover|covering|cover up|covering up|conceal|concealing) my (?:scars|cuts|"
    r"wrists)|(?:nobody|no one|noone|no1) (?:can |will |ever |has )?(?:sees?|seen|notices?|noticed|"
    r"knows?|knew) (?:about )?my (?:scars|cuts)|so (?:that )?(?:nobody|no one|noone|my (?:parents|"
    r"mum|mom|dad)|people|anyone) (?:can |will |does not |doesnt )?(?:sees?|notices?|asks? about) "
    r"(?:my|the) (?:arms|wrists|legs|thighs|scars|cuts)|"
    # es pt
    r"(?:escondo|tapo|cubro|esconder|tapar|cubrir) mis (?:cicatrices|cortes|munecas)|"
    r"para que nadie (?:vea|note|se de cuenta de) (?:mis|las) (?:brazos|munecas|piernas|"
    r"cicatrices|cortes)|(?:esconder|escondo|cobrir|cubro|tapar|tapo) (?:minhas|meus) "
    r"(?:cicatrizes|cortes|pulsos)|pra ninguem ver (?:meus|minhas|os|as) (?:bracos|pulsos|pernas|"
    r"coxas|cicatrizes|cortes)|para ninguem ver (?:meus|minhas|os|as) (?:bracos|pulsos|pernas|"
    r"coxas|cicatrizes|cortes)|"
    # fr de it
    r"(?:cacher|cache|camoufler) mes (?:cicatrices|coupures|poignets)|pour que personne ne voie "
    r"(?:mes|les) (?:bras|poignets|jambes|cuisses|cicatrices|coupures)|(?:damit|dass) (?:keiner|"
    r"niemand) meine (?:arme|handgelenke|beine|narben) sieht|(?:verstecke|verdecke|"
    r"uberdecke) meine narben|(?:nascondo|nascondere|copro|coprire) (?:le mie|i miei) "
    r"(?:cicatrici|tagli|polsi)|(?:cosi|perche) nessuno (?:veda|vede|vedra) (?:le mie|i miei) "
    r"(?:braccia|polsi|gambe|cosce|cicatrici|tagli)|"
    # ru
    r"(?:прячу|скрываю|закрываю|замазываю) (?:свои |мои )?(?:шрамы|порезы|запястья)|чтобы никто "
    r"не (?:видел|увидел|заметил) (?:мои |моих )?(?:руки|запястья|ноги|шрамы|шрамов|порезы|порезов))"
)
# a scar named, then nobody sees it, or a new one today
_SCARS_NEW = (
    r"(?:a new one|another one|one more|new ones?|another (?:scar|cut)|una (?:nueva|mas)|otra "
    r"mas|uma nova|mais uma|une nouvelle|encore une|eine neue|noch eine|neue dazu|una nuova|"
    r"un altro|ancora uno|ещ[её] (?:один|одна|новый|новая)|нов(?:ый|ая|ые)(?! год))"
)
_SCARS_UNSEEN = (
    r"(?:(?:sees?|notices?) (?:them|it)? ?(?:nobody|no one)|(?:nobody|no one) (?:sees?|notices?)|"
    r"nadie (?:las |los )?ve|nadie (?:las |los )?nota|ninguem ve|ninguem (?:as |os )?nota|personne "
    r"ne (?:les )?voit|sieht (?:zum gluck |eh |ja |auch )?(?:keiner|niemand)|(?:keiner|niemand) "
    r"sieht|nessuno (?:le |li )?vede|никто не (?:видит|замечает))"
)

RULES += [
    rule("self_harm:injury", "self_harm",
         "hide hiding cover covering conceal concealing nobody noone no1 esconder escondo tapar "
         "tapo cubrir cubro cobrir nadie ninguem cacher cache camoufler personne damit dass "
         "verstecke verdecke uberdecke nascondo nascondere copro coprire nessuno прячу скрываю "
         "закрываю замазываю никто",
         rf"\b{_SCARS_HIDDEN}\b{_CAUSE}", framed="generic"),
    rule("self_harm:injury", "self_harm",
         "scars scar cuts cicatrices cicatriz cortes cicatrizes coupures narben cicatrici tagli "
         "шрамы шрамов шрамами порезы порезов",
         rf"\b{_SCARS}\b{_CAUSE}(?=[^.!?]{{0,80}}\b{_SCARS_UNSEEN}\b)|"
         rf"\b{_SCARS}\b{_CAUSE}(?=.{{0,80}}\b(?:today|tonight|hoy|esta noche|hoje|hoje a noite|"
         rf"aujourd'hui|ce soir|heute|heute nacht|oggi|stasera|сегодня) (?:[\w']+ ){{0,3}}?{_SCARS_NEW}\b)",
         framed="generic"),
]

# -- starving as punishment -----------------------------------------------------------

_DAYS = (
    r"(?:\d+|two|to|three|four|for|five|six|seven|a few|several|dos|tres|cuatro|cinco|varios|"
    r"tres|quatro|cinco|varios|deux|trois|quatre|cinq|plusieurs|zwei|drei|vier|funf|paar|due|"
    r"tre|quattro|cinque|giorni)"
)
_NOT_EATING = (
    # en: "day 4 no food", "haven't eaten in 3 days", "not eating for days", "skipping every meal"
    r"(?:day (?:\d+|to|for|three|five|six|seven) (?:of )?(?:no food|not eating|without food|no "
    r"eating)|(?:have not|havent|did not|didnt|not) (?:really )?(?:eaten|eating|ate) (?:anything )?"
    r"(?:in|for|since) (?:" + _DAYS + r" days|days|a week|the weekend)|skipping (?:every|all my|"
    r"all) meals|(?:i do not|i dont|i will not|i wont) eat (?:anything )?(?:today|anymore|at all)|"
    # es pt
    r"(?:llevo|van) " + _DAYS + r" dias sin comer|no (?:he )?com(?:o|ido) (?:nada )?(?:desde hace|"
    r"en) " + _DAYS + r" dias|(?:estou|to|tou|fico) " + _DAYS + r" dias sem comer|nao como (?:nada )?"
    r"(?:ha|faz) " + _DAYS + r" dias|"
    # fr de it
    r"(?:je (?:n'ai|ne) (?:rien |plus )?(?:mange|mange rien)|j'ai rien mange) depuis " + _DAYS
    + r" jours|(?:ich esse|hab|habe) (?:seit " + _DAYS + r" tagen nichts|nichts (?:mehr )?seit "
    + _DAYS + r" tagen)|non (?:mangio|ho mangiato) (?:niente |nulla )?da " + _DAYS + r" giorni|"
    # ru
    r"не ем (?:уже )?(?:\w+ )?(?:день|дня|дней|третий день|второй день|неделю)|(?:\w+ )?(?:день|дня|"
    r"дней) (?:ничего )?не ем|ничего не ем)"
)
# (`lead_trie`: the second part of the rule below starts with this list)
_PUNISH = lead_trie(
    r"(?:serves me right|i deserve (?:it|this)|(?:do not|dont) deserve (?:food|to eat)|maybe then|"
    r"until (?:i am|im) (?:thin|skinny|smaller)|(?:call|calling|calls) me fat|(?:i am|im) (?:so |"
    r"too )?(?:fat|disgusting)|so (?:they|people) stop|to be (?:thin|skinny)|punish(?:ing)? myself|"
    r"me lo merezco|me lo tengo merecido|no merezco comer|asi aprendo|gorda|gordo|eu mereco|bem "
    r"feito|nao mereco comer|gorda|je le merite|bien fait pour moi|je ne merite pas de manger|"
    r"grosse|hab ich verdient|geschieht mir recht|verdiene (?:es )?(?:kein essen|nicht zu essen)|"
    r"fett|me lo merito|mi sta bene|non merito di mangiare|grassa|так мне и надо|заслужил\w*|"
    r"не заслуживаю|жирн\w*|толст\w*|поделом)"
)
# a fast, an illness or a lesson after it (before it: `frames_more.fasting_frame`)
_FAST = (
    r"(?!.{0,120}\b(?:ramadan|ramadhan|fasting|fast|lent|yom kippur|ayuno|jejum|jeune|fasten|"
    r"digiuno|пост|operation|surgery|sick|flu|stomach bug|lesson|class|we learned|enfermo|doente|"
    r"malade|krank|malato|болею|болел\w*)\b)"
)
RULES += [
    rule("self_harm:eating", "self_harm",
         "day food eaten eating ate meals eat comer comido como mange rien esse nichts tagen "
         "mangio mangiato ем",
         rf"\b{_NOT_EATING}\b{_FAST}(?=.{{0,100}}\b{_PUNISH}\b)|\b{_PUNISH}\b"
         rf"(?=.{{0,60}}\b{_NOT_EATING}\b{_FAST})", framed="generic"),
    rule("self_harm:eating", "self_harm",
         "deserve merezco mereco merite verdiene merito заслуживаю",
         r"\b(?:i (?:do not|dont|don't) deserve (?:to eat|food)|no merezco comer|nao mereco comer|"
         r"je ne merite pas de manger|ich verdiene (?:es )?nicht(?: mehr)? zu essen|ich verdiene "
         r"kein essen|non merito di mangiare|я не заслуживаю (?:есть|еды))\b", framed="generic"),
    rule("self_harm:eating", "self_harm", "不配 活该 没吃",
         r"不配吃(?:饭|东西)?|(?:几|两|三|四|五)天没吃(?:饭|东西)?.{0,12}(?:活该|不配|胖|饿死算了|饿死也好|饿死拉倒|"
         r"饿死得了)|"
         # not a bite all day, "I don't deserve it" ("今天一口没吃 我不配")
         r"(?:一口(?:都|也)?没吃|什么都没吃|一整天没吃)(?:饭|东西)?.{0,8}?我?不配(?!当|做|说|拿|得)",
         framed="generic"),
]
