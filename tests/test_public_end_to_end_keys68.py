"""keys68's public exports run end to end from their parameters files, decisions only (issue
13): Odoo 17's CRM demo as Odoo's own export writes it for a user working in Romanian, Danish
or Hungarian (labels, selections and stage names translated; relations by display name).
Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from odoo_labelled_runs import assert_labelled_leads_run

#: export -> (the leads file, the stages file, the lead's columns the engine reads itself)
EXPORTS = {
    "odoo-crm-export-ro": ("PistaOportunitate (crm.lead)", "Stadii CRM (crm.stage)",
                           {("Oportunitate", "subject"), ("Numele Contactului", "lastname"),
                            ("Numele companiei", "companyname"), ("Funcție", "jobtitle"),
                            ("Stradă", "address1_line1"), ("Cod postal", "address1_postalcode"),
                            ("Localitate", "address1_city"), ("Țară", "address1_country"),
                            ("Sursa", "leadsourcecode"), ("Venit estimat", "estimatedamount"),
                            ("Închidere estimată", "estimatedclosedate")}),
    "odoo-crm-export-da": ("KundeemneSalgsmulighed (crm.lead)", "CRM faser (crm.stage)",
                           {("Salgsmuligheder", "subject"), ("Kontaktnavn", "lastname"),
                            ("Virksomhedsnavn", "companyname"), ("Stilling", "jobtitle"),
                            ("Vej", "address1_line1"), ("By", "address1_city"),
                            ("Kilde", "leadsourcecode"),
                            ("Forventet omsætning", "estimatedamount"),
                            ("Forventet lukning", "estimatedclosedate")}),
    "odoo-crm-export-hu": ("ÉrdeklődésLehetőség (crm.lead)", "CRM szakaszok (crm.stage)",
                           {("Lehetőség", "subject"), ("Kapcsolat neve", "lastname"),
                            ("Vállalat neve", "companyname"), ("Munkakör", "jobtitle"),
                            ("Utca, házszám", "address1_line1"),
                            ("Irsz.", "address1_postalcode"), ("Város", "address1_city"),
                            ("Ország", "address1_country"), ("Forrás", "leadsourcecode"),
                            ("Várható árbevétel", "estimatedamount"),
                            ("Várható lezárás", "estimatedclosedate")}),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_odoo_labelled_export_leads_load(name: str, tmp_path: Path) -> None:
    """The 44 leads and opportunities: 36 load as leads, their topic, person, company,
    address, job title, lead source, expected revenue and closing read from the translated
    labels (the source's values, Odoo's UTM sources, placed by parameters.yml's decisions);
    the 8 with no contact name are held back (a lead needs a last name). The stage column,
    read as the lead's status in Romanian and Danish ('Etapă', 'Fase'), has its stage names
    placed by parameters.yml; Hungarian's 'Szakasz' is left unread. Salespeople are
    users the export does not hold (the fallback owner). Campaigns and customers are named
    only (their records are not in the export): left unlinked and counted. The stages file
    stays in the source with its reason. Every column read back whole."""
    assert_labelled_leads_run(name, tmp_path, *EXPORTS[name])
