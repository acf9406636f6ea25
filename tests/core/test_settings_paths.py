"""Preferences go to the config dir and window state to the state dir, except beside an
overridden data dir (so no test touches the real ones); carrying files over never loses one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import paths
from desktop.core.migration import carry_over


@pytest.fixture
def xdg(xdg_home: Path) -> Path:
    return xdg_home


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders")
def test_config_and_state_are_the_platforms(xdg):
    assert paths.config_dir() == xdg / "config" / "Dossier"
    assert paths.state_dir() == xdg / "state" / "Dossier"
    assert paths.config_dir(paths.data_dir()) == xdg / "config" / "Dossier"


def test_an_overridden_data_dir_keeps_them_beside_it(xdg, monkeypatch, tmp_path):
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "mine"))
    assert paths.config_dir() == paths.state_dir() == tmp_path / "mine"
    assert paths.config_dir(tmp_path / "mine") == tmp_path / "mine"


def test_a_data_folder_of_its_own_keeps_them_too(xdg, tmp_path):
    assert paths.config_dir(tmp_path / "bench") == paths.state_dir(tmp_path / "bench") == tmp_path / "bench"


def test_their_own_variables_win(xdg, monkeypatch, tmp_path):
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "mine"))
    monkeypatch.setenv("DOSSIER_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("DOSSIER_STATE_DIR", str(tmp_path / "s"))
    assert (paths.config_dir(), paths.state_dir()) == (tmp_path / "c", tmp_path / "s")


def test_carry_over_copies_once_and_keeps_the_original(tmp_path):
    old = tmp_path / "data" / "settings.ini"
    old.parent.mkdir()
    old.write_bytes(b"[General]\nzoom=135\n")
    new = tmp_path / "config" / "Dossier" / "settings.ini"
    assert carry_over(old, new)
    assert new.read_bytes() == old.read_bytes() == b"[General]\nzoom=135\n"
    new.write_bytes(b"[General]\nzoom=90\n")
    assert not carry_over(old, new)  # the new one is never overwritten
    assert new.read_bytes() == b"[General]\nzoom=90\n" and old.exists()
    assert sorted(p.name for p in new.parent.iterdir()) == ["settings.ini"]  # no temporary left


def test_carry_over_without_an_old_file_does_nothing(tmp_path):
    assert not carry_over(tmp_path / "none.ini", tmp_path / "new" / "none.ini")
    assert not (tmp_path / "new").exists()
