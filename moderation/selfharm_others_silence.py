"""Someone else's broadcast goodbye and the silence after it, told by the
child: a sister who posted "bye everyone, im sorry" on her story and whose
phone is now off, a boy from the discord who wrote "goodbye all forgive me"
and went offline, a cousin's voice note to the group chat saying bye to all
of us and no answer since, a note left on the desk and nobody knows where
she is, a teammate live on the roof saying he will jump and then the live
cut off.  Usually with "im scared", "what do i do".

Why: the rule `self_harm:others_acute` (`selfharm_others_acute_base.py`)
holds "a goodbye and a silence", but only in a few wordings: a goodbye
*posted* or *said to everyone* and "not answering" or "phone off".  Most
ways children tell it passed: the goodbye quoted ("'bye everyone, im
sorry'"), a bio changed to "this is the last", a voice note, "tschüss an
alle", "прощайте все", "再见了各位", "ending it tonight", "going to the river
and not coming back"; the silence as a phone switched off or dead, left on
read, went offline, blocked everyone, left the group, the live ended.  These
words are everyday on their own, so the reason for a goodbye is looked for in
the whole message, before the person too ("the server is shutting down so
everyone in my discord posted goodbye all"), where the older rule looks only
after her.

How: one rule per language (`selfharm_others_silence_base._silence`): the
person, a goodbye and a silence, in the pairs that are strong together (a
farewell - forgive me, sorry for everything, "this is the last", bye
forever, ending it tonight - with any silence; a goodbye to everyone - bye
everyone, a goodbye post, thanks for everything - with a hard silence - phone
off, not answering, blocked everyone, the live cut off, nobody knows where;
a goodbye to everyone with a soft silence - offline, left the group, left on
read - only beside fear; a roof and a jump, the river and not coming back,
with any silence), and no ordinary reason anywhere in the message.  Every rule is
named `self_harm:others_acute` (a training script reads the name).  English
and German are here; es pt fr it in `selfharm_others_silence_romance.py`, ru
pl tr ar in `_langs`, id, Hindi (Hinglish and Devanagari) and zh in
`_asia`.  The person is the table of `selfharm_others_acute*.py` (the same
class of people) with the online ones added: someone in my discord, a guy
from the server, one of my teammates, "she" / "he".

What passes, and why:

* a goodbye with a reason anywhere in the message: moving, a holiday, a
  trip or a flight, leaving a club or a team, graduation, a new or old
  account, group or phone, a server or game shutting down, a farewell
  party, an exam, a break from social media;
* a silence with a reason: the battery died, grounded, the phone taken,
  no signal, asleep, on a plane;
* "posted bye to the old group chat, new one is better" (the old and the
  new group), "said bye everyone and went offline" with no fear (a game
  night ends so), a plain "bye" with any silence, "see you monday", going
  home, a new year's "goodbye 2023";
* words that are farewells only sometimes: "not coming back" alone,
  "her last message was an hour ago", "this is the last time i lend her
  money", "ending it with her bf tonight";
* the past that is over ("last year ... she is fine now"), fiction (a
  series, a character, a book, a game), the topic ("what should you do if
  a friend posts a goodbye"), laughter and jokes;
* the writer's own goodbye (no other person before it: the first-person
  rules read that).

Patterns run on the phrase form ("isn't" reads "is not", "nobody" "no one",
"bf" "boyfriend", "im" "i am", German "im" "i am", Spanish "ya" "you" and
"y" "why"); Chinese on the normalised text.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute import _TRIG_DE, _TRIG_EN, _WHO_DE, _WHO_EN, _WHO_MORE_DE, _WHO_MORE_EN
from .selfharm_others_silence_asia import RULES as _ASIA_RULES
from .selfharm_others_silence_base import _rule, _silence
from .selfharm_others_silence_langs import RULES as _LANGS_RULES
from .selfharm_others_silence_romance import RULES as _ROMANCE_RULES

# -- en ---------------------------------------------------------------------------------
# the online people (a discord, a server, a team) and a pronoun, beside the acute tables
_WHO_EN = _WHO_EN + "|" + _WHO_MORE_EN + "|" + (
    r"(?<!if )(?<!when )(?:(?:someone|somebody|a guy|a girl|a boy|a kid|this guy|this girl|this kid|"
    r"one guy|one girl|a person|a friend|a mate)(?: i know)? (?:in|from|on|at) (?:my|our|the) "
    r"(?:discord|server|team|squad|clan|guild|gc|group chat|group|club|stream|community|class|school)|"
    r"one of (?:my|our) (?:friends|mates|teammates|classmates|besties|cousins)|(?<!if )(?:she|he))"
)
# a farewell: asking forgiveness, the last message, forever, ending it, not coming back
_BYE_EN = (
    r"forgive (?:me|us)|sorry for (?:everything|all of it|being a burden)|(?:this|it) is (?:the|my) (?:last|end)"
    r"(?: (?:time|message|post|video|goodbye|one))?(?=['\"]|\s*$| (?:[.!?]|you|u|from|ever|bye|goodbye|sorry|i am "
    r"sorry|forgive|i love|love|thank|thanks|and|now|guys|everyone)\b)|(?:last|final) (?:goodbye|words)|final "
    r"(?:message|post|video)|(?:good ?)?bye forever|(?:good ?)?bye for good|(?:good ?)?bye (?:cruel )?world|"
    r"(?:suicide|goodbye|farewell) (?:note|letter|video|post|message|voice ?note)|(?:letter|note) (?:\S+ ){0,4}?"
    r"(?:saying|says|that says|said|with) (?:good ?bye|farewell|sorry)|end(?:ing)? it all|ending it\b(?! (?:\S+ )"
    r"{0,2}?with)|end(?:ing)? (?:everything|(?:her|his|their) life)|kill (?:herself|himself|themselves)|(?:will "
    r"not|not going to|never going to|not gonna) be (?:here|around|alive) (?:tomorrow|anymore|any more|much "
    r"longer)|(?:you will not|no one will|you will never|never) see (?:me|her|him|them) again|take care of "
    r"(?:my|her|his|their) (?:cat|dog|pets?|stuff|things|sister|brother|mum)"
)
# a goodbye to everyone, or a goodbye posted, thanks and love to all
_TO_ALL_EN = (
    r"(?:good ?)?bye+ (?:to )?(?:everyone|everybody|all|yall|y'all|guys|all of you|you all|friends|fam|chat)\b|"
    r"(?:said|saying|says|say|wave[sd]?|waving) (?:good ?)?bye to (?:everyone|everybody|all of us|us all|all|the "
    r"(?:group|gc|chat|server|class))|(?:posted|wrote|put|uploaded|shared|made|sent|left|tweeted|recorded|did|"
    r"changed (?:her|his|their) bio to|put up) (?:\S+ ){0,6}?(?:goodbye|good bye|farewell|adios|sayonara)|"
    r"sayonara|goodbye (?:post|message|story|video|voice ?note|tiktok|letter)|(?:good ?)?bye (?:for|4) (?:now "
    r"and )?(?:ever|real)|thank(?:s| you) for everything|(?:i )?love (?:you all|you guys|all of you|yall|everyone)"
)
# a hard silence: the phone off, no answer, blocked or deleted, the live cut, nobody knows where
_MUTE_EN = (
    r"(?:(?:her|his|their|the) (?:phone|cell|mobile|fone)(?:'s|s| is| has been| was| went| just)?|(?:phone|cell|"
    r"mobile|fone)(?:'s| is| has been| was| went)) (?:\S+ )?(?:off|dead|switched off|turned off|offline|"
    r"unreachable)\b|(?:switched|turned|shut) (?:off )?(?:her|his|their) (?:phone|location)"
    r"|(?:is not|isn't|not|no longer|stopped|will not|won't|does not|doesn't|has not|hasn't|hasnt|never|did not|"
    r"didn't|still not|still is not) (?:\S+ )?(?:answering|answer|answered|picking up|pick up|picked up|"
    r"responding|respond|responded|replying|reply|replied|texting back|calling back)\b|(?:goes|going|went|"
    r"keeps going) (?:straight )?to voicemail|(?:no one|none of us) (?:can|could) (?:\S+ )?(?:reach|contact|"
    r"get hold of|get through to|find) (?:her|him|them)\b|(?:we|i) (?:can not|could not|couldn't) "
    r"(?:\S+ )?(?:reach|contact|get hold of|get through to|find) (?:her|him|them)\b|no one knows where "
    r"(?:she|he|they) (?:is|are|went)|no one (?:has )?(?:heard from|seen) (?:her|him|them)|blocked "
    r"(?:everyone|everybody|all of us|us all|us|me and|all)\b|(?:deleted|deactivated) (?:her|his|their) "
    r"(?:account|acc|instagram|snap|tiktok|discord|profile)|(?:live|stream|livestream) (?:\S+ )?(?:ended|cut "
    r"off|cut out|stopped|went dark|went black|died|just ended)|(?:location|snap map|find my) (?:\S+ ){0,2}?"
    r"(?:off|gone|disappeared)\b|(?:will not|is not|not) open(?:ing)? (?:the |her |his )?(?:bathroom |"
    r"bedroom )?door"
)
# a soft silence: offline, left the group, on read
_QUIET_EN = (
    r"(?:went|is|has been|been|gone|now|still|just) (?:\S+ )?offline|logged (?:off|out)|left (?:the|our|my) "
    r"(?:group|gc|group chat|chat|server|discord|call)|left (?:us|me|everyone|everybody|all of us|my "
    r"messages?|my texts?|the chat) on (?:read|delivered|seen)|(?:is not|not|has not been|hasn't been) "
    r"(?:\S+ )?(?:online|active)\b|(?:not|is not|has not|hasn't) (?:\S+ )?(?:seen|opened|read) (?:my|our|the|"
    r"any) (?:messages?|texts?|snaps?|dms?)"
)
_FEAR_EN = (
    r"(?:i am|we are|i'm|we're|im|so|really|actually|lowkey|kinda) (?:so |really |very |lowkey |actually |"
    r"kind of |literally )?(?:scared|terrified|worried|afraid|freaking out|panicking|shaking)|what (?:do|"
    r"should|can) (?:i|we) do|(?:i|we) do not know what to do|idk what to do|help me|please help|pls help|"
    r"someone help|what now"
)
# on a roof or bridge with a jump, or going to the river and not coming back
_HIGH_EN = (
    r"(?:on|at|onto|up on|on top of|near|by|next to|over|edge of) (?:the |a |her |his |their |our |some )?"
    r"(?:edge of (?:the |a )?)?(?:roof|rooftop|bridge|tracks|train tracks|railway|rails|ledge|cliff|"
    r"cliffs|balcony|top floor|overpass|car park|parking garage|tower|window ledge|dam)\b (?:\S+ ){0,10}?"
    r"(?:jump|jumping|jumps|throw (?:herself|himself|themselves)|let go|end it)\b|(?:jump|jumping|throw "
    r"(?:herself|himself|themselves)) (?:\S+ ){0,2}?(?:off|from|in front of|into|onto) (?:the |a )?"
    r"(?:roof|bridge|building|tracks|train|ledge|cliff|balcony|window|river|tower|overpass)|(?:going|went|gone|"
    r"walking|headed|heading|on (?:her|his|their) way) to (?:the )?(?:river|bridge|tracks|railway|sea|lake|"
    r"cliffs?|roof|dam|canal) (?:\S+ ){0,6}?(?:not|never) (?:be )?(?:coming|come) back"
)
# the ordinary reasons, fiction, the past that is over, the topic, laughter: anywhere
_MUNDANE_EN = (
    r"moving|moved|move to|relocat\w*|new (?:school|house|city|country|phone|number|account|acc|group|gc|"
    r"server|chat|insta\w*|one)|(?:old|main|spam|backup|second|other|private|priv) (?:account|acc|"
    r"instagram|snap|group|gc|group chat|server|chat|tiktok)|switch(?:ed|ing)? (?:accounts?|acc|to)|"
    r"chang(?:ed|ing) (?:accounts?|acc|numbers?)|holiday|vacation|trip|camp|flight|plane|airport|abroad|"
    r"exchange|battery|charger|charging|no signal|no wifi|no internet|no data|no service|grounded|took "
    r"(?:her|his|their) phone|confiscated|exams?|revision|revising|studying|detox|(?:social media|insta\w*|"
    r"tiktok|screen) break|taking a break|break from|graduat\w*|last day|end of (?:the )?(?:year|term)|"
    r"party|leaving do|(?:server|game|club|team|channel|app|discord|group) (?:is )?(?:shutting|closing|shut|"
    r"closed|ending|dying|being deleted)|shut(?:ting)? down|retir\w*|quit(?:s|ting)? (?:the )?(?:team|club|"
    r"group|band|game|server)|last (?:year|summer|winter|month|week)|years ago|a year ago|months ago|"
    r"(?<!not )(?:fine|okay|safe|better|alright|good) now|got help|is safe|series|season \d|episode|movie|"
    r"film|book|novel|anime|manga|character|fanfic|roleplay|in the game|minecraft|roblox|fortnite|lesson|"
    r"assembly|workshop|we learned|we learnt|what (?:should|would|do|can) you do if|what to do if|"
    r"(?<!not )asleep|(?<!not )sleeping|went to (?:bed|sleep)|(?:at|after|from|for|left) work|(?:went|gone|"
    r"got|going|heading) home|new year|(?:good ?)?bye \d{4}|for (?:a while|a bit|now)|see (?:you|ya) "
    r"(?:tomorrow|later|soon|monday|next|on|at|in (?:class|school|a bit|the morning))|cya|ttyl|brb|lmao|lmfao|"
    r"haha\w*|jk|joking|kidding|prank"
)
_TRIG_SILENCE_EN = _TRIG_EN + " somebody one mates teammates classmates besties cousins"
_TX_EN = (
    "phone|cell|mobile|fone|answer|pick|respond|reply|replied|texting back|calling back|voicemail|reach|"
    "contact|hold of|get through|find|knows where|heard from|seen|blocked|deleted|deactivated|live|stream|"
    "location|snap map|door|offline|logged|left|online|active|opened|read"
)

# -- de ("im" reads "i am" in the phrase form) -------------------------------------------------
_WHO_DE = _WHO_DE + "|" + _WHO_MORE_DE + "|" + (
    r"(?<!wenn )(?<!falls )(?:(?:einer|eine|jemand|ein typ|ein junge|ein madchen|ein kumpel|eine freundin|"
    r"ein freund) (?:(?:aus|von|in|auf) (?:meinem|meiner|unserem|unserer|dem|der|unserm)|vom|ausm|i am) "
    r"(?:discord|server|team|mannschaft|clan|gruppe|gruppenchat|chat|verein|klasse|stream|community)|"
    r"(?:einer|eine) (?:meiner|unserer) (?:freunde|freundinnen|kumpels|mitspieler|mitspielerinnen)|"
    r"(?:sie|er)(?= hat| ist| war| schreibt| schrieb| postet| sagt| hatte))"
)
_BYE_DE = (
    r"verzeiht mir|vergebt mir|verzeih mir|sorry fur alles|(?:es )?tut (?:mir|ihr|ihm) leid fur alles|"
    r"entschuldigung fur alles|(?:das|dies) (?:ist|war) (?:das letzte mal|meine letzte nachricht|das ende)\b"
    r"(?! (?:des|der|vom|von|dass|das|wo|wie|ich|sie|er|fur))|(?:hier ist|das ist) meine letzte nachricht|"
    r"letzte worte|(?:fur immer|fur immer und ewig) (?:tschuss|bye|goodbye|weg)|(?:tschuss|bye|goodbye|lebt "
    r"wohl) fur immer|lebt wohl|lebewohl|abschiedsbrief|abschiedsvideo|abschiedsnachricht|abschiedspost|"
    r"(?:macht|mache|mach) (?:heute|jetzt|heut) (?:nacht |abend )?schluss\b(?! mit (?!allem))|schluss "
    r"(?:mit allem|machen mit allem)|(?:sich )?umbringen|(?:werdet|wirst) (?:mich|sie|ihn) nie wieder sehen|"
    r"(?:nicht|nie) mehr (?:da|hier) sein"
)
_TO_ALL_DE = (
    r"danke fur alles|(?:ich )?(?:hab|habe) euch (?:alle )?lieb|"
    r"(?:tschuss|tschau|ciao|bye|goodbye|servus|adieu|baba) (?:an |zu )?(?:alle|allen|euch alle|leute|"
    r"zusammen|ihr lieben)\b|(?:hat|hatte) sich (?:\S+ ){0,3}?(?:von allen|von uns allen|von uns|von der "
    r"gruppe) verabschiedet|verabschiedet sich (?:\S+ )?von (?:allen|uns)|sich (?:\S+ )?von (?:allen|uns allen|"
    r"uns) verabschiedet|(?:gepostet|geschrieben|"
    r"geschickt|hochgeladen|postet|schreibt) (?:\S+ ){0,3}?(?:abschied|tschuss an alle)|abschied\w*|"
    r"(?:sprachnachricht|sprachi|story|status|bio|post|video) (?:\S+ ){0,4}?(?:tschuss|abschied\w*|goodbye)"
)
_MUTE_DE = (
    r"(?:handy|telefon|phone) (?:\S+ ){0,2}?(?:aus|ausgeschaltet|ausgemacht|tot|off)\b|(?:handy|telefon) "
    r"(?:\S+ )?(?:ausgeschaltet|ausgemacht)|(?:geht|ging) (?:\S+ )?nicht (?:mehr )?(?:ran|ans (?:handy|"
    r"telefon))|(?:antwortet|antwortete|reagiert|meldet sich|schreibt|schrieb) (?:\S+ ){0,2}?(?:nicht|"
    r"nicht mehr|gar nicht|nie)\b|(?:nur|immer) (?:die )?mailbox|(?:niemand|keiner|wir|ich) (?:\S+ ){0,2}?"
    r"(?:erreicht|erreichen|erreiche|weiss wo|wissen wo)\b|(?:ist|war) nicht (?:mehr )?erreichbar|"
    r"(?:keiner|niemand) weiss wo (?:sie|er) ist|(?:alle|uns alle|jeden|uns) (?:\S+ )?blockiert|"
    r"(?:account|konto|insta\w*|profil|acc) (?:\S+ )?(?:geloscht|deaktiviert)|(?:live|stream|livestream) "
    r"(?:\S+ ){0,2}?(?:vorbei|abgebrochen|beendet|weg|aus)\b|(?:standort|snap map) (?:\S+ ){0,2}?(?:aus|weg)"
    r"\b|macht (?:die )?tur nicht (?:mehr )?auf"
)
_QUIET_DE = (
    r"offline|(?:gruppe|gruppenchat|chat|server|discord) (?:\S+ )?verlassen|(?:auf|bei) gelesen|"
    r"(?:liest|las|sieht|sah) (?:\S+ ){0,2}?nicht|nicht (?:mehr )?online|ausgeloggt|abgemeldet"
)
_FEAR_DE = (
    r"(?:ich hab|ich habe|hab|habe|wir haben) (?:\S+ )?(?:angst|schiss|panik)|was (?:soll|sollen|kann|"
    r"konnen) (?:ich|wir) (?:jetzt )?(?:tun|machen)|ich weiss nicht was ich (?:tun|machen) soll|hilfe|"
    r"(?:mache|mach) mir (?:\S+ )?sorgen"
)
_HIGH_DE = (
    r"(?:auf dem|auf der|auf den|an den|an der|am|vom|von der|auf ein\w*) (?:\S+ )?(?:dach|brucke|gleisen|"
    r"gleis|schienen|hochhaus|klippe|balkon|gelander|parkhaus|turm|rand)\b (?:\S+ ){0,10}?(?:spring\w*|"
    r"sprung|runter\w*|sturz\w*|werfen)|(?:geht|ging|gegangen|lauft|fahrt|ist unterwegs) (?:\S+ )?(?:zum|zur|"
    r"zu den|an den|an die) (?:fluss|brucke|gleisen|see|meer|klippe|dach|kanal) (?:\S+ ){0,6}?(?:nie|nicht) "
    r"(?:mehr |wieder )?zuruck"
)
_MUNDANE_DE = (
    r"umzug|umzieh\w*|zieht (?:\S+ )?(?:um|weg)|weggezogen|neue(?:s|n|r)? (?:schule|handy|nummer|account|"
    r"acc|gruppe|server|chat|konto)|(?:alte|alten|altes|zweit|zweiten|spam) (?:account|acc|gruppe|chat|"
    r"server|konto|insta\w*)|wechselt|gewechselt|urlaub|ferien|reise|klassenfahrt|camp|lager|flug|"
    r"flugzeug|flughafen|austausch|ausland|akku|aufladen|kein (?:netz|wlan|internet|empfang)|hausarrest|"
    r"weggenommen|abgenommen|prufung|klausur|lernt|lernen|pause von|detox|abschluss|abi\b|letzter "
    r"schultag|party|feier|(?:server|spiel|verein|gruppe|kanal) (?:\S+ ){0,2}?(?:abgeschaltet|geschlossen|"
    r"schliesst|dicht|geloscht)|abgeschaltet|letztes jahr|letzten (?:sommer|winter|monat)|vor (?:\w+ )?"
    r"(?:jahren|monaten)|(?:jetzt|wieder|inzwischen) (?:\S+ )?(?:gut|besser|okay)|hilfe bekommen|serie|"
    r"staffel|folge|film|buch|roman|anime|manga|figur|charakter|(?:i am|im) spiel|minecraft|roblox|fortnite|"
    r"unterricht|workshop|was tun wenn|was man tun soll|schlaft|eingeschlafen|schlafen gegangen|bis "
    r"(?:morgen|spater|bald|montag|dann)|haha\w*|xd|spass|witz|prank"
)
_TX_DE = (
    "handy|telefon|phone|ran|antwort|reagiert|meldet|schreibt|schrieb|mailbox|erreich|weiss wo|wissen wo|"
    "blockiert|geloscht|deaktiviert|live|stream|standort|snap map|tur|offline|verlassen|gelesen|liest|"
    "las|sieht|sah|online|ausgeloggt|abgemeldet"
)
_TRIG_SILENCE_DE = _TRIG_DE + " einer jemand"

RULES: list[Rule] = [
    _rule(_TRIG_SILENCE_EN, _TX_EN,
          _silence(_WHO_EN, _BYE_EN, _TO_ALL_EN, _MUTE_EN, _QUIET_EN, _FEAR_EN, _HIGH_EN, _MUNDANE_EN)),
    _rule(_TRIG_SILENCE_DE, _TX_DE,
          _silence(_WHO_DE, _BYE_DE, _TO_ALL_DE, _MUTE_DE, _QUIET_DE, _FEAR_DE, _HIGH_DE, _MUNDANE_DE)),
    *_ROMANCE_RULES,
    *_LANGS_RULES,
    *_ASIA_RULES,
]
