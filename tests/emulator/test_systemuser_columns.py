"""The systemuser table serves the documented writable data columns a CRM's users export can
carry beyond name, email and phone: both addresses (Street 1-3, City, ZIP/Postal Code,
Country/Region, phones, fax, latitude/longitude), Salutation, Middle Name, Nickname, Email 2,
Home Phone, Employee, Government, Skills, Photo URL, the Yomi names, Windows Live ID.

Types, lengths and formats are those of Microsoft's User (SystemUser) table reference
(learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser). A
user's street lines are 1024 long there (Business Central's older "CRM Systemuser" mirror
caps them at Text[250]); its city 128, not a contact's 80. Choices stay out, as on the core
tables (placeholder options, see test_core_table_columns); so do the read-only Disabled
Reason and Yomi Full Name, and admin flags and internal numbers no person carries.
"""

from __future__ import annotations

import httpx
import pytest

from .conftest import new_id

#: logical name -> (AttributeType, MaxLength or (MinValue, MaxValue), FormatName)
_DOCUMENTED = {
    "address1_city": ("String", 128, "Text"),
    "address1_country": ("String", 128, "Text"),
    "address1_county": ("String", 128, "Text"),
    "address1_fax": ("String", 64, "Text"),
    "address1_latitude": ("Double", (-90, 90), None),
    "address1_line1": ("String", 1024, "Text"),
    "address1_line2": ("String", 1024, "Text"),
    "address1_line3": ("String", 1024, "Text"),
    "address1_longitude": ("Double", (-180, 180), None),
    "address1_name": ("String", 100, "Text"),
    "address1_postalcode": ("String", 40, "Text"),
    "address1_postofficebox": ("String", 40, "Text"),
    "address1_stateorprovince": ("String", 128, "Text"),
    "address1_telephone2": ("String", 50, "Phone"),
    "address1_telephone3": ("String", 50, "Phone"),
    "address1_upszone": ("String", 4, "Text"),
    "address1_utcoffset": ("Integer", (-1500, 1500), None),
    "address2_city": ("String", 128, "Text"),
    "address2_country": ("String", 128, "Text"),
    "address2_county": ("String", 128, "Text"),
    "address2_fax": ("String", 50, "Text"),
    "address2_latitude": ("Double", (-90, 90), None),
    "address2_line1": ("String", 1024, "Text"),
    "address2_line2": ("String", 1024, "Text"),
    "address2_line3": ("String", 1024, "Text"),
    "address2_longitude": ("Double", (-180, 180), None),
    "address2_name": ("String", 100, "Text"),
    "address2_postalcode": ("String", 40, "Text"),
    "address2_postofficebox": ("String", 40, "Text"),
    "address2_stateorprovince": ("String", 128, "Text"),
    "address2_telephone1": ("String", 50, "Phone"),
    "address2_telephone2": ("String", 50, "Phone"),
    "address2_telephone3": ("String", 50, "Phone"),
    "address2_upszone": ("String", 4, "Text"),
    "address2_utcoffset": ("Integer", (-1500, 1500), None),
    "employeeid": ("String", 100, "Text"),
    "governmentid": ("String", 100, "Text"),
    "homephone": ("String", 50, "Phone"),
    "middlename": ("String", 50, "Text"),
    "mobilealertemail": ("String", 100, "Email"),
    "nickname": ("String", 50, "Text"),
    "personalemailaddress": ("String", 100, "Email"),
    "photourl": ("String", 200, "Url"),
    "salutation": ("String", 20, "Text"),
    "sharepointemailaddress": ("String", 1024, "Text"),
    "skills": ("String", 100, "Text"),
    "windowsliveid": ("String", 1024, "Email"),
    "yammeremailaddress": ("String", 200, "Email"),
    "yammeruserid": ("String", 128, "Text"),
    "yomifirstname": ("String", 64, "PhoneticGuide"),
    "yomilastname": ("String", 64, "PhoneticGuide"),
    "yomimiddlename": ("String", 50, "PhoneticGuide"),
}

#: Documented, but read-only (Disabled Reason, Yomi Full Name) or a choice with a placeholder
#: option ('Default Value'): not served as writable data columns.
_NOT_SERVED = ("disabledreason", "yomifullname", "address1_addresstypecode",
               "address1_shippingmethodcode", "preferredemailcode")

_USER = {"firstname": "Ama", "lastname": "Mensah", "internalemailaddress": "ama@example.org",
         "domainname": "ama@example.org"}


@pytest.fixture
def served(client: httpx.Client) -> dict[str, dict]:
    return {a["LogicalName"]: a for a in client.get(
        "EntityDefinitions(LogicalName='systemuser')/Attributes").json()["value"]}


def test_systemuser_serves_the_documented_writable_person_columns(
        served: dict[str, dict]) -> None:
    missing = sorted(set(_DOCUMENTED) - set(served))
    assert not missing, f"systemuser lacks {missing}"
    differ = []
    for name, (atype, size, fmt) in _DOCUMENTED.items():
        got = served[name]
        if got["AttributeType"] != atype or got["AttributeTypeName"]["Value"] != f"{atype}Type":
            differ.append((name, got["AttributeType"], atype))
        if not (got["IsValidForCreate"] and got["IsValidForUpdate"] and got["IsValidForRead"]):
            differ.append((name, "not writable"))
        if got["RequiredLevel"]["Value"] != "None":
            differ.append((name, got["RequiredLevel"]["Value"]))
        if atype == "String":
            if got.get("MaxLength") != size or got.get("FormatName") != {"Value": fmt}:
                differ.append((name, got.get("MaxLength"), got.get("FormatName"), size, fmt))
        elif (got.get("MinValue"), got.get("MaxValue")) != size:
            differ.append((name, got.get("MinValue"), got.get("MaxValue"), size))
    assert not differ, differ
    assert not set(_NOT_SERVED) & set(served)


def test_documented_labels(served: dict[str, dict]) -> None:
    """A user's Address 1 parts carry the form labels the reference documents."""
    labels = {n: served[n]["DisplayName"]["UserLocalizedLabel"]["Label"]
              for n in ("address1_line1", "address1_city", "address1_postalcode",
                        "address2_city", "personalemailaddress", "employeeid")}
    assert labels == {"address1_line1": "Street 1", "address1_city": "City",
                      "address1_postalcode": "ZIP/Postal Code", "address2_city": "Other City",
                      "personalemailaddress": "Email 2", "employeeid": "Employee"}


def test_a_user_keeps_address_and_personal_columns(client: httpx.Client) -> None:
    body = {**_USER, "salutation": "Dr", "middlename": "Efua", "nickname": "Ama",
            "personalemailaddress": "ama@home.example", "homephone": "+233 30 000 0000",
            "employeeid": "E-1042", "governmentid": "GHA-77", "skills": "Negotiation",
            "address1_line1": "1 Independence Ave", "address1_city": "Accra",
            "address1_postalcode": "GA-100", "address1_country": "Ghana",
            "address1_latitude": 5.6037, "address1_longitude": -0.187,
            "address2_city": "Kumasi", "yomifirstname": "アマ"}
    user = new_id(client.post("systemusers", json=body))
    got = client.get(f"systemusers({user})?$select=" + ",".join(
        k for k in body if k not in _USER)).json()
    assert {k: got[k] for k in body if k not in _USER} == {
        k: v for k, v in body.items() if k not in _USER}


def test_an_over_long_city_is_refused_as_dataverse_refuses_it(client: httpx.Client) -> None:
    """Address1_City is 128 long: 128 characters are stored, 129 refused with a 400."""
    ok = client.post("systemusers", json={**_USER, "address1_city": "x" * 128})
    assert ok.status_code == 204, ok.text
    too_long = client.post("systemusers", json={**_USER, "address1_city": "x" * 129})
    assert too_long.status_code == 400, too_long.text
    assert "address1_city" in too_long.json()["error"]["message"]
    latitude = client.post("systemusers", json={**_USER, "address1_latitude": 91})
    assert latitude.status_code == 400, latitude.text
