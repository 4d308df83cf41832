"""The sample export's history: tasks, activities, notes, attachments, tickets and threads."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

from d365migrate.demo.sample_records import _owners
from d365migrate.demo.sample_values import (
    blank,
    choice,
    created_updated,
    id_series,
    pick,
    timestamps,
    where,
)
from d365migrate.demo.sample_words import (
    ACT_SUBJECT,
    ATT_NAMES,
    LOCATIONS,
    MIME,
    MSG_BODIES,
    N_LARGE_ATTACHMENTS,
    NOTE_BODIES,
    PRIORITY,
    T0,
    T1,
    TASK_STATUS,
    TASK_TITLES,
    TICKET_STATUS,
    TICKET_SUBJECTS,
)


def make_tasks(rng: np.random.Generator, n: int, contacts: pl.DataFrame, deals: pl.DataFrame,
               user_emails: list[str]) -> pl.DataFrame:
    created, _ = created_updated(rng, n)
    due = timestamps(created + rng.integers(86400, 60 * 86400, n), "%Y-%m-%d")
    status = choice(rng, TASK_STATUS, n)
    done = (status == "Completed").to_numpy()
    completed = blank(timestamps(created + rng.integers(3600, 30 * 86400, n)), ~done)
    target = rng.integers(0, 3, n)  # 0 contact, 1 deal, 2 both
    ct = contacts["contact_id"].gather(pl.Series(rng.integers(0, contacts.height, n),
                                                 dtype=pl.UInt32))
    dl = deals["deal_id"].gather(pl.Series(rng.integers(0, deals.height, n), dtype=pl.UInt32))
    desc = choice(rng, ["", "Call before 5pm", "Ask about budget, timeline and decision makers.",
                         "See notes from last meeting.\nBring the updated quote.",
                         "Prüfen Sie bitte den Vertrag"], n)
    return pl.DataFrame({
        "task_id": id_series("tasks", n),
        "title": choice(rng, TASK_TITLES, n),
        "description": desc,
        "due_date": due,
        "status": status,
        "priority": choice(rng, PRIORITY, n),
        "assignee_email": _owners(rng, user_emails, n),
        "contact_id": blank(ct, target == 1),
        "deal_id": blank(dl, target == 0),
        "created_at": timestamps(created),
        "completed_at": completed,
    })


def make_activities(rng: np.random.Generator, n: int, contacts: pl.DataFrame, deals: pl.DataFrame,
                    companies: pl.DataFrame, user_emails: list[str]) -> pl.DataFrame:
    types = ["call", "email", "meeting", "note"]
    ti = rng.choice(4, n, p=[0.35, 0.35, 0.2, 0.1])
    typ = pick(types, ti)
    subj_idx = rng.integers(0, 4, n)
    flat_subjects = [s for t in types for s in ACT_SUBJECT[t]]
    subject = pick(flat_subjects, ti * 4 + subj_idx)
    occurred = rng.integers(T0, T1, n)
    dur = pl.Series(np.where(np.isin(ti, [0, 2]), rng.integers(1, 120, n), 0)).cast(pl.Utf8)
    dur = blank(dur, ~np.isin(ti, [0, 2]))
    loc = blank(choice(rng, LOCATIONS, n), ti != 2)
    direction = blank(choice(rng, ["inbound", "outbound", "outbound"], n), ~np.isin(ti, [0, 1]))
    cidx = rng.integers(0, contacts.height, n)
    cemail = contacts["email"].gather(pl.Series(cidx, dtype=pl.UInt32))
    owner = _owners(rng, user_emails, n)
    inbound = (direction == "inbound").to_numpy()
    # calls, emails and meetings have people on both ends: a call's caller and callee (by
    # direction), an email's sender and recipients, a meeting's organizer (the owner) and
    # attendees; notes have none
    has_parties = np.isin(ti, [0, 1, 2])
    from_email = blank(where(inbound, cemail, owner), ~has_parties)
    cc = contacts["email"].gather(pl.Series(rng.integers(0, contacts.height, n), dtype=pl.UInt32))
    multi = rng.random(n) < 0.3
    to_main = where(inbound, owner, cemail)
    to_emails = pl.select(pl.when(pl.Series(multi)).then(pl.concat_str([to_main, pl.lit(";"),
                                                                         cc]))
                          .otherwise(to_main)).to_series()
    to_emails = blank(to_emails, ~has_parties)
    body = choice(rng, NOTE_BODIES + ["", "Short call, no answer."], n)
    cid = contacts["contact_id"].gather(pl.Series(cidx, dtype=pl.UInt32))
    did = deals["deal_id"].gather(pl.Series(rng.integers(0, deals.height, n), dtype=pl.UInt32))
    coid = companies["company_id"].gather(pl.Series(rng.integers(0, companies.height, n),
                                                    dtype=pl.UInt32))
    return pl.DataFrame({
        "activity_id": id_series("activities", n),
        "type": typ,
        "subject": subject,
        "body": body,
        "occurred_at": timestamps(occurred),
        "duration_minutes": dur,
        "location": loc,
        "direction": direction,
        "from_email": from_email,
        "to_emails": to_emails,
        "contact_id": blank(cid, rng.random(n) < 0.1),
        "deal_id": blank(did, rng.random(n) < 0.6),
        "company_id": blank(coid, rng.random(n) < 0.5),
        "owner_email": owner,
        "created_at": timestamps(occurred + rng.integers(0, 3 * 86400, n)),
    })


def _parents(rng: np.random.Generator, n: int, companies: pl.DataFrame, contacts: pl.DataFrame,
             deals: pl.DataFrame) -> tuple[pl.Series, pl.Series]:
    kind = rng.choice(3, n, p=[0.3, 0.45, 0.25])
    pools = [companies["company_id"], contacts["contact_id"], deals["deal_id"]]
    picks = [p.gather(pl.Series(rng.integers(0, len(p), n), dtype=pl.UInt32)) for p in pools]
    pid = pl.select(pl.when(pl.Series(kind == 0)).then(picks[0])
                    .when(pl.Series(kind == 1)).then(picks[1])
                    .otherwise(picks[2])).to_series()
    return pick(["company", "contact", "deal"], kind), pid


def make_notes(rng: np.random.Generator, n: int, companies: pl.DataFrame, contacts: pl.DataFrame,
               deals: pl.DataFrame, user_emails: list[str]) -> pl.DataFrame:
    ptype, pid = _parents(rng, n, companies, contacts, deals)
    created, _ = created_updated(rng, n)
    return pl.DataFrame({
        "note_id": id_series("notes", n),
        "parent_type": ptype,
        "parent_id": pid,
        "body": choice(rng, NOTE_BODIES, n),
        "author_email": _owners(rng, user_emails, n),
        "created_at": timestamps(created),
    })


def make_attachments(rng: np.random.Generator, n: int, out_dir: Path, companies: pl.DataFrame,
                     contacts: pl.DataFrame, deals: pl.DataFrame) -> pl.DataFrame:
    ptype, pid = _parents(rng, n, companies, contacts, deals)
    mi = rng.integers(0, len(MIME), n)
    ni = rng.integers(0, len(ATT_NAMES), n)
    sizes = np.clip(rng.lognormal(8.5, 1.2, n).astype(np.int64), 200, 400_000)
    large = rng.choice(n, min(N_LARGE_ATTACHMENTS, n), replace=False)
    sizes[large] = rng.integers(5_300_000, 7_500_000, len(large))
    ids = id_series("attachments", n)
    names = [f"{ATT_NAMES[a]}.{MIME[m][0]}" for a, m in zip(ni, mi, strict=True)]
    paths = [f"attachments/{i}_{nm}" for i, nm in zip(ids.to_list(), names, strict=True)]
    att_dir = out_dir / "attachments"
    att_dir.mkdir(parents=True, exist_ok=True)
    missing = n // 2 if n >= 10 else -1  # one row whose file the export forgot
    for j, (rel, size, m) in enumerate(zip(paths, sizes, mi, strict=True)):
        if j == missing:
            continue
        head = MIME[m][2]
        if MIME[m][0] == "txt":
            unit = b"Attachment text line, plain ASCII.\n"
            data = (unit * (int(size) // len(unit) + 1))[: int(size)]
        else:
            data = head + rng.bytes(int(size) - len(head))
        (out_dir / rel).write_bytes(data)
    return pl.DataFrame({
        "attachment_id": ids,
        "parent_type": ptype,
        "parent_id": pid,
        "file_name": pl.Series(names),
        "mime_type": pick([m[1] for m in MIME], mi),
        "size_bytes": pl.Series(sizes).cast(pl.Utf8),
        "path": pl.Series(paths),
    })


def make_tickets(rng: np.random.Generator, n: int, contacts: pl.DataFrame, companies: pl.DataFrame,
                 user_emails: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    cidx = rng.integers(0, contacts.height, n)
    created, updated = created_updated(rng, n)
    subj = choice(rng, TICKET_SUBJECTS, n)
    assignee = _owners(rng, user_emails, n)
    tickets = pl.DataFrame({
        "ticket_id": id_series("tickets", n),
        "subject": subj,
        "description": choice(rng, ["", "Customer reports the issue since Monday.",
                                     "Steps:\n1. Log in\n2. Open report\n3. Error 500"], n),
        "status": choice(rng, TICKET_STATUS, n),
        "priority": choice(rng, PRIORITY, n),
        "contact_id": contacts["contact_id"].gather(pl.Series(cidx, dtype=pl.UInt32)),
        "company_id": blank(companies["company_id"].gather(
            pl.Series(rng.integers(0, companies.height, n), dtype=pl.UInt32)),
            rng.random(n) < 0.3),
        "assignee_email": assignee,
        "created_at": timestamps(created),
        "updated_at": timestamps(updated),
    })
    # Email threads: 1-6 messages per ticket, alternating customer and agent.
    per = rng.integers(1, 7, n)
    t = np.repeat(np.arange(n), per)
    pos = np.arange(len(t)) - np.repeat(np.cumsum(per) - per, per)
    cust = contacts["email"].gather(pl.Series(cidx[t], dtype=pl.UInt32))
    agent = assignee.gather(pl.Series(t, dtype=pl.UInt32))
    from_cust = pos % 2 == 0
    sent = created[t] + pos * rng.integers(600, 86400, len(t))
    body = pick(MSG_BODIES, np.minimum(pos, len(MSG_BODIES) - 1))
    body = pl.select(body.str.replace("{s}", subj.gather(pl.Series(t, dtype=pl.UInt32)),
                                      literal=True)).to_series()
    messages = pl.DataFrame({
        "message_id": id_series("ticket_messages", len(t)),
        "ticket_id": tickets["ticket_id"].gather(pl.Series(t, dtype=pl.UInt32)),
        "from_email": where(from_cust, cust, agent),
        "to_email": where(from_cust, agent, cust),
        "sent_at": timestamps(sent),
        "body": body,
    })
    return tickets, messages


