"""Vocabulary shared by more than one of the Russian pack's rule modules."""

from __future__ import annotations

# "я тебя убью в майнкрафте", "найду тебя в лобби": game talk, not a threat
_GAME_CTX = (
    r"(?! (?:\w+ )?(?:в|на) (?:игре|маине|маинкрафте|маинкрафт|доте|кс|бравле|фортнаите|роблоксе|"
    r"катке|раунде|матче|лобби|сервере|серваке|карте|списке|друзьях|следующеи катке|пвп|арене)\b)"
)
