"""Poverty sneers dressed as an aside or a guess in tr ru pl id: the shapes of
harm_poverty_sneers.py (read its docstring first), appended to `harm.RULES`,
reason `bullying:poverty`.

"Emre yine aynı montla gelmiş, babası hâlâ iş arıyor herhalde" (the same
clothes again and a parent still out of work: each half alone is an ordinary
remark, together they explain the clothes by the jobless parent), "annen
saçını mutfak makasıyla mı kesti", "видно, что у вас дома денег нет",
"widać, że u was w domu nie ma kasy", "emakmu motong rambutmu pake gunting
dapur ya?".  The writer's own family ("yine aynı montla geldim", "mama
obcięła mnie w domu") and help pass.
"""

from __future__ import annotations

from .rules import Rule, rule

RULES: list[Rule] = [
    # -- tr (ş ı ü ğ ç ö read as s i u g c o) -------------------------------------------
    rule("bullying:poverty", "bullying", "ayni issiz ariyor atildi atilmis kovuldu kovulmus bulamadi "
         "bulamamis",
         r"\b(?:yine|gene|hala|her gun|bugun de) ayni (?:mont|kiyafet|ayakkabi|ceket|esofman|kazak|"
         r"canta|pantolon|tisort|elbise|hirka)\w*\b(?: \S+){0,8}? (?:babasi|annesi|ailesi|baban|"
         r"annen|ailen) (?:(?:hala|yine|daha|gene) )?(?:issiz|is ariyor|is bulamadi|is bulamamis|"
         r"isten atildi|isten atilmis|kovuldu|kovulmus)\w*|"
         r"\b(?:babasi|annesi|ailesi|baban|annen|ailen) (?:(?:hala|yine|daha|gene) )?(?:issiz|is "
         r"ariyor|is bulamadi|is bulamamis|isten atildi|kovuldu)\w*\b(?: \S+){0,8}? (?:yine|gene|hala"
         r"|her gun) ayni (?:mont|kiyafet|ayakkabi|ceket|esofman|kazak|canta|pantolon)\w*"),
    rule("bullying:poverty", "bullying", "makasiyla makasi tencereyle kaseyle evinizde sizde "
         "evinde",
         r"\b(?:annen|baban|anneannen|babaannen|ablan) (?:\S+ )?(?:sacini|saclarini) (?:mutfak "
         r"makasiyla|mutfak makasi ile|tencereyle|kaseyle)(?: mi)? (?:kesti|kesiyor|kesmis)\w*|"
         r"\b(?:belli ki|belli|anlasilan|besbelli|herhalde) (?:sizin )?(?:evinizde|sizde|sizin evde|"
         r"evinde) (?:bes kurus|para|bir kurus|tek kurus|hic para) (?:yok|kalmamis)\b"),
    # -- ru (ё is read as е, й as и) ----------------------------------------------------
    rule("bullying:poverty", "bullying", "ножницами горшок денег копеики рубля покати куртке кофте "
         "одежде кроссовках ботинках штанах толстовке",
         r"\b(?:тебя|тебе) (?:\S+ )?(?:мама|мамка|мать|батя|отец|папа|бабушка)(?: \S+)? (?:подстригла|"
         r"подстриг|стригла|стриг|обстригла) (?:\S+ )?(?:кухонными ножницами|под горшок|ножницами для"
         r" кухни)\b|"
         r"\b(?:видно|сразу видно|понятно|ясно|оно и видно) (?:что )?у (?:вас|тебя) (?:дома |в семье )?"
         r"(?:денег нет|нет денег|ни копеики|ни рубля|шаром покати)\b|"
         r"\b(?:опять|снова) в (?:тои же|том же|тех же|этои же|этих же) (?:куртке|кофте|одежде|"
         r"кроссовках|ботинках|штанах|толстовке)\b(?: \S+){0,8}? (?:его|ее|твои|твоя|у него|у нее) "
         r"(?:отец|батя|папа|мать|мамка) (?:\S+ )?(?:(?:все еще|до сих пор|опять) )?(?:без работы|"
         r"безработныи|безработная|ищет работу)\b"),
    # -- pl (ą ę ł ó ś ż read as a e l o s z) -------------------------------------------
    rule("bullying:poverty", "bullying", "nozyczkami garnek miske kasy pieniedzy hajsu grosza sama "
         "samej same samych sam samym",
         r"\b(?:twoja |twoj )?(?:mama|matka|stara|tata|ojciec|stary) (?:cie|ci) (?:obciela|obcial|"
         r"strzygla|strzygl|obcina) (?:\S+ )?(?:nozyczkami kuchennymi|kuchennymi nozyczkami|pod "
         r"garnek|pod miske)\b|"
         r"\b(?:widac|od razu widac|jasne|wiadomo) (?:ze )?(?:u|you) (?:was|ciebie) (?:w domu )?(?:nie ma|"
         r"brakuje) (?:kasy|pieniedzy|hajsu|grosza|ani grosza)\b|"
         r"\b(?:znowu|znow|ciagle) (?:w )?(?:ta sama|tej samej|te same|tych samych|ten sam|tym samym)"
         r" (?:kurtka|kurtce|bluza|bluzie|buty|butach|ciuchy|ciuchach|spodnie|spodniach|plecak)\b"
         r"(?: \S+){0,8}? (?:jego|jej|twoj|twoja) (?:stary|stara|ojciec|tata|matka|mama) (?:\S+ )?"
         r"(?:(?:dalej|nadal|wciaz|ciagle) )?(?:bezrobotny|bezrobotna|bez pracy|szuka pracy|bez "
         r"roboty)\b"),
    # -- id -----------------------------------------------------------------------------
    rule("bullying:poverty", "bullying", "gunting mangkok baskom duit uang sepeser lagi terus mulu",
         r"\b(?:emak|ibu|mama|nyokap|bapak|bokap|ayah)(?:mu| lo| lu| kamu) (?:\S+ )?(?:motong|potong|"
         r"motongin|cukur|nyukur|cukurin) (?:rambut(?:mu| lo| lu| kamu)? )?(?:pake|pakai|dengan|make) "
         r"(?:gunting dapur|mangkok|baskom)\b|"
         r"\b(?:keliatan|kelihatan|jelas|pantes)(?: banget| sih| aja)? (?:di rumah(?:mu| lo| lu| "
         r"kamu)|keluarga(?:mu| lo| lu| kamu)) (?:\S+ )?(?:gak|ga|nggak|ngga|tidak|kagak) (?:ada|punya)"
         r" (?:duit|uang|sepeser)\b|"
         r"\b(?:baju|jaket|sepatu|tas|seragam|celana)(?:nya)? (?:itu|yang sama|sama) (?:lagi|terus|"
         r"mulu)\b(?: \S+){0,8}? (?:bapak|ayah|bokap|emak|ibu|nyokap)(?:nya|mu| lo| lu| kamu) "
         r"(?:\S+ )?(?:nganggur|pengangguran|belum dapet kerja|dipecat|kena phk)\b"),
]
