"""The VM record, authentication, name checks and the calls that only the
hosted platform can serve."""

import unittest

import httpx
from sprites import AuthenticationError, NotFoundError, SpriteError, URLSettings
from sprites.exceptions import APIError

import sdk


class SpriteRecord(unittest.TestCase):
    def test_get_sprite_returns_this_vm(self):
        sprite = sdk.client().get_sprite(sdk.NAME)
        self.assertEqual(sprite.name, sdk.NAME)
        self.assertTrue(sprite.status, "status is empty")
        self.assertIsNotNone(sprite.created_at)
        self.assertTrue(sprite.version.startswith("guestd/"), sprite.version)


class Authentication(unittest.TestCase):
    def test_wrong_token_raises_authentication_error(self):
        with self.assertRaises(AuthenticationError):
            sdk.client(token="wrong-token").get_sprite(sdk.NAME)

    def test_missing_token_gets_401(self):
        response = httpx.get(f"{sdk.BASE_URL}/v1/sprites/{sdk.NAME}")
        self.assertEqual(response.status_code, 401, response.text)
        self.assertIn("Bearer", response.headers.get("www-authenticate", ""))

    def test_own_routes_need_the_token_on_tcp(self):
        response = httpx.get(f"{sdk.BASE_URL}/v1/status")
        self.assertEqual(response.status_code, 401, response.text)
        auth = {"Authorization": f"Bearer {sdk.TOKEN}"}
        response = httpx.get(f"{sdk.BASE_URL}/v1/status", headers=auth)
        self.assertEqual(response.status_code, 200, response.text)

    def test_wrong_token_on_exec_websocket(self):
        with self.assertRaises(APIError) as raised:
            sdk.sprite(token="wrong-token").run("true")
        self.assertEqual(raised.exception.status_code, 401)


class WrongName(unittest.TestCase):
    def test_get_other_sprite_raises_not_found(self):
        with self.assertRaises(NotFoundError):
            sdk.client().get_sprite("not-" + sdk.NAME)

    def test_exec_on_other_sprite_gets_404(self):
        with self.assertRaises(APIError) as raised:
            sdk.sprite(name="not-" + sdk.NAME).run("true")
        self.assertEqual(raised.exception.status_code, 404)

    def test_list_services_on_other_sprite_gets_404(self):
        with self.assertRaises(APIError) as raised:
            sdk.sprite(name="not-" + sdk.NAME).list_services()
        self.assertEqual(raised.exception.status_code, 404)


class PlatformOnlyCalls(unittest.TestCase):
    def assert_not_implemented(self, call):
        with self.assertRaises(SpriteError) as raised:
            call()
        self.assertIn("501", str(raised.exception))

    def test_create_sprite(self):
        self.assert_not_implemented(lambda: sdk.client().create_sprite("another"))

    def test_list_sprites(self):
        self.assert_not_implemented(lambda: sdk.client().list_sprites())

    def test_destroy_sprite(self):
        self.assert_not_implemented(lambda: sdk.client().destroy_sprite(sdk.NAME))

    def test_update_sprite(self):
        self.assert_not_implemented(
            lambda: sdk.client().update_sprite(sdk.NAME, labels=["x"])
        )
        self.assert_not_implemented(
            lambda: sdk.client().update_url_settings(sdk.NAME, URLSettings(auth="public"))
        )

    def test_upgrade_sprite(self):
        self.assert_not_implemented(lambda: sdk.client().upgrade_sprite(sdk.NAME))

    def test_network_policy(self):
        self.assert_not_implemented(lambda: sdk.sprite().get_network_policy())


if __name__ == "__main__":
    unittest.main()
