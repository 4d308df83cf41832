"""What a phone number looks like, in one place: intake types a column phone by it and
staging clears a value that is not one, so the two must agree.

A number has 7 to 15 digits (E.164's ceiling) and no letter once an extension written
``x12`` or ``ext. 12`` is taken off. An international number (``+`` first) may end in a
direct-dial extension written as one more group of up to 5 digits after a space or hyphen
(``+49 149 3876713 6901``, a German switchboard number and its extension): the number
itself is E.164's 15 digits at most, the group past it is the extension, and a consultant
would call it a phone number, not text.
"""

from __future__ import annotations

EXTENSION = r"(?i)\s*(x|ext\.?)\s*\d+$"
#: An international number and its direct-dial group: ``+``, 7 to 15 digits, one group.
DIRECT_DIAL = r"\+(?:\d[\s\-./()]*){7,15}[\s\-]\d{1,5}"
#: A phone number as one pattern: 7 to 15 digits and no letter (A-Z) once an extension
#: (:data:`EXTENSION`) is taken off the end, or :data:`DIRECT_DIAL`. One regex pass where
#: taking the extension off, dropping the non-digits and counting took five (a fifth of
#: staging 237,000 contacts); the same verdict on every text (tests/test_staging_rules.py
#: compares them).
PHONE = (r"^(?:[^A-Za-z\d]*(?:\d[^A-Za-z\d]*){7,15}(?i:\s*(?:x|ext\.?)\s*\d+)?"
         rf"|{DIRECT_DIAL})$")
