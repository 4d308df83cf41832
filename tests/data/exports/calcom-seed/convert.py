# ruff: noqa: E501  (the long lines are the JavaScript of RUN_SEED)
"""Cal.com's database seed -> one CSV per table, as a dump of the seeded database gives them.

Ours (the project's); the seed is Cal.com's (see SOURCE.md) and is not committed. RUN_SEED
(below, ours: JavaScript) runs packages/prisma/seed.ts with Node against a recording
stand-in for Prisma and prints each record the seed writes; this script writes them out:

- one file per table, named as the database names it (the User model is the "users" table,
  the others keep their model's name): users, EventType, Booking, Attendee, Team,
  Membership, Profile;
- the id the database would give (1, 2, ... per table, in the order the seed creates rows),
  then the fields the seed sets, in the order they first appear; a nested create's parent
  as its foreign key (an attendee's bookingId, a membership's teamId, an org profile's
  organizationId, a team's event types' teamId) and a connect as the foreign key of the
  relation (user -> userId, eventType -> eventTypeId, owner -> userId, profile ->
  profileId, team -> teamId, parent -> parentId); defaults the database would fill in
  (createdAt, a booking's status ACCEPTED...) are not invented: left empty;
- values untouched: dates as ISO 8601 UTC, JSON columns (locations, metadata,
  recurringEvent) as JSON, true/false, empty for a field the seed leaves unset.

    python convert.py /path/to/cal.com.git OUT_DIR   (needs node with typescript and dayjs:
    NODE_PATH pointing at a node_modules that holds them)
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

COMMIT = "60ae817f30eb1e659931ea0763268ac373931c68"
TABLES = {"User": "users"}
RUN_SEED = r"""// Runs Cal.com's database seed (packages/prisma/seed.ts) against a recording stand-in for
// Prisma, and prints every record it writes as JSON lines. Ours (the project's): the seed it
// runs is Cal.com's and is read from a git directory, never copied here. See convert.py.
//
//   node run_seed.js /path/to/cal.com.git COMMIT > records.jsonl
//
// "now" is frozen at the commit's time so two runs give the same records; short-uuid's
// uuid() gives a counter-based id (the real one is random). Password hashes, working
// hours (schedules, availability), the app-store catalogue (seed-app-store) and the
// performance-testing event types (seed-huge-event-types) are not recorded.
"use strict";
const { execFileSync } = require("child_process");
const Module = require("module");
const ts = require("typescript");

const [gitDir, commit] = process.argv.slice(2);
const show = (p) => execFileSync("git", ["--git-dir", gitDir, "show", `${commit}:${p}`]).toString("utf8");
const when = execFileSync("git", ["--git-dir", gitDir, "show", "-s", "--format=%cI", commit]).toString().trim();

// freeze "now"
const NOW = new Date(when).getTime();
const RealDate = Date;
global.Date = class extends RealDate {
  constructor(...a) { if (a.length === 0) super(NOW); else super(...a); }
  static now() { return NOW; }
};

let uuidCount = 0;
const out = [];
const ids = {};
const usersByEmail = {};

// relation field -> [model it holds, foreign key on the child (nested create) or on the parent (connect)]
const NESTED = {
  attendees: ["Attendee", "bookingId"], members: ["Membership", "teamId"],
  orgProfiles: ["Profile", "organizationId"], eventTypes: ["EventType", "teamId"],
  organizationSettings: [null, null], schedules: [null, null], availability: [null, null],
  password: [null, null],
};
const CONNECT = { user: "userId", eventType: "eventTypeId", owner: "userId", profile: "profileId",
                  team: "teamId", parent: "parentId", organization: "organizationId" };

function record(model, data, parentFk, parentId) {
  ids[model] = (ids[model] || 0) + 1;
  const row = { id: ids[model] };
  if (parentFk) row[parentFk] = parentId;
  const later = [];
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    if (k in NESTED && v && typeof v === "object") { later.push([k, v]); continue; }
    if (k === "users" && v && typeof v === "object" && v.connect) continue;   // many-to-many hosts
    if (k in CONNECT && v && typeof v === "object" && v.connect) {
      const c = v.connect;
      row[CONNECT[k]] = c.id !== undefined ? c.id : usersByEmail[c.email];
      continue;
    }
    row[k] = v;
  }
  out.push({ model, row });
  if (model === "User") usersByEmail[row.email] = row.id;
  const result = { ...row };
  for (const [k, v] of later) {
    const [child, fk] = NESTED[k];
    if (!child) continue;
    const items = v.create !== undefined ? [].concat(v.create) : (v.createMany ? v.createMany.data : []);
    result[k] = items.map((d) => record(child, d, fk, row.id));
  }
  return result;
}

const model = (name) => ({
  create: async ({ data }) => record(name, data),
  upsert: async ({ create }) => record(name, create),
  findFirst: async () => null,
  findUnique: async () => null,
  update: async ({ where }) => ({ id: where.id }),
  createMany: async ({ data }) => { data.forEach((d) => record(name, d)); return { count: data.length }; },
});
const prisma = {
  user: model("User"), eventType: model("EventType"), booking: model("Booking"),
  team: model("Team"), membership: model("Membership"), credential: model("Credential"),
  userPassword: { upsert: async () => ({}) }, schedule: { create: async () => ({}) },
  $disconnect: async () => {},
};

const enums = new Proxy({}, { get: (_, name) => new Proxy({}, { get: (_, v) => v }) });
const stubs = {
  "@prisma/client": { Prisma: { PrismaClientKnownRequestError: class extends Error {} } },
  "short-uuid": { uuid: () => `seed-uuid-${++uuidCount}` },
  "@calcom/dayjs": require("dayjs"),
  "@calcom/features/auth/lib/hashPassword": { hashPassword: async () => "" },
  "@calcom/prisma/enums": enums,
  "@calcom/lib/availability": { DEFAULT_SCHEDULE: [], getAvailabilityFromSchedule: () => [] },
  ".": { __esModule: true, default: prisma },
  "./seed-app-store": { __esModule: true, default: async () => {} },
  "./seed-huge-event-types": { __esModule: true, default: async () => {} },
};
const SOURCES = {
  "./seed-utils": "packages/prisma/seed-utils.ts",
  "@calcom/app-store/dailyvideo/_metadata": "packages/app-store/dailyvideo/_metadata.ts",
  "@calcom/app-store/googlevideo/_metadata": "packages/app-store/googlevideo/_metadata.ts",
  "@calcom/app-store/zoomvideo/_metadata": "packages/app-store/zoomvideo/_metadata.ts",
};
const loose = new Proxy(function () {}, { get: (t, k) => (k === "__esModule" ? false : loose), apply: () => loose });

function load(path) {
  const js = ts.transpileModule(show(path), { compilerOptions: { module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
  const m = { exports: {} };
  new Function("require", "module", "exports", "Buffer", "process", js)(req, m, m.exports, Buffer, process);
  return m.exports;
}
const cache = {};
function req(name) {
  if (name in stubs) return stubs[name];
  if (name in SOURCES) return (cache[name] = cache[name] || load(SOURCES[name]));
  if (name === "dayjs") return require("dayjs");
  return loose;   // type-only and helper imports of the app-store metadata files
}

process.env.E2E_TEST_CALCOM_QA_EMAIL = "";
console.log = (...a) => process.stderr.write(a.join(" ") + "\n");   // the seed's progress lines
load("packages/prisma/seed.ts");
setTimeout(() => {
  for (const r of out) process.stdout.write(JSON.stringify(r) + "\n");
}, 500);
"""


def cell(value: object) -> str:
    """A recorded value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def main(git_dir: str, out: str) -> None:
    """Run the seed and write one CSV per table it fills."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "run_seed.js"
        script.write_text(RUN_SEED, encoding="utf-8")
        lines = subprocess.run(["node", str(script), git_dir, COMMIT], check=True,
                               capture_output=True, text=True).stdout.splitlines()
    rows: dict[str, list[dict]] = {}
    for line in lines:
        rec = json.loads(line)
        rows.setdefault(rec["model"], []).append(rec["row"])
    for model, recs in rows.items():
        cols: list[str] = []
        for r in recs:
            cols += [k for k in r if k not in cols]
        with open(Path(out) / f"{TABLES.get(model, model)}.csv", "w", newline="",
                  encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for r in recs:
                w.writerow([cell(r.get(c)) for c in cols])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
