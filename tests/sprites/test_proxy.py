"""The TCP proxy WebSocket that `@fly/sprites` opens for `proxyPort`,
spoken here with the `websockets` library the Python SDK depends on:
`{"host", "port"}`, then `{"status": "connected"}`, then binary messages
both ways."""

import asyncio
import json
import time
import unittest
import uuid

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

import sdk

PORT = 18081
ECHO = f"""
import socket
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", {PORT}))
server.listen()
while True:
    conn, _ = server.accept()
    while True:
        data = conn.recv(65536)
        if not data:
            break
        conn.sendall(data.upper())
    conn.close()
"""

NO_PROXY = "guestd does not serve /v1/sprites/{name}/proxy yet"
SERVED = sdk.route_served("GET", "/proxy")
URL = sdk.BASE_URL.replace("http", "ws", 1) + f"/v1/sprites/{sdk.NAME}/proxy"
HEADERS = {"Authorization": f"Bearer {sdk.TOKEN}"}


async def open_proxy(port):
    """Opens a proxy to `port` and returns the socket and the status."""
    ws = await connect(URL, additional_headers=HEADERS)
    await ws.send(json.dumps({"host": "localhost", "port": port}))
    status = json.loads(await asyncio.wait_for(ws.recv(), 15))
    return ws, status


@sdk.expect_failure_unless(SERVED, NO_PROXY)
class Proxy(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.service = f"echo-{uuid.uuid4().hex[:8]}"
        try:
            list(sdk.sprite().create_service(cls.service, cmd="python3", args=["-c", ECHO]))
        except Exception:
            pass

    @classmethod
    def tearDownClass(cls):
        try:
            sdk.sprite().delete_service(cls.service)
        except Exception:
            pass

    def test_bytes_flow_both_ways(self):
        async def scenario():
            # The echo server may still be starting: retry for up to 10 s.
            deadline = time.monotonic() + 10
            while True:
                ws, status = await open_proxy(PORT)
                if status.get("status") == "connected" or time.monotonic() > deadline:
                    break
                await ws.close()
                await asyncio.sleep(0.2)
            if status.get("status") != "connected":
                await ws.close()
                return status, None, None, None
            await ws.send(b"hello proxy")
            first = await asyncio.wait_for(ws.recv(), 10)
            payload = bytes(range(256)) * 2048
            await ws.send(payload)
            received = b""
            while len(received) < len(payload):
                received += await asyncio.wait_for(ws.recv(), 10)
            await ws.close()
            return status, first, received, payload.upper()

        status, first, received, expected = asyncio.run(scenario())
        self.assertEqual(status["status"], "connected", status)
        self.assertEqual(first, b"HELLO PROXY")
        self.assertEqual(len(received), len(expected))
        self.assertEqual(received, expected)

    def test_closed_port_reports_error(self):
        async def scenario():
            ws, status = await open_proxy(PORT + 1)
            try:
                await asyncio.wait_for(ws.recv(), 10)
                closed = False
            except ConnectionClosed:
                closed = True
            await ws.close()
            return status, closed

        status, closed = asyncio.run(scenario())
        self.assertEqual(status["status"], "error")
        self.assertTrue(status.get("message"), status)
        self.assertTrue(closed, "the proxy stayed open after the error")

    def test_other_host_rejected(self):
        async def scenario():
            ws = await connect(URL, additional_headers=HEADERS)
            await ws.send(json.dumps({"host": "example.com", "port": 80}))
            status = json.loads(await asyncio.wait_for(ws.recv(), 10))
            await ws.close()
            return status

        status = asyncio.run(scenario())
        self.assertEqual(status["status"], "error")
        self.assertIn("example.com", status["message"])


if __name__ == "__main__":
    unittest.main()
