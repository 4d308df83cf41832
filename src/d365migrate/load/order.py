"""The order tables load in: parents before the records that point at them.

Rollback deletes in the reverse order, children before parents.
"""

LOAD_ORDER = ["account", "contact", "lead", "opportunity", "task", "phonecall", "appointment",
              "email", "annotation", "incident"]
