"""Is the database on a network file system? (WAL mode is not safe there.)

Why it matters: SQLite's write-ahead log coordinates readers and writers through a shared-memory
file (``-shm``) that only works between processes on the same computer, and network file systems
(NFS, SMB/CIFS, sshfs, 9p …) often get file locking subtly wrong. Two workstations opening a
clinic database on a share can corrupt it. We do not refuse (a single user on a share may be
fine), but the command line warns on stderr and the window in its status bar.

Detection is best effort and never raises: Linux reads ``/proc/self/mounts`` (the longest mount
point that contains the path decides), Windows asks for UNC paths and ``DRIVE_REMOTE`` drives,
macOS / BSD call ``statfs`` and look at ``MNT_LOCAL`` and the file system's type name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "beegfs", "orangefs", "davfs", "webdav", "afpfs", "fuse.sshfs", "sshfs",
    "fuse.glusterfs", "fuse.cephfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.smbnetfs",
})

WARNING = ("warning: {path} is on a network file system ({kind}); SQLite's write-ahead log is not safe there "
           "and two computers using it can corrupt the database. Keep the database on a local disk.")


def _existing(path: Path) -> Path:
    """The path itself or its nearest existing parent (a new database's folder may not exist yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    try:
        return path.resolve()
    except OSError:
        return path


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash in mount points as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def linux_mount_type(path: Path, mounts: str) -> str | None:
    """The file system type of the mount holding ``path``, given the text of /proc/mounts."""
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point, kind = _unescape(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, best_type = point, kind
    return best_type


def network_kind(path: str | Path) -> str | None:
    """The network file system type holding ``path`` (e.g. ``"nfs4"``, ``"UNC path"``), else None."""
    try:
        if sys.platform.startswith("win"):
            return _windows_kind(Path(path))
        where = _existing(Path(path))
        if sys.platform.startswith("linux"):
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
            kind = linux_mount_type(where, mounts)
            return kind if kind in NETWORK_FS_TYPES else None
        if sys.platform == "darwin" or "bsd" in sys.platform:
            return _statfs_kind(where)
    except (OSError, ValueError, AttributeError):
        return None
    return None


def is_network_filesystem(path: str | Path) -> bool:
    """True when ``path`` (or, if it does not exist yet, its folder) is on a network file system."""
    return network_kind(path) is not None


def network_warning(path: str | Path) -> str | None:
    """The warning text to show for ``path``, or None when it is on a local disk."""
    kind = network_kind(path)
    return None if kind is None else WARNING.format(path=path, kind=kind)


def _windows_kind(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    full = os.path.abspath(path)
    if full.startswith(("\\\\", "//")) and not full.startswith(("\\\\?\\", "\\\\.\\")):
        return "UNC path"
    drive = os.path.splitdrive(full)[0]
    if drive.startswith("\\\\?\\UNC") or drive.startswith(("\\\\", "//")):
        return "UNC path"
    if not drive:
        return None
    drive_remote = 4
    if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:  # type: ignore[attr-defined]
        return "network drive"
    return None


def _statfs_kind(path: Path) -> str | None:  # pragma: no cover - macOS / BSD only
    """macOS ``struct statfs`` (64-bit inodes): f_flags at byte 64, f_fstypename[16] at byte 72."""
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    buf = ctypes.create_string_buffer(4096)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    if statfs(os.fsencode(str(path)), buf) != 0:
        return None
    if sys.platform != "darwin":
        return None  # BSD layouts differ; do not guess
    flags = int.from_bytes(buf.raw[64:68], sys.byteorder)
    name = buf.raw[72:88].split(b"\0", 1)[0].decode("ascii", "replace")
    mnt_local = 0x00001000
    if name in NETWORK_FS_TYPES or not flags & mnt_local:
        return name or "network volume"
    return None
