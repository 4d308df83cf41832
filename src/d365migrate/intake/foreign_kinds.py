"""Words that name an object kind in the common European languages, as a file or table of a
customer's export is called ('Firmen.csv', 'Sociétés', 'Oportunidades', 'Taken').

Written as discovery normalises names (lower-case ASCII, accents dropped, an English plural's
final 's' dropped: 'Sociétés' -> 'societe', 'ies' read as 'y': 'Notities' -> 'notity'), so
both a singular and a plural that does not end in 's' are listed ('kontakt', 'kontakte').
A word that is also English for something else is left out ('chance', 'persona'), and so is a
word a column of another kind is named by (Dutch 'kans' is a deal's probability).
"""

from __future__ import annotations

__all__ = ["FOREIGN_NAME_WORDS"]

#: Object kind -> normalised words of German, French, Spanish, Italian, Dutch and Portuguese.
FOREIGN_NAME_WORDS: dict[str, set[str]] = {
    "account": {"firmen", "kunden", "organisation", "organisationen", "societe", "compte",
                "cuenta", "cliente", "aziende", "clienti", "bedrijven", "organisatie",
                "organisaties", "organisaty", "klant", "klanten", "conta", "organizzazione",
                "organizzazioni", "organizacion", "organizacione", "empresa", "entreprise"},
    "contact": {"kontakte", "personen", "ansprechpartner", "personne", "contacto",
                "contatto", "contatti", "persone", "contacten", "contactpersoon",
                "contactpersonen", "contato", "pessoa"},
    "lead": {"interessenten", "piste", "prospecto", "prospeccao"},
    "deal": {"verkaufschancen", "chancen", "opportunite", "oportunidade",
             "oportunidad", "negocio", "opportunita", "trattativa", "trattative",
             "verkoopkans", "verkoopkansen", "kansen", "affaire"},
    "task": {"aufgaben", "tache", "tach", "tarea", "compiti", "taak", "taken", "tarefa"},
    "activity": {"termin", "termine", "anruf", "anrufe", "aktivitat", "aktivitaten",
                 "besprechung", "besprechungen", "rendez", "appel", "activite", "cita",
                 "llamada", "actividad", "actividade", "appuntamento", "appuntamenti",
                 "chiamata", "chiamate", "afspraak", "afspraken", "activiteit", "activiteiten",
                 "compromisso", "atividade", "reunione", "riunione", "riunioni", "reunion",
                 "evenement", "evento", "eventi", "telefonata", "telefonate", "ligacoe",
                 "chamada"},
    "note": {"notizen", "notitie", "notity", "nota"},
    "user": {"mitarbeiter", "utente", "utenti", "gebruiker", "gebruikers", "usuario",
             "utilizador", "utilizadore", "utilisateur", "benutzer"},
    "ticket": {"anfrage", "anfragen", "demande", "incidencia", "caso", "richiesta", "richieste",
               "melding", "meldingen", "chamado", "supportanfrage", "vorgang", "vorgange"},
    "product": {"produkte", "produit", "producto", "prodotto", "prodotti", "product",
                "producten", "produto", "artikel"},
    "quote": {"angebote", "devi", "presupuesto", "preventivo", "preventivi", "offerte",
              "offertes", "orcamento", "cotizacione", "cotizacion", "cotacao", "cotacoe"},
    "order": {"auftrag", "auftrage", "bestellung", "bestellungen", "commande", "pedido",
              "ordine", "ordini", "bestelling", "bestellingen", "encomenda"},
    "campaign": {"kampagne", "kampagnen", "campagne", "campana", "campagna", "campanha"},
}
