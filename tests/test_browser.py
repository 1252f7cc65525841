"""The report and the query page in a real browser: Debian's chromium, headless, driven by Playwright.

``.ci/run`` installs chromium when it is missing; where it cannot be installed (or Playwright is absent) these
tests skip, saying why. Playwright starts chromium with a fresh temporary profile (``--user-data-dir``) and the
flags below; nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.report import leader_network, write_report
from kg.serve import make_server
from kg.store import open_store
from kg.webpages import named_queries

from newsgen import generated, write_jsonl

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no chromium at {CHROMIUM} (.ci/run installs Debian's chromium with apt-get)")
    with sync_playwright() as p:
        try:
            opened = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        except Error as e:
            pytest.skip(f"chromium at {CHROMIUM} does not start: {str(e).splitlines()[0]}")
        yield opened
        opened.close()


class Page:
    """A new page that records console messages, page errors and every request it makes."""

    def __init__(self, browser):
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, url: str):
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)
        return self.page


@pytest.fixture(scope="module")
def generated_kg(tmp_path_factory) -> str:
    """Twelve generated articles (eight leaders meeting in pairs), built with kg: not the seed."""
    folder = tmp_path_factory.mktemp("gen-kg")
    source = write_jsonl(folder / "news.jsonl", generated(12))
    store = folder / "store"
    result = CliRunner().invoke(main, ["build", str(source), "--store", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return str(store)


def report_file(store_path: str, tmp_path: Path) -> tuple[Path, int, int]:
    out = tmp_path / "report.html"
    with open_store(store_path) as store:
        write_report(store, out)
        network = leader_network(store)
    return out, network.number_of_nodes(), network.number_of_edges()


def drawn(page) -> tuple[int, int]:
    network = page.locator("#network")
    return int(network.get_attribute("data-nodes")), int(network.get_attribute("data-edges"))


def test_browser_report_seed_draws_three_leaders_and_three_meetings(browser, seed_kg, tmp_path):
    out, nodes, edges = report_file(seed_kg, tmp_path)
    view = Page(browser)
    page = view.open(out.as_uri())
    assert drawn(page) == (nodes, edges) == (3, 3)
    labels = page.evaluate("kgCy.nodes().map(n => n.data('label')).sort()")
    assert labels == ["Andrés Manuel López Obrador", "Joe Biden", "Justin Trudeau"]
    assert view.errors == []
    assert set(view.requests) == {out.as_uri()}


def test_browser_report_node_count_is_the_meeting_network_size(browser, generated_kg, tmp_path):
    out, nodes, edges = report_file(generated_kg, tmp_path)
    view = Page(browser)
    page = view.open(out.as_uri())
    assert nodes > 3
    assert drawn(page) == (nodes, edges)
    assert view.errors == []
    assert set(view.requests) == {out.as_uri()}


def test_browser_report_search_highlights_the_leader(browser, seed_kg, tmp_path):
    out, _, _ = report_file(seed_kg, tmp_path)
    page = Page(browser).open(out.as_uri())
    page.fill("#search", "trudeau")
    page.wait_for_function("document.getElementById('network').dataset.highlighted !== undefined")
    assert page.evaluate("kgCy.nodes('.highlight').map(n => n.data('label'))") == ["Justin Trudeau"]
    assert page.evaluate("kgCy.nodes('.faded').length") == 0  # his counterparts stay visible
    assert page.locator("#person-panel h3").inner_text() == "Justin Trudeau"
    assert "Prime Minister (Canada)" in page.locator("#person-panel").inner_text()
    page.fill("#search", "")
    page.wait_for_function("document.getElementById('network').dataset.highlighted === ''")
    assert page.evaluate("kgCy.nodes('.highlight').length") == 0


def test_browser_report_timeline_filters_by_country(browser, generated_kg, tmp_path):
    out, _, _ = report_file(generated_kg, tmp_path)
    page = Page(browser).open(out.as_uri())
    total = page.locator("#timeline-list details").count()
    page.select_option("#tl-country", "JP")
    shown = page.locator("#timeline-list details").all_inner_texts()
    assert 0 < len(shown) < total
    assert all("Fumio Kishida" in text for text in shown)


@pytest.fixture
def served(seed_kg):
    with open_store(seed_kg) as store:
        server = make_server(store, port=0)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        yield server.url.removesuffix("query")
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_browser_query_page_runs_a_named_query(browser, served):
    view = Page(browser)
    page = view.open(served)
    assert page.eval_on_selector("#named-query", "p => [p.value, p.options[0].value]") == ["roles", "roles"]
    assert page.evaluate("kgYasgui.getTab().getQuery()") == named_queries()[0]["sparql"]
    page.select_option("#named-query", "roles")
    page.click("#run-named")
    page.wait_for_selector(".yasr table tbody tr td", timeout=20_000)
    rows = page.eval_on_selector_all(".yasr table tbody tr", "rows => rows.map(r => r.innerText)")
    assert len(rows) == 3
    assert any("Justin Trudeau" in r and "Prime Minister" in r for r in rows)
    assert view.errors == []
    assert {url.split("?")[0] for url in view.requests} == {served, served + "query"}


def test_browser_served_report_draws(browser, served):
    view = Page(browser)
    page = view.open(served + "report")
    assert drawn(page) == (3, 3)
    assert view.errors == []


def test_browser_report_hover_shows_roles_meetings_and_sentences(browser, seed_kg, tmp_path):
    out, _, _ = report_file(seed_kg, tmp_path)
    page = Page(browser).open(out.as_uri())
    box = page.locator("#network").bounding_box()
    x, y = page.evaluate("(() => { const p = kgCy.nodes().filter(n => n.data('label') === 'Joe Biden')[0]"
                         ".renderedPosition(); return [p.x, p.y]; })()")
    page.mouse.move(box["x"] + x, box["y"] + y)
    page.wait_for_function("document.getElementById('person-panel').dataset.person !== undefined")
    panel = page.locator("#person-panel")
    assert panel.locator("h3").inner_text() == "Joe Biden"
    assert "President (United States)" in panel.inner_text()
    assert panel.locator("details.event").count() == 2
    sentences = panel.locator("blockquote.evidence").all_text_contents()
    assert any("North American Leaders’ Summit" in s or "North American Leaders' Summit" in s for s in sentences)


def test_browser_report_timeline_filters_by_date(browser, generated_kg, tmp_path):
    out, _, _ = report_file(generated_kg, tmp_path)
    page = Page(browser).open(out.as_uri())
    total = page.locator("#timeline-list details").count()
    page.fill("#date-from", "2023-05-05")
    page.locator("#date-from").dispatch_event("change")
    dates = [text.split(" · ")[0] for text in page.locator("#timeline-list details summary").all_inner_texts()]
    assert 0 < len(dates) < total
    assert all(d >= "2023-05-05" for d in dates)
