"""Opening a current store is quick: one query for the schema version, and Alembic only when a migration is due."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from referral_studio.store import database
from referral_studio.store.database import Store

OPEN = "import sys; from referral_studio.store.database import Store; Store(sys.argv[1]).close(); print('alembic' in sys.modules)"


def alembic_loaded_when_opening(path: Path) -> bool:
    result = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, check=True)
    return result.stdout.strip() == "True"


def test_alembic_is_imported_only_when_a_migration_is_due(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    assert alembic_loaded_when_opening(path)  # a new store is created by its migrations
    assert not alembic_loaded_when_opening(path)  # a current one opens without them
    with Store(path).engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'zzzz'")
    result = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, check=False)
    assert "written by a newer Referral Studio (schema zzzz)" in result.stderr  # still refused, without Alembic


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(database._MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    head, known = database._revisions()
    assert head == scripts.get_current_head()
    assert known == {script.revision for script in scripts.walk_revisions()}
