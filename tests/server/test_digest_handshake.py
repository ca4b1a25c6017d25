"""Digest pushes do the handshake before any body goes out.

requests sends a Digest request once without credentials, reads the 401
and sends it again. A large body sent that way can be cut by the server
closing the connection after its 401 (Virtuoso does), which the client
sees as "connection reset" instead of a refusal. So a Digest push reads
a bodiless probe first: no request carrying a body may meet a 401.
"""

from __future__ import annotations

import pytest
import requests

from graph.store import PushError, endpoint_for, push
from graph.store.auth import make_auth
from tests.server.conftest import virtuoso_graphs

pytestmark = pytest.mark.server


def _recording_session() -> tuple[requests.Session, list[tuple[str, int, int]]]:
    """A session that notes (method, status, body length) of every answer, 401s included."""
    seen: list[tuple[str, int, int]] = []
    session = requests.Session()

    def note(response, *args, **kwargs):
        body = response.request.body or b""
        seen.append((response.request.method, response.status_code, len(body)))

    session.hooks["response"].append(note)
    return session, seen


@pytest.mark.parametrize("method", ["graph-store", "update"])
def test_no_body_meets_a_401(virtuoso_url, wikinews_kg, method):
    session, seen = _recording_session()
    report = push(wikinews_kg, endpoint_for("virtuoso", virtuoso_url, credentials=True), method=method,
                  auth=make_auth(("dba", "dba"), "digest"), session=session)
    assert report.graphs == 7
    assert sum(virtuoso_graphs(virtuoso_url).values()) > 0
    with_body = [(verb, status) for verb, status, size in seen if size > 0]
    assert with_body, "the uploads carry bodies"
    assert all(status != 401 for _, status in with_body), seen
    # The handshake went first, on a bodiless probe.
    assert seen[0][0] == "GET" and seen[0][2] == 0, seen


def test_refused_credentials_fail_every_graph_before_any_upload(virtuoso_url, wikinews_kg):
    session, seen = _recording_session()
    with pytest.raises(PushError) as caught:
        push(wikinews_kg, endpoint_for("virtuoso", virtuoso_url, credentials=True), retries=0,
             auth=make_auth(("dba", "wrong"), "digest"), session=session)
    report = caught.value.report
    assert report.graphs == 0 and len(report.failed) == 7
    assert all("401" in why and "Digest credentials were refused" in why for _, why in report.failed)
    assert all(size == 0 for _, _, size in seen), "no body went out"
    assert virtuoso_graphs(virtuoso_url) == {}
