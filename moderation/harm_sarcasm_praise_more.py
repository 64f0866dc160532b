"""Sarcastic compliments with the put-down after them in en es fr pt it ru tr
pl ar (the classes of harm_sarcasm_praise.py - read its docstring first;
appended to `harm.RULES`).

"nice pic... perfect for scaring rats 🤣", "qué bonita tu foto... para
espantar cuervos", "sua foto tá linda... pra espantar rato", "bella la tua
foto, per spaventare i piccioni", "красивое фото... ворон пугать",
"fotoğrafın çok güzel... fareleri korkutmak için", "ładne zdjęcie... do
straszenia wron", "صورتك حلوة... تخوف الفيران"; "lovely voice, if you're
deaf", "tolle Stimme" has its German twin.  Mock bravery with "that face"
where harm_sarcasm_langs.py and harm_sarcasm_third_langs.py miss it: "quel
courage de poster une photo avec CETTE tête", "ale odwaga wrzucić zdjęcie z
taką twarzą".

The praise must be of the reader's thing ("my pic... perfect for scaring
rats lol" is the writer joking about themselves and passes); real praise,
pictures of pests ("nice pic of the scarecrow, perfect for scaring crows")
with no put-down of the reader, and reports pass.
"""

from __future__ import annotations

from .rules import Rule, rule

# -- en ("photo", "pic", "selfie" are read as "picture") --------------------------------------
_PRAISE_EN = (r"\b(?:nice|great|lovely|beautiful|cute|amazing|gorgeous|pretty|cool|love (?:the|your)|wow|"
              r"stunning)(?: \S+){0,2}? (?<!my )(?:picture|pfp|profile picture|face|voice|singing|outfit|"
              r"dress|haircut|hair|drawing|video|dance|smile|art)\b(?! of\b)")
_PUT_EN = (r"(?:(?:perfect|great|good|ideal|useful) (?:for|to) (?:scare|scaring|scaring away|keep away|"
           r"keeping away|frighten|frightening) (?:\S+ )?(?:rats|mice|crows|birds|kids|children|people|"
           r"ghosts|pigeons|burglars|the neighbours)|(?:to|would|could|will) scare (?:\S+ )?(?:rats|mice|"
           r"crows|birds|kids|children|ghosts|pigeons)|if you are (?:deaf|blind)|for (?:a|an) (?:clown|pig|"
           r"potato|goblin|troll|monkey|scarecrow)|(?:the|my) mirror (?:broke|cracked|shattered)|(?:never|do "
           r"not) (?:sing|post|dance|speak|talk) again)\b")

# -- es fr pt it -----------------------------------------------------------------------------
_THING_ES = r"(?:foto|picture|selfie|cara|voz|outfit|vestido|peinado|pelo|dibujo|video|baile|sonrisa)"
_PRAISE_ES = (r"(?:\b(?:bonit|lind|precios|guap|chul|hermos)[oa](?: \S+){0,2}? (?<!mi )" + _THING_ES
              + r"(?! de\b)|\b(?:tu|la|esa) " + _THING_ES + r"(?: \S+)?? (?:esta|es|queda|quedo) (?:muy |super |re |)"
              r"(?:bonit|lind|precios|guap|chul|hermos)[oa])\b")
_PUT_ES = (r"(?:(?:para|pa) (?:espantar|asustar|ahuyentar) (?:a )?(?:los |las )?(?:cuervos|ratas|ratones|"
           r"ninos|pajaros|palomas|fantasmas|mosquitos)|de espaldas(?= ?$| [.!?])|si eres (?:sordo|sorda|"
           r"ciego|ciega)|(?:el|mi) espejo se (?:rompio|quebro)|no (?:cantes|publiques|bailes) (?:nunca )?"
           r"mas)\b")
_THING_FR = r"(?:photo|picture|selfie|tete|voix|tenue|robe|coiffure|dessin|video|danse|sourire|pp)"
_PRAISE_FR = (r"(?:\b(?:belle|jolie|mignonne|magnifique|superbe|beau|joli|mignon)(?: \S+){0,2}? (?<!ma )"
              r"(?<!mon )" + _THING_FR + r"(?! (?:de|du|des)\b)|\b(?:ta|ton|"
              r"cette) " + _THING_FR + r"(?: \S+)?? (?:est )?(?:trop |"
              r"tres |vraiment |super |)(?:belle|jolie|mignonne|magnifique|beau|joli))\b")
_PUT_FR = (r"(?:pour (?:faire fuir|effrayer|faire peur (?:aux|a)|eloigner) (?:les )?(?:rats|corbeaux|enfants|"
           r"oiseaux|pigeons|fantomes|gosses|moustiques)|de dos(?= ?$| [.!?])|si (?:on est|t'es|tu es) "
           r"(?:sourd|sourde|aveugle)|le miroir (?:a casse|s'est casse|a explose)|(?:ne )?(?:chante|poste|"
           r"danse) plus jamais)\b")
_THING_PT = r"(?:foto|picture|selfie|cara|voz|roupa|vestido|cabelo|desenho|video|danca|sorriso)"
_PRAISE_PT = (r"(?:\b(?:bonit|lind|fof|maravilhos)[oa](?: \S+){0,2}? (?<!minha )" + _THING_PT + r"(?! (?:de|do|"
              r"da)\b)|\b(?:sua|"
              r"tua|essa|a) " + _THING_PT + r"(?: \S+)?? (?:ta|esta|e|ficou) (?:muito |super |mo |)(?:bonit|"
              r"lind|fof|maravilhos)[oa])\b")
_PUT_PT = (r"(?:(?:pra|para) (?:espantar|assustar) (?:os |as )?(?:ratos?|corvos?|urubus?|criancas?|"
           r"passarinhos?|pombos?|fantasmas?|mosquitos?)|de costas(?= ?$| [.!?])|se (?:voce |tu )?(?:for|"
           r"fosse|e) (?:surd[oa]|ceg[oa])|o espelho (?:quebrou|rachou)|nunca mais (?:canta|poste|posta|"
           r"danca))\b")
_THING_IT = r"(?:foto|picture|selfie|faccia|voce|vestito|outfit|capelli|disegno|video|balletto|sorriso)"
_PRAISE_IT = (r"(?:\b(?:bell[aoie]|carin[aoie]|stupend[aoie]|splendid[aoie])(?: \S+){0,2}? (?<!mia )"
              r"(?<!mio )" + _THING_IT + r"(?! (?:di|del|della)\b)|\b(?:la tua|il tuo|"
              r"questa) " + _THING_IT + r"(?: \S+)?? (?:e )?"
              r"(?:proprio |davvero |molto |)(?:bell|carin|stupend)[aoie])\b")
_PUT_IT = (r"(?:per (?:spaventare|far scappare|tenere lontan[io]) (?:i |gli |le )?(?:topi|corvi|bambini|"
           r"piccioni|uccelli|fantasmi|zanzare)|di spalle(?= ?$| [.!?])|se (?:sei|uno e) (?:sord[oa]|"
           r"ciec[oa])|lo specchio si e (?:rotto|spaccato)|non (?:cantare|postare|ballare) mai piu)\b")

# -- ru tr pl ar ----------------------------------------------------------------------------
_PRAISE_RU = (r"(?:\b(?:красив|классн|мил|прекрасн|шикарн|отличн|крут)\w*(?: \S+){0,2}? (?<!мое )(?<!моя )"
              r"(?:фото|фотка|фотку|фоточка|аватарка|ава|селфи|лицо|голос|прическа|наряд|платье|рисунок|"
              r"видео|улыбка)|\b(?:твое|твоя|твои) (?:фото|фотка|голос|аватарка|лицо)(?: \S+)?? (?:красив|"
              r"классн|прекрасн|шикарн)\w*)\b")
_PUT_RU = (r"(?:(?:ворон|крыс|мышеи|детеи|голубеи|птиц|тараканов) (?:пугать|распугивать|отпугивать)|(?:чтобы "
           r"|только )?(?:пугать|распугивать|отпугивать) (?:ворон|крыс|мышеи|детеи|голубеи|птиц|"
           r"тараканов)|со спины(?= ?$| [.!?])|если ты (?:глухои|глухая|слепои|слепая)|зеркало "
           r"(?:треснуло|разбилось|лопнуло)|никогда (?:больше )?не (?:пои|выкладываи|танцуи))\b")
_PRAISE_TR = (r"\b(?:fotografin|fotografiniz|fotoun|fotonun|fotoğrafın|sesin|yuzun|kiyafetin|elbisen|sacin|"
              r"cizimin|videon|dansin|gulusun|profil fotografin|pp'?n)(?: \S+){0,2}? (?:cok |pek |baya |"
              r"bayagi |)(?:guzel|harika|tatli|hos|muhtesem|super)\w*\b")
_PUT_TR = (r"(?:(?:fareleri|kargalari|cocuklari|kuslari|guvercinleri|hayaletleri|sinekleri) (?:korkutmak|"
           r"kovmak|kacirmak) icin|(?:korkuluk|bostan korkulugu) olarak|arkadan(?= ?$| [.!?])|sagirsan|"
           r"ayna (?:catladi|kirildi)|bir daha (?:sarki soyleme|paylasma|dans etme))\b")
_PRAISE_PL = (r"(?:\b(?:ladn|piekn|sliczn|fajn|cudown|urocz)\w*(?: \S+){0,2}? (?<!moje )(?:zdjecie|fotka|"
              r"fotke|selfie|twarz|glos|stroj|sukienka|fryzura|rysunek|filmik|taniec|usmiech|profilowe)|"
              r"\b(?:twoje|twoja|twoj) (?:zdjecie|fotka|glos|profilowe)(?: \S+)?? (?:ladn|piekn|sliczn|fajn|"
              r"cudown)\w*)\b")
_PUT_PL = (r"(?:do (?:straszenia|odstraszania) (?:wron|szczurow|dzieci|myszy|golebi|ptakow|duchow)|(?:zeby|"
           r"aby) (?:straszyc|odstraszac) (?:wrony|szczury|dzieci|myszy|golebie|ptaki)|od tylu(?= ?$| "
           r"[.!?])|(?:jak|jesli) (?:ktos )?jest (?:gluch[iya]|slep[iya])|lustro (?:peklo|sie stluklo)|"
           r"nigdy wiecej nie (?:spiewaj|wrzucaj|tancz))\b")
_PRAISE_AR = (r"(?:صورتك|صوتك|وجهك|شكلك|لبسك|رسمتك|فيديوك|ضحكتك)(?: \S+){0,2}? (?:حلو|حلوه|جميل|جميله|روعه|"
              r"تجنن|خطير|كيوت)")
_PUT_AR = (r"(?:(?:تخوف|يخوف|تطرد|تفزع|يفزع|يطرد|تخرع) (?:ال)?(?:فيران|فئران|غربان|اطفال|عيال|جن|حمام|صراصير)|"
           r"من ورا(?=\s*$|\s*[.!?])|(?:لو|اذا) (?:انت |كنت )?(?:اطرش|اعمى)|المرايه (?:انكسرت|تكسرت)|لا "
           r"(?:تغني|تنشر|ترقص) (?:مره )?ثاني)")

# (praise, put-down, trigger words of the put-downs, words of the praise)
_PAIRS: tuple[tuple[str, str, str, str], ...] = (
    (_PRAISE_EN, _PUT_EN, "scare scaring frighten frightening rats mice crows kids children ghosts "
     "pigeons burglars neighbours deaf blind clown pig potato goblin troll monkey scarecrow mirror again",
     "nice great lovely beautiful cute amazing gorgeous pretty cool love wow stunning"),
    (_PRAISE_ES, _PUT_ES, "espantar asustar ahuyentar espaldas sordo sorda ciego ciega espejo mas",
     "bonito bonita lindo linda precioso preciosa guapo guapa chulo chula hermoso hermosa"),
    (_PRAISE_FR, _PUT_FR, "fuir effrayer peur eloigner dos sourd sourde aveugle miroir jamais",
     "belle jolie mignonne magnifique superbe beau joli mignon"),
    (_PRAISE_PT, _PUT_PT, "espantar assustar costas surdo surda cego cega espelho mais",
     "bonito bonita lindo linda fofo fofa maravilhoso maravilhosa"),
    (_PRAISE_IT, _PUT_IT, "spaventare scappare lontani lontano spalle sordo sorda cieco cieca specchio piu",
     "bella bello belle belli carina carino carine carini stupenda stupendo splendida splendido"),
    (_PRAISE_RU, _PUT_RU, "пугать распугивать отпугивать спины глухои глухая слепои слепая зеркало "
     "пои выкладываи танцуи", "красивое красивая красивый классное классная милое милая прекрасное "
     "прекрасная шикарное шикарная отличное крутое крутая красивыи классныи милыи твое твоя твои"),
    (_PRAISE_TR, _PUT_TR, "korkutmak kovmak kacirmak olarak arkadan sagirsan ayna daha",
     "guzel guzelmis harika tatli hos muhtesem super"),
    (_PRAISE_PL, _PUT_PL, "straszenia odstraszania straszyc odstraszac tylu gluchy glucha gluchi slepy "
     "slepa lustro wiecej",
     "ladne ladna ladny piekne piekna sliczne sliczna fajne fajna cudowne cudowna urocze urocza"),
    (_PRAISE_AR, _PUT_AR, "تخوف يخوف تطرد تفزع يفزع يطرد تخرع ورا اطرش اعمى المرايه ثاني",
     "حلو حلوه جميل جميله روعه تجنن خطير كيوت"),
)

RULES: list[Rule] = [
    *(rule("bullying:insult", "bullying", put_words, praise + r"(?: \S+){0,8}? " + put,
           requires=praise_words)
      for praise, put, put_words, praise_words in _PAIRS),
    # mock bravery with "that face" (fr pl)
    rule("bullying:insult", "bullying", "courage courageux courageuse",
         r"\b(?:quel courage|(?:trop |tellement |vraiment |)courageu(?:x|se))(?: \S+){0,6}? avec (?:(?:cette|"
         r"une telle|ce) (?:tete|gueule|face|tronche|voix|coupe|dentition|nez|corps)|(?:ta|ton) (?:tete|"
         r"gueule|tronche))\b(?! (?:de|pleine|en larmes)\b)"),
    rule("bullying:insult", "bullying", "odwaga odwagi odwaznie odwazny odwazna",
         r"\b(?:ale |co za |niezla |)(?:odwag[ai]|odwaznie|odwazn[ya])(?: \S+){0,5}? z (?:taka|ta|twoja) "
         r"(?:twarza|geba|morda|fryzura|glosem|buzia)\b"),
]
