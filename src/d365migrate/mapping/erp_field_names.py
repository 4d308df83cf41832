"""Readings of the field names of SAP's data dictionary, the names every SAP export carries.

An SAP table lands in an export under its technical field names, abbreviations of German
words fixed by SAP's data dictionary (DDIC) and the same in every SAP system: ``KUNNR``
(Kundennummer, the customer number), ``NAME1``, ``ORT01`` (Ort, the city), ``PSTLZ``
(Postleitzahl), ``STRAS`` (Straße), ``TELF1`` (the first telephone), ``ERDAT`` (Erstellt am,
created on), ``VBELN`` (the sales document), ``POSNR`` (its item), ``MATNR`` (the material),
``KWMENG`` (the order quantity), ``NETPR`` (the net price). Each such name gets one more
reading in the words the vocabulary knows ('customer id', 'city', 'postal code'...), a
little below the name's own reading, as groupware shorthand does
(:mod:`d365migrate.mapping.shorthand_names`).

Only whole names are read: a name's digits are part of it ('TELF1' is the first telephone,
'ORT01' the city, 'ORT02' the district), so a word that merely starts so is not SAP's.
"""

from __future__ import annotations

__all__ = ["erp_field_readings", "ERP_FIELD_FACTOR"]

#: How much an SAP field name's reading is trusted against the name's own reading.
ERP_FIELD_FACTOR = 0.98

#: SAP DDIC field names (lower case) and the English words they stand for.
_SAP_FIELDS: dict[str, tuple[str, ...]] = {
    # the customer master (KNA1) and the vendor master (LFA1): name and address
    "kunnr": ("customer", "id"),          # Kundennummer
    "name1": ("name",),
    "land1": ("country",),                # Länderschlüssel
    "ort01": ("city",),                   # Ort
    "pstlz": ("postal", "code"),          # Postleitzahl
    "regio": ("state",),                  # Region (state, province, county)
    "stras": ("street",),                 # Straße und Hausnummer
    "telf1": ("phone",),                  # first telephone number
    "telf2": ("other", "phone"),          # second telephone number
    "telfx": ("fax",),
    "knurl": ("website",),                # Uniform Resource Locator of the customer
    "erdat": ("created", "on"),           # Erstellt am: the record's creation date
    "ersda": ("created", "on"),           # a material's creation date
    # sales documents (VBAK) and their items (VBAP)
    "vbeln": ("sales", "order", "id"),    # Vertriebsbeleg: the sales document
    "ktext": ("name",),                   # Kurztext: the document's short text, its title
    "vdatu": ("requested", "delivery", "date"),   # Wunschlieferdatum
    "posnr": ("line", "item", "number"),  # Positionsnummer: the item's number
    "matnr": ("product", "id"),           # Materialnummer
    "arktx": ("product", "description"),  # Kurztext der Position: the item's text
    "kwmeng": ("quantity",),              # kumulierte Auftragsmenge: the order quantity
    "netpr": ("price", "per", "unit"),    # Nettopreis
    "mwsbp": ("tax",),                    # Steuerbetrag: the item's tax amount
}


def erp_field_readings(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Another reading of an SAP field name ('pstlz' -> 'postal code'); none for other
    names."""
    if len(words) == 1 and (reading := _SAP_FIELDS.get(words[0])):
        return [reading]
    return []
