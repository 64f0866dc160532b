"""The means at hand, and a plan with a time or a place, in pt de it (the
classes, the reasons and what passes are in `selfharm_means_ready.py`, whose
shared guards this module imports; split off to keep each module readable).
"""

from __future__ import annotations

from .rules import Rule, rule
from .selfharm_means_ready import _EVERYDAY, _G, _NO_REASON, _WATER, cover_story
from .selfharm_methods_langs import _MUNDANE

# -- pt ---------------------------------------------------------------------------
_MEANS_PT = r"(?:remedios|comprimidos|pilulas|cartela|lamina|laminas|gilete|giletes|navalha)"
_PT = (
    r"\b(?:to|estou|tou|tenho|seguro|segurando|com) (?:com )?(?:os |as |a |o |uma |um |meus |minhas |"
    r"todos os |todas as )?" + _MEANS_PT + r" (?:na|nas) (?:minha |minhas )?(?:mao|maos|mochila|bolsa|"
    r"bolso)\b" + _MUNDANE + _EVERYDAY + _G
    + r"{0,60}?\b(?:agora|ja|fica comigo|fiquem comigo|falem comigo|me ajuda|me ajudem|"
    r"to com medo|trancad[ao]|no banheiro)\b" + _EVERYDAY + r"|"
    r"\b(?:fica comigo|fiquem comigo|falem comigo|alguem fala comigo)\b" + _G + r"{0,40}?\b(?:to|tenho|"
    r"estou) (?:com )?(?:os |as |a |o )?" + _MEANS_PT + r" na mao\b|"
    r"\b(?:minha mae|mae|meus pais|meu pai|pai|eles) (?:\w+ )?(?:escondeu|esconderam|trancou|trancaram|"
    r"jogou fora|jogaram fora|tirou|tiraram) (?:todas |todos )?(?:as |os |meus |minhas )?(?:facas|"
    r"remedios|comprimidos|laminas|giletes|tesouras)\b" + _NO_REASON + r"\b(?:mas|e) (?:eu )?(?:ja )?"
    r"(?:achei|encontrei|consegui|tenho|sei onde|guardei|comprei)\b" + _MUNDANE + r"|"
    r"\b(?:ja )?(?:escolhi|marquei|decidi|defini) (?:o |a )?(?:dia|noite|data|hora)\b" + _G
    + r"{0,30}?\b(?:pra|para|em que|que (?:eu )?vou) (?:acabar com tudo|me matar|morrer|fazer isso|"
    r"sumir de vez|tirar minha vida)\b|"
    r"\b(?:pesquisei|procurei|olhei|achei|fui ver) (?:\w+ ){0,2}?(?:a|o|as|os) (?:ponte|predio|"
    r"penhasco|torre|pontes|predios) mais (?:alt[oa]s?|perto)\b" + _G + r"{0,60}?(?:[.!?] )?" + _G
    + r"{0,20}?\b(?:adivinha (?:por que|pq|pra que)|voces sabem (?:por que|pq)|nao pergunta (?:por que|"
    r"pq)|nao e (?:pra|para) (?:escola|trabalho))\b|"
    r"\b(?:to|estou|tou) (?:\w+ )?(?:na|no|sentad[ao] na|sentad[ao] no|em pe na|em pe no|parad[ao] na) "
    r"(?:janela|beirada|ponte|telhado|laje|plataforma|trilhos|parapeito|sacada|borda|\d+\w* andar)\b"
    + _G + r"{0,60}?\b(?:pular|me jogar|se vale a pena|olhando pra baixo)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:a|uma|as) voz(?:es)? (?:na|da|dentro da) minha cabeca\b" + _G + r"{0,25}?\b(?:manda|mandam|"
    r"fala|falam|diz|dizem|grita|gritam) (?:pra |para |que )?(?:eu )?(?:pular|pule|me jogar|me jogue|me "
    r"matar|me mate|me cortar|morrer|acabar com tudo)\b|"
    r"\b(?:subir|subo|ir|vou) (?:pro|pra|para o|para a|no|na|ate o|ate a) (?:telhado|laje|terraco|"
    r"ponte)\b" + _G + r"{0,40}?\b(?:e )?nao (?:voltar|volto|descer|desco)\b(?! (?:ate|tao cedo|logo))"
)
_PT_COVER = cover_story(
    r"remedios|comprimidos|pilulas|cartela|laminas|giletes|farmacia|farmaceutic[ao]|paracetamol|dipirona",
    r"falei|disse|menti|inventei|fingi",
    r"(?:pra|para) (?:minha |meu |a |o )?(?:vo|avo|vovo|mae|pai|irma|tia|vizinha)",
    r"na real|na verdade|realmente|mas",
    r"(?:pra|para) mim\b",
)
_PT_TRIG = (
    "remedios comprimidos pilulas cartela lamina laminas gilete giletes navalha faca facas tesouras "
    "dia noite data hora ponte predio penhasco torre pontes predios janela beirada telhado laje "
    "plataforma trilhos parapeito sacada borda andar voz vozes terraco"
)

# -- de ---------------------------------------------------------------------------
_MEANS_DE = r"(?:tabletten|pillen|klinge|klingen|rasierklinge|rasierklingen)"
_DE = (
    r"\b(?:ich )?(?:hab|habe|halte|halt) (?:die |meine |alle |eine |das |ein )?(?:\w+ )?" + _MEANS_DE
    + r" (?:schon |grad |gerade |jetzt )?(?:in der hand|in meiner hand|in den handen|in der tasche|in "
    r"meiner tasche|(?:im|i am) rucksack)\b" + _MUNDANE + _EVERYDAY + _G + r"{0,60}?\b(?:jetzt|grad|gerade|schon|"
    r"bleibt bei mir|redet mit mir|schreibt mir|hilfe|angst|eingeschlossen|(?:im|i am) bad|der drang|"
    r"drang)\b" + _EVERYDAY + r"|"
    r"\b(?:der drang|drang|bleibt bei mir|redet mit mir|schreibt mir was|(?:im|i am) bad eingeschlossen)\b" + _G
    + r"{0,60}?\b(?:ich )?(?:hab|habe|halte) (?:die |meine |eine |das )?" + _MEANS_DE + r" (?:schon |"
    r"grad |gerade |jetzt )?in der hand\b|"
    r"\b(?:mama|mutter|meine mutter|meine eltern|eltern|papa|mein vater|sie) (?:\w+ )?(?:hat|haben) "
    r"(?:\w+ )?(?:alle )?(?:die |meine )?(?:messer|tabletten|medikamente|klingen|rasierer|scheren) "
    r"(?:\w+ )?(?:versteckt|weggeschlossen|eingeschlossen|weggenommen|weggeworfen)\b" + _NO_REASON
    + r"\b(?:aber|und) (?:ich )?(?:hab|habe|weiss wo|kenn|find)\b" + _MUNDANE + r"|"
    r"\b(?:meine |die )?(?:ritzsachen|ritzzeug|ritzkram|ritzbox|ritzklingen?|ritzmesser)\b|"
    r"\b(?:hab|habe) (?:mir )?(?:ein |das |eine |die )?(?:kuchenmesser|messer|klinge|rasierklinge) "
    r"(?:aus der kuche )?(?:geholt|genommen|besorgt)\b" + _G + r"{0,60}?\b(?:unter meinem kissen|unter "
    r"meiner matratze|(?:im|i am) bett|mich damit|damit zu verletzen|damit zu ritzen)\b|"
    r"\b(?:denk\w*|gedanke\w*|will|mochte|drang|lust)\b" + _G + r"{0,40}?\bmich damit (?:zu )?"
    r"(?:verletzen|ritzen|schneiden|umbringen)\b|"
    r"\b(?:ich )?(?:hab|habe) (?:meine )?(?:medikamente|tabletten|therapie|behandlung) (?:\w+ )?"
    r"(?:abgesetzt|aufgehort|nicht mehr genommen)\b" + _G + r"{0,60}?\b(?:sammle|sammel|hebe|heb|"
    r"verstecke|bunkere) (?:sie )?(?:alle|auf)\b|"
    r"\b(?:ich )?(?:hab|habe) (?:mir )?(?:schon )?(?:den|die|einen) (?:tag|nacht|datum|abend|termin) "
    r"(?:\w+ )?(?:ausgesucht|gewahlt|festgelegt|geplant)\b" + _G + r"{0,30}?\b(?:an dem|in der|um|wo) "
    r"(?:ich )?(?:es beende|schluss mache|mich umbringe|sterbe|es tue|es mache|alles beende|"
    r"es zu beenden|schluss zu machen|mich umzubringen)\b|"
    r"\b(?:hab|habe) (?:heute )?(?:\w+ ){0,2}?(?:die|nach der) (?:hochste|hochsten|nachste|nachsten) "
    r"(?:brucke|brucken|hochhaus|klippe|turm|gebaude) (?:\w+ ){0,3}?(?:gegoogelt|gesucht|nachgeschaut|"
    r"rausgesucht|angeschaut)\b" + _G + r"{0,60}?(?:[.!?] )?" + _G + r"{0,20}?\b(?:ratet mal warum|"
    r"rate mal warum|fragt nicht warum|ihr wisst warum|nicht fur die schule|nicht fur ein referat)\b|"
    r"\bich (?:steh|stehe|sitz|sitze|bin) (?:\w+ )?(?:am|auf dem|auf der|im|i am|in der|am rand|auf dem "
    r"rand) (?:\w+ )?(?:gleis|bahnsteig|brucke|dach|fenster|fensterbrett|gelander|balkongelander|"
    r"klippe|\d+\w* stock)\b" + _G + r"{0,60}?\b(?:springen|spring|runterspringen|mich fallen lassen|"
    r"ob es sich lohnt|ob sichs lohnt|schau runter|runterschauen)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:die|eine) stimmen? in meinem kopf\b" + _G + r"{0,25}?\b(?:sagt|sagen|schreit|schreien|will|"
    r"wollen|befiehlt) (?:mir )?(?:ich soll |dass ich )?(?:springen|spring|mich umbringen|sterben|mich "
    r"ritzen|es tun|es beenden)\b|"
    r"\b(?:aufs|auf das) (?:dach|hochhaus)\b" + _G + r"{0,40}?\b(?:und )?(?:nicht mehr|nie mehr|nie "
    r"wieder) (?:zuruck|runter)(?:kommen|zukommen)?\b"
)
_DE_COVER = cover_story(
    r"tabletten|pillen|klingen|rasierklingen|medikamente|apotheke|apotheker(?:in)?|schlaftabletten|ibuprofen|paracetamol",
    r"gesagt|gelogen|behauptet|erzahlt|getan als",
    r"fur (?:meine |die |den |meinen )?(?:oma|mama|mutter|papa|vater|schwester|tante|nachbarin)",
    r"eigentlich|in wirklichkeit|in wahrheit|wirklich|aber",
    r"fur mich\b",
)
_DE_TRIG = (
    "tabletten pillen klinge klingen rasierklinge rasierklingen messer kuchenmesser medikamente "
    "rasierer scheren ritzsachen ritzzeug ritzkram ritzbox ritzklinge ritzklingen ritzmesser "
    "damit therapie behandlung tag nacht datum abend termin brucke brucken hochhaus klippe turm "
    "gebaude gleis bahnsteig dach fenster fensterbrett gelander balkongelander stock stimme stimmen"
)

# -- it ---------------------------------------------------------------------------
_MEANS_IT = r"(?:pillole|pastiglie|compresse|farmaci|lametta|lamette|rasoio|taglierino)"
_IT = (
    r"\b(?:ho|tengo|sono chius[ao] in bagno con|con) (?:le |la |il |una |un |mie |tutte le )?" + _MEANS_IT
    + r" (?:in mano|nella mano|in borsa|nello zaino|in tasca)\b" + _MUNDANE + _EVERYDAY + _G
    + r"{0,60}?\b(?:ora|adesso|gia|"
    r"restate con me|resta con me|ditemi qualcosa|parlatemi|aiuto|aiutatemi|ho paura|chius[ao] in bagno)\b"
    + _EVERYDAY + r"|"
    r"\b(?:restate con me|resta con me|ditemi qualcosa|parlatemi|chius[ao] in bagno)\b" + _G
    + r"{0,60}?\b(?:con|ho|tengo) (?:le |la |il |una |un )?" + _MEANS_IT + r" in mano\b|"
    r"\bsono chius[ao] in bagno con (?:la |le |il |una |un )?" + _MEANS_IT + r"\b" + _EVERYDAY + r"|"
    r"\b(?:mia madre|mamma|i miei|mio padre|papa|loro) (?:\w+ )?(?:ha nascosto|hanno nascosto|ha chiuso "
    r"a chiave|hanno chiuso a chiave|ha buttato|hanno buttato|ha tolto|hanno tolto) (?:tutti |tutte )?"
    r"(?:i |le |gli |miei |mie )?(?:coltelli|farmaci|medicine|pillole|lamette|rasoi|forbici)\b" + _NO_REASON
    + r"\b(?:ma|e) (?:io )?(?:ho trovato|ho preso|ho ancora|so dove|ho comprato|ho tenuto)\b"
    + _MUNDANE + r"|"
    r"\b(?:ho smesso|ho interrotto|ho mollato) (?:di prendere )?(?:la |le |i |mia |mie |miei )?(?:cura|"
    r"terapia|farmaci|pillole|medicine|antidepressivi)\b" + _G + r"{0,60}?\b(?:le tengo|li tengo|le "
    r"conservo|li conservo|le nascondo|li nascondo|le metto da parte|le accumulo) (?:tutte|tutti)\b|"
    r"\bho (?:gia )?(?:scelto|deciso|fissato|segnato) (?:il |la )?(?:giorno|notte|data|sera|momento)\b"
    + _G + r"{0,30}?\b(?:per|in cui|quando) (?:farla finita|finirla|uccidermi|ammazzarmi|morire|farlo|"
    r"sparire per sempre|togliermi la vita)\b|"
    r"\b(?:ho cercato|ho guardato|ho trovato|sono andat[ao] a vedere) (?:\w+ ){0,2}?(?:il|la|i|le) "
    r"(?:ponte|palazzo|scogliera|torre|ponti|palazzi) piu (?:alt[oaie]|vicin[oaie])\b" + _G
    + r"{0,60}?(?:[.!?] )?" + _G + r"{0,20}?\b(?:indovinate perche|indovina perche|non chiedete perche|"
    r"sapete perche|non per la scuola|non per una ricerca)\b|"
    r"\bsono (?:\w+ )?(?:sul|sulla|al|alla|sul bordo del|sul bordo della|seduta sul|seduto sul|"
    r"affacciat[ao] alla|sedut[ao] sulla) (?:\w+ )?(?:binario|banchina|ponte|tetto|finestra|davanzale|"
    r"cornicione|ringhiera|binari|balcone|\d+\w* piano)\b" + _G + r"{0,60}?\b(?:buttarmi|saltare|"
    r"lanciarmi|se ne vale la pena|guardo giu)\b" + _WATER + _EVERYDAY + r"|"
    r"\b(?:la|una|le) voc[ei] (?:nella|dentro la) mia testa\b" + _G + r"{0,25}?\b(?:mi dice|mi dicono|"
    r"mi urla|mi urlano|mi ripete) (?:di )?(?:buttarmi|saltare|uccidermi|ammazzarmi|morire|tagliarmi|"
    r"farla finita|farlo)\b|"
    r"\b(?:salire|salgo|andare|vado) (?:sul|sulla|in) (?:tetto|terrazzo|ponte)\b" + _G + r"{0,40}?\b"
    r"(?:e )?non (?:tornare|torno|scendere|scendo|tornare giu|tornare piu)\b(?! (?:fino|prima|presto))"
)
_IT_COVER = cover_story(
    r"pillole|pastiglie|compresse|farmaci|lamette|farmacia|farmacista|tachipirina|sonniferi",
    r"detto|mentito|raccontato|finto|fatto credere",
    r"per (?:la |mia |mio |il )?(?:nonna|mamma|madre|papa|padre|sorella|zia|vicina)",
    r"in realta|in verita|veramente|davvero|ma",
    r"per me\b",
)
_IT_TRIG = (
    "pillole pastiglie compresse farmaci lametta lamette rasoio coltello taglierino coltelli "
    "medicine rasoi forbici cura terapia antidepressivi giorno notte data sera momento ponte "
    "palazzo scogliera torre ponti palazzi binario banchina tetto finestra davanzale cornicione "
    "ringhiera binari balcone piano voce voci terrazzo bagno"
)

RULES: list[Rule] = [
    rule(
        "self_harm:means_ready", "self_harm",
        _PT_TRIG + " farmacia farmaceutica farmaceutico paracetamol dipirona", _PT + "|" + _PT_COVER,
        framed="generic",
    ),
    rule(
        "self_harm:means_ready", "self_harm",
        _DE_TRIG + " apotheke apotheker apothekerin schlaftabletten ibuprofen paracetamol",
        _DE + "|" + _DE_COVER, framed="generic",
    ),
    rule(
        "self_harm:means_ready", "self_harm",
        _IT_TRIG + " farmacia farmacista tachipirina sonniferi", _IT + "|" + _IT_COVER, framed="generic",
    ),
]
