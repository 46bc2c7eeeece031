"""Settings: one typed place, flag over environment over ini, clear errors."""

import pytest

from rowloss.config import SettingError, resolve


def settings(cli=None, ini=None, env=None):
    return resolve(cli or {}, ini or {}, env or {})


def test_defaults_select_everything_from_every_source():
    s = settings()
    assert s.backends == () and s.drivers == () and s.require == frozenset()
    assert s.sources == ("url", "docker", "local")
    assert "oracle" in s.selected_databases()


def test_flag_beats_environment_beats_ini():
    ini = {"backends": "oracle"}
    env = {"ROWLOSS_BACKENDS": "mariadb"}
    assert settings(ini=ini).backends == ("oracle",)
    assert settings(ini=ini, env=env).backends == ("mariadb",)
    assert settings({"backends": "sqlite,postgresql"}, ini, env).backends == (
        "sqlite",
        "postgresql",
    )


def test_named_and_bare_urls():
    s = settings({"urls": ["mariadb=mysql+pymysql://u:pw@db.example:3306/x", "postgresql://u@h/d"]})
    assert s.urls["mariadb"].drivername == "mariadb"
    assert s.urls["mariadb"].password == "pw"
    assert s.urls["postgresql"].drivername == "postgresql"


@pytest.mark.parametrize(
    ("cli", "message"),
    [
        ({"backends": "postgres"}, "unknown backend 'postgres'"),
        ({"require": "maria"}, "unknown backend 'maria'"),
        ({"drivers": "psycopg9"}, "unknown driver 'psycopg9'"),
        ({"sources": "cloud"}, "unknown source 'cloud'"),
        ({"urls": ["not a url"]}, "is not a database URL"),
        ({"urls": ["mssql+pyodbc://u:pw@h/d"]}, "cannot tell which database"),
    ],
)
def test_bad_input_is_one_line_naming_the_fix(cli, message):
    with pytest.raises(SettingError, match=message) as raised:
        settings(cli)
    assert "\n" not in str(raised.value)


def test_a_bad_url_error_does_not_show_its_password():
    with pytest.raises(SettingError) as raised:
        settings({"urls": ["mssql+pyodbc://u:hunter2@h/d"]})
    assert "hunter2" not in str(raised.value)


def test_each_value_is_read_by_its_kind():
    s = settings(
        {"run_dir": "/tmp/a run, with commas", "drivers": "psycopg2, pg8000"},
        env={"ROWLOSS_URLS": "postgresql://u:p,w@h/d\nmariadb://u@h/d"},
    )
    assert str(s.run_dir) == "/tmp/a run, with commas", "a path is never split"
    assert s.drivers == ("psycopg2", "pg8000"), "a list is split on commas and spaces"
    assert s.urls["postgresql"].password == "p,w", "a URL is never split on a comma"
    assert set(s.urls) == {"postgresql", "mariadb"}, "in the environment, one URL a line"


def test_a_flags_url_is_taken_whole():
    with pytest.raises(SettingError, match="'postgresql=this is not a url' is not"):
        settings({"urls": ["postgresql=this is not a url"]})


def test_a_driver_in_the_scheme_narrows_that_database_only():
    s = settings({"urls": ["postgresql+psycopg://u@h/d"]})
    assert s.url_drivers == {"postgresql": "psycopg"}
    specs = s.target_specs()
    assert {spec.driver.name for spec in specs if spec.database == "postgresql"} == {"psycopg"}
    assert len({spec.driver.name for spec in specs if spec.database == "mariadb"}) > 1


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:Zq7secretPW@127.0.0.1:notaport/db",
        "postgresql://u:Zq7s ecretPW@127.0.0.1:notaport/db",
        "postgresql://u:Zq7s@ecretPW@h/db",
        "postgresql+nosuch://u:Zq7secretPW@h/db",
    ],
)
def test_an_unreadable_url_never_shows_its_password(url):
    with pytest.raises(SettingError) as raised:
        settings({"urls": [url]})
    assert "ecretPW" not in str(raised.value) and "\n" not in str(raised.value)
