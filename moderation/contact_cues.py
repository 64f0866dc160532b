"""Cue families for the grooming signals stage (`contact_signals.py`).

Each family is a loose, *weak* cue: on its own it is everyday chat ("you're
so pretty", "add me on discord", "nos vemos", "what school do you go to"),
so none of these is a rule that holds a message by itself.  The stage holds
only when two different families meet in one message aimed at the reader.

This module: the shared helpers, the families *about the reader* -
flattery, parents (supervision: "do your parents check your phone"), alone,
personal (age, where the reader *lives*, school, school times; "where are you
from" is not a cue at all) - and all Chinese families.  What the writer asks
for or offers (secrecy, offplatform, app, meeting, gifts, photo) is in
`contact_moves.py`.  Languages: en es fr pt de it (Latin), ru (Cyrillic + a little
translit), ar (MSA and dialects; Arabizi through `az`), hi (Hinglish and
Devanagari) in one spaced pattern per family, matched against the phrase
form (`Prepared.plain`: "u r" -> "you are", "ur" -> "your", "vc" -> "video
call", "photo"/"pic"/"selfie" -> "picture", "insta" -> "instagram",
"snapchat" -> "snap", diacritics stripped, Arabic letters folded); Chinese
(simplified and traditional in one pattern) in unspaced families matched
against the normalised text, like `signals_weak.ZH`.

Patterns name the *reader's* things ("your parents", "tus padres",
"твои родители"), offers to the reader ("i'll buy you", "te regalo") and
imperatives ("dm me", "escribeme", "напиши мне"), so "my mum bought me
robux", "my parents check my phone" and "we meet every saturday" are no cue.
Written from our own examples (tests/moderation/test_contact_signals.py).
"""

from __future__ import annotations

import unicodedata

from .packs.ar._script import az, az_triggers


def _n(s: str) -> str:
    # NFKC like the message text: Devanagari nukta letters decompose
    return unicodedata.normalize("NFKC", s)


def _alts(*alternatives: str, lead: bool = True) -> str:
    """Top-level alternation, each alternative a whole word at its end; `lead`
    adds a leading word boundary (off for Arabic, whose words take attached
    prefixes: "ولا تقول")."""
    b = "\\b" if lead else ""
    return "|".join(f"{b}{a}(?!\\w)" for a in alternatives)


def _spec(triggers: str, latin: list[str], arabic: list[str], arabizi: list[str],
          arabizi_triggers: str) -> list[tuple[str, str]]:
    """One (triggers, pattern) rule per alternative, each triggered only by the
    family's trigger words that occur in it: a family is one cue, but a
    message about "parents" must not run the Russian, Arabic and Hindi forms
    of the family.  Small rules also let `rule()` expand each pattern's head so
    every part starts with a literal (fast search)."""
    words = _n(triggers).split()
    az_words = arabizi_triggers.split()
    out: list[tuple[str, str]] = []
    for alts, lead, pool, conv in ((latin, True, words, None), (arabic, False, words, None),
                                   (arabizi, True, az_words, az)):
        probes = _probes(pool)
        for a in alts:
            src = _n(a)
            own = [w for probe, w in probes if probe in src]
            if "'" in src:
                own += _elided(pool, src)
            own = list(dict.fromkeys(own)) or pool
            trig = az_triggers(" ".join(own)) if conv else " ".join(own)
            out.append((trig, _alts(conv(src) if conv else src, lead=lead)))
    return out


def _probes(words: list[str]) -> list[tuple[str, str]]:
    """(text, word): an alternative whose source contains the text can match a
    message containing the word.  Generous - stems written with a class or
    suffix ("телег[аеу]") count - and elided French/Italian forms are one
    token without the apostrophe ("t'offre" -> the token "toffre")."""
    out: list[tuple[str, str]] = []
    for w in words:
        out.append((w, w))
        if len(w) >= 5:
            out.append((w[:-1], w))
        if len(w) >= 7:
            out.append((w[:-2], w))
    return out


def _elided(words: list[str], src: str) -> list[str]:
    return [w for w in words if len(w) > 3 and w[0] + "'" in src and w[1:] in src]


# Families about the reader: looks, supervision, being alone, personal details.
ABOUT_READER: dict[str, list[tuple[str, str]]] = {
    "flattery": _spec(
        "pretty cute hot sexy beautiful gorgeous mature grown stunning attractive adorable special "
        "older other body legs eyes lips smile figure girl boy linda lindo guapa guapo bonita "
        "bonito hermosa hermoso preciosa precioso madura maduro bella bello mona buena demas "
        "otras gata gato gostosa gostoso fofa fofo gatinha princesa perfeita outras belle beau "
        "jolie joli mignonne mignon canon mure magnifique charmante vieille agee autres trop "
        "hubsch schon suss heiss reif erwachsen attraktiv wunderschon niedlich anderen aus "
        "carina carino matura maturo stupenda bellissima bellissimo figa figo dolce speciale "
        "altre altri красивая красивыи милая милыи симпатичная сексуальная взрослая взрослыи "
        "горячая красотка красавица хорошенькая такая выглядишь krasivaya milaya krasotka "
        "sundar pyaari pyari khubsurat khoobsurat samajhdar ladkiyon सुंदर सुन्दर प्यारी खूबसूरत "
        "क्यूट हॉट सेक्सी समझदार حلوه حلو جميله جميل كيوت جذابه ناضجه ناضج سكسي مزه قمر عسل يا "
        "اكبر مثل زي",
        [
            r"(?:you are|you look|you seem|you sound|you act|your(?= (?:so|really|very|super|"
            r"such|hella|lowkey|soo)))(?: so| really| very| super| hella| lowkey| such a| "
            r"extremely| honestly| actually| kind of| pretty| too| soo+| way)* (?:pretty|cute|hot|"
            r"sexy|beautiful|gorgeous|mature|grown up|stunning|attractive|adorable)",
            r"(?:you are|your) (?:so |really |very )?special to me",
            r"(?:mature|grown up|pretty|beautiful|hot|cute) for (?:your|a) (?:age|\d+ year old|girl "
            r"your age|\w+ year old)",
            r"(?:not like|different from|more mature than) (?:the )?(?:other|most) (?:girls|boys|"
            r"kids)", r"(?:look|seem|sound) older than (?:you are|your age|\d+)",
            r"(?:you have|you got|you have got) (?:a |such a |the )?(?:nice|hot|sexy|beautiful|"
            r"pretty|amazing|perfect|cute) (?:body|legs|eyes|lips|smile|figure)",
            r"such a (?:pretty|cute|beautiful|hot|sexy) (?:girl|boy)",
            r"(?:eres|estas|te ves|sos)(?: muy| tan| super| re| bien| mas| demasiado)* (?:linda|"
            r"lindo|guapa|guapo|bonita|bonito|hermosa|hermoso|preciosa|precioso|sexy|madura|"
            r"maduro|bella|bello|mona)", r"estas (?:muy |tan |re )?buena",
            r"que (?:linda|guapa|bonita|hermosa|preciosa) (?:eres|estas)",
            r"no eres como (?:las|los) (?:demas|otras|otros)",
            r"(?:voce|video call|tu) (?:e|eh|ta|esta|parece)(?: muito| mt| mto| tao| bem| super| "
            r"mais| uma| um)* (?:linda|lindo|gata|gato|gostosa|gostoso|bonita|bonito|madura|"
            r"maduro|fofa|fofo|gatinha|princesa|perfeita|sexy)",
            r"(?:muito|mt|mto|tao|super|que|q) (?:linda|gata|gostosa|bonita|fofa|gatinha|madura|"
            r"maduro)", r"nao (?:e|parece) como as outras",
            r"(?:tu es|t'es|tes|t es|tu as l'air|t'as l'air|tu parais|tu fais)(?: trop| tres| si| "
            r"tellement| vraiment| super| grave| toute)* (?:belle|beau|jolie|joli|mignonne|"
            r"mignon|sexy|canon|mature|mure|magnifique|charmante|plus vieille|plus vieux|plus agee"
            r"|adorable)", r"(?:mature|mure) pour ton age",
            r"pas comme les autres (?:filles|garcons|enfants|meufs)",
            r"(?:trop|tellement) (?:belle|jolie|mignonne|canon|sexy)",
            r"du bist (?:so |echt |voll |sehr |mega |total |richtig |wirklich |ziemlich )*"
            r"(?:hubsch|suss|heiss|sexy|reif|erwachsen|attraktiv|wunderschon|niedlich)",
            r"du bist (?:so |echt |voll |sehr |mega |richtig )+schon",
            r"(?:reif|erwachsen) fur dein alter", r"nicht wie die anderen (?:madchen|jungs|kinder)",
            r"du siehst (?:so |echt |voll |sehr |richtig )*(?:gut|hubsch|suss|heiss|sexy|alter|"
            r"erwachsen) aus",
            r"(?:sei|tu sei)(?: cosi| molto| troppo| davvero| proprio| super| veramente| tanto)* "
            r"(?:bella|bello|carina|carino|sexy|matura|maturo|stupenda|bellissima|bellissimo|"
            r"figa|figo)", r"(?:matura|maturo) per la tua eta",
            r"non sei come (?:le|gli) altr[ei]", r"(?:che|quanto sei) (?:bella|carina|bellissima)",
            r"ты(?: такая| такои| очень| так| оч| прям| реально| самая| самыи| ну)* (?:красивая|"
            r"красивыи|милая|милыи|симпатичная|сексуальная|взрослая|взрослыи|горячая|хорошенькая)",
            r"взросл\w+ для (?:своего|твоего) возраста", r"не такая как (?:все|другие)",
            r"(?:какая|такая) (?:ты )?(?:красивая|милая|красотка)", r"красотка", r"красавица",
            r"выглядишь (?:\w+ )?(?:старше|взрослее|секси)",
            r"ty takaya (?:krasivaya|milaya)", r"krasotka",
            r"(?:tum|tu|aap)(?: bahut| bohot| bhot| itni| kitni| kafi| bht| sach me| sach mein| "
            r"badi| bahot)* (?:sundar|cute|pyaari|pyari|khubsurat|khoobsurat|hot|sexy|samajhdar|"
            r"mature|beautiful|pretty)",
            r"(?:umar|umr|age) se (?:zyada|jyada|badi|bade|bada) (?:samajhdar|mature)",
            r"baaki (?:ladkiyon|ladko|bachon) (?:jaisi|jaise) nahi",
            r"(?:तुम|तू|आप)(?: बहुत| कितनी| इतनी| बड़ी)* (?:सुंदर|सुन्दर|प्यारी|खूबसूरत|क्यूट|हॉट|सेक्सी|समझदार)",
            r"उम्र से (?:ज़्यादा|ज्यादा) समझदार",
        ],
        [
            r"(?:انت|انتي|شكلك|وجهك)(?: \S+)? (?:حلوه|حلو|جميله|جميل|كيوت|جذابه|ناضجه|ناضج|سكسي|مزه|"
            r"قمر|عسل)", r"يا (?:حلوه|جميله|قمر|عسل|مزه|كيوت|حلو)", r"ناضجه",
            r"اكبر من (?:عمرك|سنك)", r"(?:مو|مش|مب) (?:مثل|زي) (?:باقي )?(?:البنات|الاولاد)",
        ],
        [
            r"(?:enti|inti|enta|inta|shaklek|shaklik|shaklak)(?: \w+)? (?:7elwa|7ilwa|helwa|hilwa|"
            r"jamila|gamila|cute|2amar|amar|mozza|muza)", r"ya (?:7elwa|7ilwa|helwa|2amar|3asal)",
        ],
        "enti inti enta inta shaklek shaklik shaklak 7elwa 7ilwa helwa hilwa 2amar 3asal",
    ),
    "parents": _spec(
        "parents mum dad family mum dad padres papas papa mama viejos jefes pais mae pai familia "
        "responsaveis mere pere daron darons daronne famille eltern mutter vater mama papa "
        "genitori mamma madre padre famiglia родители мама папа предки родаки ahlak mummy mumma "
        "parents gharwale maa phone mobile मम्मी पापा घरवाले माँ मां फोन फ़ोन मोबाइल اهلك ابوك "
        "امك والديك ماما بابا يفتشون يفتش يشيكون يشوفون يراقبون بيفتشوا بيشوفوا",
        [
            r"(?:do|does|will|would|can|did) your (?:parents|mum|dad|family|mum and dad|parents or "
            r"anyone)(?: ever| even| usually| still| actually| really)? (?:check|look at|go through|"
            r"read|see|monitor|track|know about|know|watch|control|limit|take|care)",
            r"(?:are|is) your (?:parents|mum|dad|mum and dad|family) (?:home|strict|around|there|"
            r"awake|asleep|out|away|at work|in|nosy|watching|gone|sleeping|working|still up)",
            r"how strict are your parents", r"are your parents strict",
            r"when (?:do|does|will) your (?:parents|mum|dad) (?:leave|go to bed|get home|go out|"
            r"sleep|come home|go to work|get back)",
            r"your (?:parents|mum|dad) (?:do not|does not|will not|would not|never) (?:check|read|"
            r"look at|go through|monitor)",
            r"(?:tus|tu) (?:padres|papas|papa|mama|viejos|jefes)(?: \w+){0,2}? (?:revisan|revisa|"
            r"miran|mira|leen|lee|checan|checa|chequean|controlan|controla|vigilan|vigila|saben|"
            r"sabe|estan en casa|esta en casa|son estrictos|es estricto|es estricta|no estan|se "
            r"fueron|trabajan|duermen)",
            r"(?:seus|teus|sua|tua|seu|teu) (?:pais|mae|pai|familia|responsaveis)(?: \w+){0,2}? "
            r"(?:checam|checa|olham|olha|mexem|mexe|veem|ve|leem|le|controlam|controla|vigiam|"
            r"vigia|sabem|sabe|estao em casa|esta em casa|tao em casa|sao rigidos|e rigido|e "
            r"rigida|sao chatos|nao estao|saem|trabalham|dormem)",
            r"(?:tes|ta|ton) (?:parents|mere|pere|daron|darons|daronne|famille)(?: \w+){0,2}? "
            r"(?:regardent|regarde|checkent|check|verifient|verifie|lisent|lit|fouillent|fouille|"
            r"controlent|controle|surveillent|surveille|savent|sait|sont la|sont a la maison|sont "
            r"stricts|sont severes|est la|rentrent|partent|dorment|travaillent)",
            r"(?:deine|dein) (?:eltern|mutter|vater|mama|papa)(?: \w+){0,2}? (?:checken|"
            r"kontrollieren|kontrolliert|lesen|liest|schauen|schaut|gucken|guckt|sehen|sieht|"
            r"uberwachen|wissen|weiss|sind (?:da|zuhause|zu hause|weg|streng|daheim)|ist (?:da|"
            r"zuhause|zu hause|weg|streng|daheim)|arbeiten|schlafen)",
            r"(?:kontrollieren|checken|lesen|schauen|gucken|sind|wissen) deine (?:eltern|mutter|"
            r"vater|mama|papa)", r"ist dein(?:e)? (?:mutter|mama|vater|papa) (?:da|zuhause|weg)",
            r"(?:i tuoi|tuoi|tua|tuo) (?:genitori|mamma|madre|papa|padre|famiglia)(?: \w+){0,2}? "
            r"(?:controllano|controlla|guardano|guarda|leggono|legge|vedono|vede|sanno|sa|sono a "
            r"casa|e a casa|sono severi|sono rigidi|e severa|e severo|sono fuori|escono|dormono|"
            r"lavorano|ci sono)",
            r"(?:твои|твоя|твои|у тебя) (?:родители|мама|папа|предки|родаки)(?: \S+){0,2}? "
            r"(?:проверяют|проверяет|смотрят|смотрит|читают|читает|контролируют|контролирует|дома|"
            r"знают|знает|строгие|строгая|строгии|уходят|спят|работают)",
            r"(?:родители|мама|папа|предки) (?:у тебя )?(?:проверяют|читают|смотрят|контролируют) "
            r"(?:твои |твою )?(?:телефон|переписку|сообщения|чаты)",
            r"(?:tumhare|tere|aapke|tumhari|teri) (?:mummy|mumma|mum|papa|parents|maa|ghar wale|"
            r"gharwale|mum dad|mummy papa)(?: \w+){0,2}? (?:check|dekhte|dekhti|padhte|ghar pe|ghar"
            r" par|strict|kadak|sote|so gaye|bahar|kaam pe)",
            r"(?:tumhara|tera|aapka) (?:phone|mobile|fone) (?:check|dekhte|dekhti)",
            r"(?:तुम्हारे|तेरे|आपके|तुम्हारी|तेरी) (?:मम्मी|पापा|माता पिता|घरवाले|मम्मी पापा|माँ|मां)"
            r"(?: \S+){0,2}? (?:चेक|देखते|देखती|पढ़ते|घर पर|घर पे|सख्त|सो|बाहर)",
            r"(?:तुम्हारा|तेरा|आपका) (?:फोन|फ़ोन|मोबाइल) (?:चेक|देखते)",
        ],
        [
            r"(?:اهلك|ابوك|امك|والديك|ماما|بابا)(?: \S+){0,2}? (?:يفتشون|يفتش|يشيكون|يشوفون|يشوف|"
            r"يقرون|يقرا|يراقبون|يراقب|بيفتشوا|بيشوفوا|يعرفون|يدرون|يدري|موجودين|بالبيت|في البيت|"
            r"برا|نايمين|صاحيين|شديدين|صارمين)",
            r"(?:يفتشون|يفتش|يشيكون|يشوفون|يراقبون|بيفتشوا|بيشوفوا) (?:جوالك|تلفونك|موبايلك|رسايلك|"
            r"محادثاتك)",
        ],
        [
            r"(?:ahlak|ahlek|ahlik|abook|ommak|omak|mamtak|babak)(?: \w+){0,2}? (?:yfatsho|yfatshu|"
            r"bifatsho|yshofo|yshofu|ye3rfo|mawjoden|mawgoodeen|fl bet|bel bet|fil bait)",
        ],
        "ahlak ahlek ahlik abook ommak omak mamtak babak",
    ),
    "alone": _spec(
        "alone yourself own anyone anybody someone somebody room sola solo casa alguien "
        "sozinha sozinho alguem seule seul quelqu'un quelquun allein alleine jemand wer sturmfrei "
        "da qualcuno qqn home одна один одни дома кто akeli akele akela koi अकेली अकेले अकेला कोई لوحدك "
        "وحدك بروحك لحالك وحدكي لوحدكي لحالكي معك عندك معاك",
        [
            r"(?:are you|you are)(?: home| at home| all)? (?:alone|by yourself|on your own)"
            r"(?! (?:in this|with this|in that|with that|in feeling|in thinking))",
            r"you (?:home|at home) alone",
            r"(?:is |are )?(?:anyone|anybody|someone|somebody) (?:else )?(?:home|at home|with you|"
            r"around)(?: with you| right now| now| rn| tonight)* \?",
            r"(?:alone in your (?:room|bedroom)|in your (?:room|bedroom) alone|are you in your "
            r"(?:room|bedroom))", r"just you (?:at )?home",
            r"(?:estas|estas tu|tu estas|andas|te quedas|te quedaste|estaras) (?:sol[ao]|sol[ao] en"
            r" (?:casa|tu cuarto))", r"sol[ao] en (?:casa|tu casa|tu cuarto|tu habitacion)",
            r"(?:hay alguien|alguien mas) (?:en (?:tu )?casa|contigo)",
            r"(?:voce|video call|tu)? ?(?:esta|ta|fica|vai ficar|ficou) (?:sozinha|sozinho)",
            r"(?:sozinha|sozinho) em casa", r"(?:tem alguem|alguem mais) (?:em casa|com voce|com "
            r"video call|ai)",
            r"(?:tu es|t'es|tes|t es|es tu|tu seras|tu restes) (?:toute |tout )?(?:seule|seul)",
            r"(?:seule|seul) (?:a la maison|chez toi|dans ta chambre)",
            r"(?:y a|il y a) (?:quelqu'un|qqn) (?:chez toi|avec toi|a la maison)",
            r"(?:bist du|du bist)(?: \w+){0,2}? (?:allein|alleine)",
            r"(?:allein|alleine) (?:zuhause|zu hause|daheim|in deinem zimmer)",
            r"(?:ist|sind) (?:jemand|wer|noch wer) (?:bei dir|zuhause|zu hause|daheim)",
            r"(?:hast du|du hast) (?:heute |gerade )?sturmfrei",
            r"(?:sei|stai|resti|rimani) (?:tutta |tutto )?(?:da sola|da solo|sola)(?! (?:una|un|per))",
            r"(?:sola|solo|da sola|da solo) (?:a casa|in casa|in camera)",
            r"c'e qualcuno (?:a casa|con te)",
            r"(?:ты )?(?:одна|один|одни) дома", r"ты (?:сеичас )?(?:одна|один)(?! из)",
            r"(?:кто|кто-то|кто то) (?:еще )?(?:дома|с тобои)", r"дома (?:кто нибудь|никого)",
            r"(?:tum|tu|aap|kya tum|kya aap)? ?(?:ghar (?:pe|par|mein|me) )?(?:akeli|akele|akela) "
            r"ho", r"ghar (?:pe|par|mein|me) koi (?:hai|nahi)",
            r"(?:अकेली|अकेले|अकेला) हो", r"घर (?:पर|पे|में) कोई (?:है|नहीं)",
        ],
        [
            r"(?:لوحدك|وحدك|بروحك|لحالك|وحدكي|لوحدكي|لحالكي)",
            r"(?:في|فيه|حد|احد)(?: احد| حد)? (?:معك|معاك|عندك) (?:بالبيت|في البيت)?",
        ],
        [r"(?:lwa7dak|lwa7dek|lw7dk|lw7dek|wa7dak|wa7dek|la7alak|la7alek|bro7ak|brou7ak)"],
        "lwa7dak lwa7dek lw7dk lw7dek wa7dak wa7dek la7alak la7alek bro7ak brou7ak",
    ),
    # weak: pairs with another family only ("how old are you? I'm 14" is small talk)
    "personal": _spec(
        "old age asl live stay school grade year finish end out address surname name cuantos "
        "edad vives colegio escuela instituto cole insti hora sales terminas quantos idade mora "
        "moras escola estuda horas sai age habites vis college lycee ecole heure finis sors "
        "alt wohnst schule schulschluss welcher quanti anni abiti vivi scuola ora esci finisci "
        "сколько где живешь школе классе учишься skolko gde umar umr saal kahan rehte rehti "
        "rahte rahti school उम्र उमर साल कहाँ कहां स्कूल عمرك سنك ساكن ساكنه تسكن تسكني بيتك "
        "عايش عايشه مدرسه مدرستك تطلع تخلص thabites",
        [
            r"how old are you", r"what is your (?:age|address|real name|full name|last name|"
            r"surname)", r"asl", r"where do you (?:live|stay|go to school)(?! \? i am from)",
            r"what (?:school|grade|year) (?:do you go to|are you in)", r"which school",
            r"what (?:city|town|area) do you live",
            r"(?:what time|when) (?:does|do) (?:school|you) (?:finish|end|get out|let out)",
            r"cuantos anos tienes", r"que edad tienes", r"donde vives",
            r"en que (?:ciudad|barrio|zona) vives",
            r"a que (?:colegio|escuela|instituto|cole|insti) vas",
            r"(?:a que hora|cuando) (?:sales|terminas) (?:del|de la|de) (?:cole|colegio|escuela|"
            r"insti|instituto|clase)",
            r"quantos anos (?:voce |video call |tu )?(?:tem|tens)", r"qual (?:a )?sua idade",
            r"onde (?:voce |video call |tu )?(?:mora|moras)",
            r"(?:em )?que (?:escola|colegio) (?:voce |video call |tu )?(?:estuda|estudas)",
            r"que horas (?:voce |video call |tu )?(?:sai|sais) da (?:escola|aula)",
            r"quel age (?:as tu|tu as|t'as)", r"(?:t'as|tu as) quel age",
            r"ou (?:habites|vis) tu", r"tu (?:habites|vis) ou", r"t'habites ou",
            r"(?:dans )?quel (?:college|lycee|ecole) (?:tu es|t'es|es tu|tu vas)",
            r"a quelle heure (?:tu )?(?:finis|sors|termines)",
            r"wie alt bist du", r"wo (?:genau )?wohnst du", r"in welcher stadt wohnst du",
            r"(?:auf|in) welche schule (?:gehst du|bist du)",
            r"wann (?:hast du|ist) (?:\w+ )?(?:schule aus|schulschluss)",
            r"quanti anni hai", r"dove (?:abiti|vivi)", r"(?:in )?che scuola (?:fai|vai|frequenti)",
            r"a che ora (?:esci|finisci)",
            r"сколько тебе лет", r"где (?:ты )?живешь", r"в какои школе", r"в каком классе",
            r"где ты учишься", r"во сколько (?:ты )?(?:заканчиваешь|выходишь)",
            r"skolko tebe let", r"gde ty zhivesh",
            r"(?:tumhari|teri|aapki) (?:umar|umr|age) kya", r"kitne saal (?:ki|ke|ka) (?:ho|hai)",
            r"kahan (?:rehte|rehti|rahte|rahti|rehta) (?:ho|hai)",
            r"(?:kaun se|kis) school (?:mein|me|jaate|jaati|padhte|padhti)",
            r"school kab (?:khatam|chhut|chut|chutta)",
            r"कितने साल (?:की|के) हो", r"(?:तुम्हारी|तेरी|आपकी) (?:उम्र|उमर) क्या",
            r"(?:कहाँ|कहां) (?:रहते|रहती)", r"(?:कौन से|किस) स्कूल",
        ],
        [
            r"(?:كم|قديش|اديش|ادي ايه) (?:عمرك|سنك)", r"عمرك كم",
            r"(?:وين|اين|فين) (?:ساكن|ساكنه|تسكن|تسكني|بيتك|عايش|عايشه)",
            r"(?:باي|اي|في اي|فين) مدرسه", r"مدرستك",
            r"متى (?:تطلع|تخلص|تخلصي|تطلعي) من المدرسه",
        ],
        [
            r"(?:kam|2adesh|adesh|kem) 3omr(?:ak|ik|ek)", r"3omrak kam",
            r"(?:wen|wein|fein|fen) (?:sakin|saken|sakna|sakne|btiskon)", r"madrastak",
        ],
        "kam 2adesh adesh kem 3omrak 3omrik 3omrek wen wein fein fen madrastak",
    ),
}


# Chinese families: unspaced rules matched against the normalised text
# (simplified and traditional forms in one pattern; the first trigger is CJK).
ZH: dict[str, tuple[str, str]] = {
    "secrecy": (
        "别告诉 別告訴 不要告诉 不要告訴 不要跟 别跟 別跟 秘密 保密 删掉 刪掉 删除 刪除 只有我们 只有我們",
        r"别告诉|別告訴|不要告诉|不要告訴|(?:不要|别|別)跟.{0,6}(?:说|說|讲|講)|我们的秘密|我們的秘密|"
        r"我们之间的秘密|我們之間的秘密|(?:要|帮我|幫我|给我|給我)保密|(?:删掉|刪掉|删除|刪除)(?:我们的)?"
        r"(?:聊天记录|聊天記錄|记录|記錄|消息|訊息)|只有我们(?:两个)?知道|只有我們(?:兩個)?知道",
    ),
    "app": ("微信 威信 v信 vx wx", r"微信|威信|v信|vx|wx"),
    "offplatform": (
        "加我 加一下 加个 加個 加好友 私聊 私信 号码 號碼 电话 電話",
        r"加(?:我|一下我|下我|个好友|個好友|好友)|私聊|私信我|"
        r"(?:[你妳]的)?(?:电话|電話)?(?:号码|號碼)(?:给我|給我|多少)|(?:给我|給我)[你妳]的(?:号码|號碼|电话|電話)",
    ),
    "flattery": (
        "你 漂亮 可爱 可愛 成熟 好看 性感 帅 帥 美女 小可爱 小可愛 不一样 不一樣 妳",
        r"[你妳](?:好|真|很|太|超|挺|特别|特別|真的)(?:漂亮|可爱|可愛|成熟|好看|美|性感|帅|帥)|"
        r"比同龄人(?:成熟|懂事)|比同齡人(?:成熟|懂事)|小美女|小可爱|小可愛|"
        r"[你妳](?:跟|和).{0,3}(?:别的|其他|別的)(?:女孩|孩子|小孩|女生).{0,2}(?:不一样|不一樣)",
    ),
    "parents": (
        "爸妈 父母 爸爸 妈妈 爸媽 媽媽 家人 家里 家裡 查你 看你 查妳 看妳",
        r"[你妳](?:爸妈|父母|爸爸|妈妈|爸媽|媽媽|家人)(?:会|會)?(?:查|看|检查|檢查|翻)(?:[你妳]的)?"
        r"(?:手机|手機|聊天记录|聊天記錄|消息|訊息)|(?:爸妈|父母|爸媽|家人)(?:在家吗|在家嗎|在不在家|"
        r"不在家|管[你妳]|管得严|管得嚴|严不严|嚴不嚴)|(?:查|看)[你妳](?:的)?(?:手机|手機)",
    ),
    "alone": (
        "一个人 一個人 自己在家 家里 家裡 就你 就妳",
        r"一个人在家|一個人在家|[你妳]一个人|[你妳]一個人|[你妳]自己在家|家里(?:没人|就[你妳]|有人吗)|"
        r"家裡(?:沒人|就[你妳]|有人嗎)|就[你妳]一个|就[你妳]一個",
    ),
    "meeting": (
        "见 見 出来 出來 来我家 來我家 接你 线下 線下 约 約 接妳",
        r"见(?:个|一)?面(?:吧|吗|好不好|怎么样)|見(?:個|一)?面(?:吧|嗎|好不好|怎麼樣)|想见[你妳]|想見[你妳]|"
        r"出来(?:玩|见|見)|出來(?:玩|見)|来我家|來我家|(?:去|来|來)接[你妳]|线下见|線下見|"
        r"(?:约|約)(?:[你妳])?出来|(?:约|約)(?:[你妳])?出來",
    ),
    "gifts": (
        "送你 送妳 给你买 給你買 给你充 給你充 买给你 買給你 给你钱 給你錢 红包 紅包 礼物 禮物 "
        "给妳买 給妳買 给妳充 給妳充 买给妳 買給妳 给妳钱 給妳錢",
        r"送[你妳]|给[你妳]买|給[你妳]買|给[你妳]充|給[你妳]充|买给[你妳]|買給[你妳]|给[你妳]钱|給[你妳]錢|(?:发|發|给[你妳]|給[你妳])"
        r"(?:个|個)?(?:红包|紅包)|(?:礼物|禮物)(?:给[你妳]|給[你妳])",
    ),
    "photo": (
        "发 發 照片 自拍 相片 看看 摄像头 攝像頭 视频 視頻 视讯 視訊",
        r"(?:发|發)(?:张|張|个|個|几张|幾張|一张|一張)?(?:[你妳]的)?(?:照片|自拍|相片|视频|視頻)|"
        r"(?:给我看|給我看|看看)(?:[你妳]的)?(?:照片|自拍|相片|脸|臉|身材)|"
        r"开(?:一下)?(?:摄像头|视频)|開(?:一下)?(?:攝像頭|視頻|視訊)|视频(?:通话|聊天)|視頻(?:通話|聊天)|"
        r"[你妳]的(?:照片|自拍)",
    ),
    "personal": (
        "几岁 幾歲 多大 住 学校 學校 放学 放學 年级 年級",
        r"[你妳](?:几岁|幾歲|多大)|多大了|[你妳]住(?:在)?哪|住哪(?:里|裡)|(?:哪个|哪個|哪所)(?:学校|學校)|"
        r"(?:几点|幾點|什么时候|什麼時候)放(?:学|學)|上(?:几|幾)年(?:级|級)",
    ),
}
