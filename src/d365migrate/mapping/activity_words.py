"""Activity type words: which unit (and Dataverse table) a kind of activity becomes.

Read from a whole activities file's name ('calls', 'Termine', 'Rapat') and from the values of
its type column ('Call', 'Meeting'), by :mod:`d365migrate.mapping.history`. Names in a script
the ASCII fold drops are :mod:`d365migrate.mapping.script_routes`'. Kept apart from the
history module so that each language's words can grow without crowding its logic.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

#: Activity type words -> the unit (and Dataverse table) that kind of activity becomes.
#: German, Spanish, Italian, Dutch and Portuguese words too, singular and plural (a name's
#: words lose only an English plural 's': 'Termine', 'Aufgaben', 'appuntamenti' stay).
ROUTES: dict[str, tuple[str, ...]] = {
    "phonecall": ("call", "phone", "phone call", "phonecall", "anruf", "anrufe", "llamada",
                  "chiamata", "chiamate", "telefonata", "telefonate",
                  "telefoon", "telefoongesprek", "telefonat",   # Dutch, German: a call
                  "appel", "chamada", "ligacao", "gesprek", "gesprekken",   # fr, pt, nl
                  # Polish, Czech, Russian (in Latin letters), Turkish, Romanian (keys122)
                  "rozmowa", "rozmowy", "volani", "hovor", "hovory", "zvonok", "zvonky",
                  "arama", "aramalar", "apel", "apeluri",
                  # Swedish, Norwegian, Danish, Hungarian, Ukrainian (keys132)
                  "samtal", "samtaler", "opkald", "hivas", "hivasok", "felhivja", "dzvinok",
                  "dzvinky",
                  # Lithuanian, Croatian, Latvian, Slovene (tune146)
                  "skambutis", "skambuciai", "poziv", "pozivi", "zvan", "zvani", "klic",
                  "klici",
                  # Bulgarian, Indonesian and Malay, Finnish, Estonian, Greek, Vietnamese,
                  # Catalan, Albanian, Basque (session 47: EspoCRM's Bulgarian and
                  # Indonesian calls 'Обаждания', 'panggilan'; the others each language's
                  # common word)
                  "obazhdanyia", "obazhdane", "panggilan", "panggilan telepon", "puhelu",
                  "puhelut", "koned", "klisei", "cuoc goi", "trucada", "trucade", "thirrje",
                  "thirrjet", "deiak"),
    "appointment": ("meeting", "appointment", "event", "visit", "termin", "interview",
                    "termine", "besprechung", "besprechungen", "veranstaltung",
                    "veranstaltungen", "cita", "evento", "appuntamento", "appuntamenti",
                    "afspraak", "afspraken", "compromisso",
                    # a room or a person booked for a time (LibreBooking's reservations)
                    "reservation", "reservations", "booking", "bookings",
                    # a meeting in Italian, Spanish, French
                    "riunione", "riunioni", "reunion", "reunione", "reuniones", "reunión",
                    "réunion", "reuniao", "reunioe",   # Portuguese 'Reunião', 'Reuniões'
                    "vergadering", "vergaderingen",    # Dutch
                    "rendez",    # French 'Rendez-vous' (its words: 'rendez', 'vou')
                    "booking",    # a time booked with someone (Cal.com's, Calendly's)
                    # a presentation (EspoCRM's Mexican Spanish meetings, keys198)
                    "presentacion", "presentacione", "presentación",   # its plural read singular
                    "in-person", "in person", "face to face", "face-to-face",  # met in person
                    "spotkanie", "spotkania", "schuzka", "schuzky", "vstrecha", "vstrechy",
                    "toplanti", "toplantilar", "intalnire", "intalniri",   # pl cs ru tr ro
                    "mote", "moten", "moder", "moter", "talalkozo",   # sv da nb hu
                    "talalkozok", "zustrich", "zustrichi",   # uk
                    # Slovak, Lithuanian, Croatian, Latvian ('Tikšanās'), Slovene (tune146)
                    "stretnutie", "stretnutia", "susitikimas", "susitikimai", "sastanak",
                    "sastanci", "tiksana", "srecanje", "srecanja",
                    # the same languages (session 47; 'Ročišta', hearings, is EspoCRM's
                    # Serbian for its meetings): no Albanian 'takim', Turkish for a team
                    "sreshchy", "sreshcha", "rocista", "rociste", "rapat", "pertemuan",
                    "mesyuarat", "temujanji", "tapaaminen", "tapaamiset", "kokous",
                    "kokoukset", "kohtumine", "kohtumised", "koosolek", "koosolekud",
                    "synantisi", "synantisei", "cuoc hop", "lich hen", "reunio", "takimet",
                    "bilera", "bilerak"),
    "email": ("email", "e-mail", "mail", "mailing",   # a mailing: an e-mail sent (Outreach)
              "message"),   # a mailbox's messages (Nylas'): e-mails
    "task": ("task", "todo", "to-do", "aufgabe", "deadline", "follow-up", "followup", "reminder",
             "aufgaben", "tarea", "compito", "compiti", "taak", "tarefa", "tache", "action",
             "action item",
             "actionitem",   # a deadline, a reminder (Pipedrive's), an action item: to-dos
             "zadanie", "zadania", "ukol", "ukoly", "zadacha", "zadachy", "gorev", "gorevler",
             "sarcina", "sarcini",   # pl cs ru tr ro
             "uppgift", "uppgifter", "opgave", "opgaver", "gjoremal", "feladat", "feladatok",
             "zavdannia",   # sv da nb hu uk
             # the same languages (session 47), Serbian and Croatian
             "tugas", "tuga", "tugasan", "tehtava", "tehtavat", "ulesanne", "ulesanded", "ergasia",
             "ergasie", "cong viec", "nhiem vu", "tasque", "detyra", "detyrat", "zeregina",
             "zereginak", "zadatak", "zadaci"),
    "activity_note": ("note", "comment", "notiz", "notizen", "nota", "notitie", "notities"),
}
