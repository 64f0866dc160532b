"""Someone the child knows only online, at an edge now (session 16): a guy
from the gaming server, a girl from the discord, someone the child plays
roblox with, a streamer, a mutual, "un mio amico di fortnite", on the roof
of his building, a bridge, a window or a balcony, saying he will jump.

Why: "a guy from my gaming server says he's on the roof of his building and
he's going to jump, he's typing weird and won't go down", "someone in my
minecraft server says he is on the bridge and going to jump", "un mio amico
di fortnite dice che è sul tetto e vuole buttarsi, non risponde più su
discord" and "una amiga está en una llamada de discord diciendo que está en
la azotea de su edificio y que va a saltar" passed.  The older rounds
(`selfharm_others_edge*`, `selfharm_others_acute*`) know "my friend", "a girl
from my class"; an online person was not their person, and where one was
("my friend from fortnite"), the game word excused the hit: their guards
name the games, and the first-person planning rule's hit on "on the roof ...
jump" was excused as `frame:mundane` by the offline frame (a goodbye word
"on" and the reason "server" in one message).

How: `selfharm_others_online_base.online_edge` over the edge and jump tables
of `selfharm_others_edge*.py` (a real place with a preposition, a jump said
or threatened), with a person of this module: a person *from / in / on*
an app, a server, a game or a call ("a guy from my gaming server", "una
chica de mi server", "ein typ aus meinem discord"), someone the child plays
or talks with ("someone i play roblox with", "alguien con quien juego",
"einer mit dem ich zocke"), an online friend, a streamer, a mutual, a
teammate or a duo.

What passes, and why: a jump inside a game - "in minecraft", "in the game",
"in-game", "the map", "respawn", an avatar or a character (the guards
`_INGAME_*`) -, laughter and jokes, a past that is over, fiction, and the
everyday jumps of the older edge rules (a pool, water, a trampoline,
parkour, a pet, a prank).  "he jumped off the roof in minecraft and died
lol" and "my teammate jumped off the map" pass: the first is in a game, the
second names no real place and no jump said.  A person with no edge, or a
jump with no edge ("says she'll jump off the swing"), is one half of the
pair.

English, German, Spanish, Portuguese, French and Italian are here; Russian,
Polish, Turkish, Indonesian, Arabic (script and Arabizi), Hindi (Hinglish
and Devanagari) and Chinese in `selfharm_others_online_edge_langs.py`.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_edge import (
    _EDGE_DE,
    _EDGE_EN,
    _EDGE_ES,
    _EDGE_FR,
    _EDGE_IT,
    _EDGE_PT,
    _JUMP_DE,
    _JUMP_EN,
    _JUMP_ES,
    _JUMP_FR,
    _JUMP_IT,
    _JUMP_PT,
    _TRIG_DE,
    _TRIG_EN,
    _TRIG_ES,
    _TRIG_FR,
    _TRIG_IT,
    _TRIG_PT,
)
from .selfharm_others_online_base import online_edge, online_rule

# the games, apps and calls a person is known from (the phrase form reads "insta"/"ig" as
# "instagram", "vc" as "video call")
_APPS = (
    r"discord|discords|server|servers|online|internet|roblox|minecraft|fortnite|valorant|valo|cod|warzone|apex|"
    r"overwatch|genshin|among us|free ?fire|ff|pubg|bgmi|mobile legends|mlbb|brawl stars|clash royale|clash of "
    r"clans|rocket league|gta|rust|xbox|xbox live|ps4|ps5|playstation|psn|steam|twitch|youtube|tiktok|instagram|"
    r"snapchat|snap|reddit|twitter|telegram|whatsapp|video call|voice chat|facetime|call|game|games|gaming|lobby|"
    r"clan|guild|squad|party chat|gc|group chat|stream|live|chat|hypixel|bedwars|vrchat|vr|twitch chat"
)

# -- en ---------------------------------------------------------------------------------------------
_PERSON_EN = (
    r"(?:a|one|this|some|that|my|our) (?:\w+ )?(?:guy|girl|boy|kid|person|player|dude|friend|mate|gamer|streamer|"
    r"member|mod|teammate|duo|bestie|bff|buddy|pal|bro|sis|boyfriend|girlfriend|man|woman|lad|gal)s?|someone|"
    r"somebody|one of (?:my|our|the) \w+"
)
_WHO_EN = (
    r"(?<!if )(?<!when )(?<!imagine )(?:"
    r"(?:my|our|a|an) (?:best |close |good )?(?:online|internet|discord|gaming|game|server|roblox|minecraft|"
    r"fortnite|valorant|xbox|playstation|ps5|ps4|steam|twitch|tiktok|instagram|snap|snapchat|cod) (?:friend|bestie|"
    r"bff|mate|buddy|pal|bro|sis|teammate|duo|boyfriend|girlfriend|bf|gf)s?|"
    r"(?:" + _PERSON_EN + r") (?:\S+ ){0,4}?(?:from|in|on|at|of|through|via|over) (?:my |our |the |a |this |his "
    r"|her |their )?(?:\S+ )?(?:" + _APPS + r")|"
    r"(?:" + _PERSON_EN + r") (?:i|we) (?:\S+ )?(?:play|game|talk|chat|stream|text|met|know|watch|follow|vc)\w* "
    r"(?:\S+ ){0,3}?(?:with|online|on|from)|"
    r"(?:a|the|this|my|one) (?:streamer|youtuber|tiktoker|mutual|moot|follower|teammate|duo)s?(?: (?:i|we) "
    r"(?:watch|follow|play with|know))?)"
)
_INGAME_EN = (
    r"(?<!met )(?<!meet )(?<!play )(?<!plays )(?<!played )(?<!playing )(?<!with )(?<!know )(?<!friend )(?<!friends )"
    r"in (?:the |this |a |my |his |her |our |their )?(?:game|minecraft|roblox|fortnite|gta|bedwars|skywars|"
    r"skyblock|hypixel|among us|brookhaven|adopt me|obby|tower of hell|sims|the sims|valorant|cod|warzone|apex|"
    r"map|lobby|match|round|vr|vrchat|rp)\b(?! (?:server|discord|group|gc|chat|clan|call|friend)s?\b)|in-game|"
    r"ingame|the map|respawn\w*|spawn|spawned|obby|fall damage|hardcore mode|(?:his|her|their|my) (?:character|"
    r"avatar|skin|player|base|build)|minecraft (?:house|build|base)|"
    # laughter and jokes
    r"lmao|lmfao|haha\w*|xd|jk|joking|kidding|prank\w*|"
    # a past that is over, fiction
    r"last (?:year|month|summer|winter|week)|years ago|months ago|used to|(?:is|she's|he's|they're|and) "
    r"(?:(?:now|doing|totally|much|all) )?(?:fine|okay|ok|safe|better) now|got help|series|episode|movie|film|"
    r"novel|anime|manga|fanfic|roleplay|documentary|"
    # the everyday jumps of the older edge rules
    r"pool|swimming|diving|water|lake|sea|trampoline|parkour|free ?running|skate ?park|bungee|parachute|zip ?line|"
    r"skipping|jump ?scare|cats?|kitten|dogs?|puppy|for joy|with joy|antenna|gutters?|fixing|repair\w*"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_EN = (
    r"reported (?:it|him|her|them|this)|(?:told|reported it to|called) (?:a |the |my |our )?(?:teacher|mods?|admin|"
    r"police|cops)|is safe now|(?:got|talked) (?:him|her|them) down"
)
_STEMS_EN = "jump|throw"

# -- de ("im" reads "i am" in the phrase form) ------------------------------------------------------
_PERSON_DE = (
    r"(?:ein|eine|einer|mein|meine|der|die|son|so ein|so ne) (?:\w+ )?(?:typ|junge|madchen|kumpel|freund|freundin|"
    r"person|spieler|spielerin|streamer|streamerin|kerl|bro|girl|mitspieler|mitspielerin)|einer|eine|jemand"
)
_APPS_DE = _APPS + r"|spiel|zock\w*|insta\w*"
_WHO_DE = (
    r"(?<!wenn )(?<!falls )(?:"
    r"(?:mein|meine) (?:online|internet|discord|gaming|zock|fortnite|roblox|minecraft)(?:-| )?(?:freund|freundin|"
    r"kumpel|bro)|(?:mein|meine) (?:online|internet|discord|gaming|zock)(?:freund|freundin|kumpel)|"
    r"(?:" + _PERSON_DE + r") (?:\S+ ){0,3}?(?:aus|von|vom|auf|in|i am|bei|ausm|aufm) (?:meinem |meiner |unserem "
    r"|unserer |dem |der |nem |ner )?(?:\S+ )?(?:" + _APPS_DE + r")|"
    r"(?:" + _PERSON_DE + r") (?:mit dem|mit der|mit denen|den|die) (?:ich|wir) (?:\S+ ){0,3}?(?:zocke|zocken|"
    r"spiele|spielen|schreibe|schreiben|kenne|kennen|gucke|schaue)|"
    r"(?:ein|eine|mein|meine|der|die) (?:streamer|streamerin|youtuber|youtuberin|mutual|mitspieler|mitspielerin))"
)
_INGAME_DE = (
    r"(?:i am|im|in|in der|in dem|ingame) (?:spiel|game|minecraft|roblox|fortnite|gta|bedwars|map|lobby|match|runde)"
    r"\b(?! (?:server|discord|gruppe|chat|clan|zocke|zocken|spiele|spielen|kennengelernt|kenne|getroffen))|ingame|"
    r"die map|respawn\w*|spawn\w*|(?:sein|ihr|seinen|ihren) "
    r"(?:charakter|avatar|skin)|haha\w*|xd|witz|spass|prank|streich|letztes jahr|vor (?:\w+ )?(?:jahren|monaten)|"
    r"(?:jetzt|wieder|inzwischen) (?:\S+ )?(?:gut|besser|okay)|hilfe bekommen|serie|staffel|folge|film|anime|"
    r"pool|schwimmbad|freibad|wasser|see|meer|trampolin|parkour|skatepark|katze|hund|vor freude|antenne|"
    r"repariert|reparieren"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_DE = (
    r"gemeldet|polizei (?:gerufen|angerufen)|lehrer\w* (?:bescheid gesagt|informiert)|ist (?:jetzt )?in sicherheit"
)
_STEMS_DE = "spring|sturz|werfen|wirft"

# -- es (the phrase form reads "y" as "why" and "ya" as "you") ----------------------------------------
_PERSON_ES = (
    r"(?:un|una|el|la|mi|este|esta|ese|esa|un tal|una tal) (?:\w+ )?(?:chico|chica|chaval|chavala|pibe|piba|wey|"
    r"morro|morra|amigo|amiga|compa|persona|jugador|jugadora|streamer|colega|tipo|tipa|man|chamo|chama|pana)s?|"
    r"alguien|uno|una"
)
_APPS_ES = _APPS + r"|servidor|juego|videojuego|en linea|llamada|directo|partida|insta"
_WHO_ES = (
    r"(?<!si )(?<!cuando )(?:"
    r"(?:mi|un|una) (?:mejor )?(?:amig[oa]|compa|colega|pana) (?:online|virtual|de internet|gamer)|"
    r"(?:" + _PERSON_ES + r") (?:\S+ ){0,4}?(?:de|del|en|por) (?:mi |el |la |un |una |nuestro |nuestra |su )?"
    r"(?:\S+ )?(?:" + _APPS_ES + r")|"
    r"(?:" + _PERSON_ES + r") (?:con (?:quien|quienes|el que|la que|los que)|que) (?:\S+ )?(?:juego|jugamos|"
    r"jugaba|hablo|hablamos|chateo|conoci|conozco)|"
    r"(?:un|una|el|la|mi) (?:streamer|youtuber|tiktoker|mutual|companero de equipo|companera de equipo))"
)
_INGAME_ES = (
    r"(?<!conoci )(?<!juego )(?<!jugamos )(?<!juega )(?<!amigo )(?<!amiga )(?<!alguien )"
    r"en (?:el |la |un )?(?:juego|minecraft|roblox|fortnite|free fire|gta|mapa|partida)\b(?! (?:server|servidor|"
    r"discord|grupo|chat|clan))|el mapa|respawn\w*|reaparec\w*|(?:su|mi) (?:personaje|avatar|skin)|(?:ja){2,}\w*|"
    r"(?:je){2,}\w*|xd|broma|bromeando|el ano pasado|hace (?:\w+ )?(?:anos|meses)|(?:ya|you) (?:esta|is) bien|"
    r"(?:ahora|ahorita) (?:esta|is) bien|serie|pelicula|anime|piscina|alberca|pileta|agua|trampolin|"
    r"cama elastica|parkour|gato|perro|de alegria|antena|arreglando"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_ES = (
    r"avis[eao] a (?:la |el |un |una )?(?:profe\w*|maestr[oa]|policia|admin)|lo reporte|(?:ya|you) (?:esta|is) a salvo"
)
_STEMS_ES = "tira|salt|lanza|avient|avent|bota"

# -- pt ("q" reads "que") -----------------------------------------------------------------------------
_PERSON_PT = (
    r"(?:um|uma|o|a|meu|minha|esse|essa|aquele|aquela) (?:\w+ )?(?:menino|menina|cara|mina|garoto|garota|amigo|"
    r"amiga|mano|mana|pessoa|jogador|jogadora|streamer|parca|brother|moleque|guri|guria)s?|alguem"
)
_APPS_PT = _APPS + r"|servidor|jogo|partida|ligacao|chamada|live|insta|cla"
_WHO_PT = (
    r"(?<!se )(?<!quando )(?:"
    r"(?:meu|minha|um|uma) (?:melhor )?(?:amig[oa]|parca|mano|mana) (?:online|virtual|da internet|gamer)|"
    r"(?:" + _PERSON_PT + r") (?:\S+ ){0,4}?(?:do|da|de|no|na|em|pelo|pela) (?:meu |minha |nosso |nossa |um |"
    r"uma )?(?:\S+ )?(?:" + _APPS_PT + r")|"
    r"(?:" + _PERSON_PT + r") (?:com quem|que) (?:eu |a gente )?(?:\S+ )?(?:jogo|jogamos|jogava|falo|converso|"
    r"conheci)|"
    r"(?:um|uma|o|a|meu|minha) (?:streamer|youtuber|tiktoker|mutual))"
)
_INGAME_PT = (
    r"(?<!conheci )(?<!jogo )(?<!jogamos )(?<!joga )(?<!amigo )(?<!amiga )(?<!alguem )"
    r"(?:no|na|em) (?:jogo|minecraft|roblox|fortnite|free fire|ff|gta|mapa|partida)\b(?! (?:server|servidor|"
    r"discord|grupo|chat|cla))|o mapa|respawn\w*|renasc\w*|(?:seu|meu|o) (?:personagem|avatar|skin)|k{3,}|"
    r"(?:ha){2,}\w*|(?:rs){2,}|brincadeira|zoeira|zoando|ano passado|(?:anos|meses) atras|(?:agora|ja) (?:ta|"
    r"esta) (?:bem|melhor)|serie|filme|novela|anime|piscina|agua|cama elastica|pula pula|parkour|gato|cachorro|"
    r"de alegria|antena|consertando"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_PT = (
    r"avis\w* (?:a |o |pra |pro |para a |para o )?(?:professor\w*|policia|admin)|denunci\w*|(?:ja|agora) (?:ta|esta) "
    r"(?:seguro|segura)"
)
_STEMS_PT = "pul|jog|salta|atira"

# -- fr ---------------------------------------------------------------------------------------------
_PERSON_FR = (
    r"(?:un|une|le|la|mon|ma|ce|cette|un des|une des) (?:\w+ )?(?:mec|meuf|gars|fille|garcon|pote|potes|ami|amie|"
    r"copain|copine|personne|joueur|joueuse|streamer|streameuse|type|keum|gamer)s?|quelqu'?un|qqn"
)
_APPS_FR = _APPS + r"|serveur|jeu|en ligne|vocal|appel|partie|insta"
_WHO_FR = (
    r"(?<!si )(?<!quand )(?:"
    r"(?:mon|ma|un|une) (?:meilleure? )?(?:ami|amie|pote|copain|copine) (?:en ligne|d'internet|virtuel|"
    r"virtuelle|gamer|de jeu)|"
    r"(?:" + _PERSON_FR + r") (?:\S+ ){0,4}?(?:de|du|des|sur|dans|en) (?:mon |ma |notre |le |la |un |une |son )?"
    r"(?:\S+ )?(?:" + _APPS_FR + r")|"
    r"(?:" + _PERSON_FR + r") (?:avec qui|avec lequel|avec laquelle|que) (?:je |j'|on )?(?:\S+ )?(?:joue|jouons|"
    r"jouais|parle|parlons|discute|ai rencontre|connais)|"
    r"(?:un|une|le|la|mon|ma) (?:streamer|streameuse|youtubeur|youtubeuse|tiktokeur|tiktokeuse|mutual))"
)
_INGAME_FR = (
    r"(?<!rencontre )(?<!rencontree )(?<!joue )(?<!jouons )(?<!connu )(?<!connue )(?<!pote )(?<!ami )(?<!amie )"
    r"(?:dans|sur) (?:le |la |un )?(?:jeu|minecraft|roblox|fortnite|free fire|gta|map|carte|partie)\b(?! "
    r"(?:serveur|server|discord|groupe|chat|clan))|la map|respawn\w*|(?:son|mon) (?:perso|personnage|avatar|skin)|"
    r"mdr|ptdr|(?:ha){2,}\w*|xd|blague|pour rire|l'annee derniere|il y a (?:\w+ )?(?:ans|mois)|(?:va|est) "
    r"(?:bien|mieux) maintenant|serie|film|anime|piscine|eau|trampoline|parkour|chat|chien|de joie|antenne|"
    r"repare"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_FR = (
    r"(?:prevenu|signale|appele) (?:la |le |un |une |les )?(?:prof|police|admin|modos?)|(?:est|il est|elle est) en "
    r"securite"
)
_STEMS_FR = "saut|jet|defenestr|lancer"

# -- it ---------------------------------------------------------------------------------------------
_PERSON_IT = (
    r"(?:un|una|il|la|mio|mia|sto|sta|questo|questa|un mio|una mia) (?:\w+ )?(?:ragazzo|ragazza|tipo|tipa|amico|"
    r"amica|persona|giocatore|giocatrice|streamer|tizio|tizia|compagno|compagna|bro)s?|qualcuno|uno|una"
)
_APPS_IT = _APPS + r"|gioco|videogioco|chiamata|partita|insta"
_WHO_IT = (
    r"(?<!se )(?<!quando )(?:"
    r"(?:il mio|la mia|un mio|una mia|mio|mia) (?:migliore )?(?:amic[oa]|compagn[oa]) (?:online|virtuale|di "
    r"internet|di gioco)|"
    r"(?:" + _PERSON_IT + r") (?:\S+ ){0,4}?(?:di|del|della|dal|dalla|su|sul|nel|nella|in) (?:mio |mia |nostro |"
    r"nostra |un |una )?(?:\S+ )?(?:" + _APPS_IT + r")|"
    r"(?:" + _PERSON_IT + r") (?:con cui|che) (?:\S+ )?(?:gioco|giochiamo|giocavo|parlo|chatto|ho conosciuto|"
    r"conosco)|"
    r"(?:un|una|il|la) (?:streamer|youtuber|tiktoker|mutual))"
)
_INGAME_IT = (
    r"(?<!conosciuto )(?<!conosciuta )(?<!gioco )(?<!giochiamo )(?<!amico )(?<!amica )"
    r"(?:nel|in|su|sul) (?:gioco|minecraft|roblox|fortnite|free fire|gta|mappa|partita)\b(?! (?:server|discord|"
    r"gruppo|chat|clan))|la mappa|respawn\w*|(?:suo|mio) (?:personaggio|avatar|skin)|(?:ah){2,}\w*|(?:ha){2,}\w*|"
    r"xd|scherzo|scherzava|l'anno scorso|(?:anni|mesi) fa|(?:ora|adesso) sta bene|serie|film|anime|piscina|"
    r"acqua|tappeto elastico|trampolino|parkour|gatto|cane|di gioia|antenna|riparare"
)
# handled: told to an adult or a moderator, safe now
_HANDLED_IT = (
    r"(?:avvisato|segnalato|chiamato) (?:la |il |i |un )?(?:prof|polizia|admin|mod)|(?:ora|adesso) (?:e )?al sicuro"
)
_STEMS_IT = "butt|salt|lancia|getta"

RULES: list[Rule] = [
    online_rule(_TRIG_EN, _STEMS_EN, online_edge(_WHO_EN, f"{_INGAME_EN}|{_HANDLED_EN}", _EDGE_EN, _JUMP_EN)),
    online_rule(_TRIG_DE, _STEMS_DE, online_edge(_WHO_DE, f"{_INGAME_DE}|{_HANDLED_DE}", _EDGE_DE, _JUMP_DE)),
    online_rule(_TRIG_ES, _STEMS_ES, online_edge(_WHO_ES, f"{_INGAME_ES}|{_HANDLED_ES}", _EDGE_ES, _JUMP_ES)),
    online_rule(_TRIG_PT, _STEMS_PT, online_edge(_WHO_PT, f"{_INGAME_PT}|{_HANDLED_PT}", _EDGE_PT, _JUMP_PT)),
    online_rule(_TRIG_FR, _STEMS_FR, online_edge(_WHO_FR, f"{_INGAME_FR}|{_HANDLED_FR}", _EDGE_FR, _JUMP_FR)),
    online_rule(_TRIG_IT, _STEMS_IT, online_edge(_WHO_IT, f"{_INGAME_IT}|{_HANDLED_IT}", _EDGE_IT, _JUMP_IT)),
]
