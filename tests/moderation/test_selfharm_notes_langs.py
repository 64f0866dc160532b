"""A farewell note or letter left for the family, told with last words, in
ru ar tr pl id hi zh (selfharm_notes_langs.py; things given away with a
final goodbye in ar tr).

Held as self_harm on the rules alone and carried by the notes rules.  Hard
negatives: a birthday letter to grandma, a note about where the writer is
with "see you tomorrow", a note for school, "bye everyone, see you
tomorrow", old things given to charity.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from moderation.normalise import prepare
from moderation.rules import first_match
from moderation.selfharm_notes_langs import RULES
from tests.moderation.helpers import allowed, self_harm_held


def _carried(text: str) -> bool:
    prep = prepare(text)
    return any(first_match(r, prep.norm if r.unspaced else prep.plain) for r in RULES)


HELD = [
    # ru
    "я оставила записку маме, она поймёт потом. прощайте",
    "написал письмо родителям, это не их вина. всем пока навсегда",
    "оставлю письмо для семьи на столе, прочитают когда меня не будет",
    "маме записку написала, скажите ей что я её люблю",
    # ar
    "تركت رسالة لامي، رح تفهم بعدين. مع السلامة للكل",
    "كتبت رسالة لاهلي، مش ذنبهم. وداعا",
    "خليت ورقة لماما على المكتب، قولولها اني بحبها",
    "كتبت رسايل لاصحابي، لما اموت اقروها",
    # tr
    "anneme bir mektup bıraktım, sonra anlayacak. herkese elveda",
    "aileme bir not yazdım, onların suçu değil. hoşça kalın",
    "arkadaşlarıma mektup bıraktım, ben gidince okurlar",
    "babam için bir mektup yazdım, bir gün anlar. elveda",
    # pl
    "zostawiłam list dla mamy, kiedyś zrozumie. żegnajcie",
    "napisałem list do rodziców, to nie ich wina. żegnajcie wszyscy",
    "zostawiłem liścik rodzinie, przeczytają jak mnie już nie będzie",
    # id
    "aku ninggalin surat buat mama, nanti dia ngerti. selamat tinggal semuanya",
    "udah nulis surat buat keluargaku, ini bukan salah mereka. dadah selamanya",
    "aku tinggalin surat buat ortu di meja, bilangin mama aku sayang dia",
    # hi
    "maine mummy ke liye ek letter chhoda hai, wo baad mein samjhegi. alvida sabko",
    "maine papa ke liye chitthi likhi hai, unki koi galti nahi hai. bye hamesha ke liye",
    "मैंने मम्मी के लिए एक चिट्ठी छोड़ी है, वो बाद में समझ जाएगी। अलविदा",
    # zh
    "我给妈妈留了一封信，她以后会明白的。再见了大家",
    "给爸妈写了信，不是他们的错。永别了",
    "我给家人留了纸条，等我走了以后他们会看到",
]

# things given away with a final goodbye, no note
HELD_GIVING = [
    "عطيت كل اغراضي لاختي. وداعا",
    "وزعت العابي على اصحابي، وداعا",
    "bütün eşyalarımı kardeşime verdim. herkese elveda",
    "oyunlarımı arkadaşıma verdim, elveda",
]

PASS = [
    "написала письмо бабушке на день рождения",
    "всем пока, до завтра",
    "оставила маме записку что я у подруги, пока",
    "كتبت رسالة لجدتي بعيد ميلادها",
    "كتبت رسالة لامي بعيد الام، رح تفهم قديش بحبها",
    "عطيت ملابسي القديمه لاختي. وداعا للفوضى",
    "anneme doğum günü için mektup yazdım",
    "anneme okul için bir not yazdım, anlayacak",
    "eski kıyafetlerimi bağışa verdim, elveda dolap dağınıklığı",
    "napisałam list do babci na urodziny",
    "zostawiłam mamie karteczkę że jestem u oli, do jutra",
    "aku nulis surat buat nenek untuk ulang tahunnya",
    "aku ninggalin catatan buat mama kalo aku di rumah temen, dadah",
    "maine dadi ke liye birthday letter likha",
    "mummy ke liye note chhoda ki main dost ke ghar pe hu, bye",
    "我给奶奶写了一封生日信",
    "给妈妈留了纸条说我在同学家，明天见",
]


@pytest.mark.parametrize("text", HELD + HELD_GIVING)
def test_farewell_note_with_last_words_held(rules_pipe: Pipeline, text: str) -> None:
    self_harm_held(rules_pipe, text)
    assert _carried(text), text


@pytest.mark.parametrize("text", PASS)
def test_ordinary_notes_and_goodbyes_pass(rules_pipe: Pipeline, text: str) -> None:
    allowed(rules_pipe, text)
