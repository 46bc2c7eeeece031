"""The matrix page works in a real browser, straight from the file system.

A page that renders as text yet shows nothing, or whose filters or detail
silently break, would hide exactly the dropped and altered rows it exists to
show; so these tests open it in Debian's headless Chromium, driven by Selenium
through Debian's chromedriver (never downloaded), and read the live DOM.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from rowloss.cells import APPLICATION, STACK, Cell, CellKey, Outcome, Versions
from rowloss.publish.cellfiles import load, relative_to
from rowloss.render.html import page_data, render_html
from rowloss.render.pages import write_pages
from rowloss.render.summary_model import Stack, not_run_lines, stack_view, summary

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
BROWSER_MISSING = "install Debian's chromium and chromium-driver: scripts/install-system-packages"
HEADLESS_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--force-color-profile=srgb",
    "--window-size=1400,900",
)
VIEWPORT = (1400, 900)
"""The first screen a reader sees; the browser's own frame is left out."""

REPRODUCER = (
    "reproducers/duplicates/in_batch/mariadb-permissive-mysqldb-insert_ignore-autocommit.py"
)
SCRIPT_BREAKOUT = "</script><script>window.rowlossInjected = true</script><!--<script>"
DROPPED_RED = bytes((0xC6, 0x28, 0x28))
"""The background of the DROPPED badge (--dropped in the page's CSS)."""

SERVERS = {
    "postgresql": "15.20 (Debian 15.20-0+deb12u1)",
    "mariadb": "10.11.19-MariaDB-0+deb12u1",
    "mysql": "8.4.3",
    "sqlite": "3.40.1",
    "oracle": "",
}


def make_cell(
    database: str,
    mode: str,
    driver: str,
    api: str,
    outcome: Outcome,
    detail: str,
    *,
    root_cause: str = "duplicates",
    scenario: str = "in_batch",
    signal: tuple[str, ...] = ("none",),
    reproducer: str | None = None,
    layer: str = STACK,
    evidence: dict | None = None,
) -> Cell:
    measured = outcome is not Outcome.NOT_RUN
    return Cell(
        key=CellKey(root_cause, scenario, database, mode, driver, api, "autocommit", "2.0"),
        outcome=outcome,
        detail=detail,
        data=("rows missing",) if outcome is Outcome.DROPPED else (),
        signal=signal if measured else (),
        versions=Versions(SERVERS[database], "1.2.3", "2.0.58") if measured else Versions(),
        environment={"time_zone": "UTC"} if measured else {},
        evidence=(
            evidence or {"given": 2, "stored": 1, "server_warnings": ["Warning 1062"]}
            if measured
            else {}
        ),
        reproducer=reproducer,
        run={"run": "20261126T000000Z"},
        test_id=f"scenarios/test_{root_cause}.py::test_{root_cause}[{database}-{driver}-{api}]",
        layer=layer,
    )


CELLS = [
    make_cell("postgresql", "default", "psycopg", "core_executemany", Outcome.OK, "2 rows stored"),
    make_cell(
        "postgresql",
        "default",
        "psycopg",
        "on_conflict_do_nothing",
        Outcome.DROPPED,
        "1 of 2 rows missing ('CODE-0'); rowcount revealed it",
        signal=("rowcount",),
    ),
    make_cell(
        "postgresql", "default", "asyncpg", "core_executemany", Outcome.RAISED, "UniqueViolation"
    ),
    make_cell(
        "mariadb",
        "permissive",
        "mysqldb",
        "insert_ignore",
        Outcome.DROPPED,
        "1 of 2 rows missing ('CODE-0'); warning and rowcount revealed it",
        signal=("warning", "rowcount"),
        reproducer=REPRODUCER,
    ),
    make_cell("mariadb", "strict", "mysqldb", "core_executemany", Outcome.RAISED, "IntegrityError"),
    make_cell(
        "mariadb",
        "permissive",
        "mysqldb",
        "core_executemany",
        Outcome.DROPPED,
        "1 of 2 rows missing (1); nothing revealed it",
        root_cause="failed_session",
        scenario="swallowed_error",
        layer=APPLICATION,
        evidence={
            "given": 2,
            "stored": 1,
            "missing": 1,
            "batch": "2 rows, faulty at 1, value ((23, 30), -720)",
            "explored": 2,
        },
    ),
    make_cell(
        "mariadb",
        "permissive",
        "pymysql",
        "core_executemany",
        Outcome.ALTERED,
        "1 rows changed in name (cut to 10 characters); warning revealed it",
        root_cause="truncation",
        scenario="too_long_string",
        signal=("warning",),
    ),
    make_cell(
        "mariadb",
        "strict",
        "pymysql",
        "core_executemany",
        Outcome.PARTIAL,
        "IntegrityError reached the caller, yet 1 of 2 rows stored",
    ),
    make_cell("mysql", "strict", "mysqlconnector", "core_multivalues", Outcome.OK, "2 rows stored"),
    make_cell(
        "sqlite",
        "default",
        "pysqlite",
        "core_executemany",
        Outcome.ALTERED,
        "offset dropped " + SCRIPT_BREAKOUT,
        root_cause="datetimes",
        scenario="aware_into_naive_column",
    ),
    make_cell("sqlite", "default", "pysqlite", "add_all", Outcome.ERROR, "suite failed: KeyError"),
    make_cell(
        "oracle",
        "default",
        "oracledb",
        "core_executemany",
        Outcome.NOT_RUN,
        "oracle: no server configured; pass --db oracle=URL",
    ),
]

SHOWN_KEY_COLUMNS = ("root_cause", "scenario", "api", "transaction")
SHOWN_TARGET_COLUMNS = ("database", "mode", "driver", "sqlalchemy")


def expected_rows(not_run: bool = False, **chosen: str) -> list[list[str]]:
    """The table rows (key columns, then outcome) of the cells matching ``chosen``;
    cells not run only with ``not_run``, as the page hides them by default."""
    matching = sorted(
        (
            cell
            for cell in CELLS
            if (not_run or cell.outcome is not Outcome.NOT_RUN)
            and all(
                cell.outcome.value == value
                if column == "outcome"
                else getattr(cell.key, column) == value
                for column, value in chosen.items()
            )
        ),
        key=lambda cell: cell.key,
    )
    return [
        [getattr(c.key, name) for name in SHOWN_KEY_COLUMNS + SHOWN_TARGET_COLUMNS]
        + [c.outcome.value]
        for c in matching
    ]


def shown_rows(browser: WebDriver) -> list[list[str]]:
    """The rows the page shows now: key column texts, then the row's outcome."""
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('#cell-rows tr.cell'), (row) =>"
        " Array.from(row.cells, (cell) => cell.textContent).slice(0, 8)"
        ".concat([row.dataset.outcome]));"
    )


def choose(browser: WebDriver, column: str, value: str) -> None:
    Select(browser.find_element(By.CSS_SELECTOR, f"select#filter-{column}")).select_by_value(value)


def png_colours(png: bytes) -> set[bytes]:
    """The distinct pixel colours of an 8-bit, non-interlaced RGB or RGBA PNG.

    Enough of a decoder to tell a real screenshot from a blank one, without Pillow.
    """
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, compressed = 8, []
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            compressed.append(body)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, "unexpected PNG layout"
    pixel_size = 3 if colour_type == 2 else 4
    stride = width * pixel_size
    raw = zlib.decompress(b"".join(compressed))
    previous, colours = bytearray(stride), set()
    for y in range(height):
        start = y * (stride + 1)
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(raw[start], line, previous, pixel_size)
        colours.update(bytes(line[x : x + pixel_size]) for x in range(0, stride, pixel_size))
        previous = line
    return colours


def _unfilter(filter_type: int, line: bytearray, previous: bytearray, pixel_size: int) -> None:
    """Undoes one scanline's PNG filter in place (PNG spec, section 9)."""
    for i in range(len(line)):
        left = line[i - pixel_size] if i >= pixel_size else 0
        up = previous[i]
        up_left = previous[i - pixel_size] if i >= pixel_size else 0
        if filter_type == 1:
            predicted = left
        elif filter_type == 2:
            predicted = up
        elif filter_type == 3:
            predicted = (left + up) // 2
        elif filter_type == 4:
            estimate = left + up - up_left
            distances = (abs(estimate - left), abs(estimate - up), abs(estimate - up_left))
            predicted = (left, up, up_left)[distances.index(min(distances))]
        else:
            predicted = 0
        line[i] = (line[i] + predicted) & 255


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page for CELLS, with the one reproducer it links to beside it."""
    folder = tmp_path_factory.mktemp("report")
    reproducer = folder / REPRODUCER
    reproducer.parent.mkdir(parents=True)
    reproducer.write_text("print('reproduce')\n")
    page = folder / "index.html"
    page.write_text(render_html(CELLS, {"run": "20261126T000000Z"}), encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """One headless Chromium for the module; Selenium Manager is kept offline."""
    if not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()):
        pytest.fail(BROWSER_MISSING, pytrace=False)
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in HEADLESS_FLAGS:
        options.add_argument(flag)
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("SE_OFFLINE", "1")
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    width, height = VIEWPORT
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    yield driver
    driver.quit()


@pytest.fixture
def page(browser: WebDriver, page_file: Path) -> WebDriver:
    browser.get(page_file.as_uri())
    return browser


def test_same_cells_render_byte_identical_html() -> None:
    metadata = {"run": "20261126T000000Z"}
    first = render_html(CELLS, metadata)
    assert render_html(CELLS, metadata) == first
    assert render_html(list(reversed(CELLS)), metadata) == first


def test_script_end_tag_in_a_detail_stays_inside_the_data() -> None:
    html = render_html(CELLS)
    opening = '<script type="application/json" id="rowloss-data">'
    data_text = html.split(opening, 1)[1].split("</script>", 1)[0]
    assert "</" not in data_text and "<!--" not in data_text
    data = json.loads(data_text)
    details = data["values"][data["columns"].index("detail")]
    assert any(SCRIPT_BREAKOUT in detail for detail in details)
    assert html.count("</script>") == html.count("<script")


def test_page_data_holds_every_cell_unchanged() -> None:
    """The compact format loses nothing: each cell reads back as it was given."""
    data = page_data(CELLS)
    columns, values = data["columns"], data["values"]

    def read(row: list, column: int) -> object:
        if columns[column] not in data["pieced"]:
            return values[column][row[column]]
        pieces = row[column]
        return (
            None
            if pieces is None
            else data["piece_separator"].join(values[column][p] for p in pieces)
        )

    read_back = [{name: read(row, i) for i, name in enumerate(columns)} for row in data["cells"]]
    for cell, fields in zip(sorted(CELLS, key=lambda c: c.key), read_back, strict=True):
        given = cell.to_dict()
        key = given.pop("key")
        assert {name: fields[name] for name in key} == key
        assert {name: fields[name] for name in given} == {
            name: list(value) if isinstance(value, tuple) else value
            for name, value in given.items()
        }


def test_every_cell_run_is_listed_at_first_and_not_run_on_demand(page: WebDriver) -> None:
    assert shown_rows(page) == expected_rows()
    status = page.find_element(By.ID, "status")
    not_run = sum(c.outcome is Outcome.NOT_RUN for c in CELLS)
    assert status.get_attribute("data-matching") == str(len(CELLS) - not_run)
    assert page.execute_script("return window.rowlossInjected") is None
    page.find_element(By.ID, "show-not-run").click()
    assert shown_rows(page) == expected_rows(not_run=True)
    assert "not_run=shown" in page.current_url


def test_database_filter_leaves_only_that_database(page: WebDriver) -> None:
    choose(page, "database", "mariadb")
    rows = shown_rows(page)
    assert rows == expected_rows(database="mariadb")
    assert len(rows) == 5
    assert {row[4] for row in rows} == {"mariadb"}
    assert "#database=mariadb" in page.current_url


def test_outcome_filter_narrows_the_database_filter(page: WebDriver) -> None:
    choose(page, "database", "mariadb")
    choose(page, "outcome", "dropped")
    assert shown_rows(page) == expected_rows(database="mariadb", outcome="dropped")
    assert len(shown_rows(page)) == 2
    choose(page, "outcome", "silent")
    assert [row[-1] for row in shown_rows(page)] == ["dropped", "dropped", "altered"]


def test_filters_in_the_address_are_applied_on_opening(page: WebDriver, page_file: Path) -> None:
    page.get(page_file.as_uri() + "#database=postgresql&outcome=dropped")
    assert shown_rows(page) == expected_rows(database="postgresql", outcome="dropped")
    assert Select(page.find_element(By.ID, "filter-database")).first_selected_option.text == (
        "postgresql"
    )


def test_clicking_a_row_shows_its_detail_and_reproducer(page: WebDriver, page_file: Path) -> None:
    detail = page.find_element(By.ID, "cell-detail")
    assert not detail.is_displayed()
    choose(page, "database", "mariadb")
    page.find_element(By.CSS_SELECTOR, "tr.cell[data-outcome=dropped]").click()
    assert detail.is_displayed()
    assert detail.get_attribute("data-outcome") == "dropped"
    assert "DROPPED" in detail.find_element(By.CSS_SELECTOR, ".detail-outcome").text
    assert detail.find_element(By.ID, "detail-text").text == (
        "1 of 2 rows missing ('CODE-0'); warning and rowcount revealed it"
    )
    assert "A warning, the rowcount" in detail.text
    assert "10.11.19-MariaDB-0+deb12u1" in detail.text
    link = detail.find_element(By.CSS_SELECTOR, "a.reproducer")
    target = Path(url2pathname(urlparse(link.get_attribute("href")).path))
    assert target == page_file.parent / REPRODUCER
    assert target.is_file()


def test_not_run_detail_gives_the_reason(page: WebDriver) -> None:
    choose(page, "outcome", "not-run")
    page.find_element(By.CSS_SELECTOR, "tr.cell[data-outcome=not-run]").click()
    detail = page.find_element(By.ID, "cell-detail")
    assert detail.find_element(By.ID, "detail-text").text == (
        "Not run: oracle: no server configured; pass --db oracle=URL"
    )
    assert detail.find_elements(By.CSS_SELECTOR, "a.reproducer") == []


def test_script_end_tag_in_a_detail_is_shown_as_text(page: WebDriver) -> None:
    page.find_element(
        By.CSS_SELECTOR, "tr.cell[data-database=sqlite][data-outcome=altered]"
    ).click()
    text = page.find_element(By.ID, "detail-text").text
    assert text == "offset dropped " + SCRIPT_BREAKOUT


def test_screenshot_is_not_blank_and_shows_dropped_in_red(page: WebDriver) -> None:
    colours = png_colours(page.get_screenshot_as_png())
    assert len(colours) > 1, "the screenshot is one flat colour"
    assert any(colour.startswith(DROPPED_RED) for colour in colours), "no DROPPED badge visible"


# ---- the summary, the stack view, the words: as a reader meets them ----

SHOWN_COUNTS = """return Array.from(document.querySelectorAll('#summary-rows a.count'), (a) => {
  const row = a.closest('tr');
  return [row.dataset.database, row.dataset.mode, row.dataset.driver, row.dataset.sqlalchemy,
    row.dataset.server, a.closest('td').dataset.rootCause, a.dataset.layer,
    a.textContent.replace('app ', '')];
});"""

SHOWN_SCENARIOS = """return Array.from(
  document.querySelectorAll('#stack-content tr.scenario-row'), (row) => [
   row.dataset.rootCause, row.dataset.scenario, row.dataset.layer,
   row.classList.contains('silent'), row.classList.contains('application'),
   row.querySelector('.layer-tag') ? row.querySelector('.layer-tag').textContent : '']);"""


def expected_counts(cells: list[Cell]) -> list[list[str]]:
    """The summary model's counts, as the page's count links should show them."""
    return sorted(
        [
            row.stack.database,
            row.stack.mode,
            row.stack.driver,
            " ".join(row.lines),
            row.server,
            cause,
            layer,
            f"{count.silent}/{count.measured}",
        ]
        for row in summary(cells)
        for (cause, layer), count in row.counts.items()
    )


def shown_counts(browser: WebDriver) -> list[list[str]]:
    return sorted(browser.execute_script(SHOWN_COUNTS))


def silent_scenarios(cells: list[Cell], stack: Stack, api: str) -> list[list[object]]:
    """The silent rows of one stack and insert API, in the summary model's order."""
    return [
        [r.root_cause, r.scenario, r.layer]
        for r in stack_view(cells, stack, "2.0", api)
        if r.silent
    ]


def shown_silent(browser: WebDriver) -> list[list[object]]:
    rows = browser.execute_script(SHOWN_SCENARIOS)
    for root_cause, scenario, layer, _, marked, tag in rows:
        assert marked == (layer == APPLICATION) == (tag == "application code"), (
            f"{root_cause}/{scenario}: the application's rows are marked, the stack's not"
        )
    return [row[:3] for row in rows if row[3]]


def test_summary_counts_are_the_summary_models(page: WebDriver) -> None:
    assert shown_counts(page) == expected_counts(CELLS)
    assert any(row[6] == APPLICATION for row in shown_counts(page))


def test_summary_counts_follow_the_filters_and_the_application_toggle(page: WebDriver) -> None:
    choose(page, "api", "core_executemany")
    assert shown_counts(page) == expected_counts(
        [c for c in CELLS if c.key.api == "core_executemany"]
    )
    page.find_element(By.ID, "show-application").click()
    assert "application=hidden" in page.current_url
    assert shown_counts(page) == expected_counts(
        [c for c in CELLS if c.key.api == "core_executemany" and c.layer == STACK]
    )
    assert page.find_elements(By.CSS_SELECTOR, "#cell-rows tr.cell[data-layer=application]") == []


def test_not_run_is_one_line_per_database_and_unmeasured_drivers_are_not_listed(
    page: WebDriver,
) -> None:
    lines = [
        li.get_attribute("textContent")
        for li in page.find_elements(By.CSS_SELECTOR, "#not-run-lines li")
    ]
    assert lines == [
        f"Not run, {n.database}, {n.cells} cells: {n.reason}." for n in not_run_lines(CELLS)
    ]
    assert "no Oracle server was available" in lines[0]
    versions = page.find_element(By.ID, "versions").get_attribute("textContent")
    assert "oracledb" not in versions and "oracle" not in versions


def test_a_count_opens_the_stack_view_and_the_address_reloads_it(
    page: WebDriver, page_file: Path
) -> None:
    page.find_element(
        By.CSS_SELECTOR,
        "tr.summary-row[data-database=mariadb][data-mode=permissive][data-driver=mysqldb] "
        "td[data-root-cause=duplicates] a.count",
    ).click()
    assert page.find_element(By.ID, "stack-view").is_displayed()
    assert not page.find_element(By.ID, "summary").is_displayed()
    url = page.current_url
    assert "view=stack" in url and "root_cause=duplicates" in url
    stack = Stack("mariadb", "permissive", "mysqldb")
    duplicates = [c for c in CELLS if c.key.root_cause == "duplicates"]
    assert shown_silent(page) == [
        [r.root_cause, r.scenario, r.layer]
        for r in stack_view(duplicates, stack, "2.0")
        if r.silent
    ]
    page.get(page_file.as_uri() + "#view=stack&database=mariadb&mode=permissive&driver=mysqldb")
    assert shown_silent(page) == [
        [r.root_cause, r.scenario, r.layer] for r in stack_view(CELLS, stack, "2.0") if r.silent
    ]
    sentence = page.find_element(By.CSS_SELECTOR, "tr.scenario-row.silent td.sentence").text
    assert sentence == "1 of 2 rows not stored (insert_ignore)", "the gist, without the keys"
    signal = page.find_element(By.CSS_SELECTOR, "tr.scenario-row.silent td.signal").text
    assert signal == "a warning, the rowcount"
    page.find_element(By.ID, "back-to-summary").click()
    assert page.find_element(By.ID, "summary").is_displayed()


def test_detail_speaks_plainly(page: WebDriver, page_file: Path) -> None:
    page.get(page_file.as_uri() + "#layer=application")
    page.find_element(By.CSS_SELECTOR, "tr.cell[data-layer=application]").click()
    text = page.find_element(By.ID, "cell-detail").text
    assert "Smallest batch that showed it: 2 rows, the faulty one at position 2" in text
    assert "the application's own code" in text
    for internal in ("faulty at", "explored", "-720"):
        assert internal not in text


def test_modes_and_partial_have_one_wording() -> None:
    html = render_html(CELLS)
    assert "<strong>permissive</strong>: sql_mode=&#39;&#39; on every connection" in html
    assert html.count("an error reached the caller, yet rows were stored") >= 1


def test_every_link_resolves_beside_the_other_pages(tmp_path: Path, browser: WebDriver) -> None:
    """The links of the page (its noscript, the legend, a stack page,
    a reproducer) name files the same rendering wrote beside it."""
    reproducer = tmp_path / REPRODUCER
    reproducer.parent.mkdir(parents=True)
    reproducer.write_text("print('reproduce')\n")
    write_pages(CELLS, tmp_path)
    page = tmp_path / "index.html"
    html = page.read_text(encoding="utf-8")
    noscript = html.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    assert 'href="MATRIX.md"' in noscript and 'href="matrix.json"' in noscript
    browser.get(page.as_uri() + "#view=stack&database=mariadb&mode=permissive&driver=mysqldb")
    browser.find_element(By.CSS_SELECTOR, ".cell-link.outcome-dropped").click()
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href]'), (a) => a.href)"
        ".filter((href) => href.startsWith('file:'));"
    )
    targets = {Path(url2pathname(urlparse(link).path)) for link in links}
    assert tmp_path / "stacks" / "mariadb-permissive-mysqldb.md" in targets
    assert reproducer in targets
    missing = [t for t in targets if t != page and t.name != "matrix.json" and not t.is_file()]
    assert missing == []


# ---- the published page, every cell of reports/, opened as a reader would ----

PUBLISHED = Path(__file__).resolve().parent.parent / "reports" / "matrix.json"
STACKS = (
    (Stack("postgresql", "default", "psycopg2"), "bulk_insert_mappings"),
    (Stack("mariadb", "permissive", "pymysql"), "bulk_insert_mappings"),
)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Cell]]:
    """The published matrix rendered as its page, in a folder of its own."""
    folder = tmp_path_factory.mktemp("published")
    cells = relative_to(load(PUBLISHED, check_schema=False), folder)
    (folder / "index.html").write_text(render_html(cells), encoding="utf-8")
    return folder / "index.html", cells


def test_published_page_first_screen(
    browser: WebDriver, published: tuple[Path, list[Cell]], tmp_path: Path
) -> None:
    page_file, cells = published
    browser.get(page_file.as_uri())
    timing = browser.execute_script(
        "return [window.rowlossSummaryAt, window.rowlossSummaryPaintedAt || null,"
        " document.getElementById('summary-table').getBoundingClientRect().bottom,"
        " window.innerWidth, window.innerHeight];"
    )
    summary_at, painted_at, bottom, width, height = timing
    screenshot = tmp_path / "published-summary.png"
    browser.save_screenshot(str(screenshot))
    size = page_file.stat().st_size
    print(
        f"\npublished page: {size:,} bytes, {len(cells):,} cells; summary rendered "
        f"{summary_at:.0f} ms after navigation (painted {painted_at or float('nan'):.0f} ms); "
        f"summary ends at {bottom:.0f} px of {width}x{height}; screenshot {screenshot}"
    )
    assert (width, height) == VIEWPORT
    # The time is printed, not asserted: a figure of the machine, not a property of the page.
    assert summary_at > 0, "the page marks when its summary is rendered"
    assert shown_counts(browser) == expected_counts(cells)
    assert bottom <= height, "the summary does not fit the first screen"


@pytest.mark.parametrize(("stack", "api"), STACKS, ids=lambda v: getattr(v, "slug", v))
def test_published_stack_view(
    browser: WebDriver, published: tuple[Path, list[Cell]], tmp_path: Path, stack: Stack, api: str
) -> None:
    """Picked as a reader would: the stack's name in the summary, then the insert API."""
    page_file, cells = published
    browser.get(page_file.as_uri())
    browser.find_element(
        By.CSS_SELECTOR,
        f"tr.summary-row[data-database={stack.database}][data-mode={stack.mode}]"
        f"[data-driver={stack.driver}] a.stack-link",
    ).click()
    choose(browser, "api", api)
    screenshot = tmp_path / f"{stack.slug}-{api}.png"
    browser.save_screenshot(str(screenshot))
    print(f"\n{stack.title} + {api}: screenshot {screenshot}")
    assert browser.find_element(By.ID, "stack-view").is_displayed()
    expected = silent_scenarios(cells, stack, api)
    assert expected, "the published matrix has silent scenarios on this stack"
    assert shown_silent(browser) == expected
    assert any(layer == APPLICATION for _, _, layer in expected)
    bottom = browser.execute_script(
        "const rows = document.querySelectorAll('#stack-view tr.scenario-row.silent');"
        "return rows[rows.length - 1].getBoundingClientRect().bottom;"
    )
    assert bottom <= VIEWPORT[1], f"the last silent scenario ends at {bottom:.0f} px"
    browser.refresh()
    assert shown_silent(browser) == expected, "the address keeps the view"


AXIS_HEADS = "#stack-content table.scenarios th[data-axis-value]"


def test_the_sqlalchemy_line_is_a_filter_a_summary_row_and_an_axis_of_the_stack_view(
    browser: WebDriver, tmp_path: Path
) -> None:
    import dataclasses

    older = [
        dataclasses.replace(
            cell,
            key=dataclasses.replace(cell.key, sqlalchemy="1.4"),
            outcome=Outcome.RAISED if cell.outcome.silent else cell.outcome,
        )
        for cell in CELLS
        if cell.key.database == "mariadb"
    ]
    page_file = tmp_path / "index.html"
    page_file.write_text(render_html([*CELLS, *older]), encoding="utf-8")
    browser.get(page_file.as_uri())
    rows = browser.find_elements(
        By.CSS_SELECTOR,
        "tr.summary-row[data-database=mariadb][data-mode=permissive][data-driver=mysqldb]",
    )
    assert sorted(row.get_attribute("data-sqlalchemy") for row in rows) == ["1.4", "2.0"]
    agreeing = browser.find_elements(
        By.CSS_SELECTOR,
        "tr.summary-row[data-database=mariadb][data-mode=strict][data-driver=mysqldb]",
    )
    assert [row.get_attribute("data-sqlalchemy") for row in agreeing] == ["1.4 2.0"], (
        "lines whose counts agree share one row"
    )
    link = agreeing[0].find_element(By.CSS_SELECTOR, "a.stack-link").get_attribute("href")
    assert "sqlalchemy=" not in link, "a shared row opens the stack on every line"
    Select(browser.find_element(By.CSS_SELECTOR, "select[data-column=sqlalchemy]")).select_by_value(
        "1.4"
    )
    lines = {
        row.get_attribute("data-sqlalchemy")
        for row in browser.find_elements(By.CSS_SELECTOR, "tr.summary-row")
    }
    assert lines == {"1.4"}
    stack = "#view=stack&database=mariadb&mode=permissive&driver=mysqldb"
    browser.get(page_file.as_uri() + stack + "&by=sqlalchemy")
    heads = browser.find_elements(
        By.CSS_SELECTOR, "#stack-content table.scenarios th[data-axis-value]"
    )
    assert [head.text for head in heads][:2] == ["1.4", "2.0"]
    row = browser.find_element(By.CSS_SELECTOR, "tr.scenario-row[data-scenario=in_batch]")
    by_line = {
        td.get_attribute("data-value"): td.text
        for td in row.find_elements(By.CSS_SELECTOR, "td.tx")
    }
    assert "raised" in by_line["1.4"].lower() and "dropped" in by_line["2.0"].lower()
    Select(browser.find_element(By.ID, "stack-axis")).select_by_value("transaction")
    assert "by=" not in browser.current_url, "the default axis is left out of the address"
    heads = browser.find_elements(
        By.CSS_SELECTOR, "#stack-content table.scenarios th[data-axis-value]"
    )
    assert {head.text for head in heads} == {"autocommit"}
