from rowloss.redact import redact_text, safe_url


def test_safe_url_hides_the_password():
    assert safe_url("postgresql://u:hunter2@h:5432/d") == "postgresql://u:***@h:5432/d"


def test_passwords_inside_error_text_are_hidden():
    text = "could not connect to mysql+pymysql://root:hunter2@10.0.0.1/x: refused"
    assert "hunter2" not in redact_text(text)
    assert "mysql+pymysql://root:***@10.0.0.1/x" in redact_text(text)


def test_scratch_table_names_read_the_same_in_every_run():
    from rowloss.redact import stable_text

    message = 'duplicate key value violates unique constraint "rowloss_9aa5d3_13_pkey"'
    assert stable_text(message) == 'duplicate key value violates unique constraint "<table>_pkey"'


def test_a_password_holding_at_signs_is_hidden_whole():
    assert redact_text("mysql://root:p@ss@10.0.0.1/x") == "mysql://root:***@10.0.0.1/x"


def test_a_password_given_is_hidden_wherever_it_shows_up():
    from rowloss.redact import remember_secret

    remember_secret("s3cr3t-given")
    assert redact_text("the driver said: bad s3cr3t-given") == "the driver said: bad ***"
