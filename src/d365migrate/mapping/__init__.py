"""The field map: suggestions, the map file a person confirms, decisions, custom fields."""
