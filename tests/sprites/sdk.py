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


def container_running():
    """Whether the daemon reports its container as running."""
    import httpx

    response = httpx.get(
        f"{BASE_URL}/v1/status", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    response.raise_for_status()
    return response.json()["container"]["state"] == "running"


def expect_failure_unless(condition, reason):
    """Marks a test as expected to fail while `condition` is false.

    `reason` says which part of guestd is missing; a test that passes while
    marked fails the suite as an unexpected success, so the mark cannot
    outlive the gap.
    """
    import unittest

    def decorate(test):
        if condition:
            return test
        test.__doc__ = f"expected to fail: {reason}"
        return unittest.expectedFailure(test)

    return decorate


def route_served(method, path):
    """Whether the daemon serves `method path` under this VM (anything but
    404 and 501)."""
    import httpx

    response = httpx.request(
        method,
        f"{BASE_URL}/v1/sprites/{NAME}{path}",
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    return response.status_code not in (404, 501)
