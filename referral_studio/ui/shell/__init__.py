"""The shell: the application object, the main window with its menus and actions, the welcome page,
opening the store, window geometry and the workspace windows it hands out.

The shell may import every room; no room imports the shell. A part of the main window (offer,
program and file actions) receives the narrow host it needs (shell/activities_host.py), never
the window itself.
"""
