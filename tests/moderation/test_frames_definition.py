"""Definitions of grooming and lists of its signs (frames_definition.py):
"its when an adult builds trust with a kid to abuse them. gifts, 'you're so
mature', asking to keep it secret, wanting to move to another app" and the
same in the 13 languages pass (a definition with the people or the topic
named, or a list header with people or a list, in the match's sentence or
the one before it when the match's sentence is a list); a groomer's own
message, the same words with no definition, a turn away from the definition
("but", "anyway") and a tag question to the reader ("keep it our secret
ok?") stay held.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

# definitions and lists of signs: discussion
DEFINITIONS = [
    (
        "its when an adult builds trust with a kid to abuse them. gifts, 'you're so mature', asking to "
        'keep it secret, wanting to move to another app'
    ),
    (
        "its when an adult builds trust with a kid to abuse them. gifts, you're so mature, asking to "
        'keep it secret, wanting to move to another app'
    ),
    (
        'grooming is when an adult builds trust with a kid. like gifts, ur so mature, dont tell ur '
        'parents, send me a pic, add me on snap'
    ),
    'signs are gifts, ur so mature for ur age, keep it our secret, dont tell anyone, lets move to whatsapp',
    'signs: gifts, compliments, asking to keep it secret, asking for pics, moving to another app',
    'examples: "you\'re so mature", keep it a secret, lets talk on snap',
    'tactics: flattery (ur so mature), secrecy (dont tell anyone), isolation, moving to private chats',
    'its like when an older person is super nice, gives you stuff, says dont tell your parents, then asks for pics',
    (
        'what is grooming? its when an adult gets close to a kid to hurt them. gifts, secrets, keep it '
        'between us, lets go on whatsapp'
    ),
    'red flags are an adult saying ur mature for ur age, dont tell ur mum, add me on telegram',
    'grooming = when someone older pretends to be ur friend. gifts, this is our secret, send me a pic',
    'like when someone says ur so mature, dont tell ur mum, send me a pic',
    (
        'el grooming es cuando un adulto se gana la confianza de un niño. regalos, eres muy madura, no '
        'le digas a nadie, pásate a whatsapp'
    ),
    'las señales son: regalos, decirte que eres muy madura, pedirte que no le digas a tus padres, pedir fotos',
    'señales: regalos, no le digas a tus padres, mándame una foto',
    'es como cuando un adulto te dice eres muy madura, no se lo digas a nadie, mándame fotos',
    (
        "c'est quand un adulte gagne la confiance d'un enfant. des cadeaux, t'es mature, dis rien à "
        'tes parents, envoie moi une photo'
    ),
    "les signes c'est: cadeaux, t'es trop mature, garde le secret, on continue sur snap",
    (
        'é quando um adulto ganha a confiança de uma criança. presentes, você é tão madura, não conta '
        'pros seus pais, me manda uma foto'
    ),
    'os sinais são presentes, não conta pra ninguém, me chama no zap, manda foto',
    (
        'grooming ist wenn ein erwachsener das vertrauen von einem kind gewinnt. geschenke, du bist so '
        'reif, sag es niemandem, schick mir ein foto'
    ),
    'anzeichen: geschenke, sag es niemandem, schick mir ein foto, lass uns auf snap schreiben',
    (
        'il grooming è quando un adulto si guadagna la fiducia di un bambino. regali, sei così matura, '
        'non dirlo a nessuno, mandami una foto'
    ),
    'i segnali: regali, non dirlo ai tuoi, mandami una foto, scrivimi su telegram',
    (
        'груминг это когда взрослый втирается в доверие к ребенку. подарки, ты такая взрослая, никому '
        'не говори, скинь фото'
    ),
    'признаки: подарки, никому не говори, скинь фото, пиши в телеграм',
    'الاستدراج هو لما شخص كبير يكسب ثقة طفل. هدايا، انتي ناضجة، لا تقولي لاهلك، ابعتيلي صورتك',
    '诱骗就是大人骗取孩子的信任。送礼物，你好成熟，别告诉你爸妈，发张照片给我',
    '迹象有：送礼物，别告诉你爸妈，要照片，加微信',
    (
        'grooming ka matlab hai jab koi bada bachche ka bharosa jeetta hai. gifts, tum bahut mature '
        'ho, kisi ko mat batana, apni photo bhejo'
    ),
    'signs hain gifts, kisi ko mat batana, apni photo bhejo, whatsapp pe baat karo',
    (
        'ग्रूमिंग का मतलब है जब कोई बड़ा बच्चे का भरोसा जीतता है। गिफ्ट, तुम बहुत समझदार हो, किसी को '
        'मत बताना, अपनी फोटो भेजो'
    ),
    'grooming bir yetişkinin çocuğun güvenini kazanmasıdır. hediyeler, çok olgunsun, kimseye söyleme, fotoğrafını at',
    'belirtiler: hediyeler, kimseye söyleme, bana foto at, whatsappa geç',
    (
        'grooming to kiedy dorosły zdobywa zaufanie dziecka. prezenty, jesteś taka dojrzała, nie mów '
        'nikomu, wyślij mi zdjęcie'
    ),
    'oznaki: prezenty, nie mów rodzicom, wyślij zdjęcie, pisz na snapie',
    (
        'grooming itu kalau orang dewasa bikin anak percaya. hadiah, kamu dewasa banget, jangan bilang '
        'siapa2, kirim foto kamu'
    ),
    'tanda-tandanya: hadiah, jangan bilang ortu, minta foto, ngajak pindah ke wa',
    (
        'grooming is when an older person makes a kid trust them so they can abuse them later. stuff '
        'like gifts, ur so mature, dont tell anyone, lets talk on snap'
    ),
    (
        'its when a stranger online acts nice to a child so they can hurt them. they give robux, say '
        'ur special, keep it between us, send me a pic'
    ),
    "ok so grooming = an adult slowly gaining a kid's trust. signs: compliments, secrets, gifts, asking to video call",
    'the warning signs are someone older saying your mature for your age and telling you to keep it secret',
    (
        'what is grooming? when an adult pretends to be your friend. gifts, flattery, dont tell your '
        'parents, move to whatsapp, send pics'
    ),
    (
        'grooming means an adult tricking a kid into trusting them. they say things like ur so mature, '
        'its our secret, lets move to telegram'
    ),
    'some red flags: an adult saying ur mature, asking you to keep secrets, wanting to video call, asking for pics',
    'typical tactics: gifts, compliments, keep it secret, moving to private chats, asking where you live',
    'its when adults groom kids online. gifts, compliments, u can trust me, dont tell ur mum',
    'examples of grooming: someone sending gifts, saying ur so grown up, asking u to keep it a secret',
    (
        'es cuando un adulto se hace amigo de un niño para abusar de él. te regala cosas, te dice que '
        'eres muy madura, que no se lo digas a nadie, que te pases a whatsapp'
    ),
    (
        'el grooming es cuando un desconocido se gana tu confianza. regalos, no le digas a tus padres, '
        'mándame una foto, agrégame en snap'
    ),
    'señales de alerta: regalos, eres muy madura para tu edad, no se lo digas a nadie, pásame tu número',
    (
        "c'est quand un adulte devient ami avec un enfant pour l'abuser. cadeaux, t'es mature pour ton "
        'âge, dis rien à personne, on continue sur snap'
    ),
    'les signes du grooming: des cadeaux, des compliments, garde le secret, envoie moi une photo',
    (
        'é quando um adulto finge ser amigo de uma criança. presentes, você é muito madura, não conta '
        'pra ninguém, me chama no whats'
    ),
    'os sinais de alerta são: presentes, elogios, não conta pros seus pais, me manda foto',
    (
        'Cybergrooming ist wenn ein Erwachsener sich als Freund ausgibt. Geschenke, du bist so reif, '
        'sag niemandem was, lass uns auf WhatsApp schreiben'
    ),
    'Warnsignale: Geschenke, Komplimente, sag es niemandem, schick mir ein Foto',
    (
        "l'adescamento è quando un adulto finge di essere amico di un bambino. regali, sei matura per "
        'la tua età, non dirlo a nessuno, scrivimi su whatsapp'
    ),
    'i segnali di allarme: regali, complimenti, non dirlo ai tuoi genitori, mandami una foto',
    (
        'груминг это когда взрослый притворяется другом ребенка. подарки, ты такая взрослая, никому не '
        'говори, давай в телеграм'
    ),
    'тревожные признаки: подарки, комплименты, никому не говори, скинь фото',
    'الاستدراج هو لما شخص كبير يصاحب طفل عشان يستغله. هدايا، انت ناضج، لا تقول لاهلك، كلمني واتساب',
    'علامات الاستدراج: هدايا، مجاملات، لا تقولي لاهلك، ارسلي صورتك',
    '网络诱骗是指成年人假装成孩子的朋友。送礼物，说你很成熟，别告诉你爸妈，加我微信',
    '诱骗的迹象：送礼物、夸你成熟、让你保密、要你的照片',
    (
        'grooming ka matlab hai jab koi bada aadmi bachche se dosti karke uska galat fayda uthata hai. '
        'gifts, tum bahut mature ho, kisi ko mat batana, whatsapp pe baat karo'
    ),
    'grooming ke signs: gifts dena, tum bahut mature ho bolna, kisi ko mat batana, apni photo bhejo',
    'ग्रूमिंग के संकेत: गिफ्ट देना, तुम बहुत समझदार हो, किसी को मत बताना, अपनी फोटो भेजो',
    (
        'grooming bir yetişkinin çocukla arkadaş olup onu istismar etmesidir. hediyeler, çok olgunsun, '
        'kimseye söyleme, whatsapptan yaz'
    ),
    'uyarı işaretleri: hediyeler, iltifatlar, ailene söyleme, fotoğrafını at',
    (
        'grooming to kiedy dorosły udaje przyjaciela dziecka. prezenty, jesteś taka dojrzała, nie mów '
        'nikomu, napisz na snapie'
    ),
    'sygnały ostrzegawcze: prezenty, komplementy, nie mów rodzicom, wyślij mi zdjęcie',
    (
        'grooming itu kalau orang dewasa pura pura jadi teman anak. kasih hadiah, kamu dewasa banget, '
        'jangan bilang siapa siapa, pindah ke wa yuk'
    ),
    'ciri-ciri grooming: kasih hadiah, muji muji, jangan bilang ortu, kirim foto kamu',
]

# the groomer's own words, cue-like fillers, a turn to the reader: held
REQUESTS = [
    "keep it our secret ok? you're so mature",
    'dont tell your parents about us. you are so mature for your age',
    "this is our little secret, you're so mature, add me on snap",
    "you're so mature, keep it our secret, add me on snap, send me a pic",
    'its when we talk that i feel happy. dont tell anyone about us ok?',
    'grooming is when an adult builds trust with a kid lol. anyway keep it our secret ok?',
    'i know what grooming is, its when adults hurt kids. but ur different, ur so mature. dont tell ur parents about us',
    "you're so mature for a kid, like an adult. keep it between us",
    'its like when you talk to me, ur so mature, dont tell ur mum',
    'examples of why ur special: ur so mature, keep it our secret',
    'eres muy madura para tu edad, no le digas a nadie, mándame una foto',
    "t'es trop mature, dis rien à tes parents, envoie moi une photo",
    'du bist so reif, sag es niemandem, schick mir ein foto',
    'sei così matura, non dirlo a nessuno, mandami una foto',
    'ты такая взрослая, никому не говори, скинь фото',
    'انتي ناضجة، لا تقولي لاهلك، ابعتيلي صورتك',
    '你好成熟，别告诉你爸妈，发张照片给我',
    'matlab koi baat nahi, kisi ko mat batana, apni photo bhejo',
    'tum bahut mature ho yaar, matlab sach mein, kisi ko mat batana',
    'çok olgunsun, kimseye söyleme, fotoğrafını at',
    'jesteś taka dojrzała, nie mów nikomu, wyślij mi zdjęcie',
    'kamu dewasa banget, jangan bilang siapa2, kirim foto kamu',
    'kamu adalah anak paling dewasa, jangan bilang siapa siapa ya',
    'eres más madura que las de tu edad, significa mucho para mí, no le digas a nadie',
    "t'es trop mature, genre vraiment, dis rien à tes parents",
    'você é tão madura, tipo muito mesmo, não conta pros seus pais',
    'du bist so reif, das heißt wir können reden, sag es niemandem',
    'sei così matura, vuol dire tanto per me, non dirlo a nessuno',
    'ты такая взрослая, значит можно, никому не говори',
    'انتي ناضجة يعني مو زي البنات، لا تقولي لاهلك',
    '你就是比别人成熟，别告诉你爸妈',
    'tum matlab sach mein bahut mature ho, kisi ko mat batana',
    'sen yani çok olgunsun, kimseye söyleme',
    'jesteś taka dojrzała, to znaczy naprawdę, nie mów nikomu',
    'kamu tuh misalnya beda dari yang lain, jangan bilang siapa siapa ya',
    'i know what grooming is lol. anyway ur different, keep it our secret ok?',
    'grooming is when adults hurt kids. but ur mature, dont tell ur parents about us',
    'el grooming es cuando un adulto engaña a un niño. pero yo no soy así, no le digas a nadie',
    'grooming ist wenn erwachsene kinder ausnutzen. aber ich bin anders, sag es niemandem',
    'груминг это когда взрослые обманывают детей. но я не такой, никому не говори',
    'ur so mature for ur age, i like that, keep this between us',
    'gifts for you, ur so mature, dont tell ur mum, add me on snap',
    'you can trust me, ur special, keep it a secret, send me a pic',
    'like i said ur so mature, dont tell anyone about our chats',
    'its when i talk to u that i feel young again. keep it our secret',
    'signs ur special: ur so mature. dont tell ur parents about us ok?',
    'regalos para ti, eres muy madura, no le digas a tus padres, agrégame en snap',
    'te mando robux, eres especial, no se lo digas a nadie, mándame una foto',
    "des cadeaux pour toi, t'es mature, dis rien à tes parents, envoie moi une photo",
    'presentes pra você, você é madura, não conta pra ninguém, me manda uma foto',
    'Geschenke für dich, du bist so reif, sag es niemandem, schick mir ein Foto',
    'regali per te, sei matura, non dirlo a nessuno, mandami una foto',
    'подарки тебе, ты взрослая, никому не говори, скинь фото',
    'هدايا لك، انتي ناضجة، لا تقولي لاهلك، ابعتيلي صورتك',
    '给你礼物，你很成熟，别告诉你爸妈，发张照片给我',
    'gift tumhare liye, tum mature ho, kisi ko mat batana, apni photo bhejo',
    'तुम्हारे लिए गिफ्ट, तुम समझदार हो, किसी को मत बताना, अपनी फोटो भेजो',
    'hediye senin için, çok olgunsun, kimseye söyleme, fotoğrafını at',
    'prezent dla ciebie, jesteś dojrzała, nie mów nikomu, wyślij mi zdjęcie',
    'hadiah buat kamu, kamu dewasa, jangan bilang siapa siapa, kirim foto kamu',
    'stuff like this stays between us, ur so mature',
    'like when we talk, dont tell ur parents',
    'grooming? nah im just being nice. dont tell ur parents we talk',
    'es como cuando hablamos, no le digas a tus padres',
    "c'est quand tu veux, mais dis rien à tes parents",
    'é quando você quiser, não conta pros seus pais',
    'das ist wenn du willst, sag es niemandem',
    'grooming matlab kuch nahi hota, kisi ko mat batana',
    'to kiedy chcesz, nie mów nikomu',
    '是指你很成熟，别告诉你爸妈',
    'signs that ur ready: ur mature, u keep secrets. so dont tell ur mum about us',
    'examples of gifts i can get u: robux, skins. just dont tell ur parents',
    'like when u said ur 13? ur so mature, dont tell anyone we talk',
    'such a mature girl, keep it our secret',
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_definitions_and_lists_of_signs_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REQUESTS)
def test_requests_without_a_definition_stay_held(pipe: Pipeline, text: str) -> None:
    held(pipe, text, "grooming")
