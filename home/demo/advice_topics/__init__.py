"""Advice topics: ideas families can use at home, tagged by area of daily life and age band.

Each topic says what is typical for the age, gives things to try for about 12 weeks, and
ends with when to ask for more help. The topics live in three files by theme.
"""

from home.demo.advice_topics.body_senses_and_talking import (
    BALANCE_AND_RIDING_A_BIKE,
    SAFE_AT_HOME,
    SENSORY_STRATEGIES,
    TALKING_AND_UNDERSTANDING,
)
from home.demo.advice_topics.school_and_hands import (
    ORGANISED_AT_SECONDARY_SCHOOL,
    PENCIL_GRIP_AND_HANDWRITING,
    PLAY_FOR_HAND_STRENGTH,
    USING_SCISSORS,
)
from home.demo.advice_topics.self_care import GETTING_DRESSED, TOILET_AND_WASHING, USING_CUTLERY

ADVICE_TOPICS = [
    GETTING_DRESSED,
    USING_CUTLERY,
    TOILET_AND_WASHING,
    PENCIL_GRIP_AND_HANDWRITING,
    USING_SCISSORS,
    BALANCE_AND_RIDING_A_BIKE,
    SENSORY_STRATEGIES,
    ORGANISED_AT_SECONDARY_SCHOOL,
    PLAY_FOR_HAND_STRENGTH,
    TALKING_AND_UNDERSTANDING,
    SAFE_AT_HOME,
]
