import pytest

from kamergraaf.settings import Settings, SettingsError, load


def test_precedence_defaults_file_env_flags(tmp_path):
    cfg = tmp_path / "k.toml"
    cfg.write_text('port = 9000\nquery_timeout = 3\nbase_iri = "https://example.org/kg/"\n')
    s = load(str(cfg), env={"KAMERGRAAF_PORT": "9100", "KAMERGRAAF_ALLOW_SERVICE_HOSTS": "a.org, b.org"}, port=None)
    assert s.port == 9100  # env beats file
    assert s.query_timeout == 3.0  # file beats default, coerced to float
    assert s.base_iri == "https://example.org/kg/"
    assert s.allow_service_hosts == ("a.org", "b.org")
    s = load(str(cfg), env={"KAMERGRAAF_PORT": "9100"}, port=9200)
    assert s.port == 9200  # flag beats env
    assert load(None, env={}).port == Settings().port == 8000


def test_bad_values_are_refused_with_the_setting_named(tmp_path):
    with pytest.raises(SettingsError, match="port"):
        load(None, env={"KAMERGRAAF_PORT": "eighty"})
    cfg = tmp_path / "k.toml"
    cfg.write_text("prot = 1\n")
    with pytest.raises(SettingsError, match="prot"):
        load(str(cfg), env={})
    with pytest.raises(SettingsError, match="base_iri"):
        load(None, env={}, base_iri="https://example.org/no-slash")
    with pytest.raises(SettingsError, match="not found"):
        load(str(tmp_path / "missing.toml"), env={})


def test_config_file_with_section_and_bad_toml(tmp_path):
    cfg = tmp_path / "k.toml"
    cfg.write_text("[kamergraaf]\nworkers = 3\n")
    assert load(str(cfg), env={}).worker_count == 3
    cfg.write_text("workers = = 3\n")
    with pytest.raises(SettingsError, match="k.toml"):
        load(str(cfg), env={})
