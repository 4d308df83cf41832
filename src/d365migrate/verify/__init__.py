"""What reached the org: reconciliation after each phase, and rollback of a run."""
