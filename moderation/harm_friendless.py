"""Exclusion told as a prophecy: "nobody will ever be your friend", "you'll
never have friends" (appended to `harm.RULES`).

Found missing on a blind evaluation (Hindi "तू काली और मोटी है, कोई तुझसे
दोस्ती नहीं करेगा"); the existing exclusion rules read the present ("nobody
likes you", "no one talks to you") and Hindi "koi tujhse dosti nahi karega"
only.  The future form is the same put-down in every language, so it is
written here as a class in the 13 languages of the package:

* nobody will (ever) be the reader's friend, want to be friends with, sit
  with, talk to, date or love them ("nadie querrá ser tu amiga", "personne
  voudra être ton amie", "keiner will mit dir befreundet sein", "никто не
  будет с тобой дружить", "محدش هيصاحبك", "没人会跟你做朋友", "kimse seninle
  arkadaş olmaz", "nikt nie będzie się z tobą przyjaźnić", "gak bakal ada yang
  mau temenan sama lo");
* the reader will never have friends or will always be alone ("t'auras
  jamais d'amis", "у тебя никогда не будет друзей", "lo gak bakal punya temen").

The reader must be the one shunned: "nobody will be my friend" (the writer's
fear), "she's scared nobody will be her friend" and "no one will sit with
you? sit with me!" pass, and so do the everyday endings - "you'll never have
friends like these again", "nobody will love you like your mum does", "no one
will be your friend on the first day, it takes time", and a condition after
it ("... if you keep lying", advice).  Reports and quotes are excused by the
frames.

Matched against `Prepared.plain` (Chinese: `norm` via `zrule`).
"""

from __future__ import annotations

import unicodedata

from .packs.zh import zrule
from .rules import Rule, rule

# the everyday endings: a comparison, a time it takes, a condition, a question
_NOT_EN = (r"(?! (?:\w+ )?(?:like|as (?:good|much|well)|as you|who|that|than|until|till|if|unless|"
           r"when|on the first|at first|right away|straight away|in a day|overnight|again|yet|"
           r"anymore|for a while|immediately)\b| ?\?)")
_NOT_ES = (r"(?! (?:\w+ )?(?:como (?:yo|tu|ella|el|nosotros|tu madre)|si (?:sigues|no cambias|eres|"
           r"no dejas)|hasta que|el primer dia|al principio|enseguida|todavia)\b| ?\?)")
_NOT_FR = (r"(?! (?:\w+ )?(?:comme (?:moi|nous|ta mere|eux)|si tu (?:continues|restes|es)|tant que|"
           r"le premier jour|au debut|tout de suite|encore)\b| ?\?)")
_NOT_PT = (r"(?! (?:\w+ )?(?:como (?:eu|nos|sua mae|tua mae)|se (?:voce|vc|tu) (?:continuar|for|"
           r"nao mudar)|ate que|no primeiro dia|no comeco|de cara|ainda)\b| ?\?)")
_NOT_DE = (r"(?! (?:\w+ )?(?:wie (?:ich|wir|deine mutter)|wenn du (?:so|weiter|nicht)|solange|am "
           r"ersten tag|am anfang|sofort|gleich)\b| ?\?)")
_NOT_IT = (r"(?! (?:\w+ )?(?:come (?:me|noi|tua madre)|se (?:continui|fai|non cambi)|finche|il "
           r"primo giorno|all'inizio|subito)\b| ?\?)")
_YOU_PT = r"(?:voce|vc|video call|tu|ti|contigo)"

RULES: list[Rule] = [
    # -- en ---------------------------------------------------------------------------
    # triggered by the subject, gated by the object ("like", "you" are everywhere)
    rule("bullying:exclusion", "bullying",
         "one nobody nobodys noone noones no1 never always forever",
         r"\b(?:no one|nobody|noone|no1|not a single person|not one person|not even one person)"
         r"(?:'s|s)? (?:will|would|is going to|going to|is gonna|is ever going to|will ever|is "
         r"ever gonna) (?:ever |evr |really |actually |even |truly )*(?:(?:be|want to be|wanna be) (?:your|"
         r"ur) (?:friend|friends|bestie|bff|mate|gf|bf|girlfriend|boyfriend|best friend)|(?:want "
         r"to |wanna )?(?:be friends with|hang out with|sit (?:with|next to)|talk to|date|love|like|"
         r"play with|invite|marry|kiss|go out with|pick|choose) (?:you|ya)\b)" + _NOT_EN + r"|"
         r"\b(?:(?:you|u) (?:will|are going to|are gonna)|you'll|youll|ull) (?:never|not ever|"
         r"never ever) (?:have|"
         r"get|make|find|keep) (?:any |a |real |true )?(?:friends|a friend|friend|mates|a mate|a "
         r"boyfriend|a girlfriend|a bf|a gf)\b" + _NOT_EN + r"|"
         r"\b(?:(?:you|u) (?:will|are going to|are gonna)|you'll|youll|ull) (?:always|forever) "
         r"be (?:alone|a loner|"
         r"friendless|lonely|single|a nobody)\b" + _NOT_EN,
         requires="friend friends bestie bff mate mates gf bf girlfriend boyfriend date love like "
                  "marry kiss sit talk play invite hang pick choose alone loner friendless lonely "
                  "single"),
    # -- es fr pt de it ---------------------------------------------------------------------
    rule("bullying:exclusion", "bullying", "nadie nunca jamas",
         r"\bnadie (?:nunca |jamas |en la vida )?(?:va a |te va a |se va a |querra |quiere |va a "
         r"querer |nunca va a |jamas va a )(?:ser tu (?:amigo|amiga|novio|novia|mejor amiga|mejor "
         r"amigo)|querer(?:te)? ser tu (?:amigo|amiga|novio|novia)|juntarse contigo|hablarte|"
         r"sentarse contigo|salir contigo|estar contigo|quererte|querer estar contigo|invitarte|"
         r"querer|hablar contigo|ser amigo tuyo|ser amiga tuya)\b" + _NOT_ES + r"|"
         r"\b(?:nunca|jamas) (?:vas a tener|tendras|en tu vida vas a tener) (?:amigos|amigas|"
         r"novio|novia|pareja|un amigo|una amiga)\b" + _NOT_ES),
    rule("bullying:exclusion", "bullying", "personne jamais",
         r"\bpersonne (?:ne )?(?:voudra|veut|va vouloir|sera|ne sera|voudra jamais|sera jamais|"
         r"voudra plus) (?:jamais )?(?:etre ton (?:ami|amie|pote|copain|copine|meilleur ami|"
         r"meilleure amie)|trainer avec toi|sortir avec toi|te parler|s'asseoir avec toi|"
         r"s'assoir avec toi|t'aimer|d'toi|de toi|traîner avec toi|jouer avec toi|t'inviter)\b"
         + _NOT_FR + r"|"
         r"\b(?:tu n'auras|tu auras|t'auras|t'aura|tu vas) jamais (?:avoir )?(?:d'amis|d'amies|de "
         r"potes|de copain|de copine|des amis|d'ami|d'amie|de meuf|de mec)\b" + _NOT_FR),
    rule("bullying:exclusion", "bullying", "ninguem nunca jamais",
         r"\bninguem (?:nunca |jamais )?(?:vai|vai querer|quer|nunca vai|jamais vai|vai nunca)"
         r" (?:querer )?(?:ser (?:seu|sua|teu|tua) (?:amigo|amiga|namorado|namorada|melhor amiga|"
         r"melhor amigo)|andar com " + _YOU_PT + r"|sentar com " + _YOU_PT + r"|falar com "
         + _YOU_PT + r"|te querer|gostar de " + _YOU_PT + r"|namorar (?:voce|vc|contigo|ctg)|ficar "
         r"com " + _YOU_PT + r")\b" + _NOT_PT + r"|"
         r"\b(?:voce|vc|video call|tu) (?:nunca|jamais) (?:vai|vais|vai conseguir) (?:ter|"
         r"arrumar|fazer) (?:amigos|amigas|namorado|namorada|um amigo|uma amiga)\b" + _NOT_PT),
    rule("bullying:exclusion", "bullying", "keiner niemand nie niemals",
         r"\b(?:keiner|niemand|kein mensch) (?:will|wird|wird jemals|wird je|mochte|will jemals|"
         r"wird nie) (?:jemals |je |nie |niemals )?(?:mit dir befreundet sein|dein (?:freund|kumpel|"
         r"bester freund)|deine (?:freundin|beste freundin)|mit dir (?:abhangen|reden|sitzen|"
         r"chillen|spielen|zusammen sein|gehen)|dich (?:mogen|lieben|daten|einladen))\b" + _NOT_DE
         + r"|\bdu wirst (?:nie|niemals|nie im leben) (?:freunde|einen freund|eine freundin|"
         r"jemanden|einen einzigen freund) (?:haben|finden)\b" + _NOT_DE),
    rule("bullying:exclusion", "bullying", "nessuno mai",
         r"\bnessuno (?:vuole|vorra|sara mai|sara|vorra mai|ti vorra mai|vorra piu) (?:mai )?"
         r"(?:essere|diventare)? ?(?:tua|tuo) (?:amica|amico|ragazza|ragazzo|migliore amica|"
         r"migliore amico)\b" + _NOT_IT + r"|"
         r"\bnessuno (?:mai )?(?:vorra|vuole|ti vorra) (?:mai )?(?:stare|uscire|parlare|sedersi|"
         r"giocare) con te\b" + _NOT_IT + r"|"
         r"\b(?:non avrai mai|tu non avrai mai|non avrai) (?:degli |delle )?(?:amici|amiche|un "
         r"amico|un'amica|un ragazzo|una ragazza)\b" + _NOT_IT),
    # -- ru ar ------------------------------------------------------------------------------
    rule("bullying:exclusion", "bullying", "никто тобой тебя",
         r"\bникто (?:и )?(?:никогда )?(?:не будет|не захочет|не станет) (?:с тобой )?(?:дружить|"
         r"общаться|встречаться|сидеть|гулять|разговаривать)(?: с тобой)?\b|"
         r"\bс тобой (?:никто )?(?:никогда )?(?:никто )?(?:не будет|не захочет|не станет) "
         r"(?:дружить|общаться|встречаться|сидеть|гулять|разговаривать)\b|"
         r"\bу тебя (?:никогда )?(?:не будет|нет и не будет) (?:ни )?(?:друзей|подруг|друга|"
         r"подруги|парня|девушки)\b(?! (?:\S+ )?(?:как|таких|лучше))"),
    rule("bullying:exclusion", "bullying",
         "محدش محد حد حدا احد يصاحبك يصاحبكي يصادقك يصادقكي هيصاحبك بيصاحبك حيصاحبك اصحاب صحاب اصدقاء",
         r"(?:محدش|محد|ما حد|ماحد|ولا حد|ما حدا|مافي حد|ما في حد|ولا احد|لا احد|مش حد|ولا واحد)"
         r" (?:\S+ )?(?:راح |رح |ح |سوف |بي |هي )?(?:يصاحبك|يصاحبكي|يصادقك|يصادقكي|هيصاحبك|"
         r"هيصاحبكي|بيصاحبك|بيصاحبكي|حيصاحبك|حيصاحبكي|حيصادقك|هيصادقك|بيصادقك|يكون صاحبك|"
         r"يكون صاحبتك|يكون صديقك|يكون صديقتك|يبقى صاحبك|يبقى صاحبتك|يقعد معك|يقعد معاكي|يلعب "
         r"معك|يلعب معاكي|هيقعد معاكي|هيلعب معاكي|هيكلمك|حيكلمك|بيكلمك)(?! \S* ?؟)|"
         r"(?:مش|ما|لن|مو) (?:هيكون|راح يكون|رح يكون|يكون|حيكون|بيكون|هيبقى) (?:عندك|لك|ليكي|"
         r"عندكي) (?:\S+ )?(?:اصحاب|صحاب|اصدقاء|صديق|صديقه|صحبه)"),
    # -- zh ---------------------------------------------------------------------------
    zrule("bullying:exclusion", "bullying", "没 谁 朋 友 玩",
          r"没(?:有)?人(?:会|愿意|想|要)?(?:跟|和|同)你(?:做朋友|玩|交朋友|一起玩|坐一起|坐|说话)"
          r"(?![^。!?]{0,4}[吗?])|"
          r"谁(?:会|愿意|想|要)(?:跟|和|同)你(?:做朋友|玩|交朋友|一起玩)|"
          r"你(?:这辈子|一辈子|永远)(?:都)?(?:不会有|交不到|没有|不可能有)朋友|你(?:永远|这辈子)?"
          r"(?:都)?交不到(?:任何)?朋友"),
    # -- hi tr pl id ----------------------------------------------------------------------
    rule("bullying:exclusion", "bullying",
         unicodedata.normalize("NFKC", "dosti baat friendship baithega baithegi bethega khelega "
                               "khelegi dost friend pasand like दोस्ती बात दोस्त बैठेगा खेलेगा"),
         unicodedata.normalize("NFKC",
            r"\b(?:koi|koi bhi) (?:tujhse|tumse|tere saath|tumhare saath|tere sath|tumhare sath) "
            r"(?:kabhi )?(?:dosti|baat|friendship) (?:nahi|nhi|nai) (?:karega|karegi|karenge|karta|"
            r"karti|karna chahega|karna chahta)\b|"
            r"\b(?:tujhse|tumse|tere saath|tumhare saath|tere sath) (?:koi|koi bhi) (?:kabhi )?"
            r"(?:dosti|baat|friendship) (?:nahi|nhi|nai) (?:karega|karegi|karenge|karta|karti)\b|"
            r"\b(?:koi|koi bhi) (?:tere|tumhare) (?:saath|sath|paas|pass) (?:nahi|nhi|nai) "
            r"(?:baithega|baithegi|bethega|khelega|khelegi|aayega|aayegi|rahega|rahegi)\b|"
            r"\b(?:tujhe|tumhe) koi (?:bhi )?(?:pasand|like) (?:nahi|nhi|nai) (?:karega|karegi|"
            r"karta|karti)\b|"
            r"\b(?:tera|teri|tumhara|tumhari) koi (?:bhi )?(?:dost|friend|dosti) (?:nahi|nhi|nai) "
            r"(?:hoga|hogi|banega|banegi|bnega)\b|"
            r"कोई (?:भी )?(?:तुझसे|तुमसे|तेरे साथ|तुम्हारे साथ) (?:कभी )?(?:दोस्ती|बात) (?:नहीं|नही) "
            r"(?:करेगा|करेगी|करेंगे)|(?:तुझसे|तुमसे|तेरे साथ) कोई (?:भी )?(?:दोस्ती|बात) (?:नहीं|नही) "
            r"(?:करेगा|करेगी|करेंगे)|(?:तेरा|तुम्हारा) कोई (?:भी )?दोस्त (?:नहीं|नही) (?:बनेगा|होगा)|"
            r"कोई (?:भी )?(?:तेरे|तुम्हारे) (?:साथ|पास) (?:नहीं|नही) (?:बैठेगा|बैठेगी|खेलेगा|खेलेगी)")),
    rule("bullying:exclusion", "bullying", "kimse arkadasin sevgilin dostun",
         r"\bkimse (?:\w+ )?(?:seninle|senle|sana|seni) (?:\w+ )?(?:arkadas olmaz|arkadas "
         r"olmayacak|arkadas olmak istemez|arkadas olmak istemeyecek|arkadaslik yapmaz|takilmaz|"
         r"takilmayacak|oturmaz|oturmayacak|konusmaz|konusmayacak|cikmaz|takilmak istemez|"
         r"sevmeyecek|sevmez)\b|"
         r"\b(?:hic|hicbir zaman|asla|hayatta) (?:\w+ )?(?:arkadasin|sevgilin|dostun) (?:olmayacak|"
         r"olmaz)\b"),
    rule("bullying:exclusion", "bullying", "nikt nigdy",
         r"\bnikt (?:nigdy )?(?:sie )?(?:nie )?(?:bedzie|zechce|bedzie chcial|bedzie chciala) (?:sie "
         r")?(?:z toba|cie|ciebie) (?:\w+ )?(?:przyjaznic|kolegowac|gadac|rozmawiac|siedziec|"
         r"chodzic|lubic|kochac|zapraszac|bawic|kolegowal\w*|przyjaznil\w*|gadal\w*|rozmawial\w*|"
         r"siedzial\w*|bawil\w*)\b|"
         r"\bnikt (?:nigdy )?(?:sie )?z toba (?:\w+ )?nie (?:bedzie|zechce) (?:sie )?(?:\w+ )?"
         r"(?:przyjaznic|kolegowac|gadac|rozmawiac|siedziec|chodzic|bawic|kolegowal\w*|"
         r"przyjaznil\w*|gadal\w*|rozmawial\w*|siedzial\w*|bawil\w*)\b|"
         r"\bnigdy nie (?:bedziesz|bedziesz miec|bedziesz mial|bedziesz miala) (?:miec |mial |miala )?"
         r"(?:przyjaciol|przyjaciolki|przyjaciela|znajomych|chlopaka|dziewczyny|kolegow|"
         r"kolezanek)\b(?! (?:\w+ )?(?:takich|jak))"),
    rule("bullying:exclusion", "bullying", "ada temen teman pacar siapa",
         r"\b(?:gak|ga|nggak|ngga|tidak|gk|g|enggak) (?:bakal |akan |bakalan )?ada (?:yang|yg|"
         r"orang yang|orang yg) (?:\w+ )?(?:mau|pengen|sudi|bakal mau) (?:temenan|berteman|deket|"
         r"main|duduk|ngobrol|pacaran|jadi temen) (?:\w+ )?(?:sama|ama|dengan|dgn|bareng) (?:kamu|"
         r"lu|lo|elu|kau|km)\b|"
         r"\b(?:kamu|lu|lo|elu|kau) (?:gak|ga|nggak|tidak|gk) (?:bakal|akan|bakalan) (?:pernah )?"
         r"(?:punya|dapet|dapat) (?:temen|teman|pacar|sahabat)\b|"
         r"\bsiapa (?:juga )?(?:yang |yg )?mau (?:temenan|berteman|deket) (?:sama|ama|dengan) "
         r"(?:lo|lu|kamu|kau)\b"),
]
