"""keys137's rules (iTop's exports in Danish, Slovak, Japanese and Chinese): a file name in
Japanese or Chinese read whole, a link file's record named by singular words, a reference in
Japanese written by the other record's name."""

from __future__ import annotations

from d365migrate.intake.cjk_kinds import cjk_kind
from d365migrate.intake.kinds import name_kind
from d365migrate.intake.role_links import role_link
from d365migrate.mapping.cjk_names import cjk_readings


def test_cjk_file_names_name_their_kind() -> None:
    assert cjk_kind("組織 Export") == "account"
    assert cjk_kind("人员导出") == "contact"
    assert name_kind("人物 Export") == ("contact", "exact")
    assert cjk_kind("顧客契約 Export") is None           # a customer contract: no account
    assert cjk_kind("Link 提供モデル_連絡先 Export") is None   # a link of two records
    assert cjk_kind("关联交付模式_联系人导出") is None
    assert cjk_kind("Contacts") is None


def test_link_file_record_matches_its_column_made_singular() -> None:
    why = role_link("Sammenhæng Leverings model_Kontakt Export",
                    ["id (Primær Nøgle)", "Leverings model->Navn", "Kontakt->Friendly navn",
                     "Rolle->Navn"], typical=False)
    assert "association" in why


def test_cjk_reference_by_name_is_no_given_name() -> None:
    assert cjk_readings("組織->名前", ["姓", "名前"])[0][0] == ("company", "name")
    assert cjk_readings("名前", ["姓"])[0][0] == ("first", "name")


def test_company_path_in_japanese_or_chinese_is_the_company() -> None:
    from d365migrate.intake.company_paths import company_paths
    assert company_paths(["姓", "組織->名前", "场所->名称"]) == ["組織->名前"]
    assert company_paths(["组织->名称"]) == ["组织->名称"]
