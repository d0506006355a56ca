"""The store: one interface (Store over a Table), two backends (SQLite, DynamoDB)."""
