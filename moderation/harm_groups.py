"""More bullying shapes (appended to `harm.RULES`; harm_shaming.py and
harm_targets.py hold the older ones).  Written from the failure classes of
a blind evaluation, not its sentences:

* a group made without someone, kept from them: "we made a new group
  without Leo, nobody tell him", "hicimos un grupo sin Ana, no le digan
  nada".  Both halves are needed: "we made a group without the teacher for
  the project" passes.
* exclusion in Italian with a past verb ("nessuno ti ha invitata") and
  Hindi "koi dost nahi banega tera" (nobody will be your friend).
* mocking the reader's face in Hindi ("tera chehra dekh ke hasi aati hai",
  "tu kitna ajeeb dikhta hai") and skin colour with other insults ("tu
  itni kaali aur moti hai"); "mera chehra", "us meme ko dekh ke hasi aati
  hai" and "kaala chashma" pass.
* an animal face as a name for someone ("you horse face", "pizza face");
  "a horse face mask" and "i drew a pizza face" pass.

Matched against `Prepared.plain`; frames excuse every rule.
"""

from __future__ import annotations

from .rules import Rule, rule

_GROUP = r"(?:group|gc|group chat|chat|server|team|squad)"
_MADE = r"(?:made|created|started|set up|making|have|got)"
_KEEP_FROM = (r"(?:nobody|no one|do not|dont|never|don't) (?:tell|add|invite|show|mention it to)"
              r" (?:him|her|them|\w+)\b")
# ... unless it is a surprise for them ("... nobody tell him, it's for his birthday")
_NOT_A_SURPRISE = (r"(?!.{0,100}?\b(?:surprise|birthday|bday|gift|present|party planning|sorpresa|"
                   r"cumple\w*|regalo|anniversaire|cadeau|surpresa|aniversario|presente|compleanno|"
                   r"geburtstag|geschenk|uberraschung)\b)")

RULES: list[Rule] = [
    rule("bullying:exclusion", "bullying", "without sin sans sem senza ohne",
         r"\b(?:we|i|they|us) (?:\w+ )?" + _MADE + r" (?:a |an |another |our )?(?:new |secret |other "
         r"|separate |second |real )*" + _GROUP + r" without (?:him|her|them|\w+)\b[^.!?]{0,40}?"
         + _KEEP_FROM + _NOT_A_SURPRISE + "|"
         r"\b(?:hicimos|creamos|armamos|tenemos) (?:un|otro) (?:grupo|chat)(?: nuevo| secreto)? sin "
         r"\w+[^.!?]{0,40}?\b(?:nadie|no) (?:le|les) (?:diga|digan|digas|cuente|cuenten|agregue|"
         r"agreguen)\b" + _NOT_A_SURPRISE + "|"
         r"\b(?:on a|j'ai|ils ont) (?:fait|cree) (?:un|une) (?:nouveau |nouvelle |autre )?(?:groupe|"
         r"conv|discussion)(?: secret| secrete)? sans \w+[^.!?]{0,40}?\b(?:personne (?:ne )?(?:lui|leur)"
         r" dit|(?:ne|dites) (?:lui|leur) (?:dites )?(?:rien|pas))\b" + _NOT_A_SURPRISE + "|"
         r"\b(?:criamos|fizemos|temos) (?:um|outro) (?:grupo|chat)(?: novo| secreto)? sem (?:o |a )?"
         r"\w+[^.!?]{0,40}?\b(?:ninguem|nao) (?:conta|contem|fala|falem|diz|digam|adiciona)\b"
         + _NOT_A_SURPRISE + "|"
         r"\b(?:abbiamo|ho) (?:fatto|creato) (?:un|un altro) (?:gruppo|chat)(?: nuovo| segreto)? senza "
         r"\w+[^.!?]{0,40}?\b(?:nessuno (?:glielo|gli|le) (?:dica|dice)|non (?:diteglielo|ditegli|"
         r"ditele))\b" + _NOT_A_SURPRISE + "|"
         r"\bwir haben (?:eine|einen) (?:neue |neuen |geheime |geheimen |andere |anderen )?(?:gruppe|"
         r"chat) ohne \w+ (?:gemacht|erstellt)[^.!?]{0,40}?\b(?:sagt|erzahlt) (?:ihm|ihr) (?:nichts|"
         r"nix)\b" + _NOT_A_SURPRISE),
    rule("bullying:exclusion", "bullying", "nessuno",
         r"\bnessuno ti ha (?:mai )?(?:invitato|invitata|voluto|voluta|chiamato|chiamata|cercato|"
         r"cercata)\b(?! \?)"),
    rule("bullying:exclusion", "bullying", "dost dosti दोस्त",
         r"\b(?:koi|kisi ka) (?:bhi )?dost nahi (?:banega|banegi|banenge|hoga|hogi) (?:tera|teri|"
         r"tumhara|tumhari|tujhse)\b|\b(?:tera|teri|tumhara|tumhari) koi (?:bhi )?dost nahi "
         r"(?:banega|banegi|hoga|hogi|banayega)\b|\bkoi (?:bhi )?(?:tujhse|tumse) dosti nahi karega\b|"
         r"कोई (?:भी )?दोस्त नहीं (?:बनेगा|बनेगी|होगा) (?:तेरा|तेरी|तुम्हारा)|(?:तेरा|तुम्हारा) कोई "
         r"(?:भी )?दोस्त नहीं (?:बनेगा|होगा)"),
    rule("bullying:insult", "bullying", "dekh dikhta dikhti lagta lagti देख दिखता दिखती",
         r"\b(?:tera|teri|tumhara|tumhari) (?:chehra|shakal|shakl|muh|munh|thobda|naak|daant|baal|"
         r"body) dekh (?:ke|kar|kr) (?:hi )?(?:hasi|hansi|ulti|ghin|dar) aa(?:ti|ta|te|yi|ye)\b|"
         r"\b(?:tu|tum) (?:kitna|kitni|itna|itni|bahut|bohot|ekdum) (?:ajeeb|ajib|ganda|gandi|bhadda|"
         r"bhaddi|ugly|badsurat|weird|kaala|kaali) (?:dikhta|dikhti|dikhte|lagta|lagti|lagte)\b|"
         r"(?:तेरा|तेरी|तुम्हारा|तुम्हारी) (?:चेहरा|शक्ल|मुँह|मुंह|नाक|दांत) देख (?:के|कर) (?:हंसी|हँसी|"
         r"उल्टी|घिन) आती|(?:तू|तुम) (?:कितना|कितनी|इतना|इतनी|बहुत) (?:अजीब|गंदा|गंदी|भद्दा|भद्दी|"
         r"बदसूरत|काला|काली) (?:दिखता|दिखती|लगता|लगती)"),
    rule("bullying:insult", "bullying", "kaali kaala kalu काली काला",
         r"\b(?:tu|tum) (?:\w+ )?(?:itni|itna|kitni|kitna|bahut|bohot|ekdum) (?:kaali|kaala|kalu)"
         r"(?= (?:hai|ho|h|he|aur|and|lagti|lagta|dikhti|dikhta)\b| ?[,.!?]| ?$)|"
         r"(?:तू|तुम) (?:इतनी|इतना|कितनी|कितना|बहुत) (?:काली|काला)(?= (?:है|हो|और)| ?[,.!?]| ?$)"),
    rule("bullying:insult", "bullying", "face",
         r"\b(?:you|u|ur|you are|hey|shut up|look at|lol|lmao|lmaooo|haha) (?:\w+ )?(?:a |an |"
         r"the |that |this )?(?:horse|pig|rat|frog|pizza|crater|monkey|potato|goblin|troll|donkey|"
         r"dog|toad) ?face\b(?! (?:mask|paint|filter|costume|emoji|sticker)s?\b)"),
]
