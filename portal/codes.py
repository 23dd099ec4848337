"""Characters for codes people read aloud, copy by hand or type from a letter: referral references
and self-assessment return codes. No 0/O, 1/I, so a code read over the phone cannot be misheard."""

UNAMBIGUOUS_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
