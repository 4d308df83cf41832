"""What a party type column's values say a row is: a company or a person.

CRMs and shops that keep companies and people in one table, or two tables of one kind of
record (Odoo's partners, CiviCRM's contact types, Shuup's person and company contacts), say
which a row is in a type column, in the user's language. Read by discovery (a file's kind)
and by the map (splitting the people off a customers file).
"""

from __future__ import annotations

__all__ = ["COMPANY_TYPES", "PARTY_NAMES", "PERSON_NAMES", "PERSON_TYPES"]

#: A type column's values for a company and for a person (lower case, whole value). A
#: household (CiviCRM's third contact type: a family's shared record) is no person: an
#: account in Dynamics 365, as an organisation is.
COMPANY_TYPES = frozenset({"company", "organization", "organisation", "business",
                           "corporate", "corporation", "legalentity", "legal entity",
                           "household",
                           # as Shuup's contact types are translated (de, es, fr-ca)
                           "firma", "unternehmen", "empresa", "entreprise", "société",
                           "societe", "compagnie", "azienda", "bedrijf", "organización",
                           "organizacion",
                           # Brazil's legal person (Asaas' personType JURIDICA)
                           "juridica", "jurídica", "pessoa juridica", "pessoa jurídica"})
PERSON_TYPES = frozenset({"person", "individual", "private", "naturalperson",
                          "natural person", "consumer", "persona", "personne",
                          "la personne", "privatperson", "particulier", "particular",
                          "persoon", "pessoa",
                          # Brazil's natural person (Asaas' personType FISICA)
                          "fisica", "física", "pessoa fisica", "pessoa física"})
#: Values that say no more than a party's kind, a company or a person, in a file's bare
#: 'Type' ('Company', 'Firma', 'La personne'): not a private list (Marketing Cloud's 'type'
#: Private), a household (Salesforce's account type), a consumer or a business segment.
PERSON_NAMES = PERSON_TYPES - {"private", "consumer"}
PARTY_NAMES = (COMPANY_TYPES - {"household", "business", "corporate"}) | PERSON_NAMES
