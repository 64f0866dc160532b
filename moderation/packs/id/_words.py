"""Vocabulary shared by more than one of the Indonesian pack's rule modules."""

from __future__ import annotations

NOT = r"(?:gak|ga|gk|g|nggak|ngga|nggk|enggak|engga|tidak|tdk|tak|ndak)"
ME = r"(?:aku|ak|gue|gw|gua|saya|sy|ku)"
YOU = r"(?:kamu|kmu|km|lu|lo|loe|elu|elo|lw|kau|anda|u|you)"
# a third person named earlier in the sentence: "temenku bilang dia pengen mati"
_THIRD = (
    r"(?:dia|doi|mereka|temen\w*|teman\w*|sahabat\w*|adik\w*|adek\w*|kakak\w*|kak|abang\w*|"
    r"ibu\w*|mama\w*|mamah|papa\w*|bapak\w*|ayah\w*|sepupu\w*|pacar\w*|katanya|kata|bilang|"
    r"cerita|si|orang|seseorang|hp\w*|batre\w*|baterai\w*|laptop\w*|tanaman\w*|ikan\w*|"
    r"kucing\w*|lampu\w*|game\w*|karakter\w*|hero\w*)"
)
NO_THIRD = r"(?:^|(?<=[.!?] ))(?:(?!" + _THIRD + r"\b)\w+ ){0,8}?"
# laughter after a gloomy phrase: "pengen mati aja wkwk"
# (not when the writer goes on to say nobody loves them or speaks of their life:
# "pengen mati wkwk ga ada yang sayang aku")
JOKE = (
    r"(?![^.!?]{0,40}(?:\b(?:wk\w*|haha\w*|hehe\w*|awok\w*|xixi\w*|kwkw\w*|xd|lol|"
    r"(?<!gak )(?<!ga )(?<!gk )(?<!nggak )(?<!ngga )(?<!enggak )(?<!tidak )(?<!tdk )(?<!bukan )"
    r"(?:canda\w*|bercanda))\b|:v|:d)"
    r"(?![^.!?]{0,60}\b(?:(?:ga|gak|nggak|tidak|gk) ada yang|hidup\w*|idup\w*|beneran|serius|sendirian|"
    r"benci diri\w*|capek hidup)\b))"
)
# a past self-injury the writer has come through, unless it is back
RECOVERED = (
    r"(?![^.!?]{0,100}\b(?:sekarang (?:udah |sudah |udh )?(?:lebih )?(?:baik|mendingan|oke|ok|"
    r"okay|berhenti)|udah (?:gak|ga|nggak) (?:lagi|pernah)|sudah berhenti|udah berhenti|"
    r"(?:ke )?psikolog\w*|terapi|konseling|dibantu)\b"
    r"(?![^.!?]{0,40}\b(?:lagi|kambuh)\b))"
)
GAME = (
    r"(?! (?:\w+ )?(?:di (?:game|ff|free fire|ml|mobile legends|mabar|roblox|minecraft|pubg|"
    r"map|lobby|ranked)|pas mabar)\b)"
)
APPS = (
    r"(?:wa|whatsapp|wasap|whatsap|telegram|tele|tg|line|instagram|insta|ig|snap|snapchat|"
    r"discord|dc|tiktok|dm|japri|pc|private)"
)
PHOTO = r"(?:foto\w*|poto\w*|picture\w*|selfie\w*|video\w*|vidio\w*|pap)"
