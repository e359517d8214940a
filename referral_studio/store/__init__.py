"""The local SQLite store of programs, offers, drafts and revisions (no Qt)."""
