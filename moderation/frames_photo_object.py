"""A photo asked for *of a thing*: homework, a page, the board, a pet.

Why: the photo-request rules (grooming.py, the family rule for fr/es/pt/de/
it/ru, the Arabic and Hindi ones, the pl/ru/id/tr packs) read "send me a
pic", "mándame una foto", "пришли фото", "kirimin foto" and held "can you
send me a pic of page 12", "send me a picture of your notes", "envoie-moi
une photo des devoirs", "schick mir ein Foto vom Stundenplan", "пришли фото
домашки", "kirimin foto halaman 12", "homework ki photo bhejo", "ارسل لي صورة
الواجب": classmates asking for the homework.  Some rules had their own
list of objects (the pl, ru, id, tr packs), the others none; this frame is
the one shared exemption, called for every `grooming:photo_request` match by
`frames_context.context_frame`.

A match is excused ("photo_object") when the photo it asks for is of a
named school or everyday object:

* after the match, a language's "of" (of / from, de / du / des, de / del,
  do / da, von / vom, di / del / dell', or the genitive with no word in
  ru / pl / ar / id), an optional article or possessive, at most two
  modifiers ("your maths homework", "the new timetable") and an object word
  (homework, worksheet, page, notes, timetable, board, exercise, question,
  textbook, recipe, drawing, map, answers, cat, dog, pet...);
* before the match, for languages that put the object first: Hindi
  "homework ki photo bhejo", "होमवर्क की फोटो भेजो", Turkish "ödevin
  fotoğrafını at" (a genitive object stem).

What stays held: a photo of the person ("send me a photo of you / yourself /
your legs / you in your pyjamas": no object word, and no person word may be
a modifier), an object with the person added ("a pic of your cat and one of
you", "... with you in it", "... in your pyjamas", "naked"), and an object
that is not what the photo is of ("send a photo, the homework can wait": no
"of"; in the languages without a connecting word the object must follow
the photo word with no punctuation between in the normalised text).
"""

from __future__ import annotations

import re

from . import fastre

# a modifier between the article and the object: any word but a person, a
# body word or a joining word ("of your legs and dog" is not of a dog)
_NOT_MOD = (
    r"you|yourself|urself|u|me|him|her|them|us|toi|moi|ti|tuya|tuyo|contigo|voce|vc|dir|dich|"
    r"te|тебя|себя|тобои|собои|меня|kamu|lu|lo|elu|diri|siebie|ciebie|toba|soba|tum|apni|apna|"
    r"and|or|with|without|in|on|at|plus|et|ou|avec|y|o|con|e|com|und|oder|mit|ed|и|или|с|i|z|"
    r"dan|sama|ama|legs?|feet|foot|body|face|lips|chest|butt|bum|thighs|belly|tummy|hair|outfit|"
    r"bra|underwear|corps|visage|cuerpo|cara|corpo|rosto|korper|gesicht|faccia|тело|лицо"
)
_MOD = r"(?:(?!(?:" + _NOT_MOD + r")\b)[\w'-]+ ){0,2}?"

_EN_OBJ = (
    r"(?:homework|hw|worksheets?|work sheets?|pages?|pg|notes|notebook|timetable|schedule|board|"
    r"whiteboard|blackboard|smartboard|exercises?|ex|questions?|q ?\d+|tasks?|assignments?|"
    r"projects?|essay|textbook|books?|recipes?|cats?|kittens?|kitty|dogs?|puppy|puppies|pets?|"
    r"hamster|rabbit|bunny|guinea pigs?|fish|bird|parrot|horse|drawings?|paintings?|art|artwork|"
    r"sketch|map|poster|menu|answers?|sheet|handout|slides?|diagram|graph|equations?|problems?|"
    r"sums|maths|math|test|quiz|exam|paper|revision|flashcards|lego|cake|food|dinner|lunch|"
    r"meal|garden|view|sunset|sky|snow|screen|screenshot|code|settings|setup|desk|plants?|"
    r"bike|car|game|chapter|paragraph|instructions|list|letter|card|receipt|ticket|table)"
)
_FR_OBJ = (
    r"(?:devoirs?|exercices?|exos?|pages?|feuilles?|fiches?|cours|notes|emploi du temps|edt|"
    r"tableau|cahiers?|livres?|manuel|recettes?|chats?|chatons?|chiens?|chiots?|dessins?|"
    r"correction|corrige|sujet|lecons?|planning|menu|gateau|carte|questions?|reponses?|"
    r"controle|evaluation|resume|schema|plat|repas|jardin|animal|hamster|lapin|poisson)"
)
_ES_OBJ = (
    r"(?:tareas?|deberes|ejercicios?|paginas?|hojas?|fichas?|apuntes|notas|horario|pizarra|"
    r"pizarron|cuadernos?|libros?|libreta|recetas?|gatos?|gatitos?|perros?|perritos?|mascotas?|"
    r"dibujos?|examen|trabajos?|preguntas?|respuestas?|tablero|temario|resumen|esquema|comida|"
    r"pastel|tarta|mapa|problemas?|actividad(?:es)?|guia|planilla|tp)"
)
_PT_OBJ = (
    r"(?:dever(?: de casa)?|deveres|licao|licoes|tarefas?|exercicios?|paginas?|folhas?|"
    r"cadernos?|anotacoes|notas|horario|quadro|lousa|livros?|receitas?|gatos?|gatinhos?|"
    r"cachorros?|cachorrinhos?|cao|caes|pets?|desenhos?|trabalhos?|materia|resumo|questoes|"
    r"questao|perguntas?|respostas?|prova|comida|bolo|mapa|atividades?|apostila|gabarito)"
)
_DE_OBJ = (
    r"(?:hausaufgaben?|hausi|ha|aufgaben?|seiten?|arbeitsblatt|arbeitsblattern|ab|stundenplan|"
    r"vertretungsplan|tafel|tafelbild|heft|hefteintrag|mitschrift|notizen|buch|rezept|katzen?|"
    r"kater|hund|hunden?|hundes|welpen|haustier|zeichnung|ubung|ubungen|losungen|losung|"
    r"lernzettel|zusammenfassung|klausur|test|essen|kuchen|karte|plan|skizze|matheaufgaben?)"
)
_IT_OBJ = (
    r"(?:compiti|compito|esercizi|esercizio|pagin[ae]|schede|scheda|fogli|foglio|appunti|orario|"
    r"lavagna|quaderni|quaderno|libri|libro|ricett[ae]|gatt[oi]|gattin[oi]|cane|cani|cagnolino|"
    r"disegn[oi]|verifica|domande|risposte|riassunto|schema|mappa|torta|cibo|problem[ai]|tema)"
)
_RU_OBJ = (
    r"(?:домашк\w*|дз|домашнего задания|задани\w*|упражнени\w*|расписани\w*|конспект\w*|"
    r"тетрад\w*|доск\w*|учебник\w*|страниц\w*|котик\w*|кота|котов|кошк\w*|собак\w*|пса|песика|"
    r"щенк\w*|рисунк\w*|рецепт\w*|номер\w*|листк\w*|листа|ответ\w*|задач\w*|параграф\w*|"
    r"карты|торта|еды|питомц\w*|хомяк\w*|черновик\w*|контрольно\w*|теста|пример\w*)"
)
_PL_OBJ = (
    r"(?:zadani\w*|zadan|notat\w*|tablic\w*|zeszyt\w*|lekcji|planu|strony|stron|str|cwiczen\w*|"
    r"psa|kota|pieska|kotka|odpowiedzi|projektu|przepisu|rysunku|podrecznika|ksiazki|kartki|"
    r"karty pracy|sprawdzianu|kartkowki|pracy domowej|wypracowania|mapy|ciasta|obiadu)"
)
_ID_OBJ = (
    r"(?:tugas\w*|pr(?:nya|ku|mu)?|halaman|hal|catatan\w*|papan tulis|papan|soal\w*|jawaban\w*|"
    r"jadwal\w*|kucing\w*|anjing\w*|resep\w*|gambar\w*|buku\w*|latihan\w*|lks|materi\w*|"
    r"rangkuman\w*|rapor\w*|struk\w*|bukti\w*|makanan\w*|masakan\w*|kue\w*|peta\w*|"
    r"ulangan\w*|ujian\w*)"
)
_AR_OBJ = (
    r"(?:واجب|دروس|درس|صفحه|صفحات|كتاب|دفتر|كراسه|جدول|سبوره|لوح|تمرين|تمارين|ورقه|ملخص|"
    r"قطه|قطتك|قط|كلب|وصفه|رسمه|امتحان|اسئله|سؤال|حل|اجابات|خريطه|اكل|كيكه)"
)
# words that may come between the match and the "of": "send me a pic pls of ..."
_FILL = r"(?:me |us |please |pls |plz |stp |por favor |bitte |пж |пожалуиста |плиз |dong |ya |dulu )*"
_AFTER = fastre.compile(
    r" " + _FILL + r"(?:"
    r"(?:of|from) (?:the |your |my |our |this |that |these |those |todays |today's |his |her |"
    r"their |a |an |some |all the |all |each )?" + _MOD + _EN_OBJ
    + r"|(?:de |d'|du |des )(?:la |le |les |l'|ta |ton |tes |mon |ma |mes |ce |cet |cette |ces |"
    r"notre |nos |votre |vos )?" + _MOD + _FR_OBJ
    + r"|(?:de |del )(?:la |el |los |las |tu |tus |mi |mis |esta |este |estos |estas |esa |ese |"
    r"nuestra |nuestro )?" + _MOD + _ES_OBJ
    + r"|(?:de |do |da |dos |das )(?:sua |seu |suas |seus |tua |teu |minha |meu |essa |esse |"
    r"esta |este |nossa |nosso )?" + _MOD + _PT_OBJ
    + r"|(?:von |vom )(?:der |den |dem |die |das |deiner |deinen |deinem |deine |meiner |meinen |"
    r"meinem |diesem |dieser |diesen |unserer |unserem |unseren )?" + _MOD + _DE_OBJ
    + r"|(?:di |del |della |dei |delle |dello |degli |dell'|al |alla |ai |alle )(?:tua |tuo |"
    r"tuoi |tue |mia |mio |miei |mie |questa |questo |questi |queste |la |il |i |le )?" + _MOD
    + _IT_OBJ
    + r"|(?P<bare>(?:(?:с|со) )?(?:твоеи |твоего |твоих |своеи |своего |своих |этои |этого |"
    r"этих |нашеи |нашего |наших |моеи |моего |моих )?" + _MOD + _RU_OBJ
    + r"|(?:twojego |twojej |twoich |swojego |swojej |swoich |tego |tej |tych |naszego |naszej |"
    r"mojego |mojej )?" + _MOD + _PL_OBJ
    + r"|(?:dari )?" + _MOD + _ID_OBJ
    + r"|(?:لل|ل|من |تبع |حق )?(?:ال)?" + _AR_OBJ + r"\S*)"
    r")(?![\w'-])"
)
# the object first: Hindi "homework ki photo bhejo", Turkish "ödevin fotoğrafını at"
_BEFORE = fastre.compile(
    r"(?:\b(?:homework|hw|notes|page|pages|worksheet|timetable|board|exercise|question|questions|"
    r"kitab|book|copy|assignment|project|recipe|billi|kutte|kutta|cat|dog|answers?|chapter|"
    r"diagram|map|khane|khana|cake|drawing)(?: no\.?| number)?(?: \d+)? (?:ki|ka|ke) |"
    r"(?:होमवर्क|नोट्स|पेज|पन्ने|किताब|कॉपी|टाइमटेबल|बोर्ड|सवाल|सवालों|प्रश्न|उत्तर|जवाब|चैप्टर|"
    r"अध्याय|बिल्ली|कुत्ते|कुत्ता|रेसिपी|खाने|ड्रॉइंग)(?: \d+)? (?:की|का|के) |"
    r"\b(?:odev|sayfa|tahta|defter|kitab|kitap|not|ders program|program|kedi|kopeg|soru|cevap|"
    r"test|etkinlig|tarif|yemeg|calisma kagid|kagid|sinav|konu|ozet|harita|pasta|cizim)\w*"
    r"(?:in|un) (?:\d+\. )?)(?:(?:bir|bi|bana|bize|hemen|ya|ek|wo|woh|zara|please|pls) )*$"
)
_PERSON_AFTER = fastre.compile(
    # en
    r"\b(?:of|with|and|plus|also|holding|hold|next to|beside) (?:one |a picture |pictures |some |"
    r"another )?(?:of )?(?:you|yourself|urself|u|your (?:face|body|legs|feet|lips|chest|butt|bum|"
    r"thighs|belly|tummy|hair|outfit|self))\b(?! (?:are|were|have|had|can|could|will|would|did|do|"
    r"should|need|know|said|say|get|got|think|want|like|guys|all|so|too|for)\b)|"
    r"\byou in (?:your|a|the)\b|\bin (?:your|a|the) (?:pyjamas|pajamas|pjs|underwear|bikini|"
    r"swimsuit|bed|towel|bra|shower|bath)\b|\b(?:naked|nude|nudes|shirtless|topless|undressed|"
    r"no clothes|without clothes|selfie)\b|"
    # fr es pt de it
    r"\b(?:et|avec) (?:une )?(?:de )?(?:toi|ton visage|ton corps|tes jambes)\b|\bde toi\b|"
    r"\ben (?:pyjama|maillot|sous-vetements|culotte)\b|\b(?:nue?|a poil)\b|"
    r"\b(?:y|con) (?:una )?(?:tuya|contigo|tu cara|tu cuerpo|de ti)\b|\bde ti\b|\btuya\b|"
    r"\ben (?:pijama|ropa interior|bikini|banador)\b|\b(?:desnud[oa]|sin ropa|pelad[oa])\b|"
    r"\b(?:com|e) (?:uma )?(?:sua|tua|voce|vc|de voce)\b|\bde voce\b|\bsua (?:cara|rosto|corpo)\b|"
    r"\bde pijama\b|\bsem roupa\b|\b(?:und|mit) (?:einem )?(?:dir|von dir|dich|deinem gesicht|"
    r"deinem korper)\b|\bvon dir\b|\bim (?:schlafanzug|pyjama|bikini|bett)\b|\b(?:nackt|oben ohne)"
    r"\b|\b(?:e|con) (?:una )?(?:te|di te|la tua faccia)\b|\bdi te\b|\bin (?:pigiama|costume|"
    r"intimo)\b|\b(?:nud[oa]|senza vestiti)\b|"
    # ru pl id hi tr ar
    r"\b(?:себя|тебя|тобои|собои)\b|\bв (?:пижаме|купальнике|белье|трусах)\b|"
    r"\b(?:голая|голыи|голои|без одежды)\b|\b(?:i|z|ze) (?:toba|siebie|soba|twoja twarza)\b|"
    r"\b(?:nago|bez ubrania)\b|\b(?:sama|dan|ama|bareng|plus) (?:kamu|muka|wajah|diri|badan|"
    r"lu|lo)\w*\b|\b(?:telanjang|bugil)\b|\b(?:aur|ke saath|ke sath|sath) (?:apni|apna|tum|"
    r"tumhari|teri|khud)\b|\b(?:seni|kendini|yuzunu)\b|"
    r"(?:و|مع) ?(?:انت|انتي|وجهك|جسمك)|صورتك|بدون ملابس|عاري"
)
_WORD_AFTER = fastre.compile(r" ?(\S+)")


def photo_object_frame(text: str, start: int, end: int, norm: str) -> str | None:
    """"photo_object" when the photo-request match at text[start:end] asks
    for a photo of a thing (see module doc); `norm`: the normalised message,
    which keeps the punctuation the phrase form drops."""
    m = _AFTER.match(text, end)
    if m is not None:
        if m.group("bare") is not None and not _unbroken(text, end, norm):
            return None  # "пришли фото, домашка подождёт"
        rest_start = m.end()
    elif _BEFORE.search(text, max(0, start - 60), start) is not None:
        rest_start = end
    else:
        return None
    if _PERSON_AFTER.search(text, rest_start, rest_start + 120) is not None:
        return None  # "... and one of you", "... in your pyjamas"
    return "photo_object"


def _unbroken(text: str, end: int, norm: str) -> bool:
    """Whether the word after text[end] follows a word, not punctuation, in `norm`."""
    w = _WORD_AFTER.match(text, end)
    if w is None:
        return False
    return re.search(r"\w\s+" + re.escape(w.group(1)) + r"(?!\w)", norm) is not None
