"""Japanese, Chinese and Korean CSVs in their legacy encodings are read as written, never
as a Western code page's mojibake (Redmine writes its CSV in the user's language's encoding:
keys158's Japanese, keys167's Korean, Simplified and Traditional Chinese)."""

from __future__ import annotations

from pathlib import Path

import pytest

from d365migrate.intake.east_asian_encodings import east_asian_codec
from d365migrate.intake.encoding import detect_encoding
from d365migrate.intake.read import read_export

HEADERS = {
    "ja": "題名,説明,ステータス,優先度,担当者,作成日,メールアドレス,電話番号",
    "zh": "主题,描述,状态,优先级,指派给,创建于,电子邮件,电话",
    "zh-tw": "主旨,概述,狀態,優先權,被指派者,建立日期,電子郵件,電話",
    "ko": "제목,설명,상태,우선순위,담당자,등록,이메일,전화번호",
}
ROWS = {
    "ja": "ログイン画面が表示されない,再起動後に確認,新規,高め,山田 太郎,2024/05/01,a@b.jp,03-1234",
    "zh": "无法登录,重启后检查,新建,高,张伟,2024/05/01,a@b.cn,010-1234",
    "zh-tw": "無法登入,重新啟動後檢查,新建,高,陳大文,2024/05/01,a@b.tw,02-1234",
    "ko": "로그인 화면이 보이지 않음,재시작 후 확인,신규,높음,김민수,2024/05/01,a@b.kr,02-1234",
}


@pytest.mark.parametrize(("lang", "codec"), [("ja", "cp932"), ("ja", "euc_jp"),
                                             ("zh", "gb18030"), ("zh-tw", "big5"),
                                             ("ko", "cp949")])
def test_each_language_is_read_in_its_own_encoding(lang: str, codec: str,
                                                   tmp_path: Path) -> None:
    data = f"{HEADERS[lang]}\n{ROWS[lang]}\n".encode(codec)
    assert detect_encoding(data) == (codec, False, "east-asian")
    (tmp_path / "issues.csv").write_bytes(data)
    export = read_export(tmp_path)
    assert list(export.tables["issues"].columns) == HEADERS[lang].split(",")
    assert export.tables["issues"].row(0) == tuple(ROWS[lang].split(","))


def test_western_and_central_european_text_is_no_east_asian_text() -> None:
    western = "Société;Prénom;Téléphone;Créé le\nÉlodie;Müller;café;naïve Straße Ærø\n"
    central = "Název;Příjmení;Město\nŽluťoučký kůň;Łódź;Škoda\n"
    assert east_asian_codec(western.encode("cp1252")) is None
    assert east_asian_codec(central.encode("cp1250")) is None
    assert detect_encoding(western.encode("cp1252"))[0] == "cp1252"
    assert detect_encoding(central.encode("cp1250"))[0] == "cp1250"


def test_a_few_high_bytes_say_nothing() -> None:
    # three non-ASCII characters: too few to tell one encoding from another
    assert east_asian_codec("id,name\n1,名前\n2,x\n".encode("cp932")) is None
