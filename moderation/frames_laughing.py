"""Laughing to death: "ngakak sampe mau mati", "me quiero morir de risa",
"vou morrer de rir", "je vais mourir de rire", "ich will sterben vor
lachen", "voglio morire dal ridere", "я хочу умереть от смеха", "ابي اموت من
الضحك", "笑到想死", "hanste hanste marna chahta hoon".

Why: the death wish is *caused* by laughing, said in the same breath; the
self-harm rules read "want to die" and hold it.  `frames_hyperbole.py`
only excuses "can't take any more" next to laughter.  Here the cause must
be attached to the death phrase: right after it ("... de risa", "... vor
lachen", "... من الضحك", "... ngakak") or right before it ("ngakak sampe
...", "ketawa sampai ...", "笑到/笑得 ...", "hanste hanste ...", "i laughed
so hard ...", "gülmekten ...").  Laughter merely *next to* a wish ("lol i
want to die fr, nobody would care", "哈哈哈我想死", "wkwk pengen mati aja")
is not a cause and stays held, as does any line that says it means it ("de
verdad", "beneran", "fr", "nobody would care").

Dying *of shame* is the same idiom (session 17): "quero morrer de vergonha",
"voglio morire dalla vergogna", "je veux mourir de honte", "умру от стыда",
"umrę ze wstydu", "أموت من الكسوف", "pengen mati saking malunya", "utançtan
öleceğim", "尴尬得想死" - held in the languages no other frame reads them in
(`frames_trivial.py` has Spanish, German, Indonesian and Hindi).  The shame
must be attached to the death phrase, as the laughter is; "tengo vergüenza de
mí, quiero morir" names no cause of dying.

Used by `frames_context.context_frame` for self-harm rules.
"""

from __future__ import annotations

from . import fastre

# the cause right after the death phrase
_CAUSE_AFTER = fastre.compile(
    r" ?(?:(?:from |of )?laugh(?:ing|ter)|of laughter|from laughing|de (?:la |tanto |tanta )?(?:risa|"
    r"rir|rire|riso)|de rir|vor lachen|dal ridere|dalle risate|dalla risata|от смеха|со смеху|"
    r"من الضحك|من كثر الضحك|ze smiechu|gulmekten|ngakak|ketawa|hanste hanste|has has ke|"
    # shame
    r"de vergonha|de verguenza|dalla vergogna|di vergogna|de honte|vor scham|от стыда|со стыда|"
    r"ze wstydu|من الكسوف|من الخجل|من الاحراج|saking malu\w*|(?:karena|krn) malu|sharam se)\b"
    # ashamed *of oneself* is no embarrassing moment
    r"(?! (?:de mim|de mi|di me|de moi|за себя|z siebie|من نفسي|sama diri|apne aap)\b)"
)
# the cause right before it: "ngakak sampe ...", "笑到 ...", "i laughed so hard ..."
_CAUSE_BEFORE = fastre.compile(
    r"(?:\b(?:ngakak|ketawa|tertawa|ketawa ketiwi)(?: \w+)? (?:sampe|sampai|ampe|ampek|smpe|smp)|"
    r"\blaugh(?:ed|ing) so (?:hard|much)(?: that)?(?: i)?|\b(?:gulmekten|hanste hanste|hass? hass? ke|"
    r"has has ke|hans hans ke)|"
    r"\b(?:me rei|ri|me ri|j'ai) tant(?:o|) que|\bich hab so gelacht(?: dass)?|"
    r"\bho riso cosi tanto che|\bтак смеял(?:ся|ась) что|\bضحكت (?:لدرجه|كثير)|"
    r"हंसते हंसते|\b(?:utancimdan|utanctan|rezillikten))(?: \S+){0,2} ?$|"
    r"(?:笑到|笑得|笑的|尴尬得|尴尬到|羞得|丢人得)\S{0,4}$"
)
_WORD_REST = fastre.compile(r"\w*")
# the writer says they mean it
_SERIOUS = fastre.compile(
    r"\b(?:fr|frfr|for real|seriously|honestly|not joking|no joke|i mean it|nobody would care|"
    r"no one would care|nobody cares|no one cares|de verdad|en serio|no es broma|de verdade|serio|"
    r"nao e brincadeira|serieux|serieusement|sans rire|ernsthaft|im ernst|kein witz|sul serio|"
    r"non scherzo|серьезно|правда|не шучу|بجد|مو مزح|sach mein|sach me|seriously|cidden|"
    r"ninguem|nessuno|davvero|personne|vraiment|никто|nikt|kimse|محد|ما حد|"
    r"gercekten|ciddiyim|naprawde|nie zartuje|beneran|serius|sungguh|gak bercanda|ga bercanda)\b|"
    r"认真|不是开玩笑|真的想死"
)


# every cause above contains one of these: a message without any is not read further
_LAUGH_STEMS = (
    "laugh", "risa", "de rir", "tanto rir", "riso", "risat", "rire", "lachen", "gelacht", "ridere",
    "смех", "смея", "ضحك", "smiech", "gulmek", "ngakak", "ketawa", "tertawa", "hanste", "hass hass",
    "has has", "hans hans", "हंस", "笑", "ri tant", "j'ai tant",
    "vergonha", "verguenza", "vergogna", "honte", "scham", "стыд", "wstyd", "الكسوف", "الخجل",
    "الاحراج", "malu", "sharam", "utanc", "rezillik", "尴尬", "羞", "丢人",
)


def laughing_frame(text: str, start: int, end: int) -> str | None:
    """'hyperbole' when the death phrase at text[start:end] is caused by
    laughing or shame, named right next to it, and the line never says it is
    meant."""
    if not any(stem in text for stem in _LAUGH_STEMS) or _SERIOUS.search(text) is not None:
        return None
    # the rule may stop inside a word ("quiero morir|me de risa")
    rest = _WORD_REST.match(text, end)
    after = rest.end() if rest else end
    if _CAUSE_AFTER.match(text, after) or _CAUSE_BEFORE.search(text, max(0, start - 40), end):
        return "hyperbole"
    if _CAUSE_BEFORE.search(text, max(0, start - 40), start):
        return "hyperbole"
    return None
