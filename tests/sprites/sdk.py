"""Shared setup of the Sprites SDK suite: a client and a sprite handle
pointed at the guestd under test, read from the environment that
tests/sprites.rs sets."""

import os

from sprites import SpritesClient

BASE_URL = os.environ["SPRITES_BASE_URL"]
TOKEN = os.environ["SPRITES_TOKEN"]
NAME = os.environ["SPRITES_NAME"]


def client(token=TOKEN):
    """A client for the daemon under test, with a short timeout."""
    return SpritesClient(token=token, base_url=BASE_URL, timeout=30.0)


def sprite(token=TOKEN, name=NAME):
    """A handle to the VM (or to another name, to test rejection)."""
    return client(token).sprite(name)
