"""Chinese in Traditional characters read as Simplified, for the one word list of each.

Taiwan's and Hong Kong's labels ('聯繫人姓名', '商機') are the Simplified lists' words
('联系人姓名', '商机') in the other script. OpenCC's character and phrase tables convert them
(its 't2s' configuration); callers try it only where the text as written reads as nothing,
so Japanese kanji, which OpenCC would also change, stay as written.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["traditional_as_simplified"]


@functools.lru_cache(maxsize=4096)
def traditional_as_simplified(text: str) -> str:
    """``text`` with each Traditional character or phrase in its Simplified spelling."""
    return _converter().convert(text)


@functools.lru_cache(maxsize=1)
def _converter() -> Any:
    import opencc  # noqa: PLC0415  (its tables load once, for the first name it reads)

    return opencc.OpenCC("t2s")
