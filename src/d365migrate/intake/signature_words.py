"""More spellings of the columns typical of each kind, as CRMs other than the first ones
name them: each widens a feature the kind's signature already has (``SIGNATURES`` in
:mod:`.kinds`), never adds one, so no other kind's share of a file changes.

Keyed by (kind, the feature's first name); the names are normalised (lower-case letters and
digits: 'active_flag' -> 'activeflag').
"""

from __future__ import annotations

__all__ = ["MORE_WORDS"]

#: The record a note or a file is on, by a polymorphic id and the type it names (Odoo's
#: res_id and res_model, Rails' notable, Zoho's $se_module, erxes' contentTypeId).
_ON_ID = ("entityid", "noteableid", "notableid", "resid", "relatedid", "regardingid",
          "contenttypeid")
_ON_TYPE = ("entitytype", "noteabletype", "notabletype", "semodule", "resmodel", "relatedtype",
            "regardingtype")

MORE_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    # users: Pipedrive's active_flag and role_id, a login
    ("user", "email"): ("login", "loginname", "useremail"),
    ("user", "active"): ("isactiveuser", "suspended", "suspendedat", "isdisabled"),
    ("user", "role"): ("roleid", "roles", "accumulatedroles", "isadmin", "admin"),
    # deals: a value by other names, when it is expected to close, its stage
    # (OroCRM's 'Close revenue' and Dynamics' 'Actual Revenue': what the deal closed at)
    ("deal", "amount"): ("dealamount", "opportunityamount",
                         "estimatedvalue", "leadvalue", "closerevenue", "actualrevenue"),
    ("deal", "closedate"): ("expectedclose", "estimatedclosedate", "closingdate",
                            "expectedclosingdate", "estimatedclose"),
    ("deal", "stage"): ("pipelinestage", "pipelinestageid", "dealstageid"),
    # activities: an event log's type and time (Marketo, Klaviyo, Marketing Cloud, Iterable)
    ("activity", "type"): ("eventtype", "eventname", "activitytypeid", "metricid"),
    ("activity", "occurredat"): ("eventdate", "eventtime", "activitydatetime", "fromdate"),
    ("activity", "durationminutes"): ("isallday", "allday", "alldayevent"),
    # who took part: beside a sender's and recipients' e-mails, the person an event log's
    # row is about (Marketo's lead_id, Mailchimp's member_id, Marketing Cloud's subscriber)
    ("activity", "fromemail"): ("leadid", "contactid", "personid", "memberid", "prospectid",
                                "subscriberid", "subscriberkey", "visitorid", "recipientid",
                                "whoid"),
    # notes: a note's text by its own name, the record it is on by a polymorphic id
    ("note", "body"): ("notecontent", "notetext", "note"),
    ("note", "parentid"): _ON_ID,
    ("note", "parenttype"): _ON_TYPE,
    ("attachment", "parentid"): _ON_ID + _ON_TYPE,
    # a file's bytes or where they are kept (Odoo's datas, a store file name, a blob)
    ("attachment", "path"): ("datas", "filedata", "filecontent", "blob", "storefname",
                             "storagepath", "downloadurl"),
    # a conversation's messages: the conversation they belong to, who wrote them, their text
    # (Intercom's conversation parts, Chatwoot's and erxes' messages)
    ("ticket_message", "ticketid"): ("conversationid", "threadid", "incidentid"),
    ("ticket_message", "fromemail"): ("authorid", "senderid", "authortype", "sendertype"),
    ("ticket_message", "body"): ("content", "messagebody", "messagetext", "bodytext"),
    # tickets: their number, by other names
    ("ticket", "ticketid"): ("ticketnumber", "casenumber", "incidentnumber", "issuekey",
                             "issuenumber"),
    # ... whom they are assigned to and where they stand (Helpy's assigned_user_id and
    # current_status)
    ("ticket", "assigneeemail"): ("assigneduserid", "assigneeid", "assignedagentid",
                                  "assigneduser", "assignedagent"),
    ("ticket", "status"): ("currentstatus", "ticketstatus", "casestatus"),
    # pipelines: a stage's place in the order, a stage's win probability
    ("pipeline", "stageorder"): ("ordernr", "orderno", "sequence", "rank", "stageposition"),
    ("pipeline", "probability"): ("dealprobability", "winprobability", "stageprobability"),
    # products: a catalogue's list price; what renting one costs (Sakila's films), and what
    # replacing a lost one costs (its cost to the business)
    ("product", "price"): ("msrp", "retailprice", "baseprice", "sellingprice", "rentalrate",
                           "rentalprice"),
    ("product", "cost"): ("replacementcost",),
    # order lines in an order system's words (ClassicModels' quantityOrdered, priceEach,
    # orderLineNumber): how many, the price of each, the line's number in its order
    ("order_line", "quantity"): ("quantityordered", "orderedquantity", "qtyordered"),
    ("order_line", "unitprice"): ("priceeach",),
    ("order_line", "discount"): ("orderlinenumber",),
    # campaigns: when a campaign is sent or runs
    ("campaign", "sentat"): ("sendtime", "scheduledat", "launchdate", "startson"),
}
