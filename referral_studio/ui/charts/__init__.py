"""Chart items drawn with pyqtgraph (credits histogram, funnel, referrers over time), their empty
state and their PNG/SVG export.

Imports only widgets/ and the loose ui modules: a chart never knows the window that shows it.
"""
