"""The demo engagement: a generated SmartDesk export and the users its org starts with."""
