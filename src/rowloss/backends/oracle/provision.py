"""Where an Oracle server comes from: the official image only, since Oracle is
in neither Debian nor PyPI; there is no local server. Imported on first use."""

from __future__ import annotations

from rowloss.provision.recipe import ContainerRecipe, Readiness

CONTAINER = ContainerRecipe(
    family="oracle",
    line="23",
    official_image="gvenzl/oracle-free:23-slim",
    port=1521,
    environment={
        "ORACLE_PASSWORD": "{password}",
        "APP_USER": "{user}",
        "APP_USER_PASSWORD": "{password}",
    },
    user="rowloss",
    database="",
    readiness=Readiness(greeting=None, log_line="DATABASE IS READY TO USE!", timeout_seconds=600),
    url_query=(("service_name", "FREEPDB1"),),
    unavailable="Oracle is in neither Debian nor PyPI, so rowloss cannot build an image of it",
)

local_server = None
