"""Wait until a URL answers (used by `make demo` after starting the server in the background)."""

import sys
import time
import urllib.request

url, deadline = sys.argv[1], time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        urllib.request.urlopen(url, timeout=2)
        sys.exit(0)
    except OSError:
        time.sleep(0.3)
sys.exit(f"{url} did not answer within 60 s")
