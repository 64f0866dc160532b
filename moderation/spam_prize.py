"""Prize scams in every language of the package (appended to `spam.RULES`).

"you won an iPhone 15!! click here <short link> and enter your card details
for shipping" was blocked in English only; "HAI VINTO un iPhone 15!! clicca
qui ... inserisci i dati della carta", "GANASTE ...", "DU HAST GEWONNEN ...",
"ВЫ ВЫИГРАЛИ ...", "لقد ربحت ...", "恭喜你赢得了 ...", "KAZANDIN ...", "WYGRAŁEŚ
...", "KAMU MENANG ..." passed with only their link redacted.

The shape: the reader won or was picked (second person: "hai vinto", not "ho
vinto"), then either a prize and a call to act (click, a link, "enter", "claim")
or card details asked for.  "hai vinto la partita! clicca qui per le foto"
names no prize and asks no card; "I won a phone in a school raffle" is the
writer's own win and has no call to act; "enter your card details only on the
official site" wins nothing.  Warnings are talk about the scam: a scam word
after the offer ("..., è una truffa"), and the frames of `frames.scam_frame`
(a quote, "beware of", a victim's story) excuse it as for every spam rule.
"""

from __future__ import annotations

from .packs.zh import zrule
from .rules import Rule, rule

_WON = (
    r"\b(?:you (?:have |just )?won|you are (?:our|the) (?:lucky )?winner|you (?:have been|were) "
    r"(?:selected|chosen|picked)|"
    r"hai (?:appena )?vinto|sei (?:stato|stata) (?:selezionat[oa]|estratt[oa]|scelt[oa])|sei il "
    r"(?:nostro )?(?:fortunato )?vincitore|"
    r"ganaste|has ganado|acabas de ganar|eres (?:el|la) (?:afortunad[oa]|ganador|ganadora)|has sido "
    r"(?:seleccionad[oa]|elegid[oa])|"
    r"(?:vous avez|tu as|t'as|tas|t as) (?:\w+ )?gagne|(?:vous etes|tu es|t'es) (?:le |l'heureux |"
    r"l heureux |notre )?gagnant|(?:vous avez|tu as) ete (?:selectionne|tire au sort)\w*|"
    r"(?:voce|video call|tu) (?:acabou de )?ganhou|ganhaste|(?:voce|video call|tu) foi "
    r"(?:selecionad[oa]|sortead[oa]|escolhid[oa])|"
    r"(?:du hast|sie haben) (?:\w+ ){0,4}?gewonnen|(?:du wurdest|sie wurden) (?:\w+ )?"
    r"(?:ausgewahlt|ausgelost)|du bist (?:der|unser) (?:gluckliche )?gewinner|"
    r"(?:вы|ты) (?:\S+ )?(?:выиграли|выиграл|выиграла|стали победителем|стал победителем|стала "
    r"победителем|выбраны)|"
    r"(?:kazandin|kazandiniz|kazanan sensin|kazanan sizsiniz|secildiniz|secildin)|"
    r"(?:wygrales|wygralas|wygraliscie|zostales wybrany|zostalas wybrana|zostales wylosowany|"
    r"zostalas wylosowana)|"
    r"(?:kamu|anda|lo|lu|km) (?:\w+ )?(?:menang|memenangkan|terpilih)|selamat (?:kamu|anda) "
    r"(?:\w+ )?(?:menang|memenangkan|terpilih|mendapatkan)|"
    r"(?:aapne|apne|tumne|tune)(?: \w+){0,4}? (?:jeeta|jeete|jita|jeeti|jeet liya|jeet liye|jeet "
    r"gaye)|(?:aap|tum) (?:\w+ )?(?:winner|vijeta) (?:ho|hain|hai))\b|"
    r"(?:لقد ربحت|ربحت|ربحتي|لقد فزت|فزت|فزتي|كسبت|كسبتي|انت الفائز|انتي الفائزه|تم اختيارك)"
    r"(?=\s|$|[.!?])|आपने(?: \S+){0,4}? (?:जीता|जीती|जीते)|आप (?:विजेता|विनर) (?:हैं|हो)"
)
_PRIZE = (
    r"(?:\b(?:iphone|ipad|samsung|galaxy|ps5|ps 5|playstation|xbox|macbook|airpods|nintendo|"
    r"switch|gift ?card|prize|premio|premi|prix|preis|gewinn|cadeau|regalo|presente|telefono|"
    r"telefone|celular|movil|handy|smartphone|telefon|hp|voucher|buono|bon d'achat|vale|"
    r"gutschein|cupom|cupon|odul|hediye|nagroda|hadiah|inaam|inam|laptop|tablet|bici|bike|"
    r"приз|подарок|телефон|смартфон|айфон|сертификат|سيارة|سياره|iphone)\b|"
    r"ايفون|ايباد|جائزه|جوائز|جوال|هاتف|بلايستيشن|بطاقه هدايا|आईफ़ोन|आईफोन|इनाम|फ़ोन|फोन)"
)
_ACT = (
    r"(?:\b(?:click|tap|clicca|clicka|cliccate|clic|pincha|toca|clique|cliquez|clica|klick|klicke|"
    r"klicken|жми|нажми|нажмите|перейди|перейдите|tikla|tiklayin|kliknij|kliknijcie|klik|link|"
    r"links|enlace|lien|linke|ссылке|ссылку|claim|reclama|reclamalo|reclamar|riscatta|ritira|"
    r"reclame|resgate|resgatar|hol dir|fordere|abholen|odbierz|alin|ambil|klaim|"
    r"bit|tinyurl|cutt|shorturl)\b|"
    r"اضغط|ادخل|دوس|الرابط|رابط|لينك|点击|链接|领取|क्लिक|लिंक)"
)
_CARD = (
    r"(?:\b(?:card (?:details|number|info|information|data)|(?:credit|debit|bank) card|"
    r"(?:dati|numero) della (?:tua )?carta|carta di credito|(?:datos|numero) de (?:la |tu )?"
    r"tarjeta|tarjeta de credito|coordonnees bancaires|carte bancaire|(?:numero|infos?) de "
    r"(?:ta |votre )?carte|(?:dados|numero) do (?:seu |teu )?cartao|cartao de credito|"
    r"kartendaten|kreditkarte|kartennummer|bankdaten|данные (?:твоеи |вашеи )?карты|номер "
    r"(?:твоеи |вашеи )?карты|kart bilgi\w*|kart numara\w*|kredi karti\w*|dane (?:twojej )?karty|"
    r"numer (?:twojej )?karty|karte kredytowej|data kartu|nomor kartu|kartu kredit|card "
    r"details|card ki (?:details|jankari|jaankari))\b|"
    r"بيانات (?:بطاقتك|البطاقه)|رقم (?:بطاقتك|البطاقه)|بطاقتك البنكيه|银行卡|信用卡|卡号|"
    r"कार्ड (?:की )?(?:जानकारी|डिटेल्स|नंबर))"
)
# a warning after the offer: "..., è una truffa", "c'est une arnaque"
_NOT_WARNED = (r"(?!.{0,80}\b(?:scam|scams|fake|truffa|truffe|estafa|enganyo|arnaque|golpe|"
               r"betrug|fake|falso|falsa|faux|finto|gefalscht|развод|мошенни\w*|обман|sahte|"
               r"dolandirici\w*|oszustwo|oszusci|penipuan|palsu|hoax|fraud|dhokha|farzi)\b)")

RULES: list[Rule] = [
    rule("spam:scam", "spam",
         "won selected chosen picked winner vinto selezionato selezionata estratto estratta "
         "scelto scelta vincitore ganaste ganado ganar afortunado afortunada ganador ganadora "
         "seleccionado seleccionada elegido elegida gagne gagnant selectionne selectionnee "
         "ganhou ganhaste selecionado selecionada sorteado sorteada escolhido escolhida gewonnen "
         "ausgewahlt ausgelost gewinner выиграли выиграл выиграла победителем выбраны kazandin "
         "kazandiniz kazanan secildiniz secildin wygrales wygralas wygraliscie wybrany wybrana "
         "wylosowany wylosowana menang memenangkan terpilih jeeta jeete jita jeeti jeet winner "
         "vijeta ربحت ربحتي فزت فزتي كسبت كسبتي الفائز الفائزه اختيارك जीता जीती जीते विजेता विनर",
         r"(?:" + _WON + r").{0,80}?" + _PRIZE + r".{0,150}?(?:" + _ACT + r"|" + _CARD + r")"
         + _NOT_WARNED + r"|(?:" + _WON + r").{0,200}?" + _CARD + _NOT_WARNED),
    # zh: "恭喜你赢得了iPhone 15!!点击这里 ... 输入你的银行卡信息"
    zrule("spam:scam", "spam", "恭 赢 获 中 选",
          r"(?:恭喜你|恭喜您|你已?(?:赢得|获得|中了|被选中)|您已?(?:赢得|获得|中了|被选中))[^。]{0,60}?"
          r"(?:点击|链接|领取|银行卡|信用卡|卡号)(?![^。]{0,60}(?:骗|诈骗|假的))"),
]
