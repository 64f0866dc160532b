"""Hiding fresh self-injury: sleeves, bracelets or make-up over new marks.

Why: unseen data showed "long sleeves in june again, the new ones are still
healing" passing every rule: it names no act, no scar and no blade.  What
makes it a disclosure is a **cover** (long sleeves or a hoodie in the heat,
bracelets, foundation or concealer, plasters, hiding or covering, "so nobody
sees", no swimming / no shorts) together with **fresh marks** (new or fresh
cuts, marks, lines, scratches; "the new ones" that are still healing, red,
not healed yet; yesterday's ones) in one message, either order.

The cues alone are everyday: long sleeves because it is cold, new bracelets,
a scraped knee that is still healing.  A pair with its ordinary cause named
anywhere in the message - a tattoo or piercing, surgery or stitches, a sport
injury or a fall, sunburn, bites, spots, a pet's scratch, the cold - is
excused by `frames_healing.py`.  "The new ones" counts only with a state of
healing or a cover verb, so "a hoodie, the new ones from h&m are so comfy"
has no fresh cue.  Patterns run on the phrase form; Chinese on the
normalised text; Devanagari without a trailing \\b; Arabizi through `az`.
"""

from __future__ import annotations

from .packs.ar._script import az
from .rules import Rule, rule
from .selfharm_eating import _pair
from .selfharm_eating_more import _raw_pair

_COVER_EN = (
    r"(?:long sleeves?|long sleeved|sleeves|hoodie|hoody|jumper|sweater|cardigan|jacket|bracelets?|"
    r"wristbands?|sweatbands?|foundation|concealer|makeup|make up|plasters?|band ?aids?|bandages?|"
    r"watch strap|(?:my|a) watch|watches|(?:hide|hiding|hid|cover|covering|covered|conceal|concealing) "
    r"(?:them|it|the|my|up)|"
    r"so (?:no one|nobody|noone|no1|people|they|mum|mom|my (?:mum|mom|parents|dad)) (?:can |will |does "
    r"not |doesnt )?(?:see|sees|notice|notices|ask|asks)|(?:can not|cannot|cant|will not|wont) (?:wear|"
    r"go) (?:shorts|a t shirt|short sleeves|a swimsuit|a dress|a skirt|swimming|to the pool)|no "
    r"(?:swimming|pool|shorts|pe|short sleeves) (?:for me|till|until|this)|(?:got|get|getting|skipped|skip|"
    r"skipping|sat|sit) out (?:of )?(?:swimming|pe|the pool))"
)
_FRESH_EN = (
    r"(?:(?:new|fresh) (?:cuts|marks|lines|scratches|scars|wounds|scabs)|fresh ones|(?:new|fresh|latest)"
    r" ones (?:are|r|is|were) (?:still|too|so|really) (?:healing|red|raw|fresh|obvious|visible|"
    r"noticeable|deep|open|sore|scabbed)|(?:new|fresh) ones (?:have not|are not|still|keep|will not|"
    r"need)|(?:hide|hiding|cover|covering|see|sees|notice|notices|show|showing) (?:the |my )?(?:new|"
    r"fresh) ones|(?:they are|they're|theyre|its|it is|still) (?:still )?(?:healing|scabbed|raw|"
    r"bleeding)|(?:are not|arent|not|have not) (?:healed|healing)(?: yet| up)?|(?:yesterdays|last "
    r"nights) ones|the ones from (?:yesterday|last night))"
)

# es pt fr de it
_COVER_ROM = (
    r"(?:mangas? largas?|sudadera|buzo|chaqueta|pulseras?|munequeras?|base|maquillaje|corrector|tiritas|"
    r"curitas|(?:tapar|tapo|tape|esconder|escondo|cubrir|cubro|taparme) (?:los|las|mis)|para que (?:nadie|"
    r"no) (?:vea|vean|se vea|se note)|(?:no puedo ir a|sin) (?:la )?piscina|shorts|con las mangas|"
    r"manga (?:comprida|longa)|moletom|casaco|pulseiras?|maquiagem|corretivo|curativos?|(?:esconder|"
    r"escondo|cobrir|cubro|esconderem?) (?:os|as|meus|minhas)|pra ninguem ver|(?:nao vou|nao posso ir) "
    r"na piscina|usar short|com a manga|"
    r"manches longues|sweat|pull|gilet|bracelets?|fond de teint|maquillage|pansements?|(?:cacher|cache|"
    r"cachent|camoufler|couvrir) (?:les|mes)|pour que personne (?:ne )?(?:voie|voit)|pas de (?:piscine|"
    r"short)|mes manches|"
    r"langarm|armeln|hoodie|pulli|pullover|armbander|make up|pflaster|verdecke\w*|verstecke\w*|"
    r"uberschmink\w*|damit (?:keiner|niemand|man)|kein schwimmen|keine kurze hose|"
    r"maniche lunghe|manica lunga|felpa|braccialett\w+|fondotinta|trucco|cerotti|(?:coprire|copro|"
    r"coprono|nascondere|nascondo) (?:i|le|quelli|quelle)|cosi nessuno|niente (?:piscina|pantaloncini)|"
    r"sotto le maniche)"
)
_FRESH_ROM = (
    r"(?:(?:cortes|rasgunos|aranazos) nuevos|marcas nuevas|(?:los|las) nuev[oa]s|(?:todavia|aun|you) no "
    r"(?:cierran|se curan|se curaron|sanan)|siguen (?:rojos|rojas|abiertos|frescas|frescos)|se curen "
    r"los nuevos|los de ayer|"
    r"(?:cortes|arranhoes) novos|marcas novas|(?:os|as) nov[oa]s|ainda (?:estao|tao|to|esta|ta) "
    r"(?:cicatrizando|vermelh[oa]s|frescas|frescos|abertos)|ainda nao (?:cicatrizaram|sararam|"
    r"fecharam)|os novos (?:sararem|cicatrizarem)|os de ontem|"
    r"les nouvelles|les nouveaux|nouvelles (?:coupures|marques|griffures)|(?:cicatrisent|guerissent) "
    r"(?:toujours |encore )?pas|(?:toujours|encore) (?:rouges|fraiches|ouvertes)|pas encore (?:gueri|"
    r"cicatris)\w*|celles d'hier|toutes fraiches|"
    r"die neuen|neuen (?:schnitte|spuren|kratzer|narben)|neue (?:schnitte|spuren|kratzer)|heilen noch|"
    r"noch nicht verheilt|(?:noch|ganz) (?:rot|frisch|offen)|die von gestern|verheilt sind|"
    r"quelli nuovi|quelle nuove|(?:tagli|segni|graffi) nuovi|ancora guarendo|non (?:sono )?ancora "
    r"guarit\w|ancora (?:rossi|rosse|freschi|fresche|aperti)|quelli di ieri|non guariscono)"
)
# ru tr pl id, Hinglish, Arabic
_COVER_OTH = (
    r"(?:длинн\w+ рукав\w*|рукав\w*|толстовк\w+|кофт\w+|худи|браслет\w*|тональн\w+|замаз\w+|прикрыва\w+|"
    r"прячу|прятать|скрываю|пластыр\w+|чтобы никто не (?:видел|увидел|заметил)|чтобы не было видно|"
    r"никакого бассейна|никаких шорт|"
    r"uzun kollu|kapsonlu|hirka|ceket|bileklik\w*|fondoten|makyaj\w*|kapatici|yara band\w+|kapat\w+|"
    r"gizle\w*|sakla\w*|kimse gormesin|havuz yok|sort yok|"
    r"dlugi rekaw|dlugim rekawie|dlugie rekawy|rekaw\w*|bluz\w*|kurtk\w*|bransoletk\w*|podklad\w*|"
    r"makijaz\w*|plastr\w*|zakryw\w+|zakryc|chowac|chowam|zeby nikt nie|zadnego basenu|zadnych "
    r"szortow|"
    r"lengan panjang|hoodie|jaket|sweater|gelang|foundation|makeup|plester|nutupin|tutupin|sembunyiin|"
    r"ngumpetin|biar ga ada yang|(?:ga|gak|nggak) renang|celana pendek|"
    r"full sleeves|poori baazu|bracelets?|kangan|chhupa\w*|chupa\w*|taaki koi|swimming nahi|"
    r"اكمام طويله|كم طويل|هودي|جاكيت|اساور|كريم اساس|مكياج|بالمكياج|اخبي|بخبي|بغطي|بتغطي|اغطي|عشان "
    r"(?:محد|ما حدا) يشوف|ما في مسبح)"
)
_FRESH_OTH = (
    r"(?:нов\w+ (?:порез\w*|след\w*|царапин\w*|полос\w*)|новые (?:ещ[её] )?(?:заживают|не заживут|не "
    r"зажили)|не было видно новых|прятать новые|(?:ещ[её]) (?:свежие|не зажили|заживают|красные)|"
    r"вчерашние|"
    r"yeniler\w*|yenileri|yeni (?:kesik|iz|cizik)\w*|(?:hala|daha) iyilesmedi|iyilesene kadar|hala "
    r"(?:taze|kirmizi)|dunkuler|"
    r"nowe (?:ciecia|slady|rany|zadrapania|kreski|jeszcze|sie)|nowych (?:ciec|sladow|ran)|(?:zakryc|"
    r"chowac|zakrywam|chowam) nowe|swieze|wczorajsze|(?:jeszcze )?sie nie zagoil\w+|"
    r"yang baru (?:masih|belum|sembuh|di)|(?:nutupin|tutupin|sembunyiin|ngumpetin) (?:bekas )?yang "
    r"baru|(?:luka|goresan|bekas) baru|masih baru|belum sembuh|yang kemarin masih|"
    r"naye (?:wale|cuts|nishaan|nishan)|(?:abhi|abhi bhi) (?:bhare|bhari) nahi|taaze|kal wale|"
    r"الجديده|الجداد|(?:لسا|لسه) ما طابت|(?:لسا|لسه) جديده)"
)
_COVER_AZ = az(r"(?:akmam tawile|kom tawil|hoodie|asawer|a5abi|ghatti|3ashan ma7ad yshoof)")
_FRESH_AZ = az(r"(?:el jdide|lsa ma tabet|jro7 el jdide)")

_COVER_HI = r"(?:पूरी (?:बाँह|बांह)|फुल स्लीव|हुडी|स्वेटर|कंगन|ब्रेसलेट|फाउंडेशन|छुपा|छिपा|ताकि कोई)"
_FRESH_HI = r"(?:नए (?:वाले|कट|निशान)|भरे नहीं|ताज़े|ताजे)"
_COVER_ZH = r"(?:长袖|卫衣|外套|手链|手环|粉底|遮瑕|创可贴|袖子|遮|藏|免得别人看到|不能去游泳|不能穿短裤|不敢穿短袖)"
_FRESH_ZH = (
    r"(?:新的(?:还没|还在|伤|疤|口子|印子|没好)|新划的|新伤|还没(?:好|愈合|长好)|还红着|还是新的|昨天的还|"
    r"(?:遮|藏)新的|把新的)"
)

RULES: list[Rule] = [
    rule("self_harm:injury", "self_harm",
         "long sleeves sleeve sleeved hoodie hoody jumper sweater cardigan jacket bracelet bracelets "
         "wristband wristbands sweatbands foundation concealer makeup make plasters plaster band bandaid "
         "bandaids bandages watch watches hide hiding hid cover covering covered conceal concealing so cannot got "
         "get getting skipped skip skipping sat sit "
         "cant can will wont no",
         _pair(_COVER_EN, _FRESH_EN), framed="generic",
         requires="new fresh latest healing scabbed raw bleeding healed yesterdays nights yesterday "
         "night"),
    rule("self_harm:injury", "self_harm",
         "manga mangas sudadera buzo chaqueta pulsera pulseras munequeras base maquillaje corrector "
         "tiritas curitas tapar tapo tape esconder escondo cubrir cubro taparme para no sin shorts con "
         "moletom casaco pulseira pulseiras maquiagem corretivo curativo curativos cobrir esconderem pra "
         "nao usar manches sweat pull gilet bracelet bracelets fond maquillage pansement pansements "
         "cacher cache cachent camoufler couvrir pour pas mes langarm armeln hoodie pulli pullover "
         "armbander make pflaster verdecke verdecken versteckt verstecken verstecke uberschminke "
         "uberschminken damit kein keine maniche manica felpa braccialetti braccialetto fondotinta "
         "trucco cerotti coprire copro coprono nascondere nascondo cosi niente sotto",
         _pair(_COVER_ROM, _FRESH_ROM), framed="generic",
         requires="nuevos nuevas cierran curan curaron sanan siguen ayer novos novas ainda sararem "
         "cicatrizarem ontem nouvelles nouveaux cicatrisent guerissent rouges fraiches ouvertes gueri "
         "guerie gueries gueris cicatrise cicatrisee cicatrisees cicatrises hier neuen neue heilen "
         "verheilt rot frisch offen gestern nuovi nuove guarendo guarita guarite guariti guarito rossi "
         "rosse freschi fresche aperti ieri guariscono"),
    rule("self_harm:injury", "self_harm",
         "длинные длинный длинном рукав рукава рукавами толстовке толстовка кофта кофте худи браслеты "
         "тональником тональник тональным замазала замазываю замазать прикрывают прикрываю прячу "
         "прятать скрываю пластырь пластыри чтобы никакого никаких uzun kapsonlu hirka ceket bileklik "
         "bileklikler fondoten makyajla makyaj kapatici yara kapatiyor kapatiyorum gizlemek "
         "gizliyorum saklamam sakliyorum kimse havuz sort dlugi dlugim dlugie rekaw rekawy rekawami "
         "bluza bluzie kurtka bransoletki podklad makijazem plastry zakrywaja zakrywam zakryc chowac "
         "chowam zeby zadnego zadnych lengan hoodie jaket sweater gelang foundation makeup plester "
         "nutupin tutupin sembunyiin ngumpetin biar ga gak nggak celana full poori bracelets bracelet "
         "kangan chhupa chupa chhupane chupane taaki swimming اكمام كم هودي جاكيت الاساور اساور كريم "
         "مكياج بالمكياج اخبي بخبي بغطي بتغطي اغطي عشان ما akmam kom asawer a5abi ghatti 3ashan",
         _pair(_COVER_OTH, _FRESH_OTH) + "|" + _pair(_COVER_AZ, _FRESH_AZ), framed="generic",
         requires="новые новых новую новыми новый новая новое свежие заживают зажили заживут красные "
         "вчерашние yeniler yenileri yenilerini yenilerin yeni iyilesmedi iyilesene taze kirmizi dunkuler "
         "nowe nowych swieze wczorajsze goja zagoja zagoily zagoila zagoilo zagoil baru sembuh kemarin "
         "naye taaze bhare bhari kal الجديده الجداد طابت جديده jdide tabet"),
    rule("self_harm:injury", "self_harm", "पूरी फुल हुडी स्वेटर कंगन ब्रेसलेट फाउंडेशन छुपा छिपा ताकि",
         _raw_pair(_COVER_HI, _FRESH_HI, 60), framed="generic"),
    rule("self_harm:injury", "self_harm",
         "长袖 卫衣 外套 手链 手环 粉底 遮瑕 创可贴 袖子 遮 藏 免得 不能去游泳 不能穿短裤 不敢穿短袖",
         _raw_pair(_COVER_ZH, _FRESH_ZH, 20), framed="generic"),
]
