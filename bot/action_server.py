"""Starts the Rasa SDK action server on loopback unless told otherwise.

rasa_sdk binds to 0.0.0.0 by default; the actions read every customer's money, so only Rasa on
the same machine should reach them. PENNY_ACTION_HOST widens it deliberately.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ["SANIC_HOST"] = os.environ.get("PENNY_ACTION_HOST", "127.0.0.1")
    from rasa_sdk.__main__ import main as rasa_sdk_main

    sys.argv = [sys.argv[0], "--actions", "actions", *sys.argv[1:]]
    rasa_sdk_main()


if __name__ == "__main__":
    main()
