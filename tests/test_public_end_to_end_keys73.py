"""keys73's public exports run end to end from their parameters files, decisions only (issue
13): Odoo 17's CRM demo as Odoo's own export writes it for a user working in Estonian,
Ukrainian or Turkish (labels, selections and stage names translated; relations by display name).
Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from odoo_labelled_runs import assert_labelled_leads_run

#: export -> (the leads file, the stages file, the lead's columns the engine reads itself)
EXPORTS = {
    "odoo-crm-export-et": ("Müügivihjemüügivõimalus (crm.lead)", "CRM etapid (crm.stage)",
                           {("Müügivõimalus", "subject"), ("Kontakti nimi", "lastname"),
                            ("Ettevõtte nimi", "companyname"), ("Ametikoht", "jobtitle"),
                            ("Tänav", "address1_line1"), ("Postiindeks", "address1_postalcode"),
                            ("Linn", "address1_city"), ("Riik", "address1_country"),
                            ("Eeldatav tulu", "estimatedamount"),
                            ("Eeldatav sulgemine", "estimatedclosedate")}),
    "odoo-crm-export-uk": ("ЛідНагода (crm.lead)", "Стадії CRM  (crm.stage)",
                           {("Нагода", "subject"), ("Назва контакту", "lastname"),
                            ("Назва компанії", "companyname"), ("Посада", "jobtitle"),
                            ("Вулиця", "address1_line1"), ("Індекс", "address1_postalcode"),
                            ("Місто", "address1_city"), ("Країна", "address1_country"),
                            ("Джерело", "leadsourcecode"),
                            ("Очікуваний дохід", "estimatedamount"),
                            ("Очікуване закриття", "estimatedclosedate")}),
    "odoo-crm-export-tr": ("AdayFırsat (crm.lead)", "CRM Aşamaları (crm.stage)",
                           {("Fırsat", "subject"), ("Kontak Adı", "lastname"),
                            ("Şirket Adı", "companyname"), ("İş Pozisyonu", "jobtitle"),
                            ("Sokak/Cadde", "address1_line1"), ("Semt/İlçe", "address1_city"),
                            ("Ülke", "address1_country"), ("Kaynak", "leadsourcecode"),
                            ("Beklenen Gelir", "estimatedamount"),
                            ("Beklenen Kapanış", "estimatedclosedate")}),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_odoo_labelled_export_leads_load(name: str, tmp_path: Path) -> None:
    """The 44 leads and opportunities: 36 load as leads, their topic, person, company,
    address, job title, expected revenue and closing read from the translated labels
    (Ukrainian's Cyrillic read in Latin letters), the lead source in Ukrainian and Turkish
    ('Джерело', 'Kaynak': Odoo's UTM sources, placed by parameters.yml's decisions;
    Estonian's 'Kandideerimise allikad' left unread, as the key allows); the 8 with no
    contact name are held back (a lead needs a last name). Estonian 'Etapp' is read as the
    lead's status since session 29's harvested vocabulary, Turkish 'Aşama' since session
    26's Turkish words, Ukrainian 'Стадія' since session 28's (keys132), their stages
    decided in parameters.yml as the German run decides its own. Salespeople are users the
    export does not hold (the fallback owner). Campaigns and customers are named
    only (their records are not in the export): left unlinked and counted. The stages file
    stays in the source with its reason. Every column read back whole."""
    read = assert_labelled_leads_run(name, tmp_path, *EXPORTS[name])
    if name == "odoo-crm-export-tr":
        assert ("Aşama", "statuscode") in read
    elif name == "odoo-crm-export-uk":
        assert ("Стадія", "statuscode") in read
    elif name == "odoo-crm-export-et":   # 'Etapp', read since session 29's harvest
        assert ("Etapp", "statuscode") in read
    else:
        assert not {t for _, t in read} & {"salesstage", "statuscode"}
