"""Offline for real: a whole conversation, the window included, opens no network connection and
writes nothing outside the app's own data folder (run in a fresh home, every socket watched)."""

import subprocess
import sys

from tests.conftest import PROJECT_ROOT
from tests.packaging.conftest import files_under

# Every way Python code reaches the network goes through these; a non-local one is recorded and refused.
GUARD = '''
import socket, sys
reached = []
def local(host):
    return str(host) in ("localhost", "127.0.0.1", "::1", "") or str(host).startswith("127.") \\
        or isinstance(host, str) and host.startswith("/")
real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo
def connect(self, address, *rest):
    host = address[0] if isinstance(address, tuple) else address
    if not local(host):
        reached.append(("connect", host))
        raise OSError("network refused in this test")
    return real_connect(self, address, *rest)
def getaddrinfo(host, *rest, **named):
    if not local(host):
        reached.append(("lookup", host))
        raise OSError("network refused in this test")
    return real_getaddrinfo(host, *rest, **named)
socket.socket.connect, socket.getaddrinfo = connect, getaddrinfo
'''

CONVERSATION = GUARD + '''
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from app.ui.main import Application, load_session
from app.ui.screenshots import settle
qt = QApplication([])
session = load_session()
session.warm_up()
app = Application(qt, False)
window = app.start(session)
window.send("say", "a small phone under 400 dollars with a good camera, no Samsung")
window.send("answer", "os", ["android"])
window.show_results()
settle(qt, window)
window.send("keep", window.snapshot.results.cards[0].phone["id"])
window.start_over()
settle(qt, window)
print("cards", len(session.snapshot.results.cards), "reached", reached)
'''


def test_a_whole_conversation_reaches_no_network_and_writes_only_its_data(fresh_home, tmp_path):
    result = subprocess.run([sys.executable, "-c", CONVERSATION], cwd=PROJECT_ROOT, env=fresh_home,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "reached []" in result.stdout, result.stdout
    home = tmp_path / "home"
    written = [p.relative_to(home).as_posix() for p in files_under(home)]
    outside = [p for p in written if not p.startswith(".local/share/phone-guide/")
               and not p.startswith(".config/PhoneGuide/")]
    assert not outside, outside
