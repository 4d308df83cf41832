"""A contact's 'do not' flags in any language: a negation and a channel ('Ne hívjon
telefonon', 'Skicka inte brev', 'Älä lähetä sähköpostia', 'לא להתקשר').

CiviCRM, SuiteCRM and their kin write Do Not Email, Do Not Phone, Do Not Mail and No Bulk
Emails in each user's language; a word list per language would need every verb each
translator chose ('send', 'receive', 'write', 'call'). What every one of them says is a
negation (or a refusal: 'Recusa', 'Excludere', 'leiratkozott') and the channel refused; the
verb says nothing more. Read so, a column is the flag of that channel; its values (yes/no,
0/1) are checked where the flag is suggested, as for an English 'Do Not Call'.
"""

from __future__ import annotations

from d365migrate.intake.kinds import ascii_folded, name_word_split

__all__ = ["negated_channel"]

#: Negations (folded): English, Romance, Germanic, Slavic, Baltic, Finnic, Greek ('Όχι',
#: 'Μην'), Indonesian ('tidak', 'jangan'), Russian 'Никакой' (none).
_NEGATIONS = frozenset({
    "no", "not", "non", "nao", "nu", "nicht", "kein", "keine", "keinen", "niet", "geen",
    "pas", "ne", "nie", "nem", "ikke", "inte", "ej", "inga", "ingen", "ei", "ala", "ara",
    "mitte", "ochi", "min", "nykakoi", "nikakoi", "tidak", "jangan", "mos", "nicio"})
#: Negations that are English words too once folded ('Min', 'Ala'): read only in a name
#: written in letters of its own (Greek 'Μην', 'Όχι', Finnish 'Älä', Estonian 'Ära').
_FOLDED_ONLY = frozenset({"min", "ochi", "ala", "ara", "nykakoi", "nikakoi"})
#: Words of a refusal or an opt-out: the channel's flag as surely as a negation.
_REFUSALS = frozenset({"recusa", "recusar", "excludere", "leiratkozott", "leiratkozva",
                       "optout", "optedout", "refus", "rechazo", "rifiuto"})
#: Turkish negates the verb with a suffix ('Gönderilmeyecek': will not be sent).
_NEGATED_ENDINGS = ("meyecek", "mayacak", "meyin", "mayin", "memeli", "mamali")
#: Czech, Slovak and Latvian glue the negation to the verb ('Neposílat', 'Nesaņemt').
_GLUED_VERBS = ("posilat", "posielat", "mailovat", "volat", "telefonovat", "sanemt", "sanmt",
                "zvanit", "zvonit", "poslat")
_BULK = ("bulk", "mass", "masiv", "masow", "hromadn", "tomeges", "utskick", "toplu",
         "mazik", "rassylk", "serie", "massal", "masov", "mailing")
#: ('mails', plural, is e-mails: French and German write it so, as ProjeQtOr's 'Kein
#: Empfang von Team Mails'; the post is uncountable 'mail')
_EMAIL = ("email", "epost", "epast", "ekirj", "sahkopost", "elektron", "electron",
          "courriel", "mails")
_POSTAL = ("post", "brev", "listow", "listy", "levele", "surat", "mektup", "kirj", "pastu",
           "pocht", "posht", "epistol", "mail", "bumazh", "carta", "courrier", "lettre",
           "brief")
_PHONE = ("phone", "telefon", "telef", "call", "ring", "trucar", "suna", "helista", "hiv",
          "menelpon", "telpon", "zvan", "ligac", "ligar", "llamar", "chiamar", "appel",
          "anruf", "bellen", "soita", "epikoinon")
#: Verbs of sending or writing with no channel beside them ('No Enviar', 'Nie Powiadom',
#: 'Не писать'): the e-mail, the channel such a flag keeps quiet first.
_SEND = ("enviar", "send", "skicka", "wysylac", "powiadom", "pysat", "slat", "inviare",
         "envoyer", "senden")
#: A number beside a channel ('Kein Telefon Nummer') names a value, no flag.
_NUMBERS = ("number", "nummer", "numero", "numer", "nomer", "numar", "szam", "cislo", "broj")

#: Flags in scripts the Latin fold drops: Hebrew, Chinese, Japanese, Khmer.
_SCRIPT_NEGATIONS = ("לא ", "אל ", "不要", "请勿", "請勿", "没有", "沒有", "しません", "拒否",
                     "ありません", "កុំ")
_SCRIPT_CHANNELS = (("bulk", ("דיוור", "バルク", "大宗", "群发")),
                    ("email", ("אימייל", "מייל", "电子邮件", "電子郵件", "メール")),
                    ("postal", ("מכתב", "郵便", "邮件", "郵件", "សំបុត្រ")),
                    ("phone", ("להתקשר", "טלפון", "電話", "电话", "致电", "致電", "呼び出す",
                               "ទូរស័ព្ទ")))
_READINGS = {"bulk": ("no", "bulk", "emails"), "email": ("do", "not", "email"),
             "postal": ("do", "not", "postal", "mail"), "phone": ("do", "not", "call")}


def negated_channel(name: str) -> tuple[str, ...] | None:
    """The English reading of a 'do not' flag's name ('do not call'), or None."""
    words = _joined([w.lower() for w in name_word_split(ascii_folded(name))])
    if words:
        return _latin(words, not name.isascii())
    return _script(name)


def _joined(words: list[str]) -> list[str]:
    """'e', 'mail' -> 'email': an e- word written with its hyphen."""
    out: list[str] = []
    for w in words:
        if out and out[-1] == "e" and w.isalpha():
            out[-1] = "e" + w
        else:
            out.append(w)
    return out


def _negation(words: list[str], i: int, own_letters: bool) -> bool:
    """Whether ``words[i]`` negates: 'no' last or before 'de', 'of' is a number's sign
    ('Phone No', 'No de teléfono'), an English word folded ('Min') only in letters of its
    own."""
    w = words[i]
    if w == "no" and (i == len(words) - 1 or words[i + 1] in ("de", "of", "do", "da")):
        return False
    if w in _FOLDED_ONLY:
        return own_letters
    return w in _NEGATIONS or w in _REFUSALS or w.endswith(_NEGATED_ENDINGS)


def _latin(words: list[str], own_letters: bool) -> tuple[str, ...] | None:
    negated = any(_negation(words, i, own_letters) for i in range(len(words))) or (
        "optout" in "".join(words) or "optedout" in "".join(words))
    glued = [w[2:] for w in words if w.startswith("ne") and w[2:].startswith(_GLUED_VERBS)]
    if not (negated or glued) or any(n in w for w in words for n in _NUMBERS):
        return None
    rest = [w for w in words if w not in _NEGATIONS] + glued
    if any(w.startswith(("sms", "mms")) for w in rest):
        return None   # no text messages: a flag Dataverse's contact has no column for
    # the first channel a word names, in this order ('masse-e-mail' is bulk; a verb of
    # sending alone, the e-mail)
    for channel, stems in (("bulk", _BULK), ("email", _EMAIL), ("phone", _PHONE),
                           ("postal", _POSTAL), ("email", _SEND)):
        if any(w.startswith(stems) for w in rest):
            return _READINGS[channel]
    return None


def _script(name: str) -> tuple[str, ...] | None:
    text = name.strip() + " "
    if not any(n in text for n in _SCRIPT_NEGATIONS):
        return None
    if "SMS" in text.upper() or "短信" in text:
        return None   # no text messages (as in Latin letters)
    # (e-mail before post: '电子邮件', electronic mail, holds the post's '邮件')
    channel = next((c for c, marks in _SCRIPT_CHANNELS if any(m in text for m in marks)), None)
    return _READINGS[channel] if channel else None
