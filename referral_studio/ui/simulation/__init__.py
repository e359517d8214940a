"""The simulation workspace: the traffic form, run controls, results (summary, leaderboard, event
inspector, traffic and fraud tabs), Compare Goal Types, presenter mode and result exports.

Imports widgets/, help/ and charts/; never the editor, forecast or activities rooms or the shell.
"""
