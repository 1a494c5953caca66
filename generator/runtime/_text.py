"""Text that came from a server or a file, made safe to show: no terminal escapes, no line or bidi tricks."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC starts terminal escapes), DEL, the Unicode line and paragraph separators, bidi
# overrides and isolates, zero-width and other invisible format characters, the tag characters, and lone
# surrogates (JSON's "\ud800" reads as one; no encoding can write it, so printing it would crash).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ud800-\udfff\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]+"
)


def printable(text: str) -> str:
    """`text` with every run of control or invisible characters replaced by one space (linear time)."""
    return _UNSAFE.sub(" ", text)
