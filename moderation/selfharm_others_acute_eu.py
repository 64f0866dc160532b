"""Someone else at risk right now, in Portuguese, German, Italian, Russian
and Turkish (see `selfharm_others_acute.py` for the class and the gates).
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute import _acute_more, _rule
from .selfharm_others_acute_more import TEXTS

# -- pt ---------------------------------------------------------------------------------------
_WHO_PT = (
    r"(?<!se )(?<!quando )(?<!passado )(?<!anos )(?<!meses )(?<!imagina )(?:"
    r"(?:minha|meu|nossa|nosso) (?:melhor |melhores )?(?:amiga|amigo|irma|irmao|irmaozinho|irmazinha|"
    r"prima|primo|colega|namorada|namorado|vizinha|vizinho|mae|pai|tia|tio|bff|parca|parceira|crush|ex|"
    r"miga|migo|bestie)|(?:uma|um) (?:menina|menino|garota|garoto|colega|amiga|amigo|aluna|aluno|guria|"
    r"guri|mina|mano) (?:da|de|do|na|no) (?:minha |meu |nossa |nosso )?(?:sala|turma|escola|classe|"
    r"colegio|grupo|time)|alguem da (?:minha|nossa) (?:sala|turma|escola)|"
    r"(?:ela|ele) (?:acabou de )?(?:me )?(?:mandou|escreveu|falou|disse|ligou|mandar|escrever|falar) "
    r"(?:pra mim|para mim|que))"
)
_GUARD_PT = (
    r"ano passado|ha (?:\w+ )?(?:anos|meses|semanas)|anos atras|meses atras|quando (?:a gente|eu|nos) "
    r"(?:era|eramos)|(?:ja|agora) (?:esta|ta) (?:bem|melhor|segura?)|(?:ta|esta) bem agora|recebeu ajuda|"
    r"conseguiu ajuda|se recuperou|serie|temporada|episodio|filme|livro|romance|anime|manga|personagem|"
    r"netflix|noticia\w*|jornal|reportagem|documentario|no jogo|minecraft|roblox|fortnite|pocao|sem "
    r"querer|por acidente|acidentalmente|cozinhando|cortando (?:cebola|pao|legumes)|se barbeando|caiu|"
    r"vidro quebrado|para (?:a|sua) (?:alergia|dor de cabeca|colica|gripe|febre|enxaqueca|asma)|por "
    r"exemplo|aprendemos|oficina|o que fazer se|o que fazer quando|hipotetic\w+"
)
_PILLS_PT = (
    r"remedios|comprimidos|pilulas|medicamentos|calmantes|analgesicos|paracetamol|antidepressivos|"
    r"rivotril|dipirona|tylenol|emoji_pill"
)
_LOTS_PT = (
    r"muitos|muitas|um monte de|varios|varias|todos os|todas as|todos (?:os )?(?:seus|dela|dele)|uma "
    r"cartela(?: inteira)?|uma caixa(?: inteira)?|um vidro(?: inteiro)?|um frasco(?: inteiro)?|a cartela"
    r"(?: inteira)?|a caixa(?: inteira)?|o vidro(?: inteiro)?|duas cartelas|(?:tipo |uns |umas |mais de )?"
    r"(?:[1-9]\d+|vinte|trinta|quarenta|cinquenta|cem)"
)
_ACTS_PT = (
    r"(?:tomou|engoliu|bebeu|ingeriu|ta tomando|esta tomando|acabou de tomar|acabou de engolir) (?:\S+ )"
    r"{0,2}?(?:" + _LOTS_PT + r") (?:\S+ ){0,3}?(?:" + _PILLS_PT + r")\b|overdose\b|"
    r"(?:tomou|bebeu|engoliu|ingeriu|acabou de beber) (?:\S+ ){0,3}?(?:agua sanitaria|candida|veneno|"
    r"chumbinho|desinfetante|detergente|produto de limpeza|soda caustica|alvejante|cloro|raticida|"
    r"veneno de rato)\b|"
    r"(?:se cortou|se cortando|ta se cortando|esta se cortando|se mutilou|se machucou) (?:\S+ ){0,5}?"
    r"(?:muito fundo|fundo|feio|pulsos?|(?:nao|why nao) para de sangrar|sangrando muito|muito sangue|"
    r"sangue pra todo lado|sangue por todo lado|agora)\b|cortou (?:os|o) pulsos?\b|"
    r"(?:vai|quer|disse que vai|falou que vai|ameacou|ameaca|esta prestes a|ta prestes a|ta querendo|esta "
    r"querendo) (?:se )?(?:pular|jogar|atirar|se jogar|se atirar) (?:\S+ ){0,3}?(?:ponte|telhado|predio|"
    r"janela|sacada|varanda|penhasco|trilhos?|trem|viaduto|terraco|laje)\b|"
    r"(?:ta|esta|subiu|sentada|sentado|em pe) (?:\S+ ){0,2}?(?:em cima|no|na|nos) (?:\S+ ){0,2}?(?:telhado|"
    r"ponte|predio|trilhos?|beirada|laje|terraco|viaduto) (?:\S+ ){0,12}?(?:pular|jogar|se matar|morrer|"
    r"despedi\w*|adeus)\b|"
    r"(?:quer|vai|disse que vai|falou que vai|pretende|planeja|ta pensando em|esta prestes a) (?:se matar|"
    r"morrer|tirar a (?:propria )?vida|acabar com tudo|se enforcar|fazer isso|se suicidar) (?:\S+ ){0,3}?"
    r"(?:hoje a noite|hoje|agora|agora mesmo|essa noite|esta noite|depois da aula|quando (?:todo mundo|os "
    r"pais dela|os pais dele) dormir)\b|"
    r"esta prestes a (?:se matar|se suicidar)|tem um plano (?:pra|para) (?:se matar|morrer|se suicidar)|"
    r"(?:escreveu|deixou|postou|mandou) (?:\S+ ){0,2}?carta de suicidio|"
    r"(?:se trancou|ta trancada|esta trancada|ta trancado|esta trancado) (?:\S+ ){0,8}?(?:lamina|laminas|"
    r"gilete|faca|facas|navalha|estilete|tesoura|remedios|comprimidos|corda|cinto|agua sanitaria)\b"
)
_BYE_PT = (
    r"(?:postou|publicou|mandou|escreveu|deixou|compartilhou|colocou|botou) (?:\S+ ){0,4}?(?:despedida|"
    r"adeus|ultima mensagem|carta de suicidio)|se despediu de (?:todo mundo|todos|nos|mim|geral)|"
    r"(?:me|nos) (?:\S+ ){0,2}?(?:mandou|escreveu|disse|falou) (?:\S+ ){0,4}?(?:adeus|que (?:me|nos) ama|"
    r"desculpa por tudo|obrigad[oa] por tudo|perdao por tudo)"
)
_UNREACH_PT = (
    r"(?:nao|why nao|ja nao) (?:\S+ )?(?:atende|responde|visualiza|le|aparece|esta online|ta online)\b|"
    r"(?:celular|telefone|cel|zap) (?:dela|dele) (?:\S+ ){0,2}?(?:desligado|caixa postal|morto)|"
    r"(?:da|cai) (?:direto )?(?:na )?caixa postal|ninguem (?:\S+ ){0,2}?(?:consegue|sabe) (?:\S+ ){0,2}?"
    r"(?:falar|contato|achar|encontrar|onde (?:ela|ele) (?:esta|ta))|(?:nao|why nao) (?:\S+ )?(?:consigo|"
    r"conseguimos|consegue|conseguem) (?:\S+ )?(?:falar|contato|achar|encontrar)|visualizou e nao "
    r"respondeu|(?:ta|esta) offline"
)
_BYE_GUARD_PT = (
    r"mudando|mudar|mudou|mudanca|(?:saindo|saiu|sair) (?:\S+ )?(?:do grupo|do servidor|da escola|do "
    r"pais)|ferias|viagem|viajando|acampamento|voo|aviao|aeroporto|intercambio|exterior|escola nova|"
    r"celular novo|sem sinal|sem wifi|sem internet|sem bateria|de castigo|tomaram o celular|detox|pausa "
    r"das redes|formatura|ultimo dia"
)

# -- de ("im" reads "i am" in the phrase form) -------------------------------------------------
_WHO_DE = (
    r"(?<!wenn )(?<!falls )(?<!jahr )(?<!sommer )(?<!winter )(?<!monaten )(?<!jahren )(?<!vor )(?:"
    r"(?:meine|mein|unsere|unser) (?:beste |bester |kleine |kleiner |grosse |grosser |altere |alterer |"
    r"jungere |jungerer )?(?:freundin|freund|schwester|bruder|cousine|cousin|kusine|klassenkameradin|"
    r"klassenkamerad|mitschulerin|mitschuler|kumpel|mama|mutter|papa|vater|tante|onkel|nachbarin|nachbar|"
    r"bff|bestie|ex|bestfriend)|(?:ein|eine) (?:madchen|junge|typ|freundin|freund|mitschulerin|mitschuler) "
    r"(?:aus|in) (?:meiner|unserer) (?:klasse|schule|stufe|gruppe|mannschaft)|jemand aus (?:meiner|"
    r"unserer) (?:klasse|schule|stufe)|(?:sie|er) hat (?:mir|uns) (?:gerade |eben |grad )?(?:geschrieben|"
    r"geschickt|gesagt))"
)
_GUARD_DE = (
    r"letztes jahr|letzten (?:sommer|winter|monat)|vor (?:\w+ )?(?:jahren|monaten|wochen)|vor einem jahr|"
    r"als wir (?:klein|kinder|junger)|(?:ist|geht es (?:ihr|ihm)|gehts (?:ihr|ihm)) (?:jetzt |wieder |"
    r"inzwischen )+(?:gut|besser|okay|ok|gesund|stabil)|hat hilfe bekommen|bekommt hilfe|hat sich "
    r"erholt|serie|staffel|folge|film|buch|roman|anime|manga|figur|charakter|netflix|nachrichten|"
    r"artikel|doku|(?:im|i am) spiel|minecraft|roblox|fortnite|trank|aus versehen|versehentlich|beim "
    r"kochen|beim schneiden|beim rasieren|gestolpert|hingefallen|scherben|gegen (?:ihre|seine) "
    r"(?:kopfschmerzen|allergie|regelschmerzen|erkaltung|migrane|asthma)|zum beispiel|haben wir gelernt|"
    r"(?:im|i am) unterricht|workshop|was tun wenn|was man tun soll|hypothetisch"
)
_PILLS_DE = (
    r"tabletten|pillen|medikamente|schlaftabletten|antidepressiva|schmerztabletten|ibuprofen|paracetamol|"
    r"emoji_pill"
)
_LOTS_DE = (
    r"viele|ganz viele|zu viele|eine menge|einen haufen|alle (?:ihre|seine|ihren|seinen|die)|alle|"
    r"eine ganze (?:packung|schachtel|dose|flasche|blister)|die ganze (?:packung|schachtel|dose|flasche)|"
    r"eine packung|eine schachtel|zwei packungen|(?:so |ungefahr |etwa |bestimmt |uber )?(?:[1-9]\d+|"
    r"zwanzig|dreissig|vierzig|funfzig|hundert)"
)
_ACTS_DE = (
    r"(?:" + _LOTS_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r") (?:\S+ ){0,3}?(?:geschluckt|genommen|"
    r"eingenommen|eingeworfen|reingeworfen|gefressen)\b|(?:schluckt|nimmt|schluckte|nahm) (?:gerade )?"
    r"(?:\S+ )?(?:" + _LOTS_DE + r") (?:\S+ ){0,2}?(?:" + _PILLS_DE + r")\b|uberdosis\b|"
    r"(?:bleiche|bleichmittel|gift|rattengift|putzmittel|reinigungsmittel|abflussreiniger|"
    r"desinfektionsmittel|frostschutzmittel|domestos|chlorreiniger|wc reiniger|spulmittel) (?:\S+ ){0,3}?"
    r"(?:getrunken|geschluckt|gegessen)\b|(?:trinkt|schluckt|trank) (?:\S+ ){0,3}?(?:bleiche|gift|"
    r"putzmittel|rattengift|reinigungsmittel)\b|"
    r"(?:tief|schlimm|krass|heftig|die pulsadern|die handgelenke|das handgelenk|die arme) (?:\S+ ){0,3}?"
    r"(?:geritzt|geschnitten|aufgeschnitten|aufgeritzt)\b|(?:geritzt|geschnitten|aufgeschnitten) (?:\S+ )"
    r"{0,5}?(?:hort nicht auf zu bluten|blutet (?:\S+ )?(?:stark|viel|uberall|doll)|uberall blut)|"
    r"(?:ritzt|schneidet) sich (?:\S+ ){0,3}?(?:gerade|jetzt|tief|die pulsadern)\b|"
    r"(?:will|wird|droht|sagt (?:sie|er) will|hat gesagt (?:sie|er) will) (?:\S+ ){0,5}?(?:von der|von "
    r"dem|vom|aus dem|vor den|vor einen|von einer) (?:\S+ ){0,2}?(?:brucke|dach|hochhaus|fenster|balkon|"
    r"klippe|gleise|zug|parkhaus|turm) (?:\S+ )?(?:springen|sturzen|werfen)\b|"
    r"(?:steht|sitzt|ist) (?:\S+ ){0,3}?(?:auf dem dach|auf der brucke|auf den gleisen|am rand|auf dem "
    r"gelander|auf dem hochhaus) (?:\S+ ){0,12}?(?:springen|sterben|umbringen|abschied\w*)\b|"
    r"(?:will|wird|sagt (?:sie|er) (?:will|wird)|hat gesagt (?:sie|er) (?:will|wird)|plant) (?:sich )?"
    r"(?:\S+ ){0,3}?(?:heute nacht|heute abend|heute|jetzt|gleich|sofort|nach der schule|wenn alle "
    r"schlafen) (?:\S+ ){0,3}?(?:umbringen|sterben|das leben nehmen|suizid begehen|selbstmord begehen|"
    r"aufhangen|springen|ein ende machen|es beenden)\b|(?:hat|hatte) einen plan (?:\S+ ){0,3}?"
    r"(?:umzubringen|zu sterben|das leben zu nehmen)|selbstmordbrief|suizidbrief|"
    r"(?:eingeschlossen|eingesperrt|schliesst sich ein|abgeschlossen) (?:\S+ ){0,8}?(?:klinge|klingen|"
    r"rasierklinge|messer|cutter|schere|tabletten|pillen|seil|strick|gurtel)\b|(?:klinge|klingen|"
    r"rasierklinge|messer|cutter|schere|tabletten|pillen|seil|strick) (?:\S+ ){0,8}?(?:eingeschlossen|"
    r"eingesperrt)\b"
)
_BYE_DE = (
    r"abschied\w*|tschuss fur immer|lebt wohl|lebewohl|letzte nachricht|(?:von allen|von uns|von mir) "
    r"verabschiedet|verabschiedet sich von allen|(?:danke fur alles|sorry fur alles|tut (?:ihr|ihm|mir) "
    r"leid fur alles|entschuldigung fur alles|(?:sie|er) liebt uns)"
)
_UNREACH_DE = (
    r"(?:geht|ging) nicht (?:mehr )?(?:ans|an ihr|an sein|ran)|(?:antwortet|antwortete|reagiert|meldet "
    r"sich|liest) (?:\S+ )?(?:nicht|nicht mehr|gar nicht)\b|(?:ihr|sein) (?:handy|telefon) (?:ist|war) "
    r"(?:\S+ )?(?:aus|ausgeschaltet|tot|off)\b|handy aus|mailbox|(?:niemand|keiner|wir|ich) (?:\S+ ){0,2}?"
    r"(?:erreicht|erreichen|erreiche)\b|(?:ist|war) nicht (?:mehr )?erreichbar|(?:keiner|niemand) weiss "
    r"wo (?:sie|er) ist|offline"
)
_BYE_GUARD_DE = (
    r"umzug|zieht (?:\S+ )?(?:um|weg)|umziehen|weggezogen|verlasst (?:\S+ )?(?:gruppe|chat|server|schule)|"
    r"(?:gruppe|chat|server) verlassen|urlaub|ferien|reise|klassenfahrt|lager|camp|flug|flugzeug|"
    r"flughafen|austausch|ausland|neue schule|neues handy|kein netz|kein wlan|kein internet|akku|"
    r"hausarrest|weggenommen|abgenommen|pause von|detox|abschluss|letzter schultag|internat"
)

# -- it ---------------------------------------------------------------------------------------
_WHO_IT = (
    r"(?<!se )(?<!quando )(?<!scorso )(?<!scorsa )(?<!fa )(?<!immagina )(?:"
    r"(?:la mia|il mio|mia|mio|la nostra|il nostro) (?:migliore )?(?:amica|amico|sorella|fratello|"
    r"sorellina|fratellino|cugina|cugino|compagna|compagno|ragazza|ragazzo|vicina|vicino|mamma|madre|papa|"
    r"padre|zia|zio|bff|crush|ex)|(?:una|un|uno) (?:ragazza|ragazzo|compagna|compagno|amica|amico|tipa|"
    r"tipo) (?:della|di|nella) (?:mia|nostra) (?:classe|scuola|gruppo|squadra)|qualcuno (?:della|nella) "
    r"mia classe|(?:lei|lui) mi ha (?:appena )?(?:scritto|mandato|detto))"
)
_GUARD_IT = (
    r"l'anno scorso|anno scorso|l'estate scorsa|(?:\w+ )?(?:anni|mesi|settimane) fa|un anno fa|quando "
    r"(?:eravamo|ero) (?:piccol\w+|bambin\w+)|(?:ora|adesso) sta (?:bene|meglio)|sta (?:bene|meglio) "
    r"(?:ora|adesso)|ha ricevuto aiuto|e stat[ao] aiutat[ao]|si e ripres\w|serie|stagione|episodio|"
    r"puntata|film|libro|romanzo|anime|manga|personaggio|netflix|notizi\w+|telegiornale|articolo|"
    r"documentario|nel gioco|minecraft|roblox|fortnite|pozione|per sbaglio|per errore|accidentalmente|"
    r"cucinando|tagliando (?:la|il|le) (?:cipolla|pane|verdure)|radendosi|e cadut\w|vetro rotto|per "
    r"(?:il|la|le) (?:mal di testa|allergia|ciclo|raffreddore|influenza|febbre|emicrania|asma)|per "
    r"esempio|ad esempio|abbiamo imparato|laboratorio|cosa fare se|ipotetic\w+"
)
_PILLS_IT = (
    r"pastiglie|pillole|compresse|farmaci|medicine|medicinali|tachipirina|paracetamolo|antidepressivi|"
    r"sonniferi|calmanti|ansiolitici|emoji_pill"
)
_LOTS_IT = (
    r"tante|tanti|un sacco di|troppe|troppi|una manciata di|tutte (?:le )?(?:sue |mie )?|tutti (?:i )?"
    r"(?:suoi )?|una scatola(?: intera)?|un'intera scatola|una confezione(?: intera)?|un flacone(?: "
    r"intero)?|un blister(?: intero)?|la scatola(?: intera)?|due scatole|(?:tipo |circa |almeno |piu di )?"
    r"(?:[1-9]\d+|venti|trenta|quaranta|cinquanta|cento)"
)
_ACTS_IT = (
    r"(?:ha preso|ha ingoiato|ha inghiottito|si e pres[ao]|ha mandato giu|ha bevuto|ha ingerito|sta "
    r"prendendo|ingoia) (?:\S+ ){0,2}?(?:" + _LOTS_IT + r") ?(?:\S+ ){0,3}?(?:" + _PILLS_IT + r")\b|"
    r"overdose\b|"
    r"(?:ha bevuto|ha ingoiato|ha ingerito|beve|ha mandato giu|sta bevendo) (?:\S+ ){0,3}?(?:candeggina|"
    r"varechina|veleno|topicida|veleno per topi|detersivo|detergente|disinfettante|ammoniaca|antigelo|"
    r"acido|prodotto per (?:la pulizia|pulire))\b|"
    r"(?:si e tagliat\w|si sta tagliando|si e ferit\w|si taglia) (?:\S+ ){0,5}?(?:profond\w*|forte|"
    r"molto male|le vene|i polsi|il polso|(?:non )?smette di sanguinare|sanguina (?:tanto|molto|"
    r"tantissimo)|pieno di sangue|sangue dappertutto|sangue ovunque|adesso|ora)\b|"
    r"(?:vuole|sta per|dice che (?:si )?(?:vuole|sta per|va a)|ha detto che (?:si )?(?:vuole|voleva|stava "
    r"per)|minaccia di) (?:buttarsi|lanciarsi|gettarsi|saltare|buttare) (?:\S+ ){0,3}?(?:ponte|tetto|"
    r"palazzo|finestra|balcone|terrazzo|scogliera|binari|treno|cornicione)\b|"
    r"(?:e|sta|e salit\w|e sedut\w|e in piedi) (?:\S+ ){0,2}?(?:sul|sulla|sui|in cima al|sul bordo del|"
    r"sul cornicione) (?:\S+ )?(?:tetto|ponte|binari|cornicione|terrazzo|palazzo|bordo) (?:\S+ ){0,12}?"
    r"(?:buttarsi|saltare|lanciarsi|morire|ammazzarsi|addio)\b|"
    r"(?:vuole|sta per|dice che (?:vuole|sta per|si vuole)|ha detto che (?:vuole|voleva|si vuole|stava "
    r"per)|ha deciso di|pensa di) (?:\S+ )?(?:uccidersi|ammazzarsi|suicidarsi|morire|togliersi la vita|"
    r"farla finita|impiccarsi|buttarsi|farlo) (?:\S+ ){0,3}?(?:stanotte|stasera|oggi|adesso|ora|subito|"
    r"dopo scuola|quando (?:tutti|i suoi) dormono)\b|sta per (?:uccidersi|ammazzarsi|suicidarsi|togliersi "
    r"la vita)|ha un piano per (?:uccidersi|ammazzarsi|suicidarsi|morire|farla finita)|lettera di "
    r"suicidio|"
    r"(?:si e chius\w|si e barricat\w|e chius\w) (?:\S+ ){0,8}?(?:lametta|lamette|lama|coltello|coltelli|"
    r"rasoio|taglierino|forbici|pastiglie|pillole|corda|cintura|candeggina)\b"
)
_BYE_IT = (
    r"(?:ha postato|ha pubblicato|ha messo|ha mandato|ha scritto|ha lasciato|ha condiviso) (?:\S+ ){0,4}?"
    r"(?:addio|d'addio|ultimo messaggio|lettera di suicidio)|ha salutato tutti|(?:ci|mi) ha (?:\S+ ){0,2}?"
    r"(?:scritto|detto|mandato) (?:\S+ ){0,4}?(?:addio|che ci vuole bene|che mi vuole bene|scusa per "
    r"tutto|grazie di tutto|grazie per tutto|mi dispiace per tutto)"
)
_UNREACH_IT = (
    r"non (?:\S+ )?(?:risponde|rispondera|legge|visualizza|si fa sentire)\b|(?:telefono|cellulare|cell) "
    r"(?:\S+ ){0,2}?(?:spento|staccato|morto|irraggiungibile)|squilla a vuoto|segreteria|nessuno (?:\S+ )"
    r"{0,2}?(?:riesce|sa) (?:\S+ ){0,2}?(?:contattarla|contattarlo|sentirla|sentirlo|raggiungerla|"
    r"raggiungerlo|trovarla|trovarlo|dove sia|dov'e)|non (?:\S+ )?(?:riusciamo|riesco|riescono) (?:\S+ )?"
    r"(?:contattarla|contattarlo|sentirla|sentirlo|raggiungerla|raggiungerlo|trovarla|trovarlo)|"
    r"irraggiungibile|offline|mi ha lasciato (?:\S+ )?visualizzat\w"
)
_BYE_GUARD_IT = (
    r"trasloc\w+|si trasferisce|trasferisc\w+|esce dal (?:gruppo|server)|uscit\w dal (?:gruppo|server)|"
    r"lascia (?:il gruppo|la scuola)|vacanz\w+|viaggio|campo scuola|campeggio|volo|aereo|aeroporto|"
    r"scambio|all'estero|estero|nuova scuola|nuovo telefono|senza campo|niente campo|senza wifi|niente "
    r"wifi|senza internet|batteria|punit\w|in castigo|hanno tolto il telefono|pausa dai social|detox|"
    r"maturita|ultimo giorno"
)

# -- ru (the possessive is often left out: "подруга написала...") --------------------------------
_WHO_RU = (
    r"(?<!если )(?<!когда )(?<!году )(?<!назад )(?<!представь )(?:"
    r"(?:(?:моя|мой|наша|наш) )?(?:лучшая |лучший |младшая |младший |старшая |старший |двоюродная |"
    r"двоюродный )?(?:подруга|подружка|друг|сестра|сестренка|брат|братик|одноклассница|одноклассник|"
    r"девушка|парень|мама|папа|мать|отец|соседка|сосед|тетя|дядя|кузина|кузен)|"
    r"(?:одна|один) (?:девочка|мальчик|парень|девушка) (?:из|в) (?:моего |нашего )?(?:класса|школы|"
    r"группы)|кто[ -]?то из (?:моего |нашего )?класса|(?:она|он) (?:только что )?(?:мне|нам) (?:только "
    r"что )?(?:написала|написал|сказала|сказал|позвонила|позвонил|скинула|скинул))"
)
_GUARD_RU = (
    r"в прошлом году|прошлым летом|(?:\w+ )?(?:лет|года|год|месяцев|месяца|недель) назад|когда (?:мы|я) "
    r"(?:были|был|была) (?:маленьк\w+|младше)|(?:сейчас|теперь|уже) (?:с ней |с ним )?(?:все )?(?:хорошо|"
    r"в порядке|нормально)|ей помогли|ему помогли|получила помощь|получил помощь|выздоровел\w*|"
    r"поправил\w*|сериал\w*|сезон\w*|серии|фильм\w*|книг\w+|роман\w*|аниме|манг\w+|персонаж\w*|"
    r"героин\w+|нетфликс|новост\w+|стать[еияю]|документал\w+|в игре|майнкрафт\w*|роблокс\w*|фортнаит\w*|"
    r"зель\w+|случайно|нечаянно|готовил\w*|резал\w* (?:хлеб|овощи|лук)|брил\w+|упал\w*|разбит\w+ стекл\w+|"
    r"от (?:головы|головнои боли|аллергии|простуды|температуры|мигрени|астмы)|например|на уроке|нас "
    r"учили|мы проходили|что делать если|гипотетически"
)
_PILLS_RU = (
    r"таблет\w*|колес\w*|лекарств\w*|снотворн\w*|антидепрессант\w*|пилюл\w*|парацетамол\w*|феназепам\w*|"
    r"emoji_pill"
)
_LOTS_RU = (
    r"много|кучу|горсть|целую (?:пачку|упаковку|банку|пластинку|коробку|блистер)|всю (?:пачку|упаковку|"
    r"банку|пластинку|коробку)|все|пачку|упаковку|две пачки|(?:штук )?(?:[1-9]\d+|двадцать|тридцать|"
    r"сорок|пятьдесят|сто)"
)
_ACTS_RU = (
    r"(?:наглоталась|наглотался|нажралась|нажрался|обожралась|обожрался) (?:\S+ ){0,3}?(?:" + _PILLS_RU
    + r")|(?:выпила|выпил|проглотила|проглотил|съела|съел|приняла|принял|пьет|глотает|напилась|напился) "
    r"(?:\S+ ){0,2}?(?:" + _LOTS_RU + r") (?:\S+ ){0,3}?(?:" + _PILLS_RU + r")|передоз\w*|"
    r"(?:выпила|выпил|проглотила|проглотил|хлебнула|хлебнул|глотнула|глотнул|пьет) (?:\S+ ){0,3}?"
    r"(?:хлорк\w*|отбеливател\w*|белизн\w*|яд|яда|отрав\w*|уксус\w*|средство для (?:чистки|мытья|"
    r"унитаза)|моющ\w+ средств\w+|крысин\w+ яд\w*|антифриз\w*|растворител\w*|кислот\w*)|"
    r"(?:порезала|порезал|резанула|резанул|вскрыла|вскрыл|порезалась|порезался|изрезала|изрезал) (?:\S+ )"
    r"{0,5}?(?:вены|вену|запяст\w+|глубоко|сильно|очень сильно|кровь не останавливается|не "
    r"останавливается кровь|кров\w* (?:везде|повсюду|хлещет|течет)|много крови|прямо сейчас|сейчас)|"
    r"(?:режет|режется) (?:себя|вены|руки) (?:\S+ ){0,3}?(?:прямо сейчас|сейчас)|(?:вскрыла|вскрыл|"
    r"вскрывает|режет) (?:себе )?вены|"
    r"(?:хочет|собирается|сейчас|грозится|угрожает|говорит что|сказала что|сказал что) (?:\S+ ){0,2}?"
    r"(?:прыгнуть|спрыгнуть|сброситься|броситься|скинуться|прыгнет|спрыгнет|сбросится) (?:\S+ ){0,3}?"
    r"(?:с |под |из )(?:\S+ )?(?:моста|крыши|окна|балкона|многоэтажки|высотки|поезд|электричку|машину|"
    r"обрыва|скалы)|"
    r"(?:стоит|сидит|залезла|залез|находится|сейчас) (?:\S+ ){0,2}?на (?:крыше|мосту|краю|рельсах|путях|"
    r"подоконнике|карнизе|перилах) (?:\S+ ){0,12}?(?:прыгн\w+|спрыгн\w+|сброс\w+|умереть|убить|прощается|"
    r"попрощалась|попрощался)|"
    r"(?:хочет|собирается|сказала что|сказал что|говорит что|решила|решил|планирует) (?:\S+ ){0,2}?"
    r"(?:покончить с собои|убить себя|умереть|сдохнуть|повеситься|выпилиться|уити из жизни|сделать это|"
    r"прыгнуть) (?:\S+ ){0,3}?(?:сегодня ночью|сегодня вечером|сегодня|этои ночью|ночью|сеичас|прямо "
    r"сеичас|после школы|когда все уснут)|(?:сегодня ночью|сегодня|сеичас|этои ночью) (?:\S+ ){0,3}?"
    r"(?:покончит с собои|убьет себя|повесится|выпилится|прыгнет|умрет)|(?:у нее|у него) (?:есть )?план "
    r"(?:\S+ ){0,3}?(?:покончить|убить себя|умереть)|предсмертн\w+ записк\w+|"
    r"(?:заперлась|заперся|закрылась|закрылся|запирается|закрывается) (?:\S+ ){0,8}?(?:лезви\w+|нож\w*|"
    r"бритв\w+|таблетк\w+|таблетками|веревк\w+|ремн\w+|ножниц\w+)"
)
_BYE_RU = (
    r"(?:выложила|выложил|написала|написал|запостила|запостил|опубликовала|опубликовал|отправила|"
    r"отправил|оставила|оставил|разослала|разослал) (?:\S+ ){0,4}?(?:прощальн\w+|прощание|прощаи\w*|"
    r"последнее сообщение|предсмертн\w+)|попрощал\w+ (?:со всеми|с нами)|(?:написала|написал|сказала|"
    r"сказал) (?:мне |нам |всем )(?:\S+ ){0,4}?(?:прощаите|прощаи|что любит нас|что любит меня|простите "
    r"за все|прости за все|спасибо за все)"
)
_UNREACH_RU = (
    r"не (?:\S+ )?(?:отвечает|берет трубку|берет|читает|выходит на связь|в сети|онлаин)|телефон (?:\S+ )"
    r"{0,2}?(?:выключен|вне зоны|недоступен|не доступен)|абонент (?:\S+ )?недоступен|(?:никто|мы|я) не "
    r"(?:\S+ )?(?:может|можем|могу|могут) (?:\S+ ){0,2}?(?:дозвониться|связаться|достучаться|наити)|"
    r"(?:не можем|не могу|никто не может) (?:до (?:нее|него) )?дозвониться|(?:никто|мы) не знае\w* где "
    r"(?:она|он)|пропала|пропал|оффлаин|офлаин"
)
_BYE_GUARD_RU = (
    r"переезжа\w+|переезд\w*|переехал\w*|выходит из (?:группы|чата|беседы)|выш\w+ из (?:группы|чата|"
    r"беседы)|отпуск\w*|каникул\w*|поездк\w+|путешеств\w+|лагер\w+|самолет\w*|аэропорт\w*|перелет\w*|"
    r"обмен\w*|за границ\w+|нов\w+ школ\w+|нов\w+ телефон\w*|нет связи|нет сети|нет интернета|нет "
    r"ваифая|без интернета|батаре\w+|заряд\w*|наказал\w*|наказан\w*|отобрали телефон|забрали телефон|"
    r"перерыв от соцсетеи|детокс|выпускно\w+|последнии день"
)

# -- tr (verb last; possessive suffixes: "arkadasim", "kardesim") ----------------------------------
_WHO_TR = (
    r"(?<!eger )(?<!gecen yil )(?<!once )(?:"
    r"(?:benim )?(?:en iyi |en yakin |kucuk |buyuk )?(?:arkadasim|arkadasimiz|kankam|kankim|kiz "
    r"arkadasim|erkek arkadasim|sevgilim|kardesim|kiz kardesim|erkek kardesim|ablam|abim|kuzenim|sinif "
    r"arkadasim|sinif arkadasimiz|komsumuz|komsum|annem|babam|teyzem|halam|dayim|amcam|yakin arkadasim|"
    r"bff'?im|dostum)|(?:siniftan|sinifimizdan|sinifimdan|okuldan) bir (?:kiz|cocuk|oglan|arkadas)|"
    r"sinifimizdaki bir (?:kiz|cocuk|oglan)|(?:bana|bize) (?:az once |simdi |demin )?(?:yazdi|mesaj "
    r"atti|dedi|soyledi))"
)
_GUARD_TR = (
    r"gecen (?:yil|sene|yaz|kis|ay)|(?:\w+ )?(?:yil|sene|ay|hafta) once|kucukken|(?:artik|simdi) "
    r"(?:\S+ )?(?:iyi|iyilesti|daha iyi|guvende|toparlandi)|yardim (?:aldi|aliyor)|iyilesti|dizi\w*|"
    r"sezon\w*|bolum\w*|film\w*|kitap\w*|roman\w*|anime|manga|karakter\w*|netflix|haber\w*|makale\w*|"
    r"belgesel\w*|oyunda|minecraft\w*|roblox\w*|fortnite\w*|iksir\w*|yanlislikla|kazara|kaza\w*|"
    r"yemek yaparken|dograrken|tiras\w*|dustu|dusup|cam kirigi|(?:bas agrisi|alerji|regl|"
    r"grip|ates|migren|astim) icin|ornegin|mesela|ogrendik|derste|atolye|ne yapmali\w* eger|varsayalim"
)
_PILLS_TR = (
    r"hap\w*|ilac\w*|uyku ilac\w*|antidepresan\w*|agri kesici\w*|parol\w*|emoji_pill"
)
_LOTS_TR = (
    r"bir kutu|butun|tum|bir avuc|bir suru|cok fazla|bir sise|bir paket|bir serit|iki kutu|kutu kutu|"
    r"(?:[1-9]\d+|yirmi|otuz|kirk|elli|yuz) (?:tane )?"
)
_ACTS_TR = (
    r"(?:" + _LOTS_TR + r") ?(?:\S+ ){0,2}?(?:" + _PILLS_TR + r") (?:\S+ ){0,2}?(?:icti\w*|icmis\w*|"
    r"ictigini|ictigi|yuttu\w*|yutmus\w*|yuttugunu|atti|atmis\w*|bitirdi\w*|bitirmis\w*)|(?:asiri doz\w*|"
    r"doz asimi)|"
    r"(?:camasir suyu\w*|zehir|zehri|fare zehri|deterjan\w*|temizlik (?:ilaci|malzemesi|sivisi)\w*|tuz "
    r"ruhu\w*|antifriz\w*|kezzap\w*|cam sil\w*) (?:\S+ ){0,2}?(?:icti\w*|icmis\w*|ictigini|yuttu\w*|"
    r"yutmus\w*)|"
    r"(?:bilegini|bileklerini|damarlarini|damarini) (?:\S+ ){0,2}?(?:kesti\w*|kesmis\w*|kestigini|kesiyor|"
    r"jiletledi\w*|jiletlemis\w*)|(?:kendini|kolunu|kollarini|bacagini) (?:\S+ ){0,3}?(?:kesti\w*|"
    r"kesmis\w*|kestigini|kesiyor|jiletledi\w*|jiletlemis\w*|jiletliyor) (?:\S+ ){0,5}?(?:derin|cok kotu|"
    r"kan durmuyor|kani durmuyor|durmuyor|her yer kan|cok kan|simdi|su an)|(?:kendini|kolunu) (?:\S+ )"
    r"{0,2}?(?:derin|cok kotu|fena) (?:\S+ )?(?:kesti\w*|kesmis\w*|jiletledi\w*|jiletlemis\w*)|"
    r"(?:kopru\w*|cati\w*|bina\w*|pencere\w*|balkon\w*|ucurum\w*|ray\w*|tren\w*|yuksek\w*) (?:\S+ ){0,3}?"
    r"(?:atlayacak\w*|atlayacagini|atlamak istiyor\w*|atlamak uzere|kendini atacak\w*|kendini atacagini|"
    r"atlamaya hazirlaniyor)|(?:koprude|koprunun|catida|catinin|rayda|raylarda|raylarin|balkonda) "
    r"(?:\S+ ){0,6}?(?:atlayacak\w*|atlayacagini|atlamak|olecek\w*|olmek istiyor\w*|intihar\w*|veda\w*)|"
    r"(?:bu gece|bu aksam|bugun|simdi|su an|hemen|okuldan sonra|herkes uyuyunca) (?:\S+ ){0,3}?"
    r"(?:kendini oldurecek\w*|kendini oldurecegini|intihar edecek\w*|intihar edecegini|olecek\w*|"
    r"olecegini|olmek istiyor\w*|canina kiyacak\w*|canina kiyacagini|kendini asacak\w*|atlayacak\w*|"
    r"atlayacagini)|(?:kendini oldurmek|intihar etmek|olmek) icin (?:bir )?plan\w*|intihar (?:notu|"
    r"mektubu)\w*|"
    r"(?:kilitledi|kilitlendi|kilitlemis|kapandi|kapanmis|kilitli|kapatti) (?:\S+ ){0,6}?(?:jilet\w*|"
    r"bicak\w*|ustura\w*|hap\w*|ilac\w*|ip|ipi|makas\w*|kemer\w*)|(?:jilet\w*|bicak\w*|ustura\w*|hap\w*|"
    r"ilac\w*|ip|ipi|makas\w*) (?:\S+ ){0,4}?(?:banyo\w*|oda\w*|tuvalet\w*) (?:\S+ ){0,2}?(?:kilitledi|"
    r"kilitlendi|kilitlemis|kapandi|kapanmis|kilitli|kapatti)"
)
_BYE_TR = (
    r"veda\w*|elveda|hosca kalin|son mesaj\w*|(?:hepinizi|sizi|bizi) (?:cok )?sev\w+|her sey icin "
    r"(?:ozur|tesekkur|sagolun)\w*"
)
_UNREACH_TR = (
    r"(?:cevap|yanit) (?:\S+ )?(?:vermiyor|vermedi|yok)|telefon\w* (?:\S+ )?(?:kapali|acmiyor|acmadi|"
    r"ulasilamiyor)|(?:acmiyor|acmadi|donmuyor|donmedi|okumuyor)|(?:kimse|hic kimse|biz|ben) (?:\S+ )?"
    r"(?:ulasamiyor\w*|ulasamadi\w*|bulamiyor\w*)|ulasilamiyor|ulasamiyoruz|ulasamiyorum|nerede oldugunu "
    r"(?:kimse )?bilmiyor\w*|cevrimdisi|offline|gorup (?:cevap )?(?:yazmadi|atmadi)"
)
_BYE_GUARD_TR = (
    r"tasin\w+|gruptan (?:cik\w+|ayril\w+)|sunucudan cik\w+|tatil\w*|yolculu\w+|seyahat\w*|kamp\w*|"
    r"ucak\w*|havaalani\w*|ucus\w*|degisim|yurt ?disi\w*|yeni okul\w*|yeni telefon\w*|sinyal yok|cekmiyor|"
    r"internet yok|wifi yok|sarj\w*|ceza\w*|telefonu(?:nu)? (?:aldilar|alindi)|sosyal medya\w* ara|"
    r"detoks|mezun\w*|son gun\w*|yatili"
)

# every match holds one of these (stems of the acts and the goodbyes): a message without
# any is skipped before the patterns run
_TX_PT = (
    "remedio|comprimido|pilula|medicamento|calmante|analgesico|paracetamol|antidepressivo|rivotril|"
    "dipirona|tylenol|emoji_pill|overdose|agua sanitaria|candida|veneno|chumbinho|desinfetante|"
    "detergente|limpeza|soda caustica|alvejante|cloro|raticida|cortou|cortando|mutilou|machucou|pulso|"
    "pular|jogar|atirar|telhado|ponte|predio|trilho|beirada|laje|terraco|viaduto|matar|morrer|vida|"
    "acabar com tudo|enforcar|fazer isso|suicid|tranc|despedi|despid|adeus|ultima mensagem|ama|por tudo"
)
_TX_DE = (
    "tablette|pille|medikament|antidepressiva|ibuprofen|paracetamol|emoji_pill|uberdosis|bleich|gift|"
    "putzmittel|reinigungsmittel|abflussreiniger|desinfektionsmittel|frostschutzmittel|domestos|"
    "chlorreiniger|wc reiniger|spulmittel|geritzt|geschnitten|aufgeschnitten|aufgeritzt|ritzt|schneidet|"
    "springen|sturzen|werfen|dach|brucke|gleise|rand|gelander|hochhaus|umbringen|sterben|leben|suizid|"
    "selbstmord|aufhangen|ende|plan|eingeschlossen|eingesperrt|schliesst sich ein|abgeschlossen|abschied|"
    "tschuss fur immer|lebt wohl|lebewohl|letzte nachricht|verabschiedet|fur alles|liebt uns"
)
_TX_IT = (
    "pastigli|pillol|compress|farmac|medicin|tachipirina|paracetamolo|antidepressiv|sonnifer|calmant|"
    "ansiolitic|emoji_pill|overdose|candeggina|varechina|veleno|topicida|detersivo|detergente|"
    "disinfettante|ammoniaca|antigelo|acido|pulizia|pulire|tagliat|tagliando|ferit|taglia|buttar|"
    "lanciar|gettar|saltare|tetto|ponte|binari|cornicione|terrazzo|palazzo|bordo|uccider|ammazzar|"
    "suicid|morire|togliersi la vita|farla finita|impiccar|farlo|chius|barricat|addio|ultimo messaggio|"
    "salutato tutti|vuole bene|per tutto|di tutto"
)
_TX_RU = (
    "таблет|колес|лекарств|снотворн|антидепрессант|пилюл|парацетамол|феназепам|emoji_pill|передоз|хлорк|"
    "отбеливател|белизн|яд|отрав|уксус|средство|моющ|антифриз|растворител|кислот|порез|резанул|вскрыл|"
    "вскрыва|изрезал|режет|прыгн|спрыгн|сброс|брос|скинуться|крыше|мосту|краю|рельс|путях|подоконник|"
    "карниз|перил|покончит|убить себя|убьет себя|умереть|умрет|сдохнуть|повесит|выпилит|уйти из жизни|"
    "сделать это|план|предсмертн|заперл|заперся|закрылась|закрылся|запирается|закрывается|прощ|за все|"
    "любит"
)
_TX_TR = (
    "hap|ilac|antidepresan|agri kesici|parol|emoji_pill|asiri doz|doz asimi|camasir suyu|zehir|zehri|"
    "deterjan|temizlik|tuz ruhu|antifriz|kezzap|cam sil|kesti|kesmis|kestig|kesiyor|jiletle|jiletli|"
    "atlayacak|atlayacag|atlamak|atacak|atacag|atlamaya|olecek|oleceg|olmek|intihar|oldurecek|"
    "oldureceg|canina kiyacak|canina kiyacag|asacak|plan|kilitle|kilitli|kapandi|kapanmis|kapatti|veda|"
    "elveda|hosca kalin|son mesaj|sev|her sey icin"
)


RULES: list[Rule] = [
    _rule("minha meu nossa nosso uma um alguem ela ele", _TX_PT + "|" + TEXTS["pt"],
          _acute_more("pt", _WHO_PT, _GUARD_PT, _ACTS_PT, _BYE_PT, _UNREACH_PT, _BYE_GUARD_PT)),
    _rule("meine mein unsere unser ein eine jemand sie er", _TX_DE + "|" + TEXTS["de"],
          _acute_more("de", _WHO_DE, _GUARD_DE, _ACTS_DE, _BYE_DE, _UNREACH_DE, _BYE_GUARD_DE)),
    _rule("mia mio nostra nostro una un uno qualcuno lei lui", _TX_IT + "|" + TEXTS["it"],
          _acute_more("it", _WHO_IT, _GUARD_IT, _ACTS_IT, _BYE_IT, _UNREACH_IT, _BYE_GUARD_IT)),
    _rule("подруга подружка друг сестра сестренка брат братик одноклассница одноклассник девушка парень "
          "мама папа мать отец соседка сосед тетя дядя кузина кузен одна один кто кто-то она он какая-то какои-то "
          "девчонка пацан чел", _TX_RU + "|" + TEXTS["ru"],
          _acute_more("ru", _WHO_RU, _GUARD_RU, _ACTS_RU, _BYE_RU, _UNREACH_RU, _BYE_GUARD_RU)),
    _rule("arkadasim arkadasimiz kankam kankim sevgilim kardesim ablam abim kuzenim komsumuz komsum annem "
          "babam teyzem halam dayim amcam bff'im bffim dostum siniftan sinifimizdan sinifimdan okuldan "
          "sinifimizdaki bana bize gruptan grubumuzdan grubumdan okulumuzdan siniftaki gruptaki grubumuzdaki "
          "okulumuzdaki sinifimdaki okuldaki", _TX_TR + "|" + TEXTS["tr"],
          _acute_more("tr", _WHO_TR, _GUARD_TR, _ACTS_TR, _BYE_TR, _UNREACH_TR, _BYE_GUARD_TR)),
]
