"""Every filesystem call of the SDK: read, write, list, stat, mkdir,
delete, rename, copy and chmod, plus paths that try to leave the
container's root."""

import unittest
import uuid

import httpx
from sprites import FileNotFoundError_, FilesystemError

import sdk

NO_CONTAINER = "the container is not running, so /fs routes answer 503"
RUNNING = sdk.container_running()


@sdk.expect_failure_unless(RUNNING, NO_CONTAINER)
class Files(unittest.TestCase):
    def setUp(self):
        self.top = f"/tmp/guestd-sdk-{uuid.uuid4().hex[:12]}"
        self.fs = sdk.sprite().filesystem(self.top)

    def seed(self):
        """Writes the file `seed`; the write is part of each test, so an
        expected failure covers it."""
        (self.fs / "seed").write_text("seed")

    def tearDown(self):
        try:
            self.fs.cwd.rmtree()
        except Exception:
            pass

    def test_write_then_read(self):
        path = self.fs / "dir" / "hello.txt"
        path.write_text("hello world\n")
        self.assertEqual(path.read_text(), "hello world\n")
        self.assertEqual(path.read_bytes(), b"hello world\n")

    def test_write_binary_and_mode(self):
        path = self.fs / "blob.bin"
        data = bytes(range(256)) * 16
        path.write_bytes(data, mode=0o600)
        self.assertEqual(path.read_bytes(), data)
        stat = path.stat()
        self.assertEqual(stat.size, len(data))
        self.assertEqual(stat.mode, "0600")
        self.assertFalse(stat.is_dir)

    def test_iterdir_lists_names(self):
        self.seed()
        (self.fs / "a.txt").write_text("a")
        (self.fs / "sub" / "b.txt").write_text("b")
        names = sorted(p.name for p in self.fs.cwd.iterdir())
        self.assertEqual(names, ["a.txt", "seed", "sub"])
        self.assertEqual((self.fs / "sub").listdir(), ["b.txt"])

    def test_exists_and_missing(self):
        self.seed()
        self.assertTrue((self.fs / "seed").exists())
        self.assertTrue((self.fs / "seed").is_file())
        self.assertFalse((self.fs / "absent").exists())
        with self.assertRaises(FileNotFoundError_):
            (self.fs / "absent").read_text()

    def test_mkdir_and_rmdir(self):
        target = self.fs / "made" / "deep"
        target.mkdir(parents=True)
        self.assertEqual((self.fs / "made").listdir(), ["deep"])
        target.rmdir()
        self.assertEqual((self.fs / "made").listdir(), [])

    def test_unlink_and_missing_ok(self):
        path = self.fs / "gone.txt"
        path.write_text("x")
        path.unlink()
        self.assertFalse(path.exists())
        path.unlink(missing_ok=True)
        with self.assertRaises(FileNotFoundError_):
            path.unlink()

    def test_rmdir_non_empty_fails(self):
        (self.fs / "full" / "f").write_text("x")
        with self.assertRaises(FilesystemError):
            (self.fs / "full").rmdir()
        (self.fs / "full").rmtree()
        self.assertFalse((self.fs / "full" / "f").exists())

    def test_rename(self):
        old = self.fs / "old.txt"
        old.write_text("moving")
        new = old.rename("new.txt")
        self.assertEqual(new.read_text(), "moving")
        self.assertFalse(old.exists())

    def test_copy_file_and_tree(self):
        (self.fs / "src" / "one").write_text("1")
        (self.fs / "src" / "nested" / "two").write_text("2")
        (self.fs / "src").copy_to(self.fs / "dst")
        self.assertEqual((self.fs / "dst" / "one").read_text(), "1")
        self.assertEqual((self.fs / "dst" / "nested" / "two").read_text(), "2")
        (self.fs / "src" / "one").copy_to(self.fs / "single")
        self.assertEqual((self.fs / "single").read_text(), "1")

    def test_chmod(self):
        path = self.fs / "script.sh"
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
        self.assertEqual(path.stat().mode, "0755")
        (self.fs / "tree" / "f").write_text("x")
        (self.fs / "tree").chmod(0o700, recursive=True)
        self.assertEqual((self.fs / "tree" / "f").stat().mode, "0700")

    def test_dotdot_stops_at_root(self):
        self.seed()
        response = httpx.get(
            f"{sdk.BASE_URL}/v1/sprites/{sdk.NAME}/fs/read",
            headers={"Authorization": f"Bearer {sdk.TOKEN}"},
            params={"path": f"../../../..{self.top}/seed", "workingDir": "/tmp"},
        )
        self.assertEqual(response.status_code, 200, response.text)
        self.assertEqual(response.content, b"seed")

    @sdk.expect_failure_unless(sdk.route_served("GET", "/exec"), "exec is not served")
    def test_symlinks_resolve_as_container_sees_them(self):
        sprite = sdk.sprite()
        self.seed()
        link = f"{self.top}/link"
        sprite.run("ln", "-s", f"../../../../../../..{self.top}/seed", link, check=True)
        inside = sprite.run("cat", link, capture_output=True, check=True).stdout
        self.assertEqual(inside, b"seed")
        self.assertEqual((self.fs / "link").read_bytes(), inside)
        sprite.run("ln", "-s", "/proc/1/root/etc", f"{self.top}/magic", check=True)
        with self.assertRaises(FilesystemError) as raised:
            (self.fs / "magic" / "hostname").read_text()
        self.assertEqual(raised.exception.code, "ELOOP")

    def test_magic_link_rejected(self):
        with self.assertRaises(FilesystemError) as raised:
            (sdk.sprite().filesystem("/") / "proc/self/root/etc/hostname").read_text()
        # Inside the container's /proc, "self" of the daemon (outside the
        # container's PID namespace) does not resolve at all.
        self.assertIn(raised.exception.code, ("ELOOP", "ENOENT"))


if __name__ == "__main__":
    unittest.main()
