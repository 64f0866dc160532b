"""Implied undress requests aimed at the reader: what is *under* a piece of
clothing, or the clothing taken off for the writer (appended to `harm.RULES`
after harm_undress.py, whose conventions it follows: `sexual:request`,
hold).

Why: "ur so hot in ur pfp i wanna see what's under that hoodie 😏 send",
"bet you look better without the jacket, send one", "quiero ver qué hay
debajo de tu sudadera", "montre ce qu'il y a sous ton pull", "zeig mal was
unter deinem pulli ist", "покажи что у тебя под кофтой", "kapüşonlunun
altında ne var göster" name no body part and no nudity, so the nudity
rules (harm.py, harm_undress.py: underwear, "better without the shirt")
never see them.  Three shapes, in en es fr pt de it ru tr pl id hi:

* wanting to see what is under the reader's clothes: "let me see / show me /
  i want to see what's under your hoodie", or the bare question "what's
  under that hoodie" with a request after it ("... send", "... show me");
* the clothing taken off, lifted or unzipped *for the writer*: "take off the
  hoodie and send a pic", "lift up your shirt for me", "unzip the hoodie
  for me", "quítate la sudadera y mándame foto".  An outer piece (jacket,
  coat) only with a picture or a camera: "take off your jacket for me,
  dinner is ready" is a parent's;
* the reader better without an outer piece (jacket, coat, hoodie) with a
  picture asked for ("..., send one"; harm_undress.py holds the inner ones
  alone).

With a picture asked for (send, pic, snap, cam, foto, скинь, pap ...) the
hit also carries `grooming`.  What must pass: a guess at a pet or a thing
("what's under that hoodie? a cat? 😂", "let me see what's under your
hoodie, is it the new merch?"), everyday questions and stories ("what do
you wear under a hoodie when it's cold", "under the shirt there was a bee
sting"), clothes shown as clothes ("show me the shirt you bought", "show
me the hoodie you bought"), practical reasons ("take off your coat for me,
i'll hang it up", "take your hoodie off, it's boiling in here", a stuck zip,
lending it, "quítate la sudadera para mí que tengo frío") and reports,
which the frames excuse.  Photos of a thing stay with the grooming rules
("send a pic of your new hoodie" is theirs, not this module's).
"""

from __future__ import annotations

from .packs.hi._script import _DE, _r
from .rules import Rule, rule


def _off(head: str, garments: str, outer: str, tail: str, for_me: str, photo: str) -> str:
    """A piece taken off (lifted, unzipped) for the writer: `head` before the
    garment, `tail` after it, then a picture or camera (`photo`) or, not for
    an outer piece ("take off your coat for me" is a parent's), "for me"."""
    return (rf"{head}(?:{garments}{tail} (?:{photo})|(?!(?:{outer})\b){garments}{tail} "
            rf"(?:{for_me}))\b{_CHORE_LANGS}")


# a practical reason in the other languages: cold, lending it, washing it, a stuck zip
_CHORE_LANGS = (r"(?![^.!?]{0,40}\b(?:frio|prestar|prestas|presta|lavar|lavarla|cremallera|froid|prete|"
                r"preter|laver|fermeture|empresta|emprestar|ziper|kalt|leihen|leih|waschen|"
                r"reissverschluss|freddo|prestare|presti|prestami|lavare|zip|zipper|stuck|холодно|"
                r"одолжи|постирать|молния|soguk|odunc|yikamak|yikayayim|fermuar|zimno|pozycz|"
                r"wypiore|zamek|dingin|pinjam|pinjem|cuci|resleting|thand|udhaar|dho)\b)")

# -- en ----------------------------------------------------------------------------
_G_EN = (r"(?:hoodie|hoody|jumper|sweater|sweatshirt|jacket|coat|shirt|t shirt|tshirt|top|crop top|"
         r"tank top|skirt|dress|shorts|pants|trousers|jeans|towel|blanket|uniform|clothes|pjs|"
         r"pyjamas|pajamas|robe|dressing gown|vest|joggers|trackies|bra|tee)")
_OWN_EN = r"(?:your|ur|that|this|those|the)"
# a guess at a pet or a thing under it: "... a cat?", "... is it the new merch?"
_THING_EN = (r"(?![^.!]{0,30}\b(?:cat|kitten|dog|puppy|pet|hamster|bunny|rabbit|ferret|merch|logo|"
             r"print|design|band|label|tag|stain|sticker|wrapper|snack|food|phone|present|gift|cake)s?\b)")
# a practical reason: "take off your coat for me, i'll hang it up"
_CHORE_EN = (r"(?![^.!?]{0,40}\b(?:hang|hanging|wash|washing|dry|laundry|iron|fold|cold|wet|boiling|"
             r"warm|sew|fix|mend|try on|swap|borrow|doctor|nurse|rash|sting|bite|cut|bruise|"
             r"stitches|plaster|bandage|back|return|refund|shop|store|size|parcel|post office|zip|zipper|"
             r"stuck|broken|button|wear it|borrow|lend|try it on)\b)")
_OUTER_EN = r"jacket|coat|blazer|raincoat|scarf|hat|cap"
_FOR_ME_EN = r"for me|for us|and show|so i can see|and let me see|slowly"
_OFF_PHOTO_EN = (r"and send|on cam|on camera|on facetime|on video|then send|send|and snap|and take a "
                 r"picture|and take a selfie")
_PHOTO_EN = "send sned picture pictures photo photos snap cam camera facetime video selfie post"
_EN = (
    r"\b(?:see|show me|show us|show) what (?:is|you have|you got|you are hiding|you hide|is hiding|"
    r"you have got|lies|you are hiding) (?:under|underneath|beneath|inside) " + _OWN_EN + r" "
    + _G_EN + r"\b" + _THING_EN + r"|"
    r"\b(?:let me see|lemme see|show me|show us|can i see|i want to see|i wanna see) (?:under|"
    r"underneath|beneath|inside) " + _OWN_EN + r" " + _G_EN + r"\b" + _THING_EN + r"|"
    r"\bwhat (?:is|are you hiding|you hiding|do you have|you got|have you got|you have) (?:under|"
    r"underneath|beneath) (?:your|ur|that|this) " + _G_EN + r"\b" + _THING_EN
    + r"(?=[^.!]{0,40}\b(?:send|show|picture|pictures|snap|prove it|take it off|lift it|pull it "
    r"up|unzip|on cam)\b)|"
    + _off(r"\b(?:take off|remove|lift up|lift|pull up|pull down|unzip|open|drop|peel off|strip "
           r"off) (?:your|ur|that|the|this) ", _G_EN, _OUTER_EN, "", _FOR_ME_EN, _OFF_PHOTO_EN)
    + _CHORE_EN + "|"
    + _off(r"\b(?:take|pull|lift|get) (?:your|ur|that|the|this) ", _G_EN, _OUTER_EN,
           " (?:off|up|down)", _FOR_ME_EN, _OFF_PHOTO_EN) + _CHORE_EN + "|"
    + r"\b(?:look|be|looks|looking|would look) (?:\w+ ){0,2}?(?:better|hotter|sexier|cuter|fitter|nicer|"
    r"good|great) (?:without|with no|w o|minus) (?:the|that|your|ur|a|those) " + _G_EN
    + r"\b(?=[^.!?]{0,40}\b(?:send|show|picture|pictures|snap|prove it|post)\b)|"
    r"\b(?:send|show|snap)(?: me| us)? (?:one|a picture|a photo|proof|a selfie)(?: \S+){0,3}? "
    r"(?:without|with no|minus) (?:the|that|your|ur) " + _G_EN + r"\b"
)

# a pet or a thing looked for under it ("a ver qué hay debajo de esa sudadera, creo que está mi móvil")
_THING_LANGS = (r"(?![^.!]{0,40}\b(?:gato|gata|perro|perrito|movil|telefono|llaves|mando|cargador|chat|"
                r"chien|portable|cles|telecommande|chargeur|cachorro|celular|chaves|controle|"
                r"carregador|katze|hund|handy|schlussel|fernbedienung|ladekabel|gatto|cane|cellulare|"
                r"chiavi|telecomando|caricatore|logo|merch)\b)")

# -- es ----------------------------------------------------------------------------
_G_ES = (r"(?:sudadera|buzo|hoodie|camiseta|playera|remera|polera|camisa|chaqueta|chamarra|"
         r"campera|abrigo|jersey|sueter|sweater|falda|pollera|vestido|blusa|top|short|shorts|"
         r"pantalon|pantalones|ropa|toalla|pijama|uniforme)")
_OWN_ES = r"(?:tu|esa|ese|la|el|esta|este|tus)"
_ES = (
    r"\b(?:quiero ver|quisiera ver|dejame ver|deja ver|a ver|ensename|muestrame|mostrame|"
    r"ensenanos|mostranos|ensena) (?:lo )?(?:que|q|ke) (?:hay|tienes|escondes|llevas|traes|tenes)"
    r"(?: escondido)? (?:debajo de|bajo|abajo de|dentro de|por debajo de) " + _OWN_ES + r" "
    + _G_ES + r"\b" + _THING_LANGS + r"|"
    r"\b(?:quiero ver|dejame ver|ensename|muestrame) (?:debajo de|bajo) " + _OWN_ES + r" " + _G_ES
    + r"\b|"
    + _off(r"\b(?:quitate|sacate|levantate|subete|bajate|abrete|desabrochate) " + _OWN_ES + " ",
           _G_ES, r"chaqueta|chamarra|campera|abrigo", "",
           r"para mi|(?:y|why) (?:ensename|muestrame)",
           r"(?:y|why) (?:mandame|pasame|manda|envia|me mandas|sacate una foto)|por cam|en la cam|"
           r"en camara") + "|"
    + r"\b(?:te ves|te verias|estas|luces|quedas)(?: \w+){0,2}? (?:mejor|mas guapa|mas guapo|mas "
    r"sexy|mas buena|mas bueno|mas rica|mas rico) sin " + _OWN_ES + r" " + _G_ES
    + r"\b(?=[^.!?]{0,40}\b(?:manda|mandame|pasame|enviame|foto|picture)\b)"
)
_PHOTO_ES = ("manda mandame mandala pasame enviame envia foto fotos fotito picture selfie camara cam video "
             "videollamada snap")

# -- fr ----------------------------------------------------------------------------
_G_FR = (r"(?:pull|sweat|hoodie|t shirt|tshirt|tee shirt|haut|chemise|veste|blouson|manteau|jupe|"
         r"robe|short|pantalon|jean|vetements|serviette|debardeur|gilet|pyjama|uniforme)")
_OWN_FR = r"(?:ton|ta|ce|cette|le|la|tes|ces)"
_FR = (
    r"\b(?:montre|montre moi|montrez|fais voir|fais moi voir|je veux voir|j'veux voir|jveux voir|"
    r"laisse moi voir|je voudrais voir|tu me montres) ce (?:qu'il (?:y|why) a|qu'(?:y|why) a|que "
    r"t'as|que tu as|que tu caches|que tu portes|qui se cache|que cache) (?:sous|en dessous de|"
    r"dessous) " + _OWN_FR + r" " + _G_FR + r"\b" + _THING_LANGS + r"|"
    + _off(r"\b(?:enleve|retire|souleve|remonte|ouvre|baisse|enlevez) " + _OWN_FR + " ", _G_FR,
           r"veste|blouson|manteau|gilet", "", r"pour moi|et montre|et fais voir",
           r"et envoie|et envoi|en cam|a la cam|devant la cam|en facetime|et prends une photo")
    + "|"
    + r"\b(?:mieux|plus belle|plus beau|plus sexy|plus bonne|plus bg) sans " + _OWN_FR + r" " + _G_FR
    + r"\b(?=[^.!?]{0,40}\b(?:envoie|envoi|photo|picture|montre|snap)\b)"
)
_PHOTO_FR = "envoie envoi envoies photo photos picture snap cam camera facetime video selfie"

# -- pt ----------------------------------------------------------------------------
_G_PT = (r"(?:blusa|moletom|camiseta|camisa|casaco|jaqueta|saia|vestido|short|shorts|calca|roupa|"
         r"toalha|regata|top|cropped|blusinha|pijama|uniforme|agasalho|camisola)")
_OWN_PT = (r"(?:da|do|dessa|desse|de sua|de seu|de tua|de teu|de)(?: sua| seu| tua| teu)?")
_PT = (
    r"\b(?:quero ver|deixa eu ver|deixa ver|mostra|me mostra|mostre|me deixa ver|queria ver) o que "
    r"(?:tem|tu tem|voce tem|video call tem|ta|esta|voce esconde|tu esconde|tem escondido|voce ta "
    r"escondendo|tu ta escondendo) (?:debaixo|embaixo|por baixo|dentro) " + _OWN_PT + r" " + _G_PT
    + r"\b" + _THING_LANGS + r"|"
    + _off(r"\b(?:tira|tire|levanta|abre|abaixa|sobe) (?:a|o|essa|esse|sua|seu|tua|teu) ", _G_PT,
           r"casaco|jaqueta|agasalho", "", r"pra mim|para mim|e mostra",
           r"e manda|na cam|na camera|no video|e me manda|e tira foto|e envia") + "|"
    + r"\b(?:melhor|mais gostosa|mais gostoso|mais linda|mais lindo|mais gata|mais gato) sem (?:a|o|"
    r"essa|esse|sua|seu) " + _G_PT + r"\b(?=[^.!?]{0,40}\b(?:manda|mande|foto|picture)\b)"
)
_PHOTO_PT = "manda mande envia foto fotos fotinho picture selfie camera cam video chamada"

# -- de ----------------------------------------------------------------------------
_G_DE = (r"(?:pulli|pullover|hoodie|shirt|t shirt|tshirt|oberteil|top|jacke|rock|kleid|hose|shorts|"
         r"handtuch|klamotten|kleidung|sweatshirt|sweater|bademantel|schlafanzug|weste|mantel)")
_OWN_DE = r"(?:deinem|deiner|deinen|deine|dein|dem|der|den|die|das|diesem|dieser)"
_DE_ = (
    r"\b(?:zeig|zeig mal|zeig mir|zeigst du mir|ich will sehen|ich mochte sehen|ich will mal sehen|"
    r"lass mich sehen|lass mal sehen|lass sehen) (?:mal )?(?:mir )?was (?:du )?(?:da )?unter "
    + _OWN_DE + r" " + _G_DE + r"\b" + _THING_LANGS + r"|"
    + _off(r"\b(?:zieh|zieh mal|heb) " + _OWN_DE + " ", _G_DE, r"jacke|mantel|weste",
           " (?:aus|hoch|runter)", r"fur mich|und zeig",
           r"und schick|und mach ein foto|vor der kamera|vor der cam|im video") + "|"
    + r"\b(?:besser|heisser|geiler|hubscher|schoner|sexy|sexier) (?:aus )?ohne " + _OWN_DE + r" "
    + _G_DE + r"\b(?=[^.!?]{0,40}\b(?:schick|schicke|foto|bild|zeig|send)\b)"
)
_PHOTO_DE = "schick schicke send sende foto fotos bild bilder picture snap kamera cam video selfie"

# -- it ----------------------------------------------------------------------------
_G_IT = (r"(?:felpa|maglietta|maglia|camicia|giacca|giubbotto|giubbino|cappotto|gonna|vestito|"
         r"pantaloncini|pantaloni|asciugamano|top|canotta|maglione|pigiama|divisa|jeans|shorts)")
_OWN_IT = r"(?:la tua|il tuo|la|il|quella|quel|questa|questo|tua|tuo)"
_IT = (
    r"\b(?:fammi vedere|voglio vedere|mostrami|fai vedere|fammi vede|vorrei vedere) (?:cosa|che "
    r"cosa|quello che|cos'e che|che) (?:c'e|ce|hai|nascondi|porti|indossi|tieni) sotto "
    + _OWN_IT + r" " + _G_IT + r"\b" + _THING_LANGS + r"|"
    + _off(r"\b(?:togliti|levati|alza|alzati|apri|sfilati|abbassa) " + _OWN_IT + " ", _G_IT,
           r"giacca|giubbotto|giubbino|cappotto", "", r"per me|e fammi vedere",
           r"e mandami|e manda|in cam|in camera|in videochiamata|e fai una foto|e mandamela") + "|"
    + r"\b(?:meglio|piu bella|piu bello|piu figa|piu figo|piu sexy) senza " + _OWN_IT + r" " + _G_IT
    + r"\b(?=[^.!?]{0,40}\b(?:manda|mandami|mandamene|foto|picture)\b)"
)
_PHOTO_IT = ("manda mandami mandamela mandamene inviami foto fotina picture selfie cam camera video "
             "videochiamata snap")

# -- ru (й is read as и) ------------------------------------------------------------
_G_RU_I = (r"(?:кофтои|футболкои|толстовкои|худи|рубашкои|курткои|юбкои|платьем|одеждои|свитером|"
           r"маикои|полотенцем|кофточкои|пижамои|формои|шортами|штанами|джинсами|топом|блузкои)")
_G_RU_A = (r"(?:кофту|футболку|толстовку|худи|рубашку|куртку|свитер|маику|кофточку|пижаму|шорты|"
           r"штаны|джинсы|топ|блузку|юбку|платье)")
_RU = (
    r"\b(?:покажи|хочу увидеть|хочу посмотреть|даи посмотреть|покажешь|даи глянуть|хочу глянуть)"
    r" (?:мне )?(?:что|че|чего) (?:у тебя )?(?:там )?под (?:\S+ )?" + _G_RU_I + r"(?=\s|$|[.!?])|"
    + _off(r"\b(?:сними|снимешь|подними|задери|расстегни|стяни) (?:\S+ )?", _G_RU_A, r"куртку|пиджак",
           "", r"для меня|и покажи",
           r"и скинь|и пришли|и сфоткаи|и сфоткаися|на камеру|по видео|и отправь") + "|"
    + r"\bбез (?:\S+ )?(?:куртки|толстовки|худи|свитера|пиджака|кофты) (?:\S+ ){0,3}?(?:лучше|"
    r"красивее|горячее|сексуальнее)(?=[^.!?]{0,40}(?:скинь|пришли|фото|фотк))"
)
_PHOTO_RU = "скинь пришли отправь фото фотку фоточку сфоткаи сфоткаися камеру видео селфи скинешь"

# -- tr ----------------------------------------------------------------------------
_G_TR = (r"(?:kapusonlu\w*|tisort\w*|sweatshirt\w*|hirka\w*|ceket\w*|etek\w*|elbise\w*|gomleg\w*|"
         r"gomlek\w*|kazag\w*|kazak\w*|mont\w*|sort\w*|pantolon\w*|havlu\w*|pijama\w*)")
_TR = (
    r"\b" + _G_TR + r" (?:altinda|altini|altindakini|icinde|icindekini) (?:ne var |neler var |ne "
    r"sakliyorsun |olani )?(?:bana )?(?:goster|gostersene|gorelim|gormek istiyorum|gormek isterim|"
    r"gorebilir miyim)\b|"
    + _off(r"\b", _G_TR, r"ceket\w*|mont\w*", " (?:cikar|cikart|cikarsana|kaldir|kaldirsana|ac|acsana)",
           r"benim icin|bana goster|goster", r"da at|ve at|foto at|fotosunu at|kamerada|kameraya")
)
_PHOTO_TR = "at atsana gonder yolla foto fotograf fotosunu resim kamera kamerada kameraya goruntulu selfie"

# -- pl (ł is read as l) -------------------------------------------------------------
_G_PL_I = (r"(?:bluza|koszulka|kurtka|spodnica|sukienka|swetrem|ubraniem|recznikiem|topem|bluzka|"
           r"bluzeczka|spodniami|pizama|mundurkiem)")
_G_PL_A = (r"(?:bluze|koszulke|kurtke|sweter|spodnice|sukienke|top|bluzke|spodnie|szorty|pizame)")
_PL = (
    r"\b(?:pokaz|pokaz mi|chce zobaczyc|daj zobaczyc|chcialbym zobaczyc|chcialabym zobaczyc|"
    r"pokazesz) (?:mi )?co (?:masz|jest|ukrywasz|nosisz|chowasz) (?:tam )?pod (?:ta |tym |swoja |"
    r"swoim )?" + _G_PL_I + r"\b|"
    + _off(r"\b(?:zdejmij|zdejmiesz|podnies|podwin|rozepnij|sciagnij) (?:ta |swoja |te )?", _G_PL_A,
           "kurtke", "", r"dla mnie|i pokaz",
           r"i wyslij|i przeslij|na kamerce|na kamerze|i zrob zdjecie|i zrob fote|i podeslij")
)
_PHOTO_PL = "wyslij przeslij podeslij zdjecie fote fotke foto kamerce kamerze selfie snap"

# -- id ----------------------------------------------------------------------------
_G_ID = r"(?:hoodie|hodie|baju|kaos|kaus|jaket|rok|kemeja|sweater|switer|handuk|celana|seragam|piyama)\w*"
_ID = (
    r"\b(?:liatin|liat|tunjukin|tunjukkan|pengen liat|mau liat|kasih liat|lihatin|pengen lihat|mau "
    r"lihat) (?:dong |donk |aku |gue |gw )?(?:apa )?(?:yang )?(?:ada )?(?:di )?(?:balik|dalem|"
    r"dalam|bawah) " + _G_ID + r"|"
    + _off(r"\b(?:buka|lepas|lepasin|bukain|angkat|naikin|copot) ", _G_ID, r"jaket\w*",
           r"(?: dong| donk| dulu| deh)*", r"buat aku|buat gue|buat gw",
           r"terus kirim|trus kirim|terus pap|trus pap|pap|kirim|di cam|di video call|pas video call|"
           r"terus fotoin")
)
_PHOTO_ID = "kirim kirimin pap foto fotoin poto vc video cam selfie snap"

# -- hi: Hinglish and Devanagari -----------------------------------------------------
_G_HI = (r"(?:hoodie|shirt|tshirt|t shirt|kurti|kurta|top|jacket|sweater|kapde|kapda|dupatta|skirt|"
         r"frock|towel|jeans|pant)")
_HI = (
    r"\b" + _G_HI + r" (?:ke )?(?:neeche|niche|andar) kya (?:hai|chhupa hai|chupa hai|pehna hai|"
    r"pehni hai|chhupaya hai)(?: \S+)? (?:dikhao|dikha|dikha do|dikha de|dikhana|dekhna hai)\b|"
    r"\b(?:dikhao|dikha|dikha do|dikha de|dikhana|dekhna hai|mujhe dekhna hai) (?:\S+ )?" + _G_HI
    + r" (?:ke )?(?:neeche|niche|andar) kya (?:hai|chhupa)\b|"
    + _off(r"\b", _G_HI, "jacket", r" (?:utaar|utar|utaro|utaaro|nikaal|nikal|nikalo|upar karo|utha)"
           r"(?: ke| kar| do| kar ke)?", r"dikhao|dikha|mere liye",
           r"picture|photo|selfie|bhej|bhejo|video call pe|cam pe") + "|"
    + r"(?:हुडी|शर्ट|टीशर्ट|कुर्ती|टॉप|जैकेट|स्वेटर|कपड़े|कपड़ों) (?:के )?(?:नीचे|अंदर) क्या (?:है|छुपा "
    r"है)(?: \S+)? (?:दिखाओ|दिखा)" + _DE + r"|(?:हुडी|शर्ट|टीशर्ट|कुर्ती|टॉप|जैकेट|स्वेटर) "
    r"(?:उतार|उतारो)(?: \S+)? (?:फोटो|पिक|दिखाओ|भेजो)" + _DE
)
_PHOTO_HI = "bhej bhejo picture photo selfie video cam snap"
_PHOTO_HI_D = "फोटो पिक भेजो"



def _words(garments: str) -> str:
    """The garment words of an alternation, as triggers (every alternative of
    a language names a garment; the last word of "t shirt")."""
    return " ".join(dict.fromkeys(w.split()[-1] for w in garments.replace("(?:", "|").replace(")", "|")
                                  .split("|") if w.strip()))


# the picture words of each language (above) are plain words: one regex
# alternation and one fixed-width look-behind each
# per language: (pattern, picture words, triggers, second gate)
_UNDER: dict[str, tuple[str, str, str, str]] = {
    "en": (_EN, _PHOTO_EN, _words(_G_EN),
           "under underneath beneath inside off up down unzip without minus"),
    "es": (_ES, _PHOTO_ES, _words(_G_ES), "debajo bajo abajo dentro quitate sacate levantate subete "
                                          "bajate abrete desabrochate sin"),
    "fr": (_FR, _PHOTO_FR, _words(_G_FR), "sous dessous enleve retire souleve remonte ouvre baisse "
                                          "enlevez sans"),
    "pt": (_PT, _PHOTO_PT, _words(_G_PT), "debaixo embaixo baixo dentro tira tire levanta abre abaixa "
                                          "sobe sem"),
    "de": (_DE_, _PHOTO_DE, _words(_G_DE), "unter zieh heb ohne"),
    "it": (_IT, _PHOTO_IT, _words(_G_IT), "sotto togliti levati alza alzati apri sfilati abbassa senza"),
    "ru": (_RU, _PHOTO_RU, _words(_G_RU_I + _G_RU_A) + " куртки толстовки свитера пиджака кофты",
           "под сними снимешь подними задери расстегни стяни без"),
    "tr": (_TR, _PHOTO_TR, "altinda altini altindakini icinde icindekini cikar cikart cikarsana kaldir "
                           "kaldirsana ac acsana", ""),
    "pl": (_PL, _PHOTO_PL, _words(_G_PL_I + _G_PL_A), "pod zdejmij zdejmiesz podnies podwin rozepnij "
                                                      "sciagnij"),
    "id": (_ID, _PHOTO_ID, "balik dalem dalam bawah buka lepas lepasin bukain angkat naikin copot", ""),
}


def _with_picture(core: str, words: str, devanagari: str = "") -> str:
    """The request with a picture asked for after it, at its end ("... and
    send a pic", "... and send") or before it."""
    photo = r"\b(?:" + "|".join(words.split()) + r")\b"
    if devanagari:
        photo = "(?:" + photo + "|(?:" + "|".join(devanagari.split()) + ")" + _DE + ")"
    at_end = "|".join(f"(?<={w})" for w in (words + " " + devanagari).split())
    return rf"(?:{core})(?:(?=.*?{photo})|{at_end})|{photo}.*?(?:{core})"


RULES: list[Rule] = [
    *(rule("sexual:request", "sexual", triggers, core, requires=gate)
      for core, _, triggers, gate in _UNDER.values()),
    *(rule("sexual:request", ("sexual", "grooming"), triggers, _with_picture(core, photo),
           requires=gate)
      for core, photo, triggers, gate in _UNDER.values()),
    _r("sexual:request", "sexual", "neeche niche andar utaar utar utaro utaaro nikaal nikal nikalo upar "
       "utha नीचे अंदर उतार उतारो", _HI, quoted=False),
    _r("sexual:request", ("sexual", "grooming"), "neeche niche andar utaar utar utaro utaaro nikaal "
       "nikal nikalo upar utha नीचे अंदर उतार उतारो",
       _with_picture(_HI, _PHOTO_HI, _PHOTO_HI_D), quoted=False),
]
