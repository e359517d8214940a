"""`python -m referral_studio` does what the `referral-studio` command does."""

import sys

from referral_studio.cli import main

sys.exit(main())
