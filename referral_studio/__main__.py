"""`python -m referral_studio` does what the `referral-studio` command does."""

import sys

try:
    from referral_studio.cli import main
except KeyboardInterrupt:  # Ctrl+C while the command is still starting: nothing has been written yet
    print("\nreferral-studio: interrupted; nothing was written", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
