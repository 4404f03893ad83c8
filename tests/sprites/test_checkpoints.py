"""Checkpoints through the SDK: create with its progress events, list,
get, and restore, which brings back the container's files."""

import unittest
import uuid

from sprites import NotFoundError

import sdk

NO_CHECKPOINTS = "guestd does not serve /v1/sprites/{name}/checkpoints yet"
SERVED = sdk.route_served("GET", "/checkpoints")
NO_CONTAINER = "the container is not running, so there are no files to restore"
RUNNING = sdk.container_running()


@sdk.expect_failure_unless(SERVED, NO_CHECKPOINTS)
class Checkpoints(unittest.TestCase):
    def test_create_list_get(self):
        sprite = sdk.sprite()
        comment = f"sdk test {uuid.uuid4().hex[:8]}"
        events = list(sprite.create_checkpoint(comment))
        types = [e.type for e in events]
        self.assertIn("complete", types, f"events: {events}")
        self.assertNotIn("error", types, f"events: {events}")
        listed = [c for c in sprite.list_checkpoints() if c.comment == comment]
        self.assertEqual(len(listed), 1, f"checkpoints: {sprite.list_checkpoints()}")
        fetched = sprite.get_checkpoint(listed[0].id)
        self.assertEqual(fetched.id, listed[0].id)
        self.assertEqual(fetched.comment, comment)
        with self.assertRaises(NotFoundError):
            sprite.get_checkpoint("no-such-checkpoint")


@sdk.expect_failure_unless(SERVED and RUNNING, f"{NO_CHECKPOINTS}, or {NO_CONTAINER}")
class Restore(unittest.TestCase):
    def test_restore_brings_back_files(self):
        sprite = sdk.sprite()
        path = sprite.filesystem("/") / f"srv/restore-{uuid.uuid4().hex[:8]}"
        path.write_text("before")
        comment = f"restore test {uuid.uuid4().hex[:8]}"
        list(sprite.create_checkpoint(comment))
        checkpoint = [c for c in sprite.list_checkpoints() if c.comment == comment][0]
        path.write_text("after")
        events = list(sprite.restore_checkpoint(checkpoint.id))
        types = [e.type for e in events]
        self.assertIn("complete", types, f"events: {events}")
        self.assertNotIn("error", types, f"events: {events}")
        self.assertEqual(path.read_text(), "before")


if __name__ == "__main__":
    unittest.main()
