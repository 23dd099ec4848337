"""Reference numbers families read over the phone, and NHS numbers as the NHS writes them."""

import secrets

from portal.codes import UNAMBIGUOUS_ALPHABET

# A reference is read aloud to a receptionist and typed back.
REFERENCE_ALPHABET = UNAMBIGUOUS_ALPHABET
REFERENCE_PREFIX = "RF"
REFERENCE_LENGTH = 6  # 32**6: about a billion


def new_reference():
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{REFERENCE_PREFIX}-{code[:3]}-{code[3:]}"


def normalise_reference(text):
    """ "rf 7kq m4d", "RF7KQM4D", "7kq-m4d" → "RF-7KQ-M4D"; None if it cannot be a reference."""
    squashed = "".join(ch for ch in str(text).upper() if ch.isalnum())
    if squashed.startswith(REFERENCE_PREFIX) and len(squashed) == REFERENCE_LENGTH + len(REFERENCE_PREFIX):
        squashed = squashed[len(REFERENCE_PREFIX) :]
    if len(squashed) != REFERENCE_LENGTH or any(ch not in REFERENCE_ALPHABET for ch in squashed):
        return None
    return f"{REFERENCE_PREFIX}-{squashed[:3]}-{squashed[3:]}"


def nhs_number_digits(text):
    """The 10 digits of an NHS number typed with any spaces or dashes, or None if it is not one."""
    digits = "".join(ch for ch in str(text) if ch not in " -")
    if len(digits) != 10 or not digits.isdigit():
        return None
    return digits


def nhs_number_is_valid(digits):
    """The Modulus 11 check: weights 10 down to 2 on the first nine digits; 11 becomes 0, 10 is never valid."""
    if digits is None or len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def display_nhs_number(digits):
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if digits else ""
