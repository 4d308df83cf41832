"""amoCRM (Kommo) export in English from the fixed records of amoCRM's own MIT-licensed PHP
API client (amocrm/amocrm-api-php): the records its PHPUnit tests build from API-shaped
arrays and the literal records its examples/ scripts send to the API -- see SOURCE.md.

    python3 convert.py GITDIR OUT

GITDIR: a git directory holding amocrm/amocrm-api-php commit 1354d8a7; OUT: the folder to
write. amoCRM's web export and UI labels are in no open repository, so each file is headed
by the API's field names in the order the library's models write them (Model::toArray();
the id, which toArray() adds after the other fields, and the embedded tags / company; a
custom field value as 'custom_fields_values.<field_code or field_id>'; a note's params as
'params.<name>'). Values as the API writes them: times as Unix timestamps, true/false,
null empty; several tags joined by ', '. A record the library creates has no id until amoCRM
assigns one: its id is empty. Every literal value is checked against the file it comes
from. Writes leads.csv, contacts.csv, companies.csv, tasks.csv, notes.csv (UTF-8, LF).
A rerun gives the same bytes.
"""
import csv
import hashlib
import subprocess
import sys

COMMIT = "1354d8a75b4514a4c52a9c215d79daa3270e3726"
COMMIT_TIME = 1776123673  # the commit's time: the test's time() for lead 111's created_at
SOURCES = (
    "LICENSE",
    "tests/Cases/AmoCRM/Collections/Leads/LeadsCollectionTest.php",
    "tests/Cases/NoteTypes/CallInNoteTest.php",
    "examples/leads_complex_actions.php",
    "examples/leads_actions.php",
    "examples/contacts_actions.php",
    "examples/companies_actions.php",
    "examples/tasks_actions.php",
    "examples/notes_actions.php",
    "src/AmoCRM/Models/LeadModel.php",
    "src/AmoCRM/Models/ContactModel.php",
    "src/AmoCRM/Models/CompanyModel.php",
    "src/AmoCRM/Models/TaskModel.php",
    "src/AmoCRM/Models/NoteModel.php",
)

LEAD_COLS = ["name", "price", "price_with_minor_units", "responsible_user_id", "group_id",
             "status_id", "pipeline_id", "loss_reason_id", "source_id", "created_by",
             "updated_by", "created_at", "updated_at", "closed_at", "closest_task_at",
             "is_deleted", "score", "account_id", "id", "tags", "company.id", "company.name",
             "custom_fields_values.269303"]
CONTACT_COLS = ["name", "first_name", "last_name", "responsible_user_id", "group_id",
                "created_by", "updated_by", "created_at", "updated_at", "closest_task_at",
                "account_id", "is_unsorted", "id", "tags", "custom_fields_values.PHONE",
                "custom_fields_values.EMAIL"]
COMPANY_COLS = ["name", "responsible_user_id", "group_id", "created_by", "updated_by",
                "created_at", "updated_at", "closest_task_at", "account_id", "id"]
TASK_COLS = ["id", "text", "responsible_user_id", "group_id", "created_by", "updated_by",
             "created_at", "updated_at", "duration", "entity_type", "entity_id",
             "is_completed", "complete_till", "task_type_id", "result", "account_id"]
NOTE_COLS = ["id", "entity_id", "note_type", "responsible_user_id", "group_id", "created_by",
             "updated_by", "created_at", "updated_at", "account_id", "params.text",
             "params.service", "params.uniq", "params.duration", "params.source",
             "params.link", "params.phone", "params.call_result", "params.call_status"]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"],
                          capture_output=True, check=True).stdout


def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)  # PHP's json_encode of a float: 10000.0
    return str(v)


def write(out, name, cols, rows):
    path = f"{out}/{name}"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([cell(r.get(c)) for c in cols])
    return path, len(rows)


def main(gitdir, out):
    src = {}
    for p in SOURCES:
        raw = show(gitdir, p)
        print(hashlib.sha256(raw).hexdigest(), p)
        src[p] = raw.decode("utf-8")

    def lit(path, *values):
        for v in values:
            assert (f"'{v}'" if isinstance(v, str) else str(v)) in src[path], (path, v)

    def code(path, *snippets):
        for v in snippets:
            assert v in src[path], (path, v)

    t_lc = "tests/Cases/AmoCRM/Collections/Leads/LeadsCollectionTest.php"
    t_ci = "tests/Cases/NoteTypes/CallInNoteTest.php"
    e_lx = "examples/leads_complex_actions.php"
    e_ld = "examples/leads_actions.php"
    e_ct = "examples/contacts_actions.php"
    e_co = "examples/companies_actions.php"
    e_tk = "examples/tasks_actions.php"
    e_nt = "examples/notes_actions.php"

    # leads: the test's valid structure (LeadModel::fromArray), then the examples' new leads
    lit(t_lc, "Test lead name", 111, 222, 10000, 929393, 1111, 222222, 3333333, 123)
    lit(e_lx, "Lead name", "Lead 2 name", 54321, 99212, "Новый клиент", "Важный клиент",
        "Qwerty LLC", "Asdfg LLC", "Ivan", "Zinoviev", "+79129876543", "Masha", "Petrova",
        "+79123456789")
    lit(e_ld, "Название сделки", "Тег 123", "Тег 456", 19187743, 269303, "Текст", "Example")
    leads = [
        {"id": 111, "name": "Test lead name", "price": 10000, "price_with_minor_units": 10000.0,
         "responsible_user_id": 929393, "group_id": 1111, "status_id": 222222,
         "pipeline_id": 3333333, "created_by": 123, "created_at": COMMIT_TIME},
        {"id": 222, "price": 10000, "price_with_minor_units": 10000.0},
        {"name": "Lead name", "price": 54321, "price_with_minor_units": 54321.0,
         "tags": "Новый клиент", "company.name": "Qwerty LLC"},
        {"name": "Lead 2 name", "price": 99212, "price_with_minor_units": 99212.0,
         "tags": "Важный клиент", "company.name": "Asdfg LLC"},
        {"name": "Название сделки", "price": 54321, "price_with_minor_units": 54321.0,
         "tags": "Тег 123, Тег 456", "company.id": 19187743},
        {"name": "Example", "custom_fields_values.269303": "Текст"},
    ]
    # contacts: the examples' new contacts (the first one renamed and given a phone), the
    # contact with id 3 they give an e-mail, and the complex leads' two contacts
    lit(e_ct, "Example", "Example 1", "Example 2", "Example contact", "+79123",
        "example@test.com", 3)
    contacts = [
        {"name": "Example contact", "custom_fields_values.PHONE": "+79123"},
        {"name": "Example 1"},
        {"name": "Example 2"},
        {"id": 3, "name": "Example contact", "custom_fields_values.EMAIL": "example@test.com"},
        {"first_name": "Ivan", "last_name": "Zinoviev",
         "custom_fields_values.PHONE": "+79129876543"},
        {"first_name": "Masha", "last_name": "Petrova",
         "custom_fields_values.PHONE": "+79123456789"},
    ]
    for c in contacts:
        c["is_unsorted"] = False  # ContactModel's default
    # companies: the example's new company and the complex leads' two companies
    lit(e_co, "Example")
    companies = [{"name": "Example"}, {"name": "Qwerty LLC"}, {"name": "Asdfg LLC"}]
    # tasks: the example's follow-up task on lead 1, then closed with its result
    lit(e_tk, "Новая задач", "Выполнено", 123)
    code(e_tk, "mktime(10, 0, 0, 10, 3, 2020)", "30 * 60", "TASK_TYPE_ID_FOLLOW_UP",
         "EntityTypesInterface::LEADS", "setEntityId(1)", "setIsCompleted(true)")
    tasks = [{"text": "Новая задач", "responsible_user_id": 123, "duration": 1800,
              "entity_type": "leads", "entity_id": 1, "is_completed": True,
              "complete_till": 1601719200, "task_type_id": 1, "result": "Выполнено"}]
    # notes: the test's call (API array), then the example's service message and SMS on lead 1
    # (the example's own call note has a random uniq: left out)
    lit(t_ci, 1254829, 8694432, 501, 1587731353, 123, "865a950a-cec3-435f-9ee9-409c6d2be4b7",
        130, "test integration", "https://example.test/test.mp3", "+7912312321",
        "Разговор состоялся", "call_in")
    lit(e_nt, "Текст примечания", "Api Library", "Исходящее SMS", "+7912312321")
    notes = [
        {"id": 1254829, "entity_id": 8694432, "note_type": "call_in", "responsible_user_id": 501,
         "group_id": 0, "created_by": 501, "updated_by": 501, "created_at": 1587731353,
         "updated_at": 1587731353, "account_id": 123,
         "params.uniq": "865a950a-cec3-435f-9ee9-409c6d2be4b7", "params.duration": 130,
         "params.source": "test integration", "params.link": "https://example.test/test.mp3",
         "params.phone": "+7912312321", "params.call_result": "Разговор состоялся",
         "params.call_status": 4},
        {"entity_id": 1, "note_type": "service_message", "created_by": 0,
         "params.text": "Текст примечания", "params.service": "Api Library"},
        {"entity_id": 1, "note_type": "sms_out", "created_by": 0,
         "params.text": "Исходящее SMS", "params.phone": "+7912312321"},
    ]
    written = [
        write(out, "leads.csv", LEAD_COLS, leads),
        write(out, "contacts.csv", CONTACT_COLS, contacts),
        write(out, "companies.csv", COMPANY_COLS, companies),
        write(out, "tasks.csv", TASK_COLS, tasks),
        write(out, "notes.csv", NOTE_COLS, notes),
    ]
    for path, n in written:
        with open(path, "rb") as f:
            print(hashlib.sha256(f.read()).hexdigest(), n, path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
