"""Grooming combinations in the languages where the signals stage was weak
(new members of the families of `contact_signals.py`; contact_cues.py,
contact_moves.py and contact_more.py are long already).

Found missing on blind data: maturity flattery + parents away tonight + a
video call ("du bist viel reifer als andere in deinem Alter. sind deine
Eltern heute Abend weg? wir könnten videocallen", "sei più matura delle
altre della tua età, i tuoi stasera non ci sono?"), and Gulf Arabic addressed
to a girl: maturity flattery + moving to Telegram + never tell your family
("انتي اعقل من البنات اللي بعمرك، تعالي تيليجرام وما تقولين لاهلك").  Each
piece is one cue of an existing family; the stage holds two families aimed
at the reader, so a teacher praising maturity (flattery alone), a friend
asking for a video call for homework (photo alone, and the school work
excuses it) and "my parents are away tonight so my aunt is staying over"
(the writer's parents, nobody addressed) stay allowed.

* ``flattery``: more mature than the others of the reader's age ("more
  mature than others your age", "reifer als andere in deinem Alter", "più
  matura delle altre", "взрослее своих сверстниц", "اعقل من البنات اللي
  بعمرك", "yaşıtlarından daha olgunsun", "dojrzalsza niż dziewczyny w twoim
  wieku", "lebih dewasa dari anak seumuranmu", "apni umar ki ladkiyon se
  zyada samajhdar");
* ``parents``: the reader's parents out tonight ("i tuoi stasera non ci
  sono", "seus pais vão sair", "родителей вечером нет дома", "annen baban
  evde yok mu", "ortu kamu pergi malam ini");
* ``photo``: a video call proposed ("wir könnten videocallen", "faz chamada
  de vídeo comigo", "görüntülü konuşalım", "pogadamy na kamerce", "video
  call yuk", "نسوي فيديو كول");
* ``offplatform`` (Arabic, Arabizi): "تعالي تيليجرام", "كلميني على التلقرام",
  "نكمل بالتليجرام", "ta3ali telegram";
* ``secrecy`` (Arabic, Arabizi, feminine address): "ما تقولين لاهلك", "لا
  تعلمين اهلك", "la tgolin l ahlich".

`ADDRESS_WORDS` adds the Turkish, Polish and Indonesian second person to the
stage's address test (the stage had none for them, so no pair could hold).
"""

from __future__ import annotations

from .contact_cues import _spec

# school work after a video call: "facetime later to do the maths homework"
_NOT_SCHOOL = (r"(?![^.!?]{0,40}\b(?:project|homework|assignment|presentation|revision|revise|"
               r"maths|math|essay|study|studying|quiz|test|exam|referat|hausaufgaben|projekt|"
               r"deberes|tarea|trabajo|devoirs|expose|projet|dever|trabalho|licao|compiti|progetto|"
               r"verifica|домашк\w*|уроки|проект|odev|proje|zadanie|lekcje|projekt|pr|tugas|"
               r"homework)\b)")

COMBOS: dict[str, list[tuple[str, str]]] = {
    "flattery": _spec(
        "mature grown older wiser reifer erwachsener madura maduro mure matura maturo взрослее "
        "умнее мудрее olgunsun olgun dojrzalsza dojrzalszy doroslejsza doroslejszy madrzejsza "
        "madrzejszy dewasa matang samajhdar समझदार मैच्योर اعقل اذكي انضج اوعي واعيه ناضجه عاقله "
        "فاهمه واعي ناضج مثل زي",
        [
            r"(?:more mature|more grown up|older|wiser) than (?:the )?(?:others|other (?:girls|boys|"
            r"kids|people)|most (?:girls|boys|kids|people)|girls|boys|kids|everyone) (?:your age|of "
            r"your age|in your (?:year|class|grade))",
            r"(?:reifer|erwachsener|weiter) als (?:die )?(?:anderen|andere|die meisten|madchen|"
            r"jungs)(?: \w+){0,3}? (?:in deinem alter|deines alters)",
            r"mas (?:madura|maduro) que (?:las|los|otras|otros)(?: \w+){0,3}? de tu edad",
            r"plus (?:mature|mure) que (?:les autres|les filles|les gens|la plupart)(?: \w+){0,3}? "
            r"de ton age",
            r"mais (?:madura|maduro) (?:que|do que) (?:as|os) (?:outras|outros|meninas|meninos|"
            r"garotas|garotos)(?: \w+){0,3}? da (?:sua|tua) idade",
            r"piu (?:matura|maturo) (?:delle|degli|di|rispetto alle|rispetto agli) (?:altre|altri|"
            r"ragazze|ragazzi|tue coetanee|tuoi coetanei|coetanee|coetanei)",
            r"(?:взрослее|умнее|мудрее) (?:своих |твоих |всех )?(?:сверстниц|сверстников|ровесниц|"
            r"ровесников|других девочек|одноклассниц)",
            r"(?:yasitlarindan|akranlarindan|yasindaki (?:kizlardan|cocuklardan|herkesten)|diger "
            r"kizlardan)(?: \w+){0,2}? (?:olgunsun|olgun)",
            r"(?:dojrzalsza|dojrzalszy|doroslejsza|doroslejszy|madrzejsza|madrzejszy) (?:niz|od)"
            r"(?: \w+){1,3}? (?:w twoim wieku|rowiesnic|rowiesnikow)",
            r"lebih (?:dewasa|matang) (?:dari|daripada|dibanding|dibandingkan)(?: \w+){1,2}? "
            r"(?:seumuranmu|seumuran kamu|seumuran lo|seusiamu|seusia kamu|seumuran)",
            r"(?:apni|tumhari|teri) (?:umar|umr|age) (?:ki|ke) (?:ladkiyon|ladkiyo|ladkon|ladko|"
            r"bacchon|bachon)(?: \w+){0,2}? se (?:zyada|jyada|kahin zyada) (?:samajhdar|mature)",
            r"(?:अपनी|तुम्हारी|तेरी) उम्र (?:की|के) (?:लड़कियों|लड़कों|बच्चों) से (?:ज़्यादा|ज्यादा) "
            r"(?:समझदार|मैच्योर)",
        ],
        [
            r"(?:اعقل|اذكي|انضج|اوعي) من (?:كل )?(?:البنات|الاولاد|بنات|عيال)(?: \S+){0,2}? "
            r"(?:بعمرك|بسنك|قدك|بعمرج|بسنج|قدج|في عمرك|في سنك)",
            r"(?:واعيه|ناضجه|عاقله|فاهمه|واعي|ناضج) (?:\S+ )?(?:اكثر|اكبر) من (?:عمرك|سنك|عمرج|سنج)",
            r"(?:مو|مش|مب|مهب) (?:مثل|زي) (?:البنات|بنات)(?: \S+)? (?:اللي )?(?:بعمرك|بسنك|قدك|"
            r"بعمرج|قدج)",
        ],
        [
            r"(?:a9al|a3qal|akbar|awa3a|anda9) (?:mn|men|min) (?:l |el )?(?:banat|bnat)(?: \w+)? "
            r"(?:li |elli |illi )?(?:b3omrich|b3omrek|b3omrik|b3omrak|bsinnik)",
        ],
        "a9al a3qal awa3a anda9 banat bnat b3omrich b3omrek b3omrik",
    ),
    "parents": _spec(
        "parents mum mom dad folks eltern mutter mama vater papa pais mae pai tuoi genitori "
        "родителеи родители мамы папы предков annen baban ailen annenler rodzice mama tata "
        "starzy rodzicow ortu orang tua mamah ayah ibu bokap nyokap mummy papa parents gharwale "
        "اهلك امك ابوك اهلج امج ابوج",
        [
            r"(?:your|ur) (?:parents|mum|mom|dad|mum and dad|folks)(?: \w+){0,2}? (?:out|away|gone|"
            r"going out|not home|not in|on holiday) (?:tonight|this weekend|later|today)",
            r"(?:parents|folks|mum and dad) (?:out|away|gone|not home) (?:tonight|this weekend|"
            r"later)(?= ?\?)",
            r"(?:deine|dein) (?:eltern|mutter|mama|vater|papa)(?: \w+){0,3}? (?:weg|unterwegs|"
            r"verreist|ausser haus)",
            r"(?:seus|teus|sua|tua|seu|teu) (?:pais|mae|pai)(?: \w+){0,3}? (?:vao sair|vai sair|"
            r"vao viajar|viajam|sairam|saiu|estao fora|nao vao estar)",
            r"i tuoi(?: \w+){0,2}? (?:non ci sono|escono|sono fuori|sono via|partono|tornano tardi)",
            r"(?:родителеи|родители|мамы|папы|предков|предки)(?: \S+){0,3}? (?:нет дома|не будет "
            r"дома)(?= ?\?)", r"(?:твоих|твои|у тебя) (?:родителеи|родители|предков|предки)"
            r"(?: \S+){0,3}? (?:нет дома|не будет|уедут|уходят|уехали|ушли)",
            r"(?:annen|baban|annen baban|ailen|annenler|seninkiler)(?: \w+){0,3}? (?:evde yok|evde "
            r"degil|disarida|disari cikacak|gidiyor|gidecek)",
            r"(?:twoi|twoja|twoj|u ciebie) (?:rodzice|mama|tata|starzy)(?: \w+){0,3}? (?:wychodza|"
            r"wyjezdzaja|nie ma|nie bedzie|wyszli|wyjechali|wychodzi)",
            r"(?:rodzice|starzy)(?: \w+){0,3}? (?:wychodza|wyjezdzaja|wyszli|wyjechali)(?= ?\?)",
            r"(?:ortu|orang tua|ortumu|mama|papa|mamah|ayah|ibu|bokap|nyokap) (?:kamu|lo|lu|elu)"
            r"(?: \w+){0,3}? (?:pergi|keluar|gak di rumah|ga di rumah|nggak di rumah|tidak di rumah|"
            r"ga ada|gak ada)",
            r"(?:aaj raat|aaj sham|raat ko) (?:\w+ ){0,2}?(?:mummy papa|mummy|papa|parents|gharwale|"
            r"ghar wale)(?: \w+){0,2}? (?:ghar pe nahi|ghar par nahi|ghar nahi|bahar|nahi honge)",
        ],
        [
            r"(?:اهلك|امك|ابوك|اهلج|امج|ابوج)(?: \S+){0,3}? (?:طالعين|مسافرين|مو موجودين|مش موجودين|"
            r"مب موجودين|بيطلعون|رايحين|مو بالبيت|مش بالبيت)",
        ],
        [], "",
    ),
    "photo": _spec(
        "video call videocall chat facetime cam webcam skype videocallen facetimen skypen "
        "videochatten videotelefonieren chamada videochamada goruntulu kamerce kamerze kamerke "
        "wideo vidcall فيديو مكالمه اتصال",
        [
            r"(?:we could|we can|could we|wanna|want to|lets|let us|shall we) (?:\w+ )?(?:video "
            r"call|videocall|video chat|facetime|skype|cam)" + _NOT_SCHOOL,
            r"(?:lass uns|wollen wir|konnten wir|konnen wir|wir konnten|wir konnen|willst du) "
            r"(?:\w+ ){0,3}?(?:videocallen|facetimen|skypen|videochatten|videotelefonieren)"
            + _NOT_SCHOOL,
            r"(?:faz|faca|vamos fazer|bora fazer|vamos|bora) (?:uma |um )?(?:chamada de video|"
            r"videochamada|facetime)" + _NOT_SCHOOL,
            r"goruntulu (?:konusalim|konusmak|arayalim|ara|gorusme|gorusmek|konusur muyuz)"
            + _NOT_SCHOOL,
            r"(?:pogadamy|pogadajmy|porozmawiamy|porozmawiajmy|zadzwon|gadamy) (?:\w+ )?(?:na "
            r"kamerce|na kamerze|przez kamerke|na wideo|na video|przez video)" + _NOT_SCHOOL,
            r"wlacz (?:\w+ )?kamerke",
            r"(?:video call|vidcall|videocall) (?:yuk|yok|kuy|dong|sama aku|bareng aku)"
            + _NOT_SCHOOL, r"(?:yuk|ayo|mau) (?:video call|vidcall|videocall)" + _NOT_SCHOOL,
        ],
        [
            r"(?:نسوي|نعمل|خلينا|تعالي|تعال|ابي|ابغي|بدي)(?: \S+)? (?:فيديو كول|مكالمه فيديو|"
            r"اتصال فيديو)",
        ],
        [], "",
    ),
    "offplatform": _spec(
        "تعالي تعال نكمل نتكلم نحكي نسولف كلميني كلمني ضيفيني ضيفني راسليني راسلني",
        [],
        [
            r"(?:تعالي|تعال|نكمل|نتكلم|نحكي|نسولف|كلميني|كلمني|ضيفيني|ضيفني|راسليني|راسلني)"
            r"(?: \S+){0,2}? (?:على |ع |في |عل )?(?:بال|ب|ال|عال)?(?:تيليجرام|تليجرام|تلقرام|"
            r"تلغرام|تلجرام|تيلقرام|تيلغرام|تيلي|سناب|واتس|واتساب)",
        ],
        [
            r"(?:ta3ali|ta3al|kalmini|kalemini|kalmeeni|dayfini|rasilini)(?: \w+)? (?:3ala |3al |"
            r"3 |fi |b )?(?:telegram|tele|tlgrm|snap|whats|whatsapp)",
        ],
        "ta3ali ta3al kalmini kalemini kalmeeni dayfini rasilini",
    ),
    "secrecy": _spec(
        "تقولين تعلمين تخبرين تقولي تعلمي تخبري تحكين تحكي",
        [],
        [
            r"(?:لا|ما) (?:تقولين|تعلمين|تخبرين|تقولي|تعلمي|تخبري|تحكين|تحكي)(?: \S+){0,3}? "
            r"(?:اهلك|لاهلك|امك|لامك|ابوك|لابوك|اهلج|لاهلج|امج|لامج|ابوج|احد|لاحد|حد|لحد)",
        ],
        [
            r"(?:la|ma) (?:tgolin|tgoleen|t2olin|tqolin|t3lmin|t3almin|tkhabrin|t5abrin)"
            r"(?: \w+){0,2}? (?:l ahlich|lahlich|ahlich|ahlik|l ahlik|lahlik|a7ad|la7ad|ahad)",
        ],
        "tgolin tgoleen t2olin tqolin t3lmin t3almin tkhabrin t5abrin",
    ),
}

# the reader addressed in Turkish, Polish and Indonesian ("lo" is left out: it
# is a Spanish and Italian article)
ADDRESS_WORDS = frozenset(
    "sen seni sana senin sende senden seninle senle annen baban ailen "
    "ty ciebie cie tobie toba twoj twoja twoje twoi twoich twoim jestes masz mozesz chcesz "
    "kamu kmu lu elu elo kau anda".split()
)
