"""Marketing Activities: the programs-and-offers tree, its search, the selected offer's details pane
with its revisions, and the dialogs that name or remove an offer or program.

Imports widgets/ and help/; never another window room or the shell.
"""
