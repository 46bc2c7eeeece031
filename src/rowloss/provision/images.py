"""rowloss's own server images, built from Debian packages without any registry.

A release's base image is a ``debootstrap --variant=minbase`` tree imported
into the engine (``rowloss/debian:<release>``); a family's image is built
``FROM`` it with the family's packages and entrypoint (its recipe's
:class:`~rowloss.provision.recipe.DebianImage`) and tagged
``rowloss/<family>:<server line>``. A build checks that the server it installed
is of that line, so a tag never names a server it does not hold. Images are
reused while present; ``rowloss images remove`` removes them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rowloss.provision.base import Unavailable
from rowloss.provision.container import docker_client, image_present
from rowloss.provision.leftovers import IMAGE_WORK_PARENT
from rowloss.provision.ownership import owned_directory
from rowloss.provision.recipe import IMAGE_PREFIX, ContainerRecipe, DebianImage

DEFAULT_MIRROR = "http://deb.debian.org/debian"
MIRROR_ENV = "ROWLOSS_DEBIAN_MIRROR"
DEFAULT_SECURITY_MIRROR = "http://deb.debian.org/debian-security"
SECURITY_MIRROR_ENV = "ROWLOSS_DEBIAN_SECURITY_MIRROR"
ROLLING = ("sid", "unstable")
IMAGE_LABEL = "org.rowloss.image"
BUILD_TIMEOUT_SECONDS = 1800
APT_SETTINGS = (
    # A release's Release file may have expired for the machine's clock.
    'Acquire::Check-Valid-Until "false";\n'
    'APT::Install-Recommends "false";\n'
    'APT::Install-Suggests "false";\n'
)
NO_SERVICE_STARTS = "#!/bin/sh\nexit 101\n"
"""``policy-rc.d``: a package's maintainer scripts start no service in a build."""

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Built:
    image: str
    seconds: float
    reused: bool


def base_tag(release: str) -> str:
    return f"{IMAGE_PREFIX}debian:{release}"


def sources_list(release: str, mirror: str, security_mirror: str) -> str:
    """The release with its point-release and security updates, as installed
    servers get them; sid has neither."""
    lines = [f"deb {mirror} {release} main"]
    if release not in ROLLING:
        lines += [
            f"deb {mirror} {release}-updates main",
            f"deb {security_mirror} {release}-security main",
        ]
    return "\n".join(lines) + "\n"


def dockerfile(recipe: ContainerRecipe, debian: DebianImage) -> str:
    install = [
        *debian.before_install,
        "apt-get update -qq",
        "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq " + " ".join(debian.packages),
        "rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb",
        *debian.after_install,
    ]
    return "\n".join(
        [
            f"FROM {base_tag(debian.release)}",
            f'LABEL {IMAGE_LABEL}="{recipe.family}" org.rowloss.release="{debian.release}"',
            "RUN set -e; " + "; ".join(install),
            "COPY entrypoint.sh /usr/local/bin/rowloss-entrypoint",
            "RUN chmod 755 /usr/local/bin/rowloss-entrypoint",
            'ENTRYPOINT ["/usr/local/bin/rowloss-entrypoint"]',
            "",
        ]
    )


def _run(command: list[str], what: str) -> None:
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        tail = (finished.stderr or finished.stdout).strip().splitlines()[-2:]
        raise Unavailable(f"{what} failed ({finished.returncode}): {' | '.join(tail)}")


def build_base(client: Any, release: str, progress: Progress) -> Built:
    """``rowloss/debian:<release>`` from debootstrap, unless it exists."""
    tag = base_tag(release)
    if image_present(client, tag):
        return Built(tag, 0.0, reused=True)
    debootstrap = shutil.which("debootstrap") or "/usr/sbin/debootstrap"
    if not Path(debootstrap).exists():
        raise Unavailable(
            "debootstrap is missing; install it (scripts/install-system-packages) to build images"
        )
    if os.geteuid() != 0:
        raise Unavailable("debootstrap needs root; run: sudo .venv/bin/rowloss images build")
    started = time.monotonic()
    mirror = os.environ.get(MIRROR_ENV, DEFAULT_MIRROR)
    workdir = owned_directory(f"rowloss-debootstrap-{release}-", parent=IMAGE_WORK_PARENT)
    try:
        tree = workdir / "tree"
        progress(f"{tag}: debootstrap --variant=minbase {release} from {mirror}")
        _run(
            [debootstrap, "--variant=minbase", release, str(tree), mirror],
            f"debootstrap {release}",
        )
        (tree / "etc/apt/apt.conf.d/99rowloss").write_text(APT_SETTINGS)
        security_mirror = os.environ.get(SECURITY_MIRROR_ENV, DEFAULT_SECURITY_MIRROR)
        (tree / "etc/apt/sources.list").write_text(sources_list(release, mirror, security_mirror))
        policy = tree / "usr/sbin/policy-rc.d"
        policy.write_text(NO_SERVICE_STARTS)
        policy.chmod(0o755)
        for leftover in (tree / "var/cache/apt/archives").glob("*.deb"):
            leftover.unlink()
        archive = workdir / "rootfs.tar"
        _run(["tar", "-C", str(tree), "--numeric-owner", "-cf", str(archive), "."], "tar")
        progress(f"{tag}: importing the tree")
        client.api.import_image_from_file(
            str(archive),
            repository=tag.partition(":")[0],
            tag=release,
            changes=[f'LABEL {IMAGE_LABEL}="debian" org.rowloss.release="{release}"'],
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return Built(tag, time.monotonic() - started, reused=False)


def build(client: Any, recipe: ContainerRecipe, progress: Progress, rebuild: bool = False) -> Built:
    """``rowloss/<family>:<line>``, built unless present (or ``rebuild``)."""
    debian = recipe.debian
    if debian is None:
        raise Unavailable(recipe.unavailable or f"no Debian package of {recipe.family}")
    if image_present(client, recipe.own_image) and not rebuild:
        return Built(recipe.own_image, 0.0, reused=True)
    started = time.monotonic()
    base = build_base(client, debian.release, progress)
    if not base.reused:
        progress(f"{base.image}: built in {base.seconds:.0f} s")
    progress(f"{recipe.own_image}: installing {', '.join(debian.packages)} from {debian.release}")
    folder = owned_directory("rowloss-image-")
    try:
        (folder / "Dockerfile").write_text(dockerfile(recipe, debian))
        (folder / "entrypoint.sh").write_text(debian.entrypoint)
        stream = client.api.build(
            path=str(folder),
            tag=recipe.own_image,
            network_mode="host",
            rm=True,
            forcerm=True,
            decode=True,
            timeout=BUILD_TIMEOUT_SECONDS,
        )
        _follow(stream, recipe.own_image, progress)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    _check_line(client, recipe, debian)
    return Built(recipe.own_image, time.monotonic() - started, reused=False)


def _follow(stream: Iterable[dict[str, Any]], image: str, progress: Progress) -> None:
    for event in stream:
        if "error" in event:
            raise Unavailable(f"building {image} failed: {str(event['error']).strip()[:300]}")
        line = str(event.get("stream", "")).strip()
        if line.startswith("Step "):
            progress(f"{image}: {line[:120]}")


def _check_line(client: Any, recipe: ContainerRecipe, debian: DebianImage) -> None:
    output = client.containers.run(
        recipe.own_image, entrypoint=list(debian.version_command), remove=True
    )
    version = output.decode(errors="replace").strip()
    if f" {recipe.line}." not in f" {version}".replace("Ver ", " "):
        client.images.remove(recipe.own_image, force=True)
        raise Unavailable(
            f"{debian.release}'s {recipe.family} is not of line {recipe.line} (it reports "
            f"{version}); the recipe in rowloss.backends.{recipe.family} needs updating"
        )


def listed(client: Any) -> list[tuple[str, str, int]]:
    """(tag, created, size in bytes) of every image rowloss built."""
    rows = []
    for image in client.images.list(filters={"label": IMAGE_LABEL}):
        for tag in image.tags:
            rows.append((tag, str(image.attrs.get("Created", ""))[:19], int(image.attrs["Size"])))
    return sorted(rows)


def remove(client: Any, tags: Iterable[str]) -> list[str]:
    removed = []
    for tag in tags:
        if image_present(client, tag):
            client.images.remove(tag, force=True)
            removed.append(tag)
    return removed


__all__ = ["Built", "base_tag", "build", "docker_client", "dockerfile", "listed", "remove"]
