"""Words that name an object kind in Japanese and Chinese file names ('組織 Export', '人员导出').

Discovery's name words are Latin letters (Cyrillic and Greek folded to them): a name written
in Japanese or Chinese folds to nothing, so its kind went unread. Such a name is read whole:
one run of those characters, the download's word ('导出', 'エクスポート': export) at its end
dropped, that is a kind's word, and no other word beside it but the ones that say nothing
('Export', a number). A name of two runs ('Link 提供モデル_連絡先', '关联交付模式_联系人') is a
link or a qualified name: not read here.

After these hand-written words, the harvested kind words of every script the ASCII fold drops
(``data/harvested_script_kinds.yml``: Thai 'ลูกค้า', Arabic 'العملاء', Korean '고객') read a
name the same way: its one word in such a script, whole, beside words that say nothing. A
word two kinds claim (in two languages) names neither.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import yaml

from d365migrate.chinese_scripts import traditional_as_simplified
from d365migrate.script_labels import compact, script_words, unfoldable

__all__ = ["CJK_KIND_WORDS", "DOWNLOAD_WORDS", "cjk_kind", "hand_kind"]

_CJK = re.compile(r"[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
#: A download's word for "export", written after the class's label ('人员导出').
DOWNLOAD_WORDS = ("导出", "導出", "匯出", "エクスポート")
#: Words after the records' noun that say "information" or "list" of them: litemall's admin
#: exports '商品信息' (goods information), '用户信息'; Japanese '商品情報', '顧客一覧'.
_LIST_ENDINGS = ("信息", "資訊", "情報", "列表", "一覧", "清单", "清單")
#: A search's word after the class's label: CiviCRM's 'アクティビティの検索' (the search of
#: activities) names its records as 'Activity Search' does (intake/search_names.py).
_SEARCH_ENDINGS = ("の検索", "検索", "搜索", "搜尋")   # Traditional Chinese's too
#: Latin words beside the run that say nothing about the records (the program's own name:
#: 'CiviCRM アクティビティの検索').
#: Frappe Helpdesk's prefix of its doctypes ('HD Ticket': 'บัตรเข้าชม HD') says nothing either.
_SAY_NOTHING = frozenset({"export", "csv", "data", "list", "civicrm", "hd"})
#: A search's word in a script the fold drops, written apart from the records' noun: Arabic
#: 'بحث' ('CiviCRM بحث أنشطة': a search of activities), Persian 'جستجو', 'جستجوی', Korean
#: '검색', Hebrew 'חיפוש', Thai 'ค้นหา'. Like the program's name it says nothing of the records.
_SCRIPT_SEARCH_WORDS = frozenset({"بحث", "جستجو", "جستجوی", "검색", "חיפוש", "ค้นหา",
                                  "որոնում"})   # Armenian's

#: Kind -> its words in Japanese and Chinese (written whole, NFKC).
CJK_KIND_WORDS: dict[str, frozenset[str]] = {
    # an organisation (ja '組織', zh '组织'), a company, an account ('取引先'), a customer
    "account": frozenset({"組織", "组织", "会社", "企業", "公司", "取引先", "顧客", "客户"}),
    # a person (ja '人物', zh '人员' personnel), a contact (ja '連絡先', zh '联系人'),
    # Salesforce Japan's '取引先責任者'
    "contact": frozenset({"人物", "人员", "連絡先", "联系人", "取引先責任者",
                          "会员", "會員"}),   # a shop's members (jshERP's '会员信息')
    # a sales order, and jshERP's sales-out bill ('销售出库': goods out to a customer)
    "order": frozenset({"订单", "訂單", "销售订单", "銷售訂單", "销售出库", "銷售出庫"}),
    "lead": frozenset({"リード", "潜在顧客", "线索", "潜在客户"}),
    "deal": frozenset({"商談", "商机", "商機"}),
    # an activity: Japanese katakana, Chinese (CiviCRM's 'アクティビティID', '活动ID': keys168)
    "activity": frozenset({"アクティビティ", "活动", "活動"}),
    # a task (CiviCRM's Traditional Chinese 'CiviCRM 任務搜尋': its activities searched)
    "task": frozenset({"任务", "任務"}),
    # a ticket: Japanese katakana (GLPI's 'チケット'), Chinese's work order ('工单')
    "ticket": frozenset({"チケット", "工单", "工單"}),
    # the back office's administrators (litemall's '管理员信息'; ja '管理者'): staff logins
    "user": frozenset({"管理员", "管理員", "管理者"}),
}
#: Names in a script the fold drops, read whole (compacted): Hebrew's service
#: calls ('קריאות שירות', GLPI's tickets), Persian's requests ('درخواست ها', the plural's
#: 'ها' written apart).
_PHRASES: dict[str, str] = {"קריאותשירות": "ticket", "קריאתשירות": "ticket",
                            "درخواستها": "ticket",
                            # Arabic's sales initiative and user as ERPNext writes its
                            # leads and users ('مبادرة_البيع', 'المستعمل': keys189)
                            "مبادرةالبيع": "lead", "المستعمل": "user",
                            # Arabic's potential customers (vtiger's Arabic Leads module,
                            # 'زبائن_محتملين'; 'عملاء محتملين' as other packs write it)
                            "زبائنمحتملين": "lead", "عملاءمحتملين": "lead",
                            "العملاءالمحتملين": "lead",
                            # Arabic's contacts as 'parties of contact' ('جهات اتصال':
                            # CiviCRM's, keys201)
                            "جهاتاتصال": "contact",
                            # Armenian's action, in the genitive a search names it by
                            # ('CiviCRM գործողության որոնում': CiviCRM's activities)
                            "գործողություն": "activity", "գործողության": "activity",
                            # Persian's organisations, 'entities - organisations' and
                            # 'opportunities and leads' (Tryton's parties and its
                            # opportunities, keys261: 'نهادها - سازمان ها',
                            # 'فرصت ها و راهبردها')
                            "سازمانها": "account", "نهادهاسازمانها": "account",
                            "فرصتها": "deal", "فرصتهاوراهبردها": "deal",
                            # Thai's ticket as an admission ticket (Frappe Helpdesk's 'HD
                            # Ticket': 'บัตรเข้าชม HD', keys267); Kannada's tickets and
                            # units, GLPI's tickets and entities ('ಟಿಕೆಟ್ಗಳು', 'ಘಟಕಗಳು':
                            # keys269)
                            "บัตรเข้าชม": "ticket", "ಟಿಕೆಟ್ಗಳು": "ticket", "ಟಿಕೆಟ್": "ticket",
                            "ಘಟಕಗಳು": "account", "ಘಟಕ": "account",
                            # Thai's target customers and contact (ERPNext's leads and
                            # contacts, 'ลูกค้าเป้าหมาย', 'ติดต่อ'); Persian's potential
                            # customers (Laravel CRM's 'مشتریان احتمالی'). Not its deals
                            # 'معاملات': Urdu's cases (EspoCRM's) are the same word
                            "ลูกค้าเป้าหมาย": "lead", "ติดต่อ": "contact",
                            "مشترياناحتمالي": "lead"}


def cjk_kind(source: str) -> str | None:
    """The kind a file name written in Japanese or Chinese names, else in a script the fold
    drops by a harvested word (module docstring)."""
    return hand_kind(source) or _harvested_kind(source)


@functools.lru_cache(maxsize=1)
def _harvested() -> dict[str, str]:
    """Harvested word (compacted) -> the one kind it names."""
    raw = yaml.safe_load((resources.files("d365migrate.intake") / "data"
                          / "harvested_script_kinds.yml").read_text("utf-8")) or {}
    seen: dict[str, set[str]] = {}
    for kinds in raw.values():
        for kind, words in (kinds or {}).items():
            for w in words or ():
                seen.setdefault(compact(str(w)), set()).add(str(kind))
    return {w: next(iter(ks)) for w, ks in seen.items() if len(ks) == 1 and w}


def _harvested_kind(source: str) -> str | None:
    words = script_words(source)
    own = [w for w in words if unfoldable(w) and compact(w) not in _SCRIPT_SEARCH_WORDS]
    rest = [w for w in words if not unfoldable(w)]
    if not own or any(w not in _SAY_NOTHING and not w.isdigit() for w in rest):
        return None
    if len(own) > 1:
        return _PHRASES.get(compact("".join(own)))
    word = _without_endings(compact(own[0]), DOWNLOAD_WORDS)
    table = _harvested()
    return table.get(word) or table.get(compact(traditional_as_simplified(word))) or (
        _PHRASES.get(word))


def hand_kind(source: str) -> str | None:
    """The kind a file name written in Japanese or Chinese names by the hand-written words."""
    text = unicodedata.normalize("NFKC", source)
    runs = _CJK.findall(text)
    if len(runs) != 1:
        return None
    rest = [w for w in re.split(r"[\W_]+", _CJK.sub(" ", text).lower()) if w]
    if any(w not in _SAY_NOTHING and not w.isdigit() for w in rest):
        return None
    run = _without_endings(runs[0], (*DOWNLOAD_WORDS, *_SEARCH_ENDINGS))
    return next((kind for kind, words in CJK_KIND_WORDS.items() if run in words), None) or (
        next((kind for kind, words in CJK_KIND_WORDS.items()
              if traditional_as_simplified(run) in words), None))


def _without_endings(word: str, endings: tuple[str, ...]) -> str:
    """``word`` less a download's or a search's word at its end, then less a word saying
    "information" or "list" ('商品信息导出' -> '商品'); never down to nothing."""
    for group in (endings, _LIST_ENDINGS):
        for end in group:
            if word.endswith(end) and len(word) > len(end):
                word = word[:-len(end)]
                break
    return word
