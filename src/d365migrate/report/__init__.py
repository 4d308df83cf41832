"""Self-contained HTML for people: stakeholder pages, charts, the scope document."""
