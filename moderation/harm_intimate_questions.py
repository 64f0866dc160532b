"""Questions about the reader's sexual experience (appended to `harm.RULES`).

Why: asking a child whether they have "done sexual stuff" and to "tell me
everything" is a grooming/sexualising move; `harm.py` had the English "have
you ever had sex" only.  Found missing on a blind evaluation in French ("t'as
déjà fait des trucs de sexe? raconte moi tout"); written for fr es de pt it
and more English wordings.  Only the second-person question is matched: sex
education ("on a parlé des relations sexuelles en SVT", "in sex ed we
learned about consent"), the writer's own worries ("is it normal i've never
had sex at 16") and homework questions ("t'as déjà fait tes devoirs?")
pass; reports of what someone asked are excused by the usual frames.
"""

from __future__ import annotations

from .rules import Rule, rule

RULES: list[Rule] = [
    rule("sexual:solicit", "sexual", "done did tried sexual sex stuff",
         r"\b(?:have you|did you|you) (?:ever |already )?(?:done|do|did|tried) (?:any |some )?"
         r"(?:sexual (?:stuff|things)|sex stuff|sexual|anything sexual|stuff with (?:a|your) (?:boy|"
         r"girl|bf|gf|boyfriend|girlfriend)|it with (?:a|your) (?:boy|girl|bf|gf|boyfriend|"
         r"girlfriend))\b(?! (?:education|ed|class|lesson|homework)\b)"),
    rule("sexual:solicit", "sexual", "t'as tas as deja jamais",
         r"\b(?:t'as|tas|tu as|as-tu|as tu) (?:deja|jamais|deja eu|deja fait) ?(?:fait )?(?:l'amour|"
         r"des trucs (?:de sexe|sexuels|cochons|coquins|de grands|de grandes)|du sexe|des choses "
         r"(?:sexuelles|de grands)|ta premiere fois|couche avec|eu (?:des )?(?:rapports|relations) "
         r"sexuel\w*)"),
    rule("sexual:solicit", "sexual", "sexo sexuales sexual hecho hiciste virgen",
         r"\b(?:ya |alguna vez )?(?:has|habeis) (?:tenido|hecho) (?:sexo|relaciones sexuales|cosas "
         r"sexuales|cosas de adultos)\b|\b(?:ya )?(?:lo has hecho|lo hiciste) (?:alguna vez|con "
         r"alguien|con tu (?:novio|novia)|ya)\b|\b(?:tu )?(?:eres|sos) virgen\b"),
    rule("sexual:solicit", "sexual", "hattest hast sex jungfrau geschlafen",
         r"\bhattest du (?:schon (?:mal|einmal) |jemals |schon )?(?:sex|geschlechtsverkehr)\b|"
         r"\bhast du (?:schon (?:mal|einmal) |jemals |schon )?(?:sex gehabt|es (?:schon )?gemacht|"
         r"mit (?:jemandem|einem jungen|einem madchen) geschlafen|sexuelle sachen gemacht)\b|"
         r"\bbist du (?:noch )?jungfrau\b"),
    rule("sexual:solicit", "sexual", "transou transaste sexo virgindade virgem",
         r"\b(?:voce|video call|tu|ce) (?:ja )?(?:transou|transaste|fez sexo|fizeste sexo|perdeu a "
         r"virgindade|e virgem|es virgem)\b|\bja (?:transou|fez sexo)\b"),
    rule("sexual:solicit", "sexual", "sesso sessuali verginita vergine",
         r"\bhai (?:mai |gia )?(?:fatto sesso|fatto l'amore|fatto cose sessuali|perso la verginita)"
         r"\b|\bsei (?:ancora )?vergine\b"),
]
