"""An activity's own outcome column: whether a call, e-mail or meeting happened.

A call logged in a CRM happened, so the map closes every call as made or received by its
direction. A telephony or mail system logs the attempts too, and says how each ended in a
status column of its own (Twilio's ``status``: completed, canceled, busy, no-answer, failed;
a meeting's Held / Not Held / Planned): those that did not happen were closed as made all
the same and the column was dropped. Here such a column is the activity's state: happened
Completed, did not happen Canceled, not yet Open. A column whose every value is one of these
words is read so; the activity's own status in other words ('Overdue', Yoruba 'Ti gbero') is
the state column all the same, its unread values left for the person to decide (closing them
as completed would say they happened). The status the direction gives stays for the rows
that happened (the load keeps a status only within its state, ``load/closes.py``).
"""

from __future__ import annotations

import re

import polars as pl

from d365migrate.intake.kinds import ascii_folded, name_word_split
from d365migrate.script_labels import compact, unfoldable

__all__ = ["OUTCOME_STATES", "direction_word", "outcome_column", "outcome_states"]

#: An activity's State options (phone call, e-mail, meeting: Open 0, Completed 1, Canceled 2).
OPEN, COMPLETED, CANCELED = 0, 1, 2
#: Outcome words (lower case, separators dropped) -> the State they say.
OUTCOME_STATES: dict[str, int] = {
    **dict.fromkeys(("completed", "complete", "answered", "done", "held", "made", "received",
                     "delivered", "sent", "succeeded", "success", "connected"), COMPLETED),
    **dict.fromkeys(("canceled", "cancelled", "failed", "busy", "noanswer", "missed",
                     "unanswered", "rejected", "declined", "notheld", "bounced",
                     "undelivered", "abandoned", "noshow"), CANCELED),
    **dict.fromkeys(("queued", "ringing", "inprogress", "scheduled", "planned", "initiated",
                     "pending", "open", "draft"), OPEN),
    # Spanish (SuiteCRM's es_ES labels: Planificada, Realizada, No Realizada)
    **dict.fromkeys(("realizada", "realizado", "completada", "completado"), COMPLETED),
    **dict.fromkeys(("norealizada", "norealizado", "cancelada", "cancelado"), CANCELED),
    **dict.fromkeys(("planificada", "planificado", "programada", "programado", "pendiente"),
                    OPEN),
    # a meeting's or call's Held / Not Held / Planned in German, Italian, Spanish, French
    # (EspoCRM's labels: Abgehalten, Nicht durchgeführt, Geplant; Effettuata, Non Effettuata,
    # Pianificata; Celebradas, Sin celebrar, Planeadas; SuiteCRM's Réalisé, Non réalisé,
    # Planifié; its Meetings' Tenue, Annulée, Planifiée; Dutch Gehouden, Niet Gehouden,
    # Gepland; Brazilian Portuguese Realizada, Não Realizada, Planejada; EspoCRM's French
    # Effectué, Non effectué, Prévu, Dutch Gedaan, Niet gedaan (done, not done), European
    # Portuguese Planeado, Planeamento (planning))
    **dict.fromkeys(("abgehalten", "durchgefuhrt", "stattgefunden", "effettuata",
                     "effettuato", "tenuta", "tenuto", "celebrada", "celebradas",
                     "celebrado", "realise", "realisee", "tenu", "tenue", "gehouden",
                     "gedaan", "effectue", "effectuee"), COMPLETED),
    **dict.fromkeys(("nichtdurchgefuhrt", "nichtabgehalten", "abgesagt", "noneffettuata",
                     "noneffettuato", "nontenuta", "annullata", "annullato", "sincelebrar",
                     "nocelebrada", "norealise", "nonrealise", "nonrealisee", "annule",
                     "annulee", "nietgehouden", "naorealizada", "naorealizado",
                     "nietgedaan", "noneffectue", "noneffectuee"), CANCELED),
    **dict.fromkeys(("geplant", "pianificata", "pianificato", "programmata", "programmato",
                     "planeada", "planeadas", "planeado", "planificadas", "planifie",
                     "planifiee", "prevu", "prevue", "gepland", "planejada", "planejado",
                     "planeamento"), OPEN),
    # ... in Polish, Czech, Russian (in Latin letters), Turkish, Romanian (EspoCRM's labels,
    # keys122: Odbyło się, Nie odbyło się, Planowane; Uskutečněno, Neuskutečněno, Plánovaný;
    # Состоялась, Не состоялась, Запланирована; Elde Tutulanlar, Elde Tutulmayanlar,
    # Planlanmış; Reținut, Nereținut, Planificat)
    **dict.fromkeys(("odbylosie", "uskutecneno", "sostoialas", "sostoialsia",
                     "eldetutulanlar", "retinut"), COMPLETED),
    **dict.fromkeys(("nieodbylosie", "neuskutecneno", "nesostoialas", "nesostoialsia",
                     "eldetutulmayanlar", "neretinut"), CANCELED),
    **dict.fromkeys(("planowane", "planowany", "planowana", "planovany", "planovana",
                     "planovano", "zaplanyrovana", "zaplanyrovan", "zaplanyrovano",
                     "planlanmis", "planificat", "planificata"), OPEN),
    # ... in Swedish, Danish, Norwegian, Hungarian, Ukrainian (in Latin letters) (EspoCRM's
    # labels, keys132: Stoppade, Inte stoppad, Planerat; Gennemført, Ikke gennemført,
    # Planlagt; Gjennomført, Ikke gjennomført; Held, Nem tartott, Tervezett; Проведено, Не
    # проведено, Заплановано)
    **dict.fromkeys(("stoppade", "gennemfort", "gjennomfort", "megtartott", "provedeno"),
                    COMPLETED),
    **dict.fromkeys(("intestoppad", "ikkegennemfort", "ikkegjennomfort", "nemtartott",
                     "neprovedeno"), CANCELED),
    **dict.fromkeys(("planerat", "planerad", "planlagt", "tervezett", "zaplanovano",
                     "zaplanovana"), OPEN),
    # ... in Slovak, Lithuanian, Croatian, Latvian, Slovene (EspoCRM's labels, tune146:
    # Pozdržaný (held up: its word for held), Nepozdržaný, Plánovaný; Įvykdyta, Neįvykdyta,
    # Suplanuota; Održano, Nije održano, Planiran; Notikusi, Nav notikusi, Plānota,
    # Ieplānota; Zadržano, Ni zadržano, Načrtovano)
    **dict.fromkeys(("pozdrzany", "ivykdyta", "odrzano", "notikusi", "zadrzano"), COMPLETED),
    **dict.fromkeys(("nepozdrzany", "neivykdyta", "nijeodrzano", "navnotikusi",
                     "nizadrzano"), CANCELED),
    **dict.fromkeys(("suplanuota", "planiran", "planirano", "planota", "ieplanota",
                     "nacrtovano"), OPEN),
    # Axelor's event statuses (Planned, Realized, Not started, Pending) in English, German,
    # Spanish ('Dio cuenta': realized), Italian, Dutch, Polish, Portuguese, Russian (in Latin
    # letters), French (session 38, in-sample)
    **dict.fromkeys(("realized", "realised", "realisiert", "diocuenta", "realizzato",
                     "realizzata", "gerealiseerd", "zrealizowane", "realyzovan"), COMPLETED),
    **dict.fromkeys(("notstarted", "nichtgestartet", "ausstehend", "noempezado", "inattesa",
                     "noniniziato", "inafwachtingvan", "nietgestart", "nierozpoczeto",
                     "wtrakcieoczekiwania", "naoiniciado", "pendente", "vozhydanyy",
                     "zaplanyrovannyi", "nenachal", "enattente", "nondemarre"), OPEN),
    # SuiteCRM's meeting and call statuses (Held, Not Held, Planned) as its language packs
    # write them, in Bulgarian, Catalan, Czech, Danish, Greek, Estonian, Basque, Finnish,
    # Indonesian, Lithuanian, Latvian, Norwegian, Polish, Romanian, Slovak, Slovene, Albanian,
    # Swedish, Ukrainian, Vietnamese (session 38, in-sample; Turkish's 'Askıda' and Thai's
    # 'ระงับ', suspended, for Held left out: they say otherwise)
    **dict.fromkeys(("provedena", "realitzada", "probehlo", "afholdt", "pragmatopoiithike",
                     "toimunud", "egina", "pidetty", "mengadakan", "ivykes", "noticis",
                     "avholdt", "odbyte", "confirmata", "opravljen", "imbajtur", "genomfort",
                     "vidbulasia", "dagiulai", "bolson"), COMPLETED),
    **dict.fromkeys(("nesstoialase", "norealitzada", "neprobehlo", "ikkeafholdt",
                     "denpragmatopoiithike", "mittetoimunud", "egingabea", "eipidetty",
                     "tidakmengadakan", "neivykes", "navnoticis", "ikkeavholdt", "nieodbyte",
                     "anulata", "senizgodil", "ipambajtur", "ejgenomfort", "nevidbulasia",
                     "khonggiulai"), CANCELED),
    **dict.fromkeys(("programmatismeni", "planuotas", "zaplanowane", "planovane"), OPEN),
    # EspoCRM's meetings in Indonesian and Vietnamese (Diadakan, Tidak diadakan, Berencana;
    # Đã được tổ chức, Chưa được tổ chức, Đã lên kế hoạch)
    **dict.fromkeys(("diadakan", "daduoctochuc"), COMPLETED),
    **dict.fromkeys(("tidakdiadakan", "chuaduoctochuc"), CANCELED),
    **dict.fromkeys(("berencana", "dalenkehoach"), OPEN),
    # ... in the scripts the Latin fold drops, keyed by their own letters (script_key):
    # Arabic, Persian, Hebrew, Hindi, Armenian, Japanese, Korean, Mongolian, Sinhala, Urdu,
    # Chinese
    **{compact(k): v for k, v in (
        ("تم الاجتماع", COMPLETED), ("حُدد الاجتماع", OPEN), ("لم يعقد", CANCELED),
        ("ُدد وقتها", OPEN), ("برقرار شد", COMPLETED), ("برقرار نشد", CANCELED),
        ("התקיים", COMPLETED), ("לא התקיים", CANCELED), ("आयोजित", COMPLETED),
        ("की योजना बनाई", OPEN), ("नहीं हुआ", CANCELED), ("Տեղի ունեցավ", COMPLETED),
        ("Տեղի չունեցավ", CANCELED), ("完了", COMPLETED), ("未実施", CANCELED),
        ("계획됨", OPEN), ("실시", COMPLETED), ("미실시", CANCELED),
        ("Болоогүй", CANCELED), ("Төлөвлөсөн", OPEN), ("පැවති", COMPLETED),
        ("පැවැත්වූ නොවේ", CANCELED), ("منعقد", COMPLETED), ("منعقد نہیں کیا", CANCELED),
        ("已举办", COMPLETED), ("已计划", OPEN), ("未举办", CANCELED), ("完成", COMPLETED),
        # EspoCRM's meetings in Arabic, Persian, Japanese, Thai (Hebrew's and Traditional
        # Chinese's left out: they write 'on hold' and 'kept' for Held)
        ("تم حضوره", COMPLETED), ("لم يتم حضوره", CANCELED), ("مخطط له", OPEN),
        ("برگذار شده", COMPLETED), ("برگذار نشده", CANCELED), ("برنامه ریزی شده", OPEN),
        ("開催", COMPLETED), ("開催されなかった", CANCELED), ("計画済み", OPEN),
        ("จัดขึ้น", COMPLETED), ("ไม่ได้จัดขึ้น", CANCELED), ("วางแผน", OPEN))},
}
#: Words of a column name saying it holds the activity's own status or outcome (with the
#: word for status of the common European languages).
_NAME_WORDS = frozenset({"status", "state", "outcome", "result", "disposition", "estado",
                         "stato", "statut", "situacao",
                         "stav", "durum", "stare",   # Czech, Turkish, Romanian (keys122)
                         "allapot",   # Hungarian 'Állapot' (keys132)
                         # Lithuanian, Latvian, Slovene, Croatian (tune146)
                         "statusas", "statuss", "stanje"})
#: Other words such a name may hold: the activity's own ('call_status', 'Meeting Outcome',
#: Zendesk Talk's 'completion_status': how the call ended). Any other word names something
#: else's status: a deal's, a check-in's, an approval's.
_OWN_WORDS = frozenset({"call", "phone", "phonecall", "activity", "meeting", "appointment",
                        "event", "email", "mail", "the", "of", "completion"})


def _word(value: str) -> str:
    """A value as the outcome words key it: folded to Latin letters, or by its own letters
    where the fold drops them (Armenian, Arabic, Chinese...)."""
    if unfoldable(value):
        return compact(value)
    return re.sub(r"[^a-z]", "", ascii_folded(value.strip().lower()))


def outcome_states(values: list[str]) -> dict[str, int] | None:
    """Value -> State when every (non-empty) value is an outcome word; None otherwise."""
    words = {v: _word(v) for v in values if v is not None and str(v).strip()}
    if not words or not all(w in OUTCOME_STATES for w in words.values()):
        return None
    return {v: OUTCOME_STATES[w] for v, w in sorted(words.items())}


def outcome_column(df: pl.DataFrame, read: frozenset[str] = frozenset()
                   ) -> tuple[str, dict[str, int | None]] | None:
    """(column, value -> State) of the first column named a status or outcome of the
    activity itself ('status', 'Call_Result'; not 'Check_In_Status'), or ``read`` as its
    status by the engine (in any language: 'Կարգավիճակ', 'Tila'), whose values are all
    outcome words; else of such a column with values of other words (the activity's own,
    'Call_Status', before a bare 'state'), those left undecided (None: the person says what
    each means before any record moves, as for any choice); or None."""
    unread: list[tuple[int, str, dict[str, int | None]]] = []
    for column in df.columns:
        # in Latin letters: a Cyrillic 'Статус' is a status too
        words = {w.lower() for w in name_word_split(ascii_folded(column))}
        if column not in read and (not words & _NAME_WORDS
                                   or words - _NAME_WORDS - _OWN_WORDS):
            continue
        values = df[column].drop_nulls().cast(pl.Utf8).unique().to_list()
        states = outcome_states(values)
        if states:
            return column, states
        filled = sorted(v for v in values if v.strip())
        if filled and not column.startswith("$"):   # Zoho's '$state': the record's own
            # a meeting's status in words no list holds (SuiteCRM's Yoruba 'Ipo'): closing
            # every one as completed would say a planned meeting took place. The activity's
            # own ('Call_Status') before a bare state
            rank = 0 if words & _OWN_WORDS else 1 if words & _NAME_WORDS - {"state"} else 2
            unread.append((rank, column, {v: OUTCOME_STATES.get(_word(v)) for v in filled}))
    if not unread:
        return None
    _, column, states = min(unread, key=lambda u: u[0])
    return column, states


def direction_word(value: str) -> str:
    """A direction value's first word: Twilio's 'outbound-api', 'outbound-dial' are
    outbound, as 'Outbound' is."""
    return re.split(r"[-_\s/]+", value.strip().lower())[0] if value.strip() else ""
