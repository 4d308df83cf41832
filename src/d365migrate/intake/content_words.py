"""What a file's headers say when its name says nothing: header words of the common
European languages read as the English column names the kinds' signatures know.

A customer's admin panel may hand over ``Tabelle1.csv`` headed 'Vorname', 'Nachname',
'E-Mail-Adresse', 'Firma': discovery scores a file by its columns (``SIGNATURES`` in
:mod:`.kinds`), so these must read as 'firstname', 'lastname', 'email', 'company' there.
"""

from __future__ import annotations

import unicodedata

from d365migrate.intake.json_paths import path_leaves
from d365migrate.intake.kinds import col_norm

__all__ = ["folded", "content_columns", "HEADER_WORDS", "CJK_HEADER_WORDS"]

#: Header words (folded: lower-case ASCII letters and digits, accents dropped) of German,
#: French, Spanish, Italian, Dutch, Portuguese and Polish exports (a few Czech, Russian,
#: Turkish and Romanian ones) -> the English column name the kinds' signatures read. Words
#: that mean different things by language or file are left out ('nom', 'nombre' and 'nome'
#: are decided beside the other name columns).
HEADER_WORDS: dict[str, str] = {
    **dict.fromkeys(("vorname", "prenom", "voornaam", "primeironome", "nomeproprio",
                     "imie", "prenume",
                     # Czech 'Křestní jméno', Hungarian 'Keresztnév', Swedish 'Förnamn'
                     # (keys131: Dolibarr's contacts profile)
                     "krestnijmeno", "keresztnev", "fornamn",
                     # Danish and Norwegian 'Fornavn', Finnish 'Etunimi', Slovak 'Krstné
                     # meno' (tune147: Dolibarr's contacts profile)
                     "fornavn", "etunimi", "krstnemeno",
                     "jinalakwanza",   # Swahili 'Jina la kwanza'
                     # Malay's 'Nama awal' (GLPI's), Indonesian's 'Nama Depan' (CiviCRM's)
                     "namaawal", "namadepan"), "firstname"),   # Romanian too
    **dict.fromkeys(("nachname", "familienname", "apellido", "apellidos", "cognome",
                     "achternaam", "sobrenome", "apelido", "apelidos", "nomdefamille",
                     "nazwisko",
                     # Czech 'Příjmení', Russian 'Фамилия' (folded), Turkish 'Soyad(ı)'
                     "prijmeni", "famyliia", "famylyia", "soyad", "soyadi",
                     # Hungarian 'Vezetéknév', Swedish 'Efternamn' (keys131)
                     "vezeteknev", "efternamn",
                     # Greek 'Επίθετο' and 'Επώνυμο' (folded), a surname (keys136)
                     "epitheto", "eponymo",
                     # Danish and Norwegian 'Efternavn' / 'Etternavn', Finnish 'Sukunimi',
                     # Slovak 'Priezvisko' (tune147)
                     "efternavn", "etternavn", "sukunimi", "priezvisko",
                     "jinalafamilia",   # Swahili 'Jina la familia' (keys185)
                     # Malay's surname as GLPI writes it ('Nama panggilan'), Indonesian's
                     # last name ('Nama Akhir': CiviCRM's), keys184, keys188
                     "namapanggilan", "namaakhir"), "lastname"),
    **dict.fromkeys(("emailadresse", "mailadresse", "courriel", "adressemail",
                     "adresseemail", "adressecourriel", "correo", "correoelectronico",
                     "postaelettronica", "indirizzoemail", "emailadres", "enderecodeemail",
                     "enderecoemail", "mail", "eposta"), "email"),   # Turkish 'E-posta'
    **dict.fromkeys(("telefon", "telefonnummer", "telephone", "telefono", "telefoon",
                     "telefoonnummer", "telefone", "numerodetelephone", "tel",
                     "telefonos"), "phone"),   # Galician's phones ('Teléfonos', keys188)
    **dict.fromkeys(("handy", "mobiltelefon", "mobilnummer", "portable", "telephoneportable",
                     "movil", "telefonomovil", "cellulare", "mobiel", "mobielnummer",
                     "celular", "telemovel"), "mobilephone"),
    **dict.fromkeys(("firma", "firmenname", "unternehmen", "societe", "entreprise",
                     "raisonsociale", "empresa", "azienda", "ragionesociale", "bedrijf",
                     "bedrijfsnaam", "organisatie", "organizzazione", "organizacion",
                     "organizacao", "razaosocial", "nazwafirmy",
                     # a company's name in Czech, Russian ('Название компании', folded),
                     # Turkish, Hungarian and Swedish (keys131)
                     "nazevspolecnosti", "nazvanyekompanyy", "firmaadi", "cegnev",
                     "foretagetsnamn", "foretagsnamn",
                     # Danish 'Firmanavn', Finnish 'Yrityksen nimi', Romanian 'Denumirea
                     # companiei', Greek 'Όνομα εταιρίας' (folded), Slovak 'Názov
                     # spoločnosti' (tune147)
                     "firmanavn", "yrityksennimi", "denumireacompaniei", "onomaetairias",
                     "nazovspolocnosti",
                     "jinalakampuni"), "company"),   # Swahili 'Jina la kampuni' (keys185)
    **dict.fromkeys(("funktion", "fonction", "poste", "cargo", "puesto", "ruolo", "functie",
                     "funcao", "berufsbezeichnung", "titredupost", "stanowisko",
                     # a job in Swahili, Azerbaijani (keys185: Dolibarr's)
                     "nafasiyakazi", "ismovqeyi"),
                    "jobtitle"),
    **dict.fromkeys(("abteilung", "departement", "departamento", "reparto", "afdeling"),
                    "department"),
    **dict.fromkeys(("stadt", "ort", "wohnort", "ville", "ciudad", "localidad", "citta",
                     "localita", "comune", "plaats", "woonplaats", "stad", "cidade",
                     "localidade", "concelho", "miasto", "miejscowosc",
                     "jiji", "seher"), "city"),   # Swahili, Azerbaijani 'Şəhər' (keys185)
    **dict.fromkeys(("strasse", "adresse", "rue", "calle", "direccion", "indirizzo",
                     "straat", "adres", "rua", "endereco", "morada", "ulica",
                     # Swahili 'Anwani', Kazakh 'Мекенжай' (keys185: Dolibarr's address)
                     "anwani", "mekenzhai"), "street"),
    **dict.fromkeys(("land", "pays", "pais", "paese", "nazione"), "country"),
    **dict.fromkeys(("webseite", "internetseite", "homepage", "siteweb", "siteinternet",
                     "sitioweb", "paginaweb", "sitoweb", "sitointernet", "sito"), "website"),
    **dict.fromkeys(("branche", "industrie", "secteur", "secteurdactivite", "sector",
                     "settore", "setor", "ramo", "setordeatuacao"), "industry"),
    **dict.fromkeys(("mitarbeiter", "mitarbeiterzahl", "anzahlmitarbeiter", "effectif",
                     "nombredesalaries", "empleados", "numerodeempleados", "dipendenti",
                     "numerodipendenti", "medewerkers", "aantalmedewerkers", "funcionarios",
                     "numerodefuncionarios"), "employees"),
    **dict.fromkeys(("umsatz", "jahresumsatz", "chiffredaffaires", "ingresos",
                     "facturacion", "fatturato", "omzet", "jaaromzet", "faturamento",
                     "receita"), "annualrevenue"),
    **dict.fromkeys(("betrag", "montant", "importe", "importo", "bedrag", "valor", "wert",
                     "valeur", "valore", "waarde"), "amount"),
    **dict.fromkeys(("phase", "verkaufsphase", "etape", "etapa", "fase", "stadium", "etap",
                     "asama"),
                    "stage"),
    # a pipeline stage's own name (a stages file: 'Nome fase', 'Nazwa etapu', 'Nome do estágio')
    **dict.fromkeys(("nomefase", "nomedellafase", "nazwaetapu", "nomedoestagio",
                     "nombredelaetapa", "nomdeletape", "phasenname"), "stagename"),
    **dict.fromkeys(("abschlussdatum", "datedecloture", "datedefermeture",
                     "fechadecierre", "datachiusura", "sluitingsdatum",
                     "datadefechamento", "datadefecho"), "closedate"),
    # ('Warscheinlichkeit': German's common misspelling, as translators write it too)
    **dict.fromkeys(("wahrscheinlichkeit", "warscheinlichkeit", "probabilite",
                     "probabilidad", "probabilita", "kans", "waarschijnlijkheid",
                     "probabilidade"), "probability"),
    # a lead's status and source with the lead's word after, as Dutch writes them too
    # ('Status lead', 'Bron lead': coreBOS's Dutch, keys118)
    **dict.fromkeys(("statut", "estado", "stato", "estatus", "situacao", "statuslead",
                     "katastasi"), "status"),
    **dict.fromkeys(("quelle", "herkunft", "leadquelle", "origine", "origen", "fonte",
                     "bron", "herkomst", "origem", "sorgente", "bronlead", "leadbron"),
                    "source"),
    # ('Soggetto': software's Italian for a subject beside the usual 'Oggetto')
    **dict.fromkeys(("betreff", "sujet", "objet", "asunto", "oggetto", "soggetto",
                     "onderwerp", "assunto", "tema", "przedmiot", "thema",
                     "movzu"), "subject"),   # Azerbaijani 'Mövzu' (keys192: Redmine's)
    # a document's total and subtotal (a quote's, an order's, an invoice's)
    **dict.fromkeys(("gesamt", "gesamtbetrag", "gesamtsumme", "totale", "totaal",
                     "importototale", "totaalbedrag"), "total"),
    **dict.fromkeys(("zwischensumme", "soustotal", "subtotale", "subtotaal"), "subtotal"),
    # the date an order was placed (Attendize's Spanish 'Fecha del pedido'): the order's
    **dict.fromkeys(("fechadelpedido", "fechapedido", "datedecommande", "datedelacommande",
                     "bestelldatum", "datadellordine", "dataordine", "orderdatum",
                     "besteldatum", "datadopedido", "datadaencomenda"), "orderdate"),
    # the date an activity took place (a non-profit CRM's 'Date de l'activité')
    **dict.fromkeys(("datedelactivite", "dateactivite", "datumderaktivitat",
                     "aktivitatsdatum", "datumactiviteit", "activiteitsdatum",
                     "fechadelaactividad", "datadellattivita", "datadaatividade"),
                    "activitydate"),
    **dict.fromkeys(("falligkeit", "falligam", "falligkeitsdatum", "faelligkeitsdatum",
                     "echeance", "datedecheance", "fechadevencimiento", "vencimiento",
                     "fechalimite", "scadenza", "datadiscadenza", "vervaldatum", "prazo",
                     "datadevencimento", "datalimite",
                     # a card's due date as a board says it ('Fällig', 'Vence', 'À échéance':
                     # Wekan's; round X, keys352)
                     "fallig", "faellig", "vence", "aecheance"), "duedate"),

    **dict.fromkeys(("prioritat", "prioritaet", "priorite", "prioridad", "priorita",
                     "prioriteit", "prioridade", "priorytet", "pryorytet", "proteraiotita"),
                    "priority"),
    **dict.fromkeys(("beschreibung", "descripcion", "descrizione", "beschrijving",
                     "omschrijving", "descricao", "descriptif", "opis", "opysanye",
                     "perigrafi",
                     # Galician 'Descrición' (keys188), Azerbaijani 'Təsvir', Kazakh
                     # 'Сипаттама' (keys185: Dolibarr's products)
                     "descricion", "tesvir", "sypattama",
                     "beschrieb"),   # Swiss German (Easy Digital Downloads' de_CH-style)
                    "description"),
    **dict.fromkeys(("artikelnummer", "produktnummer", "codigodeproducto",
                     "codiceprodotto", "codiceartico", "codigodoproduto", "referenceproduit",
                     "artikelcode", "productcode",
                     # German 'Art.-Nr.', French 'UGS' (unité de gestion de stock: a SKU):
                     # Easy Digital Downloads' (keys385)
                     "artnr", "ugs"), "productcode"),
    **dict.fromkeys(("preis", "einzelpreis", "prix", "prixunitaire", "precio",
                     "preciounitario", "prezzo", "prezzounitario", "prijs", "preco",
                     # a unit price, tax excluded, in Azerbaijani, Bosnian (keys185)
                     "vahidqiymetixaric", "jedinicnacijenaneto"),
                    "price"),
    **dict.fromkeys(("menge", "anzahl", "quantite", "cantidad", "quantita", "aantal",
                     "hoeveelheid", "quantidade"), "quantity"),
    # a product's stock on hand and a catalogue item's title (SAP CAP's German and French
    # books: 'Titel', 'Preis'; 'Titre', 'Prix'; round Z27; Dutch 'Bestand' is a file)
    **dict.fromkeys(("lagerbestand", "existencias", "giacenza", "voorraad",
                     "estoque"), "stock"),
    **dict.fromkeys(("titel", "titre", "titulo", "titolo"), "title"),
    **dict.fromkeys(("geburtsdatum", "geburtstag", "datedenaissance", "fechadenacimiento",
                     "datadinascita", "geboortedatum", "datadenascimento"), "birthdate"),
    **dict.fromkeys(("benutzername", "nomdutilisateur", "nombredeusuario", "nomeutente",
                     "gebruikersnaam", "nomedeusuario"), "username"),
    # the user a record is assigned to ('Zugeordnet zu', 'Assignée À', 'Asignado A'), in
    # the feminine too where the record is ('Assegnata A': la pratica, la campagna)
    **dict.fromkeys(("zugeordnetzu", "zugewiesenan", "assignea", "assigneea", "attribuea",
                     "attribueea", "asignadoa", "asignadaa", "assegnatoa", "assegnataa",
                     "toegewezenaan", "atribuidoa", "atribuidaa", "przypisanydo",
                     "przypisanado",
                     # Russian 'Назначено на', Greek 'Ανατέθηκε σε' and X2CRM's Greek
                     # 'Διευθετείται από' (is arranged by), folded to Latin letters
                     "naznachenona", "anatethikese", "dieytheteitaiapo",
                     # said alone ('Zugewiesen', 'Asignado': Wekan's card assignee)
                     "zugewiesen", "asignado", "asignada", "assegnato", "toegewezen",
                     "atribuido", "intervenant"), "assignedto"),
    **dict.fromkeys(("rolle", "rol", "perfil"), "role"),
    **dict.fromkeys(("aktiv", "actif", "activo", "attivo", "actief", "ativo"), "active"),
}

#: Who asked for a ticket, a help desk's requester (GLPI's 'Solicitante', 'Aanvrager',
#: 'Anforderer', 'Demandeur', 'Requerente', Catalan 'Sol·licitant'), folded: read by
#: discovery only, as a ticket's sign (a map reads the column by its whole header).
_REQUESTERS = frozenset({"requester", "solicitante", "aanvrager", "anforderer", "demandeur",
                         "requerente", "sollicitant"})

#: Header words of Japanese (written whole, NFKC): Japanese folds to no letters at all.
CJK_HEADER_WORDS: dict[str, str] = {
    "割り当て": "assignedto", "担当者": "assignedto", "説明": "description",
    "状態": "status", "ステータス": "status", "件名": "subject", "期日": "duedate",
    "優先度": "priority", "完了": "completed",
    "ケース": "casenumber", "ケース番号": "casenumber",   # a case's number, its key
    # Chinese, Korean, Hebrew and Persian (keys135: X2CRM's labels; these scripts fold to no
    # letters either): the assignee, the subject, priority, a due date, status, description
    **dict.fromkeys(("分配给", "에 할당", "משויך אל", "واگذار شده به"), "assignedto"),
    **dict.fromkeys(("主题", "제목", "נושא", "موضوع"), "subject"),
    **dict.fromkeys(("优先级", "우선", "우선순위", "עדיפות", "اولویت"), "priority"),
    **dict.fromkeys(("到期日", "마감일", "תאריך הגשה"), "duedate"),
    **dict.fromkeys(("状态", "지위", "מצב", "وضعیت"), "status"),
    **dict.fromkeys(("说明", "기술", "תאור", "תיאור", "توضیحات"), "description"),
    **dict.fromkeys(("完成", "완전한", "להשלים", "کامل"), "completed"),
    # an organisation in Japanese and Simplified Chinese (iTop's '組織->名前', '组织->名称':
    # a person's organisation, by name; keys137)
    "組織": "organization", "组织": "organization",
}

#: A person's given name, in the languages where the same word is a whole name alone
#: ('Nom' beside 'Prénom' is the surname; alone, a company's or a person's name).
_NAME_BESIDE_GIVEN = ("nom", "nombre", "nome", "name", "naam",
                      # Russian 'Имя' (folded) and Turkish 'Adı': the given name beside
                      # 'Фамилия' / 'Soyadı', alone the record's name (keys131: Dolibarr)
                      "ymia", "adi",
                      # Romanian 'Nume' beside 'Prenume', Greek 'Όνομα' (folded) beside
                      # 'Επίθετο' (tune147: Dolibarr)
                      "nume", "onoma")

def folded(header: str) -> str:
    """A header as lower-case ASCII letters and digits, accents dropped ('Prénom' ->
    'prenom', 'Straße' -> 'strasse', 'E-Mail-Adresse' -> 'emailadresse')."""
    return col_norm(header)   # col_norm drops accents, not letters


def content_columns(columns: list[str]) -> set[str]:
    """The English column names a file's headers stand for, beyond their own names: the
    European header words of :data:`HEADER_WORDS`, and a whole-name column beside a given
    name read as the surname ('Vorname' and 'Name'), a JSON path's last field."""
    by_header = {c: folded(c) for c in columns}
    out = {HEADER_WORDS[f] for f in by_header.values() if f in HEADER_WORDS}
    # a ticket's requester, whole or as the group of a field ('Solicitante - Escritor',
    # GLPI's requester group's writer)
    if any(folded(c.split(" - ")[0]) in _REQUESTERS for c in columns):
        out.add("requester")
    out |= {CJK_HEADER_WORDS[k] for k in (unicodedata.normalize("NFKC", c).strip()
                                          for c in columns) if k in CJK_HEADER_WORDS}
    words = set(by_header.values())
    if "firstname" in out | words and "lastname" not in out | words:
        if words & set(_NAME_BESIDE_GIVEN):
            out.add("lastname")   # 'Vorname' and 'Name', 'Prénom' and 'Nom', 'Nome'...
    elif "lastname" in out and words & set(_NAME_BESIDE_GIVEN):
        out.add("firstname")      # 'Nombre' and 'Apellidos', 'Nome' and 'Cognome'
    elif words & set(_NAME_BESIDE_GIVEN):
        out.add("name")           # 'Nom', 'Naam' alone: the record's name
    return out | path_leaves(columns)   # lexoffice's 'price.netPrice': a 'netprice'
