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
