import os

import pytest

from rowloss.cli import INSTALLED_CACHE, CliError, find_checkout, find_suite, given, main

ROWLOSS_PROJECT = '[project]\nname = "rowloss"\n'


def test_targets_lists_every_target_with_its_state(capsys):
    assert main(["targets"]) == 0
    out = capsys.readouterr().out
    assert "sqlite-pysqlite" in out and "oracle-cx_oracle" in out
    assert out.splitlines()[0].startswith("SQLAlchemy ")


def test_the_checkout_is_found_from_a_subfolder(tmp_path):
    (tmp_path / "scenarios" / "deep").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(ROWLOSS_PROJECT)
    assert find_checkout(tmp_path / "scenarios" / "deep") == tmp_path


@pytest.fixture
def no_clone(tmp_path, monkeypatch):
    """A folder outside any rowloss clone, with rowloss installed from a wheel:
    its scenarios in ``site-packages/rowloss_scenarios``."""
    work = tmp_path / "work"
    work.mkdir()
    installed = tmp_path / "site-packages" / "rowloss_scenarios"
    installed.mkdir(parents=True)
    monkeypatch.chdir(work)
    monkeypatch.setattr("rowloss.cli.rowloss.__file__", str(tmp_path / "a" / "b" / "c.py"))
    monkeypatch.setattr("rowloss.cli.installed_scenarios", lambda: installed)
    monkeypatch.delenv("ROWLOSS_MATRIX", raising=False)
    return work, installed


def test_another_projects_scenarios_folder_is_not_a_clone(no_clone):
    work, installed = no_clone
    (work / "scenarios").mkdir()
    (work / "pyproject.toml").write_text('[project]\nname = "a-driver"\n')
    assert find_checkout(work) is None
    assert find_suite(work).scenarios == installed


def test_outside_a_clone_the_installed_scenarios_run_without_any_ini_file(no_clone):
    work, installed = no_clone
    suite = find_suite(work)
    assert suite.checkout is None and suite.scenarios == installed
    args = suite.pytest_args(work)
    assert args[args.index("-c") + 1] == os.devnull
    assert args[args.index("--rootdir") + 1] == str(work)
    assert args[args.index("--confcutdir") + 1] == str(installed)
    assert f"cache_dir={INSTALLED_CACHE}" in args


def test_a_clone_runs_its_own_scenarios_under_its_own_settings(tmp_path):
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "pyproject.toml").write_text(ROWLOSS_PROJECT)
    suite = find_suite(tmp_path)
    assert suite.scenarios == tmp_path / "scenarios"
    args = suite.pytest_args(tmp_path)
    assert args[:2] == ["--rootdir", str(tmp_path)] and "-c" not in args


def test_run_outside_a_clone_with_nothing_installed_says_what_to_do(no_clone, monkeypatch):
    monkeypatch.setattr("rowloss.cli.installed_scenarios", lambda: None)
    with pytest.raises(CliError, match="cannot find rowloss's scenarios: no rowloss clone here"):
        find_suite(no_clone[0])


def test_an_installed_run_names_its_matrix_or_none(no_clone, capsys):
    assert main(["run", "-k", "roundtrip"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "give --rowloss-matrix PATH" in err and "--rowloss-matrix none" in err


def test_a_matrix_path_that_names_nothing_is_refused(no_clone, capsys, monkeypatch):
    assert main(["run", "--rowloss-matrix", "nowhere/matrix.json"]) == 2
    assert capsys.readouterr().err == (
        "rowloss: --rowloss-matrix nowhere/matrix.json: no such file; give a matrix.json "
        "(or a run directory or cells.json), or none\n"
    )
    monkeypatch.setenv("ROWLOSS_MATRIX", "nowhere.json")
    assert main(["run"]) == 2
    assert "--rowloss-matrix nowhere.json: no such file" in capsys.readouterr().err


def test_merge_outside_a_clone_asks_for_out(no_clone, capsys):
    assert main(["merge", "some-run"]) == 2
    assert "there is none here; give --out DIR" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "environ", "value"),
    [
        (["--rowloss-matrix", "a.json", "-q"], {}, "a.json"),
        (["--rowloss-matrix=a.json", "--rowloss-matrix", "b.json"], {}, "b.json"),
        (["-q"], {"ROWLOSS_MATRIX": "env.json"}, "env.json"),
        (["--rowloss-matrix", "a.json"], {"ROWLOSS_MATRIX": "env.json"}, "a.json"),
        (["-q"], {"ROWLOSS_MATRIX": ""}, None),
    ],
)
def test_a_setting_is_read_from_its_flag_then_its_environment(args, environ, value, monkeypatch):
    monkeypatch.delenv("ROWLOSS_MATRIX", raising=False)
    for name, text in environ.items():
        monkeypatch.setenv(name, text)
    assert given(args, "matrix") == value


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["scenarios/test_roundtrip.py"], True),
        (["scenarios/test_duplicates.py::test_duplicates", "-q"], True),
        (["--rowloss-run-dir", "/tmp/x", "-k", "roundtrip"], False),
        (["-p", "no:xdist"], False),
        (["-W", "ignore::DeprecationWarning", "-k", "roundtrip"], False),
    ],
)
def test_run_takes_named_test_files_as_the_selection(args, named):
    from rowloss.cli import names_tests

    assert names_tests(args) is named
