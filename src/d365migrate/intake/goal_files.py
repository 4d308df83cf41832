"""Goals: a user's or team's target for a period (a sales quota, Pipedrive's and HubSpot's
goals, Salesforce's forecasting quotas), Dynamics 365's ``goal`` table.

The words that name a goals file (normalised, singular: a kind's words also name reference
columns, so no bare 'target', which names too much) and the columns typical of one: a target
amount or count, a period, the person it belongs to.
"""

from __future__ import annotations

__all__ = ["GOAL_SIGNATURE", "GOAL_WORDS"]

GOAL_WORDS = {"goal", "salesgoal", "revenuegoal", "quota", "salesquota", "forecastingquota",
              "quotaassignment", "salestarget", "revenuetarget", "vertriebsziel",
              "umsatzziel", "objectif", "objetivo", "obiettivo"}

GOAL_SIGNATURE: list[tuple[tuple[str, ...], float]] = [
    (("targetmoney", "targetamount", "target", "quota", "quotaamount", "goalamount",
      "goaltarget", "goalvalue", "targetvalue", "expectedoutcometarget", "targetrevenue"),
     1.0),
    (("targetinteger", "targetcount", "quotaquantity", "targetquantity", "goalquantity"), 0.5),
    (("goalstartdate", "startdate", "periodstart", "durationstart", "validfrom"), 0.4),
    (("goalenddate", "enddate", "periodend", "durationend", "validto"), 0.4),
    (("goalownerid", "quotaownerid", "goalowner", "quotaowner", "assigneeid", "assignee"),
     0.4),
    (("fiscalyear", "fiscalperiod", "periodid", "interval", "quarter"), 0.4),
    (("actualmoney", "actual", "achieved", "attainment", "actualamount"), 0.4),
    (("parentgoalid", "parentgoal"), 0.3),
    (("title", "goalname", "name"), 0.2),
]
