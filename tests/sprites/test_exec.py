"""Commands through the SDK's exec WebSocket: output and exit codes, stdin,
environment, TTY sessions with resize, detach and reattach with
scrollback, session listing and kill."""

import asyncio
import io
import time
import unittest

from sprites.exceptions import ExitError
from sprites.exec import Cmd
from sprites.session import kill_session, list_sessions
from sprites.websocket import WSCommand

import sdk

NO_EXEC = "guestd does not serve /v1/sprites/{name}/exec yet"
SERVED = sdk.route_served("GET", "/exec")


async def read_until(ws_cmd, marker, timeout=10.0):
    """Waits until the command's collected stdout contains `marker`."""
    deadline = time.monotonic() + timeout
    while marker not in ws_cmd.get_stdout():
        if time.monotonic() > deadline:
            raise AssertionError(f"{marker!r} not in output {ws_cmd.get_stdout()!r}")
        await asyncio.sleep(0.05)


@sdk.expect_failure_unless(SERVED, NO_EXEC)
class Commands(unittest.TestCase):
    def test_output_and_exit_code(self):
        result = sdk.sprite().run(
            "sh", "-c", "echo out; echo err >&2; exit 3", capture_output=True
        )
        self.assertEqual(result.returncode, 3)
        self.assertEqual(result.stdout, b"out\n")
        self.assertEqual(result.stderr, b"err\n")

    def test_command_output(self):
        self.assertEqual(sdk.sprite().command("echo", "hello").output(), b"hello\n")

    def test_check_raises_exit_error(self):
        with self.assertRaises(ExitError) as raised:
            sdk.sprite().run("false", check=True)
        self.assertEqual(raised.exception.exit_code(), 1)

    def test_stdin_reaches_command(self):
        data = b"line one\nline two\n" * 1000
        cmd = sdk.sprite().command("cat", stdin=io.BytesIO(data))
        self.assertEqual(cmd.output(), data)

    def test_env_and_cwd(self):
        result = sdk.sprite().run(
            "sh", "-c", 'echo "$GREETING"; pwd',
            env={"GREETING": "hi there"}, cwd="/tmp", capture_output=True,
        )
        self.assertEqual(result.stdout, b"hi there\n/tmp\n")

    def test_tty_initial_size(self):
        result = sdk.sprite().run(
            "stty", "size", tty=True, tty_rows=33, tty_cols=101, capture_output=True
        )
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"33 101", result.stdout)


@sdk.expect_failure_unless(SERVED, NO_EXEC)
class Sessions(unittest.TestCase):
    def test_tty_resize(self):
        async def scenario():
            cmd = Cmd(sdk.sprite(), ["sh"], tty=True, tty_rows=24, tty_cols=80,
                      stdin=None)
            ws_cmd = WSCommand(cmd)
            await ws_cmd.start()
            try:
                await ws_cmd.resize(cols=120, rows=40)
                await ws_cmd.ws.send(b"stty size; exit\n")
                code = await asyncio.wait_for(ws_cmd.wait(), 20)
            finally:
                await ws_cmd.close()
            return code, ws_cmd.get_stdout()

        code, output = asyncio.run(scenario())
        self.assertEqual(code, 0)
        self.assertIn(b"40 120", output)

    def test_detach_list_and_reattach(self):
        sprite = sdk.sprite()
        marker = b"scrollback-marker-7d2"

        async def start_and_detach():
            cmd = Cmd(sprite, ["sh"], tty=True)
            ws_cmd = WSCommand(cmd)
            await ws_cmd.start()
            await ws_cmd.ws.send(b"echo " + marker + b"\n")
            await read_until(ws_cmd, marker)
            await ws_cmd.close()

        asyncio.run(start_and_detach())
        sessions = [s for s in list_sessions(sprite) if s.tty and s.is_active]
        self.assertTrue(sessions, f"no live TTY session listed: {list_sessions(sprite)}")
        session = sessions[-1]
        self.assertIn("sh", session.command)

        async def reattach():
            cmd = Cmd(sprite, [], session_id=session.id)
            ws_cmd = WSCommand(cmd)
            await ws_cmd.start()
            try:
                self.assertTrue(cmd.tty, "session_info did not report a TTY")
                await read_until(ws_cmd, marker)
                await ws_cmd.ws.send(b"exit 4\n")
                return await asyncio.wait_for(ws_cmd.wait(), 20)
            finally:
                await ws_cmd.close()

        self.assertEqual(asyncio.run(reattach()), 4)

    def test_kill_session(self):
        sprite = sdk.sprite()

        async def start_and_detach():
            ws_cmd = WSCommand(Cmd(sprite, ["sleep", "600"], tty=True))
            await ws_cmd.start()
            await ws_cmd.close()

        asyncio.run(start_and_detach())
        live = [s for s in list_sessions(sprite) if "sleep" in s.command and s.is_active]
        self.assertTrue(live, "the sleep session is not listed")
        stream = kill_session(sprite, live[-1].id, signal="SIGTERM", timeout=5)
        types = [message.type for message in stream]
        self.assertIn("complete", types, f"kill events: {types}")
        still_live = [s for s in list_sessions(sprite)
                      if s.id == live[-1].id and s.is_active]
        self.assertEqual(still_live, [])


if __name__ == "__main__":
    unittest.main()
