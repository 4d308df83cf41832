"""Apply the confirmed map to the export and validate every staged table."""
