"""The offer editor: App Settings and Offer Details pages (the fraud lab's settings among them),
the offer document, its undo commands, field binding and the draft autosave.

Imports widgets/, help/ and charts/; never the simulation, forecast or activities rooms or the shell.
"""
