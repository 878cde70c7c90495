"""`python -m deckgen …`: the `deckgen` command, where the console script is not on PATH."""

from .launch import main

if __name__ == "__main__":
    main()
