"""Someone else at risk right now, told by the child: the wordings the first
tables of `selfharm_others_acute*.py` missed, in the 13 languages.

Why: training lines of this class passed because one gate of the rule did
not know a common form, in every language, not only in the line seen:

* **the person**: a friend named by slang or a place rather than a
  possessive ("un chavo del grupo", "kumpel", "adik kelasku", "بنت في
  قروبنا", Hinglish "mere dost ne" - the oblique "mere" - and "a boy in
  the group chat");
* **the act**: a death wish *and a plan* ("хочет умереть и у него есть
  план"); the time before the verb ("hoy se va a matar", "tonight she's
  killing herself"); "a lot of medicine" in the singular ("um monte de
  remédio"); pills before their amount (Arabic "بلعت حبوب كتير"); "wrote
  that she is killing herself tonight";
* **a sign paired with an end** (new): a photo of pills, a blade or fresh
  cuts sent or posted, with "it's the end", "ending it tonight", "does not
  want to live any more", a goodbye or no answer ("jiletli fotoğraf ... bu
  gece bitiriyorum", "zdjęcie nadgarstków z ranami ... że to koniec");
* **a place paired with an end** (new): standing at the tracks, on a
  bridge, by the river, with "does not want to go on" or a goodbye ("steht
  an den gleisen und will nicht mehr", "在河边，说了再见");
* **the goodbye and the silence**: a story "saying goodbye" in the gerund
  ("despidiéndose"), "does not open the door" (locked in), an account
  deleted after a goodbye.

The tables here are added (as alternatives) to the tables of each language
in the three modules, and `_acute` there pairs SIGN and PLACE with ENDS.

What passes, and why: a photo of pills or a blade alone (no end, no silence:
"she sent me a pic of her new meds"), a place alone or with silence only
(someone at the river who does not answer may be swimming), "it's the end
of the year" (no sign or place, and the goodbye guard), the goodbye guards
(moving, a holiday, a dead battery) over every pair, and the guards of each
language (the past that is over, fiction, the topic) over all of it.
"""

from __future__ import annotations

# -- en ------------------------------------------------------------------------------------------
WHO = {
    "en": (
        r"(?<!if )(?<!when )(?:(?:a|one|this|some) (?:girl|boy|kid|guy|friend|person|student) (?:in|from|at|on) "
        r"(?:the|our|my) (?:group ?chat|gc|group|discord|server|chat|class|school)|someone (?:in|from|on) "
        r"(?:the|our|my) (?:group ?chat|gc|discord|server|chat|group))"
    ),
    "es": (
        r"(?<!si )(?<!cuando )(?:(?:una|un) (?:chava|chavo|chavito|chavita|morra|morro|morrita|morrito|chama|"
        r"chamo|pibe|piba|nena|nene|chamaca|chamaco|compa|carnala|carnal|chiquilla|chiquillo|tipa|tipo|"
        r"alumna|alumno|companera|companero|chica|chico|amiga|amigo) (?:de|del|en) (?:mi |nuestro |nuestra "
        r"|el |la )?(?:grupo|clase|salon|cole|colegio|escuela|insti|prepa|secu|chat|server|servidor|equipo|"
        r"curso)|(?:mi|nuestro|nuestra) (?:carnal|carnala|cuate|cuata|bro|manito|manita|hermanastra|"
        r"hermanastro|morra|morro|chava|chavo)|alguien del (?:grupo|salon|chat|cole))"
    ),
    "fr": (
        r"(?<!si )(?<!quand )(?:(?:une|un) (?:fille|gars|garcon|meuf|mec|eleve|camarade|amie?|pote) (?:du|de la|"
        r"de notre|de mon|dans le|dans la|dans notre|dans mon) (?:groupe|classe|conv|serveur|discord|"
        r"college|lycee|equipe)|(?:ma|mon) (?:pote|reuf|frerot|soeurette|demi-soeur|demi-frere))"
    ),
    "pt": (
        r"(?<!se )(?<!quando )(?:(?:uma|um) (?:mina|mano|moleque|mlk|mulek|menina|menino|garota|garoto|guria|guri|"
        r"cara|colega|amiga|amigo) (?:da|do|de|na|no) (?:minha |meu |nossa |nosso )?(?:sala|turma|escola|"
        r"classe|colegio|grupo|zap|chat|servidor|time|facul)|(?:minha|meu) (?:mana|mano|parca|irmazinha|"
        r"irmaozinho|priminha|priminho|amigao|amigona|miga|migo))"
    ),
    "de": (
        r"(?<!wenn )(?<!falls )(?:(?:ein|eine) (?:madchen|junge|typ|freundin|freund|mitschulerin|mitschuler|"
        r"kumpel) (?:aus|in|von) (?:der|dem|meiner|unserer|unserem|meinem) (?:klasse|schule|stufe|gruppe|"
        r"gruppenchat|chat|discord|server|jahrgang|mannschaft|verein)|jemand aus (?:der|dem|unserer|unserem)"
        r" (?:gruppe|gruppenchat|chat|klasse))"
    ),
    "it": (
        r"(?<!se )(?<!quando )(?:(?:una|un|uno) (?:ragazza|ragazzo|tipa|tipo|tizia|tizio|compagna|compagno|amica|"
        r"amico) (?:del|della|dal|nel|nella) (?:mio |mia |nostro |nostra )?(?:gruppo|classe|scuola|chat|"
        r"server|squadra))"
    ),
    "ru": (
        r"(?<!если )(?<!когда )(?:(?:одна|один|какая[ -]?то|какои[ -]?то) (?:девочка|девчонка|девушка|парень|"
        r"мальчик|пацан|чел) (?:из|в) (?:моеи |нашеи |моего |нашего )?(?:беседы|беседе|чата|чате|группы|"
        r"группе|класса|классе|школы)|(?:девочка|девчонка|парень|пацан|чел) из (?:нашеи |моеи |нашего )?"
        r"(?:беседы|чата|группы|класса))"
    ),
    "tr": (
        r"(?<!eger )(?:(?:gruptan|grubumuzdan|grubumdan|okulumuzdan|siniftaki|gruptaki|grubumuzdaki|"
        r"okulumuzdaki|sinifimdaki|okuldaki) bir (?:kiz|cocuk|oglan|arkadas|cocugu))"
    ),
    "pl": (
        r"(?<!jesli )(?<!jezeli )(?<!gdyby )(?:(?:(?:moj|moja|nasz|nasza) )?(?:kumpel|kumpela|kumpelka|ziomeczek|"
        r"ziomus|ziomka|znajomy|znajoma)|(?:dziewczyna|chlopak|laska|typ|dziewczynka|chlopiec|ktos) z "
        r"(?:mojej |naszej )?(?:grupy|czatu|discorda|osiedla|druzyny))"
    ),
    "id": (
        r"(?<!kalau )(?<!kalo )(?<!jika )(?:(?:adik|adek|kakak|kak|temen|teman|anak) kelas(?:ku| aku| gue| gw| "
        r"saya| sebelah)?|(?:temen|teman|anak|cewek|cowok|seseorang|orang) (?:di |dari |yang di )?(?:grup|"
        r"gc|group|geng|circle|tongkrongan|sekolah)(?:ku| aku| gue| gw| kita| kami)|(?:adik|adek|kakak|"
        r"temen|teman|sahabat|pacar|sepupu) (?:aku|gue|gw))"
    ),
    "ar": (
        r"(?:(?:بنت|ولد|واحده|واحد|شب|صبيه|طالبه|طالب) (?:ب|في |من |معنا (?:في|ب) ?|معي (?:في|ب) ?)(?:قروبنا|"
        r"جروبنا|القروب|الجروب|مجموعتنا|المجموعه|شلتنا|الشله|صفنا|فصلنا|مدرستنا|الشات)|صاحبتنا|صاحبنا|"
        r"صديقتنا|صديقنا)"
    ),
    "hl": (
        r"(?<!agar )(?<!jab )(?:(?:mere|hamare) (?:best |sabse ache |sabse achhe |bade |chhote |chote )?"
        r"(?:dost|friend|bhai|bhaiya|cousin|classmate|boyfriend|bf|papa|padosi|yaar)|(?:meri|mera|mere) "
        r"(?:yaar|bestie|bff)|(?:meri|hamari|mere|hamare) (?:group|school|gc|squad|class) (?:ki|ka|ke|se|"
        r"mein|me) (?:ek |koi )?(?:ladki|ladka|dost|bandi|banda))"
    ),
    "hi": (
        r"(?:(?:मेरे|हमारे) (?:सबसे अच्छे |बेस्ट |बड़े |छोटे )?(?:दोस्त|भाई|भैया|कज़िन|कजिन|क्लासमेट|बॉयफ्रेंड|"
        r"पापा|पड़ोसी)|(?:हमारे|मेरे|हमारी|मेरी) (?:ग्रुप|स्कूल|क्लास) (?:की|का|से|में) (?:एक )?(?:लड़की|लड़का))"
    ),
    "zh": (
        r"(?<!如果)(?<!要是)(?<!假如)(?:我们?(?:群|群里|班群|群聊)(?:的|有|里的|里有)?(?:一个)?(?:女生|男生|同学|"
        r"人|朋友|妹子)|群里(?:的|有)(?:一个)?(?:女生|男生|同学|妹子))"
    ),
}

ACTS = {
    "en": (
        r"(?:wants? to|wanna|is going to|is gonna) (?:die|kill (?:herself|himself|themselves)|end (?:it|her life|"
        r"his life|their life)) (?:\S+ ){0,8}?(?:has|have|already has|made|got|has got) (?:a |an actual |a "
        r"real |a whole |a full )?plan\b|"
        r"(?:tonight|today|tomorrow|right now) (?:\S+ ){0,2}?(?:she's|he's|she is|he is|they're|they are|"
        r"she will|he will|she'll|he'll|is) (?:going to |gonna )?(?:kill(?:ing)? (?:herself|himself|"
        r"themselves)|end(?:ing)? (?:it all|her life|his life|their life)|commit(?:ting)? suicide|tak(?:e|ing)"
        r" (?:her|his|their) (?:own )?life)\b|"
        r"(?:is|she's|he's|they're|she is|he is) (?:killing (?:herself|himself|themselves)|ending (?:her|his|"
        r"their) life|ending it all) (?:\S+ ){0,2}?(?:tonight|tomorrow|today|this weekend|after school)\b"
    ),
    "es": (
        r"(?:hoy|esta noche|ahorita|ahora|manana) (?:\S+ ){0,3}?(?:se va a|se iba a|va a|se quiere) "
        r"(?:matar|suicidar|quitar la vida|ahorcar)(?:se)?\b|(?:hoy|esta noche|ahorita|manana) (?:\S+ ){0,3}?"
        r"(?:se mata|se suicida|se quita la vida)\b|"
        r"(?:quiere|se quiere) (?:morir|matar|suicidar)(?:se)? (?:\S+ ){0,8}?(?:tiene|ya tiene|hizo) (?:un |"
        r"todo un )?plan\b|tiene (?:un |todo un )?plan (?:\S+ ){0,6}?(?:morir|matar|suicid)\w*"
    ),
    "fr": (
        r"(?:ce soir|cette nuit|aujourd'hui|demain|maintenant) (?:\S+ ){0,3}?(?:elle|il) (?:va|veut) (?:se "
        r"suicider|se tuer|mettre fin a ses jours|en finir)\b|"
        r"(?:veut|voudrait) (?:mourir|se suicider|se tuer) (?:\S+ ){0,8}?(?:a|a deja) (?:un |tout un )?plan\b"
    ),
    "pt": (
        r"(?:tomou|engoliu|ingeriu|ta tomando|esta tomando|acabou de tomar) (?:\S+ ){0,2}?(?:um monte de|uma pa "
        r"de|muito|muita|mto|mta|varios|varias) (?:\S+ ){0,2}?(?:remedio|comprimido|pilula|medicamento|"
        r"calmante|rivotril|remedio controlado|remedio tarja preta)\b(?! (?:\S+ ){0,3}?(?:pra|para|da|de) "
        r"(?:gripe|dor|febre|colica|alergia|tosse|garganta|cabeca))|"
        r"(?:hoje|hj|essa noite|esta noite|agora|amanha) (?:\S+ ){0,3}?(?:vai se matar|vai se suicidar|vai "
        r"tirar a (?:propria )?vida|se mata|vai se enforcar)\b|"
        r"(?:quer|disse que quer|falou que quer) (?:morrer|se matar) (?:\S+ ){0,8}?(?:tem|ja tem|fez) (?:um |"
        r"todo um )?plano\b|tem (?:um |todo um )?plano (?:\S+ ){0,6}?(?:morrer|se matar|suicid\w*)"
    ),
    "de": (
        r"(?:will|mochte|wollte) (?:\S+ ){0,2}?(?:sterben|sich umbringen|nicht mehr leben|tot sein) (?:\S+ )"
        r"{0,8}?(?:hat|hatte) (?:schon |auch |sogar )?(?:einen|nen|n) plan\b"
    ),
    "it": (
        r"(?:stanotte|stasera|oggi|adesso|domani) (?:\S+ ){0,3}?(?:si uccide|si ammazza|si suicida|si toglie la "
        r"vita|la fa finita)\b|"
        r"(?:vuole|vorrebbe) (?:morire|uccidersi|ammazzarsi|suicidarsi) (?:\S+ ){0,8}?(?:ha|ha gia|ha anche) "
        r"(?:un |tutto un )?piano\b"
    ),
    "ru": (
        r"(?:хочет|хотела|хотел|собирается) (?:\S+ )?(?:умереть|покончить с собои|убить себя|сдохнуть|"
        r"выпилиться|не жить) (?:\S+ ){0,8}?(?:есть|уже есть|продуман|придумал\w*) (?:\S+ )?план|"
        r"(?:есть|уже есть) план (?:\S+ ){0,6}?(?:умереть|покончить|убить себя|сдохнуть|выпилиться)"
    ),
    "tr": (
        r"(?:bu gece|bu aksam|bugun|yarin|simdi) (?:\S+ ){0,3}?(?:hayatina son verecek\w*|hayatina son "
        r"verecegini|her seyi bitirecek\w*|her seyi bitirecegini)|"
        r"(?:olmek|kendini oldurmek|intihar etmek) (?:\S+ )?istiyor\w* (?:\S+ ){0,8}?plan\w*"
    ),
    "pl": (
        r"(?:chce|chcial\w*) (?:\S+ )?(?:umrzec|sie zabic|zabic sie|skonczyc ze soba) (?:\S+ ){0,8}?(?:ma|juz "
        r"ma) (?:\S+ )?plan\b"
    ),
    "id": (
        r"(?:mau|pengen|ingin) (?:mati|bunuh diri|mengakhiri hidup\w*) (?:\S+ ){0,8}?(?:udah |sudah )?(?:punya|"
        r"ada|bikin) rencana\b"
    ),
    "ar": (
        r"(?:كتبت|قالت|بتقول|تقول|حكت|بتحكي|قالتلي|كتبتلي|كتب|قال|بيقول|حكى|كاتبه|كاتب) (?:\S+ ){0,2}?"
        r"(?:بتنتحر|حتنتحر|هتنتحر|رح تنتحر|راح تنتحر|بدها تنتحر|بتقتل نفسها|بينتحر|حينتحر|هينتحر|رح ينتحر|"
        r"راح ينتحر|بيقتل نفسه|بتموت نفسها) (?:\S+ ){0,3}?(?:الليله|اليوم|هلا|هلق|الحين|الان|هسه|دلوقتي|بكرا|"
        r"بكره|بعد شوي)(?!\S)|"
        r"(?:بلعت|بلع|اخدت|اخذت|شربت|اكلت|خلصت|تناولت) (?:\S+ )?(?:(?:ال)?حبوب|(?:ال)?حبات|(?:ال)?دوا\S*|"
        r"(?:ال)?ادويه|(?:ال)?مسكنات|(?:ال)?برشام|(?:ال)?اقراص) (?:\S+ )?(?:كتير|كثير|كتيره|كثيره|واجد|"
        r"بالكوم|بزياده|كلهم)(?!\S)|"
        r"(?:بدها|بده|عايزه|عايز|تبي|يبي|تبغى|يبغى) (?:تموت|يموت|تنتحر|ينتحر) (?:\S+ ){0,8}?و?(?:عندها|عنده) "
        r"(?:\S+ )?خطه"
    ),
    "hl": (
        r"(?:marna|mar jana|suicide karna|khudkushi karna) (?:chahti|chahta|chahte) (?:\S+ ){0,8}?(?:plan|"
        r"planning) (?:\S+ )?(?:hai|h|bana|banaya|bana li|bana liya|kar li|kar liya)\b"
    ),
    "hi": r"(?:मरना|आत्महत्या करना|खुदकुशी करना) (?:चाहती|चाहता) (?:\S+ ){0,8}?(?:प्लान|योजना)",
    "zh": r"(?:想死|想自杀|不想活).{0,12}?(?:计划|打算好了|想好了怎么)",
}

BYE = {
    "en": r"(?:is |was )?saying goodbye to (?:everyone|everybody|all of us|us all|the world)",
    "es": (
        r"(?:subio|publico|puso|posteo|mando|envio|escribio|dejo|subiendo) (?:\S+ ){0,4}?despidiendo\w*|"
        r"se (?:esta )?despid\w+ de (?:todos|todo el mundo|nosotros|mi)"
    ),
    "pt": r"(?:postou|publicou|mandou|colocou|botou|escreveu) (?:\S+ ){0,4}?se despedindo|se despedindo de "
          r"(?:todo mundo|todos|geral|nos|mim)",
    "it": r"(?:ha postato|ha pubblicato|ha messo|ha mandato) (?:\S+ ){0,4}?(?:salutando tutti|per salutare tutti)",
}

UNREACH = {
    "en": (
        r"(?:won't|will not|doesn't|does not|isn't|is not|not) (?:\S+ )?open(?:ing)? (?:the |her |his |their "
        r")?(?:bathroom |bedroom )?door|(?:deleted|deactivated) (?:her|his|their) (?:account|insta|"
        r"instagram|snap|tiktok)"
    ),
    "es": r"(?:no|why no) (?:\S+ )?(?:abre|abria) (?:la )?puerta|(?:borro|elimino|desactivo) (?:su |la )?"
          r"(?:cuenta|insta|instagram|tiktok|perfil)",
    "fr": r"(?:n'ouvre|ouvre) pas (?:la )?porte|a (?:supprime|desactive) (?:son )?(?:compte|insta|profil)",
    "pt": r"(?:nao|why nao) (?:\S+ )?abre (?:a )?porta|(?:apagou|excluiu|desativou) (?:a |sua )?(?:conta|insta|"
          r"perfil)",
    "de": r"macht (?:die )?tur nicht (?:mehr )?auf|(?:offnet|offnete) (?:die tur )?nicht|(?:account|konto|"
          r"insta|profil) (?:\S+ )?(?:geloscht|deaktiviert)",
    "it": r"non (?:\S+ )?(?:mi |ci )?apre (?:la porta)?|(?:ha cancellato|ha eliminato|ha disattivato) (?:il |"
          r"l')?(?:profilo|account|insta)",
    "ru": r"не (?:\S+ )?открывает|удалил\w* (?:страницу|аккаунт|акк|профиль)",
    "tr": r"kapiyi (?:\S+ )?(?:acmiyor|acmadi)|hesab\w* (?:sildi|kapatti|dondurdu)",
    "pl": r"nie (?:\S+ )?otwiera|usunel\w* (?:konto|profil|insta)|usunal (?:konto|profil|insta)",
    "id": r"(?:ga|gak|nggak|tidak) (?:\S+ )?(?:buka|bukain|ngebuka|mau buka) (?:\S+ )?pintu\w*|(?:hapus|ngehapus|"
          r"deactive|deaktif) (?:\S+ )?(?:akun|ig|instagram)\w*",
    "ar": r"(?:ما|مش|مو) (?:\S+ )?(?:تفتح|بتفتح|يفتح|بيفتح) (?:ال)?باب|(?:حذفت|مسحت|قفلت) (?:\S+ )?(?:حسابها|"
          r"الحساب|اكاونتها)",
    "hl": r"(?:darwaza|darwaja|door|gate) (?:\S+ )?(?:nahi|nhi|na) (?:khol|khul)\w*|(?:account|insta|id) "
          r"(?:\S+ )?(?:delete|deactivate)\w*",
    "hi": r"(?:दरवाज़ा|दरवाजा) (?:\S+ )?(?:नहीं|ना) (?:खोल|खुल)",
    "zh": r"不开门|不给开门|(?:删了|注销了)(?:号|账号|微信|qq)",
}

# a photo of pills, a blade or fresh wounds, sent or posted
SIGN = {
    "en": (
        r"(?:sent|posted|shared|showed|snapped|dmed|texted|put up|uploaded) (?:me |us |everyone |her |his )?"
        r"(?:a |an |the |some )?(?:picture|pictures|photo|photos|snap|selfie|video|story) (?:\S+ ){0,2}?(?:of|"
        r"with) (?:\S+ ){0,3}?(?:pills|tablets|meds|a blade|blades|razor|razors|a knife|wrists?|cuts|fresh "
        r"cuts|wounds|blood|a rope|a noose)\b"
    ),
    "es": (
        r"(?:foto|fotos|picture|pictures|video|imagen|captura|historia|story) (?:\S+ ){0,2}?(?:de|con) (?:\S+ ){0,3}?"
        r"(?:pastillas|pastis|medicamentos|cuchillas?|navajas?|cuchillos?|gillette|hojas de afeitar|munecas?|"
        r"cortes|cortadas|heridas|sangre|una soga|una cuerda)\b"
    ),
    "fr": (
        r"(?:picture|pictures|photos|video|story|snap) (?:\S+ ){0,2}?(?:de|d'|avec|des|du) ?(?:\S+ ){0,3}?(?:cachets|"
        r"medocs|medicaments|comprimes|lames?|rasoirs?|couteau|poignets?|coupures|blessures|sang|corde)\b"
    ),
    "pt": (
        r"(?:foto|fotos|picture|pictures|video|print|story|stories) (?:\S+ ){0,2}?(?:de|com|dos|das|do|da) (?:\S+ )"
        r"{0,3}?(?:remedios|comprimidos|pilulas|laminas?|giletes?|faca|estilete|pulsos?|cortes|machucados|"
        r"feridas|sangue|corda)\b"
    ),
    "de": (
        r"(?:foto|fotos|picture|pictures|bild|bilder|video|story|snap) (?:\S+ ){0,2}?(?:von|mit) (?:\S+ ){0,3}?"
        r"(?:tabletten|pillen|klingen?|rasierklingen?|messer|handgelenken?|pulsadern|schnitten|wunden|blut|seil|strick)\b"
    ),
    "it": (
        r"(?:foto|picture|pictures|video|storia|story|immagine) (?:\S+ ){0,2}?(?:di|con|dei|delle|del|della) (?:\S+ )"
        r"{0,3}?(?:pillole|pastiglie|lamette?|lama|coltello|rasoio|polsi|polso|tagli|ferite|sangue|corda)\b"
    ),
    "ru": (
        r"(?:фото|фотку|фотографию|видео|сторис|скрин|селфи|снимок) (?:\S+ ){0,2}?(?:таблет\w*|лезви\w*|бритв\w*|"
        r"нож\w*|запяст\w*|вен|порез\w*|раны|ранами|кров\w*|верев\w*|петл\w*)"
    ),
    "tr": (
        r"(?:jiletli|jilet|kanli|kesikli|hap|ilac|bilek) (?:\S+ )?(?:foto\w*|picture\w*|resim\w*|video\w*|"
        r"story\w*|hikaye\w*)|(?:foto\w*|picture\w*|resim\w*|video\w*) (?:\S+ )?(?:jilet|hap|ilac|kesik|bilek|kan)\w*"
    ),
    "pl": (
        r"(?:zdjecie|zdjecia|zdjeciem|fote|fotke|fotki|foto|picture|pictures|filmik|relacje|story|screen) "
        r"(?:\S+ ){0,3}?"
        r"(?:tabletek|tabletki|lekow|prochow|zyletk\w+|noza|nadgarstk\w+|zyl|ran|ranami|rany|ciec|krwi|"
        r"sznur\w*|petli)\b"
    ),
    "id": (
        r"(?:foto|poto|picture|pictures|video|story|sg|snapgram|ss|gambar) (?:\S+ ){0,2}?(?:obat\w*|pil|silet\w*|"
        r"cutter|pisau|pergelangan\w*|nadi\w*|luka\w*|sayatan\w*|darah|tali)\b"
    ),
    "ar": (
        r"(?:صوره|صور|فيديو|ستوري|سناب) (?:\S+ ){0,3}?(?:ل|لل|ال|بال)?(?:حبوب|شفر\S*|موس|امواس|سكين\S*|معصم\S*|"
        r"جروح\S*|دم|حبل)(?!\S)"
    ),
    "hl": (
        r"(?:photo|picture|pic|pics|video|story|status|snap|selfie) (?:\S+ ){0,2}?(?:goliyon|goliyan|goli|pills|"
        r"dawai|blade|chaaku|chaku|knife|kalai|wrist|nas|cuts|zakhm|khoon|rassi)\b|(?:goliyon|goliyan|pills|"
        r"blade|chaaku|kalai|wrist|cuts|zakhm|khoon) (?:\S+ ){0,2}?(?:ki|ka|wali|wala) (?:photo|picture|pic|"
        r"video|story|status|snap)\b"
    ),
    "hi": (
        r"(?:फोटो|फ़ोटो|तस्वीर|वीडियो|स्टोरी|स्टेटस) (?:\S+ ){0,2}?(?:गोलियों|गोलियां|गोलियाँ|दवाई|ब्लेड|चाकू|कलाई|"
        r"नस|कट|ज़ख्म|जख्म|खून|रस्सी)|(?:गोलियों|ब्लेड|चाकू|कलाई|ज़ख्म|जख्म|खून) (?:\S+ ){0,2}?(?:की|का|वाली|"
        r"वाला) (?:फोटो|फ़ोटो|तस्वीर|वीडियो|स्टोरी)"
    ),
    "zh": (
        r"(?:发|拍|晒)(?:了)?(?:一张|几张)?.{0,4}?(?:药|刀片|刀|手腕|伤口|血|绳子).{0,4}?(?:的)?(?:照片|图片|图|"
        r"视频)|(?:照片|图片|视频)(?:里|上)?.{0,4}?(?:药|刀片|手腕|伤口|血)"
    ),
}

# standing, sitting, alone at a place one falls or drowns from
PLACE = {
    "en": (
        r"(?:is|she's|he's|they're|standing|sitting|waiting|alone|currently|went) (?:\S+ ){0,2}?(?:at|on|by|near|"
        r"next to|to) (?:the |a )?(?:edge of (?:the |a )?)?(?:train tracks|railway tracks|railway|tracks|rails|"
        r"bridge|river|riverbank|canal|cliff|cliffs|roof|rooftop|ledge|overpass|top floor)\b"
    ),
    "es": (
        r"(?:esta|estaba|parada|parado|sentada|sentado|sola|solo|se fue) (?:\S+ ){0,2}?(?:en|junto a|al lado de|"
        r"cerca de|a la orilla de|al borde de|encima de|arriba de|a) (?:las |el |la |los |del )?(?:vias|puente|"
        r"rio|orilla del rio|azotea|techo|tejado|cornisa|acantilado|barranco|presa|canal)\b"
    ),
    "fr": (
        r"(?:est|se trouve|assise?|debout|seule?|partie?) (?:\S+ ){0,2}?(?:sur|au bord|pres|a cote|sous) (?:\S+ )"
        r"?(?:les |le |la |du |de la |des )?(?:voies|rails|pont|riviere|fleuve|seine|canal|toit|falaise|"
        r"rebord)\b"
    ),
    "pt": (
        r"(?:ta|esta|tava|estava|parada|parado|sentada|sentado|sozinha|sozinho|foi) (?:\S+ ){0,2}?(?:na|no|nos|"
        r"nas|em cima d[aoe]|perto d[aoe]|beira d[aoe]|pra|para) (?:\S+ )?(?:trilhos?|linha do trem|ponte|"
        r"viaduto|rio|telhado|laje|terraco|beirada|penhasco|represa)\b"
    ),
    "de": (
        r"(?:steht|sitzt|ist|wartet|allein|gerade|ging|gegangen) (?:\S+ ){0,2}?(?:an den|auf den|an der|auf der|"
        r"am|auf dem|bei den|bei der|zu den|zur|zum) (?:\S+ )?(?:gleisen|gleis|schienen|bahngleisen|brucke|"
        r"fluss|flussufer|kanal|dach|hochhaus|klippe|abgrund|gelander|bahnubergang|autobahnbrucke)\b"
    ),
    "it": (
        r"(?:e|sta|si trova|seduta|seduto|in piedi|da sola|da solo|andata|andato) (?:\S+ ){0,2}?(?:sui|sul|sulla|"
        r"vicino al|vicino ai|in riva al|sul bordo del|sopra il|al|ai) (?:\S+ )?(?:binari|ponte|fiume|tetto|"
        r"cornicione|terrazzo|scogliera|dirupo|canale)\b"
    ),
    "ru": (
        r"(?:стоит|сидит|находится|сеичас|одна|один|ушла|ушел|пошла|пошел) (?:\S+ ){0,2}?(?:на|у|возле|около|над|"
        r"к) (?:\S+ )?(?:рельсах|рельсам|рельсов|путях|путям|мосту|моста|мост|реке|реки|реку|крыше|крышу|краю|"
        r"обрыве|обрыва|карнизе|набережнои|железнои дороге|железке)"
    ),
    "tr": (
        r"(?:koprude|koprunun (?:ustunde|kenarinda|ucunda)|rayda|raylarda|raylarin (?:yaninda|ustunde|"
        r"kenarinda)|tren yolunda|catida|catinin (?:ucunda|kenarinda)|nehir kenarinda|nehrin kenarinda|dere "
        r"kenarinda|ucurumun (?:kenarinda|ucunda))"
    ),
    "pl": (
        r"(?:stoi|siedzi|jest|czeka|sama|sam|poszla|poszedl) (?:\S+ ){0,2}?(?:na|przy|nad|pod|obok|kolo) (?:\S+ )?"
        r"(?:torach|torami|torow|tory|moscie|mostem|mostu|most|rzece|rzeka|rzeki|dachu|dach|krawedzi|"
        r"wiaduktem|wiadukcie|urwisku|kanale)\b"
    ),
    "id": (
        r"(?:lagi|lg|sedang|sekarang|udah|berdiri|duduk|sendirian|pergi) (?:\S+ ){0,2}?(?:di|ke) (?:\S+ )?(?:rel|"
        r"jembatan|sungai|kali|pinggir sungai|atap|rooftop|pinggir jembatan|tebing|jurang|waduk|flyover)\b"
    ),
    "ar": (
        r"(?:واقفه|واقف|قاعده|قاعد|موجوده|موجود|هي|هو|راحت|راح) (?:\S+ ){0,2}?(?:علي|ع|عند|جنب|فوق|ب) ?"
        r"(?:ال)?(?:سكه|قطار|جسر|كوبري|نهر|نيل|سطح|حافه|جرف)(?!\S)"
    ),
    "hl": (
        r"(?:railway track|track|patri|patriyon|bridge|pul|nadi|river|chhat|terrace|pahad|cliff|canal|nahar) "
        r"(?:pe|par|ke paas|ke kinare|ke upar|kinare) (?:\S+ ){0,2}?(?:khadi|khada|baithi|baitha|hai|h|gayi|"
        r"gaya|pahunch)\w*"
    ),
    "hi": (
        r"(?:रेलवे ट्रैक|ट्रैक|पटरी|पुल|नदी|छत|पहाड़|नहर) (?:पर|पे|के पास|के किनारे|के ऊपर|किनारे) (?:\S+ ){0,2}?"
        r"(?:खड़ी|खड़ा|बैठी|बैठा|है|गई|गया|पहुंच)"
    ),
    "zh": (
        r"(?:在|站在|坐在|去了|到了|跑到|跑去)(?:了)?.{0,3}?(?:河边|江边|湖边|桥上|桥边|铁轨|轨道边|楼顶|天台|"
        r"悬崖|水库)"
    ),
}

# it is the end, ending it tonight, does not want to live any more, goodbye forever
ENDS = {
    "en": (
        r"(?:it is|this is|it's) the end\b(?! of (?:the |this )?(?:year|term|day|week|season|series|game|"
        r"movie|book|summer))|(?:can't|cannot|can not) (?:go on|do this|take it) (?:any ?more|anymore)|"
        r"(?:does not|doesn't|don't|do not) want to (?:live|be here|be alive|go on|exist)\b|wants? to die\b|"
        r"(?:she's|he's|she is|he is|they're) done with (?:life|everything|it all)|ending it (?:\S+ )?"
        r"(?:tonight|today|now)|i am ending it|bye forever|won't be (?:here|around|alive) (?:tomorrow|"
        r"anymore|much longer)|(?:last|final) (?:message|words|goodbye)"
    ),
    "es": (
        r"(?:es|este es|you es|sera) el (?:fin|final)\b(?! de(?:l)? (?:curso|ano|trimestre|semestre|partido|"
        r"juego|serie|libro))|se acabo todo|(?:you )?no (?:puede|aguanta) mas(?! con)|(?:you )?no quiere "
        r"(?:vivir|seguir viviendo|estar aqui|existir)|(?:quiere|se quiere) morir\b|(?:esta noche|hoy) "
        r"(?:lo )?(?:termina|acaba|termino|acabo) (?:todo|con todo)|adios para siempre|ultimo mensaje"
    ),
    "fr": (
        r"c'est (?:la )?fin\b(?! (?:de|des|du) )|(?:elle|il) (?:n'en )?peut plus|(?:ne )?veut plus vivre|veut "
        r"mourir|(?:ce soir|cette nuit) (?:\S+ )?(?:en finir|j'en finis|tout arreter)|adieu pour toujours|"
        r"dernier message"
    ),
    "pt": (
        r"(?:e|eh|que e|que eh|sera) o fim\b(?! (?:do|da|de) )|acabou tudo|(?:nao|why nao) (?:aguenta|consegue)"
        r" mais(?! (?:\S+ ){0,2}?(?:de|com|a|o|essa|esse))|(?:nao|why nao) quer mais viver|quer morrer|"
        r"(?:hoje|hj|essa noite) (?:\S+ )?(?:acaba|termina|acabo|termino) (?:com )?tudo|adeus (?:pra|para) "
        r"sempre|ultima mensagem"
    ),
    "de": (
        r"will nicht mehr(?: leben| weiterleben| da sein| hier sein)?(?= (?:und|was|ich|wir|er|sie|bitte|hilfe|"
        r"hat|schreibt|sagt|[.!?])\b| [.!?]| ?$)|kann nicht mehr(?= (?:und|was|ich|wir|bitte|hilfe|[.!?])\b|"
        r" [.!?]| ?$)|(?:das|es) ist (?:jetzt )?das ende\b|will sterben|lebt wohl|fur immer tschuss|letzte "
        r"nachricht"
    ),
    "it": (
        r"(?:e|sara) la fine\b(?! (?:della|del|dell'|di) )|non ce la fa piu|non vuole piu vivere|vuole morire|"
        r"(?:stanotte|stasera|oggi) la fa finita|farla finita|addio per sempre|ultimo messaggio"
    ),
    "ru": (
        r"(?:это|всему|всем) конец|больше не (?:может|хочет жить|вывозит|выдерживает)|не хочет (?:больше )?жить|"
        r"хочет умереть|хочет сдохнуть|(?:сегодня|этои ночью) (?:\S+ )?(?:все )?законч\w+|прощаите|последнее "
        r"сообщение"
    ),
    "tr": (
        r"(?:bu gece|bu aksam|bugun|yarin|artik) (?:\S+ )?(?:her seyi )?(?:bitiriyorum|bitirecegim|bitirecek\w*|"
        r"bitirecegini|bitiriyor)|her sey bitti|her seyi bitir\w+|yasamak istemiyor\w*|olmek istiyor\w*|artik "
        r"dayanamiyor\w*|son mesaj\w*"
    ),
    "pl": (
        r"to (?:juz )?koniec(?! \S*(?:roku|semestr|lekcj|film|serial|sezon|wakacj|ferii|tygodnia|dnia|meczu|gry|"
        r"zwiazk))|(?:juz )?nie chce (?:juz )?zyc|chce umrzec|(?:dzis|dzisiaj|tej nocy) (?:\S+ )?(?:to )?"
        r"(?:konczy|skonczy|zakonczy)\w*|zegnajcie|ostatni\w* wiadomosc\w*"
    ),
    "id": (
        r"(?:ini|udah|sudah) (?:yang )?terakhir|(?:udah|sudah) (?:ga|gak|nggak|tidak) kuat|(?:ga|gak|nggak|"
        r"tidak) (?:mau|pengen|ingin) hidup|(?:mau|pengen|ingin) mati|(?:malam ini|malem ini|hari ini) "
        r"(?:\S+ )?(?:selesai|berakhir|udahan)|selamat tinggal|pesan terakhir"
    ),
    "ar": (
        r"(?:هاي|هذي|هذه|دي|هادي) (?:ال)?نهايه|(?:ما|مش|مو) (?:بدها|بده|عايزه|عايز|تبي|يبي|تبغى|يبغى) (?:تعيش|"
        r"يعيش)|(?:بدها|عايزه|تبي|تبغى) تموت|(?:بده|عايز|يبي|يبغى) يموت|(?:ما|مش|مو) (?:قادره|قادر) "
        r"(?:تكمل|يكمل|تتحمل|يتحمل)|وداعا|اخر رساله"
    ),
    "hl": (
        r"(?:ab|aaj) (?:sab )?khatam|sab khatam|(?:jeena|jina) nahi (?:chahti|chahta)|nahi (?:jeena|jina)|"
        r"marna (?:chahti|chahta)|(?:aakhri|akhri|last) (?:baar|message|msg)|alvida"
    ),
    "hi": r"सब खत्म|सब ख़त्म|(?:जीना|जीने) नहीं (?:चाहती|चाहता)|मरना (?:चाहती|चाहता)|आखिरी बार|आख़िरी बार|अलविदा",
    "zh": r"不想活|想死|活不下去|撑不下去|最后一次|永别|再也不见|说了?再见|下辈子见",
}

# the stems a message must hold for the rule of its language to be tried (added to each _TX_*)
TEXTS = {
    "en": "plan|picture|photo|snap|selfie|video|story|tracks|rails|railway|bridge|river|canal|cliff|roof|ledge|"
          "overpass|top floor",
    "es": "picture|quitar|plan|despidiendo|despid|foto|video|imagen|captura|historia|story|selfie|vias|puente|rio|"
          "azotea|techo|tejado|cornisa|acantilado|barranco|presa|canal",
    "fr": "plan|picture|video|story|snap|voies|rails|pont|riviere|fleuve|seine|canal|toit|falaise|rebord",
    "pt": "picture|remedio|comprimido|pilula|medicamento|calmante|rivotril|mata|plano|despedindo|foto|video|print|"
          "story|selfie|trilho|linha do trem|ponte|viaduto|rio|telhado|laje|terraco|beirada|penhasco|represa",
    "de": "picture|plan|foto|bild|video|story|selfie|snap|gleis|schienen|brucke|fluss|kanal|dach|hochhaus|klippe|"
          "abgrund|gelander|bahnubergang",
    "it": "picture|uccide|ammazza|toglie la vita|la fa finita|piano|salut|foto|video|storia|story|selfie|immagine|"
          "binari|ponte|fiume|tetto|cornicione|terrazzo|scogliera|dirupo|canale",
    "ru": "план|фото|фотк|видео|сторис|скрин|селфи|снимок|рельс|путях|путям|мост|рек|крыш|краю|обрыв|карниз|"
          "набережн|железн",
    "tr": "picture|hayatina son|her seyi bitir|plan|foto|resim|video|story|hikaye|selfie|kopru|ray|tren yolu|cati|"
          "nehir|nehr|dere|ucurum",
    "pl": "picture|plan|zdjeci|fote|fotk|foto|filmik|relacj|story|selfie|screen|tor|most|rzek|dach|krawedzi|wiadukt|"
          "urwisk|kanale",
    "id": "picture|rencana|foto|poto|video|story|sg|snapgram|ss|gambar|rel|jembatan|sungai|kali|atap|rooftop|tebing|"
          "jurang|waduk|flyover",
    "ar": "تنتحر|بتقتل|ينتحر|بيقتل|بتموت|حبوب|حبات|دوا|ادويه|مسكنات|برشام|اقراص|خطه|صوره|صور|فيديو|ستوري|"
          "سناب|سكه|قطار|جسر|كوبري|نهر|نيل|سطح|حافه|جرف",
    "hl": "plan|photo|picture|pic|video|story|status|snap|selfie|track|patri|bridge|pul|nadi|river|chhat|"
          "terrace|pahad|cliff|canal|nahar",
    "hi": "प्लान|योजना|फोटो|फ़ोटो|तस्वीर|वीडियो|स्टोरी|स्टेटस|ट्रैक|पटरी|पुल|नदी|छत|पहाड़|नहर",
    "zh": "计划 打算 想好 照片 图 视频 河 江 湖 桥 铁轨 轨道 楼顶 天台 悬崖 水库",
}


def more(lang: str, who: str, acts: str, bye: str, unreach: str) -> dict[str, str]:
    """The tables of `lang` with this module's additions: the keyword arguments of
    `_acute` for the person, the acts, the goodbyes, the silence and the pairs."""
    return {
        "who": f"(?:{who}|{WHO[lang]})",
        "acts": f"{acts}|{ACTS[lang]}",
        "bye": f"{bye}|{BYE[lang]}" if lang in BYE else bye,
        "unreach": f"{unreach}|{UNREACH[lang]}",
        "sign": SIGN[lang],
        "place": PLACE[lang],
        "ends": ENDS[lang],
    }
