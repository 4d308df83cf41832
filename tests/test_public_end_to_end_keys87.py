"""keys87's public exports run end to end from their parameters files, decisions only (issue
13): Odoo 17's CRM demo as Odoo's own export writes it for a user working in Albanian,
Bosnian, Icelandic or Basque, the four languages whose column words were written a priori
(before the exports were seen); and keys143's Japanese, Korean, Simplified Chinese, Hebrew and
Arabic, held out, then tuned in-sample by tune148 (the engine reads the lead's topic and
contact name; the team decides the stage and the source's values); and keys149's
Vietnamese, Indonesian, Thai, Traditional Chinese and Persian, held out (the team decides the
lead's topic, contact name, source and stage); and keys160's Mongolian and Khmer, held out
(the team decides Mongolian's topic, contact name, source and stage, and Khmer's file as
leads and its source's and stage's values); and keys200's Azerbaijani and Latin American
Spanish, held out (the team decides Azerbaijani's topic, source and stage, and es_419's
source's and stage's values, as es's); and keys216's Gujarati, Afrikaans, British English,
Chilean and Ecuadorian Spanish, held out (the team decides the source's and stage's values,
and Afrikaans's file as leads); and keys224's Georgian, Kabyle, Mexican, Dominican and
Colombian Spanish and Canadian French, held out (the team decides the source's and stage's
values); and keys240's Amharic and Faroese, held out (the team decides the source's and
stage's values); and keys259's Peruvian and Venezuelan Spanish, held out (the team decides
the source's and stage's values). Same harness as tests/test_public_end_to_end.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from odoo_labelled_runs import assert_labelled_leads_run

#: export -> (the leads file, the stages file, the lead's columns the engine reads itself)
EXPORTS = {
    "odoo-crm-export-sq": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                           {("Krijuar me", "overriddencreatedon"), ("Opportunity", "subject"),
                            ("Contact Name", "lastname"), ("Company Name", "companyname"),
                            ("Job Position", "jobtitle"), ("Street", "address1_line1"),
                            ("Zip", "address1_postalcode"), ("City", "address1_city"),
                            ("Country", "address1_country"), ("Source", "leadsourcecode"),
                            ("Expected Revenue", "estimatedamount"),
                            ("Expected Closing", "estimatedclosedate")}),
    "odoo-crm-export-bs": ("PotencijalPrilika (crm.lead)", "CRM Stages (crm.stage)",
                           {("Kreirano", "overriddencreatedon"), ("Prilika", "subject"),
                            ("Ime kontakta", "lastname"), ("Naziv firme", "companyname"),
                            ("Radno mjesto", "jobtitle"), ("Ulica", "address1_line1"),
                            ("Broj pošte", "address1_postalcode"), ("Grad", "address1_city"),
                            ("Država", "address1_country"), ("Izvor", "leadsourcecode"),
                            ("Očekivani prihod", "estimatedamount"),
                            ("Očekivano zatvaranje", "estimatedclosedate")}),
    "odoo-crm-export-is": ("Ábendingtækifæri (crm.lead)", "CRM Stages (crm.stage)",
                           {("Stofnað þann", "overriddencreatedon"), ("Tækifæri", "subject"),
                            ("Nafn tengiliðar", "lastname"),
                            ("Nafn fyrirtækis", "companyname"), ("Starfsheiti", "jobtitle"),
                            ("Heimili", "address1_line1"), ("Zip", "address1_postalcode"),
                            ("Staður", "address1_city"), ("Land", "address1_country"),
                            ("Uppruni", "leadsourcecode"),
                            ("Áætlaðar tekjur", "estimatedamount"),
                            ("Áætlaður lokadagur", "estimatedclosedate")}),
    "odoo-crm-export-eu": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                           {("Opportunity", "subject"), ("Contact Name", "lastname"),
                            ("Company Name", "companyname"), ("Job Position", "jobtitle"),
                            ("Street", "address1_line1"), ("Zip", "address1_postalcode"),
                            ("City", "address1_city"), ("Country", "address1_country"),
                            ("Source", "leadsourcecode"),
                            ("Expected Revenue", "estimatedamount"),
                            ("Expected Closing", "estimatedclosedate")}),
    # keys143 (session 29), tuned by tune148: the engine reads the lead's topic, contact
    # name, company, job, address, expected revenue and closing itself; the stage (and the
    # lead source's untranslated values) decided in parameters.yml
    "odoo-crm-export-ja": ("リード  案件 (crm.lead)", "CRMの段階 (crm.stage)",
                           {("作成日", "overriddencreatedon"), ("案件", "subject"),
                            ("連絡先名", "lastname"), ("会社名", "companyname"),
                            ("職位", "jobtitle"), ("町名番地", "address1_line1"),
                            ("町名番地2", "address1_line2"), ("メール", "emailaddress1"),
                            ("郵便番号", "address1_postalcode"), ("市", "address1_city"),
                            ("国", "address1_country"), ("電話", "telephone1"),
                            ("ステージ", "statuscode"), ("ソース", "leadsourcecode"),
                            ("ノート", "description"), ("見込売上", "estimatedamount"),
                            ("見込完了", "estimatedclosedate")}),
    "odoo-crm-export-ko": ("영업제안영업기회 (crm.lead)", "CRM 단계 (crm.stage)",
                           {("작성일자", "overriddencreatedon"), ("영업기회", "subject"),
                            ("담당자 이름", "lastname"), ("회사명", "companyname"),
                            ("직무 영역", "jobtitle"), ("도로명 주소", "address1_line1"),
                            ("상세 주소", "address1_line2"), ("우편번호", "address1_postalcode"),
                            ("시/군/구", "address1_city"), ("국가", "address1_country"),
                            ("메모", "description"), ("예상 수익", "estimatedamount"),
                            ("예상 마감일", "estimatedclosedate"),
                            ("이메일", "emailaddress1"), ("전화번호", "telephone1")}),
    "odoo-crm-export-zh-cn": ("线索商机 (crm.lead)", "客户关系管理阶段 (crm.stage)",
                              {("创建日期", "overriddencreatedon"), ("商机", "subject"),
                               ("联系人姓名", "lastname"), ("公司名称", "companyname"),
                               ("工作岗位", "jobtitle"), ("街道", "address1_line1"),
                               ("街道2", "address1_line2"), ("邮编", "address1_postalcode"),
                               ("城市", "address1_city"), ("国家/地区", "address1_country"),
                               ("备注", "description"), ("来源", "leadsourcecode"),
                               ("预期收入", "estimatedamount"),
                               ("预期结束", "estimatedclosedate"),
                               ("电子邮件", "emailaddress1"), ("电话号码", "telephone1")}),
    "odoo-crm-export-he": ("לידהזדמנות (crm.lead)", "שלבי ניהול קשרי לקוחות   (crm.stage)",
                           {("נוצר ב-", "overriddencreatedon"), ("הזדמנות", "subject"),
                            ("שם איש הקשר", "lastname"), ("שם החברה", "companyname"),
                            ("תפקיד", "jobtitle"), ("רחוב", "address1_line1"),
                            ("רחוב2", "address1_line2"), ("מיקוד", "address1_postalcode"),
                            ("עיר", "address1_city"), ("ארץ", "address1_country"),
                            ("הערות", "description"), ("הכנסה צפויה", "estimatedamount"),
                            ("סגירה צפויה", "estimatedclosedate"),
                            ('דוא"ל', "emailaddress1"), ("טלפון", "telephone1")}),
    "odoo-crm-export-ar": ("عميل مهتمفرصة  (crm.lead)", "مراحل إدارة علاقات العملاء  (crm.stage)",
                           {("أنشئ في", "overriddencreatedon"), ("الفرصة", "subject"),
                            ("اسم جهة الاتصال", "lastname"), ("اسم الشركة", "companyname"),
                            ("المنصب الوظيفي", "jobtitle"), ("الشارع", "address1_line1"),
                            ("الشارع 2", "address1_line2"),
                            ("الرمز البريدي", "address1_postalcode"),
                            ("المدينة", "address1_city"), ("الدولة", "address1_country"),
                            ("الملاحظات", "description"),
                            ("الإيرادات المتوقعة", "estimatedamount"),
                            ("إقفال متوقع", "estimatedclosedate"),
                            ("البريد الإلكتروني", "emailaddress1"),
                            ("رقم الهاتف", "telephone1")}),
    # keys149 (session 30), held out: the engine reads the e-mail and phone (and Chinese's
    # street, Persian's address, city, country and notes) itself; the lead's topic, contact
    # name, lead source and stage decided in parameters.yml (Indonesian's expected revenue
    # too: the engine reads it as the annual revenue)
    "odoo-crm-export-vi": ("LeadCơ hội (crm.lead)", "Trạng thái CRM (crm.stage)",
                           {("Email", "emailaddress1"), ("Điện thoại", "telephone1")}),
    "odoo-crm-export-id": ("ProspekPeluang (crm.lead)", "Tahap-Tahap CRM (crm.stage)",
                           {("Email", "emailaddress1"), ("Telepon", "telephone1")}),
    "odoo-crm-export-th": ("ลกคาเปาหมาย  โอกาส (crm.lead)", "CRM ขนตอน (crm.stage)",
                           {("อีเมล", "emailaddress1"), ("โทรศัพท์", "telephone1")}),
    "odoo-crm-export-zh-tw": ("潛在商機商機 (crm.lead)", "CRM 階段 (crm.stage)",
                              {("街道", "address1_line1"), ("電郵", "emailaddress1"),
                               ("電話", "telephone1")}),
    "odoo-crm-export-fa": ("سرنخ  فرصت (crm.lead)", "مراحل مدیریت ارتباط مشتریان (crm.stage)",
                           {("آدرس", "address1_line1"), ("شهر", "address1_city"),
                            ("کشور", "address1_country"), ("تلفن", "telephone1"),
                            ("پست الکترونیک", "emailaddress1"),
                            ("یادداشت\u200cها", "description")}),
    # keys160 (session 30), held out: Mongolian (the engine reads the e-mail and phone by
    # their values; the lead's topic, contact name, lead source and stage decided in
    # parameters.yml) and Khmer (half its labels English: the engine reads those as the
    # English siblings'; the lead source's and the stage's values decided)
    "odoo-crm-export-mn": ("СэжимБоломж (crm.lead)", "CRM Үе шатууд (crm.stage)",
                           {("Имэйл", "emailaddress1"), ("Утас", "telephone1")}),
    "odoo-crm-export-km": ("Leadsឱកស (crm.lead)", "CRM Stages (crm.stage)",
                           {("Opportunity", "subject"), ("Contact Name", "lastname"),
                            ("Street2", "address1_line2"), ("Zip", "address1_postalcode"),
                            ("Source", "leadsourcecode"),
                            ("Expected Revenue", "estimatedamount"),
                            ("Expected Closing", "estimatedclosedate"),
                            ("អុីម៉ែល", "emailaddress1"), ("ទូរស័ព្ទ", "telephone1")}),
    # keys200 (session 33), held out: Azerbaijani (read as Turkish: the engine reads the
    # contact name, company, e-mail, job, city, phone and the English expected revenue; the
    # lead's topic, lead source and stage decided in parameters.yml) and Latin American
    # Spanish (every column read as es's; the source's and stage's values decided)
    "odoo-crm-export-az": ("Hədəf MüştəriFürsət (crm.lead)", "CRM mərhələləri (crm.stage)",
                           {("Kontaktın Adı", "lastname"), ("Şirkətin Adı", "companyname"),
                            ("Elektron poçt", "emailaddress1"), ("İş Mövqeyi", "jobtitle"),
                            ("Şəhər", "address1_city"), ("Telefon", "telephone1"),
                            ("Expected Revenue", "estimatedamount")}),
    "odoo-crm-export-es-419": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                               {("Oportunidad", "subject"), ("Nombre del contacto", "lastname"),
                                ("Nombre de la empresa", "companyname"),
                                ("Correo electrónico", "emailaddress1"),
                                ("Puesto de trabajo", "jobtitle"), ("Calle", "address1_line1"),
                                ("Calle2", "address1_line2"),
                                ("Código postal", "address1_postalcode"),
                                ("Ciudad", "address1_city"), ("País", "address1_country"),
                                ("Teléfono", "telephone1"), ("Origen", "leadsourcecode"),
                                ("Notas", "description"),
                                ("Ingreso esperado", "estimatedamount"),
                                ("Cierre esperado", "estimatedclosedate")}),
    # keys216 (session 34, round G), held out: Gujarati and Afrikaans (their English labels
    # read as en-gb's, with Gujarati's phone 'ફોન' and Afrikaans's e-mail 'Epos' by its
    # values; the lead source's and the stage's values decided, Afrikaans's file decided as
    # leads), British English (every label read; the English siblings' decisions), Chilean
    # and Ecuadorian Spanish (es_419's labels but two or three, every one read; es-419's
    # decisions, Chile's first stage 'Nueva')
    "odoo-crm-export-gu": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                           {("Created on", "overriddencreatedon"), ("Email", "emailaddress1"),
                            ("ફોન", "telephone1"), ("Opportunity", "subject"),
                            ("Contact Name", "lastname"), ("Street", "address1_line1"),
                            ("Street2", "address1_line2"), ("Zip", "address1_postalcode"),
                            ("City", "address1_city"), ("Country", "address1_country"),
                            ("Stage", "statuscode"), ("Source", "leadsourcecode"),
                            ("Notes", "description"), ("Expected Revenue", "estimatedamount"),
                            ("Expected Closing", "estimatedclosedate")}),
    "odoo-crm-export-af": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                           {("Company Name", "companyname"), ("Epos", "emailaddress1"),
                            ("Job Position", "jobtitle"), ("Phone", "telephone1"),
                            ("Opportunity", "subject"), ("Contact Name", "lastname"),
                            ("Street", "address1_line1"), ("Street2", "address1_line2"),
                            ("Zip", "address1_postalcode"), ("City", "address1_city"),
                            ("Country", "address1_country"), ("Stage", "statuscode"),
                            ("Source", "leadsourcecode"), ("Notes", "description"),
                            ("Expected Revenue", "estimatedamount"),
                            ("Expected Closing", "estimatedclosedate")}),
    "odoo-crm-export-en-gb": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                              _EN_GB := {("Created on", "overriddencreatedon"),
                               ("Company Name", "companyname"), ("Email", "emailaddress1"),
                               ("Job Position", "jobtitle"), ("Phone", "telephone1"),
                               ("Opportunity", "subject"), ("Contact Name", "lastname"),
                               ("Street", "address1_line1"), ("Street2", "address1_line2"),
                               ("Zip", "address1_postalcode"), ("City", "address1_city"),
                               ("Country", "address1_country"), ("Stage", "statuscode"),
                               ("Source", "leadsourcecode"), ("Notes", "description"),
                               ("Expected Revenue", "estimatedamount"),
                               ("Expected Closing", "estimatedclosedate")}),
    "odoo-crm-export-es-cl": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              _ES_CL := {("Creado en", "overriddencreatedon"),
                                         ("Oportunidad", "subject"),
                               ("Nombre del contacto", "lastname"),
                               ("Nombre de la empresa", "companyname"),
                               ("Correo electrónico", "emailaddress1"),
                               ("Puesto de trabajo", "jobtitle"), ("Calle", "address1_line1"),
                               ("Calle2", "address1_line2"),
                               ("Código postal", "address1_postalcode"),
                               ("Ciudad", "address1_city"), ("País", "address1_country"),
                               ("Teléfono", "telephone1"), ("Etapa", "statuscode"),
                               ("Origen", "leadsourcecode"), ("Notas", "description"),
                               ("Ingreso esperado", "estimatedamount"),
                               ("Cierre esperado", "estimatedclosedate")}),
    # Ecuador's leads differ from Chile's in one label: the created stamp ('Creado')
    "odoo-crm-export-es-ec": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              _ES_EC := {("Creado", "overriddencreatedon")} | {
                                  pair for pair in _ES_CL if pair[0] != "Creado en"}),
    # keys224 (session 35, round H), held out: Georgian and Kabyle (their English labels read
    # as en-gb's; the lead source's and the stage's values decided as the English siblings'),
    # Mexican, Dominican and Colombian Spanish (es_419's labels but one or two; es-419's
    # decisions) and Canadian French (fr's labels but the ID; fr's decisions)
    "odoo-crm-export-ka": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                              {pair for pair in _EN_GB if pair[0] != "Created on"}),
    "odoo-crm-export-kab": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                              {pair for pair in _EN_GB if pair[0] != "Created on"}),
    # Mexico's leads: es_419's but the postcode 'C.P.' (its created stamp 'Creado el')
    "odoo-crm-export-es-mx": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              {("Creado el", "overriddencreatedon"),
                               ("C.P.", "address1_postalcode")} | {
                                  pair for pair in _ES_CL
                                  if pair[0] not in ("Creado en", "Código postal")}),
    # the Dominican Republic's leads: Chile's labels ('ID (identificación)', 'Creado en')
    "odoo-crm-export-es-do": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              _ES_CL),
    # Colombia's leads: Ecuador's labels (the created stamp 'Creado')
    "odoo-crm-export-es-co": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              _ES_EC),
    "odoo-crm-export-fr-ca": ("Pisteopportunité (crm.lead)", "Étapes CRM (crm.stage)",
                              {("Opportunité", "subject"), ("Nom du contact", "lastname"),
                               ("Nom de la société", "companyname"), ("Poste", "jobtitle"),
                               ("Rue", "address1_line1"), ("Rue 2", "address1_line2"),
                               ("Code postal", "address1_postalcode"),
                               ("Ville", "address1_city"), ("Pays", "address1_country"),
                               ("Source", "leadsourcecode"), ("Revenu espéré", "estimatedamount"),
                               ("Date de clôture prévue", "estimatedclosedate")}),
    # keys240 (session 38, round K), held out: Amharic and Faroese (their English labels read
    # as en-gb's; the lead source's and the stage's values decided as the English siblings'):
    # Amharic's created on is the English 'Created on'; Faroese's 'Byrjað tann' stays unread
    "odoo-crm-export-am": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)", _EN_GB),
    "odoo-crm-export-fo": ("LeadOpportunity (crm.lead)", "CRM Stages (crm.stage)",
                           {pair for pair in _EN_GB if pair[0] != "Created on"}),
    # keys259 (session 40, round M), held out: Peruvian and Venezuelan Spanish (es_419's
    # labels but the created stamp 'Creado en', es_DO's word: Chile's labels; es-419's
    # decisions)
    "odoo-crm-export-es-pe": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              _ES_CL),
    "odoo-crm-export-es-ve": ("Leadoportunidad (crm.lead)", "Etapas del CRM (crm.stage)",
                              _ES_CL),
}
#: the links left unlinked where a language's campaign or customer column is not read:
#: Chinese's campaign ('活动', also "activity") stays in the source, unmapped (tune148)
LINKS = {"odoo-crm-export-zh-cn": {"customerid": 7},
         # keys149's five, held out: no campaign column read in any; Indonesian's customer
         # ('Pelanggan') read, its 7 customers left unlinked and counted
         # (Indonesian's campaign read since session 34's harvest: the default's 36 and 7)
         "odoo-crm-export-vi": {"customerid": 7},
         # (session 31's harvest reads th's, fa's, mn's and km's customers: 7 left unlinked
         # and counted; fa's campaign 'کمپین' is read as the lead's contact, its 36 left
         # unlinked and counted)
         # (Thai's campaign 'แคมเปญ' read since session 34: its 36 left unlinked as the
         # default's)
         "odoo-crm-export-zh-tw": {"customerid": 7},
         # (session 38: Persian's 'نام تماس', the contact's name, is the lead's own person, as
         # 'Contact Name' is; its campaign 'کمپین' stays in the source, no longer read as the
         # lead's contact)
         "odoo-crm-export-fa": {"customerid": 7},
         # keys160's two, held out: Mongolian's campaign ('Аян') and customer
         # ('Үйлчлүүлэгч') unread; Khmer's English 'Campaign' read, its 36 campaigns left
         # unlinked and counted, its customer ('អតិថិជន') unread
         "odoo-crm-export-mn": {"customerid": 7},
         "odoo-crm-export-km": {"campaignid": 36, "customerid": 7},
         # keys224's two, held out: Georgian's customer ('კლიენტი') and Kabyle's ('Amsaɣ')
         # unread, they stay in the source, unmapped; the English 'Campaign' read, its 36
         # campaigns left unlinked and counted
         "odoo-crm-export-ka": {"campaignid": 36},
         "odoo-crm-export-kab": {"campaignid": 36}}
# keys240's two: Amharic's customer ('ተባባሪ') and Faroese's ('Kundi') unread when held out;
# read since session 39 (in-sample, their words), the default's 36 and 7 left unlinked and
# counted
# (keys200's Azerbaijani: its campaign ('Kampaniya') read since session 34, with Turkish's
# words, and its customer: the default's 36 and 7 left unlinked and counted)
# session 30: Vietnamese's customer read by its harvested words, Taiwan's '客戶' through its
# Simplified spelling ('客户'): their 7 customers named only, left unlinked and counted


@pytest.mark.parametrize("name", list(EXPORTS))
def test_odoo_labelled_export_leads_load(name: str, tmp_path: Path) -> None:
    """The 44 leads and opportunities: 36 load as leads, their topic, person, company,
    address, job title, expected revenue and closing read from the translated labels; the 8
    with no contact name are held back (a lead needs a last name). Salespeople are users the
    export does not hold (the fallback owner). Campaigns and customers are named only (their
    records are not in the export): left unlinked and counted. The stage is the lead's
    status (decided values) where the engine reads it. The stages file stays in the source
    with its reason. Every column read back whole."""
    read = assert_labelled_leads_run(name, tmp_path, *EXPORTS[name],
                                     links=LINKS.get(name))
    # the stage: the lead's status by parameters.yml's decisions (English 'Stage', Bosnian
    # 'Faza'; keys143's five, as a decided column where the engine does not read it), never
    # the lead's sales stage code; Icelandic's 'Staða' ('position, status')
    # left unread
    assert "salesstagecode" not in {t for _, t in read}
    assert ("statuscode" in {t for _, t in read}) == (name != "odoo-crm-export-is")
    # the customer, Basque 'Kidea' ('partner') too, is the lead's customer link: the harness
    # counts its 7 named customers left unlinked (links_left customerid)
