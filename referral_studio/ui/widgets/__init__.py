"""Small shared widgets and helpers any room may use: problems list, button row, read-only tables,
refusal messages, spin boxes, date conversion, shortcuts, undo actions, field tips, approval, and
the application-wide mouse rules for fields (field_mouse).

Imports no other room.
"""
