"""Words for those left behind, and means with a knowing wink: "if anyone
asks tell them it wasnt their fault", "this time dont save me", "hab meinen
spitzer auseinandergebaut 😶 ihr wisst wofür", "купил верёвку. не спрашивай
зачем".

Why: these training lines of session 15 (written by helpers who saw no
code) were still missed after the scorer was trained on them: they are
short, and their words are everyday ones ("fault", "save", "sharpener",
"rope").  What makes each a disclosure is a turn of phrase children use
for it, in every language:

* **it was not their fault**, handed on ("if anyone asks, tell them",
  "tell my mum"): what a note says.  "It wasn't MY fault" is everyday
  blame, a fault followed by what it was about ("it wasn't his fault we
  lost") is a match report, and "it's not your fault" alone is a friend
  comforting a friend;
* **don't save me this time**: "this time don't save me", "don't try to
  save me", with nothing after "me" but "this time", "again" or a plea
  ("don't save me a seat" is lunch);
* **means and a knowing wink**: a blade taken out of a sharpener, a
  sharpener taken apart, a rope, razor blades or sleeping pills bought or
  got, and "you know what for", "don't ask why" in the message.  A craft,
  a school project, shaving or fixing the sharpener named passes.

All rules are `framed="generic"`: advice about someone else and lessons
("we learned it's never your fault if a friend ...") are excused by the
generic frame.  Patterns run on the phrase form (accents stripped; Russian
"й" read "и"); Arabic and Devanagari without a trailing \\b; Chinese on the
normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule

# the end of the sentence or the message
_END = (r"(?= ?[.!?]| ?$| (?:ok|okay|pls|please|promise|love you|ily|bitte|por favor|s'il vous plait|"
        r"per favore|пожалуиста|lutfen|prosze|ya|tolong|plz))")


def _not_their_fault(tell: str, fault: str, end: str = _END) -> str:
    """A fault denied for others and handed on ("if anyone asks, tell them ..."); said
    alone ("it's not your fault") it is as often a friend comforting a friend."""
    return rf"\b(?:{tell})\b(?: \S+){{0,6}}? (?:{fault}){end}"


def _dont_save(dont: str, this_time: str) -> str:
    return rf"\b(?:{this_time}) (?:{dont})\b|\b(?:{dont})(?: (?:{this_time}|again|pls|please|plz))?{_END}"


def _wink(means: str, wink: str, guard: str) -> str:
    """Means got, bought or taken out, and a knowing wink, in either order, no guard."""
    return (rf"^(?!.*\b(?:{guard})\b)(?=.*\b(?:{wink})\b).*?\b(?:{means})\b")


_GUARD_ALL = (
    r"project|craft\w*|art|school|class|homework|shav\w*|fix\w*|repair\w*|proyecto|manualidad\w*|"
    r"projet|bricolage|projekt|basteln|bastel\w*|progetto|lavoretto|проект|поделк\w*|proje|odev|"
    r"projekt\w*|prakarya|tugas|kerajinan|pe|gym|sports?|wf|educacion fisica|ed fisica|eps|turnen|sportunterricht|"
    r"ginnastica|физр\w*|физкультур\w*|beden|olahraga|penjas|camping|climbing|escalada|klettern|tent"
)

_EN = (
    _not_their_fault(r"if (?:anyone|anybody|someone|they|she|he|mum|mom|dad) asks?|tell (?:them|my (?:mum|mom|"
                     r"dad|parents|sister|brother|family|friends?)|everyone|everybody|her|him)",
                     r"it (?:wasnt|was not|isnt|is not|was never|is never) (?:their|her|his|your|anyones|"
                     r"anybody's|anybodys|anyone's|ur) fault|(?:it was )?(?:nobodys|nobody's|no ones|no one's) "
                     r"fault")
    + "|" + _dont_save(r"(?:do not|dont|don't) (?:try (?:to|and) )?(?:save|rescue) me", r"this time")
    + "|" + _wink(r"(?:took|taken|take|got|get|pulled) (?:the |a )?blades? out(?: of)?(?: my)?(?: pencil)? "
                  r"sharpeners?|(?:took|take|taken|broke|broken|unscrewed|unscrew) (?:apart )?(?:my |a |the )?"
                  r"(?:pencil )?sharpeners?(?: apart)?|(?:bought|got|ordered|have) (?:a |some |the )?(?:rope|"
                  r"razor blades|blades|sleeping pills)",
                  r"you (?:all |guys )?know (?:what for|why|what it is for)|(?:do not|dont|don't) ask (?:why|"
                  r"what for|me why)|no questions",
                  _GUARD_ALL)
)
_ES = (
    _not_their_fault(r"si (?:alguien|alguno|mi madre|mi mama|mi padre) pregunta|(?:decidles|diganles|digan|"
                     r"decile|decirle|dile|diles|decidle) (?:a )?(?:mi (?:madre|mama|padre|familia))?",
                     r"no (?:fue|es|era) (?:culpa (?:suya|de ellos|de nadie|de ella|de el|tuya)|su culpa|tu "
                     r"culpa)")
    + "|" + _dont_save(r"no (?:me (?:salves|salven|rescates|intentes salvar|intenten salvar)|intentes "
                       r"salvarme|intenten salvarme)", r"esta vez")
    + "|" + _wink(r"(?:saque|sacado|quite) (?:la |las )?cuchillas? del sacapuntas|(?:desarme|rompi|desmonte) "
                  r"(?:el|mi) sacapuntas|(?:compre|consegui|tengo) (?:una |unas |la )?(?:cuerda|soga|"
                  r"cuchillas|pastillas para dormir)",
                  r"(?:ya )?sab(?:eis|en|es) (?:para que|por que)|no (?:preguntes|pregunten) (?:por que|para que)",
                  _GUARD_ALL)
)
_PT = (
    _not_their_fault(r"se (?:alguem|minha mae|meu pai) perguntar|(?:diz|diga|digam|fala|falem) (?:pra|para|a) "
                     r"(?:minha mae|meu pai|minha familia|eles|ela|ele)|(?:diz|diga|digam|fala|falem)",
                     r"(?:nao )?(?:foi|e|era) culpa (?:de ninguem|dela|dele|deles|sua|tua)|nao (?:foi|e) culpa "
                     r"(?:de )?(?:ninguem|dela|dele|deles|sua|tua)")
    + "|" + _dont_save(r"nao (?:me salva|me salvem|me salve|tenta me salvar|tentem me salvar)", r"dessa vez|desta vez")
    + "|" + _wink(r"(?:tirei|tirado) (?:a |as )?laminas? do apontador|(?:desmontei|quebrei) (?:o|meu) apontador|"
                  r"(?:comprei|consegui|tenho) (?:uma |umas |a )?(?:corda|laminas|gilete|remedio pra dormir)",
                  r"(?:voces|vcs) sabem (?:pra que|por que|pq)|nao pergunta (?:por que|pq|pra que)",
                  _GUARD_ALL)
)
_FR = (
    _not_their_fault(r"si (?:quelqu'un|on|ma mere|mon pere) (?:demande|vous demande)|(?:dites|dis) (?:leur|lui|a "
                     r"ma mere|a mon pere|a ma famille)",
                     r"(?:c'etait|c'est|ce n'etait|ce n'est) (?:pas|jamais) (?:leur|sa|ta|votre) faute|(?:c'etait|"
                     r"c'est) la faute de personne")
    + "|" + _dont_save(r"(?:ne )?(?:me sauvez pas|me sauve pas|essayez pas de me sauver|essaie pas de me sauver)",
                       r"cette fois")
    + "|" + _wink(r"(?:j'ai )?(?:enleve|sorti|retire) la lame (?:de|du) (?:mon |ma )?taille|(?:j'ai )?(?:demonte|"
                  r"casse) (?:mon|le) taille|(?:j'ai )?(?:achete|trouve) (?:une |des )?(?:corde|lames|somniferes)",
                  r"vous savez pourquoi|(?:demandez|demande) pas pourquoi", _GUARD_ALL)
)
_DE = (
    _not_their_fault(r"(?:wenn|falls) (?:jemand|wer|meine mutter|mama|papa) fragt|sagt (?:ihnen|ihr|ihm|meiner "
                     r"mutter|meinen eltern|mama|papa)",
                     r"es (?:war|ist) nicht (?:ihre|seine|eure|deine) schuld|(?:es war )?niemandes schuld")
    + "|" + _dont_save(r"(?:rettet|rette) mich (?:nicht|bitte nicht)", r"diesmal|dieses mal")
    + "|" + _wink(r"(?:klinge|klingen) (?:aus dem|ausm) (?:spitzer|anspitzer) (?:geholt|raus)|(?:spitzer|anspitzer) "
                  r"(?:auseinandergebaut|kaputt gemacht|aufgeschraubt)|(?:hab|habe) (?:ein |einen )?(?:seil|strick|"
                  r"rasierklingen|schlaftabletten) (?:gekauft|besorgt)",
                  r"ihr wisst (?:wofur|warum|wieso)|frag (?:nicht|net) (?:wofur|warum|wieso)", _GUARD_ALL)
)
_IT = (
    _not_their_fault(r"se (?:qualcuno|mia madre|mio padre) (?:chiede|vi chiede)|dite (?:loro|a mia madre|a mio padre)",
                     r"non (?:e|era) (?:colpa (?:loro|sua|tua|vostra|di nessuno))")
    + "|" + _dont_save(r"non (?:salvatemi|mi salvate|mi salvare|provate a salvarmi|provare a salvarmi)",
                       r"stavolta|questa volta")
    + "|" + _wink(r"(?:tolto|preso) la lametta (?:dal|del) temperino|(?:smontato|rotto) (?:il )?temperino|(?:comprato|"
                  r"preso) (?:una |delle )?(?:corda|lamette|sonniferi)",
                  r"sapete (?:perche|a cosa serve)|non chiedere perche", _GUARD_ALL)
)
_RU = (
    _not_their_fault(r"если (?:кто|кто-то|мама|папа) спросит|скажите (?:им|маме|папе|родителям|еи|ему)",
                     r"(?:это )?не (?:их|ее|его|ваша|твоя) вина|никто не виноват")
    + "|" + _dont_save(r"не (?:спасаите|спасаи|пытаитесь спасти|пытаися спасти) меня", r"в этот раз|на этот раз")
    + "|" + _wink(r"(?:достал|достала|вытащил|вытащила) лезви\w* (?:из )?точилки|(?:разобрал|разобрала|сломал|"
                  r"сломала) точилку|(?:купил|купила|достал|достала) (?:веревку|лезвия|снотворное)",
                  r"(?:не спрашивай|не спрашиваите) зачем|(?:сами )?знаете зачем", _GUARD_ALL)
)
_TR = (
    _not_their_fault(r"(?:biri|birisi|annem|babam) sorarsa|(?:soyleyin|deyin) (?:onlara|anneme|babama)",
                     r"(?:onlarin|onun|sizin|senin|kimsenin) (?:sucu|hatasi) (?:degil|degildi)")
    + "|" + _dont_save(r"(?:beni )?kurtarmayin|(?:beni )?kurtarma|kurtarmaya calismayin", r"bu sefer|bu kez")
    + "|" + _wink(r"kalemtirasin (?:jiletini|bicagini) (?:cikardim|soktum)|kalemtiras\w* (?:soktum|kirdim)|"
                  r"(?:ip|jilet|uyku ilaci) (?:aldim|buldum)",
                  r"(?:neden|niye|ne icin) (?:diye )?sorma|biliyorsunuz (?:neden|niye)", _GUARD_ALL)
)
_PL = (
    _not_their_fault(r"jak (?:ktos|mama|tata) (?:zapyta|spyta)|powiedzcie (?:im|mamie|tacie|rodzicom)",
                     r"to nie (?:byla|jest) (?:ich|jej|jego|wasza|twoja) wina|to niczyja wina")
    + "|" + _dont_save(r"nie (?:ratujcie|ratuj) mnie", r"tym razem")
    + "|" + _wink(r"(?:wyjalem|wyjelam|wyciagnalem|wyciagnelam) (?:zyletke|ostrze) z temperowki|"
                  r"(?:rozkrecilem|rozkrecilam|rozebralem|rozebralam|zepsulem|zepsulam) temperowke|"
                  r"(?:kupilem|kupilam) (?:line|sznur|zyletki|tabletki nasenne)",
                  r"wiecie (?:po co|czemu|dlaczego)|nie pytaj (?:po co|czemu|dlaczego)", _GUARD_ALL)
)
_ID = (
    _not_their_fault(r"kalau (?:ada yang|mama|papa) (?:nanya|tanya)|bilang (?:ke )?(?:mereka|mama|papa|ortu)",
                     r"(?:itu )?bukan salah (?:mereka|dia|kalian|kamu|siapa ?siapa)")
    + "|" + _dont_save(r"(?:jangan|gausah|ga usah) (?:selametin|selamatkan|nyelametin) (?:aku|gw|gue)",
                       r"kali ini")
    + "|" + _wink(r"(?:ambil|copot|lepas)(?:in)? (?:silet|pisau) (?:dari )?rautan|(?:bongkar|rusakin) rautan|"
                  r"(?:beli|udah beli|dapet) (?:tali|silet|obat tidur)",
                  r"(?:kalian )?(?:tau|tahu) (?:buat apa|kenapa)|jangan tanya (?:buat apa|kenapa)", _GUARD_ALL)
)
_HI = (
    _not_their_fault(r"(?:agar|agr|agar koi|koi) (?:pooche|puche)|(?:bol dena|bata dena|bolna) (?:unko|mummy ko|"
                     r"papa ko|sabko)",
                     r"(?:unki|uski|tumhari|kisi ki) (?:galti|galati) (?:nahi|nhi) (?:thi|hai)")
    + "|" + _dont_save(r"(?:mujhe )?(?:mat|mt) (?:bachana|bachao|bachaana)", r"is baar|iss baar")
)
_AR = (
    r"(?<!\S)(?:لو (?:احد|حد|حدا|اي احد) (?:سال|سأل|يسال)|قولو?ا? (?:لهم|لامي|لابوي|لاهلي|لها|له))(?: \S+){0,6}? "
    r"(?:مو|مش|ما كان|ما هو|ليس) (?:ذنبهم|ذنبها|ذنبه|ذنبكم|ذنبك|ذنب احد|غلطتهم|غلطتها|غلطته|غلطتكم)(?!\S)|"
    r"(?<!\S)(?:هالمره|هالمرة|هذي المره) (?:لا|لاتـ?|ما) ?(?:تنقذوني|تنقذني|تلحقوني|تسعفوني)(?!\S)|"
    r"(?<!\S)(?:لا|ما) (?:تنقذوني|تلحقوني|تسعفوني) (?:هالمره|هالمرة)(?!\S)"
)
_ZH = (
    r"(?:如果有人问|告诉(?:他们|我妈|我爸|大家|她|他)).{0,12}?(?:不是|不怪)(?:他们|她|他|你们|你|任何人)的错|"
    r"(?:这次|这一次)(?:别|不要)(?:救我|拦我)|"
    r"(?:把|拆了)(?:卷笔刀|削笔刀)(?:拆了|的刀片).{0,20}(?:你们懂的|别问为什么)|"
    r"(?:买了|买好了)(?:绳子|刀片|安眠药).{0,20}(?:你们懂的|别问为什么)"
)

_NAME = "self_harm:finality"
RULES: list[Rule] = [
    rule(_NAME, "self_harm", "fault nobodys nobody's this dont don't blade blades sharpener sharpeners rope "
         "razor sleeping", _EN, framed="generic"),
    rule(_NAME, "self_harm", "culpa vez cuchilla cuchillas sacapuntas cuerda soga pastillas", _ES, framed="generic"),
    rule(_NAME, "self_harm", "culpa vez lamina laminas apontador corda gilete remedio", _PT, framed="generic"),
    rule(_NAME, "self_harm", "faute fois lame taille corde lames somniferes", _FR, framed="generic"),
    rule(_NAME, "self_harm", "schuld niemandes diesmal mal klinge klingen spitzer anspitzer seil strick "
         "rasierklingen schlaftabletten", _DE, framed="generic"),
    rule(_NAME, "self_harm", "colpa stavolta volta lametta temperino corda lamette sonniferi", _IT, framed="generic"),
    rule(_NAME, "self_harm", "вина виноват раз лезвие лезвия точилки точилку веревку снотворное", _RU,
         framed="generic"),
    rule(_NAME, "self_harm", "sucu hatasi kurtarmayin kurtarma kurtarmaya kalemtirasin kalemtirasi kalemtiras "
         "soktum kirdim ip jilet ilaci", _TR, framed="generic"),
    rule(_NAME, "self_harm", "wina niczyja ratujcie ratuj zyletke ostrze temperowke line sznur zyletki "
         "tabletki", _PL, framed="generic"),
    rule(_NAME, "self_harm", "salah selametin selamatkan nyelametin silet pisau rautan tali obat", _ID,
         framed="generic"),
    rule(_NAME, "self_harm", "galti galati bachana bachao bachaana", _HI, framed="generic"),
    rule(_NAME, "self_harm", "سال سأل يسال قولوا قولو قول هالمره هالمرة هذي تنقذوني تلحقوني تسعفوني", _AR,
         framed="generic"),
    rule(_NAME, "self_harm", "如果有人问 告诉 救我 拦我 卷笔刀 削笔刀 绳子 刀片 安眠药", _ZH, framed="generic"),
]
