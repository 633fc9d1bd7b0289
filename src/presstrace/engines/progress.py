"""Progress of long runs: a tqdm bar on a terminal, plain log lines (every few seconds) otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total: int | None = None, stream: TextIO = sys.stderr,
                 every: float = 10.0, enabled: bool = True):
        self.label, self.total, self.stream, self.every = label, total, stream, every
        self.done = self.failed = self.skipped = 0
        self.started = self._last_log = time.monotonic()
        self.enabled = enabled
        self._bar = None
        if enabled and stream.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=label, unit=" articles", file=stream, smoothing=0.1)

    def set_total(self, total: int | None) -> None:
        """Learn the total late (it is counted in the background while work starts)."""
        self.total = total
        if self._bar is not None and total:
            self._bar.total = total
            self._bar.refresh()

    def count_in_background(self, count) -> None:
        import threading

        threading.Thread(target=lambda: self.set_total(count()), daemon=True).start()

    def update(self, ok: bool = True, skipped: bool = False) -> None:
        self.done += 1
        self.failed += not ok
        self.skipped += skipped
        if self._bar is not None:
            self._bar.update(1)
            if self.failed or self.skipped:
                self._bar.set_postfix(failed=self.failed, skipped=self.skipped, refresh=False)
        elif self.enabled and time.monotonic() - self._last_log >= self.every:
            self._last_log = time.monotonic()
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.label}: {self.done}" + (f"/{self.total}" if self.total else "") + " items",
                 f"{rate:.1f}/s", f"{self.failed} failed", f"{self.skipped} already stored"]
        if self.total and self.done >= 10 and self.total > self.done:
            parts.append(f"ETA {_duration((self.total - self.done) / rate)}")
        return ", ".join(parts)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
