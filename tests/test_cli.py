import pytest

from rowloss.cli import CliError, find_checkout, main


def test_targets_lists_every_target_with_its_state(capsys):
    assert main(["targets"]) == 0
    out = capsys.readouterr().out
    assert "sqlite-pysqlite" in out and "oracle-cx_oracle" in out
    assert out.splitlines()[0].startswith("SQLAlchemy ")


def test_the_checkout_is_found_from_a_subfolder(tmp_path):
    (tmp_path / "scenarios" / "deep").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("")
    assert find_checkout(tmp_path / "scenarios" / "deep") == tmp_path


def test_run_outside_a_checkout_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr("rowloss.cli.Path.cwd", lambda: tmp_path)
    monkeypatch.setattr("rowloss.cli.rowloss.__file__", str(tmp_path / "a" / "b" / "c.py"))
    with pytest.raises(CliError, match="cannot find rowloss's scenarios/"):
        find_checkout(tmp_path)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["scenarios/test_roundtrip.py"], True),
        (["scenarios/test_duplicates.py::test_duplicates", "-q"], True),
        (["--rowloss-run-dir", "/tmp/x", "-k", "roundtrip"], False),
        (["-p", "no:xdist"], False),
    ],
)
def test_run_takes_named_test_files_as_the_selection(args, named):
    from rowloss.cli import names_tests

    assert names_tests(args) is named
