"""Organised exclusion with no insult in pt de it ru tr pl (harm_exclusion_groups_langs.py).

A group re-made without a veiled or barred child, mock surprise that a child came with a
plan to leave them out next time, a call to stop inviting someone and pretend they are
not there.  Hard negatives: project groups, guests praised, a parent's limit on guests,
a friend who left the group for a new phone, the writer left out, bots.
"""

from __future__ import annotations

import pytest

from moderation import Action, Pipeline
from tests.moderation.helpers import allowed

HELD = [
    ('grupo novo sem você-sabe-quem, ninguém adiciona ela de volta', 'regroup'),
    ('fiz outro grupo sem certa pessoa kkkk', 'regroup'),
    ('grupo novo, ninguém chama a Bia de volta', 'regroup'),
    ('não convida ela, ela não é do nosso tipo', 'regroup'),
    ('quem convidou a Bia kkk? na próxima lá em casa, só a gente', 'exclusion'),
    ('por que o Davi veio? próxima vez sem ele', 'exclusion'),
    ('bora parar de chamar o Lucas e fingir que ele é invisível, pra ver quanto tempo ele aguenta', 'shunning'),
    ('neue Gruppe ohne Du-weißt-schon-wen, keiner fügt Mia hinzu', 'regroup'),
    ('wir haben eine neue Gruppe ohne eine gewisse Person lol', 'regroup'),
    ('ladet sie nicht mehr ein, sie passt nicht zu uns', 'regroup'),
    ('wer hat Mia eingeladen?? nächstes Mal bei mir, nur wir', 'exclusion'),
    ('lasst uns Tim nicht mehr einladen und so tun als wär er Luft', 'shunning'),
    # adverbs between the name and the verb, "wie lang", "tut so"
    ('lasst uns lukas einfach nicht mehr einladen und so tun als wär er unsichtbar, mal sehen wie lang er das '
     'aushält', 'shunning'),
    ('lasst uns mia ab jetzt nicht mehr einladen, mal sehen wie lange sie das aushält', 'shunning'),
    ('wir laden Tim einfach nicht mehr ein und tun so, als wäre er unsichtbar', 'shunning'),
    ('ladet jonas ab sofort nicht mehr ein, bin gespannt wie lange er das aushält', 'shunning'),
    ('keiner ladet lena mehr ein, mal sehen wie lang sie das durchhält', 'shunning'),
    ('ladet lena einfach nicht mehr ein und tut so als wäre sie luft', 'shunning'),
    ('smettiamo semplicemente di invitare luca e facciamo finta che sia invisibile', 'shunning'),
    ('vamos simplesmente parar de chamar o lucas e fingir que ele é invisível', 'shunning'),
    ('wir laden Jonas nicht mehr ein, mal sehen wie lange er das aushält', 'shunning'),
    ('nuovo gruppo senza sai-chi, nessuno la riaggiunga', 'regroup'),
    ('chi ha invitato Giulia? la prossima volta da me, solo noi', 'exclusion'),
    ('smettiamo di invitare Marco e facciamo finta che sia invisibile, vediamo quanto resiste', 'shunning'),
    ('lei non è dei nostri, nuovo gruppo senza di lei', 'regroup'),
    ('новый чат без сами-знаете-кого, никто её не добавляет обратно', 'regroup'),
    ('кто позвал Дашу? в следующий раз у меня, только свои', 'exclusion'),
    ('давайте перестанем звать Диму и будем делать вид, что он невидимка, посмотрим сколько он продержится',
     'shunning'),
    ('она нам не подходит, делаем новую беседу без нее', 'regroup'),
    ('yeni grup malum kişisiz, kimse onu geri eklemesin', 'regroup'),
    ("Elif'i kim çağırdı ya? bir dahakine bende, sadece biz", 'exclusion'),
    ("Mert'i artık çağırmayalım, görünmezmiş gibi davranalım, bakalım ne kadar dayanacak", 'shunning'),
    ('nowa grupa bez niej, nikt jej nie dodaje', 'regroup'),
    ('nowy czat bez wiadomo kogo xd', 'regroup'),
    ('kto zaprosił Kasię xd następnym razem u mnie, tylko my', 'exclusion'),
    ('przestańmy zapraszać Olka i udawajmy, że jest niewidzialny, zobaczymy ile wytrzyma', 'shunning'),
]

PASS = [
    'fizemos um grupo novo pro trabalho de ciências, quem quer entrar?',
    'quem convidou a Bia? ela é demais, que bom que veio',
    'na próxima lá em casa, minha mãe disse no máximo 5',
    'ela saiu do grupo porque trocou de celular',
    'fizeram um grupo sem mim e doeu, contei pra professora',
    'vamos parar de chamar o Lucas pro futebol, ele machucou o pé',
    'wir haben eine neue Gruppe fürs Referat gemacht, wer will rein?',
    'wer hat Mia eingeladen? sie ist so toll, schön dass sie da war',
    'nächstes Mal bei mir, meine Mama sagt maximal 5 Leute',
    'sie hat die Gruppe verlassen, weil sie ein neues Handy hat',
    'mein unsichtbarer Freund hieß Bob, als ich 5 war',
    'chi ha invitato Giulia? è troppo simpatica, contenta che sia venuta',
    'la prossima volta da me, mia mamma ha detto massimo 5',
    'кто позвал Дашу? она классная, рада что пришла',
    'в следующий раз у меня, мама сказала максимум 5 человек',
    'она вышла из чата потому что новый телефон',
    "Elif'i kim çağırdı? çok tatlı, iyi ki geldi",
    'bir dahakine bende, annem en fazla 5 kişi dedi',
    'kto zaprosił Kasię? super, że przyszła',
    'następnym razem u mnie, mama mówi max 5 osób',
    'wyszła z grupy bo ma nowy telefon',
    'nowa grupa bez botów, nikt ich nie dodaje',
    'vamos parar de chamar o Lucas de Luquinhas, ele não gosta',
    'fingir que é invisível é a brincadeira favorita do meu irmão',
    'lasst uns Tim nicht mehr einladen, er ist umgezogen',
    'lasst uns Lukas zum Geburtstag einladen!',
    'lasst uns lukas einfach nicht mehr einladen, er hat eh nie zeit',
    'lasst uns ben nicht mehr zum training einladen, er ist verletzt, mal sehen wie lange er ausfällt',
    'mal sehen, wie lange er das aushält, der marathon ist hart',
    'lasst uns Lukas nicht mehr einladen und so tun, als wär das egal',
    'lasst uns Lukas zum Geburtstag einladen und so tun als wär das eine Überraschung',
    'wer hat Mia eingeladen? nächstes Mal lade ich ihre Schwester auch ein',
    'smettiamo di invitare Marco agli allenamenti, si è fatto male',
    'nuovo gruppo per la gita, chi entra?',
    'давайте больше не звать Диму на футбол, он уехал',
    'мой невидимый друг в детстве звался Боб',
    "Mert'i artık çağırmayalım, taşındı",
    'yeni grup kurduk proje için, katılmak isteyen?',
    'przestańmy zapraszać Olka na trening, złamał nogę',
]


@pytest.mark.parametrize(("text", "reason"), HELD)
def test_organised_exclusion_held(rules_pipe: Pipeline, text: str, reason: str) -> None:
    v = rules_pipe.check(text)
    assert v.action is Action.HOLD and "bullying" in v.categories, (text, v.action, v.reasons)
    assert f"stage:bullying:{reason}" in v.reasons, (text, v.reasons)


@pytest.mark.parametrize("text", PASS)
def test_projects_praise_limits_and_disclosures_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
