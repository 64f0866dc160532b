"""Turkish harm rules: insults and exclusion aimed at a person, threats,
sextortion and sexual requests.  Bare insult words ("aptal bir soru",
"salak oyun") are no rule: the insult must be said *to* someone (the
second-person copula -sın/-sin, "sen", a vocative "lan/ulan") or the group
must be told to shut someone out."""

from __future__ import annotations

from ...rules import Rule
from ._words import GAME, NOT_GAME_WORD, directed

_INSULT = (
    r"(?:aptal|salak|gerizekali|geri zekali|mal|ezik|cirkin|sisko|domuz|pislik|serefsiz|"
    r"beyinsiz|dangalak|kezban|zavalli|igrenc|yavsak|kopek|inek|"
    r"ucube|sapik|kaltak|surtuk|orospu|aptal kiz|salak kiz|fakir|pasakli|kokarca)"
)
# second person copula after the insult: "aptalsın", "salaksın", "çirkinsin"
_INSULT_2P = (
    r"(?:aptalsin|salaksin|gerizekalisin|geri zekalisin|malsin|eziksin|cirkinsin|siskosun|"
    r"domuzsun|pisliksin|serefsizsin|beyinsizsin|dangalaksin|hayvansin|zavallisin|igrencsin|"
    r"yavsaksin|ucubesin|sapiksin|fakirsin|pasaklisin|kokuyorsun|cok kotusun|bos birisin|"
    r"hicbir seysin|hicsin|bir hicsin)"
)

HARM: list[Rule] = [
    # -- insults aimed at a person --------------------------------------------
    directed("bullying:insult", "bullying",
         "aptalsin salaksin gerizekalisin malsin eziksin cirkinsin siskosun domuzsun pisliksin "
         "serefsizsin beyinsizsin dangalaksin hayvansin zavallisin igrencsin yavsaksin ucubesin "
         "sapiksin fakirsin pasaklisin kokuyorsun kotusun birisin seysin hicsin",
         r"\b(?:sen |ya sen |cok |tam bir |bayagi |gercekten |resmen |ne kadar )*" + _INSULT_2P
         + r"\b(?! (?:diye|dedi\w*|demis\w*|diyorlar|dediler))"),
    directed("bullying:insult", "bullying",
         "sen lan ulan seni defol sus kes misin",
         r"\b(?:sen|seni|lan|ulan|defol|defol git|sus|sesini kes|kapa ceneni) (?:\w+ )?(?:lan |ulan )?"
         r"(?:tam bir |koca |pis |aptal |salak |cirkin )?" + _INSULT + r"\b(?! (?:gibi|degil\w*|oyun\w*|soru\w*|"
         r"film\w*|sey\w*|ders\w*))|"
         r"\b(?:hey |ey )?" + _INSULT + r" (?:lan|ulan|herif|karı|kari)\b|"
         r"\b(?:mal|salak|aptal|gerizekali) (?:misin|misin sen|misin ya|misin lan)\b",
         requires="sen seni lan ulan defol sus kes misin hey ey"),
    directed("bullying:exclusion", "bullying",
         "kimse herkes nefret sevmiyor istemiyor vermesin konusmasin almayin atin",
         # "kimse beni istemiyor" (nobody wants *me*) is the writer's own pain, not an exclusion
         r"\b(?:kimse|hic kimse|kimse seni) (?:(?!beni\b|benimle\b|bana\b)\w+ )?(?:seni |senle |seninle )?(?:sevmiyor|"
         r"istemiyor|takmiyor)\b|\bherkes (?:\w+ )?senden nefret ediyor\b|"
         r"\b(?:yarin |artik |bundan sonra )?(?:kimse|hic kimse|hicbiriniz) (?:ona|onunla|ona da|"
         r"bununla|buna) (?:\w+ )?(?:selam vermesin|konusmasin|oturmasin|yazmasin|bakmasin|"
         r"takilmasin|arkadas olmasin)\b|"
         r"\b(?:onu|bunu|o kizi|o cocugu) (?:\w+ )?(?:gruptan|gruba|oyuna|takima|masaya) (?:\w+ )?"
         r"(?:atin|almayin|sokmayin|eklemeyin|cikarin)\b(?! (?:\w+ )?(?:spam|bot|reklam))|"
         r"\b(?:burada|burda|aramizda) (?:\w+ )?(?:istenmiyorsun|yerin yok)\b|"
         r"\bsen (?:\w+ )?(?:hic )?dogmasaydin (?:keske|daha iyi)\b"),
    # -- threats ------------------------------------------------------------------
    directed("threat:violence", "threat",
         "oldurecegim oldurucem oldurcem olduruicem gebertirim gebertecegim geberticem dovecegim "
         "dovucem dovcem doverim bulacagim bulurum bulcam pisman bekliyorum biliyorum "
         "bekleyecegim bekliycem beklicem bekleyecem bekliyicem bekliycez bekleyecegiz gununu",
         r"\b(?:seni|sizi|hepinizi|seni de|aileni) " + NOT_GAME_WORD + r"{0,2}?(?:oldurecegim|oldurucem|oldurcem|"
         r"olduricem|oldururum|gebertirim|gebertecegim|geberticem|dovecegim|dovucem|dovcem|doverim|"
         r"bulacagim|bulurum|bulcam|gebertcem|keserim|bicaklarim)\b(?! (?:\w+ )?" + r"(?:oyunda|macta|lobide))" + r"|"
         r"\b(?<!icin )(?:pisman (?:olacaksin|olucan|olcan|edecegim|edicem))\b(?! (?:\w+ )?(?:gelmedigin|"
         r"izlemedigin|almadigin|gelmediysen|kacirdig\w*))|"
         r"\b(?:okul cikisi|okuldan sonra|teneffuste|yarin) (?:\w+ )?seni (?:\w+ )?(?:bekliyorum|"
         r"bekleyecegim|bekliycem|beklicem|bekleyecem|bekliyicem|bekliycez|bekleyecegiz|doverim|"
         r"dovecegiz|dovcem)\b(?![^.!?]{0,40}\b(?:birlikte|beraber|gideriz|gidelim|yururuz|"
         r"yuruyelim|donelim|doneriz|oynariz|oynayalim|annem\w*|babam\w*|servis\w*|kitab\w*|"
         r"defter\w*|odev\w*))|\bnerede oturdugunu biliyorum\b|"
         # "görürsün gününü" / "gününü göstericem": you'll get what's coming
         r"\b(?:gorursun gununu|gununu gorursun|gununu (?:gosterecegim|gostericem|gostercem|"
         r"gosteririm))\b|"
         r"\bevini biliyorum\b"),
    # "bacaklarını kıracağım", "ağzını burnunu kırarım", "seni bıçaklayacağım", "kaçamazsın benden",
    # "yarın öldün": the verb's person suffix makes it the writer's own ("kalbini kıracağım" is no body)
    directed("threat:violence", "threat",
         "kiracagim kiricam kircam kirarim dokecegim dokerim sokecegim sokerim dagitacagim dagitirim "
         "dagiticam ezecegim ezerim koparacagim koparirim bicaklayacagim bicaklicam bicaklarim "
         "sisleyecegim sislerim sislicem kacamazsin oldun",
         r"\b(?:kafani|bacaklarini|bacagini|dislerini|disini|kemiklerini|kollarini|kolunu|burnunu|"
         r"agzini|yuzunu|ceneni|parmaklarini|boynunu|belini|dizlerini|kaburgalarini) (?:\w+ )?"
         r"(?:kiracagim|kiricam|kircam|kirarim|dokecegim|dokerim|dokcem|sokecegim|sokerim|sokcem|"
         r"dagitacagim|dagitirim|dagiticam|ezecegim|ezerim|koparacagim|koparirim)\b" + GAME + r"|"
         r"\bseni (?:\w+ ){0,2}?(?:bicaklayacagim|bicaklicam|bicaklarim|bicaklayacam|sisleyecegim|"
         r"sislerim|sislicem)\b|"
         r"\bbenden (?:\w+ )?kacamazsin\b|\bkacamazsin benden\b|"
         r"\b(?:bekle\w*|yarin|okul\w*|teneffus\w*)\b[^.!?]{0,40}?\bkacamazsin\b(?= ?(?:[.!?]|$))|"
         r"\b(?:yarin|okuldan sonra|okul cikisi\w*) (?:\w+ )?(?:oldun|olusun|bittin)\b"),
    directed("threat:sextortion", ("threat", "sexual"),
         "atarim atacagim aticam yayarim yayacagim gonderirim gosteririm paylasirim herkes",
         r"\b(?:fotograflarini|fotolarini|resimlerini|videolarini|mesajlarini|ss'lerini|sslerini) "
         r"(?:\w+ ){0,2}?(?:herkese|annene|babana|okula|sinifa|gruba|internete) (?:\w+ )?(?:atarim|"
         r"atacagim|aticam|yayarim|yayacagim|gonderirim|gosteririm|paylasirim|koyarim)\b|"
         r"\b(?:gondermezsen|atmazsan|yollamazsan|odemezsen) [^.!?]{0,50}?\b(?:herkese|annene|"
         r"okula|internete) (?:\w+ )?(?:atarim|yayarim|gonderirim|gosteririm|paylasirim)\b"),
    # -- sexual requests ----------------------------------------------------------
    directed("sexual:request", "sexual",
         "ciplak soyun soyunsana soyunur cikar cikarsana camasirli mayolu bikinili ustunde uzerinde "
         "bakire seks",
         r"\b(?:ciplak|ic camasirli|ic camasirinla|mayolu|bikinili|ustsuz|soyunuk) (?:\w+ )?"
         r"(?:foto\w*|resm\w*|video\w*|selfie)? ?(?:at|atar misin|atsana|gonder|yolla|goster)\b|"
         r"\b(?:soyun|soyunsana|soyunur musun)\b|\b(?:ustunu|tisortunu|kiyafetlerini|sutyenini) "
         r"(?:\w+ )?(?:cikar|cikarsana|cikarir misin)\b|\b(?:goguslerini|vucudunu|popoyu|poponu) "
         r"(?:\w+ )?(?:goster|at|gostersene)\b|\b(?:ustunde|uzerinde) ne var\b ?\?|"
         r"\bhic (?:seks|sevis\w*) (?:yaptin|yasadin) mi\b|\bbakire misin\b"),
    # -- a weapon brought with a consequence for a group ("babamın silahını getirip hepsine ödeteceğim")
    directed("threat:weapon", "threat", "silah silahini silahi tabanca tabancayi bicak bicagi tufek tufegi",
         r"\b(?:silah\w*|tabanca\w*|bicak\w*|tufe\w*) (?:\w+ ){0,2}?(?:getir\w*|alip gel\w*|"
         r"goturecegim|goturucem|goturcem)\b[^?]{0,50}?\b(?:(?:hepsine|herkese) (?:\w+ )?(?:odetecegim|"
         r"odeticem|odetcem|gosterecegim|gostericem)|gorecekler|gorcekler|pisman olacak\w*|hepsini "
         r"(?:\w+ )?(?:vuracagim|vurucam|vurcam|oldurecegim|oldurcem))\b"),
]
