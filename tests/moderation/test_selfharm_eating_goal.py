"""A day without food, or dizziness, next to a weight still to lose
(selfharm_eating_goal.py): "znowu nic nie jadłam cały dzień, muszę schudnąć
jeszcze 5 kg nawet jak mi się kręci w głowie" and its Turkish, Indonesian,
Italian, Hindi (Hinglish and Devanagari) and other forms.  Our own
phrasings.  Hard negatives share the words: a weigh-in for a sport, a
religious or medical fast, a stomach bug or fever, a busy exam day, a
dietitian's advice, heat, and someone else not eating (frames_eating: a
third-person subject right before the match; frames_more: the scorer
declines a day without food during a fast or an illness)."""

from __future__ import annotations

import pytest

from moderation import Pipeline, Policy
from moderation.stages import build_stages
from tests.moderation.helpers import allowed, self_harm_held


@pytest.fixture(scope="module")
def rules_pipe() -> Pipeline:
    """The pipeline without the learned scorer: these disclosures must be
    carried by the rules alone."""
    policy = Policy.default()
    return Pipeline(policy, [s for s in build_stages(policy) if s.name != "selfharm_model"])


NOTHING_AND_A_GOAL = [
    ("didn't eat anything all day again, must lose 5 more kg even if i'm dizzy", "en"),
    ("nothing all day again, still need to lose 3 more kilos, almost fainted in pe", "en"),
    ("again ate nothing the whole day and i still need to lose like 4 more kilos", "en"),
    ("skipped all my meals today, nearly fainted on the bus but 3 kg more and i'm done", "en"),
    ("havent eaten since yesterday morning, got so dizzy in maths but i have to lose 2 more kg", "en"),
    ("no food all day, almost passed out, still fat tho", "en"),
    ("only water today, so lightheaded but 2kg more to go", "en"),
    ("otra vez no comí nada en todo el día, tengo que bajar 5 kg más aunque me maree", "es"),
    ("todo el día sin comer, me mareé en clase pero me faltan 3 kg", "es"),
    ("de novo não comi nada o dia todo, preciso perder mais 5 kg mesmo com tontura", "pt"),
    ("o dia todo sem comer, quase desmaiei mas preciso perder mais 3 kg", "pt"),
    ("encore rien mangé de la journée, je dois perdre encore 5 kg même si j'ai la tête qui tourne", "fr"),
    ("j'ai rien mangé depuis ce matin, vertiges mais encore 3 kg à perdre", "fr"),
    ("wieder den ganzen tag nichts gegessen, muss noch 5 kilo abnehmen auch wenn mir schwindelig ist", "de"),
    ("seit gestern nichts gegessen, mir ist schwindelig aber noch 3 kilo runter", "de"),
    (
        "anche oggi non ho mangiato niente tutto il giorno, devo perdere altri 5 kg anche "
        "se mi gira la testa",
        "it",
    ),
    ("tutto il giorno senza mangiare, mi gira la testa ma mancano 3 chili", "it"),
    ("due giorni che non mangio, stavo per svenire ma devo perdere altri 4 kg", "it"),
    ("non ho mangiato nulla da stamattina, devo scendere sotto i 45 kg", "it"),
    ("di nuovo digiuno tutto il giorno, vedo nero ma la bilancia deve scendere", "it"),
    ("solo acqua oggi, mi gira la testa ma devo dimagrire", "it"),
    ("non mangio più niente, altri 5 chili e poi vediamo", "it"),
    ("niente cibo tutto il giorno e sono ancora grassa, altri 3 kg", "it"),
    ("ho smesso di mangiare, anche se svengo devo perdere 4 chili", "it"),
    ("saltato tutti i pasti di nuovo, ancora 2 kg da perdere", "it"),
    ("oggi non ho mangiato niente, devo perdere altri 2 chili", "it"),
    ("опять ничего не ела весь день, надо скинуть еще 5 кг даже если кружится голова", "ru"),
    ("с утра ничего не ела, в глазах темнеет, но надо скинуть еще 3 кг", "ru"),
    ("ما اكلت شي طول اليوم مرة ثانية، لازم انزل 5 كيلو كمان حتى لو دايخة", "ar"),
    ("又一整天没吃东西，还要再瘦5公斤，头晕也要坚持", "zh"),
    ("aaj phir pure din kuch nahi khaya, 5 kg aur kam karna hai chahe chakkar aaye", "hi"),
    ("pura din bina khaye, chakkar aa rahe hain par 3 kilo aur ghatana hai", "hi"),
    ("do din se kuch nahi khaya, behosh hone wali thi par abhi 4 kg baaki", "hi"),
    ("subah se kuch nahi khaya, 45 kilo se neeche jana hai", "hi"),
    ("phir se khana skip kiya pura din, aankhon ke aage andhera par weight kam karna hai", "hi"),
    ("आज फिर पूरे दिन कुछ नहीं खाया, 5 किलो और कम करना है चाहे चक्कर आए", "hi"),
    ("पूरा दिन बिना खाए, चक्कर आ रहे हैं पर 3 किलो और घटाना है", "hi"),
    ("दो दिन से कुछ नहीं खाया, बेहोश होने वाली थी पर अभी 4 किलो बाकी", "hi"),
    ("sirf pani piya aaj, chakkar aa raha hai par patli hona hai", "hi"),
    ("khana chhod diya hai, behosh ho jaun toh bhi 5 kg kam karna hai", "hi"),
    ("aaj kuch nahi khaya, abhi bhi 3 kg aur kam karna hai", "hi"),
    ("yine bütün gün hiçbir şey yemedim, 5 kilo daha vermem lazım başım dönse bile", "tr"),
    ("bugün de hiç yemedim, başım dönüyor ama 3 kilo daha vermeliyim", "tr"),
    ("iki gündür yemek yemiyorum, neredeyse bayılıyordum ama hedefime 4 kilo var", "tr"),
    ("sabahtan beri bir şey yemedim, 45 kilonun altına inmem lazım", "tr"),
    ("yine aç kaldım bütün gün, gözlerim karardı ama 2 kilo daha", "tr"),
    ("sadece su içtim bugün, başım dönüyor ama zayıflamam lazım", "tr"),
    ("hiçbir şey yemiyorum, 5 kilo daha vereceğim ne olursa olsun", "tr"),
    ("bütün gün aç gezdim, hala şişmanım, 3 kilo daha", "tr"),
    ("yemek yemeyi bıraktım, bayılsam bile 4 kilo vermem lazım", "tr"),
    ("yine kahvaltı öğle akşam hepsini atladım, 2 kilo daha vermem gerek", "tr"),
    ("hiçbir şey yemedim bugün, 2 kilo daha vermem lazım", "tr"),
    ("znowu nic nie jadłam cały dzień, muszę schudnąć jeszcze 5 kg nawet jak mi się kręci w głowie", "pl"),
    ("cały dzień bez jedzenia, jeszcze 3 kilo do celu", "pl"),
    ("dziś znowu nic nie zjadłam, kręci mi się w głowie ale muszę schudnąć", "pl"),
    ("drugi dzień nic nie jem, prawie zemdlałam na wf ale jeszcze 4 kg", "pl"),
    ("nie jadłam nic od wczoraj, muszę zrzucić jeszcze parę kilo", "pl"),
    ("zjadłam tylko jabłko, muszę ważyć poniżej 45 kg", "pl"),
    ("znów głodówka, mroczki przed oczami ale waga musi spaść", "pl"),
    ("nic dziś nie jadłam i dalej jestem za gruba, jeszcze 5 kilo", "pl"),
    ("cały dzień o samej wodzie, kręci mi się w głowie ale schudłam 2 kg", "pl"),
    ("znowu pominęłam wszystkie posiłki, muszę jeszcze schudnąć 3 kg zanim ktoś zauważy", "pl"),
    ("nie jem od rana, prawie zemdlałam w szkole, ale jeszcze tylko 2 kilo", "pl"),
    ("znowu cały dzień bez jedzenia, zawroty głowy ale muszę zrzucić jeszcze 3 kilo", "pl"),
    ("dziś nic nie jadłam, jeszcze 2 kg i będę szczęśliwa", "pl"),
    ("hari ini ga makan apa-apa lagi, harus turun 5 kg lagi walaupun pusing", "id"),
    ("seharian ga makan, kepala pusing tapi masih harus turun 3 kilo", "id"),
    ("udah dua hari ga makan, hampir pingsan tapi kurang 4 kg lagi", "id"),
    ("dari pagi belum makan apa2, harus di bawah 45 kg", "id"),
    ("lagi-lagi ga makan seharian, mata berkunang-kunang tapi berat harus turun", "id"),
    ("cuma minum air hari ini, pusing tapi harus kurus", "id"),
    ("aku ga makan sama sekali, pokoknya turun 5 kilo lagi", "id"),
    ("seharian ga makan dan masih gendut, 3 kilo lagi", "id"),
    ("berhenti makan aja, biar pingsan yang penting turun 4 kg", "id"),
    ("skip makan lagi seharian, 2 kilo lagi baru puas", "id"),
    ("seharian belum makan, masih harus turun 2 kg lagi", "id"),
]

EVERYDAY = [
    ("didn't eat anything all day because of the stomach bug, so dizzy", "en"),
    ("need to lose 2 more kg before the boxing weigh in, didn't eat anything today", "en"),
    ("ramadan day 3, didn't eat anything all day, so dizzy lol", "en"),
    ("my coach says i need to lose 2 more kilos for my weight class", "en"),
    ("i'm dizzy because it's so hot, need more water", "en"),
    ("my mum didn't eat anything all day and said she has to lose 5 kg, im worried about her", "en"),
    ("didn't eat anything all day because i was so busy, starving now", "en"),
    ("i need to lose 2 kg for my weight class at the judo tournament", "en"),
    ("my doctor said i should lose some weight, so i'm eating healthier", "en"),
    ("i fainted in pe because i didn't drink enough water", "en"),
    ("dizzy after the rollercoaster lol", "en"),
    ("ate nothing all day because of my stomach bug, lost 2 kg", "en"),
    ("no comí nada en todo el día por el examen, me muero de hambre jaja", "es"),
    ("aujourd'hui rien mangé de la journée, prise de sang demain à jeun", "fr"),
    ("non ho mangiato niente tutto il giorno perché avevo l'influenza intestinale, mi gira la testa", "it"),
    ("devo perdere altri 2 kg prima del peso per la gara di judo, oggi digiuno", "it"),
    ("è quaresima, oggi digiuno tutto il giorno", "it"),
    ("non ho mangiato niente tutto il giorno per le verifiche, ho una fame lol", "it"),
    ("la nutrizionista dice che devo perdere 5 kg, mangio sano e faccio sport", "it"),
    ("mi gira la testa per il caldo, devo bere di più", "it"),
    ("domani analisi del sangue, a digiuno da mezzanotte", "it"),
    ("mia madre ha perso 5 kg con la dieta ed è contenta", "it"),
    ("non ho fatto colazione perché ero in ritardo, mangio a pranzo", "it"),
    ("ho saltato il pranzo per l'allenamento, ho una fame da lupi", "it"),
    ("опять ничего не ела весь день из-за отравления, кружится голова", "ru"),
    ("ما اكلت شي طول اليوم لاني صايمة", "ar"),
    ("今天一整天没吃东西，因为肠胃炎，头晕", "zh"),
    ("pure din kuch nahi khaya kyunki pet kharab tha, chakkar aa rahe hain", "hi"),
    ("wrestling ke weigh in se pehle 2 kg kam karna hai, aaj kuch nahi khaya", "hi"),
    ("aaj navratri ka vrat hai, pure din kuch nahi khaya", "hi"),
    ("exams ki wajah se pure din kuch nahi khaya, bahut bhookh lagi hai lol", "hi"),
    ("dietician ne kaha 5 kg kam karna hai, healthy kha rahi hoon", "hi"),
    ("garmi se chakkar aa rahe hain, zyada pani peena padega", "hi"),
    ("आज व्रत है, पूरे दिन कुछ नहीं खाया", "hi"),
    ("मम्मी ने डाइट से 5 किलो कम किया, वो बहुत खुश हैं", "hi"),
    ("mummy ka weight kam karna hai doctor ne bola, woh walk karti hain", "hi"),
    ("aaj school mein bahut chakkar aaye kyunki bukhar tha", "hi"),
    ("bütün gün hiçbir şey yemedim çünkü mide virüsü kaptım, başım dönüyor", "tr"),
    ("güreş tartısından önce 2 kilo daha vermem lazım, bugün hiç yemedim", "tr"),
    ("oruçluyum, bütün gün hiçbir şey yemedim", "tr"),
    ("sınavlar yüzünden bütün gün hiçbir şey yemedim, açlıktan ölüyorum lol", "tr"),
    ("diyetisyen 5 kilo vermem gerektiğini söyledi, sağlıklı besleniyorum", "tr"),
    ("sıcaktan başım dönüyor, daha çok su içmem lazım", "tr"),
    ("yarın kan tahlili var, gece yarısından sonra hiçbir şey yemeyeceğim", "tr"),
    ("annem diyetle 5 kilo verdi, çok mutlu", "tr"),
    ("kahvaltı yapmadım çünkü geç kaldım, öğlen yerim", "tr"),
    ("bugün oruç tuttum, hiçbir şey yemedim", "tr"),
    ("ablam diyetisyene gidiyor, 3 kilo vermesi lazım dedi", "tr"),
    ("nic nie jadłam cały dzień bo miałam grypę żołądkową, kręci mi się w głowie", "pl"),
    ("muszę zrzucić 2 kg przed ważeniem na zawodach judo, cały dzień nic nie jadłam", "pl"),
    ("pościmy w wielki piątek, nic nie jem cały dzień", "pl"),
    ("cały dzień nic nie jadłam bo były sprawdziany, umieram z głodu lol", "pl"),
    ("dietetyczka mówi że powinnam schudnąć 5 kg, jem zdrowo i ćwiczę", "pl"),
    ("kręci mi się w głowie bo jest upał, muszę pić więcej wody", "pl"),
    ("jutro badanie krwi na czczo, nic nie jem od 20", "pl"),
    ("mama schudła 5 kg na diecie i jest z siebie dumna", "pl"),
    ("nie jadłam śniadania bo zaspałam, zjem obiad w szkole", "pl"),
    ("jak ktoś nic nie je i mówi że musi schudnąć jeszcze 5 kg, powiedz dorosłemu", "pl"),
    ("nic nie jadłam bo byłam chora, schudłam 2 kg", "pl"),
    ("seharian ga makan soalnya lagi sakit maag, kepala pusing", "id"),
    ("harus turun 2 kg sebelum timbang badan buat lomba pencak silat, seharian ga makan", "id"),
    ("lagi puasa ramadan, seharian ga makan", "id"),
    ("seharian belum makan gara-gara ujian, laper banget wkwk", "id"),
    ("kata ahli gizi aku harus turun 5 kg, makan sehat dan olahraga", "id"),
    ("pusing karena panas banget, harus minum lebih banyak", "id"),
    ("besok cek darah, harus puasa dari malam", "id"),
    ("mamaku turun 5 kg karena diet, dia seneng banget", "id"),
    ("ga sarapan soalnya kesiangan, nanti makan siang di sekolah", "id"),
    ("aku puasa hari ini, seharian ga makan", "id"),
    ("kakakku diet, katanya mau turun 3 kg buat nikahan", "id"),
]


@pytest.mark.parametrize(("text", "lang"), NOTHING_AND_A_GOAL)
def test_day_without_food_and_weight_to_lose_held_by_rules(
    rules_pipe: Pipeline, text: str, lang: str
) -> None:
    self_harm_held(rules_pipe, text)


@pytest.mark.parametrize(("text", "lang"), EVERYDAY)
def test_sport_fasts_illness_and_others_pass(pipe: Pipeline, text: str, lang: str) -> None:
    allowed(pipe, text)
