"""Sarcastic put-downs of a third person's looks or worth in ru, tr, pl, id,
and sarcastic praise followed by an insult to the reader in it, es, pt, fr
(appended to `harm.RULES`; English and the reasons: `harm_sarcasm_third.py`;
es fr pt de it: `harm_sarcasm_third_langs.py`).

* mirrors exist: "кто-нибудь скажите ему, что зеркала существуют", "biri
  ona aynaların var olduğunu söylesin", "niech ktoś mu powie, że lustra
  istnieją", "ada yang kasih tau dia kalo kaca itu ada"; "у неё дома нет
  зеркала?", "evinde ayna yok mu", "czy ona nie ma lustra", "emang dia ga
  punya kaca";
* the outfit that was "a good idea": "она реально думала, что этот наряд
  хорошая идея", "gerçekten o kıyafetin iyi fikir olduğunu sandı", "ona
  serio myślała, że ten strój to dobry pomysł", "dia beneran ngira outfit
  itu bagus" (the third-person verb, or "dia" - "aku ngira" is the writer);
* mock bravery: "смело выходить с таким лицом", "o suratla dışarı çıkmak
  cesaret ister", "odważnie z jej strony pokazać taką twarz", "berani
  banget keluar pake muka kayak gitu";
* mock pity: "бедняжка, так старается быть крутым", "zavallı, havalı olmak
  için çok uğraşıyor", "kendini çok havalı sanıyor", "biedak, tak się
  stara być fajny", "kasian, dia usaha banget biar keliatan keren";
* praise, then "you look like" / "you are" and an insulting noun:
  "complimenti, sembri un cesso", "felicidades, pareces un payaso",
  "parabéns, você parece um palhaço", "félicitations, tu ressembles à un
  clown" - the praise is the sarcasm, the noun the insult (the nouns alone,
  "sembri un cesso", are not caught by the insult rules).

What must pass: sincere praise ("complimenti, sembri una principessa",
"felicidades, pareces muy feliz"), the writer ("я реально думала, что этот
наряд хорошая идея", "aku beneran ngira outfit itu bagus"), mirrors as
things, sincere pity ("бедняжка, она заболела") and reports (the frames).

Matched against `Prepared.plain` (accents stripped, Russian "й" as "и",
Turkish "ı" as "i", Indonesian "ya" read as "you").
"""

from __future__ import annotations

from .rules import Rule, rule

_CLOTHES_RU = (r"(?:наряд|прикид|образ|прическа|прическу|стрижка|стрижку|макияж|платье|аутфит|лук|"
               r"шмотки|одежда|кофта|юбка|брови|челка|фотка|фото|видео|танец|песня)")
_TRAIT_RU = (r"(?:крутым|крутои|смешным|смешнои|популярным|популярнои|взрослым|взрослои|классным|"
             r"класснои|своим|своеи|красивым|красивои|интересным|интереснои|модным|моднои|"
             r"крутои|крутая|смешнои|смешная|красивыи|красивая|популярныи|популярная|звезда|"
             r"звездои|главным|главнои)")
_TRAIT_TR = (r"(?:havali|komik|cool|populer|guzel|yakisikli|karizmatik|sempatik|eglenceli|zeki|akilli|"
             r"bir sey|birsey|bisey|ana karakter|tatli|buyuk|olgun|delikanli|kral|kralice)")
_TRAIT_PL = (r"(?:fajn[yaie]|cool|zabawn[yaie]|popularn[yaie]|dorosl[yaie]|modn[yaie]|spoko|ladn[yaie]|"
             r"przystojn[yaie]|interesujac[yaie]|wyjatkow[yaie]|gwiazda|najlepsz[yaie])")
_TRAIT_ID = (r"(?:keren|lucu|kece|gaul|populer|cakep|ganteng|cantik|asik|asyik|cool|dewasa|jago|"
             r"pinter|pintar|paling (?:keren|lucu|cakep|ganteng|cantik))")
# insulting nouns after "you look like" / "you are" (it es pt fr)
_NOUN_IT = (r"(?:cesso|pagliaccio|scimmia|maiale|maiala|balena|mucca|scemo|scema|idiota|cretino|"
            r"cretina|fallito|fallita|sfigato|sfigata|zombie|mostro|troll|barbone|rospo|ciccione|"
            r"cicciona|cadavere|babbuino|spaventapasseri|deficiente|coglione|buffone)")
_NOUN_ES = (r"(?:payaso|payasa|mono|mona|cerdo|cerda|ballena|vaca|idiota|imbecil|zombi|zombie|"
            r"monstruo|sapo|rata|orco|troll|fracasado|fracasada|perdedor|perdedora|gorila|mamarracho|"
            r"adefesio|espantapajaros|cadaver|bobo|boba|tonto|tonta|pringado|pringada|payasete|"
            r"hipopotamo|chimpance)")
_NOUN_PT = (r"(?:palhaco|palhaca|macaco|macaca|porco|porca|baleia|vaca|idiota|imbecil|zumbi|monstro|"
            r"sapo|rato|orc|troll|fracassado|fracassada|perdedor|perdedora|gorila|espantalho|cadaver|"
            r"bobo|boba|otario|otaria|lixo|hipopotamo|bosta|trouxa)")
_NOUN_FR = (r"(?:clown|singe|cochon|baleine|vache|thon|boudin|idiot|idiote|abruti|abrutie|zombie|"
            r"monstre|crapaud|rat|orque|troll|rate|ratee|loser|cadavre|epouvantail|guignol|bouffon|"
            r"bouffonne|hippopotame|chimpanze|debile|teubé|teube)")

RULES: list[Rule] = [
    # -- mirrors exist ------------------------------------------------------------------------
    rule("bullying:insult", "bullying", "зеркала зеркало зеркал зеркалу aynalarin ayna aynanin "
         "aynasi lustra lustro lustrze kaca cermin",
         r"(?:ему|еи|им|нему|неи)\b[^.!?]{0,15}?(?:что )?зеркала (?:существуют|есть|изобрели)|"
         r"у (?:нее|него|них) (?:что )?(?:дома )?(?:нет|не было) зеркала|"
         r"(?:подарите|купите|подари|купи) (?:ему|еи|им) зеркало|"
         r"\b(?:ona|onlara)\b[^.!?]{0,10}?\b(?:aynalarin|aynanin) (?:var oldugunu|icat edildigini) "
         r"(?:soylesin|soylesene|anlatsin|desin|soyleyin|hatirlatsin)\b|"
         r"\b(?:evinde|evlerinde) (?:hic )?ayna (?:yok mu|yokmu)\b|"
         r"\bona (?:bir )?ayna (?:alin|alsin|hediye edin|hediye etsin)\b|"
         r"\b(?:mu|jej|im)\b (?:powie|powiedzcie|powiedz|przypomni|przypomnijcie)\b[^.!?]{0,6}?"
         r"\b(?:ze )?(?:lustra|lustro) (?:istnieja|istnieje)\b|"
         r"\b(?:czy|chyba|serio) (?:ona|on|oni) nie (?:ma|maja|posiada) lustra\b|"
         r"\bkupcie (?:mu|jej|im) lustro\b|"
         r"\b(?:kasih tau|kasi tau|kasih tahu|kasitau|bilangin|bilang ke|kabarin|ingetin)\b "
         r"(?:dia|mereka|doi|\w+)\b[^.!?]{0,8}?\b(?:kalo|kalau|bahwa|klo) (?:kaca|cermin) (?:itu )?"
         r"(?:ada|exist|beneran ada)\b|"
         r"\b(?:apa|emang|emangnya|kayaknya|kyknya) (?:dia|mereka|doi) (?:ga|gak|nggak|tidak|ngga|gk) "
         r"(?:punya|pernah liat|pernah lihat|pernah ngaca) (?:kaca|cermin)?\b"),
    # -- the outfit that was "a good idea" ----------------------------------------------------
    rule("bullying:insult", "bullying", "думала думал думали решила решил считала считал",
         r"(?:она|он|они) (?:реально |правда |серьезно |всерьез |действительно |и правда |на полном "
         r"серьезе )(?:думала|думал|думали|решила|решил|решили|считала|считал) (?:реально |правда |"
         r"всерьез )?(?:что )?(?:этот|эта|это|ее|его|такои|такая|такое|эту|свои|свою) " + _CLOTHES_RU
         + r" (?:это )?(?:хорошая идея|норм|нормальныи|нормальная|нормально|красивыи|красивая|"
         r"красиво|ему идет|еи идет|идет|классныи|классная|стильныи|стильная|стильно|круто|крутои)"),
    rule("bullying:insult", "bullying", "sandi dusundu zannetti saniyor dusunuyor zannediyor",
         r"\b(?:gercekten |cidden |harbiden |ciddi ciddi )?(?:o |bu |su )?(?:kiyafetin|kiyafetinin|"
         r"kombinin|sacinin|sac kesiminin|makyajinin|elbisenin|tarzinin|outfitin|dansinin|sarkisinin)"
         r" (?:iyi (?:bir )?fikir|guzel|havali|sik|hos|cool|mukemmel|harika) (?:oldugunu|durdugunu)"
         r" (?:sandi|dusundu|zannetti|saniyor|dusunuyor|zannediyor|sanmis|zannetmis)\b"),
    rule("bullying:insult", "bullying", "myslala myslal myslaly sadzila sadzil uwazala uwazal",
         r"\b(?:(?:ona|on|oni) )?(?:serio |naprawde |na serio |powaznie )?(?:myslala|myslal|myslaly|"
         r"mysleli|sadzila|sadzil|uwazala|uwazal) (?:serio |naprawde )?(?:ze )?(?:ten|ta|to|te|jej|jego)"
         r" (?:stroj|ciuchy|fryzura|fryzure|makijaz|sukienka|sukienke|outfit|look|ubranie|bluzka|"
         r"spodnie|grzywka|zdjecie|taniec|piosenka) (?:to |jest |byl |byla |bylo |bedzie )?(?:(?:dobry|"
         r"swietny) pomysl|ladn[ya]|fajn[ya]|modn[ya]|spoko|dobra|dobry)\b",
         requires="serio naprawde powaznie"),
    rule("bullying:insult", "bullying", "ngira kira mikir pikir nganggep anggap ngerasa",
         r"\b(?:dia|mereka|doi|tuh anak|anak itu|si \w+) (?:beneran|serius|bener bener|bener2|"
         r"beneran deh|kayaknya) (?:ngira|kira|mikir|pikir|nganggep|anggap|ngerasa) (?:kalo |kalau |"
         r"bahwa )?(?:outfit|baju|bajunya|gaya|gayanya|rambut|rambutnya|potongan rambut|makeup|make "
         r"up|dandanan|dandanannya|pakaian|pakaiannya|jogetnya|suaranya)(?:nya)? (?:itu |dia |nya )?"
         r"(?:bagus|keren|cakep|cantik|oke|ok|ide bagus|cocok|kece|lucu)\b"),
    # -- mock bravery with a looks object -----------------------------------------------------
    rule("bullying:insult", "bullying", "смело смелая смелыи храбро отважно смелость cesaret cesur "
         "cesurca odwazn odwaznie odwazna odwazny odwagi berani",
         r"(?:смело|смелая|смелыи|храбро|отважно|нужна смелость|надо иметь смелость)[^.!?]{0,30}?"
         r"(?:с таким лицом|с этим лицом|с такои рожеи|в таком виде|в этом наряде|в таком наряде|"
         r"такое лицо|такую рожу|с такои прическои)|"
         r"\b(?:o|bu|oyle|boyle) (?:suratla|yuzle|kiyafetle|kilikla|sacla|kafayla)\b[^.!?]{0,30}?"
         r"\b(?:cesaret ister|cesaret|cesur|cesurca)\b|"
         r"\b(?:cesur|cesaret)\w*\b[^.!?]{0,20}?\b(?:o|bu|oyle) (?:suratla|yuzle|kiyafetle|kilikla)\b|"
         r"\b(?:odwaznie|odwazna|odwazny|trzeba miec odwage|ile odwagi)\b[^.!?]{0,30}?\b(?:z (?:taka|ta) "
         r"twarza|taka twarz|w tym stroju|w takim stroju|z taka fryzura|tak ubran[ya])\b|"
         r"\bberani (?:banget |bgt |amat |bener )?(?:dia |mereka )?(?:keluar|posting|pake|upload|"
         r"tampil|dateng|datang)\b[^.!?]{0,30}?\b(?:muka (?:kayak|kaya|kek|kyk|begitu|gitu)|muka "
         r"gitu|baju (?:kayak |kek )?(?:gitu|begitu)|pake baju itu|dandanan (?:kayak |kek )?gitu)\b"),
    # -- mock pity ----------------------------------------------------------------------------
    rule("bullying:insult", "bullying", "бедняжка бедныи бедная бедолага бедненькии бедненькая "
         "zavalli garip gariban yazik kiyamam biedak biedaczek biedactwo biedna biedny biedaczka "
         "kasian kasihan kesian kendini",
         r"(?:бедняжка|бедныи|бедная|бедолага|бедненькии|бедненькая)[^.!?]{0,30}?(?:так |очень |изо "
         r"всех сил |сильно )(?:старается|пытается) (?:быть|казаться|выглядеть) " + _TRAIT_RU + r"|"
         r"\b(?:zavalli|garip|gariban|yazik|kiyamam)\b[^.!?]{0,30}?\b" + _TRAIT_TR + r" (?:olmak|"
         r"gorunmek) icin (?:cok|o kadar|bu kadar|baya|fazla) (?:ugrasiyor|cabaliyor|kasiyor|"
         r"zorluyor|ugrasti|kastiriyor)\b|"
         r"\bkendini (?:cok |bi |bir |fazla |ne )?" + _TRAIT_TR + r" (?:saniyor|zannediyor|sanmis|"
         r"zannetmis|sandi)\b|"
         r"\b(?:biedak|biedaczek|biedactwo|biedna|biedny|biedaczka)\b[^.!?]{0,30}?\b(?:tak|bardzo|"
         r"strasznie) sie stara (?:zeby |by )?(?:byc|wygladac|wydawac sie) " + _TRAIT_PL + r"\b|"
         r"\b(?:kasian|kasihan|kesian)\b[^.!?]{0,30}?\b(?:usaha|berusaha|nyoba|maksa|ngotot) "
         r"(?:banget |bgt |keras |mati matian |sekali )?(?:biar|supaya|buat|untuk|agar) (?:keliatan |"
         r"kelihatan |terlihat |jadi )?" + _TRAIT_ID + r"\b"),
    # -- sarcastic praise, then an insult to the reader (it es pt fr) --------------------------
    rule("bullying:insult", "bullying", "complimenti congratulazioni bravo brava bravissimo "
         "bravissima auguri applausi felicidades felicitaciones enhorabuena aplausos felicito "
         "parabens parabenizo arrasou felicitations chapeau joue",
         r"\b(?:complimenti|congratulazioni|bravo|brava|bravissim[oa]|auguri|applausi)\b[^.!?]{0,25}?"
         r"\b(?:sembri|sei|pari|hai la faccia da|assomigli a) (?:proprio |davvero |tutto |sol(?:o|tanto) |"
         r"veramente )?(?:un |una |uno |un' )?" + _NOUN_IT + r"\b|"
         r"\b(?:felicidades|felicitaciones|enhorabuena|bravo|brava|aplausos|te felicito)\b"
         r"[^.!?]{0,25}?\b(?:pareces|eres|te ves como|tienes cara de|pareceis|sos) (?:todo |toda |un "
         r"autentico |una autentica |literal )?(?:un |una |el |la )?" + _NOUN_ES + r"\b|"
         r"\b(?:parabens|parabenizo|bravo|brava|arrasou|aplausos)\b[^.!?]{0,25}?\b(?:(?:voce|vc|tu) )?"
         r"(?:parece|pareces|e|es|ta parecendo|tem cara de) (?:um |uma |o |a )?" + _NOUN_PT + r"\b|"
         r"\b(?:felicitations|bravo|chapeau|bien joue|applaudissements)\b[^.!?]{0,25}?\b(?:tu "
         r"ressembles a |t'as l'air d'|tu as l'air d'|on dirait |t'es |tu es |tu fais )(?:vraiment |"
         r"trop |grave )?(?:un |une )?" + _NOUN_FR + r"\b"),
]
