"""Goodbyes already said, scheduled or acted on, affairs put in order, and
wishing to die passively or to join someone dead, in Portuguese, German
and Italian (en es fr and the shared helpers in `selfharm_goodbyes_done.py`,
ru tr pl id ar hi zh in `selfharm_goodbyes_done_langs.py`).

Why and what passes: as in `selfharm_goodbyes_done.py` ("ja me despedi de
todo mundo no privado, so faltava voces", "hab meiner schwester ne
abschiedsnachricht geschickt und dann das handy ausgemacht", "ho regalato
tutte le mie cose, stanotte e l'ultima notte", "ich bete jeden abend dass
gott mich im schlaf holt", "voglio raggiungere il mio papa, da quando e
morto non ho nessuno").  Each class is a pair in one message (a goodbye done
or affairs put in order with finality, a goodbye post set to go out later,
praying to die, the wish to join someone with a death named), and a move, a
trip, a birthday, old or outgrown things, a donation, a game or "see you"
anywhere in the message leaves it ordinary.  Split from the en/es/fr module
only to keep each module short; the pair is built by the same
`goodbye_rules` helper.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_goodbyes_done import goodbye_rules

# -- pt -------------------------------------------------------------------------------------
_KIN_PT = (
    r"(?:mae|mamae|mainha|pai|papai|pais|familia|irma|irmao|irmazinha|irmaozinho|irmaos|melhor "
    r"amiga|melhor amigo|amigos|amigas|avo|vovo|vo|tia|tio|prima|primo|namorado|namorada)"
)
_ACTS_PT = (
    r"(?:ja )?me despedi (?:de|da|do|das|dos)|(?:ja )?dei tchau (?:pra|para|a)|(?:mandei|enviei|deixei|gravei|escrevi) "
    r"(?:\w+ ){0,3}?(?:um |uma |o |a |meu |minha )?(?:mensagem|mensagens|audio|audios|video|videos|"
    r"bilhete|carta|recado)s? de despedida|abracei (?:a |o )?(?:minha |meu )?(?:\w+ )?" + _KIN_PT
    + r"|(?:ultimo|um ultimo) abraco|(?:ja )?(?:dei|doei|distribui|deixei) (?:\w+ ){0,2}?(?:todas |"
    r"todos )?(?:as |os )?(?:minhas|meus) (?:coisas|roupas|jogos|livros|pelucias)|(?:escrevi|anotei|"
    r"decidi) quem (?:fica com|vai ficar com|recebe) (?:o que|minhas|meus)|(?:deixei|dei|passei|"
    r"anotei) (?:\w+ ){0,4}?(?:a |as |minha |minhas )?senhas?|pedi (?:pra|para|a|pro) (?:\w+ ){0,3}?"
    r"(?:cuidar|ficar com) (?:do |da )?(?:meu|minha) (?:cachorro|cachorrinho|gato|gatinho|pet|"
    r"hamster|coelho|peixe)|apaguei (?:todos|todas|tudo) (?:os |as )?(?:meus |minhas )?(?:contatos|"
    r"amigos|conversas|contas|fotos)?"
)
_FINAL_PT = (
    r"(?:so )?falta(?:va|vam)? (?:voces|vcs|esse grupo)|(?:voces|vcs) (?:sao|foram|eram) os ultimos|"
    r"(?:so )?sobra(?:ram|m)? (?:voces|vcs)|desliguei o (?:cel|celular|telefone)|(?:nao|n) sabem? que "
    r"(?:e|eh|foi|vai ser) a ultima|(?:pela )?ultima vez|pra sempre|para sempre|hoje a noite (?:e|"
    r"acaba|termina)|depois de hoje a noite|(?:pra|para)? ?quando eu (?:nao )?(?:estiver|tiver) "
    r"mais aqui|quando eu (?:me for|morrer|nao existir)|(?:pra|para) (?:me )?despedir|adeus a todos|"
    r"(?:nao|n) vou (?:mais )?precisar|quem (?:fica com|vai ficar com|recebe) (?:o que|minhas|meus)"
)
_MUNDANE_PT = (
    r"aniversario|niver|mudanca|mud(?:ar|amos|ando|ei|ou|aram|aremos) (?:pra|para|pro|de)|morar (?:em|no|na)|"
    r"escola|colegio|aula|"
    r"professor\w*|prova|viagem|"
    r"ferias|acampamento|intercambio|velh[ao]s?|pequen[ao]s?|nao serve|doacao|doar|caridade|"
    r"brecho|enterro|velorio|morreu|faleceu|hospital|ate (?:amanha|mais|logo|semana que vem)|jogo|"
    r"personagem|serie|livro|filme|novela|consulta|limpar|espaco|celular novo|sai do grupo|diario "
    r"(?:ta |esta )?(?:cheio|acabou)"
)
_SCHED_ACT_PT = (
    r"(?:mensagem|mensagens|story|stories|post|video|audio)s? de despedida|(?:ultimo|ultima) "
    r"(?:story|post|mensagem|video|publicacao)|mensagem (?:pra|para) (?:minha |meu )?" + _KIN_PT
)
_SCHED_CUE_PT = r"programad[oa]s?|programei|agendad[oa]s?|agendei|rascunhos?|automaticamente|sai sozinh[ao]"
_SCHED_MUNDANE_PT = r"parabens|bom dia|lembrar|lembrete|sorteio|dia das maes|natal|surpresa"
_PRAY_PT = (
    r"(?:peco|rezo|oro|pedindo|rezando|orando) (?:\w+ ){0,3}?(?:pra|para|a) ?(?:deus|jesus)? ?"
    r"(?:me levar|morrer|nao acordar|eu morrer|eu nao acordar|me deixar morrer)|(?:deus|senhor),? "
    r"me leva"
)
_PRAY_MUNDANE_PT = r"prova|teste|licao|kkk\w*|rsrs\w*|haha\w*|professor\w*"
_JOIN_PT = (
    r"(?:quero|queria|preciso) (?:ir (?:ficar )?com|ficar com|estar com|encontrar|ir (?:pra )?onde "
    r"(?:esta|estao|ta)|me juntar (?:a|ao|com)) (?:a |o )?(?:minha |meu )?(?:" + _KIN_PT[3:-1]
    + r"|ele|ela)(?: de novo| no ceu| la em cima)?"
)
_DEAD_PT = (
    r"morreu|morto|morta|faleceu|partiu|ceu|la em cima|desde que (?:ele |ela )?(?:morreu|se foi|"
    r"partiu)|perdi (?:a|o)"
)
_JOIN_MUNDANE_PT = r"visitar|tumulo|cemiterio|fim de semana|ferias|casa|trabalho|divorcio|morar com|jantar|jogo"

# -- de -------------------------------------------------------------------------------------
_KIN_DE = (
    r"(?:mama|mutter|papa|vater|eltern|familie|schwester|bruder|kleine schwester|kleinen bruder|"
    r"geschwister|besten freund|beste freundin|besten freundin|freunde|freunden|oma|opa|cousine|"
    r"cousin|tante|onkel)"
)
_ACTS_DE = (
    r"(?:hab|habe) mich (?:schon |bei allen |von allen |von \w+ )*verabschiedet|(?:hab|habe) "
    r"(?:\w+ ){0,3}?(?:tschuss|bye|lebewohl) gesagt|(?:hab|habe) (?:\w+ ){0,4}?(?:ne |eine |ein |"
    r"meine |mein )?(?:abschiedsnachricht|abschiedsnachrichten|abschiedsvideo|abschiedsbrief|"
    r"sprachnachricht|letzte nachricht)\w* (?:\w+ ){0,2}?(?:geschickt|geschrieben|aufgenommen|"
    r"gelassen|hinterlassen)|(?:hab|habe) (?:meine |meinen |mein )?(?:\w+ )?" + _KIN_DE + r" "
    r"(?:\w+ )?(?:umarmt|gedruckt)|(?:hab|habe) (?:\w+ ){0,3}?(?:meine|meinen|mein) (?:ganzen |"
    r"ganzes |ganze |alle )?(?:sachen|spiele|konsole|klamotten|kuscheltiere|bucher|zeug) (?:\w+ )?"
    r"(?:verschenkt|verteilt|weggegeben)|(?:aufgeschrieben|festgelegt|entschieden) wer (?:was|meine)|"
    r"wer was (?:von meinen|von mir) (?:\w+ )?(?:bekommt|kriegt)|(?:hab|habe) (?:\w+ ){0,4}?"
    r"(?:mein|meine|das|die) (?:handy ?)?(?:passwort|passworter|pin|code|zugangsdaten)|(?:gebeten|"
    r"gesagt|geschrieben)\w*,? (?:\w+ ){0,5}?(?:dass )?(?:er|sie) (?:\w+ ){0,2}?auf meinen (?:hund|"
    r"kater|hamster|hasen) aufpass\w*|auf meine (?:katze|hamster) aufpass\w*|(?:hab|habe) alle "
    r"(?:meine )?(?:kontakte|freunde|chats|accounts|fotos) geloscht"
)
_FINAL_DE = (
    r"ihr seid die letzten|(?:nur noch|fehlt nur noch|fehlen nur noch) (?:ihr|euch|die gruppe)|"
    r"(?:das )?handy (?:aus|ausgemacht|ausgeschaltet)|(?:sie|er) (?:weiss|wissen) (?:es )?nicht,? "
    r"(?:dass es|das es) (?:das )?letzte|(?:zum )?letzten mal|fur immer|heute nacht (?:ist|wars|war)|"
    r"nach heute nacht|wenn ich nicht mehr (?:da|hier) bin|wenn ich weg bin|(?:um )?tschuss zu "
    r"sagen|(?:um )?mich zu verabschieden|(?:brauch|brauche) (?:es|sie|das) (?:eh )?nicht mehr|"
    r"(?:geht|gehen) (?:\w+ ){0,3}?automatisch raus|morgen fruh (?:automatisch|raus)|wer was (?:von "
    r"meinen|von mir) (?:\w+ )?(?:bekommt|kriegt)|(?:aufgeschrieben|festgelegt|entschieden) wer (?:was|"
    r"meine)"
)
_MUNDANE_DE = (
    r"geburtstag|umzug|umzieh\w*|zieh\w* (?:\w+ )?(?:um|weg)|"
    r"zieh\w* (?:\w+ ){0,2}?nach (?!der|dem|den|hause|mitternacht)|auswander\w*|wegzieh\w*|neue schule|"
    r"schulwechsel|schule|"
    r"klasse|lehrer\w*|klassenfahrt|urlaub|ferien|reise|verreis\w*|austausch|alten?|zu klein\w*|"
    r"spende\w*|flohmarkt|beerdigung|gestorben|krankenhaus|bis (?:morgen|bald|dann|spater|"
    r"nachste woche)|spiel|charakter|serie|buch|film|konsultation|aufraum\w*|speicher\w*|neues "
    r"handy|gruppe verlass\w*|tagebuch (?:ist )?voll"
)
_SCHED_ACT_DE = (
    r"abschiedsnachricht\w*|abschiedsvideo\w*|abschiedspost\w*|letzte(?:n|s)? (?:post|story|"
    r"nachricht|video)|nachricht an (?:meine |meinen |mein )?" + _KIN_DE
)
_SCHED_CUE_DE = (
    r"geplant|eingeplant|zeitgesteuert|entwurf|entwurfen|entwurfe|automatisch|von selbst raus|"
    r"vorbereitet"
)
_SCHED_MUNDANE_DE = r"gluckwunsch\w*|guten morgen|erinner\w*|gewinnspiel|muttertag|weihnacht\w*|uberraschung|abholen"
_PRAY_DE = (
    r"(?:ich )?bete (?:\w+ ){0,3}?(?:dass|das|darum dass) (?:gott )?(?:mich (?:\w+ ){0,3}?(?:holt|zu sich "
    r"holt|sterben lasst|nimmt)|ich (?:\w+ ){0,2}?(?:nicht mehr aufwache|nicht aufwache|sterbe|nie mehr "
    r"aufwache|nie wieder aufwache))|(?:ich )?bitte "
    r"gott (?:\w+ )?(?:mich zu holen|mich sterben zu lassen)"
)
_PRAY_MUNDANE_DE = r"arbeit|test|klausur|prufung|hausaufgab\w*|lol|haha\w*|lehrer\w*"
_JOIN_DE = (
    r"(?:ich )?(?:will|mochte|mochte so gern|wurde gern|muss) (?:einfach )?(?:zu|bei) (?:meiner |"
    r"meinem |meinen )?(?:" + _KIN_DE[3:-1] + r"|ihm|ihr)(?: sein)?(?: da oben| im himmel| wieder)?"
)
_DEAD_DE = r"tot|gestorben|verstorben|himmel|da oben|seit (?:er|sie) (?:tot|weg|nicht mehr da) ist|verloren"
_JOIN_MUNDANE_DE = (
    r"besuch\w*|grab|friedhof|wochenende|ferien|urlaub|arbeit|scheidung|wohnen|ubernacht\w*|"
    r"abendessen|spiel|krankenhaus"
)

# -- it -------------------------------------------------------------------------------------
_KIN_IT = (
    r"(?:mamma|madre|papa|padre|genitori|famiglia|sorella|fratello|sorellina|fratellino|fratelli|"
    r"migliore amica|migliore amico|amici|amiche|nonna|nonno|nonni|cugina|cugino|zia|zio)"
)
_ACTS_IT = (
    r"ho (?:gia )?salutato (?:tutti|tutte|la mia|il mio|i miei|le mie)|(?:ho )?detto addio a|"
    r"(?:ho )?(?:mandato|inviato|lasciato|registrato|scritto) (?:\w+ ){0,3}?(?:un |una |il |la |i |"
    r"le )?(?:messaggio|messaggi|vocale|vocali|video|biglietto|lettera)s? d'addio|(?:ho )?abbracciato "
    r"(?:la mia |il mio |mia |mio )?" + _KIN_IT + r"|(?:ultimo|un ultimo) abbraccio|ho (?:regalato|"
    r"dato via|distribuito) (?:tutte |tutti )?(?:le mie|i miei) (?:cose|giochi|vestiti|peluche|libri)|"
    r"(?:ho )?(?:scritto|deciso) a chi (?:vanno|va|lasciare) (?:le mie|i miei)|(?:ho )?(?:lasciato|"
    r"dato|scritto) (?:\w+ ){0,3}?(?:la |le |mia |mie )?password|ho chiesto a (?:\w+ ){0,3}?di "
    r"(?:tenere|curare|badare a|occuparsi del|occuparsi della) (?:il mio |la mia )?(?:cane|gatto|"
    r"gattina|criceto|coniglio)|ho cancellato (?:tutti|tutte) (?:i miei |le mie )?(?:contatti|amici|"
    r"chat|account|foto)?"
)
_FINAL_IT = (
    r"(?:mancavate|mancate) solo voi|siete (?:gli )?ultimi|restate solo voi|(?:ho )?spento il "
    r"(?:telefono|cell|cellulare)|non sa che (?:e|sara) l'ultima|(?:per )?l'ultima volta|per sempre|"
    r"stanotte (?:e|finisce)|dopo stanotte|quando non ci saro piu|quando me ne saro andat[oa]|per "
    r"salutar\w+|addio a tutti|a chi (?:vanno|va|lasciare) (?:le mie|i miei)|non mi (?:serve|servono|serviranno) piu"
)
_MUNDANE_IT = (
    r"compleanno|traslo\w*|trasfer\w*|cambio scuola|scuola|classe|prof\w*|gita|vacanz\w+|"
    r"viaggio|campo estivo|vecchi[oe]?|piccol[oie]|beneficenza|donare|mercatino|funerale|morto|"
    r"morta|ospedale|a (?:domani|dopo|presto)|ci vediamo|gioco|personaggio|serie|libro|film|"
    r"consultazione|pulizia|spazio|telefono nuovo|diario (?:e )?(?:pieno|finito)"
)
_SCHED_ACT_IT = (
    r"(?:messaggio|messaggi|storia|storie|post|video)s? d'addio|(?:ultimo|ultima) (?:storia|post|"
    r"messaggio|video)|messaggio (?:per|a) (?:mia |mio )?" + _KIN_IT
)
_SCHED_CUE_IT = r"programmat[oai]|programmato|bozz[ae]|automaticamente|parte da solo|in automatico"
_SCHED_MUNDANE_IT = r"auguri|buongiorno|ricord\w*|giveaway|festa della mamma|natale|sorpresa"
_PRAY_IT = (
    r"prego (?:\w+ ){0,3}?(?:di|che|per) (?:morire|non svegliarmi|dio mi prenda|mi prenda|non "
    r"risvegliarmi)|chiedo a dio di (?:prendermi|farmi morire|portarmi via)"
)
_PRAY_MUNDANE_IT = r"verifica|interrogazione|esame|compiti|ahah\w*|lol|prof\w*"
_JOIN_IT = (
    r"(?:voglio|vorrei|ho bisogno di) (?:raggiungere|andare da|stare con|essere con|andare dove "
    r"(?:e|sono)|riunirmi con) (?:la mia |il mio |mia |mio |i miei )?(?:" + _KIN_IT[3:-1]
    + r"|lui|lei)(?: lassu| in cielo| di nuovo)?"
)
_DEAD_IT = r"morto|morta|scomparso|scomparsa|cielo|lassu|da quando (?:e )?(?:morto|morta|non c'e piu)|perso"
_JOIN_MUNDANE_IT = r"visita\w*|tomba|cimitero|weekend|vacanz\w+|casa|lavoro|divorzio|vivere con|cena|partita"

RULES: list[Rule] = [
    *goodbye_rules(
        "despedi dei mandei enviei deixei gravei escrevi abracei abraco doei distribui anotei "
        "decidi passei pedi apaguei",
        _ACTS_PT, _FINAL_PT, _MUNDANE_PT,
        "programado programada programados programadas programei agendado agendada agendados "
        "agendadas agendei rascunho rascunhos automaticamente sozinho sozinha",
        _SCHED_ACT_PT, _SCHED_CUE_PT, _SCHED_MUNDANE_PT,
        "peco rezo oro pedindo rezando orando leva", _PRAY_PT, _PRAY_MUNDANE_PT,
        "ir ficar estar encontrar juntar", _JOIN_PT, _DEAD_PT, _JOIN_MUNDANE_PT),
    *goodbye_rules(
        "verabschiedet gesagt geschickt geschrieben aufgenommen hinterlassen umarmt gedruckt "
        "verschenkt verteilt weggegeben aufgeschrieben festgelegt entschieden bekommt kriegt "
        "passwort passworter pin code zugangsdaten aufpassen aufpasst geloscht",
        _ACTS_DE, _FINAL_DE, _MUNDANE_DE,
        "geplant eingeplant zeitgesteuert entwurf entwurfen entwurfe automatisch selbst "
        "vorbereitet",
        _SCHED_ACT_DE, _SCHED_CUE_DE, _SCHED_MUNDANE_DE,
        "bete bitte", _PRAY_DE, _PRAY_MUNDANE_DE,
        "zu bei", _JOIN_DE, _DEAD_DE, _JOIN_MUNDANE_DE),
    *goodbye_rules(
        "salutato detto mandato inviato lasciato registrato scritto abbracciato abbraccio "
        "regalato dato distribuito deciso chiesto cancellato",
        _ACTS_IT, _FINAL_IT, _MUNDANE_IT,
        "programmato programmata programmati programmate bozza bozze automaticamente solo "
        "automatico",
        _SCHED_ACT_IT, _SCHED_CUE_IT, _SCHED_MUNDANE_IT,
        "prego chiedo", _PRAY_IT, _PRAY_MUNDANE_IT,
        "raggiungere andare stare essere riunirmi", _JOIN_IT, _DEAD_IT, _JOIN_MUNDANE_IT),
]
