"""Event logs, synthetic traffic and the credit replay (numpy / pyarrow, no Qt)."""
