"""The web page in a real headless Chromium (Debian's ``chromium`` + ``chromium-driver``).

The page is served by the real app over a small real index (two corpus documents, hashing
embedder) with uvicorn on a free port; a minimal W3C WebDriver client (httpx) drives Chromium
through chromedriver. A second server needs a write token: uploading without it shows the
refusal, with it the file lands (and delete asks, then removes it). Screenshots go to
``$VNQA_SCREENSHOT_DIR`` or the test's tmp folder.
Skipped, with the reason, when the browser or its driver is not installed.
"""

from __future__ import annotations

import base64
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from qa_service.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path(shutil.which("chromedriver") or "/usr/bin/chromedriver")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C element reference key

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
    reason="headless browser test needs /usr/bin/chromium and chromedriver "
    "(Debian packages chromium and chromium-driver)",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(predicate: Callable[[], Any], timeout: float = 40.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class WebDriver:
    """The few W3C WebDriver commands this test needs."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(timeout=60)
        self.session = ""

    def _call(self, method: str, path: str, payload: dict | None = None) -> Any:
        base = f"{self.url}/session/{self.session}" if self.session else f"{self.url}/session"
        response = self.http.request(method, base + path, json=payload)
        value = response.json().get("value")
        if response.status_code >= 400:
            raise RuntimeError(f"webdriver {method} {path}: {value}")
        return value

    def start(self, user_data_dir: Path) -> None:
        args = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={user_data_dir}", "--window-size=1280,900", "--lang=vi",
        ]  # fmt: skip
        options = {"binary": str(CHROMIUM), "args": args}
        caps = {"browserName": "chrome", "goog:chromeOptions": options}
        value = self._call("POST", "", {"capabilities": {"alwaysMatch": caps}})
        self.session = value["sessionId"]

    def quit(self) -> None:
        if self.session:
            try:
                self._call("DELETE", "")
            finally:
                self.session = ""
        self.http.close()

    def get(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def find_all(self, css: str) -> list[str]:
        found = self._call("POST", "/elements", {"using": "css selector", "value": css})
        return [item[ELEMENT] for item in found]

    def find(self, css: str) -> str:
        return _wait(lambda: (self.find_all(css) or [None])[0], what=css)

    def click(self, css: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css: str, text: str) -> None:
        element = self.find(css)
        self._call("POST", f"/element/{element}/clear", {})
        self._call("POST", f"/element/{element}/value", {"text": text})

    def text(self, css: str) -> str:
        elements = self.find_all(css)
        return self._call("GET", f"/element/{elements[0]}/text") if elements else ""

    def script(self, source: str, *args: Any) -> Any:
        return self._call("POST", "/execute/sync", {"script": source, "args": list(args)})

    def screenshot(self, path: Path) -> Path:
        path.write_bytes(base64.b64decode(self._call("GET", "/screenshot")))
        return path


WRITE_TOKEN = "web-write-5c1f0a9e7d"


@contextmanager
def _serve(settings: Settings) -> Iterator[str]:
    """The real app on a free loopback port, in a thread."""
    import uvicorn

    from qa_service.api.app import create_app
    from tests.qa_service.small_index import open_with_real_embedder

    port = _free_port()
    app = create_app(settings, opener=open_with_real_embedder)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    _wait(lambda: uv.started, timeout=60, what="uvicorn")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tests.qa_service.small_index import build_small_index

    with _serve(build_small_index(tmp_path_factory.mktemp("web-index"))) as url:
        yield url


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Settings]]:
    """A server whose index changes need ``WRITE_TOKEN`` (even from this loopback browser)."""
    from tests.qa_service.small_index import build_small_index

    settings = build_small_index(tmp_path_factory.mktemp("web-secured"))
    settings = settings.model_copy(update={"api_tokens": SecretStr(WRITE_TOKEN)})
    with _serve(settings) as url:
        yield url, settings


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    port = _free_port()
    driver_log = tmp_path_factory.mktemp("chromedriver") / "chromedriver.log"
    process = subprocess.Popen(
        [str(CHROMEDRIVER), f"--port={port}", f"--log-path={driver_log}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    driver = WebDriver(f"http://127.0.0.1:{port}")
    try:
        _wait(lambda: _ready(driver.url), timeout=30, what="chromedriver")
        driver.start(tmp_path_factory.mktemp("chromium-profile"))
        yield driver
    finally:
        driver.quit()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _ready(url: str) -> bool:
    try:
        return bool(httpx.get(f"{url}/status", timeout=2).json()["value"]["ready"])
    except (httpx.HTTPError, KeyError, ValueError):
        return False


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("VNQA_SCREENSHOT_DIR")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_ask_shows_answer_and_highlighted_quotes(
    server: str, browser: WebDriver, shots: Path
) -> None:
    browser.get(server + "/")
    _wait(lambda: "văn bản" in browser.text("#health"), what="health line")
    browser.type("#question", "Quyết định nào ban hành Kế hoạch CCHC năm 2023 của Hương Trà?")
    browser.click("#ask-btn")
    answer = _wait(lambda: browser.text("#answer"), what="answer")
    assert "1941/QĐ-UBND" in answer
    # each quote is highlighted inside its surrounding text once the document has loaded
    _wait(
        lambda: browser.script(
            "return [...document.querySelectorAll('#sources .source .context')]"
            ".every(c => c.textContent.length > c.querySelector('mark.quote').textContent.length)"
        ),
        what="quotes in context",
    )
    marks = browser.script(
        "return [...document.querySelectorAll('#sources mark.quote')].map(m => m.textContent)"
    )
    assert marks and "1941/QĐ-UBND" in marks[0]
    assert "Nguồn trích dẫn" in browser.text("#sources-title")
    browser.screenshot(shots / "1-hoi-dap.png")


def test_not_found_is_said_plainly(server: str, browser: WebDriver, shots: Path) -> None:
    browser.get(server + "/")
    browser.type("#question", "Tỷ lệ hộ nghèo của huyện Kỳ Anh năm 2023 là bao nhiêu?")
    browser.click("#ask-btn")
    answer = _wait(lambda: browser.text("#answer"), what="answer")
    assert answer.startswith("Không tìm thấy câu trả lời")
    assert browser.script("return document.querySelector('#answer.not-found') !== null")
    browser.screenshot(shots / "2-khong-tim-thay.png")


def test_empty_question_shows_the_api_message(server: str, browser: WebDriver) -> None:
    browser.get(server + "/")
    browser.type("#question", "   ")
    browser.click("#ask-btn")
    message = _wait(lambda: browser.text("#ask-error"), what="error message")
    assert message == "question must not be empty or whitespace only"


def test_document_view_with_outline(server: str, browser: WebDriver, shots: Path) -> None:
    browser.get(server + "/")
    browser.click("#tab-docs")
    _wait(lambda: len(browser.find_all("#doc-list li")) == 2, what="document list")
    browser.click("#doc-list li[data-doc^='huong-tra']")
    _wait(lambda: len(browser.find_all("#doc-outline li")) > 5, what="outline")
    assert "Công tác Cải cách hành chính quý I năm 2023" in browser.text("#doc-title")
    assert "Đỗ Ngọc An" in browser.text("#doc-meta")
    browser.click("#doc-outline li:nth-child(3)")
    highlighted = _wait(lambda: browser.text("#doc-text mark.hl"), what="outline jump")
    assert highlighted
    browser.screenshot(shots / "3-van-ban.png")


def test_citations_view(server: str, browser: WebDriver, shots: Path) -> None:
    browser.get(server + "/")
    browser.click("#tab-citations")
    browser.type("#citation-number", "1941/QĐ-UBND")
    browser.click("#citation-btn")
    _wait(lambda: len(browser.find_all("#citation-results tbody tr")) >= 3, what="citations")
    assert "1941/QĐ-UBND" in browser.text("#citation-results tbody tr")
    browser.click("#conflict-btn")
    _wait(lambda: "không thống nhất" in browser.text("#citation-summary"), what="conflicts")
    browser.screenshot(shots / "4-trich-dan.png")


def test_targets_comparison_with_chart(server: str, browser: WebDriver, shots: Path) -> None:
    browser.get(server + "/")
    browser.click("#tab-targets")
    browser.type("#indicator", "cai cach thu tuc hanh chinh")
    browser.click("#compare-btn")
    _wait(lambda: len(browser.find_all("#compare-table tbody tr")) >= 1, what="comparison table")
    bars = _wait(lambda: len(browser.find_all("#compare-chart svg rect.bar")), what="chart bars")
    assert bars >= 1
    browser.click("#compare-table td.cell span")
    quote = _wait(lambda: browser.text("#cell-quote mark.quote"), what="cell quote")
    assert quote
    browser.screenshot(shots / "5-so-sanh-chi-tieu.png")


UPLOADED = """Số: 12/BC-UBND

BÁO CÁO

Kết quả tiếp nhận hồ sơ của huyện Thử Nghiệm 6 tháng đầu năm 2024

Bộ phận một cửa đã tiếp nhận 321 hồ sơ.
"""


def _choose_file(browser: WebDriver, tmp_path: Path) -> Path:
    path = tmp_path / "bao-cao-thu-nghiem.txt"
    path.write_text(UPLOADED, encoding="utf-8")
    element = browser.find("#upload-file")
    browser._call("POST", f"/element/{element}/value", {"text": str(path)})
    return path


def test_upload_without_a_token_shows_the_refusal(
    secured: tuple[str, Settings], browser: WebDriver, shots: Path, tmp_path: Path
) -> None:
    url, settings = secured
    browser.get(url + "/")
    browser.script("sessionStorage.clear()")
    browser.get(url + "/")
    browser.click("#tab-docs")
    _wait(lambda: len(browser.find_all("#doc-list li")) == 2, what="document list")
    assert browser.script("return document.querySelector('#token').value") == ""
    _choose_file(browser, tmp_path)
    browser.click("#upload-btn")
    message = _wait(lambda: browser.text("#upload-error"), what="refusal")
    assert message.startswith(
        "Cần token truy cập (Authorization: Bearer <token>) / a bearer token is required"
    )
    assert browser.script("return document.activeElement.id") == "token"
    assert not (Path(settings.corpus_dir) / "bao-cao-thu-nghiem.txt").exists()
    assert len(browser.find_all("#doc-list li")) == 2
    browser.screenshot(shots / "6-tai-len-thieu-token.png")

    browser.type("#token", "not-the-token")
    browser.click("#upload-btn")
    _wait(lambda: browser.text("#upload-error").startswith("Token không hợp lệ"), what="401")


def test_upload_with_a_token_lands_and_delete_removes_it(
    secured: tuple[str, Settings], browser: WebDriver, shots: Path, tmp_path: Path
) -> None:
    url, settings = secured
    browser.get(url + "/")
    browser.click("#tab-docs")
    browser.type("#token", WRITE_TOKEN)
    assert browser.script("return sessionStorage.getItem('vnqa-token')") == WRITE_TOKEN
    _choose_file(browser, tmp_path)
    browser.click("#upload-btn")
    status = _wait(lambda: browser.text("#upload-status"), what="upload status")
    assert status.startswith("Đã thêm corpus/bao-cao-thu-nghiem.txt")
    _wait(lambda: len(browser.find_all("#doc-list li")) == 3, what="3 documents")
    stored = Path(settings.corpus_dir) / "bao-cao-thu-nghiem.txt"
    assert stored.read_text(encoding="utf-8") == UPLOADED
    assert browser.text("#upload-error") == ""
    browser.screenshot(shots / "7-tai-len-co-token.png")

    # the token survives a reload of the page (same tab), and deleting asks first
    browser.get(url + "/")
    assert browser.script("return document.querySelector('#token').value") == WRITE_TOKEN
    browser.click("#tab-docs")
    browser.click("#doc-list li[data-doc='bao-cao-thu-nghiem']")
    _wait(lambda: "bao-cao-thu-nghiem.txt" in browser.text("#doc-meta"), what="document view")
    browser.click("#doc-delete")
    assert "bao-cao-thu-nghiem" in browser._call("GET", "/alert/text")
    browser._call("POST", "/alert/accept", {})
    _wait(lambda: len(browser.find_all("#doc-list li")) == 2, what="2 documents")
    assert not stored.exists()
