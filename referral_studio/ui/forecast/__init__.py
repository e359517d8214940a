"""The forecast workspace: the study form (traffic assumptions and variants), the Dask run thread,
results with their fan charts, and the PDF report.

Imports widgets/, help/ and charts/; never the editor, simulation or activities rooms or the shell.
"""
