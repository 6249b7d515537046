"""End to end in headless Chromium: the real server (`kamergraaf serve`), the query page, an example
query run from the page, rows in the table. Needs Debian's chromium and chromium-driver (tests/run.sh
installs them in CI); nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from kamergraaf.endpoint.pages import example_queries
from servers import free_port

SCREENSHOTS = Path(os.environ.get("KAMERGRAAF_SCREENSHOTS", tempfile.gettempdir())) / "kamergraaf-screenshots"


@pytest.fixture(scope="module")
def server(sample_settings):
    settings = sample_settings
    port = free_port()
    kamergraaf = [sys.executable, "-m", "kamergraaf"]
    proc = subprocess.Popen(kamergraaf + ["serve", "--store", settings.store, "--base-iri", settings.base_iri,
                                          "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/health", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("kamergraaf serve did not start: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.2)
    yield url
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    assert shutil.which("chromium") and Path("/usr/bin/chromedriver").exists(), \
        "install Debian's chromium and chromium-driver (tests/run.sh does this in CI)"
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    # the page language follows Accept-Language: pin it, so that the English messages below hold on any machine
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,900", "--lang=en-US"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _shot(browser, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def test_pick_an_example_run_it_and_see_rows(server, browser):
    browser.get(server + "/query")
    buttons = browser.find_elements(By.CSS_SELECTOR, "button.example")
    assert len(buttons) == len(example_queries())
    # the examples ship with the graph model; without them the page still runs its own default query
    if buttons:
        names = [b.get_attribute("data-name") for b in buttons]
        chosen = buttons[names.index("questions") if "questions" in names else 0]
        chosen.click()
        name = chosen.get_attribute("data-name")
        editor_text = browser.find_element(By.ID, "query").get_attribute("value")
        assert editor_text.strip() == next(e["text"] for e in example_queries() if e["name"] == name).strip()
    else:
        editor = browser.find_element(By.ID, "query")
        editor.clear()
        editor.send_keys("SELECT ?q ?text WHERE { ?q a <https://w3id.org/kamergraaf/def#Question> ; "
                         "<https://schema.org/text> ?text }")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 20).until(EC.text_to_be_present_in_element((By.ID, "status"), "row(s)"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    status = browser.find_element(By.ID, "status").text
    _shot(browser, "query")
    assert rows and status.startswith(f"{len(rows)} row(s)")
    links = browser.find_elements(By.CSS_SELECTOR, "#results tbody a")
    local = [a.get_attribute("href") for a in links if a.get_attribute("href").startswith(server)]
    assert local, "IRIs of the dataset link to the local resource pages"
    assert browser.find_element(By.ID, "download-csv").get_attribute("href").startswith(server + "/sparql?format=csv")


def test_a_failing_query_shows_the_error_message(server, browser):
    browser.get(server + "/query")
    editor = browser.find_element(By.ID, "query")
    editor.clear()
    editor.send_keys("SELECT ?s WHERE { ?s ?p }")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 20).until(lambda b: "error" in b.find_element(By.ID, "status").get_attribute("class"))
    assert "malformed SPARQL query" in browser.find_element(By.ID, "status").text


def test_a_construct_query_shows_its_turtle(server, browser):
    browser.get(server + "/query")
    editor = browser.find_element(By.ID, "query")
    editor.clear()
    editor.send_keys("CONSTRUCT { ?d a <https://w3id.org/kamergraaf/def#Document> } "
                     "WHERE { ?d a <https://w3id.org/kamergraaf/def#Document> }")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 20).until(EC.text_to_be_present_in_element((By.ID, "status"), "triple(s)"))
    assert browser.find_element(By.ID, "status").text.startswith("16 triple(s)")
    turtle = browser.find_element(By.CSS_SELECTOR, "#results pre.turtle").text
    assert "kg:Document" in turtle and "ah-tk-20232024-2367" in turtle


def test_document_page_renders_with_its_figure_highlighted(server, browser):
    browser.get_log("browser")  # drop what earlier tests logged (the deliberate 400)
    browser.get(server + "/")
    _shot(browser, "home")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "table.list tbody a")]
    assert len(links) == 16
    # the first document whose answers quote a figure (not every document of the sample has one)
    with_figure = next(link for link in links
                       if b'class="figure"' in urllib.request.urlopen(link, timeout=10).read())
    browser.find_element(By.CSS_SELECTOR, f'table.list tbody a[href="{with_figure[len(server):]}"]').click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.qa")))
    _shot(browser, "document")
    marks = browser.find_elements(By.CSS_SELECTOR, "a.figure mark")
    assert marks
    quoted = marks[0].text
    marks[0].click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".figure-card")))
    _shot(browser, "figure")
    # the figure page quotes the sentence with the same words marked
    assert browser.find_element(By.CSS_SELECTOR, "blockquote.quote mark").text == quoted
    assert quoted in browser.find_element(By.CSS_SELECTOR, "blockquote.quote").text
    # no console errors from the Content-Security-Policy or the page scripts
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_document_page_opens_on_the_document_with_the_tables_collapsed(server, browser):
    browser.get_log("browser")
    browser.get(server + "/doc/ah-tk-20232024-2367")
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.qa")))
    _shot(browser, "document-top")
    facts = browser.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert "Van der Lee (GroenLinks-PvdA)" in facts and "Vragen over rekeninggluren" in browser.title
    first = browser.find_element(By.CSS_SELECTOR, "li.qa-item")
    assert first.location["y"] < browser.get_window_size()["height"]  # the first question on the first screen
    blocks = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".qa .q-head")]
    assert blocks == ["Vraag 1", "Vraag 2", "Vraag 3, 4, 5 en 6", "Vraag 7, 8, 9 10 en 11", "Vraag 12"]
    answer = browser.find_elements(By.CSS_SELECTOR, "li.qa-item")[2].find_element(By.CSS_SELECTOR, ".a-head")
    assert answer.text.startswith("Antwoord 3, 4, 5 en 6")
    incoming = browser.find_element(By.CSS_SELECTOR, "details.incoming")
    assert incoming.get_attribute("open") is None
    assert not incoming.find_element(By.CSS_SELECTOR, "ul.refs").is_displayed()
    incoming.find_element(By.TAG_NAME, "summary").click()
    assert incoming.find_element(By.CSS_SELECTOR, "ul.refs").is_displayed()
    chip = browser.find_element(By.CSS_SELECTOR, 'li.chip a[href="/instantie/DNB"]')
    chip.click()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "section.mentioned")))
    _shot(browser, "agency")
    assert browser.find_element(By.TAG_NAME, "h1").text == "DNB"
    assert browser.find_element(By.CSS_SELECTOR, "section.mentioned a[href='/doc/ah-tk-20232024-2367']")
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
