"""Words that name an object kind in the common European languages, as a file or table of a
customer's export is called ('Firmen.csv', 'Sociétés', 'Oportunidades', 'Taken').

Written as discovery normalises names (lower-case ASCII, accents dropped, an English plural's
final 's' dropped: 'Sociétés' -> 'societe', 'ies' read as 'y': 'Notities' -> 'notity'), so
both a singular and a plural that does not end in 's' are listed ('kontakt', 'kontakte').
A word that is also English for something else is left out ('chance', 'persona'), and so is a
word a column of another kind is named by (Dutch 'kans' is a deal's probability).
"""

from __future__ import annotations

from importlib import resources

import yaml

__all__ = ["ALONE_NAME_WORDS", "EASTERN_NAME_WORDS", "FOREIGN_NAME_WORDS",
           "HARVESTED_NAME_WORDS", "HARVESTED_WORDS", "HEAD_FIRST_WORDS", "TWO_KIND_NAMES",
           "NORTHERN_NAME_WORDS", "WHOLE_WORDS_ONLY"]

#: A file's name one language's CRMs give two kinds (normalised) -> those kinds, the first
#: taken when the file's columns fit both alike: Russian 'Обращения' (requests) is vtiger's
#: and YetiForce's word for leads and EspoCRM's for cases (discover.py: the columns decide).
TWO_KIND_NAMES: dict[str, tuple[str, ...]] = {"obrashchenyia": ("ticket", "lead"),
                                              "obrashchenye": ("ticket", "lead")}

#: Words that name a kind only as a file's whole name: French 'Tiers' (third parties,
#: Tryton's parties) is English for levels too ('account_tiers' are no accounts); Dutch
#: 'Relaties' (relations, Tryton's parties) names a relationship in a column ('Relatie-ID':
#: CiviCRM's, no account).
ALONE_NAME_WORDS: dict[str, str] = {"tier": "account", "relaty": "account",
                                    "relatie": "account",
                                    # Swedish 'Kund' (a customer: ERPNext's), too short to
                                    # be read inside a longer name
                                    "kund": "account",
                                    # who asks a service desk (ServiceDesk Plus' requesters,
                                    # Planhat's and Zendesk's end users): contacts; as a
                                    # column's word ('Demandé par') a requester is no link
                                    "requester": "contact", "enduser": "contact",
                                    # an automated series of e-mails (Kit's, Outreach's
                                    # sequences); as a column's word a sort order
                                    "sequence": "campaign",
                                    # a shop's or creator's sales (Kit's purchases and their
                                    # products); 'purchase_data' (QuickBooks' bills) no
                                    "purchase": "order", "purchaseproduct": "order_line",
                                    # a help desk's stored answers (LiveChat's): templates
                                    "cannedresponse": "email_template",
                                    "savedreply": "email_template",
                                    # a mailing list's recipients (SparkPost's): its people;
                                    # as a column's word an e-mail's To
                                    "recipient": "contact",
                                    # a live chat's visitors (Rocket.Chat's): people; as a
                                    # column's word a web visit ('attendees' stays the
                                    # columns': a meeting's links to people are no people)
                                    "visitor": "contact",
                                    # a phone system's extensions (RingCentral's): its users'
                                    # lines; a conversation's thread of texts: the
                                    # conversation (a message in it is a ticket message)
                                    "extension": "user", "messagethread": "ticket"}
#: ('rewards' names no kind: Patreon's are tiers sold each month, products; Toast's are
#: discounts a guest redeems, no product: round Z44 held out, keys563.)

#: Object kind -> normalised words of German, French, Spanish, Italian, Dutch and Portuguese
#: (and, for a few kinds, Polish, Czech, Russian in Latin letters, Turkish, Romanian and
#: Hungarian).
FOREIGN_NAME_WORDS: dict[str, set[str]] = {
    "account": {"firmen", "kunden", "organisation", "organisationen", "societe", "compte",
                "cuenta", "cliente", "aziende", "clienti", "bedrijven", "organisatie",
                "organisaties", "organisaty", "klant", "klanten", "conta", "organizzazione",
                "organizzazioni", "organizacion", "organizacione", "empresa", "entreprise",
                "organizacao", "organizacoe",   # Portuguese 'Organização', 'Organizações'
                "anagrafica", "anagrafiche",    # the Italian register of parties
                "partij", "partijen",           # the Dutch: a party, a person or a company
                "partei", "parteien",           # the German (Tryton's 'Parteien', keys261)
                "tercero",                      # Spanish 'Terceros', third parties (Tryton's)
                "controparti", "controparte",   # Italian counterparties (Tryton's)
                # an organisation in Polish, Czech, Russian (read in Latin letters:
                # 'Организация', 'Организации'), Turkish ('Kuruluş'), an institution in Turkish
                # ('Kurum'), an organisation in Hungarian ('Szervezet', 'Szervezetek')
                "organizacja", "organizacje", "organizace", "orhanyzatsyia", "orhanyzatsyy",
                "kurulus", "kuruluslar", "kurum", "kurumlar", "szervezet", "szervezetek"},
    "contact": {"kontakte", "personen", "ansprechpartner", "personne", "contacto",
                "contatto", "contatti", "persone", "contacten", "contactpersoon", "persoon",
                "contactpersonen", "contato", "pessoa",
                # a person in Czech and Polish ('Osoba', 'Osoby') and Turkish ('Kişi',
                # 'Kişiler'), a contact person in Hungarian ('Kapcsolattartó'), contacts in
                # the Slavic languages ('Kontakty', 'Контакты')
                "osoba", "osoby", "kisi", "kisiler", "kapcsolattarto", "kapcsolattartok",
                "kontakty"},
    # potential customers, a name read whole ('Clientes potenciales' is no file of accounts)
    "lead": {"interessenten", "piste", "prospecto", "prospeccao", "clientespotenciale",
             "potenzialiclienti", "potenciaiscliente", "clientspotentiel", "potentialcustomer",
             "posiblescliente",             # Spanish 'Posibles clientes', possible customers
             "precontacto",                 # Spanish 'Pre-Contactos' (vtiger's, coreBOS's)
             "potenciale",                  # YetiForce's Spanish 'Potenciales' (keys256)
             "piombi"},   # Axelor's Italian 'Piombi': 'Leads' translated as the metal (keys179)
    "deal": {"verkaufschancen", "chancen", "opportunite", "oportunidade",
             "oportunidad", "negocio", "opportunita", "trattativa", "trattative",
             "verkoopkans", "verkoopkansen", "kansen", "affaire"},
    "task": {"teilaufgabe", "teilaufgaben", "subtarea", "subtarefa", "deeltaak", "deeltaken",
             "sottoattivita",   # subtasks (Kanboard's 'Teilaufgaben', 'Subtareas': keys320)
             "aufgaben", "tache", "tach", "attivitadafare", "cosedafare", "tarea", "compiti",
             "taak", "taken", "tarefa", "internetaak", "internetaken"},   # Dutch 'interne taak'
    "activity": {"termin", "termine", "anruf", "anrufe", "aktivitat", "aktivitaten",
                 "besprechung", "besprechungen", "rendez", "appel", "activite", "cita",
                 "llamada", "actividad", "actividade", "appuntamento", "appuntamenti",
                 "chiamata", "chiamate", "afspraak", "afspraken", "activiteit", "activiteiten",
                 "compromisso", "atividade", "reunione", "riunione", "riunioni", "reunion",
                 "evenement", "evento", "eventi", "telefonata", "telefonate", "ligacoe",
                 "chamada", "attivita", "intervento", "interventi",
                 # Dutch: a customer contact, a contact moment (a call, an e-mail, a visit)
                 "klantcontact", "klantcontacten", "contactmoment", "contactmomenten",
                 # a meeting in Dutch, Portuguese ('Reuniões'), French ('Rendez-vous', its
                 # words glued, read whole); a Dutch conversation, a call
                 "vergadering", "vergaderingen", "reuniao", "reunioe", "rendezvous",
                 "gesprek", "gesprekken"},
    "note": {"notizen", "notitie", "notity", "nota"},
    "user": {"mitarbeiter", "utente", "utenti", "gebruiker", "gebruikers", "usuario",
             "utilizador", "utilizadore", "utilisateur", "benutzer",
             # a user in Polish, Czech, Russian (folded: 'Пользователи'), Turkish, Romanian
             "uzytkownik", "uzytkownicy", "uzivatel", "uzivatele", "uzivatelu", "polzovatel",
             "polzovately", "kullanici", "kullanicilar", "utilizator", "utilizatori"},
    "ticket": {"anfrage", "anfragen", "demande", "incidencia", "caso", "richiesta", "richieste",
               "melding", "meldingen", "chamado", "supportanfrage", "vorgang", "vorgange",
               "falle", "casi",    # a support case: German 'Fälle', Italian 'Casi' (plurals)
               # Spanish 'Peticiones', 'Solicitudes': requests, as French 'Demandes'
               "peticion", "peticione", "solicitud", "solicitude",
               # a service desk's request in Polish ('Zgłoszenia'), Czech ('Požadavky', its
               # genitive 'Požadavků'), Russian ('Заявки', folded); a Romanian 'tichet'
               "zgloszenie", "zgloszenia", "pozadavek", "pozadavky", "pozadavku", "zaiavka",
               "zaiavky", "tichet", "tichete"},
    "product": {"produkte", "produit", "producto", "prodotto", "prodotti", "product",
                "producten", "produto", "artikel", "articolo", "articoli",
                # a Spanish 'Artículos' (Crater's items, a shop's catalogue)
                "articulo",
                "iten", "itens"},   # Portuguese 'Itens' (InvoiceShelf's items, round Z7)
    # an Italian 'listino' (prezzi), a Dutch 'prijslijst': what each product costs
    "price_list": {"listino", "listini", "listinoprezzi", "prijslijst", "prijslijsten",
                   "tabeladepreco", "listadeprecio"},
    "quote": {"angebote", "devi", "presupuesto", "preventivo", "preventivi", "offerte",
              "offertes", "orcamento", "cotizacione", "cotizacion", "cotacao", "cotacoe"},
    "order": {"auftrag", "auftrage", "bestellung", "bestellungen", "commande", "pedido",
              "ordine", "ordini", "bestelling", "bestellingen", "encomenda"},
    "campaign": {"kampagne", "kampagnen", "campagne", "campana", "campagna", "campanha"},
}

#: Kind words of Polish, Czech, Russian (in Latin letters as discovery folds Cyrillic:
#: 'Сделки' -> 'sdelky'), Turkish and Romanian (and Swedish, Danish, Norwegian, Hungarian,
#: Ukrainian: keys132), one block a language (keys122, EspoCRM's
#: entity names in these languages; a name of two words glued: 'Szanse sprzedaży' ->
#: 'szansesprzedazy'). Words of four letters or fewer are left out ('olay', 'apel', 'lid'):
#: too short to name a file surely.
EASTERN_NAME_WORDS: dict[str, dict[str, set[str]]] = {
    "pl": {"account": {"klienci", "klient", "firmy",
                       # a counterparty, YetiForce's Polish word for an account ('Kontrahenci')
                       "kontrahenci", "kontrahent"},
           "contact": {"kontakty"},
           # Axelor's Polish 'Ołowiane': 'Leads' translated as the metal, as Italian's
           # 'Piombi' (keys191)
           "lead": {"potencjalnekontakty", "potencjalnykontakt", "olowiane",
                    "leady",    # YetiForce's Polish, the English word with a Polish plural
                    # potential customers, read whole (vtiger's 'Potencjalni_Klienci')
                    "potencjalniklienci", "potencjalnyklient"},
           # opportunities as Axelor's Polish grid titles them ('Możliwości'), keys191
           "deal": {"szansesprzedazy", "szansasprzedazy", "mozliwosci"},
           "ticket": {"sprawy", "sprawa", "zgloszenia", "zgloszenie"},
           # CiviCRM's Polish word for an activity, an interaction (keys161); events
           # ('Wydarzenia': Axelor's calendar, keys191)
           "activity": {"spotkania", "spotkanie", "rozmowy", "rozmowa", "interakcja",
                        "interakcje", "interakcji", "wydarzenia", "wydarzenie"},
           "task": {"zadania", "zadanie"}},
    "cs": {"account": {"organizace"},
           "lead": {"potencial", "potencialy"},
           "deal": {"obchodniprilezitosti", "obchodniprilezitost", "prilezitosti"},
           "ticket": {"servisnipozadavky", "servisnipozadavek", "pozadavky"},
           "activity": {"schuzky", "schuzka", "volani", "hovory", "hovor"},
           "task": {"ukoly"}},
    "ru": {"account": {"kontrahenty", "kontrahent", "kompanyy", "kompanyia"},
           "contact": {"kontakty"},
           "lead": {"lydy", "zatsepky"},   # Axelor's 'Зацепки' (hooks: keys191's leads)
           "deal": {"sdelky", "sdelka"},
           "ticket": {"obrashchenyia", "obrashchenye"},
           "activity": {"vstrechy", "vstrecha", "zvonky", "zvonok",
                        "sobytyia", "sobytye"},   # events ('События': Axelor's calendar)
           "task": {"zadachy", "zadacha"}},
    "tr": {"account": {"firmalar", "hesap", "hesaplar",   # a firm; an account ('Hesap')
                       "musteri", "musteriler"},   # a customer (ERPNext's 'Müşteri', keys204)
           "contact": {"kisiler"},
           # a potential customer, read whole ('Potansiyel_Müşteri': ERPNext's leads)
           "lead": {"potansiyeller", "potansiyel", "potansiyelmusteri",
                    "potansiyelmusteriler"},
           "deal": {"firsatlar", "firsat"},
           "ticket": {"olaylar"},
           "activity": {"toplantilar", "toplanti", "aramalar"},
           "task": {"gorevler", "gorev"}},
    # an organisation in Slovak ('Organizácia', 'Organizácie'; keys137, iTop's class label);
    # a request ('Požiadavky', as Czech 'Požadavky'), users ('Používatelia'), leads as
    # 'first contacts' ('Prvé kontakty', read whole), tune146 (GLPI's, EspoCRM's Slovak)
    "sk": {"account": {"organizacia", "organizacie"},
           "ticket": {"poziadavky", "poziadavka", "poziadaviek"},
           "user": {"pouzivatelia", "pouzivatel"},
           "lead": {"prvekontakty", "prvykontakt"}},
    # tune146: Hungarian reports ('Bejelentések', GLPI's tickets); Catalan incidents
    # ('Incidències', read as 'incidency') and users ('Usuaris'); Latvian potential customers
    # ('Potenciālais klients', 'Potenciālie klienti', read whole: EspoCRM's leads);
    # Ukrainian organisations ('Організації', the Russian word's twin)
    "ca": {"ticket": {"incidency"}, "user": {"usuaris", "usuari"},
           # 'Activitats' (keys168: CiviCRM's activity search); calls ('Trucades', session 47)
           "activity": {"activitat", "trucade", "trucada"},
           # third parties and opportunities (Tryton's Catalan 'Tercers', 'Iniciatives i
           # oportunitats': keys261)
           "account": {"tercers", "tercer"}, "deal": {"oportunitat", "oportunitats"},
           "task": {"tasque"}},   # 'Tasques' (session 47)
    # users in Lithuanian, Latvian and Slovenian ('Vartotojai', 'Lietotāji', 'Uporabniki';
    # GLPI's, whose Slovenian title is the genitive 'Uporabnika')
    "lt": {"user": {"vartotojai", "vartotojas"}},
    "sl": {"user": {"uporabniki", "uporabnika"}},
    "lv": {"lead": {"potencialaisklient", "potencialieklienti"},
           "user": {"lietotaji", "lietotajs"},
           # an activity, activities' ('Aktivitātes', 'aktivitāšu': CiviCRM's, keys184)
           "activity": {"aktivitate", "aktivitasu"}},
    # keys184-188: Estonian, Indonesian and Malay activities, contacts and tickets
    # (CiviCRM's 'tegevuse otsing', 'kontakti otsing', 'Pencarian Aktivitas', 'ID Kegiatan';
    # GLPI's Malay 'tiket tiket', a plural written twice, and 'Hubungan', its contacts),
    # Galician assistance requests ('Asistencias': GLPI's tickets)
    "et": {"activity": {"tegevus", "tegevuse",
                        # meetings and calls ('Kohtumised', 'Koosolekud', 'Kõned': session 47)
                        "kohtumine", "kohtumised", "koosolek", "koosolekud", "koned"},
           "contact": {"kontakti"},
           # parties and opportunities (Tryton's Estonian 'Osapooled', 'Potensiaalid ja
           # võimalused', round O)
           "account": {"osapool", "osapooled"}, "deal": {"voimalus", "voimalused"}},
    # a ticket in Uzbek (Frappe Helpdesk's 'HD chipta', round O)
    "uz": {"ticket": {"chipta", "chiptalar"}},
    "id": {"activity": {"aktivita", "kegiatan",
                        # meetings and calls (session 47: EspoCRM's 'rapat', 'panggilan')
                        "rapat", "pertemuan", "panggilan", "panggilantelepon"},
           "lead": {"prospek"}},   # a prospect (ERPNext's Indonesian leads, 'Prospek')
    "ms": {"ticket": {"tiket", "tikettiket"}, "contact": {"hubungan"},
           "activity": {"mesyuarat", "temujanji"}},   # a meeting, an appointment
    # Bulgarian meetings and calls ('Срещи', 'Обаждания': EspoCRM's, session 47); Albanian
    # meetings, calls and tasks ('Takimet', 'Thirrjet', 'Detyrat'; not 'takim': Turkish for
    # a team); Basque meetings, calls, tasks ('Bilerak', 'Deiak', 'Zereginak')
    "bg": {"activity": {"sreshchy", "sreshcha", "obazhdanyia", "obazhdane"}},
    "sq": {"activity": {"takimet", "thirrjet", "thirrje"}, "task": {"detyrat", "detyra"}},
    "eu": {"activity": {"bilerak", "bilera", "deiak"},
           "task": {"zereginak", "zeregina"}},
    "gl": {"ticket": {"asistencia"}},
    # Azerbaijani users ('İstifadəçilər'): the harvested 'istifadci' was folded before the
    # fold read the schwa as 'e'
    "az": {"user": {"istifadeci", "istifadeciler"}},
    # Serbian, Croatian contacts in the genitive plural ('Pretraga CiviCRM kontakata': a
    # search of contacts, keys201) and the nominative plural
    "sr": {"contact": {"kontakata", "kontakti"},
           # meetings (EspoCRM's 'Ročišta', hearings; 'Sastanci'), calls ('Pozivi'), a
           # task ('Zadatak'; 'Zadaci' is read already), session 47
           "activity": {"rocista", "rociste", "sastanci", "sastanak", "pozivi"},
           "task": {"zadatak"},
           # a buyer (ERPNext's customers 'Купац', folded 'kupat'; Latin 'Kupac', 'Kupci'),
           # a potential client, read whole (its leads 'Потенцијални_клијент')
           "account": {"kupac", "kupci", "kupat"},
           # a ticket ('тикет', folded: Frappe Helpdesk's 'HD тикет', round O)
           "ticket": {"tyket", "tyketi", "tiket", "tiketi"},   # GLPI's Latin 'Tiketi' too
           "lead": {"potencijalniklijent", "potencijalniklijenti", "potentsyjalnyklyjent",
                    "potentsyjalnyklyjenty"}},
    "ro": {"account": {"conturi"},
           "contact": {"contacte"},
           "lead": {"leaduri"},
           "deal": {"oportunitati", "oportunitate"},
           "ticket": {"cazuri"},
           "activity": {"intalniri", "intalnire", "apeluri"},
           "task": {"sarcini", "sarcina"}},
    # keys132, EspoCRM's entity names in Swedish, Danish, Norwegian, Hungarian and Ukrainian
    # (Hungarian's calls 'felhívja' and cases 'Olyan esetek,' as EspoCRM writes them)
    "sv": {"account": {"konton", "konto", "kunder"},
           # a potential customer, read whole (ERPNext's leads 'Potentiell_Kund')
           "lead": {"potentiellkund", "potentiellakunder"},
           "deal": {"mojligheter", "mojlighet"},
           "ticket": {"arenden", "arende"},
           "activity": {"moten", "samtal"},
           "task": {"uppgifter", "uppgift"}},
    "da": {"account": {"konti"},
           "deal": {"muligheder", "mulighed"},
           "ticket": {"sager"},
           "activity": {"moder", "opkald"},
           "task": {"opgaver", "opgave"}},
    "nb": {"account": {"kontoer"},
           "lead": {"ledetrader", "ledetrad"},
           "deal": {"muligheter", "mulighet"},
           "ticket": {"saker"},
           "activity": {"moter", "samtaler"},
           "task": {"gjoremal"}},
    "hu": {"account": {"fiokok"},
           "contact": {"kapcsolatok", "kapcsolat"},
           # customer candidates (vtiger's Hungarian leads, 'Vevőjelöltek': session 47)
           "lead": {"vevojelolt", "vevojeloltek"},
           "deal": {"lehetosegek", "lehetoseg"},
           "ticket": {"esetek", "ugyek", "bejelentesek", "bejelentes"},
           "activity": {"talalkozok", "talalkozo", "hivasok", "felhivja"},
           "task": {"feladatok", "feladat"}},
    # Vietnamese, folded ('Các liên hệ': the contacts, 'Các' making the plural; 'Khách hàng
    # tiềm năng': potential customers; 'Sự kiện': events; 'Người dùng': users), GLPI's and
    # Axelor's (round K, keys240 and keys244; in-sample in session 39)
    "vi": {"contact": {"lienhe", "caclienhe"},
           "user": {"nguoidung", "cacnguoidung"},
           "lead": {"khachhangtiemnang"},
           "activity": {"sukien", "cacsukien",
                        # meetings, calls, appointments ('Cuộc họp', 'Cuộc gọi', 'Lịch
                        # hẹn'), tasks ('Công việc', 'Nhiệm vụ'): session 47
                        "cuochop", "caccuochop", "cuocgoi", "caccuocgoi", "lichhen"},
           "task": {"congviec", "nhiemvu"}},
    # Mongolian, folded: ERPNext's ('Хар тугалга': Leads translated as the metal, as
    # Axelor's Italian 'Piombi'; 'Холбоо барих': contact; 'Хэрэглэгч': users), round K,
    # keys239; in-sample in session 39
    "mn": {"lead": {"khartuhalha"}, "contact": {"kholboobarykh"}, "user": {"kherehlehch"}},
    "uk": {"account": {"kontrahenty", "kontrahent", "orhanizatsii", "orhanizatsiia"},
           "contact": {"kontakty"},
           "lead": {"lidy"},
           "deal": {"uhody", "uhoda"},
           "ticket": {"zvernennia"},
           # an activity ('Діяльність', its genitive 'діяльності': CiviCRM's, keys175)
           "activity": {"zustrichi", "zustrich", "dzvinky", "dzvinok", "diialnist",
                        "diialnosti"},
           "task": {"zavdannia"}},
}
#: Kind words of the Nordic languages and Greek (Greek folded to Latin letters as discovery
#: folds it: 'Χρήστες' -> 'christe'), the same way (keys136, a service desk's lists): a case
#: or matter (Swedish 'Ärende', Danish 'Sag', Norwegian 'Sak': each language's word for a
#: support ticket), a Finnish 'Tiketti', a Greek request ('Αίτημα'); a user; a Greek contact
#: ('Επαφή'). The words of four letters or fewer ('sag', 'sak') are left out, as above.
NORTHERN_NAME_WORDS: dict[str, dict[str, set[str]]] = {
    "sv": {"ticket": {"arende", "arenden"}, "user": {"anvandare"},
           # organisations; leads as wires ('ledningar', vtiger's Swedish, read whole, as
           # Italian's 'Piombi'): round O
           "account": {"organisationer"}, "lead": {"ledningar"}},
    "da": {"ticket": {"sager"}, "user": {"bruger", "brugere"}},
    "nb": {"ticket": {"saker"}, "user": {"bruker", "brukere"}},
    "fi": {"ticket": {"tiketti", "tiketit"}, "user": {"kayttaja", "kayttajat"},
           "activity": {"aktiviteetti", "aktiviteetin",   # an activity, an activity's
                        # meetings and calls (session 47)
                        "tapaaminen", "tapaamiset", "kokous", "kokoukset", "puhelu",
                        "puhelut"}},
    "el": {"ticket": {"aitima", "aitimata"}, "user": {"christis", "christe"},
           "contact": {"epafi", "epafe"},
           # an activity ('Δραστηριότητα', 'Δραστηριότητας': CiviCRM's, keys175)
           "activity": {"drastiriotita", "drastiriotitas", "drastiriotites",
                        # meetings and calls ('Συναντήσεις', 'Κλήσεις': session 47)
                        "synantiseis", "synantisi", "kliseis"}},
}


def _harvested() -> dict[str, dict[str, set[str]]]:
    """Kind words harvested from other programs' translation catalogs (``data/
    harvested_kinds.yml``, written by ``d365migrate vocabulary harvest``): Estonian
    'Kasutajad', Finnish 'Asiakkaat', Greek 'Πελάτες'. Read as whole words only: a harvested
    word was reviewed, not weighed against every English word it might start."""
    text = (resources.files("d365migrate.intake") / "data" / "harvested_kinds.yml").read_text(
        "utf-8")
    raw = yaml.safe_load(text) or {}
    return {str(lang): {str(k): {str(w) for w in ws} for k, ws in kinds.items()}
            for lang, kinds in raw.items()}


HARVESTED_NAME_WORDS = _harvested()
for _words in (*EASTERN_NAME_WORDS.values(), *NORTHERN_NAME_WORDS.values(),
               *HARVESTED_NAME_WORDS.values()):
    for _kind, _these in _words.items():
        FOREIGN_NAME_WORDS.setdefault(_kind, set()).update(_these)

#: Kind words of the Romance languages, which write the head noun first: 'listini cliente'
#: (a customer's price lists), 'contatti aziende' (the companies' contacts), where English
#: and German put it last ('customer_price_lists', 'Firmenkontakte').
HEAD_FIRST_WORDS: frozenset[str] = frozenset({
    "societe", "compte", "cuenta", "cliente", "clienti", "aziende", "conta", "empresa",
    "anagrafica", "anagrafiche",
    "entreprise", "organizzazione", "organizzazioni", "organizacion", "organizacione",
    "organizacao", "organizacoe",
    "personne", "contacto", "contatto", "contatti", "persone", "contato", "pessoa",
    "piste", "prospecto", "prospeccao",
    "opportunite", "oportunidade", "oportunidad", "negocio", "opportunita", "trattativa",
    "trattative", "affaire",
    "tache", "tarea", "compiti", "tarefa",
    "activite", "cita", "llamada", "actividad", "actividade", "appuntamento",
    "appuntamenti", "chiamata", "chiamate", "compromisso", "atividade", "riunione",
    "riunioni", "reunion", "evenement", "evento", "eventi", "telefonata", "telefonate",
    "chamada", "attivita", "intervento", "interventi",
    "utente", "utenti", "usuario", "utilizador", "utilisateur",
    "demande", "incidencia", "caso", "casi", "richiesta", "richieste", "chamado",
    "produit", "producto", "prodotto", "prodotti", "produto", "articolo", "articoli",
    "articulo",
    "devi", "presupuesto", "preventivo", "preventivi", "orcamento", "cotizacion",
    "cotacao",
    "commande", "pedido", "ordine", "ordini", "encomenda",
    "campagne", "campana", "campagna", "campanha",
    "listino", "listini", "listinoprezzi", "tabeladepreco", "listadeprecio"})

#: Normalised words that begin common English words: the French 'devis' (a quote), its final
#: 's' dropped, is 'devi', the start of 'device', 'deviation', 'devil'. They name their kind as
#: a whole word ('Devis', 'devis_clients'), never as the start of a longer one ('Devices'
#: are no quotes; nor is a 'Casino' a set of Italian cases, 'casi').
#: Greek 'Χρήστες' (users) folds to 'christe', the start of 'Christensen', 'Christer'.
WHOLE_WORDS_ONLY: frozenset[str] = frozenset({
    "devi", "casi",    # 'Casino' is no case
    "moder", "konti",  # Danish meetings, accounts: no 'Moderators', no 'Kontinent'
    "christe"})
#: The harvested kind words (:func:`_harvested`): read whole, or with an inflection's ending
#: of three letters or fewer ('pouzivatel' in 'Používatelia', 'asiakkaat'), never as the
#: start of a longer word: a harvested word was reviewed, not weighed against every English
#: word it might start.
HARVESTED_WORDS: frozenset[str] = frozenset(
    w for _kinds in HARVESTED_NAME_WORDS.values() for _ws in _kinds.values() for w in _ws)
