"""Small shared widgets and helpers any room may use: problems list, button row, read-only tables,
refusal messages, spin boxes, date conversion, shortcuts, undo actions, field tips, approval.

Imports no other room.
"""
