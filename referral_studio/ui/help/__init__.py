"""Help's dialogs: the credit rules in words, keyboard shortcuts and About; any room may open them.

Imports only widgets/.
"""
