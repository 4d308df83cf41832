"""Activity files named in a script the ASCII fold drops: which unit each name routes to.

:data:`d365migrate.mapping.activity_words.ROUTES` reads a file's Latin words ('calls', 'Termine').
EspoCRM names its Japanese, Chinese, Thai, Arabic, Persian and Urdu export sheets in the
user's script: '通話' and '会議' (Japanese), '通话', '会议' (Chinese), 'โทร', 'การประชุม'
(Thai), 'المكالمات', 'الاجتماعات' (Arabic), 'تماس ها', 'جلسات' (Persian), 'کالز', 'ملاقاتیں'
(Urdu). Such a name is read whole (its words' spaces and zero-width joiners dropped, the
export's word 'エクスポート'/'导出' kept out), as one unit's word, Traditional Chinese read as
Simplified.
"""

from __future__ import annotations

import re
import unicodedata

from d365migrate.chinese_scripts import traditional_as_simplified
from d365migrate.intake.cjk_kinds import DOWNLOAD_WORDS

__all__ = ["script_route"]

#: Unit -> its names in scripts the fold drops (written whole, NFKC, no spaces).
_ROUTES: dict[str, frozenset[str]] = {
    "phonecall": frozenset({
        "通話", "通话", "电话", "電話", "コール", "電話連絡",        # ja, zh
        "통화", "전화",                                          # ko
        "โทร", "การโทร",                                        # th
        "المكالمات", "مكالمات", "مكالمة", "اتصالات",              # ar
        "تماسها", "تماس",                                        # fa ('تماس ها')
        "کالز", "كالز", "کال",                                   # ur
        "שיחות", "שיחה", "שיחותטלפון"}),                         # he
    "appointment": frozenset({
        "会議", "会议", "會議", "ミーティング", "打合せ", "打ち合わせ", "会面", "约会", "約會",
        "회의", "미팅",
        "การประชุม", "ประชุม", "นัดหมาย",
        "الاجتماعات", "اجتماعات", "اجتماع", "المواعيد", "موعد",
        "جلسات", "جلسه", "ملاقات",
        "ملاقاتیں", "ملاقاتيں", "میٹنگز", "میٹنگ",
        "פגישות", "פגישה"}),
    "task": frozenset({"タスク", "任务", "任務", "작업", "งาน", "المهام", "مهام", "وظایف",
                       "کام", "משימות", "משימה"}),
}
_JOINERS = re.compile(r"[\s\u200b-\u200f_\-]+")


def script_route(source: str) -> str | None:
    """The unit a file named in such a script routes to (module docstring), else None."""
    text = _JOINERS.sub("", unicodedata.normalize("NFKC", source))
    if not text or any(ch.isascii() for ch in text):
        return None
    for word in DOWNLOAD_WORDS:
        if text.endswith(word) and len(text) > len(word):
            text = text[:-len(word)]
    simple = traditional_as_simplified(text)
    return next((unit for unit, names in _ROUTES.items() if text in names or simple in names),
                None)
