"""A decision announced with a farewell, and suicide as the writer's
constant thought or only way out.

Why: a blind evaluation found two more classes missed:

* **"i've decided" with finality**: "this is my last consultation thing i
  think. ive decided. thanks for listening to the other stuff i said".  A
  bare decision (no object: "i've decided." / "ya lo he decidido" / "j'ai
  pris ma décision" / "ich hab mich entschieden" / "я решила") in a message
  that also says this is the last message / time, or says goodbye.
  "this is my last message today, thanks!" has no decision and "ive
  decided to join the debate club" has an object: both pass.
* **the topic word as preoccupation**: "s u i c i d e is on my mind every
  day now" (spaced letters are joined by the normaliser), "suicide is all i
  think about", "el suicidio es lo único en lo que pienso", "ich denke
  jeden Tag an Selbstmord", "自杀是唯一的出路".  The bare topic rule
  (`self_harm:topic`) leaves these to the scorer, which reads "on my mind"
  and "all i think about" as everyday words and declines them.  Here the
  topic word is the subject of "is on my mind / all I think about / the
  only way", or the object of "I think about ... every day / all the
  time".  Discussion stays allowed: "suicide prevention is on my mind since
  the assembly" (a discussion noun between), "the film about suicide is
  all anyone talks about" (not the writer), "my essay about suicide is all
  i think about" (the topic after "about"), "i keep thinking about suicide
  for my project" (a school task after it).

Patterns run on the phrase form; Chinese on the normalised text.
"""

from __future__ import annotations

from .rules import Rule, rule

_DECIDED = [
    r"i have decided", r"i decided", r"i (?:have )?made up my mind", r"my mind is made up",
    r"(?:ya )?lo (?:he decidido|decidi|tengo decidido)", r"ya esta decidido", r"j'ai pris ma decision",
    r"c'est decide", r"ma decision est prise", r"j'ai decide", r"ich (?:hab|habe) mich entschieden",
    r"es ist entschieden", r"ho deciso", r"ho preso la mia decisione", r"(?:eu )?(?:ja )?decidi",
    r"ja esta decidido", r"я (?:всё |все )?решил[аи]?", r"решение принято",
]
# a bare decision: the sentence (or the message) ends after it
_BARE = r"(?: (?:now|ya|already|deja|schon|gia|ja|уже))?(?= ?[.]| ?$)"
_LAST = [
    r"(?:this is|it is|its|that is|thats) (?:my |the )?last", r"my last (?:message|post|time|chat|"
    r"thing|consultation|goodbye|day|night|words)", r"last time (?:you|i|we|anyone)", r"goodbye",
    r"bye forever", r"(?:mi|el|este es mi) ultimo (?:mensaje|dia)", r"la ultima vez",
    r"(?:mon|c'est mon) dernier (?:message|jour)", r"la derniere fois", r"adieu",
    r"(?:meine|das ist meine) letzte nachricht", r"das letzte mal", r"lebt wohl",
    r"(?:il mio|e il mio) ultimo messaggio", r"l'ultima volta", r"addio",
    r"(?:minha|e minha) ultima mensagem", r"a ultima vez",
    r"(?:моё|мое|это моё|это мое) последнее сообщение", r"в последний раз", r"прощайте",
]
_ANY_LAST = "(?:" + "|".join(_LAST) + ")"
_ANY_DECIDED = "(?:" + "|".join(_DECIDED) + ")"
_DECIDED_WORDS = "decided decidido decidi decision decide entschieden deciso решил решила решили решение mind"


def _decided_rules() -> list[Rule]:
    """A bare decision and a farewell in either order: one rule per few
    wordings, each alternative starting with a literal (fast search)."""
    alts = [r"\b" + d + _BARE + r".{0,150}?\b" + _ANY_LAST + r"\b" for d in _DECIDED]
    alts += [r"\b" + last + r"\b.{0,150}?\b" + _ANY_DECIDED + _BARE for last in _LAST]
    return [
        rule("self_harm:finality", "self_harm", _DECIDED_WORDS, "|".join(alts[i : i + 6]),
             framed="generic")
        for i in range(0, len(alts), 6)
    ]


_TOPICS = ["suicide", "self harm", "selfharm", "killing myself", "ending it all", "ending my life",
           "dying"]
_TOPIC = "(?:" + "|".join(_TOPICS) + ")"
# a believer or a school task before / after: discussion, not the writer's thought
# (fixed-width lookbehinds written after each topic word, so the rule starts with it)
_BEFORE_TALK = ("about", "on", "the", "my", "our", "this", "of", "think", "thinks", "believe", "that")
_SUBJECT = "(?:" + "|".join(
    t + "".join(f"(?<!{w} {t})" for w in _BEFORE_TALK) for t in _TOPICS
) + ")"
_NOT_TASK = (
    r"(?! (?:for|in|because of) (?:my|the|our|this|a) (?:essay|project|class|lesson|book|assignment|"
    r"presentation|debate|homework|exam|story|film|movie))"
)
_MIND = (
    r"(?:on my mind|in my head|all i (?:can |ever )?think about|the only thing i (?:can )?think about|"
    r"the only (?:way out|way|option|answer|solution|escape)(?= ?[.!?]| ?$| for me| left| i have)|my "
    r"only (?:option|way out|escape|answer))"
)

RULES: list[Rule] = [
    *_decided_rules(),
    # en: "suicide is on my mind every day", "i think about suicide all the time"
    rule("self_harm:disclosure", "self_harm", "suicide harm selfharm killing ending dying",
         r"\b" + _SUBJECT + r" (?:is|has been|keeps being) (?:always |constantly |just |"
         r"literally |honestly )?" + _MIND + r"|\b(?:all i (?:can |ever )?think (?:about|of) is|i "
         r"(?:can only|only|always|constantly|keep|can not stop|cant stop) think(?:ing)? (?:about|of)) "
         + _TOPIC + r"\b" + _NOT_TASK + r"|\bi think (?:about|of) " + _TOPIC + r" (?:every (?:day|"
         r"night|single day)|all the time|constantly|24 7|nonstop|non stop)\b",
         framed="generic"),
    # es fr de it pt ru: one rule per language (each alternative starts with a literal)
    rule("self_harm:disclosure", "self_harm", "suicidio suicidarme matarme pienso",
         r"\b(?:el )?(?:suicidio|suicidarme|matarme) (?:es|esta) (?:siempre )?(?:en mi (?:mente|cabeza)|"
         r"lo unico en (?:lo )?que pienso|la unica (?:salida|opcion|solucion))|\b(?:solo|siempre|todo "
         r"el tiempo|todos los dias|cada dia) pienso en (?:el )?(?:suicidio|suicidarme|matarme)|"
         r"\bpienso en (?:el )?(?:suicidio|suicidarme|matarme) (?:todo el tiempo|todos los dias|cada "
         r"(?:dia|noche)|siempre)|\bno (?:puedo )?(?:dejo|paro) de pensar en (?:el )?(?:suicidio|"
         r"suicidarme|matarme)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "suicide pense",
         r"\ble suicide (?:est|c'est) (?:tout )?(?:ce a quoi je pense|la seule (?:solution|issue|option))|"
         r"\bje ne pense qu'(?:au suicide|a (?:me tuer|me suicider))|\bje pense (?:au suicide|a me "
         r"(?:suicider|tuer)) (?:tous les jours|chaque (?:jour|nuit|soir)|tout le temps|sans arret)|"
         r"\bj'arrete pas de penser (?:au suicide|a me (?:suicider|tuer))",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "selbstmord suizid denke",
         r"\bich denke (?:nur noch|standig|jeden tag|die ganze zeit|immer|oft) (?:an|uber) "
         r"(?:selbstmord|suizid|mich umzubringen)|\b(?:selbstmord|suizid) ist (?:alles woran ich denke|"
         r"der einzige ausweg|die einzige losung)|\bich kann nur noch an (?:selbstmord|suizid) denken",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "suicidio penso pensando",
         r"\b(?:penso|sto pensando) (?:sempre|solo|ogni giorno|tutto il giorno|continuamente|di "
         r"continuo) al suicidio|\bpenso al suicidio (?:ogni giorno|sempre|tutto il tempo|"
         r"continuamente)|\bil suicidio (?:e|mi sembra) l'unica (?:soluzione|via d'uscita|via)|"
         r"\bnon (?:faccio che|riesco a smettere di) pensare al suicidio",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "suicidio penso",
         r"\b(?:so|sempre) penso em (?:suicidio|me matar)|\bpenso em (?:suicidio|me matar) (?:todo "
         r"dia|todos os dias|o tempo todo|toda hora)|\b(?:o )?suicidio (?:e|parece) a unica (?:saida|"
         r"opcao|solucao)|\bnao paro de pensar em (?:suicidio|me matar)",
         framed="generic"),
    rule("self_harm:disclosure", "self_harm", "суицид самоубийство суициде самоубийстве думаю",
         r"(?:постоянно|каждый день|всё время|все время|только и) думаю о (?:суициде|самоубийстве)|"
         r"(?:суицид|самоубийство) (?:это )?единственный выход",
         framed="generic"),
    # ar / hi
    rule("self_harm:disclosure", "self_harm", "الانتحار انتحار بالانتحار suicide aatmahatya आत्महत्या सुसाइड",
         r"(?:^|\s)(?:ال)?انتحار (?:هو )?(?:الحل الوحيد|الطريق الوحيد|المخرج الوحيد)|(?:^|\s)(?:افكر|"
         r"بفكر|نفكر) (?:ب|في )?(?:ال)?انتحار (?:كل يوم|طول الوقت|دايما|دائما|كل ليله)|"
         r"\b(?:suicide|aatmahatya|atmahatya) (?:ke baare mein|ke bare me|ke bare mein) (?:roz|har "
         r"din|hamesha) soch(?:ti|ta)\b|\bsuicide hi (?:ek )?(?:rasta|raasta) (?:hai|bacha)\b|"
         r"(?:हर दिन|हर रोज़|हर रोज|रोज़|रोज|हमेशा) (?:आत्महत्या|सुसाइड) के बारे में सोच(?:ती|ता)",
         framed="generic"),
    # zh
    rule("self_harm:disclosure", "self_harm", "自杀",
         r"满脑子(?:都是)?自杀|脑子里全是自杀|(?:每天|一直|天天|总是)(?:都)?在?想自杀|自杀是(?:我)?唯一的"
         r"(?:出路|办法|解脱)"),
]
