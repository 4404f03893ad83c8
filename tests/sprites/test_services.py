"""A service's lifecycle through the SDK: create with its startup log,
inspect, list, stop, start, signal and delete."""

import unittest
import uuid

from sprites.exceptions import APIError

import sdk

NO_SERVICES = "guestd does not serve /v1/sprites/{name}/services yet"
SERVED = sdk.route_served("GET", "/services")


@sdk.expect_failure_unless(SERVED, NO_SERVICES)
class ServiceLifecycle(unittest.TestCase):
    def setUp(self):
        self.name = f"svc-{uuid.uuid4().hex[:8]}"

    def tearDown(self):
        try:
            sdk.sprite().delete_service(self.name)
        except Exception:
            pass

    def create(self):
        return list(sdk.sprite().create_service(
            self.name,
            cmd="sh",
            args=["-c", 'echo "ready $MODE in $(pwd)"; exec sleep 600'],
            env={"MODE": "test"},
            dir="/tmp",
            duration=2,
        ))

    def test_create_streams_startup_log(self):
        events = self.create()
        output = "".join(e.data or "" for e in events if e.type == "stdout")
        self.assertIn("ready test in /tmp", output, f"events: {events}")
        self.assertIn("started", [e.type for e in events])

    def test_get_and_list(self):
        self.create()
        service = sdk.sprite().get_service(self.name)
        self.assertEqual(service.cmd, "sh")
        self.assertEqual(service.env, {"MODE": "test"})
        self.assertEqual(service.dir, "/tmp")
        self.assertEqual(service.state.status, "running")
        self.assertIsNotNone(service.state.pid)
        names = [s.name for s in sdk.sprite().list_services()]
        self.assertIn(self.name, names)

    def test_stop_then_start(self):
        self.create()
        sprite = sdk.sprite()
        stop_events = [e.type for e in sprite.stop_service(self.name)]
        self.assertIn("stopped", stop_events)
        self.assertEqual(sprite.get_service(self.name).state.status, "stopped")
        start_events = [e.type for e in sprite.start_service(self.name)]
        self.assertIn("started", start_events)
        self.assertEqual(sprite.get_service(self.name).state.status, "running")

    def test_signal_running_service(self):
        self.create()
        sdk.sprite().signal_service(self.name, "SIGHUP")
        with self.assertRaises(APIError) as raised:
            sdk.sprite().signal_service(self.name, "SIGNOTASIGNAL")
        self.assertEqual(raised.exception.status_code, 400)

    def test_delete_then_get_is_404(self):
        self.create()
        sdk.sprite().delete_service(self.name)
        with self.assertRaises(APIError) as raised:
            sdk.sprite().get_service(self.name)
        self.assertEqual(raised.exception.status_code, 404)


if __name__ == "__main__":
    unittest.main()
