"""Sarcastic compliments with the put-down after them, in de id zh hi
(appended to `harm.RULES`; en es fr pt it ru tr pl ar:
harm_sarcasm_praise_more.py; the other sarcasm classes: harm_sarcasm*.py).

Why: "wie mutig, mit DEM Gesicht ein Foto zu posten 🤡", "fotonya bagus
kok... buat nakut-nakutin tikus 🤣 pantes ga ada yg mau temenan",
"你唱得真好听呢，好听到全班都想报警 🙄 建议以后别开口了", "wah kya personality
hai, isliye koi baat nahi karta" passed: the praise is sincere-looking and
the put-down after it has no insult word.  The put-downs are a small family
in every language, written here as classes:

* what the reader's picture, voice or face is good for: scaring rats, crows
  or children ("damit kann man Kinder erschrecken", "buat ngusir setan",
  "als Vogelscheuche");
* the degree turned round: "so good the class wants to call the police",
  "so pretty the mirror broke", "sampe kucing tetangga kabur", "aaina bhi
  darr jaye", "好看到镜子都碎了";
* a condition that undoes the praise: "if you're deaf", "from behind" ("dari
  belakang"), "for a clown", "bilkul gadhe jaisa";
* advice to stop: "sing bitte nie wieder", "建议以后别开口了", "mending diem";
* no wonder nobody is the reader's friend ("pantes ga ada yg mau temenan",
  "isliye koi baat nahi karta", "难怪没人跟你玩");
* mock bravery with "that face": "wie mutig, mit dem Gesicht ...";
* Hindi "wah kya personality hai" with a clown or an eye-roll (🤡 🙄 🤮).

Each rule wants the praise of the reader's thing (or of the reader) *and*
the put-down after it.  What passes: real praise ("fotonya bagus banget,
ajarin dong cara editnya", "你唱得真好听，再唱一首吧"), the writer about
themselves ("suaraku jelek banget, sampe kucingku kabur", "mein Foto ist so
hässlich, damit kann man Kinder erschrecken", "meri shakal dekh ke aaina bhi
darr jaye") and reports (the frames).
"""

from __future__ import annotations

import dataclasses

from .packs.zh import zrule
from .rules import Rule, rule

# -- de ------------------------------------------------------------------------------------
_THING_DE = (r"(?:foto|bild|profilbild|pb|selfie|picture|stimme|gesang|kleid|outfit|frisur|gesicht|video|"
             r"tanz|zeichnung|gedicht|song|lied|style|look)")
_PRAISE_DE = (r"(?:\b(?:schon|toll|hubsch|super|geil|nice|cool|suss|krass|wunderschon)(?:e|er|es|en)?"
              r"(?: \S+){0,2}? (?<!mein )(?<!meine )(?<!meinem )" + _THING_DE + r"|\b(?:dein|deine|das|"
              r"dieses) " + _THING_DE + r" (?:ist )?(?:ja |echt |voll |wirklich |so |sehr |mega |)(?:schon|"
              r"toll|hubsch|super|geil|nice|cool|suss|wunderschon))\b")
_PUT_DE = (r"(?:(?:damit|zum|um) (?:\S+ ){0,3}?(?:erschrecken|verscheuchen|vertreiben|abschrecken)|als "
           r"vogelscheuche|wenn man (?:taub|blind) ist|fur (?:taube|blinde)|(?:sing|tanz|poste|zeichne|red) "
           r"(?:bitte |lieber |)(?:nie wieder|nie mehr|nicht mehr)|halt (?:lieber|bitte) (?:den mund|die "
           r"klappe)|kein wunder,? dass (?:dich )?(?:keiner|niemand)|der spiegel (?:zerspringt|zerbricht|ist "
           r"zersprungen|ist zerbrochen)|fur (?:einen|ne) (?:clown|kartoffel|affen|troll))\b")

# -- id ------------------------------------------------------------------------------------
_PRAISE_ID = (r"(?:\b(?:foto|suara|muka|wajah|outfit|baju|gaya|rambut|pp|profil|video|nyanyian|gambar|"
              r"selfie|senyum|badan|tulisan|puisi|joget)(?:nya|mu| (?:lo|lu|kamu|km|elo|elu))? (?:\S+ )?"
              r"(?:bagus|keren|cantik|ganteng|cakep|lucu|indah|merdu|oke|mantap|kece|imut)|\b(?:bagus|keren|"
              r"cantik|cakep|lucu|indah|merdu|kece|imut)(?: banget| bgt| sekali)? (?:foto|suara|outfit|baju|"
              r"gaya|rambut|pp|video|gambar|selfie)(?:nya|mu| (?:lo|lu|kamu|km|elo|elu))|\b(?:cantik|"
              r"ganteng|cakep|keren|manis|pinter|pintar|imut)(?: banget| bgt| sekali)? (?:lo|lu|kamu|km|elo|"
              r"elu))\b")
_PUT_ID = (r"(?:buat (?:nakut\w*|ngusir|takut\w*)(?: \S+)?? (?:tikus|setan|anak kecil|bocil|burung|kucing|"
           r"hantu|orang|maling|kecoa|nyamuk|tuyul)|cocok (?:buat|jadi) (?:ngusir|nakut\w*|orang2an sawah|"
           r"orang orangan sawah|badut|hantu)|kayak (?:badut|monyet|kuntilanak|genderuwo|tuyul|ondel2|ondel "
           r"ondel|orang2an sawah|babi|kodok)|dari belakang(?= ?$| [.!?]| (?:doang|aja|sih)\b)|sampe "
           r"(?:kucing|tikus|kaca|cermin|anjing|tetangga|burung|setan)\w*(?: \S+)?? (?:kabur|pecah|lari|"
           r"pingsan|nangis|retak|takut)|pantes(?: aja)? (?:ga|gak|nggak|engga|ngga|tidak|gada|gaada) "
           r"(?:ada )?(?:yg|yang) (?:mau )?(?:temenan|nemenin|suka|deket|naksir)|pantes (?:jomblo|sendirian|"
           r"ga punya temen)|mending (?:diem|ga usah (?:nyanyi|posting|ngomong)|jangan (?:nyanyi|ngomong|"
           r"posting)))\b")

# -- hi (Hinglish) -----------------------------------------------------------------------------
_PRAISE_HI = (r"(?:\bkya (?:personality|shakal|shakl|sakal|awaaz|awaz|aawaz|style|look|face|chehra|dimaag|"
              r"dimag|talent|figure|body|hairstyle|dance|gaana|photo|pic|picture|dp) hai\b(?! (?:meri|mera|"
              r"mere|apni|apna))|\b(?:bahut|bohot|bht|kitna|kitni|badi|bada|ekdum) (?:smart|sundar|handsome|"
              r"cute|pyari|pyara|hot|intelligent|talented|accha|acchi|achha|achhi|mast|beautiful) (?:hai|ho|"
              r"lag raha|lag rahi|lagta|lagti)(?: (?:tu|tum|tera|teri))?\b|\b(?:teri|tera|tumhari|tumhara) "
              r"(?:photo|pic|picture|awaaz|awaz|dp|shakal|smile|dance) (?:bahut |badi |kitni |ekdum |)"
              r"(?:acchi|achhi|sundar|pyari|mast|cute)(?: hai)?\b)")
_PUT_HI = (r"(?:(?:isliye|tabhi|isiliye) (?:koi|kisi)|(?:koi|kisi ko) (?:baat nahi karta|baat nhi karta|dost "
           r"nahi|pasand nahi|bhaav nahi|muh nahi lagata)|(?:aaina|aina|sheesha|shisha|kutte|kutta|billi|"
           r"bachche|bacche|log|padosi|chuhe) bhi (?:darr|dar|bhaag|bhag|ro|behosh)\w*|(?:bilkul|ekdum|ek "
           r"dum|ekdam) (?:gadhe|gadha|gadhi|bandar|bhains|joker|chuhe|chuha|bhoot|chudail|ullu)\w* "
           r"(?:jaisa|jaisi|jaise|ki tarah)|(?:joker|bhoot|bandar|chudail) (?:lag|jaisa|jaisi|jaise)|ghar "
           r"(?:pe|mein|me) (?:aaina|aina|sheesha) nahi|(?:gaana|gana) mat ga\w*|chup hi (?:reh|rah)\w*|muh "
           r"band rakh\w*)\b")

# -- zh (matched on the normalised text) -------------------------------------------------------
_PRAISE_ZH = r"你[^。!?]{0,12}?(?:好听|好看|漂亮|聪明|有才|厉害|帅|美|可爱|优秀|棒)"

RULES: list[Rule] = [
    rule("bullying:insult", "bullying",
         "erschrecken verscheuchen vertreiben abschrecken vogelscheuche taub blind taube blinde "
         "wieder mehr mund klappe keiner niemand spiegel clown kartoffel affen troll",
         _PRAISE_DE + r"(?: \S+){0,8}? " + _PUT_DE,
         requires="schon schone schoner schones schonen toll tolle toller tolles tollen hubsch hubsche "
                  "hubscher hubsches super geil geile nice cool coole suss susse susses krass krasse "
                  "wunderschon wunderschone wunderschones"),
    # mock bravery with "that face": "wie mutig, mit DEM Gesicht ein Foto zu posten"
    rule("bullying:insult", "bullying", "mutig",
         r"\b(?:wie|so|echt|voll|sehr|ganz schon|ziemlich|mega|richtig) mutig(?: von dir)?,? (?:\S+ ){0,3}?"
         r"mit (?:dem|diesem|so einem|so nem|solchem|der|dieser|so einer|so ner|solcher|den|diesen|"
         r"solchen) (?:gesicht|fresse|visage|frisur|figur|korper|nase|stimme|zahnen|pickeln|haaren|"
         r"klamotten|outfit|bauch|beinen|ohren|aussehen)\b(?! (?:voller|voll|vor lauter)\b)",
         requires="gesicht fresse visage frisur figur korper nase stimme zahnen pickeln haaren klamotten "
                  "outfit bauch beinen ohren aussehen"),
    rule("bullying:insult", "bullying",
         "tikus setan bocil burung kucing hantu maling kecoa nyamuk tuyul ngusir badut monyet "
         "kuntilanak genderuwo ondel2 ondel sawah babi kodok belakang kaca cermin anjing tetangga "
         "temenan nemenin naksir jomblo sendirian mending",
         _PRAISE_ID + r"(?: \S+){0,8}? " + _PUT_ID,
         requires="bagus keren cantik ganteng cakep lucu indah merdu oke mantap kece imut manis pinter "
                  "pintar"),
    rule("bullying:insult", "bullying",
         "isliye tabhi isiliye koi kisi bhi jaisa jaisi jaise tarah lag nahi mat chup band",
         _PRAISE_HI + r"(?: \S+){0,6}? " + _PUT_HI,
         requires="kya bahut bohot bht kitna kitni badi bada ekdum teri tera tumhari tumhara"),
    zrule("bullying:insult", "bullying",
          "报警 吐 聋 碎 吓 倒数 没人 不敢 自闭 裂开 瞎 跑了 哭了 晕 建议 劝你 求你 拜托 都比你 难怪",
          _PRAISE_ZH + r"[\s\S]{0,10}?(?:好听|好看|漂亮|聪明|有才|厉害|帅|美|可爱|优秀|棒)到[^。!?]{0,12}?"
          r"(?:报警|吐了|想吐|聋|碎|跑了|吓跑|哭了|晕|倒数|没人|不敢|自闭|裂开|瞎)|"
          + _PRAISE_ZH + r"[\s\S]{0,30}?(?:建议|劝你|求你|拜托)(?:你)?(?:以后)?(?:别|不要|少)(?:开口|唱|说话|"
          r"发照片|发自拍|跳舞|画|出门)|"
          + _PRAISE_ZH + r"[\s\S]{0,20}?(?:幼儿园|小学生|三岁小孩|我家狗|我家猫|猪)(?:小朋友)?都比你(?:画|唱|"
          r"写|跳|长|说)得(?:好|好看|好听|强)|"
          + _PRAISE_ZH + r"[\s\S]{0,30}?难怪(?:没人|没有人)(?:跟你玩|理你|和你玩|喜欢你|跟你做朋友|和你做朋友)"),
]


def _mock_emoji_rule() -> Rule:
    """Hindi "wah kya personality hai 🤡": the praise with a clown, an eye-roll or
    vomiting after it, read on the normalised text (the phrase form drops emoji)."""
    base = rule("bullying:insult", "bullying",
                "personality shakal shakl sakal awaaz awaz aawaz style look chehra dimaag dimag talent",
                r"\bkya (?:personality|shakal|shakl|sakal|awaaz|awaz|aawaz|style|look|face|chehra|dimaag|"
                r"dimag|talent) hai\b(?! (?:meri|mera|mere|apni|apna))[^.!?\n]{0,20}?(?:🤡|🙄|🤮|🤢)",
                requires="kya")
    return dataclasses.replace(base, unspaced=True)


RULES.append(_mock_emoji_rule())
