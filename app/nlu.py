"""`python -m app.nlu`: the name the Preferences spec gives the NLU command line; the same as `python -m app nlu`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main(["nlu", *sys.argv[1:]]))
