"""Veiled threats of harm_veiled_more.py (en): a warning tied to the reader
telling again, the reader's routine or a sibling named with a wink, menace
anchored to a day or a school place with no violent word.

Hard negatives: advice to tell the teacher again, a plan after "see you
tomorrow", a reason for warning a sibling, a test after "you won't be laughing",
a training day, praise of the pictures, a protective tip, reports and quotes.
"""

from __future__ import annotations

import pytest

from moderation import Pipeline
from tests.moderation.helpers import allowed, held

HELD = [
    'keep snitching to teachers and see what happens to your scooter',
    "tell the teacher again and we'll see if your bike makes it home",
    "complain to the head again and we'll meet outside school, look after your bike",
    "let's see how you get to school tomorrow if you complain again",
    "say it to miss again and you'll see what happens after class",
    'go crying to sir one more time and see what happens to your phone',
    "report me again and we'll see if your bag is still in one piece",
    "snitch on us again and you'll see what happens",
    "if you tell mrs jones again we'll see how you get home",
    'tell your mum again and say bye to your scooter',
    'keep telling on me and see what happens to you',
    'complain about us again and me and my mates will be waiting outside school',
    "i know you walk home alone through the park at 4. tomorrow you'll see",
    'i know what time you leave football practice. see you tomorrow',
    "i know which way you walk home. you'll see",
    "nice shed you've got. shame if something happened to it at night",
    "cool bike you've got there, be a shame if something happened to it",
    'nice trampoline in your garden. would be a shame if it caught fire',
    'tell your sister to take a different way home tomorrow. just saying',
    'tell your little brother to watch himself after school, just saying',
    'tell your brother to be careful on the way home tonight. trust me',
    "you won't be laughing on monday. me and my brother will be at the bus stop 🔪",
    "you won't be laughing tomorrow, me and my cousins will be waiting at the gate",
    'ur not gonna be laughing after school 🔪',
    "behind the sports hall after school. don't bring your mum this time",
    "at the gates after school, don't bring your teacher with you this time",
    "wait till monday when everyone sees the pics. you'll see",
    "just wait till everyone sees the video of you. you'll see",
    "don't come to school on friday. trust me, something's going to happen",
    "don't come in tomorrow, something bad is gonna happen. just saying",
    'better not come to school on monday, trust me',
    'i know you walk your dog alone every night by the canal. see you soon',
    'we know you wait at the bus stop by yourself every morning. see you tomorrow',
    'warn your little sister to lock her door tonight, just saying',
    'nice new phone u got, be a shame if it went missing',
    'tell ur sister to watch her back',
    "i know what time you leave your dance class. you'll see",
    'carry on complaining about us and see what happens to your phone',
    # chat messages shown in review and phrasings of the same classes
    'u w0nt be laughing monday. me n my cousin r waiting by the bus stop 🔪',
    'ya wont be smiling friday, me and my brothers will be outside your house',
    'u wont be laughing tmrw 🔪',
    'you wont be so cocky on monday, my cousins are coming',
    "everyone in the gc already knows what u did, wait till monday when the pics go round 😂 you'll see",
    'wait till tomorrow when your pics get posted. trust me',
    "just wait till everyone's screenshots hit the gc. you'll see",
    "wait till friday when ur pics go round the whole school 😂 you'll see",
    'tell ur little sister to walk home a different way tmrw. just saying',
    "tell your brother to go home another way tonight. you'll see",
    'tell ur lil bro to take a different route home friday, just saying',
    "tell your little sister to walk back another way tomorrow. you'll see",
    "nice garage you've got. shame if something happened there at night",
]

PASS = [
    'see what happens to your bike if you leave it unlocked lol, it got stolen last week',
    "see you tomorrow 🙂 at the bus stop, I'll save you a seat",
    "don't come to school on friday, it's a teacher training day",
    "you won't be laughing on monday when you see the maths test 😂",
    "tell your sister there's a better way home, the bridge is closed",
    "someone told me 'you'll see' after I reported him and I got scared",
    'if he keeps bullying you, tell the teacher again and see what happens',
    "tell the teacher again, we'll see if your bike turns up",
    "tell the teacher again and see what happens, maybe she'll listen this time",
    'i know you walk home through the park, see you tomorrow, we can walk together',
    'i know you walk to school at 8, see you tomorrow then',
    "nice phone you've got, shame if something happened to it, get a case",
    'tell your brother to be careful on the way home, the roads are icy',
    'tell your sister to take a different way home tomorrow, the bridge is closed. just saying',
    "you won't be laughing for long, the next level is impossible",
    "you won't be laughing on monday when mr smith gives back the tests",
    "after school at the park. don't bring your mum this time lol she was so embarrassing",
    "wait till monday when everyone sees the pics from the trip, they're amazing",
    "wait till everyone sees the video of you singing, you'll see, they'll love it",
    "don't come to school tomorrow if you're still sick, trust me",
    "don't come in on friday, it's inset day, trust me i checked",
    'he said "tell the teacher again and we\'ll see if your bike makes it home" so I told my mum',
    'my brother keeps snitching to mum, see what happens when she finds out lol',
    "we'll see if you get picked for the team if you keep practising",
    'something is going to happen on friday, a surprise for miss!',
    "my mum says if I complain again I'll lose my phone",
    'run the code again and see what happens to your output',
    'keep going and see what happens to your score',
    'if they bully him again, tell the teacher again and look after your little brother',
    "complain again and we'll see you at the parents meeting later",
    'i saw you walking home with ella lol, see you tomorrow',
    'i know you go to the park on saturdays, see you saturday',
    'nice cake, shame if something happened to it 😋 yum',
    'nice base you have there, would be a shame if something happened to it',
    "at lunch, don't bring your friends again, there's no room at the table",
    "don't go tomorrow, trust me, the film is terrible",
    "wait till your mum sees the pics of you from the beach, she'll love them",
    'tell me again and see what happens to your score',
    "tell the teacher again, and we'll see if your phone is still there in lost property",
    'keep telling the teacher if they take your things, and look after your bag',
    "if you complain again we'll meet after school with the teacher to sort it out",
    "i know when you finish school. you'll see, it's a surprise",
    'tell your brother to stay home tomorrow, trust me, the test is impossible',
    "after school at the gates, don't bring your friends this time, it's a surprise",
    "wait till your mum sees your pics from the dance show, she'll cry",
    "don't come in tomorrow, trust me you need the rest",
    'i know you walk your dog every night by the canal, see you soon at the park with mine',
    'warn your little sister to lock her door tonight, the lock on the bathroom is broken',
    'nice new phone u got, would be a shame if it went missing so get a cover',
    'we know you wait at the bus stop by yourself every morning, so mum says we can pick you up',
    # look-alikes of the classes above
    "see you tomorrow at the bus stop, I'll save you a seat",
    'tell your sister the bridge is closed, walk home a different way',
    "you won't be laughing monday when you see the test",
    'you wont be laughing monday when you see the test',
    'u wont be laughing when you see the season finale lol',
    'you wont be laughing tomorrow at the bus stop, the bus is always late',
    "wait till monday when the pics from the trip go round, you'll see how good we looked",
    "wait till the pics from sports day go out, they're so funny",
    'tell your sister to walk home a different way, the bridge is closed. just saying',
    'tell your brother to take another route home, the road is flooded, trust me',
    "tell your sister to be careful on the ice. you'll see, it's really slippery",
    'nice garage, shame if something happened there at night, get a lock',
    # a surprise after the warning
    "tell your mum to stay home on saturday, it's a surprise. you'll see",
]

REPORTS = [
    "someone told me 'you'll see' after I reported him and I got scared",
    'he said "tell the teacher again and we\'ll see if your bike makes it home" so I told my mum',
    'a boy in year 8 wrote "you won\'t be laughing on monday, me and my '
    'brother will be at the bus stop" and i showed my teacher',
    'is "don\'t come to school on friday, trust me" a threat? someone sent it to my friend',
    # reports of the classes above
    'he said "tell your sister to walk home a different way tmrw. just saying" and i told the teacher',
    "someone in my class wrote 'wait till monday when the pics go round, you'll see' and i reported it",
]


@pytest.mark.parametrize("text", HELD)
def test_veiled_threats_held(rules_pipe: Pipeline, text: str) -> None:
    held(rules_pipe, text, "threat")


@pytest.mark.parametrize("text", PASS)
def test_look_alikes_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)


@pytest.mark.parametrize("text", REPORTS)
def test_reports_pass(pipe: Pipeline, text: str) -> None:
    allowed(pipe, text)
