"""Move a SmartDesk CRM export into Dynamics 365 Sales (Dataverse)."""

__version__ = "0.1.0"
