"""The fetcher against a real loopback server: every safety rule, robots.txt, caps, timeouts, validators."""

from __future__ import annotations

import pytest

from extract.web import FetchError, Fetcher, FetchPolicy
from extract.web.fetch import USER_AGENT, is_public_address


def fetcher(site, **policy) -> Fetcher:
    """A fetcher that trusts the site's host, as it does for a URL the user gave."""
    f = Fetcher(FetchPolicy(delay=0, retries=0, **policy))
    f.trust(site.base)
    return f


def reason(call) -> str:
    with pytest.raises(FetchError) as caught:
        call()
    return caught.value.reason


def test_a_page_is_fetched_with_its_type_and_kind(site):
    answer = fetcher(site).get(site.url("/a"))
    assert answer.status == 200 and answer.content_type == "text/html"
    assert answer.kind == "html" and b"Gaziantep" in answer.body
    assert fetcher(site).get(site.url("/feed.xml")).kind == "feed"
    assert "newsgraph" in USER_AGENT


def test_a_redirect_is_followed_to_the_page(site):
    answer = fetcher(site).get(site.url("/redirect-c"))
    assert answer.url == site.url("/c") and b"Nairobi" in answer.body


def test_a_dead_link_fails_with_its_status(site):
    with pytest.raises(FetchError) as caught:
        fetcher(site).get(site.url("/dead"))
    assert caught.value.status == 404 and "404" in str(caught.value) and not caught.value.refused


def test_robots_txt_disallow_is_honoured(site):
    assert reason(lambda: fetcher(site).get(site.url("/private/secret"))) == "robots.txt"
    assert site.hits["/private/secret"] == 0


def test_a_slow_page_hits_the_timeout(site):
    assert reason(lambda: fetcher(site, timeout=0.3).get(site.url("/slow"))) == "timeout"


def test_a_gzip_page_is_decompressed(site):
    answer = fetcher(site).get(site.url("/gzip"))
    assert b"Kenyan police arrested" in answer.body


def test_the_download_cap_stops_an_oversized_page(site):
    assert reason(lambda: fetcher(site, max_bytes=100_000).get(site.url("/big"))) == "too large"


def test_the_decompressed_cap_stops_a_compression_bomb(site):
    # A few kilobytes on the wire, 3 MB once decompressed.
    f = fetcher(site, max_bytes=100_000, max_decompressed=1_000_000)
    assert reason(lambda: f.get(site.url("/bomb"))) == "too large"


def test_a_content_type_that_is_not_a_page_is_refused(site):
    with pytest.raises(FetchError) as caught:
        fetcher(site).get(site.url("/pdf"))
    assert caught.value.reason == "content type" and caught.value.refused and "application/pdf" in str(caught.value)


def test_only_http_and_https_are_fetched(site):
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/"):
        assert reason(lambda: fetcher(site).get(url)) == "bad url"


def test_a_private_address_is_refused_unless_trusted_or_allowed(site):
    untrusted = Fetcher(FetchPolicy(delay=0, retries=0))
    assert reason(lambda: untrusted.get(site.url("/a"))) == "unsafe address"
    allowed = Fetcher(FetchPolicy(delay=0, retries=0, allow_private=True))
    assert allowed.get(site.url("/a")).status == 200


def test_a_redirect_to_another_private_host_is_refused(site):
    # The user named 127.0.0.1; the redirect leads to "localhost", a host nobody named.
    before = site.hits["/c"]
    assert reason(lambda: fetcher(site).get(site.url("/to-localhost"))) == "unsafe address"
    assert site.hits["/c"] == before
    answer = fetcher(site, allow_private=True).get(site.url("/to-localhost"))
    assert answer.url.startswith("http://localhost:") and b"Nairobi" in answer.body


def test_the_address_is_checked_after_dns_resolution():
    # A public-looking name that resolves to a link-local address (cloud metadata) is refused.
    f = Fetcher(FetchPolicy(delay=0, retries=0), resolve=lambda host, port: ["169.254.169.254"])
    assert reason(lambda: f.check_url("http://news.example/a")) == "unsafe address"
    f = Fetcher(FetchPolicy(delay=0, retries=0), resolve=lambda host, port: ["93.184.216.34", "::1"])
    assert reason(lambda: f.check_url("http://news.example/a")) == "unsafe address"
    f = Fetcher(FetchPolicy(delay=0, retries=0), resolve=lambda host, port: ["93.184.216.34"])
    f.check_url("http://news.example/a")  # public: no error


@pytest.mark.parametrize("address, public", [
    ("8.8.8.8", True), ("10.1.2.3", False), ("192.168.0.1", False), ("172.16.5.5", False),
    ("127.0.0.1", False), ("169.254.1.1", False), ("0.0.0.0", False), ("::1", False), ("fe80::1", False),
    ("fc00::1", False), ("::ffff:127.0.0.1", False), ("2606:4700::1111", True), ("224.0.0.1", False),
])
def test_address_classes(address, public):
    assert is_public_address(address) is public


def test_conditional_requests_get_not_modified(site):
    f = fetcher(site)
    first = f.get(site.url("/feed.xml"))
    assert first.etag == '"feed-v1"' and first.last_modified
    again = f.get(site.url("/feed.xml"), validators={"etag": first.etag, "last_modified": first.last_modified})
    assert again.not_modified and again.body == b""
