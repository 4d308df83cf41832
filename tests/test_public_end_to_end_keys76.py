"""keys76's public exports run end to end from their parameters files, decisions only (issue
13): Odoo 17's CRM demo as Odoo's own export writes it for a user working in Slovenian,
Slovak, Croatian or Bulgarian (labels, selections and stage names translated, English where
the language's .po has none; relations by display name). Same harness as
tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from odoo_labelled_runs import assert_labelled_leads_run

#: export -> (the leads file, the stages file, the lead's columns the engine reads itself)
EXPORTS = {
    "odoo-crm-export-sl": ("IndicPriložnost (crm.lead)", "CRM Stopnje (crm.stage)",
                           {("Priložnost", "subject"), ("Ime stika", "lastname"),
                            ("Naziv družbe", "companyname"), ("Delovno mesto", "jobtitle"),
                            ("Ulica", "address1_line1"), ("Poštna št.", "address1_postalcode"),
                            ("Kraj", "address1_city"), ("Država", "address1_country"),
                            ("Vir", "leadsourcecode"),
                            ("Pričakovan prihodek", "estimatedamount"),
                            ("Pričakovan zaključek", "estimatedclosedate")}),
    "odoo-crm-export-sk": ("Potenciálna príležitosť  obchodný prípad (crm.lead)",
                           "CRM etapy (crm.stage)",
                           {("Obchodný prípad", "subject"), ("Meno kontaktu", "lastname"),
                            ("Názov spoločnosti", "companyname"),
                            ("Pracovná pozícia", "jobtitle"), ("Ulica", "address1_line1"),
                            ("PSČ", "address1_postalcode"), ("Mesto", "address1_city"),
                            ("Štát", "address1_country"), ("Zdroj", "leadsourcecode"),
                            ("Štádium", "statuscode"),
                            ("Očakávané tržby", "estimatedamount"),
                            ("Očakávané zatvorenie", "estimatedclosedate")}),
    "odoo-crm-export-hr": ("Potencijalprilika (crm.lead)", "CRM Stages (crm.stage)",
                           {("Prilika", "subject"), ("Naziv kontakta", "lastname"),
                            ("Tvrtka", "companyname"), ("Radno mjesto", "jobtitle"),
                            ("Ulica", "address1_line1"),
                            ("Poštanski br.", "address1_postalcode"),
                            ("Grad", "address1_city"), ("Država", "address1_country"),
                            ("Izvor", "leadsourcecode"), ("Faza", "statuscode"),
                            ("Očekivani prihod", "estimatedamount"),
                            ("Očekivano zatvaranje", "estimatedclosedate")}),
    "odoo-crm-export-bg": ("Лийд  Възможност (crm.lead)", "CRM Stages (crm.stage)",
                           {("Възможност", "subject"), ("Име на контакт", "lastname"),
                            ("Име на фирмата", "companyname"),
                            ("Работна позиция", "jobtitle"), ("Улица", "address1_line1"),
                            ("Пощенски код", "address1_postalcode"),
                            ("Град", "address1_city"), ("Държава", "address1_country"),
                            ("Източник", "leadsourcecode"),
                            ("Очакван приход", "estimatedamount"),
                            ("Очаквано приключване", "estimatedclosedate")}),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_odoo_labelled_export_leads_load(name: str, tmp_path: Path) -> None:
    """The 44 leads and opportunities: 36 load as leads, their topic, person, company,
    address, job title, expected revenue and closing read from the translated labels
    (Bulgarian's Cyrillic read in Latin letters), the lead source placed by parameters.yml's
    decisions (Odoo's UTM sources, not translated); the 8 with no contact name are held back
    (a lead needs a last name). The stage column, read as the lead's status in Slovak
    ('Štádium') and, since keys80's lists read 'Faza', Croatian, and since session 29
    Slovenian ('Stopnja'), has its stage names placed by parameters.yml; Bulgarian's is
    left unread (the key allows it).
    Salespeople are users the export does not hold (the fallback owner). Campaigns and
    customers are named only (their records are not in the export): left unlinked and
    counted. The stages file (English-named for Croatian and Bulgarian, whose .po has no
    translation of it) stays in the source with its reason. Every column read back whole."""
    read = assert_labelled_leads_run(name, tmp_path, *EXPORTS[name])
    assert "salesstage" not in {t for _, t in read}
    if name not in ("odoo-crm-export-sk", "odoo-crm-export-hr", "odoo-crm-export-sl"):
        assert "statuscode" not in {t for _, t in read}
