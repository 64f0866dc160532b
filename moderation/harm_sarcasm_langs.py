"""Sarcastic put-downs in fr, es, pt, de, it, ru, tr, pl, id (appended to
`harm.RULES`; English and the reasons are in `harm_sarcasm.py`).

The same classes, each written the way it is said in the language:

* mock congratulations for a bad trait: "félicitations, t'es officiellement
  le plus chiant de la classe", "felicidades por ser el más pesado del
  grupo", "parabéns por ser o mais chato", "Glückwunsch, du bist der
  nervigste hier", "complimenti per essere il più fastidioso";
* "cute that you think anyone cares": "c'est mignon que tu crois que
  quelqu'un t'a demandé", "qué tierno que pienses que a alguien le importa",
  "que fofo você achar que alguém perguntou", "süß, dass du denkst, dass es
  jemanden interessiert", "che carino che pensi che a qualcuno importi",
  "мило, что ты думаешь, что кому-то интересно", "birinin umursadığını
  sanman çok tatlı", "słodkie, że myślisz, że kogoś to obchodzi", "lucu ya
  kamu pikir ada yang nanya";
* "love how you talk and never say anything" / "think you're funny";
* "nice try, use your brain next time", "use your brain for once / if you
  have one";
* "did your mum dress you? it shows" ("ça se voit", "se nota", "dá pra
  ver", "sieht man", "si vede");
* dropped on the head as a baby: "bist du als Baby auf den Kopf gefallen",
  "sei caduto dalla culla", "te caíste de la cuna", "тебя в детстве
  роняли", "küçükken kafanın üstüne mi düştün", "upuścili cię na głowę";
* backhanded compliments: "t'es jolie pour une grosse", "eres guapa para
  ser gorda", "du bist nicht so dumm wie du aussiehst";
* mock bravery with a scare-quoted thing: "trop courageux de partager ta
  'poésie'".

Also German "dick" (fat) aimed at the reader, "du bist so dick": the
lexicon drops "dick" in German text (`lexicon_homographs.py`), where it
is also "thick"; "du bist nicht dick" and "dick angezogen" pass.

What must pass: sincere praise ("bravo, t'es la meilleure", "glückwunsch
zur prüfung", "che carino che pensi a me"), the writer about themselves
("félicitations à moi d'avoir oublié mes devoirs", "ich bin als Kind auf
den Kopf gefallen"), a relative's fall ("mi hermanito se cayó de la
cuna"), real concern after a fall ("bist du auf den Kopf gefallen? tut es
weh?") and reports (frames).

Matched against `Prepared.plain` (accents stripped, "y" read as "why",
Indonesian "ya" as "you", Russian "й" as "и").
"""

from __future__ import annotations

from .rules import Rule, rule

_MOST_FR = (r"(?:chiant|chiante|relou|moche|bete|nul|nulle|lourd|lourde|insupportable|genant|genante|"
            r"pathetique|inutile|bizarre|ringard|ringarde|naze|gros|grosse|con|conne)")
_MOST_ES = (r"(?:molest[oa]|pesad[oa]|tont[oa]|fe[oa]|rar[oa]|inutil|patetic[oa]|insoportable|odios[oa]|"
            r"pringad[oa]|aburrid[oa]|ridicul[oa]|gord[oa]|idiota|cringe)")
_MOST_PT = (r"(?:chat[oa]|insuportavel|fei[oa]|burr[oa]|irritante|ridicul[oa]|sem graca|inutil|"
            r"patetic[oa]|esquisit[oa]|cringe|mala|gord[oa])")
_MOST_DE = (r"(?:nervigste|hasslichste|dummste|peinlichste|ekligste|unbeliebteste|schlimmste|"
            r"langweiligste|unnotigste|lacherlichste|armseligste|fetteste|dickste|komischste)\w*")
_MOST_IT = (r"(?:fastidios[oa]|insopportabile|brutt[oa]|stupid[oa]|odios[oa]|sfigat[oa]|pesante|"
            r"noios[oa]|inutile|ridicol[oa]|scem[oa]|grass[oa])")
# "someone asked / cares" after "you think"
_CARES_FR = (r"(?:(?:quelqu'un|qqn|quelqu un|les gens|on|tout le monde) (?:t'a demande|ta demande|"
             r"t'ecoute|s'interesse|s'en soucie|en a quelque chose a faire|te calcule|t'aime)|(?:ca|"
             r"cela) (?:interesse|interesse quelqu'un)|t'es (?:drole|marrant|marrante|beau|belle|"
             r"intelligente?|populaire|importante?|cool|style)|tu (?:sais chanter|sais danser|es drole|"
             r"es beau|es belle|comptes|as des amis|as une chance))")
_CARES_ES = (r"(?:(?:a )?(?:alguien|la gente|alguno|todos|a mi) (?:le |te |nos |me )?(?:importa|"
             r"importas|interesa|interesas|pregunto|te pregunto|te ha preguntado|cae bien|gusta)|"
             r"(?:eres|sos) (?:gracios[oa]|guap[oa]|list[oa]|popular|importante|especial|la "
             r"protagonista|el protagonista|interesante|chistos[oa])|(?:sabes|puedes) (?:cantar|bailar|"
             r"dibujar|ganar|pelear)|tienes (?:amigos|oportunidad|talento|chance))")
_CARES_PT = (r"(?:(?:alguem|as pessoas|a gente|eu|todo mundo) (?:se importa|liga|perguntou|te "
             r"perguntou|quer saber|te ouve|gosta de (?:voce|vc|ti))|(?:e|es) (?:engracad[oa]|"
             r"bonit[oa]|lind[oa]|inteligente|popular|importante|especial|a protagonista|o "
             r"protagonista|legal)|(?:sabe|consegue) (?:cantar|dancar|desenhar|ganhar)|tem (?:amigos|"
             r"chance|talento))")
_CARES_DE = (r"(?:(?:es |dich )?(?:jemand|jemanden|irgendwen|irgendwer|irgendjemand|irgendjemanden|"
             r"uns|leute|alle) (?:interessiert|interessieren|gefragt|juckt|kummert|mag|zuhort)|du "
             r"(?:bist|warst|warst) (?:\w+ )?(?:witzig|lustig|cool|hubsch|schlau|klug|beliebt|wichtig|"
             r"besonders|die hauptfigur|der hauptcharakter)|du (?:kannst|konntest) (?:singen|tanzen|"
             r"rappen|zeichnen|gewinnen)|du (?:hast|hattest) (?:freunde|eine chance))")
_CARES_IT = (r"(?:(?:a )?(?:qualcuno|la gente|noi|tutti) (?:importi|importa|interessi|interessa|te "
             r"l'abbia chiesto|ti abbia chiesto|ti ha chiesto|abbia chiesto|ti ascolti|ti ascolta)|"
             r"(?:sei|sia) (?:divertente|simpatic[oa]|bell[oa]|intelligente|popolare|importante|"
             r"speciale|il protagonista|la protagonista|figo|figa)|(?:sai|sappia|puoi|possa) (?:cantare|"
             r"ballare|disegnare|vincere)|(?:hai|abbia) (?:amici|talento))")
_PROUD_ES = (r"(?:gracios[oa]|guap[oa]|list[oa]|la protagonista|el protagonista|mejor|especial|"
             r"interesante|superior|la mejor|el mejor|la reina|el rey)")

RULES: list[Rule] = [
    # -- mock congratulations -------------------------------------------------------------
    rule("bullying:insult", "bullying",
         "felicitations felicitation bravo chapeau felicidades felicitaciones enhorabuena "
         "parabens gluckwunsch gratuliere gratulation respekt complimenti congratulazioni "
         "brava",
         r"\b(?:felicitations|felicitation|bravo|chapeau)\b (?:a toi )?(?:t'es|tu es|pour etre|"
         r"d'etre|pour avoir ete|d'avoir ete) (?:officiellement |vraiment |encore |toujours )?(?:le|"
         r"la) (?:personne |fille |mec |gars )?(?:la |le )?plus " + _MOST_FR + r"\b|"
         r"\b(?:felicitations|bravo) (?:pour avoir|d'avoir|t'as) (?:zero|aucun|pas d') ?amis?\b|"
         r"\b(?:felicidades|felicitaciones|enhorabuena|bravo)\b (?:a ti )?(?:por )?(?:ser|seguir "
         r"siendo|eres|sos) (?:oficialmente |otra vez )?(?:el|la) (?:persona |chica |chico )?mas "
         + _MOST_ES + r"\b|"
         r"\b(?:felicidades|enhorabuena) por (?:tener|no tener) (?:cero|ningun|0) amigos\b|"
         r"\b(?:parabens|bravo)\b (?:pra (?:voce|vc) )?(?:por )?(?:ser|continuar sendo|voce e|vc e|"
         r"tu e|tu es) (?:oficialmente )?(?:o|a) (?:pessoa |menina |menino )?mais " + _MOST_PT
         + r"\b|\bparabens por (?:ter|nao ter) (?:zero|nenhum) amigos?\b|"
         r"\b(?:gluckwunsch|gratuliere|gratulation|bravo|respekt)\b(?: dazu| zu)? (?:du bist "
         r"(?:offiziell |jetzt |echt |wirklich |immer noch )?|(?:zum|zur) )?(?:der|die|das) "
         r"(?:\w+ )?" + _MOST_DE + r"\b|"
         r"\b(?:complimenti|congratulazioni|bravo|brava)\b (?:a te )?(?:per )?(?:essere|esser|sei) "
         r"(?:ufficialmente |proprio |ancora )?(?:il|la|l') ?(?:persona |ragazza |ragazzo )?piu "
         + _MOST_IT + r"\b"),
    # -- "cute that you think anyone cares" ------------------------------------------------
    rule("bullying:insult", "bullying",
         "mignon mignonne chou adorable marrant drole touchant amusant tierno tierna mono mona "
         "lindo linda gracioso graciosa cuqui fofo fofa fofinho fofinha bonitinho bonitinha "
         "engracado engracada gracinha suss niedlich goldig lustig witzig putzig carino carina "
         "tenero tenera dolce divertente buffo adorabile мило забавно смешно умилительно "
         "прикольно tatli komik sevimli sirin slodkie urocze zabawne smieszne slodko lucu",
         r"\b(?:mignon|mignonne|chou|adorable|marrant|drole|touchant|amusant)\b (?:que |comment |de "
         r"voir que |quand )?tu (?:crois|penses|t'imagines|imagines) (?:vraiment |encore |"
         r"serieusement )?(?:que |qu')" + _CARES_FR + r"|"
         r"\b(?:tierno|tierna|mono|mona|lindo|linda|gracioso|graciosa|adorable|cuqui)\b (?:que |como "
         r"|ver que )?(?:tu )?(?:pienses|piensas|creas|crees|pensas|creés) (?:de verdad |en serio |"
         r"todavia |aun )?(?:que )?" + _CARES_ES + r"|"
         r"\b(?:tierno|tierna|mono|mona|lindo|linda|gracioso|graciosa|adorable)\b (?:que |como )?"
         r"(?:tu )?te (?:creas|crees) (?:muy |tan |super )?" + _PROUD_ES + r"\b|"
         r"\b(?:fofo|fofa|fofinho|fofinha|bonitinho|bonitinha|lindo|linda|engracado|engracada|"
         r"gracinha)\b (?:como |que |ver )?(?:voce|vc|tu) (?:achar|pensar|acha|pensa|acredita|"
         r"acreditar|ache|pense) (?:mesmo |ainda |de verdade )?(?:que )?" + _CARES_PT + r"|"
         r"\b(?:suss|niedlich|goldig|lustig|witzig|putzig)\b (?:dass|wie) du (?:echt |wirklich |"
         r"ernsthaft |immer noch |noch )?(?:denkst|glaubst|meinst) (?:dass )?" + _CARES_DE + r"|"
         r"\b(?:carino|carina|tenero|tenera|dolce|divertente|buffo|adorabile)\b (?:che|come|vedere "
         r"che) (?:tu )?(?:pensi|credi|creda|ti creda|ti credi) (?:davvero |ancora |sul serio )?"
         r"(?:che )?" + _CARES_IT + r"|"
         r"(?:мило|забавно|смешно|умилительно|прикольно) (?:что|как) ты (?:реально |правда |"
         r"всерьез )?(?:думаешь|веришь|считаешь) (?:что )?(?:кому ?то|кому нибудь|кто ?то|всем|нам|"
         r"мне) (?:интересно|не все равно|есть дело|важно|нужно|спрашивал|спросил)|"
         r"\b(?:birinin|kimsenin|herkesin|insanlarin) (?:umursadigini|sordugunu|takdigini|"
         r"ilgilendigini) (?:sanman|dusunmen|zannetmen) (?:cok |ne |baya )?(?:tatli|komik|sevimli|"
         r"sirin)\b|"
         r"\b(?:slodkie|urocze|zabawne|smieszne|slodko|uroczo) (?:ze|jak) (?:myslisz|sadzisz|"
         r"wierzysz|uwazasz) (?:ze )?(?:kogos|kogokolwiek|ktos|ktokolwiek|nas|mnie) (?:to )?"
         r"(?:obchodzi|interesuje|pytal|sie pytal|zapytal|obchodzisz)\b|"
         r"\blucu (?:you |ya |banget |deh |sih )?(?:kamu|lo|lu|elo|loe|km) (?:pikir|kira|ngira|"
         r"mikir) (?:ada yang|orang|semua orang|kita|aku|gue|gw) (?:nanya|peduli|nanyain|care|mau "
         r"tau|pengen tau)\b",
         requires="crois penses imagines pienses piensas creas crees pensas achar pensar acha pensa "
                  "acredita acreditar ache pense denkst glaubst meinst pensi credi creda думаешь "
                  "веришь считаешь sanman dusunmen zannetmen myslisz sadzisz wierzysz uwazasz pikir "
                  "kira ngira mikir"),
    # -- "love how you talk and never say anything" ---------------------------------------
    rule("bullying:insult", "bullying", "jadore jaime encanta fascina flipa amo adoro amei liebe "
         "lieb feier feiere",
         r"\bj'(?:adore|aime (?:trop |bien )?) (?:comment|comme|la facon dont|quand) tu (?:parles "
         r"(?:toujours |tout le temps )?(?:pour ne rien dire|sans rien dire|mais tu dis rien|et tu "
         r"dis rien)|ramenes tout a toi|te crois (?:drole|marrante?|interessante?|beau|belle|"
         r"superieure?|meilleure?|le personnage principal)|(?:ne )?(?:te tais|la fermes) jamais|"
         r"(?:gaches|ruines) tout)\b|"
         r"\bme (?:encanta|fascina|flipa|mata) (?:como|cuando|la forma en que) (?:tu )?(?:(?:siempre "
         r")?hablas (?:y|why|pero) (?:nunca |no )(?:dices|decis) nada|(?:siempre )?hablas sin decir "
         r"nada|te crees (?:muy |tan |super )?" + _PROUD_ES + r"|nunca te callas|(?:siempre )?lo "
         r"arruinas todo|haces que todo sea sobre ti)\b|"
         r"\b(?:amo|adoro|amei) (?:como|quando|o jeito que) (?:voce|vc|tu) (?:(?:sempre )?(?:fala|"
         r"falas) (?:e|mas) nunca (?:diz|dizes|fala) nada|(?:sempre )?fala sem dizer nada|se acha "
         r"(?:muito |tao |super )?(?:engracad[oa]|bonit[oa]|lind[oa]|espert[oa]|inteligente|a "
         r"protagonista|o protagonista|melhor|especial|o tal|a tal)|nunca (?:cala|calas) a boca|"
         r"(?:sempre )?estraga tudo)\b|"
         r"\b(?:ich )?(?:liebe|lieb|feier|feiere) es wie du (?:(?:immer|nur|so viel|standig|die "
         r"ganze zeit) )*(?:redest und nie (?:was|etwas) sagst|(?:redest|laberst) (?:und|aber) "
         r"nichts sagst|dich fur (?:\w+ )?(?:witzig|lustig|cool|schlau|was besseres|etwas besseres|"
         r"die hauptfigur|toll|wichtig) haltst|nie (?:die klappe|den mund|die fresse) haltst|alles "
         r"(?:kaputt machst|ruinierst)|alles um dich drehst)\b|"
         r"\b(?:adoro|amo) (?:come|quando|il modo in cui) (?:tu )?(?:parli (?:sempre |tanto )?"
         r"(?:senza dire|e non dici|ma non dici) (?:mai )?(?:niente|nulla)|ti credi (?:cosi |tanto )?"
         r"(?:divertente|simpatic[oa]|bell[oa]|intelligente|il protagonista|la protagonista|figo|"
         r"figa|superiore|speciale)|non stai mai zitt[oa]|rovini (?:sempre )?tutto)\b"),
    # -- "nice try, use your brain" ----------------------------------------------------------
    rule("bullying:insult", "bullying", "cerveau cerebro neurona neuronas hirn gehirn verstand "
         "cervello neurone",
         r"\b(?:bien essaye|joli essai|belle tentative|bien tente)\b[^.!?]{0,50}?\b(?:utilise|sers toi "
         r"de|sers-toi de|allume|branche) ton cerveau\b|"
         r"\b(?:utilise|sers toi de|sers-toi de|allume|branche) ton cerveau (?:pour une fois|si t'en "
         r"as un|si tu en as un)\b|"
         r"\b(?:buen|bonito|lindo) intento\b[^.!?]{0,50}?\b(?:usa|utiliza) (?:el|tu|la) (?:cerebro|"
         r"neurona)\b|"
         r"\b(?:usa|utiliza) (?:el|tu|la) (?:cerebro|neurona) (?:por una vez|aunque sea una vez|si es "
         r"que (?:lo |la )?tienes|si tienes (?:uno|una))\b|"
         r"\b(?:boa|bela|otima) tentativa\b[^.!?]{0,50}?\b(?:usa|use|usar) (?:o|seu|teu) (?:cerebro|"
         r"neuronio)\b|"
         r"\b(?:usa|use) (?:o|seu|teu) (?:cerebro|neuronio) (?:pelo menos uma vez|uma vez na vida|pra "
         r"variar|se (?:voce |vc |tu )?(?:tiver|tem) um)\b|"
         r"\b(?:netter|guter|schoner) versuch\b[^.!?]{0,50}?\b(?:benutz|benutze|schalt|schalte|nutz|"
         r"nutze|verwende) (?:mal |doch |beim nachsten mal )?(?:dein|deinen) (?:hirn|gehirn|"
         r"verstand)\b|"
         r"\b(?:benutz|benutze|schalt|schalte|nutz|nutze) (?:mal |doch |endlich )?(?:dein|deinen) "
         r"(?:hirn|gehirn|verstand)(?: ein)? (?:falls|wenn|sofern) du (?:eins|einen|welches) hast\b|"
         r"\b(?:benutz|benutze|schalt|schalte|nutz|nutze) (?:zur abwechslung|ausnahmsweise|einmal) "
         r"(?:mal )?(?:dein|deinen) (?:hirn|gehirn|verstand)\b|"
         r"\b(?:bel|buon) tentativo\b[^.!?]{0,50}?\b(?:usa|accendi|prova a usare) il (?:cervello|"
         r"neurone)\b|"
         r"\b(?:usa|accendi) il (?:cervello|neurone) (?:per una volta|almeno una volta|ogni tanto|se "
         r"ce l'hai|se ne hai uno)\b"),
    rule("bullying:insult", "bullying", "essaye essai tentative intento tentativa versuch tentativo",
         r"\b(?:bien essaye|joli essai|belle tentative) (?:le |la |espece de )?(?:loser|looser|"
         r"boloss|bouffon|bouffonne|naze)\b|"
         r"\b(?:buen|bonito) intento (?:perdedor|perdedora|pringad[oa]|payas[oa]|inutil)\b|"
         r"\b(?:boa|bela) tentativa (?:perdedor|perdedora|otari[oa]|palhac[oa])\b|"
         r"\b(?:netter|guter) versuch (?:du )?(?:loser|opfer|lappen|versager|looser|spast|clown)\b|"
         r"\b(?:bel|buon) tentativo (?:sfigat[oa]|pagliaccio|perdente|fallit[oa])\b"),
    # -- "did your mum dress you? it shows" --------------------------------------------------
    rule("bullying:insult", "bullying", "habille habillee coiffe coiffee viste vistio peina peino "
         "vestiu veste vestiste angezogen zieht eingekleidet frisiert vestito pettina thabille",
         r"\b(?:c'est )?(?:encore )?ta (?:mere|maman|mamie|grand mere|grand-mere) qui (?:t'habille|"
         r"t'a habille|t'a habillee|te coiffe|t'a coiffe|t'a coiffee)\b[^.!]{0,25}?\b(?:ca se voit|"
         r"ca se sent|on voit|on dirait|mdr|ptdr)\b|"
         r"\b(?:tu t'es|t'es) (?:habille|habillee|coiffe|coiffee|maquille|maquillee) dans le noir\b|"
         r"\b(?:te viste|te vistio|te peina|te peino) tu (?:madre|mama|abuela|mami)\b[^.!]{0,25}?"
         r"\b(?:se nota|se ve|ya se nota)\b|"
         r"\btu (?:madre|mama|abuela) te (?:viste|vistio|peina|peino)\b[^.!]{0,25}?\b(?:se nota|se "
         r"ve)\b|\bte vestiste (?:a oscuras|con los ojos cerrados)\b|"
         r"\b(?:sua|tua) (?:mae|vo|avo|mamae) (?:que )?(?:te vestiu|te veste|cortou seu cabelo)\b"
         r"[^.!]{0,25}?\b(?:da pra ver|da para ver|se ve|ta na cara|deu pra ver|percebe se)\b|"
         r"\bse vestiu no escuro\b|"
         r"\b(?:hat|zieht) dich (?:deine )?(?:mama|mutter|mutti|oma) (?:angezogen|an|eingekleidet|"
         r"frisiert)\b[^.!]{0,25}?\b(?:sieht man|merkt man|man siehts|man sieht es)\b|"
         r"\bhast du dich (?:im dunkeln|blind) (?:angezogen|geschminkt)\b|"
         r"\bti (?:veste|ha vestito|pettina|ha pettinato) (?:tua|la tua) (?:madre|mamma|nonna)\b"
         r"[^.!]{0,25}?\b(?:si vede|si nota)\b|\bti sei vestit[oa] al buio\b"),
    # -- dropped on the head as a baby ------------------------------------------------------------
    rule("bullying:insult", "bullying",
         "tombe tombee tomber cuna caer caiste cayeron berco cair caiu gefallen fallen culla "
         "cadere caduto caduta роняли уронили dustun dusurduler dusurmusler upuscili upuszczali "
         "spadles spadlas kebentur kejedot kepentok",
         r"\b(?:t'es|tu es|tu t'es) (?:tombe|tombee) sur la tete (?:quand (?:t'etais|tu etais) "
         r"(?:petit|petite|bebe)|a la naissance|etant (?:petit|petite|bebe)|bebe)\b|"
         r"\bon t'a (?:fait tomber|laisse tomber) (?:sur la tete )?(?:quand (?:t'etais|tu etais) "
         r"(?:petit|petite|bebe)|a la naissance|etant bebe|bebe)\b|"
         r"\bte (?:caiste|cayeron|dejaron caer|tiraron) (?:de cabeza )?(?:de la cuna|de chiquit[oa]|"
         r"de pequen[oa]|de bebe|cuando eras (?:bebe|pequen[oa]|chiquit[oa]))\b|"
         r"\b(?:voce|vc|tu) (?:caiu|caiste) (?:de cabeca )?do berco\b|"
         r"\bcaiu do berco (?:quando (?:era|eras) (?:bebe|pequen[oa]|crianca)|de cabeca|quando "
         r"nasceu) ?\?|\bte deixaram cair (?:de cabeca|quando (?:era|eras) bebe|do berco)\b|"
         r"\b(?:bist du|biste) (?:als (?:kind|baby|kleinkind) |fruher )?(?:vom wickeltisch|aus dem "
         r"kinderwagen)(?: auf den kopf)? gefallen\b|"
         r"\b(?:bist du|biste) (?:als (?:kind|baby|kleinkind) |fruher )?auf den kopf gefallen\b"
         r"(?![^.!]{0,30}\b(?:tut|weh|alles ok|alles gut|geht es|gehts|blutest|arzt|krankenhaus)\b)|"
         r"\bhat (?:man )?dich (?:deine (?:mama|mutter) )?als (?:baby|kind) fallen lassen\b|"
         r"\bsei (?:mica )?(?:caduto|caduta) (?:dalla culla|dal seggiolone|di testa da piccol[oa])\b|"
         r"\bti hanno fatto cadere (?:di testa )?(?:da piccol[oa]|da neonat[oa]|dalla culla)\b|"
         r"тебя (?:\w+ )?(?:в детстве |маленьким |маленькои |в роддоме )?(?:головои )?(?:роняли|уронили)|"
         r"тебя (?:роняли|уронили) (?:в детстве|головои|маленьким|маленькои)|"
         r"\b(?:kucukken|bebekken|cocukken) (?:kafanin|basinin|kafa) (?:ustune|ustu) (?:mi )?"
         r"(?:dustun|dusurduler|dusurmusler)\b|"
         r"\bseni (?:kucukken|bebekken) (?:kafa ustu|kafanin ustune) (?:mi )?(?:dusurduler|"
         r"dusurmusler)\b|"
         r"\b(?:upuscili|upuszczali|upuscila|upuscil) cie (?:na glowe|jak (?:byles|bylas) (?:maly|"
         r"mala)|w dziecinstwie|jako dziecko)\b|"
         r"\b(?:spadles|spadlas) (?:na glowe|z przewijaka) (?:jak (?:byles|bylas) (?:maly|mala)|w "
         r"dziecinstwie|jako dziecko)\b|"
         r"\b(?:waktu|pas|dulu|jaman) (?:kecil|bayi) (?:kepalamu|kepala (?:lo|lu|kamu|elo)|kamu|lo|"
         r"lu|elo) (?:pernah )?(?:kebentur|kejedot|kepentok|jatuh kepala duluan)\b"),
    # -- backhanded compliments -------------------------------------------------------------------
    rule("bullying:insult", "bullying",
         "grosse gros moche thon boudin gorda gordo fea feo gordita gordito baleia gordinha feia "
         "feio dicke fette hassliche dicken fetten hasslichen grassa grasso brutta brutto "
         "cicciotta cicciona",
         r"\b(?:t'es|tu es) (?:plutot |assez |vraiment |trop )?(?:jolie|joli|belle|beau|mignonne|"
         r"mignon|drole|intelligente?|sympa|cool) pour une? (?:grosse|gros|moche|thon|boudin)\b|"
         r"\b(?:eres|sos|estas) (?:muy |bastante |super )?(?:guap[oa]|bonit[oa]|lind[oa]|list[oa]|"
         r"inteligente|simpatic[oa]|gracios[oa]) para (?:ser|estar) (?:tan )?(?:gord[oa]|fe[oa]|"
         r"gordit[oa])\b|"
         r"\b(?:voce|vc|tu) (?:e|es) (?:bem |muito |ate )?(?:bonit[oa]|lind[oa]|gatinh[oa]|"
         r"inteligente|legal|simpatic[oa]|engracad[oa]) (?:pra|para) (?:uma|um) (?:gord[oa]|fei[oa]|"
         r"gordinh[oa]|baleia)\b|"
         r"\bdu bist (?:echt |ganz |ziemlich |voll )?(?:hubsch|suss|schon|nett|klug|schlau|witzig|"
         r"lustig|cool) fur (?:eine|einen|ein) (?:dicke|fette|hassliche|dicken|fetten|hasslichen)\b|"
         r"\bsei (?:anche |abbastanza |piuttosto )?(?:carin[oa]|bell[oa]|simpatic[oa]|intelligente|"
         r"figo|figa) per essere (?:cosi )?(?:grass[oa]|brutt[oa]|cicciott[oa]|ciccion[oa])\b"),
    rule("bullying:insult", "bullying", "lair parece aussiehst wirkst sembri",
         r"\b(?:t'es|tu es) (?:moins (?:bete|con|conne|debile|moche|nul|nulle)|pas (?:si|aussi) "
         r"(?:bete|con|conne|debile|moche|nul|nulle)) que (?:t'en as|tu en as|tu as) l'air\b|"
         r"\b(?:voce|vc|tu) (?:nao e|nao es) tao (?:burr[oa]|fei[oa]|idiota|estupid[oa]|chat[oa]) "
         r"quanto parece\b|"
         r"\b(?:du bist|bist du) (?:gar )?nicht so (?:dumm|blod|hasslich|bescheuert|doof) wie du "
         r"(?:aussiehst|wirkst)\b|\bdu bist (?:kluger|schlauer) als du (?:aussiehst|wirkst)\b|"
         r"\bnon sei (?:cosi |tanto )?(?:stupid[oa]|scem[oa]|brutt[oa]|cretin[oa]|idiota) come "
         r"sembri\b|\bsei piu intelligente di quanto sembri\b"),
    # -- mock bravery with a scare-quoted thing ---------------------------------------------------
    rule("bullying:insult", "bullying", "courageux courageuse audacieux audacieuse valiente "
         "atrevido atrevida corajoso corajosa ousado ousada mutig tapfer coraggio coraggioso "
         "coraggiosa",
         r"\b(?:courageux|courageuse|audacieux|audacieuse|valiente|atrevid[oa]|corajos[oa]|"
         r"ousad[oa]|mutig|tapfer|coraggio|coraggios[oa])\b[^.!?]{0,40}?\b(?:ta|ton|tes|tu|tus|sua|"
         r"seu|suas|seus|deine|dein|deinen|la tua|il tuo|i tuoi|le tue) (?:\w+ )?'[a-z][\w ]{0,20}'"),
    # -- German "dick" (fat) at the reader ---------------------------------------------------------
    rule("bullying:insult", "bullying", "dick",
         r"\b(?:du bist|bist du|du bischt) (?:(?:so|echt|voll|mega|zu|total|richtig|ganz schon|"
         r"ziemlich|einfach|ja|wirklich|sowas von|so was von|extrem|viel zu|halt|ur) )*dick\b(?! "
         r"(?:angezogen|eingepackt|eingemummelt|befreundet))",
         requires="du"),
]
