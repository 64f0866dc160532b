"""Polish self-harm rules: first-person disclosures (generic frames only) and
incitement aimed at someone else (bullying + self_harm)."""

from __future__ import annotations

from ...rules import Rule, rule
from ._words import JOKE, NO_THIRD, RECOVERED

# "nie chcę żyć w tym mieście", "z nimi": where or with whom, not whether
_LIVE_WHERE = r"(?! (?:w|we|z|ze|bez|u|you|tu|tam|tutaj|jak|obok|razem|sama|sam|na)\b)"
# "chcę umrzeć ze wstydu", "umrzeć z nudów": hyperbole
_NOT_OF = r"(?! (?:ze|z) (?:wstydu|smiechu|nudow|nudy|zazdrosci|glodu|ciekawosci)\b)"
# a cut in the kitchen or on paper: an accident
_ACCIDENT = (
    r"(?![^.!?]{0,40}\b(?:w palec|palec|palca|nozem przy|przy krojeniu|kroil\w*|papierem|"
    r"kartka|kartki|przypadkiem|niechcacy|golac\w*|przy goleniu|maszynk\w* do golenia)\b)"
)

SELF_HARM: list[Rule] = [
    rule("self_harm:disclosure", "self_harm",
         "zyc zycia umrzec zniknac zabic samobojstwo samobojstwie samobojcze chce chcialabym chcialbym "
         "mam dosc zabije popelnie",
         # "nie chce mi się żyć" is first person by the dative "mi"
         r"\bnie chce mi sie (?:juz |wiecej |dalej )?zyc\b" + _LIVE_WHERE + r"|"
         r"\bmam (?:juz )?(?:dosc|dosyc) (?:tego )?(?:zycia|zycia juz|wszystkiego i wszystkich)\b"
         + JOKE + r"|"
         r"\bnie (?:chcialabym|chcialbym) (?:juz |dluzej |wiecej )?zyc\b" + _LIVE_WHERE + r"|"
         r"\b(?:chcialabym|chcialbym|marze zeby|marze by) (?:\w+ ){0,2}?(?:umrzec|zniknac na zawsze|"
         r"sie zabic|nie zyc|nie istniec|zasnac i sie nie obudzic)\b" + _NOT_OF + JOKE + RECOVERED
         + r"|\bpopelnie samobojstwo\b|\bmysle o samobojstwie\b|\bmam mysli samobojcze\b|"
         # the stripped "chce" is also "she wants": only with no third person before
         + NO_THIRD + r"(?:ja )?(?:juz |naprawde |po prostu |serio |chyba )*(?:nie chce (?:juz |"
         r"dluzej |wiecej |dalej )?zyc\b" + _LIVE_WHERE + r"|chce (?:\w+ )?(?:umrzec|sie zabic|"
         r"zniknac na zawsze|nie zyc|nie istniec|zasnac i sie nie obudzic|skonczyc ze soba)\b"
         + _NOT_OF + JOKE + r"|zabije sie\b(?! (?:\w+ )?(?:ze smiechu|jak|jesli|jezeli|gdy))" + JOKE
         + r")",
         framed="generic"),
    rule("self_harm:finality", "self_harm",
         "beze mnie ciezarem ciezar obudzic zasnac zniknac zegnajcie zegnam wiadomosc pozegnalny "
         "pozegnalna pozegnalne",
         r"\b(?:wszystkim|rodzicom|mamie|rodzinie|im|i am|swiatu) (?:\w+ )?(?:bedzie|byloby|by bylo) "
         r"(?:\w+ )?(?:lepiej|latwiej|prosciej) beze mnie\b|\bbeze mnie (?:\w+ )?(?:bedzie|byloby|"
         r"by bylo|beda) (?:\w+ ){0,3}?(?:lepiej|latwiej|prosciej|szczesliwsi)\b|"
         # "wszyscy byliby szczęśliwsi beze mnie": happier (not only better) without me
         r"\b(?:byliby|bylibyscie|bylaby|bylby|beda|bedziecie|bedzie|byloby) (?:\w+ ){0,2}?"
         r"(?:szczesliwsi|szczesliwsza|szczesliwszy|spokojniejsi|lepiej|latwiej) beze mnie\b|"
         r"\bjestem (?:tylko |dla wszystkich |dla nich |po prostu )*ciezarem\b(?! (?:dla "
         r"(?:druzyny|zespolu|grupy|projektu)|w (?:grze|druzynie|zespole)))" + JOKE + r"|"
         r"\b(?:zasnac|usnac) i (?:sie )?(?:juz )?(?:nigdy )?nie obudzic\b|"
         r"\b(?:zegnajcie|zegnam was)(?: wszyscy| na zawsze)?\b(?! (?:\w+ )?(?:do jutra|na weekend|"
         r"ide spac|na chwile|wakacje))|"
         r"\bto (?:jest )?(?:moja )?ostatnia wiadomosc\b(?! (?:\w+ )?(?:dzisiaj|na dzis|dzis|"
         r"przed|w tym|na tym|tu))|"
         r"\b(?:napisalam|napisalem|pisze|zostawilam|zostawilem|zostawie) (?:\w+ )?(?:list|liscik) "
         r"pozegnalny\b|\b(?:chce|chcialabym|chcialbym) (?:\w+ )?zniknac na zawsze\b",
         framed="generic"),
    rule("self_harm:planning", "self_harm",
         "skocze skoczyc stoje dachu moscie tabletki tabletek lykne lykam zbieram zbieralam "
         "polkne",
         r"\b(?:skocze|rzuce sie) (?:\w+ )?(?:z mostu|z dachu|z okna|z balkonu|pod pociag|z bloku|"
         r"z wiezowca)\b|"
         r"\b(?:stoje|siedze|jestem) na (?:krawedzi )?(?:dachu|moscie|balkonie|parapecie)\b"
         r"[^.!?]{0,40}\b(?:skocze|skoczyc|skok|zegnajcie|koniec|nie chce)\b|"
         r"\b(?:lykne|polkne|wezme|wypije|zjem|lykam) (?:\w+ )?(?:wszystkie|cale opakowanie|cala "
         r"paczke|paczke|opakowanie|garsc|kilka opakowan) (?:\w+ )?(?:tabletek|tabletki|leki|"
         r"lekow|tabsow|prochow)\b|"
         r"\b(?:zbieram|zbieralam|zbieralem|chowam|odkladam|mam juz) (?:\w+ ){0,2}?(?:tabletki|"
         r"tabletek|leki|tabsy|prochy)\b[^.!?]{0,40}\b(?:na (?:koniec|ten dzien|wszelki)|zeby|"
         r"wszystkie|naraz|od razu)\b",
         framed="generic"),
    rule("self_harm:injury", "self_harm",
         "pocielam pocialem cielam cialem tne kalecze okaleczam ciac ciecia krzywde znowu znow "
         "okaleczalam okaleczalem "
         "zyletka zyletke",
         r"\b(?:znowu|znow|dalej|nadal|wciaz|ciagle|codziennie|wczoraj znowu|dzis znowu) (?:sie )?"
         r"(?:\w+ )?(?:pocielam|pocialem|cielam|cialem|tne|kalecze|okaleczam|pocielam sie|"
         r"pocialem sie)\b" + _ACCIDENT + r"|"
         r"\b(?:pocielam|pocialem) sie\b(?! (?:\w+ )?(?:w palec|przy))" + _ACCIDENT + RECOVERED + r"|"
         r"\bsie (?:tne|kalecze|okaleczam)\b(?! (?:w|z|o) )|\b(?:tne|kalecze|okaleczam) sie\b"
         r"(?! (?:w|z|o) )|"
         r"\bnie (?:moge|umiem|potrafie) przestac sie (?:ciac|kaleczyc|okaleczac)\b|"
         r"\b(?:cielam|cialem) sie\b" + RECOVERED + _ACCIDENT + r"|"
         # the pronoun first, and the habitual past ("kiedyś się okaleczałam i znowu mam ochotę")
         r"\bsie (?:cielam|cialem|okaleczalam|okaleczalem)\b" + RECOVERED + _ACCIDENT + r"|"
         r"\b(?:robie|zrobilam|zrobilem) sobie krzywde\b" + RECOVERED + r"|"
         r"\b(?:tne|pocielam|pocialem|cielam|cialem) (?:sobie )?(?:rece|reke|nadgarstki|nadgarstek|"
         r"uda|udo|nogi|brzuch|przedramie|przedramiona)\b" + RECOVERED + r"|"
         r"\bzyletk\w* (?:\w+ )?(?:sie tne|tne sie|pocielam|pocialem)\b",
         framed="generic"),
    # -- incitement aimed at someone else: bullying + self_harm ---------------
    rule("self_harm:incitement", ("bullying", "self_harm"),
         "zabij powies utop zdychaj zdechnij umrzyj zgin skocz obys zebys nadzieje",
         r"\b(?:idz|idzze|po prostu|lepiej|no) (?:sie )?(?:zabij|powies|utop)\b|"
         r"\b(?:zabij|powies|utop) sie\b(?! (?:\w+ )?(?:w grze|w minecrafcie|bossem))|"
         r"\b(?:zdychaj|zdechnij|umrzyj|zgin)\b(?! (?:\w+ )?(?:w grze|w minecrafcie|bossie))|"
         r"\bskocz (?:z mostu|z dachu|z okna|pod pociag)\b|"
         r"\b(?:obys|zebys|mam nadzieje ze) (?:\w+ )?(?:zdechl\w*|umarl\w*|sie zabil\w*|zdechniesz|"
         r"umrzesz)\b"),
]

# banging one's head when upset and dying unnoticed (the first person is in
# "gdybym" and in "walę")
SELF_HARM += [
    rule("self_harm:injury", "self_harm", "wale uderzam bije",
         r"\b(?:wale|uderzam) (?:glowa|glowe) (?:w|o) (?:sciane|podloge|biurko|stol)\b(?=[^.!?]{0,60}"
         r"\b(?:zdenerwuj\w*|wkurz\w*|smutn\w*|stres\w*|placz\w*|do krwi|codziennie|nie moge przestac|"
         r"za kare)\b)|\bbije sie (?:sam|sama)?\b(?=[^.!?]{0,40}\b(?:zdenerwuj\w*|wkurz\w*|za kare|"
         r"codziennie|do krwi)\b)",
         framed="generic"),
    rule("self_harm:passive", "self_harm", "gdybym umre umrzec",
         r"\b(?:gdybym (?:umarla|umarl|zniknela|zniknal)|jak umre|jesli umre|jezeli umre)\b[^.!?]{0,30}"
         r"\bnikt (?:\w+ ){0,2}?(?:nie )?(?:zauwazy|zauwazylby|zauwazylaby|zatesknilby|zatesknil|"
         r"obchodziloby|obejdzie|zauwazyl)\b",
         framed="generic"),
]

# -- short canonical disclosures (session 12's probe matrix) ---------------------------------
# Three to seven words as teens type them: "zaluje ze sie urodzilam", "jestem zmeczona zyciem",
# "nie mam powodu zeby zyc", "juz nie moge dalej zyc", "zaraz skocze" as the whole message, "mam
# plan jak sie zabic", "dzis w nocy to skoncze", "nikt by za mna nie tesknil", "nienawidze zyc".
# The first person is in the verb.  What passes: a jump into the pool, living somewhere
# ("nienawidze zyc w tym miescie"), a plan for a project, "skoncze projekt dzis wieczorem".
_END = r"(?= ?[.!?,]| ?$)"
SELF_HARM += [
    rule("self_harm:disclosure", "self_harm",
         "zasnac urodzilam urodzilem urodzic zmeczona zmeczony powodu moge nienawidze tesknil zauwazyl",
         r"\bzasnac i (?:juz )?(?:nigdy )?(?:sie )?(?:juz )?(?:nie|nigdy nie) (?:sie )?obudzic\b|"
         r"\bzaluje,? ze (?:sie )?(?:w ogole )?(?:sie )?urodzil(?:am|em)\b|"
         r"\b(?:wolalabym|wolalbym) (?:sie )?(?:w ogole )?(?:sie )?nie urodzic\b|"
         r"\bjestem (?:\w+ )?zmeczon[ay] (?:zyciem|zyc)\b|"
         r"\bnie mam (?:juz )?(?:zadnego )?powodu,? (?:zeby|by|aby|do) (?:dalej )?(?:zyc|zycia)\b|"
         r"\b(?:juz )?nie moge (?:juz )?(?:dalej |tak )?zyc\b(?! (?:bez|w|z)\b)|"
         r"\bnienawidze (?:zyc|istniec|tego,? ze zyje)" + _END + r"|"
         r"\bnikt by (?:nawet )?za mna nie (?:tesknil|zatesknil|plakal)\b|"
         r"\bnikt by (?:nawet )?nie (?:zauwazyl|zauwazyla),? ze mnie (?:nie ma|nie bylo|nie bedzie)\b",
         framed="generic"),
    rule("self_harm:acts", "self_harm", "parze przypalam skocze list plan skoncze",
         r"\b(?:parze|przypalam|pale) sie (?:\w+ )?(?:specjalnie|celowo|za kare)\b|"
         r"(?:^|(?<=[.!?] ))(?:zaraz |dzis |teraz |juz )?skocze(?: (?:teraz|zaraz|dzis))?" + _END + r"|"
         r"\bmoj list pozegnalny (?:jest )?(?:juz )?(?:gotowy|napisany|skonczony)\b|"
         r"\bmam (?:juz )?(?:caly )?plan,? (?:jak|zeby|by) (?:sie zabic|to skonczyc|umrzec|skonczyc ze soba|"
         r"ze soba skonczyc|skonczyc z tym wszystkim)\b|"
         r"\b(?:dzis|dzisiaj) (?:w nocy|wieczorem) (?:to skoncze" + _END + r"|skoncze (?:ze soba|z tym "
         r"wszystkim|z zyciem))",
         framed="generic"),
]
