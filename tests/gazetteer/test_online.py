"""The online fallback against a local HTTP server that speaks Nominatim's JSON (never the internet)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from gazetteer import Gazetteer
from gazetteer.online import GeocoderConfigError, OnlineGeocoder

KNOWN = {
    "qasr al-hayr al-sharqi": {
        "place_id": 1, "osm_type": "node", "osm_id": 42, "lat": "35.0722", "lon": "39.0725",
        "display_name": "Qasr al-Hayr al-Sharqi, Homs Governorate, Syria", "name": "Qasr al-Hayr al-Sharqi",
        "type": "ruins", "addresstype": "tourism", "address": {"country_code": "sy"},
    },
    "ash sharqat": {
        "place_id": 2, "osm_type": "node", "osm_id": 43, "lat": "35.5100", "lon": "43.2300",
        "display_name": "Ash Sharqat, Saladin, Iraq", "name": "Ash Sharqat", "type": "town", "addresstype": "town",
        "address": {"country_code": "iq"},
    },
}


class _Nominatim(BaseHTTPRequestHandler):
    log: list[tuple[float, dict]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        url = urlsplit(self.path)
        qs = {k: v[0] for k, v in parse_qs(url.query).items()}
        type(self).log.append((time.monotonic(), qs))
        hit = KNOWN.get(qs.get("q", "").lower())
        body = json.dumps([hit] if hit and url.path == "/search" else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def nominatim():
    _Nominatim.log = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)  # shutdown() waits one poll
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Nominatim.log
    server.shutdown()


@pytest.fixture
def online_gz(nominatim, tmp_path: Path):
    url, log = nominatim
    geocoder = OnlineGeocoder(url, min_delay_seconds=0.3, cache_path=tmp_path / "cache.json")
    return Gazetteer(online=geocoder), geocoder, log


def test_offline_answers_do_not_ask_the_service(online_gz) -> None:
    gz, geocoder, log = online_gz
    assert gz.lookup("Albu Kamal").matched_by == "alias" or gz.lookup("Albu Kamal").matched_by == "exact"
    assert log == [] and geocoder.requests == 0


def test_unknown_offline_name_is_answered_online_and_marked(online_gz) -> None:
    gz, geocoder, log = online_gz
    m = gz.lookup("Qasr al-Hayr al-Sharqi")
    assert m.matched_by == "online" and m.place.layer == "online"
    assert (m.lat, m.lon, m.country) == (35.0722, 39.0725, "SY")
    assert "online geocoder http://127.0.0.1" in m.source
    assert log[0][1]["format"] == "json"


def test_answers_are_cached_on_disk(online_gz, tmp_path: Path) -> None:
    gz, geocoder, log = online_gz
    gz.lookup("Qasr al-Hayr al-Sharqi")
    gz.lookup("Qasr al-Hayr al-Sharqi")
    assert len(log) == 1
    again = OnlineGeocoder(geocoder.url, cache_path=tmp_path / "cache.json")
    assert again.geocode("Qasr al-Hayr al-Sharqi").name == "Qasr al-Hayr al-Sharqi" and again.requests == 0


def test_misses_are_cached_and_reported(online_gz) -> None:
    gz, geocoder, log = online_gz
    for _ in range(2):
        assert gz.get("Nowhereville Zzyzx") is None
    assert len(log) == 1


def test_requests_are_rate_limited(online_gz) -> None:
    gz, geocoder, log = online_gz
    gz.get("Qasr al-Hayr al-Sharqi")
    gz.get("Ash Sharqat Zzz")
    gz.get("Qwerty Placename")
    times = [t for t, _ in log]
    assert len(times) == 3
    assert all(b - a >= 0.29 for a, b in zip(times, times[1:], strict=False))


def test_country_context_is_sent(online_gz) -> None:
    gz, geocoder, log = online_gz
    gz.get("Qasr al-Hayr al-Sharqi", country="SY")
    assert log[-1][1]["countrycodes"] == "sy"


def test_organisations_never_reach_the_service(online_gz) -> None:
    gz, geocoder, log = online_gz
    assert gz.get("Kata'ib Hezbollah") is None and gz.get("Harakat al-Nujaba fighters") is None
    assert log == []


def test_off_by_default_and_config_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Gazetteer.default().online is None
    monkeypatch.delenv("STRIKEMAP_GEOCODER_URL", raising=False)
    with pytest.raises(GeocoderConfigError, match="STRIKEMAP_GEOCODER_URL"):
        OnlineGeocoder.from_env()
    with pytest.raises(GeocoderConfigError, match="http"):
        OnlineGeocoder("ftp://example")
