"""Cover stories, hidden places, urges, funeral plans, burden and death as
the better option.

Why: a blind evaluation found these missed:

* **a cover story that is a lie**: "les marques sur mes bras c'est pas le
  chat comme j'ai dit à ma mère", "i tell the pe teacher the marks on my arm
  are from the cat. we dont have a cat".  Marks on the writer's body, the
  cat (or dog) as the story, and the writer saying it is not true.  A real
  scratch ("the cat scratched my arm lol") has no denial;
* **a hidden place**: "bacaklarıma yapıyorum artık, orası görünmüyor
  çünkü" (I do it on my legs now, it doesn't show there): "doing it" on a
  hidden body part with "nobody sees / it doesn't show";
* **urges**: "sh urges r so loud 2nite": self-harm urges named
  ("urges to eat chocolate" are no self-harm urges);
* **one's own funeral planned**: "já até escolhi a música pro meu enterro
  kkk mas é sério": a song / outfit already chosen for *my* funeral
  ("the song for my grandma's funeral" is someone else's);
* **burden relieved by absence**: "aku sering mikir kalo aku ga ada, mama
  ga perlu kerja keras lagi": if I were not here, a parent would not have
  to work so hard / worry / pay;
* **death better than this life** in Arabizi ("el mot a7san mn hal 7ayat")
  and "you'll all be rid of me, I won't wait that long" in Turkish.

Patterns run on the phrase form (accents stripped, "r" reads "are").
"""

from __future__ import annotations

from .packs.ar._script import az, az_triggers
from .rules import Rule, rule

_MARKS = (
    r"(?:marks|cuts|scratches|scars|lines|bruises|marques|coupures|griffures|cicatrices|marcas|cortes|"
    r"aranazos|rasguños|spuren|narben|kratzer|segni|tagli|graffi|marcas|arranhoes|cortes)"
)
_MY_BODY = (
    r"(?:on my|sur mes|sur mon|en mis|en el|an meinen|an meinem|auf meinen|sulle mie|sul mio|nos meus|nas "
    r"minhas|no meu) (?:arms?|wrists?|legs?|thighs?|stomach|bras|poignets?|jambes|cuisses|brazos?|"
    r"munecas?|piernas|muslos|armen?|handgelenken?|beinen|oberschenkeln|braccia|polsi|gambe|cosce|"
    r"bracos?|pulsos?|pernas|coxas)"
)
_LIE = (
    r"(?:we (?:do not|dont) (?:have|even have|own) a (?:cat|dog)|(?:its|it is|they are|theyre|were|was) "
    r"not (?:really )?(?:from )?the (?:cat|dog)|c'est pas (?:le|mon) (?:chat|chien)|ce n'est pas (?:le|"
    r"mon) (?:chat|chien)|on (?:a|n'a) pas de chat|no (?:fue|es|son) (?:el|mi) (?:gato|perro)|no "
    r"tenemos (?:gato|perro)|(?:war|ist|sind) nicht die katze|wir haben (?:keine katze|keinen hund)|"
    r"non (?:e stato|e|sono) (?:il|del) (?:gatto|cane)|non abbiamo (?:un |il )?(?:gatto|cane)|nao foi "
    r"o (?:gato|cachorro)|nao temos (?:gato|cachorro))"
)
_HIDDEN_PART = (
    r"(?:legs|thighs|stomach|hips|piernas|muslos|cuisses|jambes|ventre|oberschenkeln|beinen|bauch|"
    r"gambe|cosce|pancia|pernas|coxas|barriga|bacaklarima|bacagima|karnima|nogach|udach|brzuchu|paha|"
    r"kaki|perut)"
)
_NOT_SEEN = (
    r"(?:no one|nobody|noone|nadie|personne|niemand|nessuno|ninguem|kimse|nikt|ga ada yang|gak ada yang)"
    r" (?:can |will |could |would )?(?:see|sees|notice|nota|ve|voit|sieht|vede|ve|gormez|gormuyor|"
    r"widzi|liat|lihat)\w*|(?:it|that) (?:does not|doesnt|will not|wont) show|(?:so|where) (?:it|they) "
    r"(?:does not|doesnt|dont|do not) show|no se ve|no se nota|ca se voit pas|ca ne se voit pas|"
    r"(?:sieht|merkt) (?:man|es) (?:es )?nicht|non si vede|nao aparece|nao da pra ver|"
    r"(?:orasi )?gorunmuyor|gorunmez|nie widac|ga keliatan|gak keliatan|tidak terlihat"
)

RULES: list[Rule] = [
    # a cover story that is a lie: marks on my arm ... the cat ... we dont have a cat
    rule("self_harm:concealment", "self_harm",
         "cat dog chat chien gato perro katze hund gatto cane cachorro",
         r"\b" + _MARKS + r" " + _MY_BODY + r"\b[^?]{0,80}?\b" + _LIE + r"\b",
         framed="generic"),
    # doing it on a hidden body part where nobody sees
    rule("self_harm:concealment", "self_harm",
         "do it now lo hago fais mach faccio faco yapiyorum robie ngelakuin lakuin",
         r"\b(?:i (?:only )?do it|i (?:only )?cut|lo hago|me corto|je le fais|je me coupe|ich (?:mach|mache) "
         r"(?:es|das)|ich ritz mich|lo faccio|mi taglio|(?:eu )?faco|me corto|yapiyorum|robie to|tne sie|"
         r"aku (?:ngelakuin|lakuin|lakukan))\b(?: (?:\w+ )?now| (?:\w+ )?ahora| (?:\w+ )?jetzt| artik)?"
         r"[^.!?]{0,30}?\b" + _HIDDEN_PART + r"\b[^?]{0,50}?\b(?:" + _NOT_SEEN + r")\b|\b"
         + _HIDDEN_PART + r" (?:yapiyorum|robie to|tne sie)\b[^?]{0,40}?\b(?:" + _NOT_SEEN + r")\b",
         framed="generic"),
    # self-harm urges named: "sh urges are so loud tonight"
    rule("self_harm:relapse", "self_harm", "urges urge urging",
         r"\b(?:sh|self harm|selfharm|cutting|cut|relapse|suicidal|ed) urges?\b(?! (?:content|videos?|"
         r"posts?|awareness|in (?:teens|young|people|kids))\b)|\burges? to (?:cut|sh|self harm|hurt "
         r"myself|kill myself|relapse|end it)\b",
         framed="generic"),
    # my own funeral planned: a song / outfit already chosen
    rule("self_harm:planning", "self_harm",
         "funeral enterro entierro funeral velorio enterrement funerailles beerdigung funerale",
         r"\b(?:already |even |just )?(?:chose|chosen|picked|planned|escolhi|ja escolhi|elegi|escogi|"
         r"j'ai (?:deja )?choisi|(?:hab|habe) (?:schon |sogar )?(?:\w+ )?ausgesucht|ho (?:gia )?scelto)"
         r"\b[^.!?]{0,40}?\b(?:for|pro|para|pour|fur|per) (?:my|o meu|meu|mi|mon|mes|meine|il mio)"
         r" (?:funeral|enterro|entierro|velorio|enterrement|funerailles|beerdigung|funerale)\b",
         framed="generic"),
    # burden relieved by absence: if I weren't here, mum wouldn't have to work so hard
    rule("self_harm:burden", "self_harm",
         "kalo kalau klo if si wenn se without",
         r"\b(?:kalo|kalau|klo) (?:aku|gw|gue) (?:ga|gak|nggak|tidak|ngga) ada\b[^.!?]{0,50}?\b(?:ga|gak|"
         r"nggak|tidak|ngga) (?:perlu|usah|harus) (?:kerja keras|capek|pusing|mikirin|bayar|repot)\b|"
         r"\bif i (?:was|were) (?:not|never) (?:here|around|born)\b[^.!?]{0,50}?\b(?:mum|mom|dad|parents|"
         r"mother|father|family|nan|gran)\w* (?:would not|wouldnt) (?:have to|need to) (?:work so hard|"
         r"work two jobs|pay|worry|struggle)\b",
         framed="generic"),
    # Arabizi: death is better than this life
    rule("self_harm:disclosure", "self_harm", az_triggers("mot moot mout mawt a7san afdal"),
         az(r"\b(?:el ?|al ?)?(?:mot|moot|mout|mawt) (?:a7san|afdal|afdl)(?: (?:mn|min|men|mi|mel|mil) "
            r"(?:hal |hay |hayda |hayde |hadi |hadih |el ?|al ?)?(?:7ayat|7aya|7ayati|3ishe|3isha))\b"),
         framed="generic"),
    # Arabizi: everyone (my family) would be better off without me ("kolhom a7san men
    # gheri"); a thing better without me ("el team a7san men gheri") is not a person
    rule("self_harm:burden", "self_harm", az_triggers("gheri ghery ghairi 8eri 8ery bdooni bdoni"),
         az(r"\b(?:kol|kolo|kolhom|kulhum|el kol|al kol|ahli|ahla|3eelti|3ailti|el nas|ennas|mama|"
            r"baba|el kol hayb2a|kolo hayb2a|kolhom hayb2o)(?: \w+){0,2} (?:a7san|afdal|mabsoten|mabsotin|"
            r"ertaho|yerta7o|mertaheen)(?: \w+)? (?:men|min|mn|bi|b)? ?(?:gheri|ghery|ghairi|8eri|8ery|"
            r"dooni|douni|bdooni|bdoni)\b"),
         framed="generic"),
    # tr: you'll all be rid of me ... I won't wait that long
    rule("self_harm:burden", "self_harm", "kurtulacaksiniz kurtulursunuz kurtulacaksin beklemeyecegim",
         r"\bbenden kurtulacaksiniz\b[^?]{0,60}?\b(?:o kadar )?beklemeyecegim\b|\bbenden "
         r"kurtulacaksiniz (?:zaten )?(?:yakinda|cok yakinda|merak etmeyin)\b",
         framed="generic"),
]
