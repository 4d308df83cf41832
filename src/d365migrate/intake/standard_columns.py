"""Columns a Dynamics 365 map explains without a custom field, per object kind: SmartDesk's
standard columns and their common Salesforce and HubSpot equivalents. Any other column of a
data object is custom (discovery's count of custom columns)."""

from __future__ import annotations

__all__ = ["STANDARD_COLUMNS"]

# Columns a D365 mapping explains without a custom field (standard SmartDesk columns plus
# common Salesforce/HubSpot equivalents). Anything else in a data object is "custom".
STANDARD_COLUMNS: dict[str, set[str]] = {
    "account": {"companyid", "id", "name", "domain", "industry", "employees", "annualrevenue",
                "phone", "website", "street", "city", "state", "postalcode", "country",
                "owneremail", "createdat", "updatedat", "isdeleted", "type", "parentid",
                "billingcity", "billingstate", "billingpostalcode", "billingcountry",
                "billingstreet", "billinglatitude", "billinglongitude", "shippingcity",
                "shippingstate", "shippingpostalcode", "shippingcountry", "shippingstreet",
                "numberofemployees", "ownership", "rating", "lastactivitydate", "ownerid",
                "description", "fax", "accountnumber", "sic", "tickersymbol", "createddate",
                "lastmodifieddate", "accountsource"},
    "contact": {"contactid", "id", "firstname", "lastname", "email", "phone", "mobile",
                "jobtitle", "companyid", "companyname", "lifecyclestage", "owneremail",
                "createdat", "updatedat", "isdeleted", "accountid", "mobilephone",
                "assistantphone", "title", "department", "leadsource", "lastactivitydate",
                "emailbouncedreason", "emailbounceddate", "isemailbounced", "name",
                "salutation", "mailingcity", "mailingstate", "mailingpostalcode",
                "mailingcountry", "mailingstreet", "birthdate", "ownerid", "description",
                "homephone", "otherphone", "fax", "reportstoid", "createddate",
                "lastmodifieddate"},
    "lead": {"leadid", "id", "firstname", "lastname", "companyname", "email", "phone",
             "source", "status", "owneremail", "createdat", "updatedat", "isdeleted",
             "salutation", "name", "title", "company", "mobilephone", "website", "leadsource",
             "industry", "annualrevenue", "numberofemployees", "ownerid", "isconverted",
             "converteddate", "convertedaccountid", "convertedcontactid",
             "convertedopportunityid", "lastmodifieddate", "lastactivitydate",
             "emailbouncedreason", "emailbounceddate", "rating", "description", "city",
             "state", "country", "postalcode", "street", "createddate"},
    "deal": {"dealid", "id", "name", "value", "currency", "closedate", "pipelineid",
             "stageid", "companyid", "contactid", "owneremail", "createdat", "updatedat",
             "accountid", "description", "stagename", "amount", "probability",
             "expectedrevenue", "nextstep", "leadsource", "isclosed", "iswon", "createddate",
             "lastmodifieddate", "lastactivitydate", "ownerid", "type", "forecastcategory",
             "currencyisocode", "isdeleted", "campaignid", "pricebook2id"},
}
