"""The application's use cases, Qt-free: what a window asks for, each one whole or not at all.

`offers.Offers` holds Marketing Activities' use cases on one store (open, create, clone,
approve, discard, rename, delete, restore, import, export); `simulation` plans and runs a
simulation (one offer, or every goal type compared); `demo` builds the trainers' demo
workspace. Windows call these and show what comes back; the command line may too.
A forecast (referral_studio.forecast) is started the same way: a use case module here
that the forecast workspace calls, with progress and cancel passed in as plain callables.
"""
