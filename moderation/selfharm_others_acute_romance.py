"""Someone else at risk right now, in French and Italian (the class and its
gates: `selfharm_others_acute_base.py`).

Why a module of their own: both mark the reflexive before the verb ("s'est
coupée", "si è tagliata"), name the person with a possessive and a relation
("ma meilleure amie", "la mia amica") or a group ("une fille de notre
groupe", "una ragazza della classe"), and say the silence with a negation
around the verb ("ne répond plus", "non risponde").  Guards: the past that
is over ("l'an dernier", "l'anno scorso"), fiction, kitchen accidents and
medicine for a headache; goodbyes for moving or a holiday.
"""

from __future__ import annotations

from .rules import Rule
from .selfharm_others_acute_base import _acute_more, _rule

# -- fr ---------------------------------------------------------------------------------------
_WHO_FR = (
    r"(?<!si )(?<!quand )(?<!derniere )(?<!dernier )(?<!ans )(?<!mois )(?<!imagine )(?:"
    r"(?:ma|mon|notre) (?:meilleure? |petite? |grande? )?(?:amie?|pote|copine|copain|s(?:oe|œ)ur|frere|"
    r"cousine?|camarade|voisine?|mere|pere|maman|papa|tante|oncle|meuf|mec|bff|reuf|cop's)|"
    r"(?:une|un) (?:fille|gars|garcon|eleve|camarade|amie?|meuf) (?:de|dans) (?:ma|mon|notre) (?:classe|"
    r"ecole|college|lycee|groupe|equipe)|quelqu'un de (?:ma|notre) classe|"
    r"(?:elle|il) (?:vient de m'|m'a |nous a |m'a juste )(?:ecrire|ecrit|envoye|dit|appele|texte))"
)
_GUARD_FR = (
    r"l'annee derniere|l'an dernier|l'ete dernier|il y a (?:\w+ )?(?:ans|mois|semaines)|quand (?:on|"
    r"j'|nous) (?:etait|etais|etions)|(?:elle|il) va (?:bien|mieux) maintenant|va mieux|s'en est sortie?|"
    r"a ete aidee?|a recu de l'aide|est guerie?|serie|saison|episode|film|livre|roman|anime|manga|"
    r"personnage|netflix|infos?|journal|article|documentaire|dans le jeu|minecraft|roblox|fortnite|potion|"
    r"sans faire expres|par accident|accidentellement|en cuisinant|en se rasant|est tombee?|verre casse|"
    r"pour (?:sa|son|ses) (?:mal de tete|allergie|allergies|regles|rhume|grippe|fievre|migraine|asthme)|"
    r"hypothese|par exemple|on a appris|atelier|quoi faire si|que faire si|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"comme (?:le|la|son|sa) (?:medecin|docteur|doc) (?:a dit|l'a dit|lui a dit|dit|a prescrit|l'a prescrit)|"
    r"comme prescrit|pilulier"
)
_PILLS_FR = (
    r"cachets|comprimes|medicaments|medocs|pilules|somniferes|antidepresseurs|doliprane|paracetamol|"
    r"anxiolytiques|emoji_pill"
)
_LOTS_FR = (
    r"plein|beaucoup|trop|une poignee|tous (?:ses|les|mes)|toutes (?:ses|les|mes)|toute (?:la|sa) (?:boite|plaquette|"
    r"bouteille)|une boite(?: entiere)?|une plaquette(?: entiere)?|la boite(?: entiere)?|une bouteille|"
    r"deux boites|(?:genre |environ |au moins )?(?:[1-9]\d+|vingt|trente|quarante|cinquante|cent)"
)
_ACTS_FR = (
    r"(?:a (?:deja |carrement |encore |genre )?(?:avale|pris|gobe|bu)|avale|vient d'avaler|vient de prendre|"
    r"est en train d'avaler|s'est (?:deja )?enfile) (?:\S+ ){0,2}?(?:" + _LOTS_FR + r") (?:\S+ ){0,3}?(?:d')?"
    r"(?:" + _PILLS_FR + r")\b|"
    r"(?:overdose|surdose)\b|"
    r"(?:a (?:deja |carrement )?(?:bu|avale)|vient de boire|vient d'avaler|boit) (?:\S+ ){0,3}?(?:de l'|l')?"
    r"(?:javel|eau de "
    r"javel|poison|mort aux rats|produit (?:menager|de nettoyage|vaisselle)|detergent|desinfectant|"
    r"antigel|white spirit|destop|ammoniaque)\b|"
    r"(?:s'est|se) (?:\S+ )?(?:coupee?|ouvert|ouverte|taillade|tailladee|scarifiee?) (?:\S+ ){0,5}?"
    r"(?:profond\w*|tres fort|gravement|grave|les veines|les poignets|le poignet|(?:ca|elle|il) (?:ne )?"
    r"(?:s'arrete|arrete) (?:pas|plus) de saigner|saigne (?:beaucoup|enormement|partout)|plein de sang|"
    r"du sang partout|en ce moment)\b|(?:s'est ouvert|s'ouvre|se taillade|s'est taillade) les veines\b|"
    r"(?:va|veut|menace de|dit qu'(?:elle|il) va|a dit qu'(?:elle|il) allait|est sur le point de|est en "
    r"train de) (?:se )?(?:jeter|sauter) (?:\S+ ){0,3}?(?:pont|toit|immeuble|fenetre|balcon|falaise|"
    r"voies?|rails|train|corniche|terrasse)\b|"
    r"(?:est|se trouve|est montee?|est assise?|est debout) (?:\S+ ){0,2}?(?:sur|au bord) (?:le |la |les |"
    r"du |de la )?(?:toit|pont|rebord|voies|rails|corniche|bord du pont|bord du toit|falaise) (?:\S+ )"
    r"{0,12}?(?:sauter|jeter|mourir|tuer|adieu)\b|"
    r"(?:veut|va|dit qu'(?:elle|il) va|a dit qu'(?:elle|il) allait|compte|prevoit de|est sur le point "
    r"de) (?:se suicider|se tuer|mourir|mettre fin a ses jours|en finir|se pendre|sauter|le faire) (?:\S+ )"
    r"{0,3}?(?:ce soir|aujourd'hui|maintenant|tout de suite|cette nuit|apres les cours|quand (?:tout le "
    r"monde|ses parents) (?:dort|dormira|dorment|seront couches))\b|"
    r"est sur le point de (?:se suicider|se tuer|mettre fin a ses jours)|a un plan pour (?:se suicider|"
    r"se tuer|mourir|en finir)|(?:a ecrit|a laisse|a poste|a envoye) (?:\S+ ){0,2}?lettre de suicide|"
    r"(?:s'est enfermee?|est enfermee?|s'enferme) (?:\S+ ){0,8}?(?:lame|lames|couteau|couteaux|rasoir|"
    r"cutter|ciseaux|cachets|medicaments|comprimes|corde|ceinture|javel)\b"
)
_BYE_FR = (
    r"(?:a poste|a publie|a mis|a envoye|a ecrit|a laisse|a partage|poste|publie) (?:\S+ ){0,4}?(?:adieu|"
    r"adieux|au revoir|d'adieu|dernier message)|a dit (?:adieu|au revoir) a (?:tout le monde|tous|nous|"
    r"moi)|(?:nous|m'a|leur|lui) (?:a )?(?:\S+ ){0,2}?(?:ecrit|dit|envoye) (?:\S+ ){0,4}?(?:adieu|"
    r"qu'(?:elle|il) nous aime|qu'(?:elle|il) m'aime|pardon pour tout|merci pour tout|desolee? pour tout)"
)
_UNREACH_FR = (
    r"(?:ne |n')?(?:\S+ )?(?:repond|decroche|lit|repondra) (?:\S+ )?(?:pas|plus)\b|(?:son|le) (?:telephone|"
    r"tel|portable|phone) (?:\S+ ){0,2}?(?:eteint|coupe|off|messagerie|repondeur)|tombe (?:direct |"
    r"directement )?sur (?:la |sa )?(?:messagerie|repondeur)|(?:personne|on|je|j') (?:\S+ ){0,2}?"
    r"(?:arrive|n'arrive|n'arrivons|arrivons|peut|peux) (?:\S+ ){0,2}?(?:joindre|contacter|trouver)|"
    r"personne ne sait ou (?:elle|il) est|(?:est|a ete) (?:\S+ )?hors ligne|m'a laisse en vu"
)
_BYE_GUARD_FR = (
    r"demenag\w*|quitte (?:\S+ )?(?:le groupe|la conv|le serveur|l'ecole|le pays)|vacances|voyage|colo|"
    r"colonie|camp|avion|aeroport|echange|etranger|nouvelle ecole|nouveau telephone|pas de reseau|pas de "
    r"wifi|pas d'internet|plus de batterie|batterie|punie?|confisque|pause (?:des )?reseaux|detox|fin "
    r"d'annee|dernier jour|internat"
)
_TX_FR = (
    "cachet|comprime|medicament|medoc|pilule|somnifere|antidepresseur|doliprane|paracetamol|anxiolytique|"
    "emoji_pill|overdose|surdose|javel|poison|mort aux rats|produit|detergent|desinfectant|antigel|"
    "white spirit|destop|ammoniaque|coupe|ouvert|taillad|scarifi|veines|jeter|sauter|toit|pont|rebord|"
    "voies|rails|corniche|falaise|suicid|tuer|mourir|mettre fin|en finir|pendre|le faire|enferm|adieu|"
    "au revoir|dernier message|aime|pour tout"
)
_TRIG_FR = "ma mon notre une un quelqu'un elle il"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_FR = (
    r"(?<!si )(?<!quand )(?:(?:une|un) (?:fille|gars|garcon|meuf|mec|eleve|camarade|amie?|pote) (?:du|de la|"
    r"de notre|de mon|dans le|dans la|dans notre|dans mon) (?:groupe|classe|conv|serveur|discord|"
    r"college|lycee|equipe)|(?:ma|mon) (?:pote|reuf|frerot|soeurette|demi-soeur|demi-frere))"
)
_ACTS_MORE_FR = (
    r"(?:ce soir|cette nuit|aujourd'hui|demain|maintenant) (?:\S+ ){0,3}?(?:elle|il) (?:va|veut) (?:se "
    r"suicider|se tuer|mettre fin a ses jours|en finir)\b|"
    r"(?:veut|voudrait) (?:mourir|se suicider|se tuer) (?:\S+ ){0,8}?(?:a|a deja) (?:un |tout un )?plan\b"
)
_UNREACH_MORE_FR = r"(?:n'ouvre|ouvre) pas (?:la )?porte|a (?:supprime|desactive) (?:son )?(?:compte|insta|profil)"
_SIGN_FR = (
    r"(?:picture|pictures|photos|video|story|snap) (?:\S+ ){0,2}?(?:de|d'|avec|des|du) ?(?:\S+ ){0,3}?(?:cachets|"
    r"medocs|medicaments|comprimes|lames?|rasoirs?|couteau|poignets?|coupures|blessures|sang|corde)\b"
)
_PLACE_FR = (
    r"(?:est|se trouve|assise?|debout|seule?|partie?) (?:\S+ ){0,2}?(?:sur|au bord|pres|a cote|sous) (?:\S+ )"
    r"?(?:les |le |la |du |de la |des )?(?:voies|rails|pont|riviere|fleuve|seine|canal|toit|falaise|"
    r"rebord)\b"
)
_ENDS_FR = (
    r"c'est (?:la )?fin\b(?! (?:de|des|du) )|(?:elle|il) (?:n'en )?peut plus|(?:ne )?veut plus vivre|veut "
    r"mourir|(?:ce soir|cette nuit) (?:\S+ )?(?:en finir|j'en finis|tout arreter)|adieu pour toujours|"
    r"dernier message"
)
_TX_MORE_FR = "plan|picture|video|story|snap|voies|rails|pont|riviere|fleuve|seine|canal|toit|falaise|rebord"

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
    r"esempio|ad esempio|abbiamo imparato|laboratorio|cosa fare se|ipotetic\w+|"
    # medicine as prescribed ("all her pills, like the doctor said")
    r"come (?:ha detto|dice|ha prescritto|le ha detto|gli ha detto) il (?:medico|dottore)|come prescritt\w|portapillole"
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
    r"(?:ha (?:appena |gia |proprio |tipo )?(?:preso|ingoiato|inghiottito|mandato giu|bevuto|ingerito)|si e "
    r"(?:appena |gia )?pres[ao]|sta prendendo|ingoia) (?:\S+ ){0,2}?(?:" + _LOTS_IT + r") ?(?:\S+ ){0,3}?(?:"
    + _PILLS_IT + r")\b|"
    r"overdose\b|"
    r"(?:ha (?:appena |gia |proprio )?(?:bevuto|ingoiato|ingerito|mandato giu)|beve|sta bevendo) (?:\S+ )"
    r"{0,3}?(?:candeggina|"
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
_TX_IT = (
    "pastigli|pillol|compress|farmac|medicin|tachipirina|paracetamolo|antidepressiv|sonnifer|calmant|"
    "ansiolitic|emoji_pill|overdose|candeggina|varechina|veleno|topicida|detersivo|detergente|"
    "disinfettante|ammoniaca|antigelo|acido|pulizia|pulire|tagliat|tagliando|ferit|taglia|buttar|"
    "lanciar|gettar|saltare|tetto|ponte|binari|cornicione|terrazzo|palazzo|bordo|uccider|ammazzar|"
    "suicid|morire|togliersi la vita|farla finita|impiccar|farlo|chius|barricat|addio|ultimo messaggio|"
    "salutato tutti|vuole bene|per tutto|di tutto"
)
_TRIG_IT = "mia mio nostra nostro una un uno qualcuno lei lui"
# the wordings a later round found missed (selfharm_others_acute_base.py): slang and group
# people, acts, a shut door; a photo of means (SIGN) or a dangerous place (PLACE) with an end
_WHO_MORE_IT = (
    r"(?<!se )(?<!quando )(?:(?:una|un|uno) (?:ragazza|ragazzo|tipa|tipo|tizia|tizio|compagna|compagno|amica|"
    r"amico) (?:del|della|dal|nel|nella) (?:mio |mia |nostro |nostra )?(?:gruppo|classe|scuola|chat|"
    r"server|squadra))"
)
_ACTS_MORE_IT = (
    r"(?:stanotte|stasera|oggi|adesso|domani) (?:\S+ ){0,3}?(?:si uccide|si ammazza|si suicida|si toglie la "
    r"vita|la fa finita)\b|"
    r"(?:vuole|vorrebbe) (?:morire|uccidersi|ammazzarsi|suicidarsi) (?:\S+ ){0,8}?(?:ha|ha gia|ha anche) "
    r"(?:un |tutto un )?piano\b"
)
_BYE_MORE_IT = r"(?:ha postato|ha pubblicato|ha messo|ha mandato) (?:\S+ ){0,4}?(?:salutando tutti|per salutare tutti)"
_UNREACH_MORE_IT = (
    r"non (?:\S+ )?(?:mi |ci )?apre (?:la porta)?|(?:ha cancellato|ha eliminato|ha disattivato) (?:il |"
    r"l')?(?:profilo|account|insta)"
)
_SIGN_IT = (
    r"(?:foto|picture|pictures|video|storia|story|immagine) (?:\S+ ){0,2}?(?:di|con|dei|delle|del|della) (?:\S+ )"
    r"{0,3}?(?:pillole|pastiglie|lamette?|lama|coltello|rasoio|polsi|polso|tagli|ferite|sangue|corda)\b"
)
_PLACE_IT = (
    r"(?:e|sta|si trova|seduta|seduto|in piedi|da sola|da solo|andata|andato) (?:\S+ ){0,2}?(?:sui|sul|sulla|"
    r"vicino al|vicino ai|in riva al|sul bordo del|sopra il|al|ai) (?:\S+ )?(?:binari|ponte|fiume|tetto|"
    r"cornicione|terrazzo|scogliera|dirupo|canale)\b"
)
_ENDS_IT = (
    r"(?:e|sara) la fine\b(?! (?:della|del|dell'|di) )|non ce la fa piu|non vuole piu vivere|vuole morire|"
    r"(?:stanotte|stasera|oggi) la fa finita|farla finita|addio per sempre|ultimo messaggio"
)
_TX_MORE_IT = (
    "picture|uccide|ammazza|toglie la vita|la fa finita|piano|salut|foto|video|storia|story|selfie|immagine|"
    "binari|ponte|fiume|tetto|cornicione|terrazzo|scogliera|dirupo|canale"
)


RULES: list[Rule] = [
    _rule(_TRIG_FR, _TX_FR + "|" + _TX_MORE_FR,
          _acute_more(_WHO_FR, _GUARD_FR, _ACTS_FR, _BYE_FR, _UNREACH_FR, _BYE_GUARD_FR,
                      who_more=_WHO_MORE_FR, acts_more=_ACTS_MORE_FR,
                      unreach_more=_UNREACH_MORE_FR, sign=_SIGN_FR, place=_PLACE_FR, ends=_ENDS_FR)),
    _rule(_TRIG_IT, _TX_IT + "|" + _TX_MORE_IT,
          _acute_more(_WHO_IT, _GUARD_IT, _ACTS_IT, _BYE_IT, _UNREACH_IT, _BYE_GUARD_IT,
                      who_more=_WHO_MORE_IT, acts_more=_ACTS_MORE_IT, bye_more=_BYE_MORE_IT,
                      unreach_more=_UNREACH_MORE_IT, sign=_SIGN_IT, place=_PLACE_IT, ends=_ENDS_IT)),
]
