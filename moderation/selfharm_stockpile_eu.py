"""Means stockpiled, a conditional goodbye, a note told in passing and a
decision with a day in French, Portuguese, German and Italian (the tables
of `selfharm_stockpile_parts.py`).

Why and how: as in `selfharm_stockpile.py` - pills saved up or taken from
someone's pill box with a sign of a stock ("depuis des semaines", "vai
que", "nur für den fall", "non si sa mai"); "if I'm not online tomorrow"
with "I did it" / "you'll understand"; my suicide note, a farewell letter
told with a change of subject, a playlist for my own funeral "soon";
leaving this world with a day or a decision, "this is my last week"
decided, a birthday not to be lived to.  Each is a pair in one message
with no everyday reason in it (an exam, no wifi, a grounding, a retiring
teacher, grandpa's funeral, a game world, the last week of the holidays,
a party).  German "Abschiedsbrief" is also the letter for a teacher who
leaves, so it needs the change of subject like a farewell letter;
"Selbstmordbrief" holds alone.  Patterns run on the phrase form (accents
stripped: "vó" reads "vo", "für" "fur").
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_stockpile_parts import Stockpile, stockpile_rules

# -- fr -----------------------------------------------------------------------------------
_PILLS_FR = (
    r"(?:cachets|comprimes|medocs|medicaments|pilules|somniferes|anxiolytiques|antidepresseurs|"
    r"doliprane|paracetamol|xanax|emoji_pill)"
)
_FR = Stockpile(
    pills="cachets comprimes medocs medicaments pilules somniferes anxiolytiques antidepresseurs "
          "doliprane paracetamol xanax emoji_pill pilulier",
    hoard=r"(?:stocke|stockais|accumule|accumulais|mets de cote|mis de cote|mettre de cote|amasse|"
          r"economise|collectionne) (?:[\w']+ ){0,4}?" + _PILLS_FR + r"|" + _PILLS_FR + r" (?:\w+ )"
          r"{0,3}?(?:stockes|mis de cote)|(?:pique|prends|prend|chope|vole|pioche|recupere) "
          r"(?:[\w']+ ){0,6}?(?:dans|de|du) (?:le |la |son |sa |ses |les |l')?(?:\w+ )?(?:pilulier|"
          r"boite|armoire a pharmacie|tube|plaquettes?|flacon|medocs|cachets|medicaments)",
    hide=r"(?:garde|gardais|cache|cachais|planque|planquais|conserve) (?:[\w']+ ){0,4}?" + _PILLS_FR
         + r"|" + _PILLS_FR + r" (?:\w+ ){0,3}?(?:caches|gardes|planques)",
    stock=r"(?:depuis|ca fait|cela fait|pendant) (?:\w+ )?(?:semaines|mois|un mois|longtemps)|"
          r"(?:j'en ai|j'ai) (?:assez|suffisamment|plein|\d+)|au lieu de les (?:prendre|avaler)|"
          r"sans qu'(?:elle|il|ils|on) (?:s'en rende compte|le remarque|le voie|le sache)|(?:elle|il|"
          r"ils) (?:n'a|n'ont|a|ont) (?:rien|pas) (?:remarque|vu)|personne (?:ne )?(?:le )?sait",
    case=r"au cas ou|on sait jamais|(?:a )?chaque fois|en douce|en cachette|discretement",
    m_hoard=r"(?<!armoire a )pharmacie|pharmacien\w*|ordonnance|medecin|docteur|pour (?:elle|lui)|"
            r"l'aider|je l'aide|lui donne|les lui donne|rempli\w*|rang\w*|trier|perimes?|rapporter|"
            r"jeter|mal de tete|migraine|j'ai mal|vitamines|bonbons|voyage|colo|vacances|projet|"
            r"ecole|chien|chat|veto|veterinaire|pour que (?:mon|ma|il|elle)|argent",
    if_trig="si",
    if_req="fait fini termine partie parti morte mort comprendrez saurez arrive plus",
    absent=r"si (?:demain |ce soir )?(?:je (?:ne )?suis (?:pas|plus) (?:co|connecte\w*|en ligne|la|"
           r"on)|je (?:ne )?(?:reponds|me connecte|me co|donne (?:pas|plus) de nouvelles|viens|poste|"
           r"reviens|ecris)(?: pas| plus)?|vous (?:n'avez|avez) (?:pas|plus) de (?:mes )?nouvelles|"
           r"vous (?:ne )?me (?:voyez|revoyez) (?:pas|plus)|je disparais)",
    done=r"je l'ai fait(?! (?:expres|hier))|c'est fait|(?:c'est )?(?:fini|termine)(?! (?:le|la|les|"
         r"mes|mon|ma|de|d'))|je suis (?:partie?|morte?)(?! (?:a|au|en|chez|pour|faire|avec|de))|"
         r"(?:vous )?(?:comprendrez|saurez) (?:ce qui s'est passe|ce que j'ai fait|pourquoi)|vous "
         r"comprendrez|vous saurez|c'est arrive|je (?:ne )?suis plus la|je (?:ne )?serai plus la|je "
         r"serai partie?",
    m_absent=r"brevet\w*|bac|controle|interro|exam\w*|devoirs?|ecole|college|lycee|cours|voyage|"
             r"colo|vacances|wifi|internet|reseau|forfait|batterie|chargeur|privee? de|confisque|"
             r"(?:pris|prend|prennent) (?:mon|le) (?:tel|telephone|portable)|puni\w*|bulletin|notes|"
             r"chez (?:ma|mon|mes)|dormi\w*|dors|dodo|sieste|soiree|anniv\w*|mariage|enterrement|"
             r"hopital|dentiste|medecin|rdv|occupee?|match|tournoi|jeu|fortnite|roblox|minecraft|"
             r"mise a jour|banni\w*|messe|je rigole|blague|nouveau tel|va me tuer|casse\w*|crush",
    note_trig="suicide suicidaire",
    note=r"(?:ecrit|ecris|fini|termine|fait|laisse|redige) (?:\w+ )?ma (?:lettre|note) (?:de "
         r"suicide|suicidaire)|ma (?:lettre|note) de suicide (?:est )?(?:finie|terminee|ecrite|"
         r"prete|faite)",
    m_sui=r"histoire|livre|roman|personnage|fanfic|jdr|script|piece|theatre|film|serie|episode|"
          r"jeu|redaction|expose|projet|poeme|chanson|paroles|je rigole|blague",
    bye_trig="dadieu adieu",
    bye_req="",
    farewell=r"(?:ecrit|fini|termine|fait|redige) (?:\w+ )?(?:ma lettre|mon mot|mon message|ma "
             r"video) d'adieu|(?:ma )?lettre d'adieu (?:est )?(?:finie|terminee|ecrite|prete|faite)|"
             r"mon (?:mot|message) d'adieu (?:est )?(?:fini|termine|ecrit|pret)",
    casual=r"mdr|ptdr|lol|xd|bref|bon|sinon|au fait|btw|anyway|quoi de neuf|vous faites quoi|ca va|"
           r"ce (?:weekend|week end|soir)|\?",
    m_note=r"maitresse|maitre|prof\w*|retraite|demenage\w*|part (?:vivre|en)|nouvelle ecole|classe|"
           r"ecole|college|lycee|colo|projet|devoirs?|redaction|francais|histoire|livre|roman|"
           r"personnage|film|serie|piece|theatre|jeu|noel|anniv\w*|mariage|coach|entraineur|equipe|"
           r"club|stage|travail|collegue|controle|exam\w*|bulletin|va me tuer|je rigole|blague",
    funeral_trig="enterrement funerailles obseques",
    funeral=r"(?:playlist|chansons|musique|tenue) (?:\w+ ){0,3}?pour mon (?:propre )?(?:enterrement|"
            r"funerailles|obseques)|(?:prevu|organise|planifie) mon (?:propre )?enterrement",
    soon=r"bientot|ca arrive|(?:ce|cette) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
         r"week end|weekend|semaine)|dans (?:quelques|peu de) jours|plus tot que vous (?:croyez|"
         r"pensez)|vous en aurez besoin",
    world_trig="monde terre planete vie",
    leave=r"(?:quitte|quitter|quitterai|pars|partir|partirai|m'en vais|m'en aller|disparais|"
          r"disparaitre|dis adieu a|dire adieu a) (?:de )?(?:ce|cette|le) (?:monde|terre|planete|"
          r"vie)(?! (?:de|du|virtuel))",
    day=r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|demain|ce week end|ce "
        r"weekend|la semaine prochaine|cette semaine|bientot|a minuit",
    decide=r"decidee?|j'ai pris ma decision|ma decision est prise|c'est sur maintenant|pas de "
           r"retour en arriere",
    m_world=r"minecraft|serveur|jeu|partie|map|carte|roblox|fortnite|sims|anime|manga|livre|roman|"
            r"chanson|paroles|film|serie|personnage|jdr|reve|citation|meme",
    last_trig="derniere",
    last_req="decide decidee decision sur retour vie terre vivante vivant",
    last=r"(?:c'est|ce sera) ma (?:toute )?derniere semaine(?! (?:de|d'|a|au|en|avec|chez|ici|"
         r"avant|sans))|ma derniere semaine (?:en vie|sur terre|vivante?)",
    m_last=r"vacances|ecole|college|lycee|classe|cours|trimestre|colo|stage|travail|equipe|club|"
           r"demenage\w*|exam\w*|brevet|bac|regime|defi|telephone|appareil|fete|voyage|mdr|ptdr",
    bday_trig="decide decidee",
    bday=r"decidee? (?:que )?(?:je )?(?:ne )?(?:le verrai|la verrai|le vivrai|l'atteindrai|y "
         r"arriverai|serai) (?:pas|plus|jamais)(?! (?:a l'heure|en retard|a la|au|chez|le|la|les|un|"
         r"une|ce))",
    bday_cue=r"anniv\w*|\d+ ans",
    m_bday=r"fete|soiree|voyage|vacances|colo|chez|cadeau|gateau|retard|ecole",
)

# -- pt -----------------------------------------------------------------------------------
_PILLS_PT = (
    r"(?:remedios|remedio|remedinhos|comprimidos|pilulas|calmantes|antidepressivos|rivotril|"
    r"paracetamol|dipirona|emoji_pill)"
)
_PT = Stockpile(
    pills="remedios remedio remedinhos comprimidos pilulas calmantes antidepressivos rivotril "
          "paracetamol dipirona emoji_pill",
    hoard=r"(?:juntando|junto|juntei|acumulando|acumulei|estocando|estoquei|economizando|"
          r"separando|separei|colecionando) (?:\w+ ){0,4}?" + _PILLS_PT + r"|" + _PILLS_PT
          + r" (?:\w+ ){0,3}?(?:juntados|separados)|(?:pego|peguei|pegando|roubo|roubei|tiro|tirei|"
          r"tirando|surrupio|afano) (?:\w+ ){0,6}?(?:do|da|dos|das) (?:\w+ )?(?:porta comprimidos|"
          r"porta remedios|caixinha|caixa|gaveta|frasco|cartelas?|remedios|comprimidos|pilulas)",
    hide=r"(?:guardando|guardo|guardei|escondendo|escondo|escondi) (?:\w+ ){0,4}?" + _PILLS_PT
         + r"|" + _PILLS_PT + r" (?:\w+ ){0,3}?(?:guardados|escondidos)",
    stock=r"(?:faz|tem|ha|durante|desde) (?:\w+ )?(?:semanas|meses|um mes)|(?:ja )?tenho (?:o )?"
          r"(?:suficiente|bastante|muitos|\d+)|suficiente|em vez de tomar|ao inves de tomar|sem "
          r"(?:ela|ele|eles|ninguem) (?:perceber|saber|ver|notar)|(?:ela|ele|eles|ninguem) (?:nem )?"
          r"(?:percebeu|notou|sabe)",
    case=r"vai que|por precaucao|por garantia|(?:toda|cada) vez|escondido",
    m_hoard=r"farmacia|receita|medic[oa]|doutor\w*|(?:pra|para) (?:ela|ele)|ajud\w*|dou pra|dar "
            r"pra|enche\w*|encho|organiz\w*|vencid\w*|jogar fora|dor de cabeca|quando doi|"
            r"vitamina\w*|balas?|viagem|acampamento|escola|projeto|cachorro|gato|veterinari\w*|"
            r"mandou|mesada|dinheiro",
    if_trig="se",
    if_req="fiz era aconteceu acabou entender saber entenderao fui aqui",
    absent=r"se (?:amanha )?(?:eu )?(?:nao|n) (?:entrar|responder|aparecer|ficar online|estiver "
           r"online|tiver online|mandar mensagem|der sinal|voltar)|se (?:voces|vcs|vc) (?:nao|n) "
           r"(?:tiverem|receberem) noticias?|se eu (?:sumir|desaparecer)",
    done=r"(?:(?:e|eh) )?(?:pq|porque|que) eu fiz|eu fiz(?! (?:a|o|as|os|um|uma|prova|dever))|"
         r"(?:ja|jah) era|(?:ja )?(?:aconteceu|acabou)(?! (?:a|o|as|os|minha|meu))|(?:vcs|voces|vc) "
         r"(?:vao|vai) (?:entender|saber)|entenderao|(?:eu )?(?:ja )?me fui|(?:nao|n) (?:to|estou|"
         r"tou) mais aqui",
    m_absent=r"provas?|teste|dever|licao|escola|colegio|aula|viagem|excursao|acampamento|ferias|"
             r"wi ?fi|internet|dados|bateria|carregador|castigo|(?:tomaram|tomou|pegaram|pegou|"
             r"confiscaram) (?:meu|o) (?:celular|cel|telefone|tablet)|sem (?:celular|cel|wifi|"
             r"internet|net)|boletim|notas|dormi\w*|durmo|cochil\w*|festa|casamento|velorio|enterro|"
             r"hospital|dentista|medico|consulta|ocupad\w*|jogo|partida|campeonato|fortnite|roblox|"
             r"minecraft|free fire|atualiza\w*|banid\w*|igreja|culto|zoeira|brincadeira|brincando|"
             r"celular novo|ofensiva|streak|quebr\w*|estragou|crush",
    note_trig="suicidio suicida",
    note=r"(?:escrevi|escrevendo|terminei|fiz|deixei) (?:\w+ )?minha (?:carta|nota|cartinha) (?:de "
         r"suicidio|suicida)|minha (?:carta|nota) (?:de suicidio|suicida) (?:ja )?(?:ta |esta )?"
         r"(?:pronta|feita|escrita|terminada)",
    m_sui=r"historia|livro|personagem|fanfic|rpg|roteiro|peca|teatro|filme|serie|episodio|novela|"
          r"jogo|redacao|trabalho de|projeto|poema|musica|letra|brincadeira|zoeira",
    bye_trig="despedida adeus",
    bye_req="",
    farewell=r"(?:escrevi|terminei|fiz|gravei) (?:\w+ )?(?:minha (?:carta|cartinha|mensagem)|meu "
             r"(?:bilhete|recado|video)) (?:de despedida|de adeus)|(?:minha )?carta de (?:despedida|"
             r"adeus) (?:ja )?(?:ta |esta )?(?:pronta|feita|escrita|terminada)",
    casual=r"kkk\w*|kk|rs|rsrs|haha\w*|lol|enfim|mudando de assunto|oq|o que (?:vcs|voces)|vcs vao|"
           r"fds|fim de semana|alias|btw|\?",
    m_note=r"professor\w*|prof|aposent\w*|mudar|muda|mudanca|intercambio|escola|colegio|turma|sala|"
           r"formatura|projeto|trabalho|redacao|historia|livro|personagem|filme|serie|novela|peca|"
           r"teatro|jogo|rpg|amigo secreto|natal|aniversario|casamento|treinador|time|prova|"
           r"boletim|vai me matar|brincadeira|zoeira",
    funeral_trig="funeral enterro velorio",
    funeral=r"(?:playlist|musicas|lista|roupa) (?:\w+ ){0,3}?(?:pro|para o|pra o|do) meu (?:proprio )?"
            r"(?:funeral|enterro|velorio)|(?:planejei|organizei) meu (?:proprio )?(?:funeral|enterro)",
    soon=r"(?:vai ser|e|eh|ta|esta) (?:chegando|logo)|logo logo|em breve|falta pouco|(?:nessa|essa|"
         r"esta|na|proxima) (?:segunda|terca|quarta|quinta|sexta|sabado|domingo|semana|fds)|daqui a "
         r"pouco|em poucos dias|(?:vcs|voces) vao precisar",
    world_trig="mundo planeta",
    leave=r"(?:vou embora|ir embora|sair|vou sair|deixar|deixo|vou deixar|partir|vou partir|sumir|"
          r"me despedir) (?:de |d)?(?:esse|este|desse|deste|do|o) (?:mundo|planeta)(?! (?:de|do|"
          r"virtual))",
    day=r"segunda|terca|quarta|quinta|sexta|sabado|domingo|hoje a noite|amanha|esse fds|no fds|fim "
        r"de semana|semana que vem|proxima semana|essa semana|logo|em breve|meia noite",
    decide=r"decidi|(?:ta|esta) decidido|decisao tomada|tomei (?:a|minha) decisao|nao tem volta|sem "
           r"volta",
    m_world=r"minecraft|servidor|server|jogo|partida|mapa|roblox|fortnite|free fire|sims|anime|"
            r"livro|historia|musica|letra|filme|serie|personagem|rpg|sonho|frase|meme",
    last_trig="ultima",
    last_req="decidi decidido decisao volta vivo viva vida mundo terra",
    last=r"(?:e|eh|vai ser|sera) (?:a )?minha ultima semana(?! (?:de|da|do|na|no|em|com|antes|aqui|"
         r"sem))|minha ultima semana (?:viv[oa]|com vida|nesse mundo|na terra)",
    m_last=r"ferias|escola|colegio|aula|semestre|bimestre|acampamento|trabalho|estagio|time|clube|"
           r"mudanca|provas|dieta|desafio|ofensiva|celular|aparelho|festa|viagem|kkk\w*",
    bday_trig="decidi",
    bday=r"decidi (?:que )?(?:eu )?(?:nao|n) (?:vou chegar|chego|vou estar|vou ver|vou completar|"
         r"vou viver)(?! (?:atrasad\w+|a tempo|cedo|tarde|na|no|a|ao))",
    bday_cue=r"aniversario|niver|\d+ anos",
    m_bday=r"festa|viagem|ferias|fora|casa d\w+|comemor\w*|bolo|presente|escola|atrasad\w+",
)

# -- de -----------------------------------------------------------------------------------
_PILLS_DE = (
    r"(?:tabletten|pillen|medikamente|medis|schlaftabletten|schmerztabletten|antidepressiva|"
    r"paracetamol|ibus|emoji_pill)"
)
_DE = Stockpile(
    pills="tabletten pillen medikamente medis schlaftabletten schmerztabletten antidepressiva "
          "paracetamol ibus emoji_pill tablettenbox tablettendose pillendose pillenbox "
          "medikamentenbox wochenbox hausapotheke medizinschrank",
    hoard=r"(?:sammle|sammel|gesammelt|sammeln|horte|gehortet|horten|bunker|bunkere|gebunkert|"
          r"spare|gespart|hamstere|gehamstert) (?:\w+ ){0,4}?" + _PILLS_DE + r"|" + _PILLS_DE
          + r" (?:\w+ ){0,4}?(?:gesammelt|gehortet|gebunkert|zur seite gelegt|beiseite gelegt|"
          r"gehamstert)|(?:nehm|nehme|klau|klaue|mops|mopse|stibitz\w*|hol|hole|zock|zocke) "
          r"(?:\w+ ){0,6}?(?:aus|von) (?:\w+ ){0,2}?(?:tablettenbox|tablettendose|pillendose|"
          r"pillenbox|medikamentenbox|wochenbox|hausapotheke|medizinschrank|schachtel|packung|"
          r"blister)",
    hide=r"(?:heb|hebe|aufgehoben|versteck|verstecke|versteckt) (?:\w+ ){0,4}?" + _PILLS_DE + r"|"
         + _PILLS_DE + r" (?:\w+ ){0,4}?(?:versteckt|aufgehoben)",
    stock=r"seit (?:\w+ )?(?:wochen|monaten|nem monat|einem monat|langem)|(?:hab|habe) (?:jetzt |"
          r"schon |inzwischen |endlich )?(?:genug|genugend|\d+|ganz viele)|genug (?:jetzt|"
          r"zusammen)|(?:statt|anstatt) sie zu nehmen|ohne dass (?:sie|er|es|jemand|wer) (?:es )?"
          r"(?:merkt|merken|mitbekommt|weiss)|merkt (?:eh |das )?(?:keiner|niemand|sie nicht|er "
          r"nicht)",
    case=r"nur fur den fall|fur alle falle|fur den notfall|man weiss ja nie|jedes ?mal|heimlich",
    m_hoard=r"apotheke|rezept|arzt|arztin|doktor|fur (?:sie|ihn)|(?:geb|gebe) (?:sie )?(?:ihr|ihm)|"
            r"helf\w*|aufful\w*|full\w*|sortier\w*|abgelaufen\w*|entsorg\w*|wegwerf\w*|"
            r"kopfschmerz\w*|bauchschmerz\w*|migrane|vitamin\w*|gummibarchen|bonbons|urlaub|reise|"
            r"klassenfahrt|schule|projekt|hund|katze|tierarzt|rankommt|drankommt|taschengeld|geld",
    if_trig="wenn falls",
    if_req="getan gemacht durchgezogen passiert vorbei geschehen soweit weg tot gegangen da "
           "wisst verstehen",
    absent=r"(?:wenn|falls) ich (?:mich )?(?:morgen |heute abend |heute nacht )?(?:nicht|nie|nicht "
           r"mehr) (?:mehr )?(?:online bin|on bin|on komme|antworte|zuruckschreibe|schreibe|da bin|"
           r"melde|komme|reagiere|poste)|(?:wenn|falls) ihr (?:morgen )?(?:nichts|nix) (?:mehr )?von "
           r"mir (?:hort|lest)",
    done=r"(?:hab|habe) ich(?:s| es) (?:getan|gemacht|durchgezogen)|(?:hab|habe) ichs? (?:getan|"
         r"durchgezogen)|ist es (?:passiert|vorbei|geschehen|soweit)(?! (?:mit|fur|weil))|bin ich "
         r"(?:weg|tot|nicht mehr da|gegangen)(?! (?:zu|zum|zur|in|im|bei|nach|auf|weil))|wisst ihr "
         r"(?:was passiert ist|was ich getan hab\w*|bescheid)|(?:ihr )?werdet (?:es )?verstehen",
    m_absent=r"mathearbeit|arbeit|klausur|test|prufung|hausaufgab\w*|schule|klassenfahrt|ausflug|"
             r"urlaub|reise|ferien|wlan|wifi|internet|netz|empfang|akku|ladekabel|abgenommen|"
             r"weggenommen|eingezogen|hausarrest|handyverbot|zeugnis|noten|bei (?:oma|opa|meiner|"
             r"meinem)|schlaf\w*|penn\w*|party|hochzeit|beerdigung|krankenhaus|zahnarzt|arzt|"
             r"termin|beschaftigt|training|spiel|turnier|fortnite|roblox|minecraft|update|gebannt|"
             r"gesperrt|kirche|moschee|spass|witz|neues handy|bildschirmzeit|streak|flammen|kaputt|"
             r"crush",
    note_trig="selbstmordbrief suizidbrief",
    note=r"(?:meinen|mein) (?:\w+ )?(?:selbstmordbrief|suizidbrief) (?:\w+ ){0,2}?(?:geschrieben|"
         r"fertig|gemacht|hinterlassen|verfasst)|(?:selbstmordbrief|suizidbrief) (?:ist )?(?:fertig|"
         r"geschrieben)",
    m_sui=r"geschichte|buch|roman|figur|charakter|fanfic|rollenspiel|drehbuch|theater|film|serie|"
          r"folge|spiel|aufsatz|referat|projekt|gedicht|lied|songtext|witz|spass",
    bye_trig="abschiedsbrief abschiedsbriefe abschiedszettel abschiedsnachricht abschiedsvideo",
    bye_req="",
    farewell=r"(?:meinen|mein|meine) (?:\w+ )?(?:abschiedsbrief|abschiedsbriefe|abschiedszettel|"
             r"abschiedsnachricht|abschiedsvideo) (?:\w+ ){0,2}?(?:geschrieben|fertig|gemacht|"
             r"aufgenommen|hinterlassen|verfasst|getippt)|abschiedsbrief (?:ist )?(?:fertig|"
             r"geschrieben)(?! (?:fur|an))",
    casual=r"lol|xd|haha\w*|egal|jedenfalls|anyway|btw|ubrigens|naja|was macht ihr|wie gehts|"
           r"wochenende|heute abend|\?",
    m_note=r"lehrer\w*|rente|ruhestand|pension|zieht (?:\w+ )?(?:um|weg)|umzug|wegzieh\w*|neue "
           r"schule|klasse|schule|abschlussfahrt|abschluss|projekt|hausaufgab\w*|aufsatz|deutsch\w*|"
           r"geschichte|buch|roman|figur|charakter|film|serie|theater|spiel|rollenspiel|wichteln|"
           r"weihnacht\w*|geburtstag|hochzeit|trainer\w*|verein|mannschaft|praktikum|arbeit|"
           r"kolleg\w*|brieffreund\w*|austausch|klausur|zeugnis|bringt mich um|witz|spass",
    funeral_trig="beerdigung beisetzung trauerfeier",
    funeral=r"(?:playlist|lieder|songs|musik|outfit) (?:\w+ ){0,3}?(?:fur|zu) (?:meine|meiner) "
            r"(?:eigene\w* )?(?:beerdigung|beisetzung|trauerfeier)|(?:meine|meiner) (?:eigene\w* )?"
            r"beerdigung (?:geplant|organisiert)",
    soon=r"soweit|so weit|bald|nicht mehr lange|(?:diesen|am|nachsten) (?:freitag|samstag|sonntag|"
         r"montag|dienstag|mittwoch|donnerstag|wochenende)|diese woche|nachste woche|in ein paar "
         r"tagen|fruher als ihr denkt|ihr werdet sie brauchen",
    world_trig="welt",
    leave=r"(?:verlass|verlasse|verlassen|verabschiede mich von) (?:ich )?(?:diese|die) welt|diese "
          r"welt (?:verlassen|verlasse|verlass)|(?:von|aus) dieser welt (?:gehen|gehe|geh|"
          r"verschwinden|verabschieden)",
    day=r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute nacht|heute abend|"
        r"morgen|am wochenende|dieses wochenende|nachste woche|diese woche|bald|um mitternacht",
    decide=r"entschieden|entschlossen|beschlossen|meine entscheidung (?:steht|ist gefallen)|"
           r"entscheidung steht|kein zuruck",
    m_world=r"minecraft|server|spiel|zocken|map|karte|roblox|fortnite|sims|anime|manga|buch|roman|"
            r"lied|songtext|film|serie|figur|rollenspiel|traum|zitat|meme",
    last_trig="letzte",
    last_req="entschieden entschlossen beschlossen entscheidung zuruck welt erde leben lebendig",
    last=r"(?:das ist|ist|das wird) meine letzte woche(?! (?:in|an|bei|mit|vor|als|im|am|hier|"
         r"ferien|schule|urlaub|ohne))|meine letzte woche (?:auf (?:der|dieser) (?:welt|erde)|am "
         r"leben|lebendig)",
    m_last=r"ferien|urlaub|schule|klasse|halbjahr|praktikum|arbeit|job|verein|mannschaft|umzug|"
           r"prufungen|diat|challenge|streak|handy|zahnspange|party|reise|lol|haha\w*",
    bday_trig="entschieden entschlossen beschlossen",
    bday=r"(?:entschieden|entschlossen|beschlossen) dass ich (?:\w+ ){0,2}?(?:nicht mehr|nicht|nie) "
         r"(?:\w+ )?(?:erlebe|erleben werde|da bin|da sein werde|sehen werde|schaffe)",
    bday_cue=r"geburtstag|bday|\d+\.? geburtstag",
    m_bday=r"party|feier|reise|urlaub|ferien|weg|bei oma|bei opa|kuchen|geschenk|schule|zu spat",
)

# -- it -----------------------------------------------------------------------------------
_PILLS_IT = (
    r"(?:pastiglie|pillole|compresse|medicine|medicinali|farmaci|sonniferi|antidepressivi|"
    r"tachipirina|xanax|emoji_pill)"
)
_IT = Stockpile(
    pills="pastiglie pillole compresse medicine medicinali farmaci sonniferi antidepressivi "
          "tachipirina xanax emoji_pill portapillole",
    hoard=r"(?:metto da parte|mettendo da parte|messo da parte|tengo da parte|accumulo|accumulando|"
          r"raccolgo|raccogliendo|risparmio|risparmiando|metto via|mettendo via) (?:\w+ ){0,4}?"
          + _PILLS_IT + r"|" + _PILLS_IT + r" (?:\w+ ){0,3}?(?:messe da parte|accumulate|messe via)|"
          r"(?:prendo|rubo|frego|sgraffigno|pesco|prendevo|rubavo|fregavo) (?:\w+ ){0,6}?(?:dal|"
          r"dalla|dai|dalle) (?:\w+ )?(?:portapillole|porta pillole|scatola|scatolina|flacone|"
          r"blister|armadietto|cassetto|pastiglie|pillole|medicine)",
    hide=r"(?:conservo|conservando|nascondo|nascondendo|nascosto) (?:\w+ ){0,4}?" + _PILLS_IT + r"|"
         + _PILLS_IT + r" (?:\w+ ){0,3}?(?:nascoste|conservate)",
    stock=r"da (?:\w+ )?(?:settimane|mesi|un mese|tempo)|(?:ne )?ho (?:abbastanza|a sufficienza|"
          r"tante|\d+)|abbastanza|invece di prenderle|anziche prenderle|senza che (?:se ne accorga|"
          r"nessuno|lei|lui|se ne accorgano)|(?:non )?se ne (?:e )?accort[oa]|nessuno (?:lo )?sa",
    case=r"non si sa mai|per sicurezza|nel caso|ogni volta|di nascosto",
    m_hoard=r"farmacia|ricetta|medico|dottore|per (?:lei|lui)|l'aiuto|aiut\w*|gliel[ae] do|le do|"
            r"riempi\w*|sistem\w*|ordin\w*|scadut\w*|buttare|mal di testa|quando ho mal|vitamine|"
            r"caramelle|gita|vacanz\w*|viaggio|scuola|progetto|cane|gatto|veterinario|come ha "
            r"detto|paghetta|soldi",
    if_trig="se",
    if_req="lho fatto fatta successo finita capirete saprete andato andata piu",
    absent=r"se (?:domani |stasera |oggi )?non (?:sono online|sono on|mi connetto|rispondo|mi "
           r"faccio sentire|scrivo|ci sono|mi vedete|entro|torno|mi collego)|se (?:domani )?"
           r"sparisco|se non avete (?:piu )?(?:mie )?notizie",
    done=r"l'ho fatto(?! (?:apposta|bene|male))|e fatta|e (?:successo|finita)(?! (?:la|il|lo|le|i|"
         r"gli|con|per))|(?:capirete|saprete) (?:cosa|che cosa|quello che) (?:e successo|ho fatto)|"
         r"capirete|(?:me ne )?sono andat[oa](?! (?:a|al|in|da|dai|con|per))|non ci sono piu",
    m_absent=r"verifica|interrogazione|compit[oi]|esame|scuola|gita|viaggio|vacanz\w*|wifi|"
             r"internet|giga|batteria|caricabatterie|(?:tolto|tolgono|preso|sequestrato) (?:il )?"
             r"(?:telefono|cell|cellulare)|punizione|punit\w*|pagella|voti|dai nonni|dalla nonna|"
             r"dal nonno|dorm\w*|pisolino|festa|matrimonio|funerale|ospedale|dentista|medico|"
             r"visita|impegnat\w*|partita|torneo|gioco|fortnite|roblox|minecraft|aggiornamento|"
             r"bannat\w*|chiesa|messa|scherzo|scherzando|telefono nuovo|streak|rott[oa]|"
             r"crush",
    note_trig="suicidio suicida",
    note=r"(?:scritto|finito|fatto|lasciato|preparato) (?:\w+ )?(?:la mia|il mio) (?:lettera|"
         r"biglietto) (?:di suicidio|suicida)|la mia lettera di suicidio (?:e )?(?:pronta|finita|"
         r"scritta)",
    m_sui=r"storia|libro|romanzo|personaggio|fanfic|gdr|copione|teatro|film|serie|episodio|gioco|"
          r"tema|progetto|poesia|canzone|testo|scherzo|scherzando",
    bye_trig="daddio addio",
    bye_req="",
    farewell=r"(?:scritto|finito|fatto|preparato|registrato) (?:\w+ )?(?:la mia|il mio) (?:lettera|"
             r"biglietto|messaggio|video|bigliettino) (?:d'addio|di addio)|(?:la mia )?lettera "
             r"d'addio (?:e )?(?:pronta|finita|scritta|fatta)",
    casual=r"lol|xd|ahah\w*|haha\w*|cmq|comunque|vabbe|boh|btw|anyway|che fate|come state|weekend|"
           r"stasera|\?",
    m_note=r"prof\w*|maestr[ao]|pensione|si trasferisce|trasferimento|trasloco|nuova scuola|classe|"
           r"scuola|gita|progetto|compiti|tema|italiano|storia|libro|romanzo|personaggio|film|serie|"
           r"teatro|gioco|natale|compleanno|matrimonio|allenatore|mister|squadra|stage|lavoro|"
           r"collega|erasmus|verifica|pagella|mi uccide|scherzo",
    funeral_trig="funerale",
    funeral=r"(?:playlist|canzoni|musica|vestito) (?:\w+ ){0,3}?per il mio (?:proprio )?funerale|"
            r"(?:organizzato|pianificato) il mio (?:proprio )?funerale",
    soon=r"manca poco|presto|tra poco|a breve|(?:questo|sto) (?:lunedi|martedi|mercoledi|giovedi|"
         r"venerdi|sabato|domenica|weekend|fine settimana)|questa settimana|la prossima settimana|"
         r"tra qualche giorno|prima di quanto pensiate|vi servira",
    world_trig="mondo pianeta",
    leave=r"(?:lascio|lasciare|lascero|me ne vado da|andarmene da|andro via da|vado via da|"
          r"abbandono|abbandonare|dico addio a|dire addio a) (?:questo|il|sto) (?:mondo|pianeta)"
          r"(?! (?:di|del|virtuale))",
    day=r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|stasera|stanotte|domani|sto "
        r"weekend|questo weekend|fine settimana|settimana prossima|questa settimana|presto|a "
        r"mezzanotte",
    decide=r"deciso|ho preso la (?:mia )?decisione|decisione presa|non si torna indietro",
    m_world=r"minecraft|server|gioco|partita|mappa|roblox|fortnite|sims|anime|manga|libro|romanzo|"
            r"canzone|testo|film|serie|personaggio|gdr|sogno|frase|meme",
    last_trig="ultima",
    last_req="deciso decisione indietro vita terra vivo viva",
    last=r"(?:e|sara) (?:la )?mia ultima settimana(?! (?:di|a|al|in|con|prima|qui|da|senza))|la mia "
         r"ultima settimana (?:in vita|su questa terra|da viv[oa])",
    m_last=r"vacanz\w*|scuola|classe|quadrimestre|gita|stage|lavoro|squadra|club|trasloco|esami|"
           r"dieta|sfida|streak|telefono|apparecchio|festa|viaggio|ahah\w*",
    bday_trig="deciso",
    bday=r"deciso che non (?:ci )?(?:arrivo|arrivero|saro|lo vedro|lo vivro|compio)(?! (?:in tempo|"
         r"tardi|alla|al|a))",
    bday_cue=r"compleanno|compio|\d+ anni",
    m_bday=r"festa|viaggio|vacanz\w*|fuori|dai nonni|torta|regalo|scuola|in ritardo",
)

RULES: list[Rule] = [
    *stockpile_rules(_FR),
    *stockpile_rules(_PT),
    *stockpile_rules(_DE),
    *stockpile_rules(_IT),
]
