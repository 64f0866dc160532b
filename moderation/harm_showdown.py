"""Fight set-ups aimed at the reader (appended to `harm.RULES` after
`harm_consequence.py`, whose docstring explains the family).

Two shapes, in en de es fr pt it ru ar zh hi tr pl id:

* "bring your friends, (it) won't help / won't save you": the reader's
  friends are already part of the fight ("bring deine Freunde mit, hilft dir
  eh nix", "trae a tus amigos, no te va a servir", "бери своих друзей, не
  поможет", "جيب ربعك ما راح ينفعونك", "叫上你的朋友也没用").  "bring your
  friends to the party" has no "won't help", and "it won't matter if it's
  crowded" goes on with a condition;
* coming to a place as the condition and "you're dead / done" as the result:
  "if you come to school tomorrow you're dead, I swear", "wenn du morgen in
  die Schule kommst bist du tot, ich schwör", "se vieni a scuola domani sei
  morto", "kalo lo dateng ke sekolah besok lo mati".  "if you *don't* come
  ... you're dead, we have the test" is not this shape, nor "if you come to
  school tomorrow bring the charger".  The match starts at the condition, so
  a frame word before it in the sentence ("a scuola", "kalo") is not taken
  for a lesson; reports and quotes before it still excuse it.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_YOU_ID = r"(?:lo|lu|kamu|elo|km|loe)"
# "it won't matter if ...": a condition follows, not the fight
_NO_CONDITION = (r"(?! (?:if|whether|because|cause|wenn|ob|weil|si|porque|parce|car|se|perche|"
                 r"если|потому|اذا|لو|agar|kyunki|cunku|eger|jesli|bo|kalau|karena)\b)")

# -- "bring your friends, won't help" ---------------------------------------
_BRING_EN = (r"\bbring (?:all )?(?:your|ur|ya) (?:\w+ )?(?:friends|mates|boys|crew|squad|gang|"
             r"bros|brother|brothers|cousins|dad|family)(?: \w+){0,4}? (?:it )?(?:will not|is not "
             r"going to|are not going to|not going to|does not|do not|would not) (?:help|save you|"
             r"matter|change anything|make a difference)\b")
_BRING_DE = (r"\bbring (?:\w+ )?(?:deine|deinen) (?:\w+ )?(?:freunde|kumpels|jungs|bruder|leute|"
             r"gang|cousins|crew)(?: \w+){0,4}? (?:hilft|bringt|nutzt|rettet|helfen|retten) (?:dir |"
             r"euch )?(?:\w+ )?(?:nix|nichts|nicht)\b")
_BRING_ES = (r"\btrae a (?:\w+ )?(?:tus|tu) (?:\w+ )?(?:amigos|amigas|panas|colegas|hermanos|hermano|"
             r"primos|compas|pandilla)(?: \w+){0,3}? no (?:te )?(?:va a |van a )?(?:servir|salvar|"
             r"ayudar|sirve|sirven|cambiar)\b")
_BRING_FR = (r"\b(?:ramene|amene|ramenes|amenes|viens avec) (?:\w+ )?(?:tes|ton|ta) (?:\w+ )?(?:potes|"
             r"amis|copains|freres|frere|cousins|bande|gang|reufs)(?: \w+){0,4}? (?:ca (?:\w+ )?"
             r"(?:servira|sert|servir) a rien|ca (?:\w+ )?(?:changera|change) rien|ils (?:\w+ )?"
             r"(?:pourront|vont|peuvent) (?:rien|pas) (?:faire|t'aider)|(?:ca|ils) (?:te )?"
             r"(?:sauveront|sauvera) pas)\b")
_BRING_PT = (r"\b(?:traz|tras|chama|leva) (?:\w+ )?(?:teus|seus|tua|sua|os) (?:\w+ )?(?:amigos|amigas|"
             r"parceiros|manos|irmaos|irmao|primos|colegas|bonde|galera|turma)(?: \w+){0,4}? "
             r"(?:(?:nao|n) (?:vai|vao) (?:adiantar|te salvar|ajudar|mudar nada|servir de nada|"
             r"resolver)|nao adianta)\b")
_BRING_IT = (r"\bporta (?:\w+ )?(?:i tuoi|tuo|tua) (?:\w+ )?(?:amici|amiche|fratelli|fratello|cugini|"
             r"soci)(?: \w+){0,4}? non (?:ti )?(?:servira|serve|servono|serviranno|salvera|"
             r"salveranno|aiutera|aiuteranno|cambiera)\b")
_BRING_RU = (r"\b(?:бери|возьми|приводи|зови|приведи) (?:\S+ ){0,2}?(?:своих|твоих) (?:\S+ )?"
             r"(?:друзеи|дружков|корешеи|пацанов|братьев|брата)(?: \S+){0,3}? (?:не поможет|не "
             r"помогут|не спасут|не спасет|ничего не изменит|бесполезно)(?=\s|$|[.!?])")
_BRING_AR = (r"(?:جيب|هات|جيبي|هاتي) (?:\S+ )?(?:ربعك|اصحابك|اخوياك|اخوانك|عيالك|شلتك|صحابك|اخوك|"
             r"صاحباتك|خواتك|جماعتك)(?: \S+){0,3}? (?:ما|مش|مو|لن) (?:راح |رح |ح |ب)?(?:ينفعونك|"
             r"ينفعوك|يفيدونك|يفيدوك|ينفعك|يفيدك|يحمونك|يحموك|يساعدوك|يساعدونك|ينفعونج|يفيدونج)"
             r"(?=\s|$|[.!?])")
_BRING_HI = (r"\bapne (?:\w+ )?(?:dost|doston|yaar|yaaron|bhai|bhaiyon|gang)(?: \w+){0,3}? (?:le aana|"
             r"leke aana|lekar aana|bula le|bula lena|le aa)(?: \w+){0,3}? (?:koi fayda nahi|koi "
             r"faida nahi|kuch nahi hoga|nahi bachayenge|nahi bacha payenge|bekar hai)\b|"
             r"अपने (?:\S+ )?(?:दोस्तों|यारों|भाइयों) (?:को )?(?:\S+ ){0,2}?(?:ले आना|बुला ले|ले आ)"
             r"(?: \S+){0,3}? (?:कोई फायदा नहीं|कोई फ़ायदा नहीं|कुछ नहीं होगा|नहीं बचा पाएंगे)")
_BRING_TR = (r"\b(?:arkadaslarini|abini|kardesini|adamlarini|ceteni|herkesi) (?:da )?(?:getir|al gel|"
             r"cagir|topla)(?: \w+){0,3}? (?:ise yaramaz|fark etmez|seni kurtaramaz|kurtarmaz|bir "
             r"sey degistirmez|faydasi yok|yardim etmez)\b")
_BRING_PL = (r"\b(?:wez|zabierz|przyprowadz|zawolaj|bierz) (?:\w+ )?(?:swoich|twoich|wszystkich|"
             r"swojego|swoja) (?:\w+ )?(?:kumpli|kolegow|ziomkow|ziomali|braci|brata|kuzynow|ekipe)"
             r"(?: \w+){0,3}? (?:nic (?:ci )?(?:nie )?(?:pomoga|pomoze|da|dadza|zmieni)|nie "
             r"pomoga|nie uratuja|nie pomoze|to nic nie da)\b")
_BRING_ID = (r"\bbawa (?:\w+ )?(?:temen|teman|geng|abang|kakak|temenmu|temanmu|temen2|anak buah)"
             r"(?: \w+){0,3}? (?:ga|gak|nggak|tidak|gk) (?:bakal |akan )?(?:ngaruh|berguna|guna|"
             r"ngefek|bisa nolong|nolong|ngebantu|bantu|nyelamatin)\b")

# -- coming to a place, then "you're dead" -----------------------------------
_COND_EN = (r"\bif (?:you|u) (?:ever )?(?:come|show up|turn up|show your face|come back|step foot|"
            r"set foot|walk in)(?: \w+){0,6}? (?:you are|your|ur) (?:so |literally |actually )?"
            r"(?:dead|done|finished|toast|a dead man)\b")
_COND_DE = (r"\bwenn du (?:(?!nicht\b)\w+ ){0,7}?(?:kommst|auftauchst|aufkreuzt|erscheinst|"
            r"lasst|zeigst)(?: \w+){0,2}? (?:dann )?bist du (?:so |sowas von )?(?:tot|geliefert|"
            r"erledigt|fallig|dran)\b")
_COND_ES = (r"\bsi (?:vienes|apareces|te presentas|vuelves|asomas|te veo)(?: \w+){0,5}? (?:(?:you|"
            r"ya) )?(?:estas|eres) (?:un )?(?:hombre )?(?:muerto|muerta|frito|frita|acabado|"
            r"acabada)\b")
_COND_FR = (r"\bsi (?:tu )?(?:viens|reviens|te pointes|te montres|ramenes ta|mets les pieds)"
            r"(?: \w+){0,5}? (?:t'es|tu es|t es|tes|c'est) (?:un )?(?:homme )?(?:mort|morte|fini|"
            r"finie|cuit|cuite)\b")
_COND_PT = (r"\bse (?:tu |voce |video call )?(?:vier|aparecer|voltar|pisar|colar)(?: \w+){0,5}? "
            r"(?:(?:tu|voce|video call) )?(?:ta|esta|vai estar) (?:um )?(?:homem )?(?:morto|morta|"
            r"acabado|acabada)\b")
_COND_IT = (r"\bse (?:vieni|ti presenti|torni|ti fai vedere|metti piede)(?: \w+){0,5}? sei "
            r"(?:un )?(?:uomo )?(?:morto|morta|finito|finita)\b")
_COND_RU = (r"\bесли (?:ты )?(?:придешь|появишься|покажешься|заявишься|сунешься|припрешься)"
            r"(?: \S+){0,5}? (?:тебе (?:конец|хана|крышка|капец|не жить)|ты (?:труп|покоиник|"
            r"мертвец))(?=\s|$|[.!?])")
_COND_AR = (r"(?:اذا|لو|ان) (?:\S+ )?(?:جيت|جيتي|اجيت|تجي|تجين|شفتك)(?: \S+){0,4}? (?:انت |انتي )?"
            r"(?:ميت|ميته|مقتول|مقتوله|منتهي|منتهيه)(?=\s|$|[.!?])")
_COND_HI = (r"\b(?:school|class|yahan|idhar|ground|bahar)(?: \w+)? (?:aaya|aayi|aya|aai|aaye|aayega|"
            r"dikha|dikhi) (?:to|toh|tho) (?:tu |tum )?(?:mara|mari|gaya|gayi|khatam|mar jayega|"
            r"mara hua)\b|(?:स्कूल|क्लास|यहाँ|यहां|इधर) (?:\S+ )?(?:आया|आई|आए|दिखा|दिखी) तो (?:तू |"
            r"तुम )?(?:मरा|मरी|गया|गई|ख़त्म|खत्म)(?=\s|$|[.!?])")
_COND_TR = (r"\b(?:okula|buraya|sinifa|mahalleye|bahceye) (?:\w+ ){0,2}?(?:gelirsen|adim atarsan|ayak "
            r"basarsan|gorunursen) (?:\w+ )?(?:olusun|oldun|olursun|bittin|yandin|mahvolursun)\b")
_COND_PL = (r"\b(?:jak|jesli|jezeli|gdy) (?:\w+ ){0,2}?(?:przyjdziesz|sie pokazesz|pokazesz|pojawisz|"
            r"wrocisz|przyleziesz)(?: \w+){0,5}? (?:to )?(?:(?:jestes|bedziesz) (?:\w+ )?"
            r"(?:martwy|martwa|trupem|skonczony|skonczona)|po tobie)\b")
_COND_ID = (r"\b(?:kalo|kalau|klo|kl|kalu) (?:" + _YOU_ID + r" )?(?:dateng|datang|muncul|nongol|"
            r"masuk|balik) (?:\w+ ){0,5}?" + _YOU_ID + r" (?:pasti |bakal |bakalan )?(?:mati|"
            r"tamat|mampus|modar)\b")

RULES: list[Rule] = [
    rule("threat:violence", "threat",
         "bring trae ramene amene ramenes amenes viens traz tras chama leva porta бери возьми приводи зови приведи "
         "جيب هات جيبي هاتي apne अपने arkadaslarini abini kardesini adamlarini ceteni herkesi wez zabierz przyprowadz "
         "zawolaj bierz bawa",
         "(?:" + "|".join((_BRING_EN, _BRING_DE, _BRING_ES, _BRING_FR, _BRING_PT, _BRING_IT,
                           _BRING_RU, _BRING_AR, _BRING_HI, _BRING_TR, _BRING_PL, _BRING_ID))
         + ")" + _NO_CONDITION,
         requires="help save matter change difference hilft bringt nutzt rettet helfen retten servir salvar ayudar "
                  "sirve sirven cambiar servira sert changera change pourront vont peuvent sauveront sauvera adiantar "
                  "ajudar mudar resolver adianta serve servono serviranno salvera salveranno aiutera aiuteranno "
                  "cambiera поможет помогут спасут спасет изменит бесполезно ينفعونك ينفعوك يفيدونك يفيدوك ينفعك "
                  "يفيدك يحمونك يحموك يساعدوك يساعدونك ينفعونج يفيدونج fayda faida hoga bachayenge bacha bekar फायदा "
                  "फ़ायदा होगा बचा yaramaz etmez kurtaramaz kurtarmaz degistirmez faydasi pomoga pomoze dadza zmieni "
                  "uratuja ngaruh berguna guna ngefek nolong ngebantu bantu nyelamatin"),
    rule("threat:violence", "threat",
         "dead done finished toast tot geliefert erledigt fallig dran muerto muerta frito frita "
         "acabado acabada mort morte fini finie cuit cuite morto morta finito finita конец хана "
         "крышка капец жить труп покоиник мертвец ميت ميته مقتول مقتوله منتهي منتهيه mara mari "
         "gaya gayi khatam मरा मरी गया गई ख़त्म खत्म olusun oldun olursun bittin yandin "
         "mahvolursun martwy martwa trupem skonczony skonczona tobie mati tamat mampus modar",
         "|".join((_COND_EN, _COND_DE, _COND_ES, _COND_FR, _COND_PT, _COND_IT, _COND_RU,
                   _COND_AR, _COND_HI, _COND_TR, _COND_PL, _COND_ID)),
         requires="if wenn si se если اذا لو ان school class yahan idhar ground bahar स्कूल "
                  "क्लास यहाँ यहां इधर okula buraya sinifa mahalleye bahceye jak jesli jezeli "
                  "gdy kalo kalau klo kl kalu"),
    # zh: "叫上你的朋友也没用", "你明天敢来学校你就死定了"
    zrule("threat:violence", "threat", "用 救 管 死 完",
          r"(?:叫上|带上|叫|带)(?:你的?)?(?:朋友|兄弟|人|哥们|帮手)[^。!?]{0,6}?(?:也|都)?(?:没用|"
          r"不管用|救不了你)|你[^。!?]{0,4}?(?:敢|要是敢|如果敢|要是|如果|只要)(?:再)?(?:来学校|"
          r"来上学|出现|露面|来)[^。!?]{0,8}?(?:死定了|完蛋了|等死吧|就死了)"),
]

