"""`make bench`: figures measured in one run (printed, never asserted)."""
