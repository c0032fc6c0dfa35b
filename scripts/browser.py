#!/usr/bin/env python3
"""Opens one local HTML page in headless Chromium and reports what a person would see.

Drives Debian's `chromium` over the DevTools protocol on a pipe (--remote-debugging-pipe: no port,
no network, Python's standard library only). Prints one JSON object on stdout:

  loaded        the page finished loading (load event, no navigation error)
  console       every console message, uncaught exception and browser log entry, each
                {"level": "error"|"warning"|"info", "source": ..., "text": ...}
  requests      every URL the page asked for (a self-contained page asks only for itself)
  eval          {name: value} for each --eval NAME=EXPRESSION, run in order after loading
  screenshot    {"path", "width", "height", "colours", "non_white"} when --screenshot is given:
                the number of distinct colours and the share of pixels that are not white

Usage:
  scripts/browser.py PAGE.html [--screenshot OUT.png] [--width 1280] [--height 900]
                     [--full-page] [--no-js] [--eval NAME=EXPRESSION ...]

Environment: CHROMIUM names the browser (default: chromium on PATH). Exit status 0 when the
report was printed (whatever it says), 2 when the browser could not be driven.
"""

import argparse
import base64
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

TIMEOUT = 60.0


class BrowserError(Exception):
    pass


class Chromium:
    """A headless Chromium whose DevTools protocol runs over fds 3 (commands) and 4 (replies)."""

    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="grade-chromium-")
        commands_read, self.commands = os.pipe()
        self.replies, replies_write = os.pipe()
        arguments = [
            executable, "--headless", "--remote-debugging-pipe", f"--user-data-dir={self.profile}",
            "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--force-color-profile=srgb",
            "--font-render-hinting=none", "about:blank",
        ]
        if os.geteuid() == 0:
            arguments.insert(1, "--no-sandbox")  # Chromium refuses its own sandbox as root

        def wire():
            os.dup2(commands_read, 3)
            os.dup2(replies_write, 4)

        self.process = subprocess.Popen(
            arguments, pass_fds=(3, 4), preexec_fn=wire,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(commands_read)
        os.close(replies_write)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.deadline = time.monotonic() + TIMEOUT

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method, seconds):
        """Waits until an event named `method` has arrived, at most `seconds`."""
        end = min(self.deadline, time.monotonic() + seconds)
        while not any(event["method"] == method for event in self.events):
            reply = self._read(end)
            if reply is None:
                return False
            if "method" in reply:
                self.events.append(reply)
        return True

    def drain(self, seconds):
        """Collects the events that arrive within `seconds`."""
        end = time.monotonic() + seconds
        while (reply := self._read(end)) is not None:
            if "method" in reply:
                self.events.append(reply)

    def _read(self, until=None):
        until = until or self.deadline
        while b"\0" not in self.buffer:
            left = until - time.monotonic()
            if left <= 0:
                if until >= self.deadline:
                    raise BrowserError(f"no answer from Chromium within {TIMEOUT:.0f} s")
                return None
            ready, _, _ = select.select([self.replies], [], [], left)
            if ready:
                chunk = os.read(self.replies, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium closed its DevTools pipe: " + self._stderr())
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def _stderr(self):
        try:
            self.process.kill()
            return self.process.communicate(timeout=5)[1].decode(errors="replace")[-2000:]
        except Exception:  # noqa: BLE001 - only for the error text
            return "(no output)"

    def close(self):
        try:
            os.write(self.commands, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
            self.process.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a browser that does not close is killed
            self.process.kill()
            self.process.wait()
        for fd in (self.commands, self.replies):
            os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


def console_entries(events):
    """Console messages, uncaught exceptions and log entries, as plain records."""
    levels = {"error": "error", "assert": "error", "warning": "warning"}
    entries = []
    for event in events:
        params = event.get("params", {})
        if event["method"] == "Runtime.consoleAPICalled":
            text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", []))
            entries.append({"level": levels.get(params.get("type"), "info"), "source": "console", "text": text})
        elif event["method"] == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            entries.append({"level": "error", "source": "exception", "text": text})
        elif event["method"] == "Log.entryAdded":
            entry = params.get("entry", {})
            level = {"error": "error", "warning": "warning"}.get(entry.get("level"), "info")
            entries.append({"level": level, "source": entry.get("source", "log"), "text": entry.get("text", "")})
    return entries


def png_statistics(data):
    """Width, height, distinct colours and the share of non-white pixels of an 8-bit RGB(A) PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise BrowserError("the screenshot is not a PNG")
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        position += 12 + length
    if depth != 8 or colour_type not in (2, 6) or interlace:
        raise BrowserError(f"unexpected PNG format: depth {depth}, colour type {colour_type}")
    channels = 3 if colour_type == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    colours, non_white = set(), 0
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                corner = previous[i - channels] if i >= channels else 0
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        for i in range(0, stride, channels):
            pixel = bytes(line[i:i + 3])
            if len(colours) < 100_000:
                colours.add(pixel)
            if pixel != b"\xff\xff\xff":
                non_white += 1
        previous = line
    return width, height, len(colours), non_white / float(width * height)


def inspect(page, arguments):
    browser = Chromium(os.environ.get("CHROMIUM") or shutil.which("chromium") or "chromium")
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", session=session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": arguments.width, "height": arguments.height, "deviceScaleFactor": 1, "mobile": False},
            session=session)
        if arguments.no_js:
            browser.send("Emulation.setScriptExecutionDisabled", {"value": True}, session=session)
        navigation = browser.send("Page.navigate", {"url": page.as_uri()}, session=session)
        loaded = "errorText" not in navigation and browser.wait_for("Page.loadEventFired", TIMEOUT)
        browser.drain(0.3)
        results = {}
        for item in arguments.eval:
            name, _, expression = item.partition("=")
            reply = browser.send(
                "Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
            if "exceptionDetails" in reply:
                details = reply["exceptionDetails"]
                results[name] = {"exception": details.get("exception", {}).get("description", details.get("text"))}
            else:
                results[name] = reply.get("result", {}).get("value")
        browser.drain(0.2)
        report = {
            "page": str(page),
            "loaded": bool(loaded),
            "navigation_error": navigation.get("errorText"),
            "console": console_entries(browser.events),
            "requests": [event["params"]["request"]["url"] for event in browser.events
                         if event["method"] == "Network.requestWillBeSent"],
            "eval": results,
        }
        if arguments.screenshot:
            shot = browser.send(
                "Page.captureScreenshot",
                {"format": "png", "captureBeyondViewport": arguments.full_page}, session=session)
            data = base64.b64decode(shot["data"])
            Path(arguments.screenshot).write_bytes(data)
            width, height, colours, non_white = png_statistics(data)
            report["screenshot"] = {
                "path": arguments.screenshot, "width": width, "height": height,
                "colours": colours, "non_white": round(non_white, 4)}
        return report
    finally:
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--screenshot")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full-page", action="store_true")
    parser.add_argument("--no-js", action="store_true")
    parser.add_argument("--eval", action="append", default=[], metavar="NAME=EXPRESSION")
    arguments = parser.parse_args()
    page = arguments.page.resolve()
    if not page.is_file():
        print(f"browser.py: no such page: {page}", file=sys.stderr)
        return 2
    try:
        report = inspect(page, arguments)
    except (BrowserError, OSError) as error:
        print(f"browser.py: {error}", file=sys.stderr)
        return 2
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
