"""Progress of a long run on stderr: a live bar on a terminal, plain log lines otherwise, never both."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")

BAR_WIDTH = 24
REDRAW_SECONDS = 0.2  # a terminal bar redraws at most this often
LOG_SECONDS = 30.0  # without a terminal: a line every 10% of the work, or after this long,
MIN_LOG_SECONDS = 1.0  # but never two lines within this (short runs would be all log)


def duration(seconds: float) -> str:
    """`1:05:09`, `4:07`, `0:03`: hours only when there are some."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts items done out of `total`; shows the count, the rate and the time left."""

    def __init__(self, total: int, label: str, unit: str = "articles", stream: TextIO | None = None,
                 clock=time.monotonic) -> None:
        self.total, self.label, self.unit = total, label, unit
        self.stream = stream if stream is not None else sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.clock = clock
        self.start = self._shown = clock()
        self.first: float | None = None  # when the first items came: the rate leaves out start-up
        self._first_done = 0
        self.done = self._shown_done = 0
        self._next_tenth = 1

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = self.clock()
        if self.first is None:
            self.first, self._first_done = now, self.done
        since = now - self._shown
        if self.live:
            if since >= REDRAW_SECONDS or self.done >= self.total:
                self._draw(now)
        elif since >= LOG_SECONDS or (self._tenths() >= self._next_tenth and since >= MIN_LOG_SECONDS):
            self._log(now)

    def close(self) -> None:
        """Finish the bar's line, or log the last line if the run ended between two."""
        if self.live:
            self._draw(self.clock())
            self.stream.write("\n")
        elif self.done and self._shown_done != self.done:
            self._log(self.clock())
        self.stream.flush()

    def line(self, now: float) -> str:
        """`extract 120/1000 articles (12%), 4.1 articles/s, 3:34 left`."""
        percent = 100 * self.done // self.total if self.total else 100
        text = f"{self.label} {self.done}/{self.total} {self.unit} ({percent}%)"
        if self.done >= self.total:
            return f"{text}, {duration(now - self.start)} in all"
        rate = self._rate(now)
        if rate is None:
            return text
        return f"{text}, {rate:.1f} {self.unit}/s, {duration((self.total - self.done) / rate)} left"

    def _rate(self, now: float) -> float | None:
        """Items per second since the first one came, or None before there is a second."""
        if self.first is None or self.done <= self._first_done or now <= self.first:
            return None
        return (self.done - self._first_done) / (now - self.first)

    def _tenths(self) -> int:
        return 10 * self.done // self.total if self.total else 10

    def _draw(self, now: float) -> None:
        filled = BAR_WIDTH * self.done // self.total if self.total else BAR_WIDTH
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.line(now)}\x1b[K")
        self.stream.flush()
        self._shown = now

    def _log(self, now: float) -> None:
        self.stream.write(self.line(now) + "\n")
        self.stream.flush()
        self._shown, self._shown_done = now, self.done
        self._next_tenth = self._tenths() + 1


def progress(items: Iterable[T], total: int, label: str, unit: str = "articles",
             stream: TextIO | None = None) -> Iterator[T]:
    """Yield `items` unchanged, advancing a `Progress` by one for each."""
    bar = Progress(total, label, unit, stream)
    try:
        for item in items:
            bar.advance()
            yield item
    finally:
        bar.close()
