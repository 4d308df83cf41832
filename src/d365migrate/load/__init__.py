"""Load staged tables into Dataverse in dependency order at the service-protection limit."""
